"""The dxw Playbook pages of the gate: the page reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import DXW_PLAYBOOK, jekyll_site_page
from tests.mirror_pages import assert_pages, mirror_pages

PAGE = """---
title: Running a show and tell
related_order: 3
redirect_from:
  - /guides/show-and-tell
last_reviewed_at: 2025-05-16T17:00:00.000Z
---
## Before the session

* Book a room and send the
  [invitation](https://example.org/invite) a week ahead.
* Ask each person to bring one thing to show.

## Related guides

* [Sprint planning](/sprint-planning/)
* [Weeknotes](/weeknotes/)
"""


def test_a_page_prints_its_title_then_its_headings_items_and_its_own_list_of_guides():
    assert jekyll_site_page(PAGE).split("\n") == [
        "Running a show and tell",
        "Before the session",
        "Book a room and send the invitation a week ahead.",
        "Ask each person to bring one thing to show.",
        "Related guides",
        "Sprint planning",
        "Weeknotes",
    ]


def test_a_page_marked_unpublished_is_no_page():
    assert jekyll_site_page(PAGE.replace("related_order: 3", "published: false")) == ""


LEFTOVER = re.compile(r"^(?:title|related_order|redirect_from|last_reviewed_at):|\{%|\{\{", re.M)


def test_the_dxw_playbook_pages_built_from_the_mirror():
    from bench._external import dxw_playbook_pages

    pages = mirror_pages(DXW_PLAYBOOK, dxw_playbook_pages)
    assert_pages(pages, count=145, part="tuning", source="dxw-playbook")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
