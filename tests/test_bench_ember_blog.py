"""The Ember blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_EMBER, ember_blog_pages, ember_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: 'The Ember Times - Issue No. 999'
authors:
  - a-writer
date: 2031-05-29T00:00:00.000Z
tags:
  - newsletter
---


👋 Emberistas! 🐹

A new RFC 🚨 and a tutorial 🎉!

<!-- READMORE -->

---

## [A new RFC 🚨](https://example.org/rfcs/1)

The RFC adds a `{{refresh}}` helper to templates.

```bash
ember new "app-name"
```

<div class="blog-row">
  <img class="float-right small" alt="A mascot" src="/images/mascot.png" />

  <p>Wondering where to ask? <a href="https://example.org/ask">Ask us</a>!</p>
</div>

Be kind,

A. Writer and the Learning Team
"""


def test_a_post_prints_its_title_then_its_blocks_with_braces_as_written():
    assert ember_page(POST).split("\n") == [
        "The Ember Times - Issue No. 999",
        "👋 Emberistas! 🐹",
        "A new RFC 🚨 and a tutorial 🎉!",
        "A new RFC 🚨",
        "The RFC adds a {{refresh}} helper to templates.",
        "Wondering where to ask? Ask us!",
        "Be kind,",
        "A. Writer and the Learning Team",
    ]


LEFTOVER = re.compile(r"^(?:title|authors|date|tags):|READMORE|<img [a-z]+=|^</?(?:p|div)>", re.M)


def test_the_ember_blog_pages_built_from_the_mirror():
    pages = mirror_pages(BLOG_EMBER, ember_blog_pages)
    assert_pages(pages, count=455, part="tuning", source="ember-blog")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
    assert any(p.id == "ember-blog/the-ember-times-issue-150" for p in pages)
