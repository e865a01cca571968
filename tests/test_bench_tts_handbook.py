"""The TTS Handbook pages of the gate: the page reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import TTS_HANDBOOK, tts_handbook_page
from tests.mirror_pages import assert_pages, mirror_pages

PAGE = """---
title: Travel basics
subtitle: Travel and leave
redirect_from:
  - /travel/
questions:
  - travel
---

{% comment %}Keep this page in step with the travel guide.{% endcomment %}
Before you book, read the [travel policy]({% page "/travel-policy/" %}) and ask in
{% slack_channel "travel" %} or the {% slack_channel "g-ops" "operations channel" %}.

{% alert "Approval first" "warning" %}
  Get your supervisor's approval before you book.

  - Flights
  - Hotels
{% endalert %}

{% include "low-system.html" %}

{% include "step-indicator.html" steps: travel.steps current_step:1 %}

{% image "_img/travel.png" "A map" %}

```sh
make serve
```
"""

BOXES = {
    "low-system.html": '{% alert "This is a <a href=\\"https://example.org/low/\\">Low</a> system" %}\n'
    "  You cannot store sensitive information.\n{% endalert %}"
}


def test_a_page_prints_subtitle_title_and_its_expanded_shortcodes():
    assert tts_handbook_page(PAGE, BOXES).split("\n") == [
        "Travel and leave",
        "Travel basics",
        "Before you book, read the travel policy and ask in #travel or the operations channel.",
        "Approval first",
        "Get your supervisor's approval before you book.",
        "Flights",
        "Hotels",
        "This is a Low system",
        "You cannot store sensitive information.",
    ]


def test_a_page_that_only_redirects_is_no_page():
    assert tts_handbook_page("---\ntitle: Old\nredirect_to: /new/\n---\n\nMoved.\n") == ""


#: Front matter, a shortcode with its arguments, or an HTML box tag printed as text. (The page on
#: the handbook's components names ``{%include%}`` as written, and two pages carry a stray ``**``
#: the site prints too.)
LEFTOVER = re.compile(
    r"^(?:title|subtitle|redirect_from|questions):|\{\{|\{%-?\s*+(?:page|link|slack_channel|alert|endalert|image|include|comment)\s"
    r"|</?(?:img|div|span)\b",
    re.M,
)


def test_the_tts_handbook_pages_built_from_the_mirror():
    from bench._external import tts_handbook_pages

    pages = mirror_pages(TTS_HANDBOOK, tts_handbook_pages)
    assert_pages(pages, count=233, part="tuning", source="tts-handbook")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
