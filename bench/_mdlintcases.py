"""Read markdownlint's own test fixtures (``test/*.md``) as table cases: each table with the
rows markdownlint expects MD056 (table-column-count) on.

markdownlint marks expected errors inline, as its scenario test reads them: ``{MD056}`` on a
line expects the error on that line, ``{MD056:-2}`` (``+N``) on the line that many before
(after), ``{MD056:7}`` on line 7. A file's ``markdownlint-disable-file`` and
``markdownlint-configure-file`` comments, and ``disable``/``enable`` (``-line``,
``-next-line``) comments, turn rules off; its scenario test passes no other configuration,
so every rule is on otherwise.

Tables are found as GFM finds them (markdown-it with its table rule: fenced code, HTML
comments and blocks, lists and blockquotes are read as Markdown reads them). A case is the
block holding the table, from the blank line before it to the blank line after it, as the
fixture has it: a line of text right above or below a table belongs to what GFM reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import pairwise

from bench.tables_sources import cells

MARKER = re.compile(r"\{(MD\d+)(?::([-+]?)(\d+))?\}")
COMMENT = re.compile(r"<!--\s*markdownlint-([a-z-]+)(.*?)-->", re.S)
#: The names markdownlint knows MD056 by: its code, its alias and its tag.
MD056_NAMES = frozenset({"md056", "table-column-count", "table"})
DELIMITER_CELL = re.compile(r"^:?-+:?$")
CONTAINER = re.compile(r"^[ \t]*(?:>[ \t]?)*")


@dataclass
class Table:
    """One table of a fixture: where it is, its rows and what markdownlint expects of it."""

    path: str
    first: int  # 1-based line of the block's first line
    block: str  # the case text: the table's block as the fixture has it
    rows: list[str]  # the table's lines, container markers (``>``, indentation) taken off
    md056_rows: list[int] = field(default_factory=list)  # 0-based indexes into rows
    md056_off: bool = False  # markdownlint does not check the table's column count


def expected(text: str) -> dict[str, set[int]]:
    """Rule code -> 1-based line numbers markdownlint's scenario test expects it on."""
    out: dict[str, set[int]] = {}
    for index, line in enumerate(text.split("\n")):
        for rule, sign, value in MARKER.findall(line):
            number = index + 1
            if value:
                number = number + (1 if sign == "+" else -1) * int(value) if sign else int(value)
            out.setdefault(rule, set()).add(number)
    return out


def _names(arguments: str) -> set[str]:
    return {name.lower() for name in arguments.split()}


def md056_off_lines(text: str) -> tuple[bool, set[int]]:
    """(off in the whole file, 1-based lines it is off on) from the file's inline configuration."""
    line_of = [0]
    for index, char in enumerate(text):
        if char == "\n":
            line_of.append(index + 1)

    def line_at(offset: int) -> int:
        low, high = 0, len(line_of)
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if line_of[middle] <= offset else (low, middle)
        return low + 1

    whole = False
    toggles: list[tuple[int, bool]] = []
    single: set[int] = set()
    for match in COMMENT.finditer(text):
        kind, arguments = match.group(1), match.group(2)
        names = _names(arguments)
        hits = not names or bool(names & MD056_NAMES)
        line = line_at(match.start())
        if kind == "disable-file" and hits:
            whole = True
        elif kind == "configure-file":
            try:
                config = {k.lower(): v for k, v in json.loads(arguments).items()}
            except (ValueError, AttributeError):
                continue
            named = [config[name] for name in ("md056", "table-column-count", "table") if name in config]
            on = any(value is not False for value in named)
            if (named and named[0] is False) or (config.get("default") is False and not on):
                whole = True
        elif kind in ("disable", "enable") and hits:
            toggles.append((line, kind == "disable"))
        elif kind == "disable-line" and hits:
            single.add(line)
        elif kind == "disable-next-line" and hits:
            single.add(line + 1)
    off = set(single)
    state, last = False, 1
    for line, disabled in sorted(toggles):
        if state:
            off.update(range(last, line + 1))
        state, last = disabled, line
    if state:
        off.update(range(last, text.count("\n") + 2))
    return whole, off


