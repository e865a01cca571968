"""TB007: a table flattened to text, its cells separated by runs of spaces or tabs."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import ClassVar

from scrapelint.model.document import Document, Line
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option
from scrapelint.rules.tables.kinds import SENTENCE_END
from scrapelint.rules.tables.model import TableRule
from scrapelint.rules.tables.reader import unquoted_lines
from scrapelint.text.lazy import lazy

COLUMN_GAP = lazy(r"\t+|\s{2,}")


#: A simple table's column rule: groups of dashes separated by spaces ("-----  ----  ---").
_COLUMN_RULE = lazy(r"-{2,}+(?:[ \t]++-{2,}+)++")


class FlattenedTable(TableRule):
    """A table flattened to text: rows of cells separated by runs of spaces or tabs.

    ## What it does
    Flags runs of consecutive lines that each split, at tabs or at runs of two or more
    spaces, into the same number of short cells (at least three columns and three
    rows by default). Prose lines, list items and code are never part of such a run; a
    simple table's column rule (``-----  ----  ---``, one dash group per column) does not end it.

    ## Why it matters
    A flattened table reads as word salad: its values lose their columns, and a
    reader (or a model trained on it) cannot tell which number belongs to which label.

    Measured: one real flattened table in the English pages of ../shared/bench (inscriptis
    rendering); no precision figure yet.

    ## Example
    "Year    Budget    Change" / "2023    58.2    -" / "2024    61.5    5.6%" is
    flagged as one flattened table.

    ## Use instead
    A pipe table: "| Year | Budget | Change |", "|---|---|---|", "| 2023 | 58.2 | - |" ...

    ## Fix safety
    No fix: the lost, merged or moved cells cannot be rebuilt from the text alone.

    ## Options
    - `min-rows`: Fewest lines that make a flattened table.
    - `min-columns`: Fewest columns that make a flattened table.
    - `max-cell-chars`: Longest cell; longer cells are prose, not table cells.
    """

    code = "TB007"
    name = "flattened-table"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "min_rows": Option(3, "Fewest lines that make a flattened table."),
        "min_columns": Option(3, "Fewest columns that make a flattened table."),
        "max_cell_chars": Option(40, "Longest cell; longer cells are prose, not table cells."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        run: list[tuple[Line, int]] = []
        candidates = self._candidates(doc)
        if not candidates:
            return
        kinds = {b.line: b.kind for b in doc.blocks}
        code = indented_code(doc, kinds)
        depth = 0
        lines, depths = unquoted_lines(doc)
        for line in lines:
            kind = kinds.get(line.number)
            if depths and (level := depths.get(line.number, 0)) != depth:
                # A table ends where its quote does, or where the quote nests deeper.
                yield from self._close(run)
                run, depth = [], level
            if kind == "quote":
                kind = "text" if line.text.strip() else "blank"
            width = self._columns(line, kind) if line.number in candidates and line.number not in code else 0
            if width and (not run or run[0][1] == width):
                run.append((line, width))
                continue
            if run and _column_rule(line.text, run[0][1]):
                # A simple table's rule under its header ("-----  ----  ---", one dash group per
                # column): part of the table, not the end of it.
                continue
            yield from self._close(run)
            run = [(line, width)] if width else []
        yield from self._close(run)

    def _candidates(self, doc: Document) -> set[int]:
        """Lines with enough gaps (tabs, runs of spaces) to split into ``min-columns`` cells, from
        one scan of the whole text: a gap inside a line is the same run there as in the line,
        and runs that touch a line break are its edges, which a line's cells leave out."""
        wanted = self.config["min_columns"] - 1
        if wanted <= 0:
            return {line.number for line in doc.lines}
        starts = doc.line_starts
        gaps: dict[int, int] = {}
        for gap in COLUMN_GAP.finditer(doc.prose):
            number = bisect_right(starts, gap.start())
            gaps[number] = gaps.get(number, 0) + 1
        return {number for number, count in gaps.items() if count >= wanted}

    def _columns(self, line: Line, kind: str | None) -> int:
        if kind not in ("text", None) or "|" in line.text:
            return 0
        cells = [c for c in COLUMN_GAP.split(line.text.strip()) if c]
        if len(cells) < self.config["min_columns"] or max(len(c) for c in cells) > self.config["max_cell_chars"]:
            return 0
        if SENTENCE_END.search(line.text.strip()) and len(line.text.split()) > 2 * len(cells):
            return 0
        return len(cells)

    def _close(self, run: list[tuple[Line, int]]) -> Iterator[Finding]:
        if len(run) < self.config["min_rows"]:
            return
        first, last = run[0][0], run[-1][0]
        lead = len(first.text) - len(first.text.lstrip())
        yield self.finding(
            first.start + lead,
            last.start + len(last.text.rstrip()),
            f"{len(run)} lines of {run[0][1]} columns separated by spaces or tabs: a table that lost its structure",
            expected=run[0][1],
            actual=run[0][1],
        )


def indented_code(doc: Document, kinds: dict[int, str]) -> set[int]:
    """Lines of a Markdown document that GFM reads as an indented code block: indented four
    columns or more after a blank line (or at the start), outside a list, and the indented lines
    that carry it on. Code keeps its spaces when rendered, so columns aligned there stay
    aligned. In a list the same indent is the item's text, and a scrape's indents say nothing."""
    numbers: set[int] = set()
    if doc.format != "markdown":
        return numbers
    blank_above, in_code, in_list = True, False, False
    for line in doc.lines:
        # Read from the raw line: the prose blanks a code span that opens a line to spaces.
        text = doc.text[line.start : line.end]
        if not text.strip():
            blank_above = True
            continue
        indent = len(text[: len(text) - len(text.lstrip(" \t"))].expandtabs(4))
        if indent >= 4 and (in_code or (blank_above and not in_list)):
            numbers.add(line.number)
            in_code, blank_above = True, False
            continue
        in_code = False
        if kinds.get(line.number) == "list_item":
            in_list = True
        elif blank_above and indent == 0:
            in_list = False
        blank_above = False
    return numbers


def _column_rule(text: str, width: int) -> bool:
    """A line of dash groups, one per column, separated by spaces: a simple table's column rule."""
    stripped = text.strip()
    return stripped.startswith("--") and _COLUMN_RULE.fullmatch(stripped) is not None and len(stripped.split()) == width
