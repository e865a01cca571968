"""The CHTC news article pages of the gate: the article reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import CHTC_ARTICLES, chtc_article_page
from tests.mirror_pages import assert_pages, mirror_pages

ARTICLE = """---
title: "Campus pool reaches a record: a million jobs"

author: A. Writer

publish_on:
  - chtc
  - osg

type: news

canonical_url: "https://chtc.cs.wisc.edu/record.html"

image:
  path: "https://raw.githubusercontent.com/CHTC/Articles/main/images/pool.jpg"
  alt: The machine room

excerpt: The pool ran a million jobs in a day.
---

### The pool ran a million jobs in a day.

Researchers at the [university](https://www.wisc.edu/) ran **a million jobs** in one day.

<figure class="figure float-end">
  <img src='https://raw.githubusercontent.com/CHTC/Articles/main/images/pool.jpg' alt="The machine room">
  <figcaption class="figure-caption">The machine room.<br/></figcaption>
</figure>

“We did not expect it,” the director said.
{: .text-center }

```
condor_submit job.sub
```
"""


def test_an_article_prints_its_title_then_its_blocks_as_the_site_renders_them():
    assert chtc_article_page(ARTICLE).split("\n") == [
        "Campus pool reaches a record: a million jobs",
        "The pool ran a million jobs in a day.",
        "Researchers at the university ran a million jobs in one day.",
        "“We did not expect it,” the director said.",
    ]


LEFTOVER = re.compile(
    r"^(?:title|author|publish_on|type|canonical_url|excerpt):|\{\{|\{%|\{:|\[\^|<!--"
    r"|</?(?:img|iframe|video|source|div|span|p|br|a|figure|figcaption)\b|\]\([^)\s]+\)|^\|",
    re.M,
)


def test_the_chtc_article_pages_built_from_the_mirror():
    from bench._external import chtc_articles_pages

    pages = mirror_pages(CHTC_ARTICLES, chtc_articles_pages)
    assert_pages(pages, count=131, part="validation", source="chtc-articles")
    assert "chtc-articles/2017-06-02-test" not in {p.id for p in pages}
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2015" and max(years) == "2026"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
