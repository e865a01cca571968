"""Tables whose columns or rows are sums and differences no header names: a column that is the
difference of two others ("GF | GA | GD"), a first row that adds up the rows under it ("Employee
Cost" above its four parts).

A header says what a column holds in the words of its trade; the arithmetic says it in every
trade. A relation that holds exactly in every row of a table but one, or in one column of a row
and not in the next, is the table's own statement of how its figures hang together, so the row
or column that breaks it is the one to report. Chance does not make a sum of several figures
written to their last digit fall on another figure of the table; the checks ask for that
exactness in the rows or columns that show the relation, and leave any table alone whose
relation is not shown that way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import CHANGE_HEADER, PERCENT_HEADER
from scrapelint.rules.figures.arithmetic.measures import fmt
from scrapelint.rules.figures.quantities import Quantity, rounding_of

#: Rounding no cell shows: sums of published figures may be off by this share of their total
#: ("8464.00" above parts adding up to 8464.10), never more
_HIDDEN_ROUNDING = 0.0001
#: How many rows must show a difference column's relation, beside the one that breaks it
_WITNESSES = 3
#: How far from a derived column its operands may stand. A table sets a sum, a difference or a
#: rate beside the columns it is made of ("GF | GA | GD"); searching every pair of a wide grid's
#: columns would cost the cube of its width and meet chance relations as often
_REACH = 6


def _near(columns: list[int], derived: int) -> list[int]:
    """The columns within reach of a derived one, itself left out."""
    return [c for c in columns if c != derived and abs(c - derived) <= _REACH]


def _signed(row, q: Quantity) -> float:
    """A cell's value with the sign written before it ("-3", "−19", "+44")."""
    return -q.value if row.text[max(0, q.start - 1) : q.start] in ("-", "−") else q.value


def _value_column(table, column: int) -> bool:
    """Every row has a plain figure in the column (no percentage, not mostly years), under a header that
    gives it no percent unit and names no change ("Change (%)" cells carry no sign of their own)."""
    header = table.header_text(column)
    if PERCENT_HEADER.search(header) or CHANGE_HEADER.search(header):
        return False
    cells = [row.number(column) for row in table.body]
    if any(q is None or q.unit == "%" for q in cells):
        return False
    # a four-digit count that reads like a year ("Total | 4506 | 2014") is a count among counts;
    # a column of most such cells holds years
    return sum(q.is_year for q in cells) * 2 < len(cells)


def _percent_column(table, column: int) -> bool:
    """A column of percentages: its header gives the percent unit, or its cells carry it; a
    change column is not one (its cells compare two periods, not a part and its whole)."""
    header = table.header_text(column)
    if CHANGE_HEADER.search(header):
        return False
    cells = [q for row in table.body if (q := row.number(column)) is not None]
    return bool(cells) and (PERCENT_HEADER.search(header) is not None or all(q.unit == "%" for q in cells))


def _percent_rounding(q: Quantity) -> float:
    """Half the last written digit of a percentage, whether or not its cell carries the sign."""
    return 0.5 * 10 ** (-q.decimals)


def rate_columns(table) -> dict[int, list]:
    """The percent columns that are, row by row, one column of the table over another ("Deaths |
    Hospitalizations | Proportion of deaths (%)"), in every row that shows all three but at most
    one: each maps to the rows that break it, as ``(part column, whole column, row, part, whole,
    rate, actual)``. Such a
    column holds a rate of each row's own whole, never shares of one whole to add up; cells
    written as a bound ("<1") are neither witnesses nor breaks."""
    found: dict[int, list] = {}
    values = [c for c in range(1, table.width) if _value_column(table, c)]
    for column in range(1, table.width):
        if column in values or not _percent_column(table, column):
            continue
        near = _near(values, column)
        for part in near:
            for whole in near:
                if part == whole:
                    continue
                broken, witnesses = _rate_rows(table, column, part, whole)
                if broken is None:
                    continue
                needed = _WITNESSES if all(q.decimals == 0 for _, _, _, q, _ in witnesses) else _WITNESSES - 1
                if len(witnesses) >= needed and len({round(w[4], 6) for w in witnesses}) >= 2 and len(broken) <= 1:
                    found[column] = [(part, whole, *entry) for entry in broken]
                    break
            if column in found:
                break
    return found


def _rate_rows(table, column: int, part: int, whole: int):
    """Rows where the rate is the part over the whole within its rounding (witnesses) and rows
    where it is not; ``(None, None)`` when a row's part exceeds its whole or the whole is zero."""
    broken, witnesses = [], []
    for row in table.body:
        a, b, rate = row.number(part), row.number(whole), row.number(column)
        if a is None or b is None or rate is None:
            continue
        if b.value <= 0 or a.value > b.value:
            return None, None
        actual = 100 * a.value / b.value
        entry = (row, a, b, rate, actual)
        slack = _percent_rounding(rate) + 100 * (a.resolution / b.value + a.value * b.resolution / b.value**2)
        (witnesses if abs(actual - rate.value) <= slack + 1e-9 else broken).append(entry)
    return broken, witnesses


