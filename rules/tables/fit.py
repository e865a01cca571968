"""Does a short row fit its table? GFM pads a row that has fewer cells than the header; whether
that is the author's layout or lost cells is read from the other rows, and where the table
ends (a last row cut off mid-row).
"""

from __future__ import annotations

from scrapelint.rules.tables.kinds import cell_kind
from scrapelint.rules.tables.model import Row, Table, body_stats


def fits(row: Row, header: Row, table: Table | None = None) -> bool:
    """GFM pads a short row; that is a layout choice when the row leaves off only cells the
    header leaves unnamed, or stops before columns no body row fills (an optional "Comments"
    column the author never filled in). Uniform machine output (outer pipes on every row) whose other
    rows fill the cells a short row leaves off has shifted cells instead."""
    if row.width == header.width or empty_last_cell(row, header):
        return True
    if row.width > header.width:
        return row.filled_width <= header.width
    if not any(row.cells) and table is not None and not body_stats(table, header.width).own_outer:
        return True  # a hand-written empty spacer row: GFM pads it to an empty row, nothing moves
    if table is not None and _padded_like_others(table, row, header):
        return True
    if table is not None and (
        _optional_columns(table, row, header)
        or _aligned_as_written(table, row, header)
        or (_often_empty(table, row, header) and not _shifted_left(table, row, header))
    ):
        return True
    if row.width < header.filled_width:
        return False
    if table is None:
        return True
    return not (body_stats(table, header.width).own_outer and _filled_anywhere(table, row, header))


def _padded_like_others(table: Table, row: Row, header: Row) -> bool:
    """Another body row is written out in full in the very shape GFM pads the short row to: the
    same cells filled, each holding the same kind (figure, link, code, text), and every cell the
    short row leaves off empty. The author wrote those empty cells by leaving them off (a quiz
    row of a course table, "| 1.7 | [Quiz](…) | | |" above "| 2.4 | [Quiz](…) |"). The shapes
    are gathered once per table, so many short rows stay linear."""
    if not any(row.cells):
        return False
    if table.padded is None:
        table.padded = _padded_shapes(table, header.width)
    return _shape(row.cells) in table.padded


def _shape(cells: list[str]) -> tuple[str | None, ...]:
    return tuple(cell_kind(cell) if cell else None for cell in cells)


def _padded_shapes(table: Table, width: int) -> set[tuple[str | None, ...]]:
    """For each body row as wide as the header that ends in empty cells, the shape of each of its
    prefixes that leaves only empty cells after it: what a short row written so would be."""
    shapes: set[tuple[str | None, ...]] = set()
    for other in table.body:
        if other.stuck or other.delimiter or other.width < width:
            continue
        full = _shape(other.cells[:width])
        end = width
        while end > 1 and full[end - 1] is None:
            end -= 1
            shapes.add(full[:end])
    return shapes


def _shifted_left(table: Table, row: Row, header: Row) -> bool:
    """The short row's cells match the kinds of the columns as far right as the cells it lacks
    (figures under figures) better than the columns GFM puts them in: a merged (rowspan) cell
    before them was written once, and GFM's padding at the end moved each value one column left.
    Kinds are those of the rows as wide as the header; two or more values must line up, as one
    word of prose matches a text column wherever it goes."""
    lack = header.width - row.width
    if _value_further_right(table, row, header, lack):
        return True
    kinds = body_stats(table, header.width).full_kinds
    if kinds is None:
        return False

    def score(shift: int) -> int:
        return sum(1 for j, cell in enumerate(row.cells) if cell and cell_kind(cell) == kinds[j + shift])

    shifted = score(lack)
    return shifted >= 2 and shifted > score(0)


def _value_further_right(table: Table, row: Row, header: Row, lack: int) -> bool:
    """A cell of the short row holds, word for word, a value that a row written out in full holds
    in the column ``lack`` places to its right, and that no full row holds where GFM puts it: a
    column of a few repeated values (a type, a unit) whose values moved left when a merged cell
    before them was written once. Kinds cannot tell this when one row alone is written in full
    (the row that opened the merged cell); the repeated value can. Figures are left out: equal
    figures in two columns are common by chance."""
    values = full_values(table, header.width)
    if not values:
        return False
    for j, cell in enumerate(row.cells):
        if cell and cell_kind(cell) != "number" and cell in values[j + lack] and cell not in values[j]:
            return True
    return False


