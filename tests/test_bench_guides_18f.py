"""The 18F Guides pages of the gate: the page reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import GUIDES_18F, guides_18f_page
from tests.mirror_pages import assert_pages, mirror_pages

CARD = """---
title: Card sorting
permalink: /methods/discover/card-sorting/
layout: layouts/method-card
method:
  title: Card sorting
  what: A method for learning how people group ideas.
  why: |-
    To see how users expect
    content to be organized.
  category: discover
---

## How to do it{#how-card-sorting}

{% comment %}Keep in step with the print cards.{% endcomment %}
1. Write each idea on a card and ask [participants]({{ "/methods/fundamentals/recruiting/" | url }}){.usa-link} to group them.
1. Dates look like {{ site.time | date: '%Y-%m-%d' }}.

{% image_with_class "assets/img/cards.png" "w-full" "Cards on a table" %}

<section class="method--section" markdown="1" >

## Government considerations

No PRA implications.
</section>
"""

BOX = """---
title: Buying services
layout: layouts/page
---

{% capture staffing %}
Ask vendors for a [staffing plan](/).
{% endcapture %}

{% include 'derisking-government-tech/info_box.html' header: "Before you buy:" content: staffing %}

{% include 'derisking-government-tech/chapter_image.html' img_path: "a.svg" %}

{% include "engineering/tag-standard.html" %} practices have a strong consensus.
"""


def test_a_method_card_prints_title_what_why_then_its_body():
    assert guides_18f_page(CARD).split("\n") == [
        "Card sorting",
        "What",
        "A method for learning how people group ideas.",
        "Why",
        "To see how users expect content to be organized.",
        "How to do it",
        "Write each idea on a card and ask participants to group them.",
        "Dates look like 2025-01-24.",
        "Government considerations",
        "No PRA implications.",
    ]


def test_a_box_prints_its_header_over_its_captured_content_and_figures_are_left_out():
    files = {"engineering/tag-standard.html": '<span class="usa-tag">Standard</span>'}
    assert guides_18f_page(BOX, files).split("\n") == [
        "Buying services",
        "Before you buy:",
        "Ask vendors for a staffing plan.",
        "Standard practices have a strong consensus.",
    ]


def test_a_page_that_redirects_is_no_page():
    assert guides_18f_page("---\ntitle: Old\nredirect_to: /new/\n---\n\nMoved here.\n") == ""


#: Front matter, a Liquid tag or an attribute list printed as text. (Four accessibility and
#: engineering pages write HTML tags out as their subject.)
LEFTOVER = re.compile(r"^(?:title|layout|permalink|method):|\{\{|\{%|\{[.#][\w-]", re.M)


def test_the_guides_18f_pages_built_from_the_mirror():
    from bench._external import guides_18f_pages

    pages = mirror_pages(GUIDES_18F, guides_18f_pages)
    assert_pages(pages, count=238, part="tuning", source="guides-18f")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
