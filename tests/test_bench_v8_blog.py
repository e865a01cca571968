"""The V8 blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_V8, v8_page
from tests.mirror_pages import mirror_pages

POST = """---
title: '<i>Fast things</i> in `V8`: it''s here'
author: 'A. Engineer ([@someone](https://example.org/someone))'
avatars:
  - 'a-engineer'
date: 2031-08-08 13:00:00
tags:
  - internals
description: 'Things got faster.'
---
The new engine is faster.[^1] See the chart below.

<!-- markdownlint-disable no-inline-html -->
<figure>
  <img src="/_img/chart.svg" alt="">
  <figcaption>A chart</figcaption>
</figure>

## Support { #support }

:::note
**Note:** the flag is on by default.
:::

::: figure Median improvement on our benchmarks.
![Result for a bot](/_img/bot.svg)
:::

```js
const x = {};
```

The end.

[^1]: A footnote the page prints in its closing list,
    over two lines.
"""


def test_a_v8_post_prints_its_title_as_markdown_then_its_blocks():
    page = v8_page(POST)
    assert page.split("\n") == [
        "Fast things in V8: it's here",
        "The new engine is faster. See the chart below.",
        "Support",
        "Note: the flag is on by default.",
        "The end.",
    ]


LEFTOVER = re.compile(
    r"\{\{|\{%|<!--|-->|^(?:title|date|author|tags|description|avatars):|^:::|\[\^|\{ ?[#.][a-z]", re.M
)


def test_the_v8_blog_pages_built_from_the_mirror():
    from bench._external import v8_blog_pages

    pages = mirror_pages(BLOG_V8, v8_blog_pages)
    assert len(pages) == 196
    assert {p.part for p in pages} == {"validation"}
    assert [p.source for p in pages].count("v8-blog") == 154
    assert [p.source for p in pages].count("v8-features") == 42
    assert len({p.id for p in pages}) == len(pages)
    assert all(p.language == "en" and len(p.text.split()) >= 50 for p in pages)
    pages_by_id = {p.id: p for p in pages}
    assert pages_by_id["v8-blog/sparkplug"].text.startswith("Sparkplug — a non-optimizing JavaScript compiler\n")
    assert pages_by_id["v8-blog/elements-kinds"].text.startswith("Elements kinds in V8\n")
    # no front matter, template tag, comment, container marker, attribute block or footnote is left
    leftovers = {p.id for p in pages if LEFTOVER.search(p.text)}
    assert leftovers == set()
