"""The row model of a table: rows and their cells, the table, counts over its body, and the
shared plumbing of the TB rules (one finding spanning a row).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapelint.model.document import Line
from scrapelint.model.finding import Finding
from scrapelint.model.rule import Rule
from scrapelint.rules.tables.kinds import column_kind


@dataclass
class Row:
    line: Line
    cells: list[str]
    delimiter: bool
    #: A plain line directly under a table: GFM reads it as a one-cell row.
    stuck: bool = False
    #: Columns of leading white space in the raw line (the prose blanks code spans to spaces).
    indent: int = 0

    @property
    def width(self) -> int:
        return len(self.cells)

    @property
    def filled_width(self) -> int:
        """Cells up to the last non-empty one (trailing empty cells left out)."""
        width = len(self.cells)
        while width and not self.cells[width - 1]:
            width -= 1
        return width

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(c.lower() for c in self.cells[: self.filled_width])

    @property
    def outer(self) -> bool:
        text = self.line.text.strip()
        return text.startswith("|") and text.endswith("|")


@dataclass
class Table:
    rows: list[Row]
    #: Lines of piped text that the Markdown blocks did not take as a table (no delimiter row).
    undelimited: bool = False
    #: Rows with no delimiter row right under a lone pipe that ended a table above them.
    after_lone_pipe: bool = False
    #: Rows with no delimiter row next to a lone pipe in their paragraph, no table above them.
    lone_pipe: bool = False
    #: One or two rows as wide as the table one blank line above them, which the blank line cut off.
    after_blank: bool = False
    #: Lines one blank line under a table whose last row was left open (no closing pipe): the
    #: rest of that row, its cell text wrapped past the blank line, and more rows as wide as the
    #: header, which GFM renders as a paragraph.
    wrapped: bool = False
    #: ``id`` of the rows whose label cell a merged cell left empty (TB001), once computed.
    spanned: set[int] | None = None
    #: Kind of each body column (:func:`column_kind`), computed on first use.
    kinds: dict[int, str | None] = field(default_factory=dict)
    #: Counts over the body that the row checks read (:func:`body_stats`), computed on first use.
    stats: BodyStats | None = None
    #: Shapes GFM's padding would give a short row, as written out in full by body rows
    #: (:func:`~scrapelint.rules.tables.fit.fits`), computed on first use.
    padded: set[tuple[str | None, ...]] | None = None
    #: The header width and, per column, the cells of the body rows as wide as it
    #: (:func:`~scrapelint.rules.tables.fit.full_values`), computed on first use.
    full_values: tuple[int, list[set[str]]] | None = None
    #: ``id`` of the rows that label a section of the body
    #: (:func:`~scrapelint.rules.tables.sections.section_rows`), computed on first use.
    sections: set[int] | None = None

    def column_kind(self, i: int) -> str | None:
        if i not in self.kinds:
            self.kinds[i] = column_kind([r.cells[i] for r in self.body if not r.stuck and i < r.width])
        return self.kinds[i]

    @property
    def header(self) -> Row | None:
        first = self.rows[0]
        # The lines of a row wrapped past a blank line have no header of their own.
        return None if first.delimiter or self.wrapped else first

    @property
    def body(self) -> list[Row]:
        rows = self.rows[1:]
        return [r for r in rows if not r.delimiter]


@dataclass
class BodyStats:
    """Counts over a table's body rows (not stuck, not delimiter rows), per header column, read
    by the checks of a short row. Computed once per table: read per row, they made a table of
    many short rows quadratic."""

    #: Body rows.
    rows: int
    #: Body rows with any text.
    texted: int
    #: Per column: body rows with text in it.
    filled: list[int]
    #: Per column: body rows that leave it empty or stop before it.
    empty: list[int]
    #: Per column: body rows with any text that leave it empty or stop before it.
    empty_texted: list[int]
    #: Column kinds of the body rows as wide as the header, when there are two or more.
    full_kinds: list[str | None] | None
    #: Every row of the table's own (not a line stuck under it) has outer pipes.
    own_outer: bool


def body_stats(table: Table, width: int) -> BodyStats:
    if table.stats is not None and len(table.stats.filled) == width:
        return table.stats
    body = [r for r in table.body if not r.stuck and not r.delimiter]
    filled, empty, empty_texted = [0] * width, [0] * width, [0] * width
    texted = 0
    for r in body:
        has_text = any(r.cells)
        texted += has_text
        for i in range(width):
            if i < r.width and r.cells[i]:
                filled[i] += 1
            else:
                empty[i] += 1
                empty_texted[i] += has_text
    full = [r for r in body if r.width >= width]
    kinds = [column_kind([r.cells[i] for r in full]) for i in range(width)] if len(full) >= 2 else None
    own_outer = all(r.outer for r in table.rows if not r.stuck)
    table.stats = BodyStats(len(body), texted, filled, empty, empty_texted, kinds, own_outer)
    return table.stats


class TableRule(Rule):
    """Shared plumbing: one finding spanning a row."""

    def row_finding(self, row: Row, message: str, **extra) -> Finding:
        text = row.line.text
        lead = len(text) - len(text.lstrip())
        return self.finding(row.line.start + lead, row.line.start + len(text.rstrip()), message, **extra)
