"""The table reader: the pipe tables of a document as GFM reads them (runs of table lines,
tables inside blockquotes, a plain line stuck under a table), plus runs of piped lines with
no delimiter row, which the Markdown blocks do not take as a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.document import Document, Line
from scrapelint.rules._tokens import cached
from scrapelint.rules.tables.model import Row, Table
from scrapelint.text.lazy import lazy
from scrapelint.text.markdown import DELIMITER_ROW, FENCE, HEADING, INNER_PIPE, LIST_ITEM, is_table_run, table_cells

#: A blockquote's markers at the start of a line ("> ", "> > ").
QUOTE_PREFIX = lazy(r"(?:[ \t]{0,3}+>[ \t]?+)++")


#: A quoted line, and one holding a pipe: one scan of the whole text tells whether the quoted
#: readers have anything to read.
QUOTED_LINE = lazy(r"^[ \t]{0,3}+>", re.MULTILINE)


QUOTED_PIPE = lazy(r"^[ \t]{0,3}+>[^\n|]*+\|", re.MULTILINE)


#: A line holding nothing but one pipe: it has no cell, so GFM reads it as no row.
LONE_PIPE = lazy(r"[ \t]*+\|[ \t]*+")


#: HTML block tags (CommonMark's kinds 1 and 6): a line opening with one starts an HTML block.
HTML_BLOCK_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir"
    "|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe"
    "|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section"
    "|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul"
)


#: A text line that opens a block of its own, so GFM ends a table above it rather than reading
#: the line as a row: a thematic break, an HTML block (a block tag, a comment or declaration, or
#: any lone tag on its line), or a line indented as code. Inline HTML followed by text is a row.
OPENS_BLOCK = lazy(
    r"[ \t]{0,3}+(?:([-*_])(?:[ \t]*+\1){2,}+[ \t]*+$"
    rf"|<(?:/?(?:{HTML_BLOCK_TAGS})(?:[ \t>]|/>|$)|!--|\?|![A-Za-z]|/?[A-Za-z][A-Za-z0-9-]*+[^<>\n]*+>[ \t]*+$))"
    r"|(?: {4}|\t)",
    re.IGNORECASE,
)


#: A line of a site generator's block markup, which only Markdown source holds (a scraper writes
#: the rendered text): a directive's or fenced div's fence (MyST ``:::{table}``, ``:::``, Pandoc
#: ``::: note``), a directive option or a d2lbook label (``:name: x``, ``:label:`tab```), a Liquid
#: tag (``{% endtab %}``), a Hugo shortcode (``{{< /tab >}}``), a kramdown attribute list
#: (``{: .wide}``) or an MkDocs admonition (``!!! note``). GFM knows none of them: right under a
#: table each is one more row.
SOURCE_MARKUP = lazy(
    r"[ \t]{0,3}+(?::{3,}+(?:[ \t]*+(?:\{[^}\n]*+\}|[A-Za-z][\w-]*+)[^\n]*+)?"
    r"|\{%[^\n]*%\}|\{\{[<%][^\n]*[>%]\}\}|\{:[^}\n]*+\}"
    r"|[!?]{3}+\+?+[ \t]++[A-Za-z][^\n]*+|:[A-Za-z][\w-]*+:(?:[ \t`][^\n]*+)?)[ \t]*+"
)


def tables(doc: Document) -> list[Table]:
    return cached(doc, "tables", _find_tables)


def _find_tables(doc: Document) -> list[Table]:
    found: list[Table] = []
    current: list[Row] = []
    lines = doc.lines
    taken: set[int] = set()
    #: After a lone pipe the run's lines are one paragraph (GFM ended the table there), unless a
    #: delimiter row among them opens a table again.
    after_lone: list[Row] = []
    for block in doc.blocks:
        if block.kind in ("table_row", "table_delimiter"):
            line = lines[block.line - 1]
            if (current or after_lone) and (current or after_lone)[-1].line.number != block.line - 1:
                _close_after_lone(after_lone, found, taken)
                if current:
                    found.append(Table(current))
                current = []
            if LONE_PIPE.fullmatch(doc.text, line.start, line.end):
                # A line of one pipe has no cell: GFM ends the table above it, and the piped
                # lines below carry on a paragraph (a converter put each row's closing pipe on
                # a line of its own). The rows below are read as rows with no delimiter row.
                if current:
                    found.append(Table(current))
                    current = []
                after_lone.append(Row(line, [], False))
                continue
            cells = [doc.text[s:e] for s, e in block.cells]
            # The prose blanks code spans to spaces, so an indent is read from the raw line, and
            # only where the prose line starts with white space at all.
            indent = _indent(doc.text[line.start : line.end]) if line.text[:1] in (" ", "\t") else 0
            row = Row(line, cells, block.kind == "table_delimiter", indent=indent)
            if after_lone:
                after_lone.append(row)
                continue
            current.append(row)
            taken.add(block.line)
        else:
            _close_after_lone(after_lone, found, taken)
            if current:
                found.append(Table(current))
                current = []
    _close_after_lone(after_lone, found, taken)
    if current:
        found.append(Table(current))
    kinds = {b.line: b.kind for b in doc.blocks}
    for table in found:
        _restore_empty_last_header_cell(table)
        _take_stuck_line(table, doc.text, lines, kinds)
    for table in _quoted_tables(doc, kinds):
        _restore_empty_last_header_cell(table)
        taken.update(r.line.number for r in table.rows)
        found.append(table)
    # Piped rows with no delimiter row, one blank line under a table: rows it lost (a quoted
    # table's too, its lines read with the quote's markers off).
    ends = _table_ends(found)
    bare = unquoted_lines(doc)[0]
    for table in found:
        if not any(r.delimiter for r in table.rows) and all(_opened(r.line) for r in table.rows):
            table.after_blank = _cut_off(table.rows, bare, ends)
    for table in list(found):
        if rows := _wrapped_past_blank(table, doc.text, bare, kinds):
            taken.update(r.line.number for r in rows)
            found.append(Table(rows, undelimited=True, wrapped=True))
    found.extend(_undelimited(doc, taken, ends))
    return found


def _table_ends(found: list[Table]) -> dict[int, int]:
    """The number of the last row of each table GFM renders (a line stuck under it included: GFM
    renders it as a row), with its header's width: a piped row one blank line below it was
    written as that table's row."""
    ends: dict[int, int] = {}
    for table in found:
        rows = table.rows
        if len(rows) >= 2 and not rows[0].delimiter and rows[1].delimiter:
            ends[rows[-1].line.number] = rows[0].width
    return ends


