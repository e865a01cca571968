"""Table rows that open an HTML block: a row written without a leading pipe whose line starts
with a block-level tag (``<div style="width: 17em">Name</div> | Description``), a comment or a
declaration.

GFM reads the start of an HTML block before it reads a table row, and such a block (CommonMark's
kinds 1 to 6) can interrupt a paragraph and a table alike: it runs to the next blank line (kinds
1 to 5 to their own end mark), and its lines are passed through as raw HTML. So a header line
that opens one renders no table at all, and a body row that opens one ends the table above it,
the rows from there on shown as raw text. A row opened by a pipe never starts with a tag; inline
tags (``<span>``, ``<b>``, ``<img>``) open no block and stay cells.

Markdown only: HTML blocks are Markdown source, and scraped text is not read as such.
"""

from __future__ import annotations

import re

from scrapelint.model.document import Document
from scrapelint.rules._tokens import cached
from scrapelint.rules.tables.model import Row, Table
from scrapelint.rules.tables.reader import HTML_BLOCK_TAGS, tables
from scrapelint.text.lazy import lazy

#: The start of an HTML block that may interrupt a paragraph (CommonMark's kinds 1 to 6): a raw
#: text tag (``<pre``, ``<script``, ``<style``, ``<textarea``), a comment, a processing
#: instruction, a declaration, CDATA, or an opening or closing block-level tag.
HTML_BLOCK_START = lazy(
    rf"<(?:/?(?:{HTML_BLOCK_TAGS})(?:[ \t>]|/>|$)|!--|\?|![A-Za-z]|!\[CDATA\[)",
    re.IGNORECASE,
)


def html_block_rows(doc: Document) -> list[tuple[Table, Row]]:
    """Each table (a header over a delimiter row) with its first row that opens an HTML block."""
    return cached(doc, "html_block_rows", _find)


def _find(doc: Document) -> list[tuple[Table, Row]]:
    if doc.format != "markdown" or "<" not in doc.text:
        return []
    found: list[tuple[Table, Row]] = []
    text = doc.text
    for table in tables(doc):
        rows = table.rows
        if table.undelimited or len(rows) < 2 or rows[0].delimiter or not rows[1].delimiter:
            continue
        for row in rows:
            if row.delimiter or row.stuck:
                continue
            # Read past the row's own indent: a table in a list item is indented as a whole.
            raw = text[row.line.start : row.line.end].lstrip(" \t")
            if HTML_BLOCK_START.match(raw):
                found.append((table, row))
                break
    return found