def tables(path: str, text: str) -> list[Table]:
    """Every GFM table of a fixture with the rows markdownlint expects MD056 on."""
    from markdown_it import MarkdownIt

    lines = text.split("\n")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    md056 = expected(text).get("MD056", set())
    whole, off = md056_off_lines(text)
    out: list[Table] = []
    for token in tokens:
        if token.type != "table_open" or token.map is None:
            continue
        start, end = token.map
        first = start
        while first > 0 and lines[first - 1].strip():
            first -= 1
        last = end
        while last < len(lines) and lines[last].strip():
            last += 1
        numbers = range(start + 1, end + 1)
        out.append(
            Table(
                path=path,
                first=first + 1,
                block="\n".join(lines[first:last]) + "\n",
                rows=[CONTAINER.sub("", lines[n - 1]) for n in numbers],
                md056_rows=[n - start - 1 for n in numbers if n in md056],
                md056_off=whole or any(n in off for n in numbers),
            )
        )
    return out


# -- the kinds the TB rules claim ------------------------------------------------------------


def _closed(row: str) -> bool:
    text = row.rstrip()
    return text.endswith("|") and not text.endswith("\\|")


def short_row_claimed(table: Table, index: int) -> bool:
    """Whether TB001/TB006 claim a row markdownlint flags, per the rules' pages.

    A row with more cells than the header is claimed. A short row is claimed unless it only
    leaves off cells the header leaves unnamed, GFM pads it into the shape of a row of the
    table written out in full (the same cells filled, the rest empty), or it stops with no
    closing pipe before columns that other rows also leave empty: the shapes TB001's page
    names as the author's intent, which GFM's padding renders as meant."""
    header = cells(table.rows[0])
    row = cells(table.rows[index])
    width, have = len(header), len(row)
    if have >= width:
        return True
    if not any(header[have:]):
        return False
    body = [cells(r) for i, r in enumerate(table.rows[2:], 2) if i != index]
    padded = [bool(c) for c in row] + [False] * (width - have)
    if any(len(other) == width and [bool(c) for c in other] == padded for other in body):
        return False
    left_empty = all(any(len(other) > column and not other[column] for other in body) for column in range(have, width))
    return _closed(table.rows[index]) or not left_empty


def _folded(row: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(c.split()).lower() for c in row)


def _placeholder(cell: str) -> bool:
    return not re.search(r"\w", cell) or cell.lower() in {"n/a", "na", "none"}


def other_kinds(table: Table) -> set[str]:
    """TB codes whose kind the table has by the rules' pages, a kind markdownlint does not
    check: empty header cells past the first, or one name over neighbouring columns (a copied
    spanning cell, which TB002's page counts as empty) (TB002), a body row written as a delimiter row
    (TB003), the header repeated in the body (TB004; not a header of check marks, which the
    TB page keeps clean), a body row repeated (TB005)."""
    header = cells(table.rows[0])
    delimiter = cells(table.rows[1])
    body = [cells(r) for r in table.rows[2:]]
    kinds: set[str] = set()
    folded_header = _folded(header)
    copied = any(re.search(r"\w", a) and a == b for a, b in pairwise(folded_header))
    if (not all(header[1:]) and any(header)) or copied:
        kinds.add("TB002")
    for row in body:
        if row and all(DELIMITER_CELL.match(c) for c in row):
            lone = all(c == "-" for c in row)
            if not lone or all(c == "-" for c in delimiter):
                kinds.add("TB003")
    span = len(folded_header)
    named = any(re.search(r"\w", c) for c in header)  # a header of check marks may recur
    seen: set[tuple[str, ...]] = set()
    for row in body:
        folded = _folded(row)
        if named and span >= 2 and any(folded[i : i + span] == folded_header for i in range(len(folded) - span + 1)):
            kinds.add("TB004")
        if sum(1 for c in row if c and not _placeholder(c)) >= 2:
            if folded in seen:
                kinds.add("TB005")
            seen.add(folded)
    return kinds
