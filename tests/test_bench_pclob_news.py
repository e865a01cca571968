"""The PCLOB newsroom pages of the gate: (with a mirror) the pages built by the Jekyll reader."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import PCLOB_NEWS, jekyll_site_page
from tests.mirror_pages import mirror_pages

RELEASE = """---
category: newsroom
date: '2016-03-29'
layout: post
links:
  - text: Download
    url: /library/statement.pdf
title: 'Statement on the Board''s report '
---
## Office of the Chair

FOR RELEASE
March 29, 2016

The Board released its report today.

*   [Meeting Minutes]({{site.baseurl}}/library/minutes.pdf) (PDF)
"""


def test_a_release_prints_its_title_and_body_without_the_layouts_document_list():
    assert jekyll_site_page(RELEASE).split("\n") == [
        "Statement on the Board's report",
        "Office of the Chair",
        "FOR RELEASE March 29, 2016",
        "The Board released its report today.",
        "Meeting Minutes (PDF)",
    ]


LEFTOVER = re.compile(r"\{[:{%]|\x00|^---|^(?:title|date|layout|excerpt|links|category):", re.M)


def test_the_pclob_news_pages_built_from_the_mirror():
    from bench._external import pclob_news_pages

    pages = mirror_pages(PCLOB_NEWS, pclob_news_pages)
    assert len(pages) == 38
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"pclob-news"}
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
