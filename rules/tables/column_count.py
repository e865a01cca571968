"""TB001: a table row with more or fewer cells than the header."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Severity
from scrapelint.rules.tables.fit import cut_off, fits, last_row
from scrapelint.rules.tables.model import Row, Table, TableRule
from scrapelint.rules.tables.reader import tables
from scrapelint.rules.tables.repeats import holds_header
from scrapelint.rules.tables.sections import is_section_row
from scrapelint.rules.tables.spans import copied_label, spanned_label
from scrapelint.rules.tables.split_rows import continues, next_paragraph, stacked_rows


class ColumnCount(TableRule):
    """A table row with more or fewer cells than the header.

    ## What it does
    Compares each body row's cell count with the header's. Trailing empty cells do not
    count when the header itself ends in empty cells, so a row may leave off cells the
    header leaves empty; a hand-written row that stops (no closing pipe) before columns
    other rows also leave empty, each value under a column of its kind, is padded by GFM as
    its author meant, and so is a short row GFM pads into the very shape of a row written out in
    full (the same cells filled, each of the same kind, the rest empty); a short row whose values
    (two or more) line up by kind with the columns as far right as the cells it lacks lost a
    merged cell before them, however many rows share its shape, and so did a short row with a cell
    (not a figure) that repeats word for word a value a row written out in full holds that many
    columns further right, and none holds where GFM puts it (a type column under a metrics table
    whose first two cells only the group's first row writes). A row whose every
    filled cell is the tail of the cell above it (closing the bracket it left open, or, with
    no label of its own, carrying on its lower-case prose) is one row split over two lines,
    and so is a row with no label and one filled cell after an empty row, under a cell of
    prose (a cell's second paragraph), and a row with no label that leaves empty every figure
    column past the first which the row above fills, its text under unfinished text cells. A row whose cells list the same number of values
    (three or more, one per ``<br>`` or, for figures, one after another; one column of them
    figures only) is several rows a converter stacked into one. In a converter's table (every
    line written "| a | b |", one space around each cell, or "|a|b|"), a row whose label cell is
    empty under a labelled row, its other cells filled, lost a merged (rowspan) label; and a row
    whose text label is repeated in the next cell, a column of figures, had a spanning label
    copied into both columns. A body row indented four or more columns past the header (a
    borderless table's right-aligned figures padded with spaces) is indented code in GFM, and
    the table ends above it. A section row, a text label alone in its first cell
    ("| **Playback** |", or a label then empty cells) that GFM pads into a sub-header, is left
    alone when it labels the full rows below it: the table opens on such a label or holds two
    or more, has two or more full rows and one delimiter row, and the label row is closed with a
    pipe as the header is. A line of colons alone right under a table (a MyST or Pandoc
    directive's closing fence, ``:::``) is one more row to GFM, whatever stands above the table:
    no scrape writes such a line, so the table need not be set off above. A row that repeats the header,
    and the last row of a table cut off mid-row, are reported by TB004 and TB006 instead.

    ## Why it matters
    A row with the wrong number of cells shifts every value after it into the wrong
    column; a Markdown renderer drops the extra cells or pads the missing ones silently.

    Measured: precision 0.83 (43 broken tables found, 9 clean tables flagged) on 2,109 clean
    tables from 87 repositories and 76 broken tables (validation half, `python
    bench/tables.py`; rounds 6, 7 and 9 each measured once before their changes); info until
    it reaches 0.9. Split rows (a row that only carries on the cells above it) find three tuning
    cases and no validation case, and flag one validation table whose author did split a row.
    Stacked rows (cells listing the same number of values) find three tuning cases and, in
    round 9's validation part, six PDF converter tables (a kind named while that round was
    recorded), and flag no clean table. Rows whose value cells hold two figures each (three or
    more such cells; round 10, from docling's converter output) find two tuning cases, no new
    validation case, and flag no clean table of either half. Empty and copied labels in a
    converter's table (round 12, tuning only, first pass 6/10 for all TB rules) find two tuning
    cases and flag no clean table of either half (no clean tuning table of 1,611 has either shape
    in that layout; hand-padded tables group rows under an empty first cell and are left alone).
    Rows padded like a full row and rows whose values belong further right (round 22, tuning)
    find one tuning case (a flattened rowspan in scraped release notes) and clear seven clean
    tuning tables (a course table's quiz rows). Section rows (round 27, tuning; first pass 9/11
    clean tables, both flagged tables written with section rows) clear both and keep every
    tuning broken case.
    A site generator's markup under a table whatever stands above it (round 31, tuning) finds
    six tuning cases (MyST directive fences) and flags no clean tuning table or file.

    ## Example
    "| Year | Budget | Change |" followed by "| 2024 | 61.5 |" is flagged: expected 3
    cells, found 2.

    ## Use instead
    "| Year | Budget | Change |" followed by "| 2024 | 61.5 | 5.6% |"

    ## Fix safety
    No fix: the lost, merged or moved cells cannot be rebuilt from the text alone.

    ## Options
    None.
    """

    code = "TB001"
    name = "table-column-count"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        for table in tables(doc):
            header = table.header
            if header is None:
                continue
            code_row = _code_row(table, header)
            if code_row is not None:
                yield self.row_finding(
                    code_row,
                    f"row indented {code_row.indent - header.indent} columns past the"
                    " header: GFM reads it as indented code, so the table ends above it",
                    expected=header.width,
                    actual=0,
                )
                continue
            above: Row | None = None
            spacer = False
            # Once per table: read per row, it made a table of many short rows quadratic.
            last = last_row(table)
            for row in table.body:
                if row.stuck:
                    yield self.row_finding(
                        row,
                        "this line sits directly under the table, so Markdown reads it as a one-cell row;"
                        " a blank line belongs before it",
                        expected=header.width,
                        actual=1,
                    )
                    continue
                blank = not any(row.cells)
                stacked = stacked_rows(row)
                if stacked:
                    yield self.row_finding(
                        row,
                        f"this row holds {stacked} rows stacked in its cells (each cell lists {stacked} values):"
                        " the rows were joined into one",
                        expected=stacked,
                        actual=1,
                    )
                    above, spacer = row, False
                    continue
                if is_section_row(table, row, header):
                    # a label naming the rows below it: nothing above it carries on into them
                    above, spacer = None, False
                    continue
                previous, spaced = above, spacer
                if blank:
                    spacer = True
                else:
                    above, spacer = row, False
                if fits(row, header, table) or holds_header(row, header):
                    if blank or previous is None:
                        continue
                    if continues(row, previous, header, table) or (spaced and next_paragraph(row, previous)):
                        yield self.row_finding(
                            row,
                            "this row carries on the cells of the row above: one row was split over two lines",
                            expected=header.width,
                            actual=sum(1 for cell in row.cells if cell),
                        )
                        continue
                    if copied_label(table, row, header):
                        yield self.row_finding(
                            row,
                            "this row's label is copied into the next column, a column of figures: a merged"
                            " (colspan) cell was written into each column it spans",
                            expected=header.width,
                            actual=header.width - 1,
                        )
                        continue
                    if spanned_label(table, row, header):
                        yield self.row_finding(
                            row,
                            "this row's first cell is empty where the rows above name theirs, in a converter's"
                            " table: a merged (rowspan) cell was written once and left empty below",
                            expected=header.width,
                            actual=header.width - 1,
                        )
                    continue
                if row is last and cut_off(row, header, table):
                    continue
                yield self.row_finding(
                    row,
                    f"table row has {row.width} cells, the header has {header.width}",
                    expected=header.width,
                    actual=row.width,
                )


def _code_row(table: Table, header: Row) -> Row | None:
    """The first body row indented four or more columns past the header, in a GFM table.

    GFM ends a table at a line an indented code block may open: a table is no paragraph, so a
    row indented four columns past the block the table sits in is code, not a row (a borderless
    table whose right-aligned first column is padded with spaces loses its body so). Counting
    from the header's own indent keeps a table inside a list item, indented as the item's text
    is, a table. An empty spacer row padded to the columns is left alone: renderers that let a
    table row interrupt nothing (goldmark, markdown-it) keep it, and it holds no value to lose.
    One pass over the rows."""
    rows = table.rows
    if table.undelimited or len(rows) < 3 or not rows[1].delimiter:
        return None
    limit = header.indent + 4
    for row in rows[2:]:
        if not row.stuck and not row.delimiter and row.indent >= limit and any(row.cells):
            return row
    return None
