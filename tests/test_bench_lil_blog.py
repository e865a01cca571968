"""The Library Innovation Lab blog pages of the gate: the reader of a Jekyll post that prints the
site's values, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_LIL, jekyll_site_page, lil_page, site_values
from tests.mirror_pages import mirror_pages

SITE = """title: The Lab
baseurl: ""
email: lab@example.edu
"""

POST = """---
title: "Counting words in the caselaw"
author: a-writer
tags:
- open data
---
Here is how we [counted]({{ site.baseurl }}/blog/counting/) the words.

{% highlight python %}
words = {{ site.email }}
print(len(words))
{% endhighlight %}

Write to us at {{ site.email }} with what you find.
"""


def test_a_post_prints_the_sites_values_and_leaves_a_highlight_block_out_like_code():
    assert jekyll_site_page(POST, SITE).split("\n") == [
        "Counting words in the caselaw",
        "Here is how we counted the words.",
        "Write to us at lab@example.edu with what you find.",
    ]


def test_a_site_value_the_configuration_lacks_is_left_to_the_tag_handling():
    assert site_values("Call {{ site.phone }}.", SITE) == "Call {{ site.phone }}."
    assert site_values("[a]({{ site.baseurl }}/x)", SITE) == "[a]({{ site.baseurl }}/x)"


def test_an_unpublished_post_and_a_wordpress_import_are_no_pages():
    assert jekyll_site_page(POST.replace("author:", "published: false\nauthor:"), SITE) == ""
    assert lil_page(POST.replace("author:", "wordpress_id: 2624\nauthor:"), SITE) == ""
    assert lil_page(POST, SITE) == jekyll_site_page(POST, SITE)


LEFTOVER = re.compile(r"\{[:{%]|\x00|^---|^(?:title|date|layout|excerpt|author|wordpress_id):", re.M)


def test_the_lil_blog_pages_built_from_the_mirror():
    from bench._external import lil_blog_pages

    pages = mirror_pages(BLOG_LIL, lil_blog_pages)
    assert len(pages) == 94
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"lil-blog"}
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
