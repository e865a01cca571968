"""Just enough Markdown structure for linting scraped text.

Scrapers emit Markdown-ish text whatever the file is called, so block
detection (headings, list items, pipe-table rows, fenced code, quotes) runs on
every document; front matter, inline code and HTML comments are recognised in
Markdown files only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from scrapelint.model.document import Line, lines_of

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*(?:\r?\n|\Z)", re.S | re.M)
FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
SUPPRESSION_COMMENT = re.compile(r"<!--\s*scrapelint\s*:.*?-->", re.S | re.I)

HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•·▪►]|\d{1,3}[.)])[ \t]+")
QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
OUTER_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
INNER_PIPE = re.compile(r"(?<!\\)\|")
#: Possessive runs (``*+``): spaces and dashes are never handed back, so a long run of spaces is
#: scanned once instead of split every way between the adjacent ``[ \t]*`` (same matches).
DELIMITER_ROW = re.compile(r"^[ \t]*+\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*\|?[ \t]*+$")


@dataclass(frozen=True, slots=True)
class Block:
    """One line-level Markdown block.

    ``content_start`` skips the block marker (``#``, ``-``, ``>``); ``cells``
    holds the ``(start, end)`` spans of a table row's cells, trimmed.
    """

    kind: str
    start: int
    end: int
    line: int
    content_start: int
    level: int = 0
    cells: tuple[tuple[int, int], ...] = field(default=())


def front_matter_span(text: str) -> tuple[int, int] | None:
    match = FRONT_MATTER.match(text)
    return (0, match.end()) if match else None


def code_spans(text: str, *, markdown: bool) -> list[tuple[int, int]]:
    """Spans rules must not read: fenced code everywhere; more in Markdown files."""
    spans: list[tuple[int, int]] = list(_suppression_comments(text))
    spans.extend(_fenced_code(text))
    if markdown:
        front = front_matter_span(text)
        if front:
            spans.append(front)
        spans.extend(_closed_comments(HTML_COMMENT, text))
        spans.extend(inline_code_spans(text))
    return spans


def inline_code_spans(text: str) -> list[tuple[int, int]]:
    """Code spans of Markdown prose. A span never runs over a blank line, nor from or into a
    table row: GFM splits a table into rows by line, and each row into cells, before it reads
    inline code, so a backtick run a row leaves unclosed is literal and the search goes on just
    after it (an empty default written as two backticks does not hide the rows below)."""
    spans: list[tuple[int, int]] = []
    rows: set[int] | None = None
    pos = 0
    while match := INLINE_CODE.search(text, pos):
        body = match.group()
        if "\n\n" in body:
            pos = match.end()
            continue
        if "\n" in body and "|" in text:
            if rows is None:
                rows = _raw_table_rows(text)
            first = text.count("\n", 0, match.start()) + 1
            if rows.intersection(range(first, first + body.count("\n") + 1)):
                pos = match.start() + len(match.group(1))
                continue
        spans.append((match.start(), match.end()))
        pos = match.end()
    return spans


def _raw_table_rows(text: str) -> set[int]:
    """Numbers of the lines that read as pipe-table rows in the raw text (before code spans)."""
    lines = lines_of(text)
    return _table_line_numbers(text, lines, _code_line_numbers(text, lines))


def _suppression_comments(text: str) -> Iterable[tuple[int, int]]:
    if "scrapelint" not in text:
        return ()
    return _closed_comments(SUPPRESSION_COMMENT, text)


def _closed_comments(pattern: re.Pattern[str], text: str) -> Iterable[tuple[int, int]]:
    """Spans of ``pattern``'s comments, searched only up to the text's last ``-->``.

    An opening after the last closing mark can match nothing, yet a lazy ``.*?-->`` would read
    to the end of the text for each one: a text of openings only would cost its square.
    """
    last_close = text.rfind("-->")
    if last_close < 0:
        return ()
    return ((m.start(), m.end()) for m in pattern.finditer(text, 0, last_close + 3))


#: After a fence line: a blank line, then some text (the fence stood alone before a paragraph).
_BLANK_THEN_TEXT = re.compile(r"[ \t]*+\r?\n[ \t]*+\r?\n\s*+\S")


def dangling_closer(text: str, line_start: int, line_end: int) -> bool:
    """Whether a fence never closed by the end of the text closes a block whose opening was cut off.

    A bare fence (no info string) followed by a blank line and more text is where a code block
    ends: an opening fence introduces code on the next line, while a closing fence is followed by
    a paragraph. An excerpt that starts inside a block, or a reply wrapping a file with fences of
    its own, leaves such a closer unmatched; the text after it is prose, not code.
    """
    line = text[line_start:line_end]
    match = FENCE.match(line)
    if match is None or line[match.end() :].strip():
        return False
    return _BLANK_THEN_TEXT.match(text, line_end) is not None


def _fenced_code(text: str) -> Iterable[tuple[int, int]]:
    if "```" not in text and "~~~" not in text:
        return
    offset = 0
    fence: str | None = None
    fence_start = fence_end = 0
    for line in text.splitlines(keepends=True):
        match = FENCE.match(line)
        if fence is None and match:
            fence, fence_start, fence_end = match.group(1), offset, offset + len(line.rstrip("\r\n"))
        elif fence is not None and match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
            yield fence_start, offset + len(line.rstrip("\r\n"))
            fence = None
        offset += len(line)
    if fence is not None:
        yield fence_start, fence_end if dangling_closer(text, fence_start, fence_end) else len(text)


def blank_out(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Replace every character of ``spans`` except line breaks with a space."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def table_cells(line_text: str, line_start: int) -> tuple[tuple[int, int], ...]:
    """Trimmed cell spans of a pipe-table row (escaped ``\\|`` does not split)."""
    bounds = [i for i, ch in enumerate(line_text) if ch == "|" and (i == 0 or line_text[i - 1] != "\\")]
    stripped = line_text.strip()
    edges = [-1, *bounds, len(line_text)]
    cells = []
    for left, right in itertools.pairwise(edges):
        raw = line_text[left + 1 : right]
        if left == -1 and stripped.startswith("|") and not raw.strip():
            continue
        if right == len(line_text) and stripped.endswith("|") and not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        begin = line_start + left + 1 + lead
        cells.append((begin, begin + len(body)))
    return tuple(cells)


def parse_blocks(text: str, lines: Sequence[Line], markdown: bool) -> list[Block]:
    """Classify each line; ``lines`` come from the document's blanked prose."""
    code_lines = _code_line_numbers(text, lines)
    table_lines = _table_line_numbers(text, lines, code_lines)
    blocks: list[Block] = []
    for line in lines:
        body = line.text
        if body[:1].isalpha() and line.number not in code_lines and line.number not in table_lines:
            # A line that starts with a letter is running text: no marker to skip, no indent.
            blocks.append(Block("text", line.start, line.end, line.number, line.start))
            continue
        kind, content, level, cells = "text", line.start, 0, ()
        if line.number in code_lines:
            kind = "code"
        elif line.is_blank:
            kind = "blank"
        elif match := HEADING.match(body):
            kind, level, content = "heading", len(match.group(1)), line.start + match.end()
        elif line.number in table_lines:
            # GFM splits a row into cells before reading inline code, so split the raw line
            raw = text[line.start : line.start + len(body)]
            kind, cells = "table_row", table_cells(raw, line.start)
            if DELIMITER_ROW.match(raw):
                kind = "table_delimiter"
        elif match := LIST_ITEM.match(body):
            indent = len(body) - len(body.lstrip())
            kind, level, content = "list_item", indent, line.start + match.end()
        elif match := QUOTE.match(body):
            kind, content = "quote", line.start + match.end()
        if kind in ("text", "list_item", "quote", "heading"):
            lead = len(text[content : line.end]) - len(text[content : line.end].lstrip())
            content += lead
        blocks.append(Block(kind, line.start, line.end, line.number, content, level, cells))
    return blocks


def _table_line_numbers(text: str, lines: Sequence[Line], code_lines: set[int]) -> set[int]:
    """Pipe-table rows: lines with outer pipes, or runs of piped lines with a delimiter row.

    A lone ``ALSO READ | headline`` line is not a table; ``a | b`` rows are
    table rows only when their run of piped lines holds a delimiter row. Lines
    are read raw: a pipe inside inline code still splits a GFM row.
    """
    numbers: set[int] = set()
    if "|" not in text:
        return numbers
    run: list[str] = []
    run_numbers: list[int] = []

    def close() -> None:
        if is_table_run(run):
            numbers.update(run_numbers)
        run.clear()
        run_numbers.clear()

    for line in lines:
        raw = text[line.start : line.start + len(line.text)]
        if ">" in raw[:4] and QUOTE.match(raw):
            # A quoted line is no row of an unquoted table: GFM ends a table where a quote
            # begins or ends (tables inside quotes are read with their markers taken off).
            if run:
                close()
            continue
        if line.number not in code_lines and line.text.strip() and INNER_PIPE.search(raw):
            run.append(raw)
            run_numbers.append(line.number)
        elif run:
            close()
    if run:
        close()
    return numbers


def is_table_run(run: Sequence[str]) -> bool:
    """Whether consecutive piped lines (read raw, blockquote markers taken off) are a table:
    a delimiter row among them, two rows with outer pipes, or one such row of three pipes."""
    if any(DELIMITER_ROW.match(r) and "-" in r for r in run):
        return True
    outer = sum(1 for r in run if OUTER_PIPE_ROW.match(r))
    return outer >= 2 or (outer == 1 and len(run) == 1 and run[0].count("|") >= 3)


def _code_line_numbers(text: str, lines: Sequence[Line]) -> set[int]:
    """Lines that fenced code (blanked in prose) occupies, judged from the raw text."""
    if "```" not in text and "~~~" not in text:
        return set()
    numbers: set[int] = set()
    fence: str | None = None
    opener: Line | None = None
    for line in lines:
        raw = text[line.start : line.end]
        match = FENCE.match(raw)
        if fence is None and match:
            fence, opener = match.group(1), line
            numbers.add(line.number)
        elif fence is not None:
            numbers.add(line.number)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
    if fence is not None and opener is not None and dangling_closer(text, opener.start, opener.end):
        numbers = {n for n in numbers if n <= opener.number}
    return numbers
