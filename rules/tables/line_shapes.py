"""Converter shapes read line by line, outside the table reader: a table joined onto one
line, a delimiter row with text glued on after its last pipe, and a table exploded into one
cell per line. GFM renders no table for any of them.
"""

from __future__ import annotations

from bisect import bisect_right

from scrapelint.model.document import Document, Line
from scrapelint.rules._tokens import cached
from scrapelint.rules.tables.model import Row
from scrapelint.rules.tables.reader import unquoted, unquoted_lines
from scrapelint.text.lazy import lazy
from scrapelint.text.markdown import DELIMITER_ROW, table_cells

#: A delimiter cell as converters write it: three or more dashes, optional alignment colons.
_TRIPLE_DASH = lazy(r":?-{3,}+:?")


#: A delimiter cell an editor's or typographer's smart dashes rewrote: a run of dashes holding
#: at least one en, em, figure or bar dash ("—", "——-", ":–:"). GFM reads none of them as a
#: delimiter cell.
_TYPO_DASH = lazy(r":?+-*+[\u2012-\u2015][-\u2012-\u2015]*+:?+")


#: A pipe opening a cell that starts with a typographic dash: where a smart-dash delimiter cell
#: may be (led by the pipe, so the scan looks for one character).
_TYPO_DASH_CELL = lazy(r"\|[ \t:]*+[\u2012-\u2015]")


#: A delimiter row (two or more cells) with text glued on after its last pipe.
GLUED_DELIMITER = lazy(r"[ \t]*+\|?+(?:[ \t]*+:?+-++:?+[ \t]*+\|){2,}+[ \t]*+(?=[^\s|:-])")


#: Where a dash, a pipe and text meet ("---|After"): the lines worth matching against
#: :data:`GLUED_DELIMITER`, found by one scan of the whole text.
GLUED_HINT = lazy(r"-:?+[ \t]*+\|[ \t]*+[^\s|:-]")


def exploded_runs(doc: Document) -> list[list[Line]]:
    """Runs of three or more prose lines that each end in a closing pipe, two or more of them
    holding one cell (text, then the pipe, no pipe before it), ended by a blank line or the end of
    the text: a table a converter wrote one cell per line, closing each with the pipe it would
    have put between cells. A one-column table opens its rows with a pipe too; lines that do are
    rows, not cells. A menu of links separated by pipes, one per line, ends with a last item
    that has no pipe after it, so its run is not ended by a blank line. One pass over the lines."""
    if "|\n" not in doc.text and not doc.text.rstrip().endswith("|"):
        return []
    kinds = {b.line: b.kind for b in doc.blocks}
    found: list[list[Line]] = []
    run: list[Line] = []
    single = 0
    depth = 0
    lines, depths = unquoted_lines(doc)
    for line in lines:
        if depths and (level := depths.get(line.number, 0)) != depth:
            # The quote ends (or nests deeper) as a blank line would: the run ends there.
            if len(run) >= 3 and single >= 2:
                found.append(list(run))
            run, single, depth = [], 0, level
        text = line.text.strip()
        kind = kinds.get(line.number)
        closed = kind in ("text", "quote") and text.endswith("|") and not text.endswith(("\\|", "||"))
        if closed and len(text) > 1:
            run.append(line)
            single += text.count("|") == 1
            continue
        if len(run) >= 3 and single >= 2 and not text:
            found.append(list(run))
        run, single = [], 0
    if len(run) >= 3 and single >= 2:
        found.append(run)
    return found


#: A line holding nothing but one pipe, indented less than four columns.
_LONE_PIPE = lazy(r"[ ]{0,3}+\|[ \t]*+")


def lone_pipe_runs(doc: Document) -> list[list[Line]]:
    """Blocks of lines (up to a blank line, a heading or code) holding three or more lines of one
    pipe each, the first and the last of them among those, and no line of two filled cells (a
    delimiter row aside): a converter kept the line breaks of an HTML table's cells, so each
    cell's text and each pipe between cells sit on lines of their own.
    A line of one pipe has no cell, so GFM reads no row there and renders no table. Blocks
    with a row of two filled cells are left to the table readers. One pass over the lines."""
    if "|" not in doc.text:
        return []
    kinds = {b.line: b.kind for b in doc.blocks}
    found: list[list[Line]] = []
    run: list[Line] = []
    lone = 0
    rowed = False
    lines, _ = unquoted_lines(doc)

    def close() -> None:
        # Opened and closed by a lone pipe, as a row is: links of a menu separated by pipes on
        # lines of their own start and end with an item.
        if lone >= 3 and not rowed and _LONE_PIPE.fullmatch(_raw(run[0])) and _LONE_PIPE.fullmatch(_raw(run[-1])):
            found.append(list(run))

    def _raw(line: Line) -> str:
        return doc.text[line.start : line.start + len(line.text)]

    for line in lines:
        kind = kinds.get(line.number)
        if kind in (None, "blank", "heading", "code") or not line.text.strip():
            close()
            run, lone, rowed = [], 0, False
            continue
        run.append(line)
        raw = doc.text[line.start : line.start + len(line.text)]
        if _LONE_PIPE.fullmatch(raw):
            lone += 1
        elif (
            "|" in raw
            and not DELIMITER_ROW.match(raw)
            and sum(1 for s, e in table_cells(raw, line.start) if e > s) >= 2
        ):
            rowed = True
    close()
    return found


