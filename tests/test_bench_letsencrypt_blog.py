"""The Let's Encrypt blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_LETSENCRYPT, letsencrypt_page
from tests.mirror_pages import mirror_pages

POST = """---
author: A. Director, Executive Director
date: 2031-02-05T00:00:00Z
excerpt: A short summary the list pages show.
title: 'On "Hello" and the donors'' letter'
slug: hello
display_support_us_footer: true
---

We met [many people](https://example.org/) this year.

<div class="card">
<figure><img src="/images/chart.png" alt=""><figcaption>A chart</figcaption></figure>
</div>

{{< plotly json="/data/chart.json" >}}

## What comes next

Edit the file at `/etc/site/<your name>/key.pem` and restart.

```bash
sudo certbot renew
```
"""

HTML_POST = """---
title: "A \\"Quoted\\" Title"
date: 2031-04-13
---
<p>The prize was awarded on stage.</p>
<p>Thank you to everyone.</p>
"""


def test_a_post_prints_its_title_as_text_then_its_blocks():
    assert letsencrypt_page(POST).split("\n") == [
        'On "Hello" and the donors\' letter',
        "We met many people this year.",
        "What comes next",
        "Edit the file at /etc/site/<your name>/key.pem and restart.",
    ]


def test_an_html_post_keeps_its_paragraphs():
    assert letsencrypt_page(HTML_POST).split("\n") == [
        'A "Quoted" Title',
        "The prize was awarded on stage.",
        "Thank you to everyone.",
    ]


LEFTOVER = re.compile(r"\{\{|\{%|<!--|-->|^(?:title|date|author|slug|excerpt|display_[a-z_]+):", re.M)


def test_the_letsencrypt_blog_pages_built_from_the_mirror():
    from bench._external import letsencrypt_blog_pages

    pages = mirror_pages(BLOG_LETSENCRYPT, letsencrypt_blog_pages)
    assert len(pages) == 121
    assert {p.part for p in pages} == {"validation"}
    assert {p.source for p in pages} == {"letsencrypt-blog"}
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
