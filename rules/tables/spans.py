"""Merged (rowspan, colspan) cells a converter wrote into GFM's grid, which has none: a label
written once and left empty below, or copied into each column it spans.
"""

from __future__ import annotations

from scrapelint.rules.tables.kinds import cell_kind
from scrapelint.rules.tables.model import Row, Table


def spanned_label(table: Table, row: Row, header: Row) -> bool:
    """A row of a converter's table (every line written the same machine way) whose label
    cell is empty while its other cells are filled, one or two rows under a labelled row: a
    merged first-column cell (rowspan) the converter wrote once, leaving the rows it spans
    without their label. Hand-written tables group rows under an empty first cell too; they
    are told apart by their layout (padding written by hand, not one space around each cell)."""
    if row.cells[0] or header.width < 2 or row.width != header.width:
        return False
    if table.spanned is None:
        table.spanned = _spanned_rows(table, header)
    return id(row) in table.spanned


def copied_label(table: Table, row: Row, header: Row) -> bool:
    """A row whose label (first cell, text) is repeated in the second cell, in a column the
    other rows fill with figures: a label cell spanning two columns, which the converter copied
    into both (the row's own values then sit one column off against the header)."""
    if row.width < 3 or row.width != header.width or not row.cells[0] or row.cells[0] != row.cells[1]:
        return False
    return cell_kind(row.cells[0]) == "text" and table.column_kind(1) == "number"


def _spanned_rows(table: Table, header: Row) -> set[int]:
    """``id`` of each row :func:`spanned_label` flags, found in one pass over the table."""
    body = [r for r in table.body if not r.stuck]
    if any(r.width != header.width for r in body) or sum(1 for r in body if r.cells[0]) < 2:
        return set()
    if not _machine_layout(table):
        return set()
    found = set()
    for at, r in enumerate(body):
        if not r.cells[0] and all(r.cells[1:]) and any(above.cells[0] for above in body[max(0, at - 2) : at]):
            found.add(id(r))
    return found


def _machine_layout(table: Table) -> bool:
    """Every line of the table written the same machine way: outer pipes and exactly one space
    around each cell ("| a |  | b |"), or no space at all ("|a||b|")."""
    styles = set()
    for r in table.rows:
        if r.stuck:
            return False
        text = r.line.text.strip()
        if text == "| " + " | ".join(r.cells) + " |":
            styles.add(" ")
        elif text == "|" + "|".join(r.cells) + "|":
            styles.add("")
        else:
            return False
    return len(styles) == 1