def _close_after_lone(rows: list[Row], found: list[Table], taken: set[int]) -> None:
    """The piped lines after a lone pipe: a table again only from a header over a delimiter row
    (GFM lets a table interrupt the paragraph there); lines above it, and a run with no delimiter
    row, stay untaken for the reader of rows with no delimiter row."""
    if not rows:
        return
    for i in range(1, len(rows) - 1):
        if rows[i + 1].delimiter and rows[i].cells and not rows[i].delimiter:
            table = [r for r in rows[i:]]
            found.append(Table(table))
            taken.update(r.line.number for r in table)
            break
    rows.clear()


def _quoted_tables(doc: Document, kinds: dict[int, str]) -> list[Table]:
    """Tables inside blockquotes ("> | a | b |" over "> |---|---|"), which GitHub renders as a
    table in the quote (callouts too). Each row is read with its quote markers taken off, as a
    :class:`Line` starting after them, so cells and findings keep their offsets in the text. A
    table is a run of quoted lines of one depth ("> >" on every row); it ends where the quote
    does (a line without the markers), and fenced code inside the quote is not read."""
    text = doc.text
    if ">" not in text or "|" not in text or not QUOTED_PIPE.search(text):
        return []
    lines = doc.lines
    found: list[Table] = []
    run: list[tuple[Line, str]] = []
    depth = 0
    fence: str | None = None
    #: The line above the run sets it off (start of the quote, an empty quoted line, a heading).
    set_off = True
    above_ok = True

    def close(next_line: Line | None) -> None:
        if run and is_table_run([body for _, body in run]):
            rows = []
            for line, body in run:
                cells = [text[s:e] for s, e in table_cells(body, line.start)]
                rows.append(Row(line, cells, DELIMITER_ROW.match(body) is not None, indent=_indent(body)))
            if above_ok and next_line is not None and len(rows) >= 2 and not rows[0].delimiter and rows[1].delimiter:
                rows.append(Row(next_line, [next_line.text.strip()], False, stuck=True))
            found.append(Table(rows))
        run.clear()

    for block in doc.blocks:
        line = lines[block.line - 1]
        if block.kind != "quote":
            close(None)
            fence, set_off, depth = None, True, 0
            continue
        raw = text[line.start : line.end]
        prefix = QUOTE_PREFIX.match(raw)
        p = prefix.end() if prefix else 0
        d = raw.count(">", 0, p)
        body = raw[p:]
        if d != depth:
            close(None)
            fence, set_off, depth = None, True, d
        marker = FENCE.match(body)
        if fence is not None or marker:
            close(None)
            if fence is None and marker:
                fence = marker.group(1)
            elif marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            set_off = False
            continue
        piped = bool(body.strip()) and INNER_PIPE.search(body) is not None
        if piped:
            if not run:
                above_ok = set_off
            run.append((Line(line.number, line.start + p, line.end, line.text[p:]), body))
            continue
        stuck = None
        if run and body.strip() and not HEADING.match(body) and not LIST_ITEM.match(body):
            stuck = Line(line.number, line.start + p, line.end, line.text[p:])
        close(stuck)
        set_off = not body.strip() or HEADING.match(body) is not None
    close(None)
    return found


