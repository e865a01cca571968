"""The Physics of Risk blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_PHYSRISK, physrisk_blog_pages, physrisk_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = r"""Title: The Saint Petersburg &amp; other paradoxes
Date: 2031-04-01 08:59
Author: A. Writer
Tags: game theory, paradox
Slug: paradoxes
Status: published

The host pays \\\(  2^n  \\\) (where \\\( n\_k \in \[0,1\] \\\) is the
toss) as shown in [cite
id="Bernoulli1738, Mantegna2000Cambridge"\]. The sum,

\begin{equation}
 \mathbf{E} = \sum\_{i=1}^\infty 2^i\cdot 2^{-i} = \infty ,
\end{equation}

diverges, see Eq. [eqref id="sum"\] and \\( x &lt; 1 \\) in [cite id="Bernoulli1738"].<!--more-->

Browser applet {#applet}
--------------

[html5-interactive url="/uploads/models/paradox/index.html" mode="iframe"]

![image](/uploads/fig.png "A caption."){#attachment_2441}

[youtube v="abc"]

[acknowledge id="grant"]

    price = "$5"
"""


def test_a_post_prints_its_title_then_its_blocks_as_pelican_and_mathjax_show_them():
    assert physrisk_page(POST).split("\n") == [
        "The Saint Petersburg & other paradoxes",
        "The host pays 2^n (where n_k \\in [0,1] is the toss) as shown in [1]. The sum,",
        "diverges, see Eq. (1) and x < 1 in [2].",
        "Browser applet",
    ]


def test_a_post_not_published_is_no_page():
    assert physrisk_page(POST.replace("Status: published", "Status: draft")) == ""


LEFTOVER = re.compile(
    r"^(?:Title|Date|Status):|\\\(|\\\[|\\begin\{|\[(?:cite|eqref|youtube|acknowledge|iframe)\b|\{#|\[[\w-]+ [a-z]+=",
    re.M,
)


def test_the_physrisk_blog_pages_built_from_the_mirror():
    pages = mirror_pages(BLOG_PHYSRISK, physrisk_blog_pages)
    assert_pages(pages, count=302, part="tuning", source="physrisk-blog")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
    assert any(p.id == "physrisk-blog/2013/the-saint-petersburg-paradox" for p in pages)
