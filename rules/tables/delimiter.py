"""TB003: a table whose delimiter row is missing, malformed, misplaced or alone."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.document import Document, Line
from scrapelint.model.finding import Finding, Severity
from scrapelint.rules.tables.continuation import lazy_tables
from scrapelint.rules.tables.grid import grid_tables
from scrapelint.rules.tables.html_block import html_block_rows
from scrapelint.rules.tables.joined import joined_tables
from scrapelint.rules.tables.line_shapes import (
    collapsed_lines,
    collapsed_row,
    exploded_runs,
    glued_delimiters,
    lone_pipe_runs,
)
from scrapelint.rules.tables.model import Row, Table, TableRule
from scrapelint.rules.tables.reader import tables
from scrapelint.text.lazy import lazy

#: A cell that tries to be a delimiter (dashes, colons, equals signs) without being a valid one:
#: only those characters, with two dashes or equals signs in a row. Two tests, each linear; the
#: single pattern ``^[\s:=_~-]*[-=]{2,}[\s:=_~-]*$`` backtracks cubically on a long dash run.
DELIMITER_CHARS = lazy(r"[\s:=_~-]*")


DELIMITER_RUN = lazy(r"[-=]{2}")


#: A delimiter row written inside a cell with its pipes escaped (``\\| --- \\| --- \\|``, any
#: number of backslashes): a table nested in the cell, flattened into its text.
NESTED_DELIMITER = lazy(r"\\++\|[ \t]*+:?-{3,}+:?[ \t]*+\\++\|")


#: A code span in a row's text (its content is shown, not parsed).
CODE_SPAN = lazy(r"`[^`\n]*+`")


class DelimiterRow(TableRule):
    """A table whose delimiter row (``|---|---|``) is missing, malformed, misplaced or alone.

    ## What it does
    Flags a piped table with no delimiter row (three or more lines of as many cells, three
    or more each, or three or more lines each opened by a pipe, GFM's row syntax, whatever
    their cell counts), a second row that tries to be one but
    is not (``|===|===|``, or a cell count different from the header), a delimiter row
    that is not right under the header, and a delimiter row with no table around it. Also a
    whole table joined onto one line, even after a heading, caption or list marker, and even
    when its delimiter cells are typographic dashes (``|—|—|``, on a line that is a table on
    its own, where a "—" cell cannot be a none-mark); a delimiter row with text glued on after
    its last pipe ("| --- | --- |After"), under a row of as many cells, in a blockquote or not
    (GFM reads no delimiter row there); a table written right under a list item's or a
    blockquote's text with no blank line, less indented than the item's text or without the
    quote's marker, the list or quote set off above by a blank line or a heading (a lazy
    continuation line: GFM reads the table as more of that text), and a table indented four or
    more columns past the first line of a paragraph right above it, set off above (an MkDocs
    admonition's or content tab's body under ``!!! note`` or ``=== "Tab"`` with no blank line:
    indented code cannot interrupt a paragraph); a table
    under another with only text lines between them (a caption) and no blank line, which GFM
    reads as more rows of the table above, its delimiter row a row of dashes; a table
    nested in a cell with its pipes escaped (its delimiter row, ``\\| --- \\|``, inside the cell,
    outside code spans); and a table exploded into one cell per line (three or more lines each
    closed by a pipe, two or more of them one cell, ended by a blank line: a menu of links
    separated by pipes ends with an item that has none). A line holding only a pipe has no
    cell, so GFM ends a table there: the piped lines under it are a paragraph, read as rows with
    no delimiter row (one row opened by a pipe is enough right under such a line, or beside one
    in a paragraph with no table above: a row's closing pipe on a line of its own); a block of
    three or more such lines and no row of two filled cells is a
    table whose cells and pipes each kept a line of their own. A grid table (``+---+`` borders
    round ``| a | b |`` lines, pandoc's syntax) is none in GFM either. A body row of lone dashes
    ("| - | - |") under a delimiter row written otherwise is a row of none-marks, not a
    delimiter row. One or two rows opened by a pipe, one blank line under a table and each as
    wide as its header, are that table's rows cut off by the blank line: GFM ends the table there
    and renders them as text. So is the paragraph one blank line under a table whose last row is
    opened by a pipe and not closed (its cell text hard-wrapped, one wrap leaving a blank line),
    when it holds only that row's rest and rows as wide as the header. In Markdown, a row with
    no leading pipe whose line starts with a block-level HTML tag, a comment or a declaration
    (``<div style="width: 17em">Name</div> | Note``) opens an HTML block that runs to the next
    blank line: as the header it leaves no table, as a body row it ends the table above it.

    ## Why it matters
    Without a valid delimiter row directly under the header, Markdown does not render
    a table at all, and tools that read tables cannot tell the header from the body.

    Measured: precision 1.00 (24 found, no clean table flagged) on 2,109 clean tables from 87
    repositories and 76 broken tables (validation half, `python bench/tables.py`). Nested and
    exploded tables (round 12, tuning cases from converter reports) find three tuning cases and
    flag no clean table of either half and nothing in the 1,151 real page renderings of the
    boilerplate bench. Rows opened by a pipe with two cells or uneven counts (round 21, tuning)
    find three tuning cases (a converted wiki table, a converter's services table, Confluence
    markup) and flag no clean tuning table and no clean tuning page of the gate bench. Lone
    pipes, cells on lines of their own and grid tables (round 22, tuning) find three tuning cases
    (scraped translated documentation, pandoc output) and flag no clean tuning table and no
    clean tuning page of the gate bench. Rows a blank line cut off and tables indented under an
    admonition's line (round 31, tuning) find four tuning cases and flag no clean tuning table,
    whole clean tuning file or gate page. Header rows opening an HTML block and rows wrapped past
    a blank line (round 32, tuning) find two tuning cases (a government site's table widened with
    a styled ``<div>``, a scraped role table) and flag no clean tuning table or whole clean tuning
    file.

    ## Example
    "| Year | Budget |" then "| 2024 | 61.5 |" then "|---|---|" is flagged at the
    misplaced delimiter row.

    ## Use instead
    "| Year | Budget |" then "|---|---|" then "| 2024 | 61.5 |"

    ## Fix safety
    No fix: the lost, merged or moved cells cannot be rebuilt from the text alone.

    ## Options
    None.
    """

    code = "TB003"
    name = "table-delimiter-row"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for table in tables(doc):
            yield from self._check_table(table)
        for table, owner in lazy_tables(doc):
            where = (
                "indented as code right under a paragraph's text, with no blank line"
                if owner == "paragraph"
                else f"right under a {owner}'s text, with no blank line and not inside the {owner}"
            )
            yield self.row_finding(
                table.rows[0],
                f"this table starts {where}: GFM reads its {len(table.rows)} lines as more of that text and"
                " renders no table",
                actual=len(table.rows),
            )
        for table, row in html_block_rows(doc):
            if row is table.rows[0]:
                message = (
                    "this table's header line starts with a block-level HTML tag: GFM reads an HTML block from"
                    f" it to the next blank line, so its {len(table.rows)} lines show as raw text and no table"
                    " renders"
                )
            else:
                message = (
                    "this row starts with a block-level HTML tag and no pipe: GFM ends the table above it and"
                    " reads an HTML block from it to the next blank line, so the rows from here show as raw text"
                )
            yield self.row_finding(row, message, actual=len(table.rows))
        for table, between in joined_tables(doc):
            yield self.row_finding(
                table.rows[1],
                f"{between} text line(s) and no blank line between this table and the one above: GFM reads"
                " one table, so this header is a body row and this delimiter row a row of dashes",
                actual=between,
            )
        for run in exploded_runs(doc):
            yield self.finding(
                run[0].start + len(run[0].text) - len(run[0].text.lstrip()),
                run[-1].start + len(run[-1].text.rstrip()),
                f"{len(run)} lines each closed by a pipe, most holding one cell: a table exploded into one cell"
                " per line, with no delimiter row, so Markdown renders no table",
                actual=len(run),
            )
        for run in lone_pipe_runs(doc):
            yield self.finding(
                run[0].start + len(run[0].text) - len(run[0].text.lstrip()),
                run[-1].start + len(run[-1].text.rstrip()),
                f"{sum(1 for line in run if line.text.strip() == '|')} lines holding only a pipe: a table written one"
                " cell per line, each pipe on a line of its own, with no delimiter row, so Markdown renders no table",
                actual=len(run),
            )
        for run in grid_tables(doc):
            yield self.finding(
                run[0].start + len(run[0].text) - len(run[0].text.lstrip()),
                run[-1].start + len(run[-1].text.rstrip()),
                f"a grid table of {len(run)} lines (+---+ borders): GFM has no grid tables and no delimiter row"
                " here, so Markdown renders no table",
                actual=len(run),
            )
        for line, columns in glued_delimiters(doc):
            message = f"text glued onto the delimiter row of a {columns}-column table: GFM reads no delimiter row there"
            yield self._whole_line(line, message, columns)
        for line, columns in collapsed_lines(doc):
            message = f"a table of {columns} columns collapsed onto one line: its delimiter row sits inside the line"
            yield self._whole_line(line, message, columns)

    def _whole_line(self, line: Line, message: str, columns: int) -> Finding:
        """A finding over a line's text, less its indent and trailing space."""
        return self.finding(
            line.start + len(line.text) - len(line.text.lstrip()),
            line.start + len(line.text.rstrip()),
            f"{message}, so Markdown renders no table",
            expected=columns,
        )

    def _check_table(self, table: Table) -> Iterator[Finding]:
        rows = table.rows
        for row in rows:
            if not row.delimiter and _nests_table(row):
                yield self.row_finding(
                    row,
                    "a table nested in this row's cell: its delimiter row sits inside the cell with escaped pipes,"
                    " so Markdown shows the inner table as text",
                )
        if len(rows) == 1 and rows[0].delimiter:
            yield self.row_finding(rows[0], "delimiter row with no table around it")
            return
        if rows[0].delimiter:
            yield self.row_finding(rows[0], "delimiter row opens the table: the header row is missing")
            return
        header = rows[0]
        delimiters = [i for i, r in enumerate(rows) if r.delimiter]
        if len(rows) > 1 and not rows[1].delimiter and _malformed(rows[1], header):
            yield self.row_finding(rows[1], "malformed delimiter row (cells must be dashes with optional colons)")
            return
        if not delimiters:
            if table.wrapped:
                yield self.row_finding(
                    header,
                    "a blank line splits a row of the table above (its last row has no closing pipe: the cell"
                    f" text was wrapped onto more lines): GFM ends the table there and renders these {len(rows)}"
                    " line(s), the rest of that row and the rows under it, as text",
                    actual=len(rows),
                )
                return
            if table.after_lone_pipe and not collapsed_row(header):
                yield self.row_finding(
                    header,
                    f"a line holding only a pipe ended the table above, so GFM renders these {len(rows)} row(s)"
                    " as text: a row's closing pipe was put on a line of its own",
                    actual=header.width,
                )
                return
            if table.after_blank:
                yield self.row_finding(
                    header,
                    f"a blank line cut {'this row' if len(rows) == 1 else 'these rows'} off the table above"
                    f" ({header.width} cells, as wide as its header): GFM ends the table at the blank line and"
                    " renders the row as text",
                    expected=header.width,
                    actual=header.width,
                )
                return
            if table.lone_pipe and not collapsed_row(header):
                yield self.row_finding(
                    header,
                    f"a line holding only a pipe sits by these {len(rows)} piped row(s), with no delimiter row:"
                    " a row's closing pipe was put on a line of its own, and GFM renders the rows as text",
                    actual=header.width,
                )
                return
            if len(rows) >= 2 and (table.undelimited or all(r.outer for r in rows)) and not collapsed_row(header):
                yield self.row_finding(
                    header, f"table of {len(rows)} rows has no delimiter row under its header", actual=header.width
                )
            return
        first = delimiters[0]
        if first > 1:
            yield self.row_finding(rows[first], f"delimiter row is row {first + 1}; it belongs right under the header")
        elif rows[1].width != header.width:
            yield self.row_finding(
                rows[1],
                f"delimiter row has {rows[1].width} cells, the header has {header.width}",
                expected=header.width,
                actual=rows[1].width,
            )
        for i in delimiters[1:]:
            if rows[i - 1].key != header.key and not _placeholder_row(rows[i], rows[first]):
                yield self.row_finding(rows[i], f"extra delimiter row at row {i + 1} inside the table")


def _placeholder_row(row: Row, delimiter: Row) -> bool:
    """A body row whose every cell is a lone dash ("| - | - |"), under a delimiter row written
    otherwise ("|---|---|"): GFM has one delimiter row per table and renders this as a row of
    "none" marks, which is what an author writes for a record with nothing to list. A delimiter
    row a converter emitted again is written like the table's own."""
    if not all(cell == "-" for cell in row.cells):
        return False
    return not all(cell.strip(":") == "-" for cell in delimiter.cells)


def _nests_table(row: Row) -> bool:
    """A cell holding a whole table whose pipes were escaped (a nested table a converter
    flattened into its outer cell): an escaped delimiter run outside code spans."""
    text = row.line.text
    if "\\" not in text or "---" not in text:
        return False
    if "`" in text:
        text = CODE_SPAN.sub("", text)
    return NESTED_DELIMITER.search(text) is not None


def _malformed(row: Row, header: Row) -> bool:
    filled = [c for c in row.cells if c]
    return bool(filled) and all(_delimiter_like(c) for c in filled)


def _delimiter_like(cell: str) -> bool:
    return DELIMITER_CHARS.fullmatch(cell) is not None and DELIMITER_RUN.search(cell) is not None
