"""Tables written as lazy continuation lines: right under a list item's or a blockquote's text,
with no blank line and not indented into the item (or without the quote's marker).

GFM reads such lines as more text of the item's (or the quote's) paragraph, and a lazy line
cannot open a block, so no table is rendered there: the header, the delimiter row and the rows
show as pipe text inside the item or the quote. A table indented to the item's content column
is the item's own block and renders; a blank line above it ends the item.

Only where the list or the quote is set off above (a blank line, a heading or the start of the
text): a scrape that separates every block with a single line break is not read as GFM.

A table indented four or more columns past the first line of the paragraph right above it (an
MkDocs admonition's or content tab's body under its ``!!! note`` or ``=== "Tab"`` line, with no
blank line) is indented code, which cannot interrupt a paragraph: GFM reads its lines as more
of that paragraph too.
"""

from __future__ import annotations

from scrapelint.model.document import Document
from scrapelint.rules.tables.model import Table
from scrapelint.rules.tables.reader import tables
from scrapelint.text.lazy import lazy

#: GFM's list markers (a bullet "•" is text to GFM, so a table may interrupt its paragraph).
GFM_LIST_ITEM = lazy(r"([ \t]*+)(?:[-*+]|\d{1,9}[.)])([ \t]++)(?=\S)")


#: A blockquote's markers at the start of a line.
QUOTE_MARKERS = lazy(r"[ \t]{0,3}+(?:>[ \t]?+)++")


#: Quoted text that opens no paragraph of its own: a heading or a fence.
QUOTED_BLOCK = lazy(r"[ \t]*+(?:#|```|~~~)")


def lazy_tables(doc: Document) -> list[tuple[Table, str]]:
    """Tables (a header over a delimiter row) whose header continues the paragraph of a list
    item or a blockquote, with what they continue ("list item" or "blockquote")."""
    found: list[tuple[Table, str]] = []
    blocks = None
    for table in tables(doc):
        rows = table.rows
        if table.undelimited or len(rows) < 2 or rows[0].delimiter or not rows[1].delimiter:
            continue
        if blocks is None:
            blocks = {b.line: b.kind for b in doc.blocks}
        owner = _continued(doc, blocks, rows[0].line.number, rows[0].indent)
        if owner == "blockquote" and _quoted(doc, rows[0].line.number):
            continue  # the header carries the quote's marker: the table is the quote's own block
        if owner:
            found.append((table, owner))
    return found


def _continued(doc: Document, kinds: dict[int, str], number: int, indent: int) -> str | None:
    """What the paragraph above line ``number`` belongs to, when the line is a lazy line of it:
    up through the paragraph's text lines to the list item (the line indented less than the
    item's content column) or the quoted line that opens it; or the paragraph itself, when the
    line is indented four or more columns past the paragraph's first line (set off above)."""
    text, lines = doc.text, doc.lines
    above = number - 1
    while above >= 1:
        line = lines[above - 1]
        raw = text[line.start : line.end]
        kind = kinds.get(above)
        if kind == "quote":
            return "blockquote" if _quoted_text(raw) and _set_off(kinds, above, "quote") else None
        item = GFM_LIST_ITEM.match(raw)
        if kind == "list_item" and item:
            content = len(raw[: item.end()].expandtabs(4))
            return "list item" if indent < content and _set_off(kinds, above, "list_item") else None
        if kind != "text" or not raw.strip():
            return _indented_under(doc, kinds, above + 1, number, indent)
        above -= 1
    return _indented_under(doc, kinds, 1, number, indent)


def _indented_under(doc: Document, kinds: dict[int, str], first: int, number: int, indent: int) -> str | None:
    """ "paragraph" when lines ``first`` up to ``number`` are a paragraph's text, set off above,
    and the header on line ``number`` is indented four or more columns past its first line:
    indented code cannot interrupt a paragraph, so the table's lines carry it on."""
    if first >= number or not _set_off(kinds, first - 1, "text"):
        return None
    line = doc.lines[first - 1]
    raw = doc.text[line.start : line.end]
    lead = len(raw[: len(raw) - len(raw.lstrip(" \t"))].expandtabs(4))
    return "paragraph" if indent - lead >= 4 else None


def _quoted(doc: Document, number: int) -> bool:
    """Whether line ``number`` opens with a blockquote's marker (GFM lets a table interrupt the
    quote's paragraph there, as it does outside a quote)."""
    line = doc.lines[number - 1]
    return QUOTE_MARKERS.match(doc.text[line.start : line.end]) is not None


def _quoted_text(raw: str) -> bool:
    """A quoted line of paragraph text: not empty, no heading or fence, and no pipe (a quoted
    table ends where its quote does; the rows below it are another shape)."""
    markers = QUOTE_MARKERS.match(raw)
    body = raw[markers.end() :] if markers else raw
    return bool(body.strip()) and "|" not in body and QUOTED_BLOCK.match(body) is None


def _set_off(kinds: dict[int, str], number: int, kind: str) -> bool:
    """The list (or quote) holding line ``number`` starts after a blank line, a heading or the
    start of the text: up through its lines of that kind to the line above them."""
    while kinds.get(number) == kind:
        number -= 1
    return number < 1 or kinds.get(number, "blank") in ("blank", "heading")
