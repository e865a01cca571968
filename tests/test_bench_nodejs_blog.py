"""The Node.js blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_NODEJS, nodejs_page
from tests.mirror_pages import mirror_pages

POST = """---
date: '2031-08-08T12:00:00.000Z'
category: migrations
title: Node.js v98 to v99
layout: blog-post
author: The Team
---

# Node.js v98 to v99

<AlertBox level="info" title="!">
  This guide covers part of the upgrade.
</AlertBox>

{/* a note to editors */}

The probing sequence is:

<math display="block">
  <mi>slot</mi><mo>=</mo><mi>hash</mi>
</math>

Run `npx codemod run @nodejs/x` first.

```bash
npx codemod run @nodejs/x
```
"""


def test_a_nodejs_post_prints_its_title_once_then_its_blocks():
    assert nodejs_page(POST).split("\n") == [
        "Node.js v98 to v99",
        "This guide covers part of the upgrade.",
        "The probing sequence is:",
        "Run npx codemod run @nodejs/x first.",
    ]


def test_a_first_heading_other_than_the_title_stays():
    page = nodejs_page(POST.replace("# Node.js v98 to v99", "# Before you start"))
    assert page.split("\n")[:2] == ["Node.js v98 to v99", "Before you start"]


#: What must not reach a page: front matter, MDX comments and components, formulas.
LEFTOVER = re.compile(r"\{/\*|^---|^(?:title|date|author|layout|category):|</?(?:AlertBox|math|mi|mo)\b", re.M)


def test_the_nodejs_blog_pages_built_from_the_mirror():
    from bench._external import nodejs_blog_pages

    pages = mirror_pages(BLOG_NODEJS, nodejs_blog_pages)
    assert len(pages) == 241
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"nodejs-blog"}
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
