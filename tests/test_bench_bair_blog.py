"""The BAIR blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_BAIR, bair_blog_pages, bair_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
layout:             post
title:              "Learning to Grasp: a \\"Robust\\" $\\\\pi$-Policy"
date:               2031-06-27 10:00:00
author:             <a href="https://example.org">A. Writer</a>
visible:            True
excerpt_separator:  <!--more-->
---

Robots grasp with a policy $\\pi_\\theta(a | s)$ trained
in simulation, where $$x_t$$ is the state and a kit costs under \\\\$2500.

{% include youtubePlayer.html id="abc" %}

<!--more-->

#Method

$$
\\min_\\theta \\; L(\\theta)
$$

![](grid-a.png) | ![](grid-b.png)
:----:|:----:
<sub>*Left: the gripper.*</sub> | <sub>*Right: the scene.*</sub>

<p style="text-align:center;">
<img src="fig.png" width="600"><br>
<i>Figure 1: The policy $\\pi^*$ picks the object, $a_t^*$ its action.</i>
</p>
The policy succeeds[^1] on most objects.

<hr />
*We thank the reviewers.*

| A. Writer, "A paper," 2031. |

```python
#include "not a heading"
price = "$5"
```

[^1]: In 9 of 10 trials.
"""


def test_a_post_prints_its_title_then_its_blocks_as_kramdown_and_mathjax_show_them():
    assert bair_page(POST).split("\n") == [
        'Learning to Grasp: a "Robust" \\pi-Policy',
        "Robots grasp with a policy \\pi_\\theta(a | s) trained in simulation, where x_t is the state"
        " and a kit costs under $2500.",
        "Method",
        "Figure 1: The policy \\pi^* picks the object, a_t^* its action.",
        "The policy succeeds on most objects.",
        "We thank the reviewers.",
    ]


def test_a_post_kept_off_the_index_is_no_page():
    assert bair_page(POST.replace("visible:            True", "visible:            False")) == ""


LEFTOVER = re.compile(r"^(?:layout|title|author|visible):|\{%|\$\$|more-->|:-{3}|^\||<img [a-z]+=|^</?(?:p|div)>", re.M)


def test_the_bair_blog_pages_built_from_the_mirror():
    pages = mirror_pages(BLOG_BAIR, bair_blog_pages)
    assert_pages(pages, count=170, part="tuning", source="bair-blog")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
    assert any(p.id == "bair-blog/2017-06-27-dexnet-2.0" for p in pages)
