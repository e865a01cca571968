"""The Swift.org blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_SWIFT, swift_page
from tests.mirror_pages import mirror_pages

POST = """---
layout: new-layouts/post
published: true
date: 2031-3-30 8:00:00
title: New Features in Swift 99
author: someone
category: "Language"
---

Swift 99 brings new syntax, [as announced]({% post_url 2031-01-19-forums %}).

![Set.intersection plot]({{ site.baseurl }}/assets/images/plot.png){:width="100%" srcset="{{ site.baseurl }}/plot@2x.png 2x"}

A paragraph with an attribute list.
{: .note}

{% comment %}
A note to editors on the table below.
{% endcomment %}

~~~swift
#if swift(>=99.0)
print("new")
#endif
~~~

Run `swift build` first.
"""


def test_a_swift_post_prints_its_title_then_its_blocks():
    assert swift_page(POST).split("\n") == [
        "New Features in Swift 99",
        "Swift 99 brings new syntax, as announced.",
        "A paragraph with an attribute list.",
        "Run swift build first.",
    ]


#: What must not reach a page: front matter, Liquid tags, kramdown attribute lists.
LEFTOVER = re.compile(r"\{[:%{]|^---|^(?:title|date|author|layout|category|published):", re.M)


def test_the_swift_blog_pages_built_from_the_mirror():
    from bench._external import swift_blog_pages

    pages = mirror_pages(BLOG_SWIFT, swift_blog_pages)
    assert len(pages) == 172
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"swift-blog"}
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
