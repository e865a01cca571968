"""The Go blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_GO, GO_BLOG_VALIDATION_FROM, go_blog_page, go_blog_year
from tests.mirror_pages import mirror_pages

POST = """---
title: Go 1.99 is released
date: 2031-08-08
by:
- A. Gopher
summary: Go 1.99 brings things.
---

Today the Go team is thrilled to release Go 1.99.

<!-- a note to the reviewers -->

{{image "go1.99/gopher.png" 300}}

Values can be compared with the {{" < "}} operator, and the {{raw "[`{{block}}` action]"}}(/pkg/x) is new.

{{raw `
	func main() { fmt.Println("{{not an action}}") }
`}}

{{code "go1.99/main.go" `/START/` `/END/`}}

The end.
"""


def test_a_go_blog_post_prints_its_title_and_what_its_template_actions_print():
    page = go_blog_page(POST)
    assert page.split("\n") == [
        "Go 1.99 is released",
        "Today the Go team is thrilled to release Go 1.99.",
        "Values can be compared with the < operator, and the {{block}} action is new.",
        "The end.",
    ]


def test_a_go_blog_post_is_dated_by_its_front_matter_and_a_redirect_is_not():
    assert go_blog_year(POST) == 2031
    assert go_blog_year("---\ndate: '2012-03-01T10:00:00Z'\n---\nText.\n") == 2012
    assert go_blog_year("---\nredirect: /blog/maps\n---\n") is None
    assert go_blog_year("No front matter.\n") is None


LEFTOVER = re.compile(r"\{\{|<!--|-->|^(?:title|date|by|summary|tags|redirect):|\x00", re.M)


def test_the_go_blog_pages_built_from_the_mirror():
    from bench._external import go_blog_pages

    pages = mirror_pages(BLOG_GO, go_blog_pages)
    by_part = {part: [p for p in pages if p.part == part] for part in ("validation", "tuning")}
    assert len(pages) == 273
    assert (len(by_part["validation"]), len(by_part["tuning"])) == (223, 50)
    assert {p.source for p in by_part["validation"]} == {"go-blog"}
    assert {p.source for p in by_part["tuning"]} == {"go-blog-early"}
    assert len({p.id for p in pages}) == len(pages)
    assert all(p.language == "en" and len(p.text.split()) >= 50 for p in pages)
    pages_by_id = {p.id: p for p in pages}
    assert pages_by_id["go-blog/go1.21"].part == "validation"  # 2023
    assert pages_by_id["go-blog-early/slices-intro"].part == "tuning"  # 2011
    assert pages_by_id["go-blog/go1.21"].text.startswith("Go 1.21 is released!\nToday the Go team")
    # no front matter, template action or HTML comment is left in any page's text, except what a
    # page prints: "the {{block}} action" (go1.6, a raw action)
    leftovers = {p.id for p in pages if LEFTOVER.search(p.text.replace("{{block}}", ""))}
    assert leftovers == set()
    assert GO_BLOG_VALIDATION_FROM == 2013
