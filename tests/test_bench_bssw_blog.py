"""The Better Scientific Software blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_BSSW, bssw_page, bssw_post_year, bssw_published_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """**Hero Image:**

 - <img src='../../images/Blog_2031_Banner.png' />[A banner the layout shows on top]

# Testing Is a Team Sport

#### Contributed by [A. Researcher](https://github.com/example "A. Researcher GitHub Profile") and B. Engineer

#### Publication date: March 3, 2031

<!-- deck text start -->
Tests are written by people, for people.
<!-- deck text end -->

## Why tests matter

Our code ran for years before we wrote a test.<sup>[1]</sup>
<br>
Write to the [editors](mailto:editors@example.org?subject=Team Sport) with your story.

[A plot of the failures per month]<img src='../../images/plot.png' class='page lightbox' />

<img src='../../images/Blog_2031_Person.jpg' class='logo' />
### C. Fellow
Example University, Professor

<a href="https://example.org/one" class="link-row">First webinar</a>
<a href="https://example.org/two" class="link-row">Second webinar</a>

    An indented line the site reads as text.

```python
assert not_printed()
```

[1-sfer-ezikiw]: # "A note with "quotes" inside, shown as a tooltip"

<!---
Publish: yes
Topics: testing
RSS update: 2031-03-03
--->
"""


def test_a_post_prints_its_title_then_its_blocks_without_the_layouts_parts():
    assert bssw_page(POST).split("\n") == [
        "Testing Is a Team Sport",
        "Tests are written by people, for people.",
        "Why tests matter",
        "Our code ran for years before we wrote a test.",
        "Write to the editors with your story.",
        "C. Fellow",
        "Example University, Professor",
        "First webinar",
        "Second webinar",
        "An indented line the site reads as text.",
    ]


def test_a_draft_is_no_page_and_a_post_names_its_year():
    assert bssw_published_page(POST) == bssw_page(POST)
    assert bssw_published_page(POST.replace("Publish: yes", "Publish: no")) == ""
    assert bssw_published_page(POST.replace("Publish: yes", "Publish: preview")) == ""
    assert bssw_post_year(POST) == 2031
    assert bssw_post_year("# A page without a date\n") is None


def test_the_title_is_the_first_top_level_heading_wherever_it_stands():
    post = "Some words before it.\n\n## A section\n\n# The Title\n\nMore words.\n"
    assert bssw_page(post).split("\n") == ["The Title", "Some words before it.", "A section", "More words."]


LEFTOVER = re.compile(
    r"<!--|-->|\{\{|^#{1,6} |^(?:Publish|Topics|Categories|RSS update):|^Contributed by|Publication date:"
    r"|Hero Image|</?(?:img|br|div|a|sup|p|span|h\d)\b",
    re.M | re.I,
)


def test_the_bssw_blog_pages_built_from_the_mirror():
    from bench._external import bssw_blog_pages, read

    pages = mirror_pages(BLOG_BSSW, bssw_blog_pages)
    assert_pages(pages, count=240, part="validation", source="bssw-blog")
    years = {bssw_post_year(read(BLOG_BSSW, f"Articles/Blog/{p.id.split('/', 1)[1]}.md") or "") for p in pages}
    assert min(years) == 2017 and max(years) == 2026
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
