"""The Julia blog pages of the gate: the Franklin.jl post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_JULIA, julia_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = r'''@def rss_pubdate = Date(2031, 7, 23)
@def rss_description = """ Announcing threads | Software performance depends
more and more on cores.... """
@def published = "23 July 2031"
@def title = "Announcing \"threads\" in Julia"
@def authors = "A. Developer"
@def hascode = true

I will speak at the
~~~<a href="https://example.org/">Colloquium</a>~~~ on Wednesday.

\toc

## Some history

Take $\alpha =
0.6$ here, a prize of \$500 and
$$ x = \frac{1}{2} $$
the `$x` variable[^1].
\\

@@note
**Box 1** A note in a box.
@@

~~~
<p>Raw HTML the site prints.</p>
~~~

    indented text is a paragraph

```julia
t = @spawn fib(n - 2)  # $ and ~~~ in code
```

{{about_the_author}}

[^1]: A footnote at the foot.
'''


def test_a_post_prints_its_title_then_its_blocks_as_franklin_renders_them():
    assert julia_page(POST).split("\n") == [
        'Announcing "threads" in Julia',
        "I will speak at the Colloquium on Wednesday.",
        "Some history",
        r"Take \alpha = 0.6 here, a prize of $500 and",
        "the $x variable.",
        "Box 1 A note in a box.",
        "Raw HTML the site prints.",
        "indented text is a paragraph",
    ]


def test_a_translation_is_no_page():
    assert julia_page('@def title = "T"\n@def pagelang = "zh-Hans"\n\nText.\n') == ""


LEFTOVER = re.compile(r"\{\{ *+[a-z_]++|\[\^|^@def|^@@|~~~|\\toc|\$\$|\\\\|<!--|</?(?:span|div|img|pre)\b", re.M)


def test_the_julia_blog_pages_built_from_the_mirror():
    from bench._external import julia_blog_pages

    pages = mirror_pages(BLOG_JULIA, julia_blog_pages)
    assert_pages(pages, count=145, part="tuning", source="julia-blog")
    years = {p.id.split("/")[1] for p in pages}
    assert min(years) == "2012" and max(years) == "2026"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
