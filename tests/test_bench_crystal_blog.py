"""The Crystal blog pages of the gate: the post and release reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_CRYSTAL, crystal_page
from tests.mirror_pages import assert_pages, mirror_pages

RELEASE = """---
title: Crystal 9.1.0 is released!
version: 9.1.0
date: 2031-07-16
author: someone
highlights:
- text: "[Execution contexts by default](#execution-contexts)"
  label: stdlib/runtime
- text: "[`%W` literals with interpolation](#percent-literal)"
  label: lang/syntax
---

We are announcing a new Crystal release 9.1.0 with several new features.

## Execution contexts

Read more in [#16924](https://github.com/crystal-lang/crystal/pull/16924).
{% raw %}
Macros print `{{ name }}` as written.
{% endraw %}

{% include components/testimonial-profile.html handle="someone" role="Founder" %}
"""

POST = """---
title: "Crystal's interpreter"
subtitle: A very special holiday present
author: someone
---

We are happy to share the interpreter with you.
"""


def test_a_release_prints_its_title_its_highlights_then_its_blocks():
    assert crystal_page(RELEASE).split("\n") == [
        "Crystal 9.1.0 is released!",
        "Highlights",
        "Execution contexts by default",
        "%W literals with interpolation",
        "We are announcing a new Crystal release 9.1.0 with several new features.",
        "Execution contexts",
        "Read more in #16924.",
        "Macros print {{ name }} as written.",  # the raw block opens with a line break, a blank line after the text
    ]


def test_a_post_prints_its_subtitle_under_its_title():
    assert crystal_page(POST).split("\n") == [
        "Crystal's interpreter",
        "A very special holiday present",
        "We are happy to share the interpreter with you.",
    ]


#: What must not reach a page: front matter, kramdown attribute lists, HTML tags; Liquid tags
#: only where a post writes macros out in a ``raw`` block (``{% if ... %}``, ``{{ run(...) }}``).
LEFTOVER = re.compile(r"\{:|^(?:title|date|author|layout|version|highlights):|</?(?:div|img|span|p)\b", re.M)


def test_the_crystal_blog_pages_built_from_the_mirror():
    from bench._external import crystal_blog_pages

    pages = mirror_pages(BLOG_CRYSTAL, crystal_blog_pages)
    assert_pages(pages, count=203, part="tuning", source="crystal-blog")
    assert sum(p.id.endswith("-released") for p in pages) >= 100
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
        assert "{% include" not in page.text, page.id
