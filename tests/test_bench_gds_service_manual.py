"""The Government Service Design Manual pages of the gate: the page reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import GDS_SERVICE_MANUAL, gds_manual_page
from tests.mirror_pages import assert_pages, mirror_pages

PAGE = """---
layout: detailed-guidance
title: Writing user stories
subtitle: How to write a useful user story
category: agile
audience:
  primary: service-managers, designers
status: draft
breadcrumbs:
  -
    title: Home
    url: /service-manual
---

A user story briefly explains who needs the service and why.
{:.intro}

<figure class="media-player-wrapper video">
  <a href="https://www.youtube.com/watch?v=0">Watch a product manager describe stories</a>
</figure>

##Structure

{:.hide-headers}
|-------------------------------------------
| Name    |
|-------------------------------------------
| **Actor:**     | As a      | journalist
|-------------------------------------------

Ask the QA team early.

*[QA]: quality assurance
"""


def test_a_guidance_page_prints_its_title_subtitle_and_blocks_as_kramdown_reads_them():
    assert gds_manual_page(PAGE).split("\n") == [
        "Writing user stories",
        "How to write a useful user story",
        "A user story briefly explains who needs the service and why.",
        "Structure",
        "Ask the QA team early.",
    ]


def test_an_index_of_links_is_no_page():
    index = PAGE.replace("layout: detailed-guidance", "layout: category-index")
    assert gds_manual_page(index) == ""
    assert gds_manual_page("# No front matter\n\nText.\n") == ""


LEFTOVER = re.compile(
    r"\{%|\{\{|\{:|^#|^\*\[|^\||^(?:layout|title|subtitle|category|audience|status):|</?(?:figure|div|img|span)\b", re.M
)


def test_the_gds_service_manual_pages_built_from_the_mirror():
    from bench._external import gds_manual_pages

    pages = mirror_pages(GDS_SERVICE_MANUAL, gds_manual_pages)
    assert_pages(pages, count=170, part="validation", source="gds-service-manual")
    assert "gds-service-manual/agile/writing-user-stories" in {p.id for p in pages}
    ids = {p.id for p in pages}
    assert not ids & {"gds-service-manual/index", "gds-service-manual/agile/index"}  # lists of links
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
