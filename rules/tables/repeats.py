"""TB004 and TB005: a table's header or one of its rows repeated inside the table."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Severity
from scrapelint.rules.tables.model import Row, TableRule
from scrapelint.rules.tables.reader import tables


class RepeatedHeader(TableRule):
    """The table's header repeated inside the table, or pasted into a row.

    ## What it does
    Flags a body row equal to the header, and a row that contains the header's cells
    (two or more, in order) after or among its own cells.

    ## Why it matters
    Scrapers that join paginated tables, or that mis-split rows, repeat the header;
    the header values then turn up as data.

    Measured: no validation case of its kind and no clean table flagged on 2,109 clean tables
    from 87 repositories and 76 broken tables (validation half, `python bench/tables.py`);
    info until measured.

    ## Example
    "| Coal | 40,020 | Cargo | Tonnes | Share |" under the header
    "| Cargo | Tonnes | Share |" is flagged as a header merged into a row.

    ## Use instead
    "| Coal | 40,020 | 12% |" under the header "| Cargo | Tonnes | Share |"

    ## Fix safety
    No fix: the lost, merged or moved cells cannot be rebuilt from the text alone.

    ## Options
    None.
    """

    code = "TB004"
    name = "table-repeated-header"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        for table in tables(doc):
            header = table.header
            if header is None or sum(1 for c in header.key if any(ch.isalnum() for ch in c)) < 2:
                continue
            for row in table.body:
                if row.key == header.key:
                    yield self.row_finding(row, "the header row is repeated inside the table")
                elif holds_header(row, header):
                    yield self.row_finding(
                        row,
                        f"the header is merged into this row ({row.filled_width} filled cells, the header has"
                        f" {header.filled_width})",
                        expected=header.filled_width,
                        actual=row.filled_width,
                    )


def holds_header(row: Row, header: Row) -> bool:
    """The header's filled cells appear in order inside the row, not as the whole row."""
    wanted = header.key
    cells = tuple(c.lower() for c in row.cells)
    if len(wanted) < 2 or (cells[: len(wanted)] == wanted and row.filled_width == len(wanted)):
        return False
    return any(cells[i : i + len(wanted)] == wanted for i in range(1, len(cells) - len(wanted) + 1))


class DuplicateRow(TableRule):
    """A table row that repeats an earlier row of the same table.

    ## What it does
    Flags a body row identical (ignoring case and spacing) to an earlier body row.
    Rows with fewer than two filled cells, or only placeholders, are not compared, nor rows
    that write one value in every filled cell ("| GND | GND | GND |", "| Lunch | Lunch |"):
    a value spanning the row, copied into each column, names no record of its own, so a pin
    table or a schedule repeats it by design.

    ## Why it matters
    Duplicated rows double-count values and usually mean the scraper read a
    paginated or responsive table twice.

    Measured: precision 0.00: no broken table found and 8 clean tables flagged on 2,109 clean
    tables from 87 repositories and 76 broken tables (validation half, `python
    bench/tables.py`; on the tuning half 0 against 1); info, as it cannot reach 0.9 (real
    tables do repeat rows: published benchmark and schedule tables).

    ## Example
    "| Dialogue | Engagement |" appearing twice in one table is flagged at the repeat.

    ## Use instead
    Each row once.

    ## Fix safety
    No fix: the lost, merged or moved cells cannot be rebuilt from the text alone.

    ## Options
    None.
    """

    code = "TB005"
    name = "table-duplicate-row"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        for table in tables(doc):
            seen: dict[tuple[str, ...], int] = {}
            header_key = table.header.key if table.header else None
            for number, row in enumerate(table.rows, 1):
                if row.delimiter or row is table.header or row.key == header_key:
                    continue
                key = row.key
                if sum(1 for c in key if any(ch.isalnum() for ch in c)) < 2 or _one_value(key):
                    continue
                if key in seen:
                    yield self.row_finding(row, f"row {number} repeats row {seen[key]} of the table")
                else:
                    seen[key] = number


def _one_value(key: tuple[str, ...]) -> bool:
    """Every filled cell of the row holds the same text: a value spanning the row."""
    return len({cell for cell in key if cell}) == 1
