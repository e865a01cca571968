"""The Carpentries blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_CARPENTRIES, carpentries_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
layout: page
authors: ["A. Instructor", "B. Maintainer"]
teaser: "What we learned teaching a new lesson."
title: "Spotlight: a lesson's \\"alpha\\" run"
lesson_title: "Containers: Introduction to Docker"
date: 2031-02-18
time: "09:00:00"
tags: ["Incubator", "Lessons"]
---

We taught [the _{{page.lesson_title}}_ lesson][lesson] twice this term.

## Lesson Profile

- **Title:** {{page.lesson_title}}
- **Handbook:** [Lesson Developer Handbook]({{< param handbook_url >}}/handbooks/lesson.html)

Read our [Code of Conduct]({{ site.code_of_conduct_url }}) first.

```yaml
title: not printed
```

[lesson]: https://example.org/docker-introduction/
"""


def test_a_post_prints_its_title_then_its_blocks_with_front_matter_values():
    assert carpentries_page(POST).split("\n") == [
        'Spotlight: a lesson\'s "alpha" run',
        "We taught the Containers: Introduction to Docker lesson twice this term.",
        "Lesson Profile",
        "Title: Containers: Introduction to Docker",
        "Handbook: Lesson Developer Handbook",
        "Read our Code of Conduct first.",
    ]


def test_a_site_parameter_prints_its_value_where_the_post_has_none():
    post = "---\ntitle: Join us\n---\n\nReach us at [{{< param team_email >}}](mailto:{{< param team_email >}}).\n"
    site = "team_email: team@example.org\nnested:\n  team_email: not this\n"
    assert carpentries_page(post, site).split("\n")[1] == "Reach us at team@example.org."
    assert carpentries_page(post).split("\n")[1] == "Reach us at ."


LEFTOVER = re.compile(r"\{\{|\{%|<!--|^(?:authors|teaser|tags|layout|time|lesson_title):", re.M)


def test_the_carpentries_blog_pages_built_from_the_mirror():
    from bench._external import carpentries_blog_pages

    pages = mirror_pages(BLOG_CARPENTRIES, carpentries_blog_pages)
    assert_pages(pages, count=795, part="validation", source="carpentries-blog")
    assert min(p.id.split("/")[1] for p in pages) == "2018"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
