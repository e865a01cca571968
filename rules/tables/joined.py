"""Tables joined through text lines: a table whose header sits under another table's rows with
only text lines between them and no blank line.

GFM ends a table only at a blank line or at a line that opens another block (a heading, a
list item, a quote, a fence, an HTML block, a thematic break, indented code); every other line
is one more row. So a caption line between two tables is a one-cell row of the first, the
second table's header a body row, and its delimiter row a row of dashes: one table. Converters
that stack a document's tables under their captions write this shape.
"""

from __future__ import annotations

from scrapelint.model.document import Document
from scrapelint.rules.tables.model import Table
from scrapelint.rules.tables.reader import OPENS_BLOCK, tables


def joined_tables(doc: Document) -> list[tuple[Table, int]]:
    """The tables (a header over a delimiter row) that GFM reads as more rows of the table above
    them, with how many text lines join them."""
    kinds = None
    found: list[tuple[Table, int]] = []
    above: Table | None = None
    for table in sorted(tables(doc), key=lambda t: t.rows[0].line.number):
        rows = table.rows
        delimited = not table.undelimited and len(rows) >= 2 and not rows[0].delimiter and rows[1].delimiter
        if not delimited:
            above = None
            continue
        if kinds is None:
            kinds = {b.line: b.kind for b in doc.blocks}
        quoted = kinds.get(rows[0].line.number) == "quote"
        if not quoted and above is not None and kinds.get(above.rows[0].line.number) != "quote":
            last = max(r.line.number for r in above.rows if not r.stuck)
            between = range(last + 1, rows[0].line.number)
            if between and all(_joins(doc, kinds, n) for n in between):
                found.append((table, len(between)))
        above = table
    return found


def _joins(doc: Document, kinds: dict[int, str], number: int) -> bool:
    """A line GFM reads as one more row of the table above: text opening no block."""
    if kinds.get(number) != "text":
        return False
    line = doc.lines[number - 1]
    raw = doc.text[line.start : line.end]
    return bool(raw.strip()) and OPENS_BLOCK.match(raw) is None
