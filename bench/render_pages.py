"""Render an HTML page to plain text the two ways the boilerplate benchmark does.

``inscriptis``: ``inscriptis.get_text()`` with default settings on the whole page
(menus come out as indented bullet lists, tables as cells in columns).
``blocks``: one line per block-level element, ``br`` ends a line, inline text joins
its block's line, and inside ``nav``/``menu``/``role=navigation`` each link is its
own line. Both squeeze blank lines and strip trailing spaces, as
``../shared/bench/boilerplate/README.md`` describes for the shared data, so pages
rendered here look like the pages the rules were tuned on.
"""

from __future__ import annotations

import re

DROPPED = {
    "head", "script", "style", "noscript", "svg", "template", "iframe", "object", "embed",
    "canvas", "textarea", "math", "map", "audio", "video",
}  # fmt: skip
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "button", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "section", "select", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
NAV_ROLES = {"navigation", "menu", "menubar"}
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def inscriptis_text(html: str) -> str:
    from inscriptis import get_text

    return _tidy(get_text(html).split("\n"))


def blocks_text(html: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(html.encode("utf-8") if isinstance(html, str) else html)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    def walk(el, in_nav: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in DROPPED or not tag:
            if el.tail:
                current.append(el.tail.replace("\n", " "))
            return
        nav = in_nav or tag in ("nav", "menu") or (el.get("role") or "").lower() in NAV_ROLES
        block = tag in BLOCKS or (nav and tag == "a")
        if block:
            flush()
        if tag == "br":
            flush()
        if el.text:
            current.append(el.text.replace("\n", " "))
        for child in el:
            walk(child, nav)
        if block:
            flush()
        if el.tail:
            current.append(el.tail.replace("\n", " "))

    walk(root, False)
    flush()
    return _tidy(lines)
