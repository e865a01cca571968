"""The Libraries Hacked blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import LIBRARIES_HACKED_BLOG, libraries_hacked_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: "Library loans and the weather"
excerpt: How rainfall changes what people borrow.
header:
  image: /images/rain.jpg
categories:
  - Data
---

Library services count their loans every day [^1]. We compared those counts with rainfall.

<div class="mermaid">
flowchart LR;
  Loans-->|Data|Analysis;
</div>

| ----- | ----- |
| July 2016 | First counts |
| March 2017 | Second counts |

## References

[^1]: DCMS: [Libraries taskforce](https://example.org/taskforce)
"""


def test_a_post_prints_its_title_then_its_prose_without_diagrams_headless_tables_or_footnotes():
    assert libraries_hacked_page(POST).split("\n") == [
        "Library loans and the weather",
        "Library services count their loans every day. We compared those counts with rainfall.",
        "References",
    ]


def test_a_table_with_a_header_row_is_left_to_the_markdown_reader():
    table = "---\ntitle: T\n---\n\nBefore.\n\n| Name | Loans |\n| ---- | ----- |\n| Bath | 12 |\n\nAfter.\n"
    assert libraries_hacked_page(table).split("\n") == ["T", "Before.", "After."]


LEFTOVER = re.compile(
    r"^(?:title|excerpt|header|categories|tags|layout):|\{\{|\{%|\{:|\[\^|<!--|flowchart|\| -"
    r"|</?(?:img|iframe|video|source|div|span|p|br|a|figure|figcaption|script|canvas)\b|\]\([^)\s]+\)|^\|",
    re.M,
)


def test_the_libraries_hacked_blog_pages_built_from_the_mirror():
    from bench._external import libraries_hacked_blog_pages

    pages = mirror_pages(LIBRARIES_HACKED_BLOG, libraries_hacked_blog_pages)
    assert_pages(pages, count=91, part="validation", source="libraries-hacked-blog")
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2014" and max(years) == "2026"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
