"""Rows a converter split over two lines or stacked into one: a row that only carries on the
cells above it, and a row whose cells each list several rows' values.
"""

from __future__ import annotations

import re
from collections import Counter

from scrapelint.rules.tables.kinds import SENTENCE_END, cell_kind
from scrapelint.rules.tables.model import Row, Table
from scrapelint.text.lazy import lazy

#: A line break inside a cell, as converters write it.
CELL_BREAK = lazy(r"<br\s*+/?>", re.IGNORECASE)


#: One figure: a number with optional sign, currency, grouping, decimals and percent sign.
FIGURE = lazy(r"[-+\u2212\u00b1*]?[$\u20ac\u00a3\u00a5]?\d[\d,.]*+%?")


def stacked_rows(row: Row) -> int:
    """How many rows a converter stacked into this one (0 when it is one row): two or more
    cells each list the same number (three or more) of values, one per line (``<br>``) or, for
    figures, one after another, and at least one of them lists only figures; or three or more
    cells each list exactly two figures (two rows' values in every column). A cell of one
    table row holds one value per column; a column of figures in one cell is the column of
    several rows."""
    sizes: Counter = Counter()
    figures: set[int] = set()
    pairs = 0
    for cell in row.cells:
        if len(cell) < 5:
            continue
        size, only_figures = _listed_values(cell)
        if size >= 3:
            sizes[size] += 1
            if only_figures:
                figures.add(size)
        elif size == 2 and only_figures:
            pairs += 1
    stacked = max((size for size, count in sizes.items() if count >= 2 and size in figures), default=0)
    return stacked or (2 if pairs >= 3 else 0)


def _listed_values(cell: str) -> tuple[int, bool]:
    """``(values, all figures)``: the figures of a cell holding only figures, else its lines."""
    words = CELL_BREAK.sub(" ", cell).split()
    if len(words) >= 2 and all(FIGURE.fullmatch(word.strip("*_")) for word in words):
        return len(words), True
    if "<" not in cell:
        return 1, False
    return sum(1 for part in CELL_BREAK.split(cell) if part.strip()), False


def continues(row: Row, above: Row, header: Row, table: Table | None = None) -> bool:
    """A row whose every filled cell is the tail of the cell above it, with at least one column
    left empty: the converter broke one row's text over two lines and GFM made two rows of it.
    A tail closes a bracket the cell above left open, or, in a row with no label of its own
    (first cell empty), carries on its prose (two or more words starting in lower case, under
    two or more words with no closing punctuation). A row with no label that leaves empty every
    column of figures past the first (prices, quantities) which the row above fills, its text
    cells each under an unfinished text cell, is the wrapped second line of those cells too,
    whatever its words: a row of its own has its own figures.
    Grouped rows (an empty first cell under a group label, values of their own) are not tails."""
    filled = [i for i, cell in enumerate(row.cells[: header.width]) if cell]
    if not filled or len(filled) >= header.width:
        return False
    labelled = bool(row.cells[0])
    if all(i < above.width and above.cells[i] and _tail_of(row.cells[i], above.cells[i], labelled) for i in filled):
        return True
    return not labelled and table is not None and _wrapped_text_cells(row, above, header, table, filled)


def _wrapped_text_cells(row: Row, above: Row, header: Row, table: Table, filled: list[int]) -> bool:
    """The figures test of :func:`continues`: the row's figure columns (past the first) all empty
    and filled above, each filled cell under a text cell with no closing punctuation."""
    figures = [i for i in range(1, min(header.width, above.width)) if table.column_kind(i) == "number"]
    if not figures or any(i < row.width and row.cells[i] for i in figures):
        return False
    if not all(above.cells[i] for i in figures):
        return False
    return all(
        i < above.width
        and table.column_kind(i) == "text"
        and cell_kind(above.cells[i]) == "text"
        and not SENTENCE_END.search(above.cells[i])
        for i in filled
    )


def next_paragraph(row: Row, above: Row) -> bool:
    """After an empty row, a row with no label of its own and one filled cell, under a cell of
    prose in the row before the empty one: a cell's second paragraph, which a converter wrote
    as rows of their own (the empty row is the blank line between the paragraphs)."""
    filled = [i for i, cell in enumerate(row.cells) if cell]
    if len(filled) != 1 or filled[0] == 0 or row.cells[0]:
        return False
    i = filled[0]
    return i < above.width and len(above.cells[i].split()) >= 2 and len(row.cells[i].split()) >= 2


def _tail_of(cell: str, above: str, labelled: bool) -> bool:
    for opening, closing in ("()", "[]"):
        if above.count(opening) > above.count(closing) and cell.count(closing) > cell.count(opening):
            return True
    words = cell.split()
    return (
        not labelled
        and len(words) >= 2
        and len(above.split()) >= 2
        and cell[0].isalpha()
        and cell[0].islower()
        and not SENTENCE_END.search(above)
    )
