"""The Free Law Project posts of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import FREE_LAW_POSTS, free_law_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: "Opening the Archive of Oral Arguments"
date: "2031-05-04"
tags:
 - "Archive"
author: "A. Clerk"
excerpt: "Recordings for everyone."
---

<p className="lead">Today we put [every recording](/recordings/) online, free.</p>

{/* a note to the editors */}

<CaptionedImage imgProps={{
  "src": "/images/player.png",
  "alt": "The player"
}}>The new player.</CaptionedImage>

We did it in three steps:

1. **Collecting.**

    We gathered the files from each court.

2. ~~Cleaning.~~ Converting.

<AlertBox>
<p><strong>For developers:</strong> the data is in the API.</p>
</AlertBox>

<div>
Thanks to our *members*.
</div>

<PurpleButton size="lg" href="/donate/">Support this work</PurpleButton>

<YouTubeVideo id="xyz" />
"""


def test_a_post_prints_its_title_then_its_blocks_as_the_site_renders_them():
    assert free_law_page(POST).split("\n") == [
        "Opening the Archive of Oral Arguments",
        "Today we put every recording online, free.",
        "We did it in three steps:",
        "Collecting.",
        "We gathered the files from each court.",
        "Cleaning. Converting.",
        "For developers: the data is in the API.",
        "Thanks to our members.",
        "Support this work",
    ]


def test_a_draft_is_no_page():
    assert free_law_page(POST.replace('author: "A. Clerk"', 'status: Draft\nauthor: "A. Clerk"')) == ""


LEFTOVER = re.compile(
    r"^(?:title|date|author|tags|excerpt):|\{/\*|</?(?:img|iframe|div|span|p|[A-Z]\w*)\b|imgProps|className", re.M
)


def test_the_free_law_pages_built_from_the_mirror():
    from bench._external import free_law_pages

    pages = mirror_pages(FREE_LAW_POSTS, free_law_pages)
    assert_pages(pages, count=254, part="tuning", source="free-law-posts")
    years = {p.id.split("/")[1] for p in pages}
    assert min(years) == "2009" and max(years) == "2026"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