def full_values(table: Table, width: int) -> list[set[str]]:
    """Per column, the cells of the body rows written out in full (as wide as the header); empty
    when no body row is. Gathered once per table, so many short rows stay linear."""
    if table.full_values is None or table.full_values[0] != width:
        full = [r for r in table.body if not r.stuck and not r.delimiter and r.width >= width]
        table.full_values = (width, [{r.cells[i] for r in full} for i in range(width)] if full else [])
    return table.full_values[1]


def _aligned_as_written(table: Table, row: Row, header: Row) -> bool:
    """A hand-written row that simply stops (no closing pipe) before columns other rows also
    leave empty, whose cells match the kinds of their own columns (numbers under numbers,
    links under links) better than they would match if shifted right into the columns it
    leaves off: GFM pads the missing last cells, and that is what the author meant. A row whose values belong further right (a rowspan cell dropped
    before them) matches a shift at least as well and stays a finding."""
    if row.line.text.rstrip().endswith("|"):
        return False
    # The row is a short body row: it leaves every column from its width on empty, and is not
    # one of the rows as wide as the header.
    stats = body_stats(table, header.width)
    if not all(stats.empty[i] - 1 > 0 for i in range(row.width, header.width)):
        return False  # a column every other row fills is not left off on purpose: the row was cut
    kinds = stats.full_kinds
    if kinds is None:
        return False

    def score(shift: int) -> int:
        return sum(1 for j, cell in enumerate(row.cells) if cell and cell_kind(cell) == kinds[j + shift])

    as_written = score(0)
    return as_written > 0 and all(score(shift) < as_written for shift in range(1, header.width - row.width + 1))


def _optional_columns(table: Table, row: Row, header: Row) -> bool:
    """The row simply stops (no closing pipe) before columns that no row fills: an optional
    column the author never filled in. A row closed with a pipe ends early on purpose, which
    is how converters write a row that lost cells."""
    if row.line.text.rstrip().endswith("|"):
        return False
    return body_stats(table, header.width).rows >= 2 and not _filled_anywhere(table, row, header)


def _often_empty(table: Table, row: Row, header: Row) -> bool:
    """The row leaves off only columns that other rows also leave empty, each in at least two
    rows and a third of the body (a "Notes" or "Collaborators" column filled now and then):
    the author wrote the empty cells by not writing them, and GFM pads them back. A row that
    lost a rowspan or colspan cell leaves off a column the other rows fill."""
    stats = body_stats(table, header.width)
    own = 1 if any(row.cells) else 0  # the row itself, a short body row, counted in the stats
    others = stats.texted - own
    if others < 3:
        return False
    needed = max(2, others / 3)
    return all(stats.empty_texted[i] - own >= needed for i in range(row.width, header.width))


def _filled_anywhere(table: Table, row: Row, header: Row) -> bool:
    """Some body row has text in one of the columns the short ``row`` leaves off."""
    filled = body_stats(table, header.width).filled
    return any(filled[i] for i in range(row.width, header.width))


def last_row(table: Table) -> Row | None:
    """The table's own last row (a plain line stuck under it does not count)."""
    rows = [r for r in table.rows if not r.stuck]
    return rows[-1] if rows and not rows[-1].delimiter and len(rows) > 1 else None


def empty_last_cell(row: Row, header: Row) -> bool:
    """ "a | b |" under "x | y | z": without outer pipes the final pipe opens an empty last cell."""
    return (
        not header.line.text.strip().endswith("|")
        and row.line.text.rstrip().endswith("|")
        and row.width == header.width - 1
    )


def cut_off(row: Row, header: Row, table: Table) -> bool:
    if row.width >= header.filled_width or empty_last_cell(row, header):
        return False
    own = [r for r in table.rows if not r.stuck]
    closed = [r for r in own[:-1] if r.line.text.rstrip().endswith("|")]
    if len(closed) == len(own) - 1:
        return not row.line.text.rstrip().endswith("|")
    return True
