"""The Rockefeller Archive Center blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import RAC_BLOG, rac_blog_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """\ufeff---
title: 'Processing the Board''s Records'
date: 2019-03-04T10:00:00
author:
  - A. Archivist
  - B. Developer
layout: post
categories:
  - Processing
tags:
  - ArchivesSpace
excerpt_separator: <!--more-->
---
We processed the records of the [Board](https://rockarch.org/) in **six** weeks.

<!--more-->

![Boxes on a shelf]({{ site.baseurl }}/assets/img/2019/03/boxes.png)

{% include image.html dir="2019/03/" file="boxes.png" description="Figure 1. Boxes on a shelf." %}

## What we learned

Each accession keeps its `<unitid>` as received.

```
python export.py --ead
```
"""


def test_a_post_prints_its_title_then_its_blocks_as_the_site_renders_them():
    assert rac_blog_page(POST).split("\n") == [
        "Processing the Board's Records",
        "We processed the records of the Board in six weeks.",
        "What we learned",
        "Each accession keeps its <unitid> as received.",
    ]


LEFTOVER = re.compile(
    r"^(?:title|author|layout|categories|tags|excerpt_separator):|\{\{|\{%|\{:|\[\^|<!--"
    r"|</?(?:img|iframe|video|source|div|span|p|br|a|figure|figcaption|title)\b|\]\([^)\s]+\)|^\|",
    re.M,
)
#: A post that quotes EAD markup, ``<br />`` tags and all, as inline code: the page prints it as text.
QUOTES_MARKUP = "rac-blog/2013-10-31-how-do-our-finding-aids-get-from-atreference-to-dimes"


def test_the_rac_blog_pages_built_from_the_mirror():
    from bench._external import rac_blog_pages

    pages = mirror_pages(RAC_BLOG, rac_blog_pages)
    assert_pages(pages, count=286, part="validation", source="rac-blog")
    assert "rac-blog/2013-10-17-improving-search-engine-traffic-to-dimes" not in {p.id for p in pages}
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2012" and max(years) == "2024"
    assert [p.id for p in pages if LEFTOVER.search(p.text)] == [QUOTES_MARKUP]