@dataclass(frozen=True)
class _Relation:
    """How a derived column is made of two others, and which rows can show it."""

    word: str
    sign: int
    #: a sum of published figures may hide rounding no cell shows; a difference may not
    hidden_rounding: float
    #: a difference needs witnesses of more than one value (a copy of a column shows one)
    distinct_witnesses: int

    def breaks(self, rows, first: int, second: int, derived: int):
        """The one row that breaks the relation, when every other row shows it; else ``None``."""
        broken, shown = [], set()
        for row in rows:
            a, b, d = row.number(first), row.number(second), row.number(derived)
            if self.sign > 0 and (a.value == 0 or b.value == 0):
                return None  # a column beside a column of zeros is a copy, not a sum
            actual = _signed(row, a) + self.sign * _signed(row, b)
            if abs(_signed(row, d) - actual) <= rounding_of((a, b, d)) + self.hidden_rounding * abs(actual):
                if b.value == 0:
                    return None  # a copy of a column is no difference
                shown.add(actual)
            else:
                broken.append((row, a, b, d, actual))
        if len(broken) != 1 or len(shown) < self.distinct_witnesses:
            return None
        return broken[0]


_DIFFERENCE = _Relation("less", -1, 0.0, 2)
_SUM = _Relation("plus", +1, _HIDDEN_ROUNDING, 0)


class TableRelationReaders:
    """The readers of FG005 for relations a table shows without naming them."""

    def _table_relations(self, table) -> Iterator[Finding]:
        columns = [c for c in range(1, table.width) if _value_column(table, c)]
        said = False
        for finding in self._difference_columns(table, columns):
            said = True
            yield finding
        if not said:
            yield from self._sum_columns(table, columns)
        yield from self._leading_total(table, columns)
        yield from self._rate_columns(table)

    def _rate_columns(self, table) -> Iterator[Finding]:
        """A rate column that is one column over another in every row but one: that row's rate."""
        for column, broken in rate_columns(table).items():
            for part_column, whole_column, row, part, whole, rate, actual in broken:
                yield self.finding(
                    rate.start,
                    rate.end,
                    f"'{table.header_text(column)}' is '{table.header_text(part_column)}' over "
                    f"'{table.header_text(whole_column)}' in every other row, but for '{row.label}' "
                    f"{part.text} of {whole.text} is {actual:.1f}%, not {rate.text}",
                    expected=actual,
                )

    def _difference_columns(self, table, columns: list[int]) -> Iterator[Finding]:
        """A column equal to one earlier column less another in every row but one: that row's
        cell breaks the table's own relation. The rows that show it must give differences of
        more than one value, from a subtrahend that is never zero (a copy of a column is no
        difference), and there must be at least three of them."""

        def operands(derived: int) -> Iterator[tuple[int, int]]:
            before = [c for c in _near(columns, derived) if c < derived]
            return ((first, second) for first in before for second in before if second != first)

        yield from self._column_relation(table, columns, operands, _DIFFERENCE)

    def _sum_columns(self, table, columns: list[int]) -> Iterator[Finding]:
        """A column equal to two other columns added in every row but one ("2–4 day trips | 5 or
        more day trips | Trips with overnight stay"): that row's cell breaks the table's own sum.
        The rows that show it must be at least three, with parts that are never zero (a column
        beside a column of zeros is a copy, not a sum)."""

        def operands(derived: int) -> Iterator[tuple[int, int]]:
            near = _near(columns, derived)
            return ((first, second) for first in near for second in near if second > first)

        yield from self._column_relation(table, columns, operands, _SUM)

    def _column_relation(self, table, columns: list[int], operands, relation: _Relation) -> Iterator[Finding]:
        """The first derived column that ``relation`` of two others gives in every row but one:
        that row's cell, reported once per table."""
        rows = table.body
        if len(rows) < _WITNESSES + 1:
            return
        for derived in columns:
            for first, second in operands(derived):
                broken = relation.breaks(rows, first, second, derived)
                if broken is None:
                    continue
                row, a, b, d, actual = broken
                yield self.finding(
                    d.start,
                    d.end,
                    f"'{table.header_text(derived)}' is '{table.header_text(first)}' {relation.word} "
                    f"'{table.header_text(second)}' in every other row, but for '{row.label}' "
                    f"{a.text} {relation.word} {b.text} is {fmt(actual)}, not {d.text}",
                    expected=actual,
                )
                return

    def _leading_total(self, table, columns: list[int]) -> Iterator[Finding]:
        """A first row that is, in some column, the exact sum of the rows right under it (two or
        more): the same rows must add up to it in every other column."""
        rows = table.body
        if len(rows) < 3 or len(columns) < 2:
            return
        spans: Counter[int] = Counter()
        for column in columns:
            top = rows[0].number(column)
            if top.value < 100 * top.resolution:
                continue  # a figure of two digits is met by sums by chance
            running = 0.0
            for count, row in enumerate(rows[1:], start=1):
                running += row.number(column).value
                if count >= 2 and self._adds_up(rows, column, count):
                    spans[count] += 1
                    break
                if running > top.value * (1 + _HIDDEN_ROUNDING):
                    break
        if not spans:
            return
        count, shown = spans.most_common(1)[0]
        for column in columns:
            if self._adds_up(rows, column, count):
                continue
            top = rows[0].number(column)
            actual = sum(row.number(column).value for row in rows[1 : count + 1])
            yield self.finding(
                top.start,
                top.end,
                f"'{rows[0].label}' is the sum of the {count} rows under it in {shown} other column(s), but "
                f"for '{table.header_text(column)}' they add up to {fmt(actual / top.scale)}, not {top.text}",
                expected=actual / top.scale,
            )

    @staticmethod
    def _adds_up(rows, column: int, count: int) -> bool:
        """The ``count`` rows under the first add up to it, within the rounding of every cell."""
        top = rows[0].number(column)
        parts = [row.number(column) for row in rows[1 : count + 1]]
        slack = rounding_of((top, *parts)) + _HIDDEN_ROUNDING * top.value
        return abs(sum(q.value for q in parts) - top.value) <= slack


__all__ = ["TableRelationReaders"]
