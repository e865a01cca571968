"""The tidyverse blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_TIDYVERSE, tidyverse_page
from tests.mirror_pages import assert_pages, mirror_pages

KNITTED = """---
output: hugodown::hugo_document

slug: tidyr-9-0-0
title: 'tidyr 9.0.0: `pivot_longer()` for "wide" data'
author: A. Maintainer
description: >
    A description the layout does not print.
photo:
  url: https://example.org/photo
  author: B. Photographer
categories: [package]
tags: [tidyr]
rmd_hash: 53331b185ae8ccc7
---

<!--
TODO:
* [ ] Pick category and tags
-->

We're happy to announce the release of [tidyr 9.0.0](https://tidyr.tidyverse.org)[^1].
You can install it with:

<div class="highlight">

<pre class='chroma'><code class='language-r' data-lang='r'><span class='nf'>install.packages</span><span class='o'>(</span><span class='s'>"tidyr"</span><span class='o'>)</span></code></pre>

</div>

{{< webr-editor code=`x <- 1` width=504 >}}

Use [`pivot_longer()`](https://tidyr.tidyverse.org/reference/pivot_longer.html) when
`x |> f()` reads better than `f(x)`.

[^1]: The release notes list every change.
"""

BLOGDOWN_HTML = """---
title: lubridate 99.0
author: C. Author
---

<p>We are pleased to announce lubridate 99.0!</p>
<!-- a note to editors -->
<div id="new" class="section level2">
<h2>New features</h2>
<p>Use <code>force_tz()</code>:</p>
<pre class="r"><code>force_tz(x, &quot;UTC&quot;)</code></pre>
</div>
"""


def test_a_knitted_post_prints_its_title_then_its_blocks_without_code_footnotes_or_shortcodes():
    assert tidyverse_page(KNITTED).split("\n") == [
        'tidyr 9.0.0: pivot_longer() for "wide" data',
        "We're happy to announce the release of tidyr 9.0.0. You can install it with:",
        "Use pivot_longer() when x |> f() reads better than f(x).",
    ]


def test_a_post_blogdown_rendered_to_html_is_read_as_html():
    assert tidyverse_page(BLOGDOWN_HTML, html=True).split("\n") == [
        "lubridate 99.0",
        "We are pleased to announce lubridate 99.0!",
        "New features",
        "Use force_tz():",
    ]


LEFTOVER = re.compile(
    r"\{\{[<%]|[%>]\}\}|\[\^|^(?:slug|title|author|date|tags|output|rmd_hash):|<!--|</?(?:span|img|pre)\b|<div\s++(?:class|id)=",
    re.M,
)


def test_the_tidyverse_blog_pages_built_from_the_mirror():
    from bench._external import tidyverse_blog_pages

    pages = mirror_pages(BLOG_TIDYVERSE, tidyverse_blog_pages)
    assert_pages(pages, count=349, part="tuning", source="tidyverse-blog")
    years = {p.id.split("/")[1] for p in pages}
    assert min(years) == "2017" and max(years) == "2025"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
