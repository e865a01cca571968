"""The Modernisation Platform pages of the gate: the page reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import MODERNISATION_PLATFORM, modernisation_platform_page
from tests.mirror_pages import assert_pages, mirror_pages

PAGE = """---
owner_slack: "#modernisation-platform"
title: Backing up your data
last_reviewed_on: 2026-02-13
review_in: 6 months
---

# <%= current_page.data.title %>

## Overview

Accounts are backed up [every day](https://example.org/backup).

<%= warning_text('Restore testing is the responsibility of application teams.') %>

```
aws backup list-backup-plans
```
"""


def test_a_page_prints_its_heading_with_the_title_a_warning_and_leaves_out_code_and_review_box():
    assert modernisation_platform_page(PAGE).split("\n") == [
        "Backing up your data",
        "Overview",
        "Accounts are backed up every day.",
        "Warning Restore testing is the responsibility of application teams.",
    ]


LEFTOVER = re.compile(r"^(?:title|owner_slack|last_reviewed_on|review_in):|<%", re.M)


def test_the_modernisation_platform_pages_built_from_the_mirror():
    from bench._external import modernisation_platform_pages

    pages = mirror_pages(MODERNISATION_PLATFORM, modernisation_platform_pages)
    assert_pages(pages, count=125, part="tuning", source="modernisation-platform")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
