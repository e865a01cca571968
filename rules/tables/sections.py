"""Section rows: a label alone in a row's first cell, naming the group of rows below it.

GFM pads a short row with empty cells, so "| **Playback** |" under a header of several columns
renders as a row with its label in the first cell and the rest empty: the common way to write a
sub-header inside one table. Lost cells look the same on one row; the table's structure tells
them apart, read once per table so that many such rows stay linear.
"""

from __future__ import annotations

from scrapelint.rules.tables.kinds import cell_kind
from scrapelint.rules.tables.model import Row, Table


def is_section_row(table: Table, row: Row, header: Row) -> bool:
    """``row`` is a section label of ``table`` (:func:`section_rows`)."""
    if row.width >= header.width or row.filled_width != 1:
        return False
    if table.sections is None:
        table.sections = section_rows(table, header)
    return id(row) in table.sections


def section_rows(table: Table, header: Row) -> set[int]:
    """``id`` of the rows that label a section: one filled cell, the first, holding text (not a
    figure, link or code), shorter than the header, closed with a pipe when the header is (a row
    left open is a line broken off mid-row), with a row below it that fills two or more cells,
    in a table with one delimiter row and two or more such full rows. Either the table opens on
    such a label or holds two or more of them: a run of rows grouped under labels, not one row
    that lost its cells (a ragged "| a |" above the one row "| d | e | f |"). A second delimiter
    row means tables were joined, and a one-cell row there is a caption line stuck between
    them."""
    if header.width < 2 or any(r.delimiter for r in table.rows[2:]):
        return set()
    body = [r for r in table.body if not r.stuck]
    full = [sum(1 for cell in r.cells if cell) >= 2 for r in body]
    if sum(full) < 2:
        return set()
    labels: list[int] = []
    for i, row in enumerate(body[:-1]):
        if (
            row.width < header.width
            and (row.outer or not header.outer)
            and row.filled_width == 1
            and cell_kind(row.cells[0]) == "text"
            and full[i + 1]
        ):
            labels.append(i)
    if not labels or (labels[0] != 0 and len(labels) < 2):
        return set()
    return {id(body[i]) for i in labels}