def glued_delimiters(doc: Document) -> list[tuple[Line, int]]:
    """Delimiter rows with text glued on after their last pipe ("| --- | --- |After"), right
    under a row of as many cells, inside a blockquote or not: a converter wrote the next
    paragraph onto the delimiter line, which GFM then does not read as one, so there is no table.
    One scan of the whole text finds the lines where a dash, a pipe and text meet; only those
    are matched."""
    text = doc.text
    if "|" not in text or "-" not in text:
        return []
    starts = doc.line_starts
    lines = doc.lines
    numbers = sorted({bisect_right(starts, hint.start()) for hint in GLUED_HINT.finditer(text)})
    found = []
    for number in numbers:
        if number < 2:
            continue
        line = lines[number - 1]
        body = unquoted(text[line.start : line.end])
        match = GLUED_DELIMITER.match(body)
        if not match:
            continue
        tail = body[match.end() :]
        if "|" in tail or not any(ch.isalnum() for ch in tail):
            continue
        columns = len(table_cells(match.group(0), 0))
        above = lines[number - 2]
        above_text = unquoted(text[above.start : above.end])
        if "|" in above_text and len(table_cells(above_text, 0)) == columns:
            found.append((line, columns))
    return found


def collapsed_lines(doc: Document) -> list[tuple[Line, int]]:
    """Lines holding a whole table joined onto one line ("| a | b | |---|---| | 1 | 2 |"), with
    the column count: only lines with a run of dashes and four pipes are split into cells."""
    return cached(doc, "collapsed_tables", _collapsed_lines)


def _collapsed_lines(doc: Document) -> list[tuple[Line, int]]:
    text = doc.text
    if "|" not in text:
        return []
    typographic = _TYPO_DASH_CELL.search(text) is not None
    if "--" not in text and not typographic:
        return []
    kinds: dict[int, str] | None = None
    found = []
    for line in unquoted_lines(doc)[0]:
        text = line.text
        if "|" not in text or text.count("|") < 4:
            continue
        smart = typographic and _TYPO_DASH_CELL.search(text) is not None
        if "--" not in text and not smart:
            continue
        if kinds is None:
            kinds = {b.line: b.kind for b in doc.blocks}
        kind = kinds.get(line.number)
        if kind not in ("text", "table_row", "heading", "list_item", "quote"):
            continue
        cells = [text[s - line.start : e - line.start] for s, e in table_cells(text, line.start)]
        # Smart dashes count as delimiter cells only on a line that is a table on its own: inside
        # a table of several rows a "—" cell is a none-mark, and a row of them is a row.
        alone = kind != "table_row" or not (
            kinds.get(line.number - 1, "").startswith("table") or kinds.get(line.number + 1, "").startswith("table")
        )
        columns = _collapsed_columns(cells, smart and alone)
        if columns:
            found.append((line, columns))
    return found


def collapsed_row(row: Row) -> bool:
    return _collapsed_columns(row.cells) > 0


def _collapsed_columns(cells: list[str], smart: bool = False) -> int:
    """The column count when a run of delimiter cells (two or more, three dashes each) follows as
    many header cells, with at most one empty cell between (where the two lines were joined), and
    more cells follow the run: the header, its delimiter row and the body on one line.

    The header cells are the ones right before the run; text before them (a heading or caption
    the table was joined onto) is not part of it. GFM allows an empty header cell, so one of
    them may be empty when the others are named. With ``smart``, a delimiter cell may also be
    written in typographic dashes (an editor's smart dashes, a typographer's en and em dashes),
    and then no header cell may be a dash alone (a row of none-marks is not a header)."""

    def delimiter(cell: str) -> bool:
        return _TRIPLE_DASH.fullmatch(cell) is not None or (smart and _TYPO_DASH.fullmatch(cell) is not None)

    # Filled cells from each index to the end, so each run is judged without copying the row
    # (a row of thousands of cells with many short runs stays linear).
    filled_after = [0] * (len(cells) + 1)
    for i in range(len(cells) - 1, -1, -1):
        filled_after[i] = filled_after[i + 1] + (cells[i] != "")
    index = 0
    while index < len(cells):
        if not delimiter(cells[index]):
            index += 1
            continue
        end = index
        while end < len(cells) and delimiter(cells[end]):
            end += 1
        width = end - index
        before = index - 1 if index and not cells[index - 1] else index
        if width >= 2 and before >= width and filled_after[end] >= 2:
            header = cells[before - width : before]
            if _named_header(header, before > width) and not (smart and any(delimiter(c) for c in header)):
                return width
        index = end
    return 0


def _named_header(header: list[str], joined: bool) -> bool:
    """Every header cell named; or, when the table was joined onto text before it, all but one."""
    empty = header.count("")
    return empty == 0 or (joined and empty == 1 and len(header) > 2)
