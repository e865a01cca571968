"""The Privacy Guides articles of the gate: the MkDocs Material reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import PRIVACY_GUIDES, privacy_guides_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: "Locking Down Your Phone: A Guide"
date:
    created: 2031-05-04T16:30:00Z
categories:
    - Tutorials
authors:
    - someone
description: A short guide to the settings that matter.
license: BY-SA
---

![A phone on a desk.](../assets/images/phone/cover.webp)

<small aria-hidden="true">Illustration: Someone / Privacy Guides</small>

Your phone knows more about you than anyone.<!-- more --> This guide helps (1)
{ .annotate }

1. An annotation shown in a pop-up.

## :material-cellphone: Settings

<div class="admonition info" markdown>
<p class="admonition-title">Before you start</p>
Back up your **data** first[^1].

</div>

!!! note

    Some settings need a restart.

!!! tip "Worth mentioning"
    Press ++ctrl+alt+del++ to see ==every== process.

=== "Android"

    - [x] Turn on **Lockdown**

=== "iOS"

    - [ ] Turn off `==Siri==`

1. Open the app
    !!! warning ""
        Do not skip this step.

2. Tap the [Save](https://example.org){ .md-button } button.

![Logo](logo.svg){ align=right }

```text
!!! warning "Not an admonition"
```

[^1]: A footnote.
"""


def test_a_post_prints_its_title_then_its_blocks_as_mkdocs_material_renders_them():
    assert privacy_guides_page(POST).split("\n") == [
        "Locking Down Your Phone: A Guide",
        "Your phone knows more about you than anyone. This guide helps",
        "Settings",
        "Before you start",
        "Back up your data first.",
        "Note",
        "Some settings need a restart.",
        "Worth mentioning",
        "Press Ctrl+Alt+Del to see every process.",
        "Android",
        "Turn on Lockdown",
        "iOS",
        "Turn off ==Siri==",
        "Open the app",
        "Do not skip this step.",
        "Tap the button.",
    ]


def test_an_opening_heading_is_the_title_and_a_recommendation_card_has_none():
    post = (
        "---\ntitle: Front matter title\n---\n# Hide Nothing\n\nText.\n\n"
        '<div class="admonition recommendation" markdown>\n\n![Logo](logo.svg){ align=right }\n\n'
        '**Tool** is private.\n\n[:octicons-home-16:](https://example.org){ .card-link title="Homepage" }\n\n</div>\n\n'
        "!!! recommendation\n\n    A card.\n"
    )
    assert privacy_guides_page(post).split("\n") == ["Hide Nothing", "Text.", "Tool is private.", "A card."]


LEFTOVER = re.compile(
    r"^(?:title|date|authors|categories):|^!!!|^\?\?\?|^===|\[\^|\{[ :]?[.#]|\{[\w-]+=|:material-|:octicons-"
    r"|</?(?:div|p|small|img|figure|figcaption|details|summary|span|iframe)\b|\[[ xX]\] |\*\*|\]\([^)\s]+\)",
    re.M,
)


def test_the_privacy_guides_pages_built_from_the_mirror():
    from bench._external import privacy_guides_pages

    pages = mirror_pages(PRIVACY_GUIDES, privacy_guides_pages)
    assert_pages(pages, count=81, part="validation", source="privacy-guides-articles")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
    assert not [p.id for p in pages if "Illustration:" in p.text or "Image Credit:" in p.text]
