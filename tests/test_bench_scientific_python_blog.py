"""The Scientific Python blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_SCIENTIFIC_PYTHON, scientific_python_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: "Ten weeks on the sparse solvers"
date: 2031-08-01
draft: false
tags: ["internship", "scipy"]
authors: ["Someone"]
---

Over the summer I rewrote the sparse solvers' tests.<!--more--> Most of it went smoothly[^1].

<!-- a note to the editors -->

{{< figure
  src="plot.png"
  caption="Timings before and after"
  alt="A bar chart"
>}}

<!-- prettier-ignore-start -->
{{< yamlToTable >}}
headers:
  - Week
  - Work
rows:
  - columns:
      - 1
      - Reading the code
{{< /yamlToTable >}}
<!-- prettier-ignore-end -->

## What's next

If you have questions about the solvers, write to me on the ~~old~~ forum.

[^1]: Not all of it.
"""


def test_a_post_prints_its_title_then_its_blocks_without_comments_shortcodes_or_footnotes():
    assert scientific_python_page(POST).split("\n") == [
        "Ten weeks on the sparse solvers",
        "Over the summer I rewrote the sparse solvers' tests. Most of it went smoothly.",
        "What's next",
        "If you have questions about the solvers, write to me on the old forum.",
    ]


#: What must not reach a page: front matter, shortcodes, HTML comments and tags.
LEFTOVER = re.compile(r"\{\{[<%]|<!--|^(?:title|date|draft|tags|authors):|</?(?:div|img|span|p|figure)\b", re.M)


def test_the_scientific_python_blog_pages_built_from_the_mirror():
    from bench._external import scientific_python_blog_pages

    pages = mirror_pages(BLOG_SCIENTIFIC_PYTHON, scientific_python_blog_pages)
    assert_pages(pages, count=82, part="tuning", source="scientific-python-blog")
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
