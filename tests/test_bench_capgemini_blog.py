"""The Capgemini engineering blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_CAPGEMINI, capgemini_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
layout: post
title: "Estimating: a \\"how long\\" guide"
subtitle: What a sprint teaches about guesses
description: "Estimation, a developer perspective"
category: Agile
author: a_developer
tags: [Development, Agile]
original: This article was first published on <a href="https://example.org">a personal blog</a>.
comments: true
---
> "How long will it take?"

An estimate is a guess[^guess], so treat it as one.

<!-- break -->

#### Never answer right away

Read [the older post]({{ site.baseurl }}{% post_url 2031-04-06-older %}) first.{: .lead}

{% raw %}
Templates print `{{ name }}` as written here.
{% endraw %}

```yaml
key: value
```

[^guess]: The dictionary lists "guess" as a synonym.
"""


def test_a_post_prints_its_title_and_subtitle_then_its_blocks_as_the_site_renders_them():
    assert capgemini_page(POST).split("\n") == [
        'Estimating: a "how long" guide',
        "What a sprint teaches about guesses",
        '"How long will it take?"',
        "An estimate is a guess, so treat it as one.",
        "Never answer right away",
        "Read the older post first.",
        "Templates print {{ name }} as written here.",
    ]


def test_a_slide_deck_is_no_article():
    deck = "---\nlayout: presentation\ntitle: Slides\n---\n" + "A slide of many words. " * 30
    assert capgemini_page(deck) == ""


LEFTOVER = re.compile(
    r"^(?:layout|title|subtitle|author|category|tags|original):|\{%|\{:|\[\^|<!--"
    r"|</?(?:img|iframe|video|source|div|p|br|a)\b[^>]*>|\*\*|^\|",
    re.M,
)


def test_the_capgemini_blog_pages_built_from_the_mirror():
    from bench._external import capgemini_blog_pages

    pages = mirror_pages(BLOG_CAPGEMINI, capgemini_blog_pages)
    assert_pages(pages, count=220, part="validation", source="capgemini-blog")
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2014" and max(years) == "2026"
    # two posts quote HTML tags as inline code ("a `<div>` for a button"): the post's words, not markup
    assert [p.id for p in pages if LEFTOVER.search(p.text)] == [
        "capgemini-blog/2017-09-15-react-for-java-devs",
        "capgemini-blog/2018-11-09-Basic-Accessibility-for-Web-Applications",
    ]
