"""The RDMkit pages of the gate: the page reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import RDMKIT, _rdmkit_citations, _rdmkit_tools, rdmkit_page
from tests.mirror_pages import assert_pages, mirror_pages

TOOLS = """- description: An archive.
  id: zenodo
  name: Zenodo
  url: https://zenodo.org
- id: ena
  name: "European Nucleotide Archive (ENA)"
"""

PAGE = """---
title: Data publication
contributors: [A. Curator]
description: How to publish data.
page_id: data_publication
---

## What should I consider?

Deposit the data in {% tool "zenodo" %} or {% tool "ena" %} {% cite smith2020 %}.

{% include callout.html type="note" content="Ask your data steward first." %}

{% include image.html file="flow.svg" alt="The publication flow" %}

Repositories keep data findable {% cite jones2021 smith2020 %}.

## Bibliography
{% bibliography --cited %}
"""


def test_the_tools_names_come_from_the_sites_list():
    assert _rdmkit_tools(TOOLS) == {"zenodo": "Zenodo", "ena": "European Nucleotide Archive (ENA)"}


def test_citations_print_their_numbers_in_the_order_first_cited_except_in_raw_blocks():
    body = "A {% cite b %}. B {% cite a b %}. {% raw %}`{% cite a %}`{% endraw %}"
    assert _rdmkit_citations(body) == ("A <sup>[1]</sup>. B <sup>[1,2]</sup>. {% raw %}`{% cite a %}`{% endraw %}")


def test_a_page_prints_its_title_then_its_blocks_as_the_site_renders_them():
    lines = rdmkit_page(PAGE, _rdmkit_tools(TOOLS)).split("\n")
    assert lines[:4] == [
        "Data publication",
        "What should I consider?",
        lines[2],
        "Ask your data steward first.",
    ]
    assert lines[2].startswith("Deposit the data in Zenodo or European Nucleotide Archive (ENA)")
    assert lines[4].startswith("Repositories keep data findable")
    assert lines[5:] == ["Bibliography"]


LEFTOVER = re.compile(r"^(?:title|contributors|page_id):|\{\{|\{%|\{:|</?(?:img|iframe|div|span)\b", re.M)


def test_the_rdmkit_pages_built_from_the_mirror():
    from bench._external import rdmkit_pages

    pages = mirror_pages(RDMKIT, rdmkit_pages)
    assert_pages(pages, count=125, part="tuning", source="rdmkit")
    assert {p.id.split("/")[1] for p in pages} >= {"your_tasks", "your_domain", "national_resources", "tool_assembly"}
    # the contributors' guide writes out front matter and Liquid tags as its subject
    written_out = ("rdmkit/contribute/",)
    assert not [p.id for p in pages if not p.id.startswith(written_out) and LEFTOVER.search(p.text)]
