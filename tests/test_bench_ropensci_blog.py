"""The rOpenSci blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_ROPENSCI, ropensci_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
slug: field-notes
title: 'Field notes: a package''s "first" review'
author:
  - A. Ecologist
date: '2031-05-04'
tags:
  - Software Peer Review
params:
  doi: "10.00000/example"
---

{{< imgtxt src="author.jpg" alt="A. Ecologist" width="150px" >}}

We count birds, and our package[^1] counts them faster :tada: than before
[^2]. A picture :tada:!

{{< /imgtxt >}}

{{< figure src="map.png" alt="A map" caption="Sites we surveyed in 2030" >}}

## What reviewers said

{{< quote footer="B. Reviewer" cite="[the review thread](https://example.org/review)" >}}
The vignette reads like a field guide.
{{< /quote >}}

> Reviews take a month.
{.blockquote .text-right}

```r
library(birds)
count_birds("site-1")
#> [1] 42
```

<span class="katex-display"><span class="katex"><math><mi>x</mi></math>x</span></span>

{{< vimeo 123456 >}}

[^2]: Faster than the first release.

[^1]: The package's name is a pun
    that the footnote explains.

Read the docs at `pkg::count_birds()`.
"""


def test_a_post_prints_its_title_then_its_blocks_with_shortcodes_read_as_the_site_prints_them():
    assert ropensci_page(POST).split("\n") == [
        """Field notes: a package's "first" review""",
        "We count birds, and our package counts them faster than before. A picture!",
        "What reviewers said",
        "The vignette reads like a field guide.",
        "B. Reviewer in the review thread",
        "Reviews take a month.",
        "Read the docs at pkg::count_birds().",
    ]


def test_a_quote_without_a_source_prints_who_said_it():
    post = '---\ntitle: T\n---\n\n{{< quote footer="C. Author" >}}\nShort and true.\n{{< /quote >}}\n'
    assert ropensci_page(post).split("\n") == ["T", "Short and true.", "C. Author"]


LEFTOVER = re.compile(
    r"\{\{|\}\}|\[\^|^\{[.#][^{}\n]*\}$|^(?:slug|title|author|date|tags|params):|</?(?:span|div|img|math)\b", re.M
)


def test_the_ropensci_blog_pages_built_from_the_mirror():
    from bench._external import ropensci_blog_pages

    pages = mirror_pages(BLOG_ROPENSCI, ropensci_blog_pages)
    assert_pages(pages, count=667, part="validation", source="ropensci-blog")
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2012" and max(years) == "2026"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