def unquoted_lines(doc: Document) -> tuple[list[Line], dict[int, int]]:
    """The lines with their blockquote markers taken off (a :class:`Line` starting after them,
    so offsets stay those of the text), and the quote depth of each quoted line by number: the
    line checks read a quoted table as they read one outside a quote. A text with no quote
    gives its own lines and no depths."""
    return cached(doc, "unquoted_lines", _unquoted_lines)


def _unquoted_lines(doc: Document) -> tuple[list[Line], dict[int, int]]:
    text = doc.text
    if ">" not in text or not QUOTED_LINE.search(text):
        return doc.lines, {}
    lines = list(doc.lines)
    depths: dict[int, int] = {}
    for block in doc.blocks:
        if block.kind != "quote":
            continue
        line = lines[block.line - 1]
        prefix = QUOTE_PREFIX.match(text, line.start, line.end)
        if prefix:
            p = prefix.end() - line.start
            lines[block.line - 1] = Line(line.number, line.start + p, line.end, line.text[p:])
            depths[line.number] = text.count(">", line.start, prefix.end())
    return lines, depths


def _restore_empty_last_header_cell(table: Table) -> None:
    """ "a | b |" over "---|---|---": without outer pipes the final pipe opened an empty cell."""
    rows = table.rows
    if len(rows) < 2 or rows[0].delimiter or not rows[1].delimiter:
        return
    header = rows[0].line.text.strip()
    if not header.startswith("|") and header.endswith("|") and rows[1].width == rows[0].width + 1:
        rows[0].cells.append("")


