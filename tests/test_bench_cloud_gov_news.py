"""The cloud.gov news pages of the gate: the Jekyll post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import CLOUD_GOV, jekyll_page
from tests.mirror_pages import mirror_pages

POST = """---
layout: post
title: "Faster builds for your sites"
date: February 5, 2031
excerpt: A short summary that the site shows on the index page only.
---
Builds now take half the time, as the [build guide]({{ site.baseurl }}{% link _docs/build.md %}) explains.

- Remove any uses of the {% raw %}`{% asset %}`{% endraw %} tag from your content.
- Open [the dashboard](https://example.gov/){:target="_blank"} to see your builds.

<?xml version="1.0" encoding="utf-8"?>
<svg version="1.1" id="LineChart"
 viewBox="0 0 100 60">
  <text>Jun</text><text>Jul</text>
</svg>

Write to us at {{ site.support_email }} with questions.
"""


def test_a_jekyll_post_prints_its_title_then_its_blocks_with_raw_liquid_as_written():
    assert jekyll_page(POST).split("\n") == [
        "Faster builds for your sites",
        "Builds now take half the time, as the build guide explains.",
        "Remove any uses of the {% asset %} tag from your content.",
        "Open the dashboard to see your builds.",
        "Write to us at with questions.",
    ]


#: What must not reach a page: front matter, Liquid output tags, kramdown attribute lists.
#: (One post quotes Liquid tags in ``raw`` blocks: a reader sees them, so they stay.)
QUOTES_LIQUID = {"cloud-gov-news/2023-05-30-cloud-gov-pages-jekyll-ruby-upgrade"}
LEFTOVER = re.compile(r"\{[:{]|\x00|^---|^(?:title|date|layout|excerpt):", re.M)


def test_the_cloud_gov_news_pages_built_from_the_mirror():
    from bench._external import cloud_gov_news_pages

    pages = mirror_pages(CLOUD_GOV, cloud_gov_news_pages)
    assert len(pages) == 133
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"cloud-gov-news"}
    for page in pages:
        if page.id in QUOTES_LIQUID:
            assert "{% asset %}" in page.text
            continue
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
