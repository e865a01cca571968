"""The Nim blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_NIM, jekyll_site_page
from tests.mirror_pages import assert_pages, mirror_pages

SITE = 'title: "Nim Programming Language"\nurl: "https://nim-lang.org/"\nbaseurl: ""\nnim_version: 2.2.6\n'

POST = """---
title: "This Month with Nim: May 2031"
author: The Nim Community
excerpt: "Our monthly showcase."
---

<div class="sidebarblock">
  <div class="content">
    <div class="title">Guest post</div>
    <div class="paragraph">
      This is a guest post. If you would like to publish articles, get in touch with us.
    </div>
  </div>
</div>

## [A Web Framework](https://example.org/web)

#### Author: [Someone](https://example.org/someone)

<img src="{{site.baseurl}}/assets/news/images/web.png" alt="screenshot">

The current release is {{ site.nim_version }}; you can try it [here]({{ site.baseurl }}/install.html).

```nim
echo "hello"
```
"""


def test_a_nim_post_prints_its_title_then_its_blocks_with_the_sites_values():
    assert jekyll_site_page(POST, SITE).split("\n") == [
        "This Month with Nim: May 2031",
        "Guest post",
        "This is a guest post. If you would like to publish articles, get in touch with us.",
        "A Web Framework",
        "Author: Someone",
        "The current release is 2.2.6; you can try it here.",
    ]


#: What must not reach a page: front matter, Liquid tags, kramdown attribute lists, HTML tags.
LEFTOVER = re.compile(r"\{[:%{]|^(?:title|date|author|layout|excerpt):|</?(?:div|img|span|p)\b", re.M)


def test_the_nim_blog_pages_built_from_the_mirror():
    from bench._external import nim_blog_pages

    pages = mirror_pages(BLOG_NIM, nim_blog_pages)
    assert_pages(pages, count=143, part="tuning", source="nim-blog")
    assert sum("this-month-with-nim" in p.id for p in pages) >= 10
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
