"""The Open Source Guides pages of the gate: the layout's lead, pull quotes read as Markdown,
and (with a mirror) the pages built from the articles."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import OPENSOURCE_GUIDES, git_dir, opensource_guide_page

ARTICLE = """---
lang: en
title: Building Welcoming Communities
description: Building a community that encourages people to use your project.
class: building
related:
  - best-practices
---

## Setting your project up for success

You've launched your project. Now, how do you get people to stick around?

<aside markdown="1" class="pquote">
  <img src="https://avatars.githubusercontent.com/mikeal?s=180" class="pquote-avatar" alt="">
  Contributing to open source is easier for some than others.
  <p markdown="1" class="pquote-credit">
— @mikeal, ["Growing a contributor base"](https://opensource.com/growing)
  </p>
</aside>

The majority of contributors are casual contributors.
"""


def test_an_article_prints_its_title_its_lead_and_its_pull_quote_as_the_site_does():
    assert opensource_guide_page(ARTICLE).split("\n") == [
        "Building Welcoming Communities",
        "Building a community that encourages people to use your project.",
        "Setting your project up for success",
        "You've launched your project. Now, how do you get people to stick around?",
        "Contributing to open source is easier for some than others.",
        '— @mikeal, "Growing a contributor base"',
        "The majority of contributors are casual contributors.",
    ]


LEFTOVER = re.compile(r"\{[:{%]|\x00|^---|\]\(|markdown=|^(?:title|description|lang|class|related):", re.M)


def test_the_opensource_guides_pages_built_from_the_mirror():
    if git_dir(OPENSOURCE_GUIDES) is None:
        pytest.skip(f"no mirror of {OPENSOURCE_GUIDES.repo} (set SCRAPELINT_MIRRORS; see bench/README.md)")
    from bench._external import opensource_guides_pages

    pages = opensource_guides_pages()
    if not pages:
        pytest.skip(f"the mirror of {OPENSOURCE_GUIDES.repo} lacks commit {OPENSOURCE_GUIDES.commit[:12]}")
    assert len(pages) == 13  # the English articles; the translations live in _articles/LANG/
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"opensource-guides"}
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
