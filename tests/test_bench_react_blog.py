"""The React blog pages of the gate: the MDX post reader, and (with a mirror) the pages built from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markdown_it")
pytest.importorskip("lxml")

from bench._external import BLOG_REACT, react_page
from tests.mirror_pages import mirror_pages

POST = """---
title: "React v99: What's New"
author: The Team
date: 2031/08/08
description: Things got better.
---

August 08, 2031 by [The Team](/community/team)

_Updated August 09, 2031._

---

<Intro>

The new release is out.

</Intro>

<Note>

### Before you upgrade {/*before-you-upgrade*/}

Read the guide on `<StrictMode>` first.

</Note>

<Sandpack>

```js
export default function App() {}
```

</Sandpack>

<ConsoleBlock level="error">

Warning: something went wrong.

</ConsoleBlock>

<YouTubeIframe src="https://www.youtube.com/embed/x" />

<Diagram name="tree" height={162} width={1270} alt="A tree of components.">

A tree of three components.

</Diagram>

The end.
"""


def test_a_react_post_prints_its_title_then_the_text_of_its_components():
    page = react_page(POST)
    assert page.split("\n") == [
        "React v99: What's New",
        "The new release is out.",
        "Before you upgrade",
        "Read the guide on <StrictMode> first.",
        "The end.",
    ]


#: What must not reach a page: MDX comments, front matter, the byline, the site's components
#: (components named in the text are inline code, "<Activity />", and stay).
LEFTOVER = re.compile(
    r"\{/\*|^---|^(?:title|date|author|description):|^[A-Z][a-z]+ \d{1,2}, \d{4} by "
    r"|^</?(?:Intro|Note|Pitfall|DeepDive|Sandpack|ConsoleBlock|TerminalBlock|Diagram|YouTubeIframe)\b",
    re.M,
)


def test_the_react_blog_pages_built_from_the_mirror():
    from bench._external import react_blog_pages

    pages = mirror_pages(BLOG_REACT, react_blog_pages)
    assert len(pages) == 23
    assert {p.part for p in pages} == {"tuning"}
    assert {p.source for p in pages} == {"react-blog"}
    for page in pages:
        assert not LEFTOVER.search(page.text), (page.id, LEFTOVER.search(page.text).group())
