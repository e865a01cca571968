"""The Sheffield RSE blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import RSE_SHEFFIELD_BLOG, rse_sheffield_page
from tests.mirror_pages import mirror_pages

POST = """\ufeff---
layout: post
title: ! "Code  Clinics: a year on"
author: A. Engineer
slug: code-clinics
date: 2021-03-04 09:00:00 UTC
tags: training
category:
---

Our clinics helped 40 researchers[^count]<sup>,</sup>[^survey] this year :tada: (see
[last year's post]({% post_url 2020-03-17-code-clinics-online %})).

{% include image_caption.html url="/assets/images/clinic.png" description="A clinic in progress" %}

:bust_in_silhouette: Jo Bloggs, RSE Team

`<prefix> d`

:   detach from the session

Type `:q` or `\\:wq:` to leave the editor.

```bash
qsub job.sh
```

[^count]: Counted from the booking forms.
[^survey]: The 2020 survey.
"""

NO_FRONT_MATTER = """title: Our first post
author: A. Engineer
type: text

The text of a post kept from the earlier site.
"""


def test_a_post_prints_its_title_then_its_blocks_as_the_site_renders_them():
    assert rse_sheffield_page(POST).split("\n") == [
        "Code Clinics: a year on",
        "Our clinics helped 40 researchers this year (see last year's post).",
        "Jo Bloggs, RSE Team",
        "<prefix> d",
        "detach from the session",
        "Type :q or \\:wq: to leave the editor.",
    ]


def test_a_file_without_front_matter_is_no_page():
    assert rse_sheffield_page(NO_FRONT_MATTER) == ""


LEFTOVER = re.compile(
    r"^(?:title|author|slug|date|tags|category|layout|type):|\{\{|\{%|\{:|\[\^|<!--|<sup>"
    r"|</?(?:img|iframe|video|source|div|span|p|br|a|figure|figcaption)\b|\]\([^)\s]+\)|^\||^:[ \t]"
    r"|:(?:bust_in_silhouette|movie_camera|stopwatch|heart|grinning):",
    re.M,
)


def test_the_rse_sheffield_blog_pages_built_from_the_mirror():
    from bench._external import rse_sheffield_blog_pages

    pages = mirror_pages(RSE_SHEFFIELD_BLOG, rse_sheffield_blog_pages)
    ids = {p.id for p in pages}
    assert len(pages) == 117
    assert {p.part for p in pages} == {"validation"}
    assert {p.source for p in pages} == {"rse-sheffield-blog"}
    assert len(ids) == len(pages)
    assert "rse-sheffield-blog/2018-10-12-rse-career-paths-and-a-vacancy-in-the-rse-team" not in ids
    assert not [i for i in ids if re.match(r"rse-sheffield-blog/\d{4}-\d\d-\d\d_", i)]
    years = {i.split("/")[1][:4] for i in ids}
    assert min(years) == "2016" and max(years) == "2026"
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
