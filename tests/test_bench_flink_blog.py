"""The Apache Flink blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_FLINK, flink_page, flink_post_title
from tests.mirror_pages import assert_pages, mirror_pages

SITE = '[params]\n  DocsBaseUrl = "//nightlies.apache.org/flink/"\n'

POST = """---
authors:
- name: A. Committer
  twitter: acommitter
date: "2031-05-04T08:00:00Z"
title: "Watermarks, \\"late\\" events and you"
aliases:
- /news/2031/05/04/watermarks.html
---

{%toc%}

Flink tracks [event time]({{< param DocsBaseUrl >}}flink-docs-stable/concepts/time/) with
watermarks[^1], and the [downloads page]({{< relref "downloads" >}}) has the binaries.

<center>
<img src="/img/blog/watermarks.png" width="600px" alt="Watermarks"/>
</center>

{{< highlight java >}}
env.getConfig().setAutoWatermarkInterval(200);
{{< /highlight >}}

{{< hint warning >}}
Late events are dropped unless you allow lateness.
{{< /hint >}}

{{< youtube B1NVDTazsZY >}}

## Parameters {#params}

The docs live at {{< param DocsBaseUrl >}}.

[^1]: A watermark is a timestamp
    that flows with the stream.
"""


def test_a_post_prints_its_title_then_its_blocks_as_hugo_renders_them():
    assert flink_page(POST, SITE).split("\n") == [
        'Watermarks, "late" events and you',
        "{%toc%}",  # no shortcode to Hugo: the page prints it as written
        "Flink tracks event time with watermarks, and the downloads page has the binaries.",
        "Late events are dropped unless you allow lateness.",
        "Parameters",
        "The docs live at //nightlies.apache.org/flink/.",
    ]


def test_a_bugfix_release_is_no_page_but_a_feature_release_is():
    bugfix = "---\ntitle: Apache Flink 1.13.1 Released\n---\n\nThe first bugfix version.\n"
    assert flink_post_title(bugfix) == "Apache Flink 1.13.1 Released"
    assert flink_page(bugfix) == ""
    assert flink_page(bugfix.replace("1.13.1 Released", "Table Store 0.2.1 Release Announcement")) == ""
    feature = bugfix.replace("1.13.1 Released", "1.13.0 Release Announcement")
    assert flink_page(feature).split("\n") == ["Apache Flink 1.13.0 Release Announcement", "The first bugfix version."]
    notes = bugfix.replace("Apache Flink 1.13.1 Released", "Memory management in Flink 1.10.1 and later")
    assert flink_page(notes).split("\n")[0] == "Memory management in Flink 1.10.1 and later"


LEFTOVER = re.compile(
    r"\{\{<|\{\{%|>\}\}|\[\^|^(?:title|date|authors|aliases):|</?(?:img|center|div|span|sup|br|iframe)\b", re.M
)


def test_the_flink_blog_pages_built_from_the_mirror():
    from bench._external import flink_blog_pages

    pages = mirror_pages(BLOG_FLINK, flink_blog_pages)
    assert_pages(pages, count=164, part="validation", source="flink-blog")
    years = {p.id.split("/")[1][:4] for p in pages}
    assert min(years) == "2014" and max(years) == "2024"
    assert not [p.id for p in pages if re.search(r"\b\d+\.\d+\.[1-9]\d* Released\b", p.text.split("\n")[0])]
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]


#: The site's typographer (Goldmark's, on by default in Hugo) prints curly quotes, dashes and
#: ellipses where the source has straight ones; the reader prints the source's, as the other
#: Hugo and Jekyll readers do, so the comparison below sets them aside.
TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "--", "—": "---", "…": "..."})


def _built_pages() -> dict[str, list[str]]:
    """The text of each post page the site's build committed (``content/YYYY/MM/DD/SLUG/index.html``),
    by its title: the blocks of its ``article`` after the heading, without the headings' anchors."""
    import lxml.html

    from bench._external import html_blocks, listing, read

    built: dict[str, list[str]] = {}
    for path in listing(BLOG_FLINK, "content"):
        if not re.fullmatch(r"content/\d{4}/\d{2}/\d{2}/[^/]+/index\.html", path):
            continue
        article = lxml.html.fromstring(read(BLOG_FLINK, path) or "<p></p>").xpath('//article[@class="markdown"]')
        if not article or article[0].find("h1") is None:
            continue
        for anchor in article[0].xpath('.//a[@class="anchor"]'):
            anchor.drop_tree()
        heading = article[0].find("h1")
        title = " ".join(heading.text_content().split())
        heading.drop_tree()
        built[title.translate(TYPOGRAPHIC)] = [text.translate(TYPOGRAPHIC) for _, text in html_blocks(article[0])]
    return built


def test_each_page_reads_as_the_page_the_site_built_from_the_same_commit():
    """The repository keeps the site as built (``content/``): each page the reader makes is that
    page's text, bar the date and authors line the layout prints first and the typographer."""
    from bench._external import flink_blog_pages

    pages = mirror_pages(BLOG_FLINK, flink_blog_pages)
    built = _built_pages()
    differing = []
    for page in pages:
        title, *blocks = page.text.translate(TYPOGRAPHIC).split("\n")
        if built.get(title, [])[1:] != blocks:
            differing.append(page.id)
    assert not differing
