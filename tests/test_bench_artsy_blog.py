"""The Artsy engineering blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import ARTSY_BLOG, artsy_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
layout: epic
title: 'Beyond Heroku: "Satellite" Workers'
date: 2017-07-06
author: [orta]
categories: [react-native, ios]
css: rn
---

<div class="mobile-only">
<p>
  <strong>Before you get started</strong>, it looks like you're using a really small screen.
</p>
</div>

We moved our **workers** off the platform.

{% expanded_img /images/2017-07-06/workers.png "The workers" %}

{% include expanded_img.html url="/images/2017-07-06/queue.png" title="The queue" %}

<!-- more -->

```ruby
Delayed::Job.enqueue(job)
```

<aside class="dialogue">
  <p>There's a [great talk](https://example.org/talk) on this.</p>
</aside>
"""


def test_a_post_prints_what_a_computer_screen_shows():
    assert artsy_page(POST).split("\n") == [
        'Beyond Heroku: "Satellite" Workers',
        "We moved our workers off the platform.",
        "There's a [great talk](https://example.org/talk) on this.",
    ]


LEFTOVER = re.compile(
    r"^(?:title|author|layout|categories|date|css|series|comments):|\{\{|\{%|\{:|\[\^|small screen, this post"
    r"|</?(?:img|iframe|video|source|span|br|figure|figcaption|script|center|font)\b",
    re.M,
)


def test_the_artsy_blog_pages_built_from_the_mirror():
    from bench._external import artsy_blog_pages

    pages = mirror_pages(ARTSY_BLOG, artsy_blog_pages)
    assert_pages(pages, count=272, part="validation", source="artsy-blog")
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2012" and max(years) == "2024"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