def _take_stuck_line(table: Table, text: str, lines: list[Line], kinds: dict[int, str]) -> None:
    """A text line right under a GFM table (no blank line) renders as one more row of one cell.

    Only where the text sets the table off above (blank line, heading or start of text), or
    where the line is a site generator's markup (a directive's closing fence ``:::``, a Liquid
    tag, a shortcode), which only Markdown source holds: a scrape that separates every block
    with a single line break is not read as GFM. A line
    opened by a code span reads blank in the prose (its code blanked out) but is text to GFM;
    an HTML comment, blank in the prose too, opens an HTML block, which ends the table, as does
    any HTML block, a thematic break or a line indented as code.
    """
    rows = table.rows
    if len(rows) < 2 or rows[0].delimiter or not rows[1].delimiter:
        return
    number = rows[-1].line.number + 1
    if number > len(lines):
        return
    line = lines[number - 1]
    kind = kinds.get(number)
    raw = text[line.start : line.end]
    # A site generator's markup (a directive's closing fence under a table whose opening fence and
    # option lines GFM leaves as a paragraph over the header) is Markdown source whatever stands
    # above the table: no scrape writes it.
    markup = kind == "text" and SOURCE_MARKUP.fullmatch(raw) is not None
    if not markup and kinds.get(rows[0].line.number - 1, "blank") not in ("blank", "heading"):
        return
    if kind == "text" and OPENS_BLOCK.match(raw) is None:
        rows.append(Row(line, [line.text.strip()], False, stuck=True))
    elif kind == "blank" and raw.lstrip().startswith("`") and "|" not in raw:
        # Read from the raw line, so the finding covers the code the prose blanked.
        rows.append(Row(Line(line.number, line.start, line.end, raw), [raw.strip()], False, stuck=True))


def _undelimited(doc: Document, taken: set[int], ends: dict[int, int]) -> Iterator[Table]:
    """Three or more consecutive lines written as table rows with no delimiter row among them,
    which GFM renders as a paragraph of pipe text: lines split by pipes into the same number
    (3+) of cells, or lines each opened by a pipe with two or more filled cells. An opening pipe is
    GFM's own row syntax, so such lines are rows whatever their cell counts (GFM reads a body
    row's cells whatever their number); only the missing delimiter row keeps them from being
    a table. Lines with no opening pipe need three cells alike: "a | b" alone is prose.

    One or two rows opened by a pipe, one blank line under a table and as wide as its header,
    are that table's rows cut off by the blank line (a translation or an edit that put it before
    the last row): GFM ends the table at the blank line and renders them as text."""
    run: list[Row] = []
    depth = 0
    #: Every row of the run is opened by a pipe.
    opened_run = True

    #: The run follows a lone pipe right under a table's row.
    after_table = False
    #: A lone pipe sits among the run's lines, or right before or after them, in one paragraph.
    lone_near = False
    #: The last line read was a lone pipe (so a run starting on the next line is next to it).
    lone_above = False

    def close() -> Iterator[Table]:
        nonlocal after_table, lone_near
        opened = all(_opened(r.line) for r in run)
        lost = after_table and opened
        # A line of one pipe is no prose: next to rows opened by a pipe it is a row's closing pipe
        # a converter put on a line of its own, so even one such row is a table row lost to the
        # paragraph (GFM has no delimiter row there).
        # A delimiter row among them is another shape (cells and pipes each on a line of their own).
        stray = not lost and lone_near and opened and not any(DELIMITER_ROW.match(r.line.text) for r in run)
        cut = not lost and not stray and opened and _cut_off(run, lines, ends)
        if len(run) >= (1 if lost or stray or cut else 3):
            yield Table(list(run), undelimited=True, after_lone_pipe=lost, lone_pipe=stray, after_blank=cut)
        run.clear()
        after_table = lone_near = False

    lines, depths = unquoted_lines(doc)
    for line in lines:
        if depths and (level := depths.get(line.number, 0)) != depth:
            yield from close()
            depth = level
        if line.number not in taken and LONE_PIPE.fullmatch(line.text):
            if not run:
                # A row's closing pipe on a line of its own under a table: GFM ended the table
                # there, so even one row below it is a row lost to the paragraph.
                after_table = line.number - 1 in taken
            # Only a pipe in the raw line too: the prose blanks code spans, so "`a` |" reads alone.
            alone = LONE_PIPE.fullmatch(doc.text, line.start, line.start + len(line.text)) is not None
            if run:
                lone_near = lone_near or alone
            lone_above = alone
            continue  # the paragraph goes on
        lone_below, lone_above = lone_above, False
        eligible = line.number not in taken and line.text.count("|") >= 2 and INNER_PIPE.search(line.text)
        spans = table_cells(line.text, line.start) if eligible else ()
        cells = [line.text[s - line.start : e - line.start] for s, e in spans]
        # An opened line needs two filled cells, split in the raw line as GFM splits it (the
        # prose blanks code spans): a drawing of a tree ("| |-- bin/") opens its lines with
        # pipes too, each holding one entry.
        opened = (
            bool(cells)
            and _opened(line)
            and _filled(doc.text[line.start : line.start + len(line.text)], line.start) >= 2
        )
        if len(cells) < 3 and not opened:
            yield from close()
            continue
        if run and _pipes(line) != _pipes(run[0].line) and not (opened and opened_run):
            yield from close()
        if not run:
            opened_run = True
            lone_near = lone_near or lone_below
        opened_run = opened_run and opened
        run.append(Row(line, cells, False))
    yield from close()


