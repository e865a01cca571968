"""The Cloud Native Glossary pages of the gate: the term reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import CNCF_GLOSSARY, _glossary_strings, cncf_glossary_page
from tests.mirror_pages import assert_pages, mirror_pages

TERM = """---
title: Cluster
status: Completed
category: Concept
tags: ["infrastructure", "fundamental"]
---

A cluster is a group of computers called [nodes](/nodes/) that work together.

## Problem it addresses

Software on a single computer is a single point of failure.

{{% sign-language-section abc123 %}}
"""

STRINGS = '[sign_language_header]\nother = "In sign language"\n[sign_language_info]\nother = """\n**Note**:\nSigns are being standardised.\n"""\n'


def test_the_site_strings_are_read_one_line_or_three_quoted():
    assert _glossary_strings(STRINGS) == {
        "sign_language_header": "In sign language",
        "sign_language_info": "**Note**:\nSigns are being standardised.\n",
    }


def test_a_term_prints_its_title_its_blocks_and_the_sign_language_section_without_its_video():
    assert cncf_glossary_page(TERM, _glossary_strings(STRINGS)).split("\n") == [
        "Cluster",
        "A cluster is a group of computers called nodes that work together.",
        "Problem it addresses",
        "Software on a single computer is a single point of failure.",
        "In sign language",
        "Note: Signs are being standardised.",
    ]


def test_a_draft_term_is_no_page():
    assert cncf_glossary_page("---\ntitle: Firewall\nstatus: Deprecated\ndraft: true\n---\n\nA firewall.\n") == ""


LEFTOVER = re.compile(
    r"^(?:title|status|category|tags|draft):|\{\{|\{%|</?(?:img|iframe|div)\b|\]\([^)\s]+\)|\*\*", re.M
)


def test_the_cncf_glossary_pages_built_from_the_mirror():
    from bench._external import cncf_glossary_pages

    pages = mirror_pages(CNCF_GLOSSARY, cncf_glossary_pages)
    assert_pages(pages, count=80, part="tuning", source="cncf-glossary")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
