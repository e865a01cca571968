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

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.measures import fmt
from scrapelint.rules.figures.quantities import Quantity, rounding_of

#: Rounding no cell shows: sums of published figures may be off by this share of their total
#: ("8464.00" above parts adding up to 8464.10), never more
_HIDDEN_ROUNDING = 0.0001
#: How many rows must show a difference column's relation, beside the one that breaks it
_WITNESSES = 3


def _signed(row, q: Quantity) -> float:
    """A cell's value with the sign written before it ("-3", "−19", "+44")."""
    return -q.value if row.text[max(0, q.start - 1) : q.start] in ("-", "−") else q.value


def _value_column(table, column: int) -> bool:
    """Every row has a plain figure in the column (no percentage, no year)."""
    cells = [row.number(column) for row in table.body]
    return all(q is not None and q.unit != "%" and not q.is_year for q in cells)


class TableRelationReaders:
    """The readers of FG005 for relations a table shows without naming them."""

    def _table_relations(self, table) -> Iterator[Finding]:
        columns = [c for c in range(1, table.width) if _value_column(table, c)]
        yield from self._difference_columns(table, columns)
        yield from self._leading_total(table, columns)

    def _difference_columns(self, table, columns: list[int]) -> Iterator[Finding]:
        """A column equal to one earlier column less another in every row but one: that row's
        cell breaks the table's own relation. The rows that show it must give differences of
        more than one value, from a subtrahend that is never zero (a copy of a column is no
        difference), and there must be at least three of them."""
        rows = table.body
        if len(rows) < _WITNESSES + 1:
            return
        for derived in columns:
            for first in (c for c in columns if c < derived):
                for second in (c for c in columns if c < derived and c != first):
                    broken = []
                    shown = set()
                    for row in rows:
                        a, b, d = row.number(first), row.number(second), row.number(derived)
                        actual = _signed(row, a) - _signed(row, b)
                        if abs(_signed(row, d) - actual) <= rounding_of((a, b, d)):
                            if b.value == 0:
                                break
                            shown.add(actual)
                        else:
                            broken.append((row, a, b, d, actual))
                    else:
                        if len(broken) != 1 or len(rows) - 1 < _WITNESSES or len(shown) < 2:
                            continue
                        row, a, b, d, actual = broken[0]
                        yield self.finding(
                            d.start,
                            d.end,
                            f"'{table.header_text(derived)}' is '{table.header_text(first)}' less "
                            f"'{table.header_text(second)}' in every other row, but for '{row.label}' "
                            f"{a.text} less {b.text} is {fmt(actual)}, not {d.text}",
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