def _cut_off(run: list[Row], lines: list[Line], ends: dict[int, int]) -> bool:
    """One or two rows right below a blank line that ends a table, each as wide as that table's
    header and none a delimiter row: rows of the table the blank line cut off."""
    if not run or len(run) > 2:
        return False
    first = run[0].line.number
    width = ends.get(first - 2)
    if width is None or first < 3 or lines[first - 2].text.strip():
        return False
    return all(r.width == width and not DELIMITER_ROW.match(r.line.text) for r in run)


def _wrapped_past_blank(table: Table, text: str, lines: list[Line], kinds: dict[int, str]) -> list[Row] | None:
    """The paragraph one blank line under a table whose last row is left open, when it reads as
    that row carried on and more of the table's rows: a table whose rows close with a pipe, its
    last row opened by a pipe but not closed (its cell text hard-wrapped), and under the blank
    line only lines that carry an open row on (no opening pipe) or rows opened by a pipe as wide
    as the header, with a closing pipe or another row among them. GFM ends the table at the blank
    line and renders the rest as a paragraph of pipe text."""
    rows = table.rows
    if table.undelimited or len(rows) < 3 or rows[0].delimiter or not rows[1].delimiter or rows[-1].stuck:
        return None
    header, last = rows[0], rows[-1]
    if not header.line.text.rstrip().endswith("|") or not _opened(last.line) or _closed(last.line):
        return None
    number = last.line.number + 1
    if number + 1 > len(lines) or lines[number - 1].text.strip():
        return None
    found: list[Row] = []
    left_open = True
    closing = False
    for line in lines[number:]:
        if not line.text.strip() or kinds.get(line.number) not in ("text", "table_row", "table_delimiter"):
            break
        raw = text[line.start : line.start + len(line.text)]
        spans = table_cells(raw, line.start)
        if _opened(line):
            if len(spans) != header.width or DELIMITER_ROW.match(raw):
                return None
            left_open = not _closed(line)
            closing = True
        elif left_open:
            closing = closing or _closed(line)
            left_open = not _closed(line)
        else:
            return None
        found.append(Row(line, [text[s:e] for s, e in spans], False, indent=_indent(raw)))
    return found if found and closing else None


def _closed(line: Line) -> bool:
    """The line ends with an unescaped pipe (a row's closing pipe)."""
    body = line.text.rstrip()
    return body.endswith("|") and not body.endswith("\\|")


def _filled(raw: str, start: int) -> int:
    """Cells of a raw line that hold any text."""
    return sum(1 for s, e in table_cells(raw, start) if e > s)


def _opened(line: Line) -> bool:
    """The line starts with a pipe, indented less than four columns (GFM reads a line indented
    four or more as code): written as a table row."""
    body = line.text.lstrip(" \t")
    return body.startswith("|") and _indent(line.text) < 4


def _pipes(line: Line) -> int:
    return len(INNER_PIPE.findall(line.text))


def _indent(text: str) -> int:
    """Columns of leading white space, a tab reaching the next multiple of four (as in GFM)."""
    return len(text[: len(text) - len(text.lstrip(" \t"))].expandtabs(4))


def unquoted(raw: str) -> str:
    """A line without its blockquote markers."""
    if ">" in raw[:8] and (prefix := QUOTE_PREFIX.match(raw)):
        return raw[prefix.end() :]
    return raw
