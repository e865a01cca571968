"""Pipe tables as rows of cells with their numbers, for checks that read a table."""

from __future__ import annotations

from dataclasses import dataclass

from scrapelint.rules.figures import mentions
from scrapelint.rules.figures.quantities import Quantity, find_quantities
from scrapelint.text.lazy import lazy

#: "Total", "Grand total", or "Total" named by lower-case words ("Total votes for parties"),
#: not a title that starts with the word ("Total Recall")
_TOTAL = lazy(r"^\W*(?:(?i:total|totals|sum|all|overall|grand\s+total)|[Tt]otal(?:\s+[a-z][\w-]*){1,4})\W*$")
#: "Total Income", "Total Expenditure": a total in title case, read so only in a table whose
#: label column has no header (a statement's line items, not named things like "Total Recall")
_TOTAL_TITLED = lazy(r"^\W*Total(?:\s+[A-Z][a-z]+){1,2}\W*$")
_UNIT_IN_HEADER = lazy(r"\(([^)]{1,40})\)")


@dataclass
class Row:
    text: str
    cells: tuple[tuple[int, int], ...]
    line: int

    @property
    def label(self) -> str:
        start, end = self.cells[0]
        return self.text[start:end].strip()

    def cell(self, column: int) -> str:
        if column >= len(self.cells):
            return ""
        start, end = self.cells[column]
        return self.text[start:end]

    def number(self, column: int) -> Quantity | None:
        """The cell's value when the cell holds exactly one number and nothing else of note."""
        if column >= len(self.cells):
            return None
        start, end = self.cells[column]
        found = find_quantities(self.text, start, end)
        if len(found) != 1:
            return None
        quantity = found[0]
        rest = (self.text[start : quantity.start] + self.text[quantity.end : end]).strip()
        return quantity if not rest or rest in ("*", "~", "+", "-", "−") else None


@dataclass
class Table:
    header: Row | None
    body: list[Row]

    @property
    def width(self) -> int:
        rows = ([self.header] if self.header else []) + self.body
        return max(len(r.cells) for r in rows)

    def header_text(self, column: int) -> str:
        return self.header.cell(column).strip() if self.header else ""

    def header_unit(self, column: int) -> str:
        match = _UNIT_IN_HEADER.search(self.header_text(column))
        return match.group(1) if match else ""


def is_total_label(label: str, table: Table | None = None) -> bool:
    """A row label that names a total; in title case only when ``table``'s label column has no header."""
    if _TOTAL.match(label):
        return True
    return table is not None and not table.header_text(0) and bool(_TOTAL_TITLED.match(label))


def tables(doc) -> list[Table]:
    """Runs of table rows; the first row is the header when a delimiter row follows it."""
    return mentions._cached("tables", doc, _build)


def _build(doc) -> list[Table]:
    found: list[Table] = []
    run: list = []
    for block in [*doc.blocks, None]:
        if block is not None and block.kind in ("table_row", "table_delimiter"):
            run.append(block)
            continue
        if run:
            found.append(_table(doc.prose, run))
            run = []
    return [t for t in found if t.body]


def _table(prose: str, blocks: list) -> Table:
    header = None
    rows = []
    for index, block in enumerate(blocks):
        if block.kind == "table_delimiter":
            continue
        row = Row(prose, tuple(block.cells), block.line)
        if not row.cells:
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if header is None and not rows and following is not None and following.kind == "table_delimiter":
            header = row
        else:
            rows.append(row)
    return Table(header, rows)
