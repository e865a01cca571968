"""The Blog for Public Code pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_PUBLICCODE, publiccode_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: "Notes from the community call - 4 May 2031"
date: 2031-05-04
author: A. Steward
type: blogpost
excerpt: Reviewing the oldest issues
categories:
  - Community call
redirect_from:
  - /community call/2031/05/04/notes.html
---

# 4 May 2031 community call notes

![The call]({{site.url}}/assets/call.png){:height="100px"}&nbsp;&nbsp;

## Attendees

* Jan
* Eric

## Notes

We reviewed the [notes of the last call]({% post_url 2031-04-06-notes %}) and the issues:

* Translations
    * a glossary for each language
* Governance

| Issue | Decision |
|---|---|
| #813 | closed |

<iframe width="560" height="315" src="https://www.youtube.com/embed/xyz"></iframe>

*The next call is on 1 June.*
"""


def test_a_post_prints_its_opening_heading_then_its_blocks_as_the_site_renders_them():
    assert publiccode_page(POST).split("\n") == [
        "4 May 2031 community call notes",
        "Attendees",
        "Jan",
        "Eric",
        "Notes",
        "We reviewed the notes of the last call and the issues:",
        "Translations",
        "a glossary for each language",
        "Governance",
        "The next call is on 1 June.",
    ]


LEFTOVER = re.compile(
    r"^(?:title|date|author|type|excerpt|categories):|\{\{|\{%|\{:|</?(?:img|iframe|video|source|div|span)\b"
    r"|\]\([^)\s]+\)|\*\*|^\|",
    re.M,
)


def test_the_publiccode_blog_pages_built_from_the_mirror():
    from bench._external import publiccode_blog_pages

    pages = mirror_pages(BLOG_PUBLICCODE, publiccode_blog_pages)
    assert_pages(pages, count=132, part="validation", source="publiccode-blog")
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2019" and max(years) == "2024"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
