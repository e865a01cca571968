"""The OpenTelemetry blog pages of the gate: the post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_OTEL, otel_page
from tests.mirror_pages import assert_pages, mirror_pages

POST = """---
title: 'Tracing the "last mile": a user''s story'
linkTitle: Last mile
date: 2031-03-14
author: >-
  [A. Maintainer](https://example.org/am) (Example Corp)
canonical_url: https://example.org/blog/last-mile
issue: 9999
sig: End-User SIG
cSpell:ignore: lastmile exampleco
---

{{< blog/integration-badge >}}

We traced [every request](/docs/concepts/) from the edge to the database.

{{< comment >}} cSpell:disable {{< /comment >}}

{{< figure src="diagram.png" caption="The pipeline" >}}

## What we learned

Sampling at the edge kept the `otelcol` costs down.

```yaml
receivers:
  otlp:
```

{{< comment >}}

<!-- A note to the editors: add the recording when it is out. -->

{{< /comment >}}

_This post was [originally posted][] on the author's blog._

[originally posted]: <{{% param canonical_url %}}>
"""


def test_a_post_prints_its_title_then_its_blocks_without_shortcodes():
    assert otel_page(POST).split("\n") == [
        'Tracing the "last mile": a user\'s story',
        "We traced every request from the edge to the database.",
        "What we learned",
        "Sampling at the edge kept the otelcol costs down.",
        "This post was originally posted on the author's blog.",
    ]


def test_a_folded_title_is_joined_into_one_line():
    folded = POST.replace(
        "title: 'Tracing the \"last mile\": a user''s story'", "title: >-\n  Tracing the last mile:\n  a user story"
    )
    assert otel_page(folded).split("\n")[0] == "Tracing the last mile: a user story"


def test_a_param_shortcode_prints_its_front_matter_value():
    html_link = otel_page(POST.replace("[originally posted][]", "<{{% param canonical_url %}}>"))
    assert html_link.split("\n")[-1] == "This post was https://example.org/blog/last-mile on the author's blog."


LEFTOVER = re.compile(r"\{\{|\{%|<!--|^(?:title|linkTitle|date|author|cSpell:[a-z]+|canonical_url|sig|issue):", re.M)


def test_the_otel_blog_pages_built_from_the_mirror():
    from bench._external import otel_blog_pages

    pages = mirror_pages(BLOG_OTEL, otel_blog_pages)
    assert_pages(pages, count=244, part="validation", source="otel-blog")
    assert not [p.id for p in pages if LEFTOVER.search(p.text)]
