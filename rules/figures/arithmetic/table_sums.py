"""Tables: a Total row against its rows, a share column against 100%, a change column against its value columns,
rows each with a count and its share of one whole."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures import tables
from scrapelint.rules.figures.arithmetic.cues import CHANGE_HEADER as _CHANGE_HEADER
from scrapelint.rules.figures.arithmetic.cues import PERCENT_HEADER as _PERCENT_HEADER
from scrapelint.rules.figures.arithmetic.cues import YEAR_IN
from scrapelint.rules.figures.arithmetic.measures import fmt, interval, shown
from scrapelint.rules.figures.arithmetic.table_relations import rate_columns
from scrapelint.rules.figures.quantities import Quantity, rounding_of
from scrapelint.text.lazy import lazy

#: A text saying its percentage changes are taken on another basis than the figures shown
_CHANGE_BASIS = lazy(
    r"(?i)\b(?:percent(?:age)?|%)\s+changes?\s+(?:are|were)\s+(?:based\s+on|calculated\s+(?:on|from)|adjusted\s+for)\b"
)

#: A month named before a header's year ("Sept-2024", "Jun 2024", "Mar '24" has no full year)
_HEADER_MONTH = lazy(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[\s/-]{0,3}(?:19|20)\d\d\b")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


#: A row label that names a period ("2016", "April", "Q3 FY24", "H1"): rows of periods read down
_PERIOD_LABEL = lazy(
    r"(?i)\b(?:(?:19|20)\d\d|fy\s?\d\d|q[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)\b"
)

#: a period in a column header: "2016", "1Q16", "Q1 2016", "FY23", "H1", a month
_PERIOD_WORD = lazy(
    r"(?i)\b(?:(?:19|20)\d\d|[1-4]q\d\d|q[1-4](?:\s*+(?:19|20)?\d\d)?|fy\s?\d\d(?:\d\d)?|h[12]"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)\b"
)

#: a two-digit year after a quarter or half ("1Q16", "Q1 16", "FY23")
_SHORT_YEAR = lazy(r"(?i)(?:\b[1-4]q|\bq[1-4][\s'-]?|\bfy[\s'-]?|\bh[12][\s'-]?)(\d\d)\b")


#: A header of the percent sign or word alone
_PERCENT_ALONE = lazy(r"(?i)^\s*+(?:%|per\s?cent|pct\.?)\s*+$")


def _later_period(left: str, right: str) -> bool:
    """The left column's header names a later period than the right one's: a later year ("2008"
    before "2007"), or in the same year a later month ("Sept-2024" before "Jun-2024")."""
    first, second = YEAR_IN.search(left), YEAR_IN.search(right)
    if first is None or second is None:
        first, second = _SHORT_YEAR.search(left), _SHORT_YEAR.search(right)
        return first is not None and second is not None and int(first.group(1)) > int(second.group(1))
    if first.group() != second.group():
        return int(first.group()) > int(second.group())
    months = [_HEADER_MONTH.search(text) for text in (left, right)]
    if months[0] is None or months[1] is None:
        return False
    return _MONTHS.index(months[0].group(1).lower()) > _MONTHS.index(months[1].group(1).lower())


def _value_columns(table, column: int, percent: list[bool]) -> tuple[int, int]:
    """The two value columns a change column compares: the two right before it, unless the one
    right before holds shares (cells in percent) while the change is one of levels; then the two
    nearest columns before it whose headers name the same measure for two periods ("1Q16
    Shipments | 1Q16 Share | 1Q15 Shipments | 1Q15 Share | Change"), within a few columns
    (``percent`` says, per column, whether its cells are in percent)."""
    default = (column - 2, column - 1)
    if column < 3 or not percent[column - 1]:
        return default
    seen: dict[str, int] = {}
    for index in range(column - 1, max(0, column - 7), -1):  # nearest first, a bounded look back
        if percent[index]:
            continue
        stem = " ".join(_PERIOD_WORD.sub(" ", table.header_text(index).lower()).split())
        if not stem or stem == table.header_text(index).lower().strip():
            continue  # a header naming no period cannot pair with another period's column
        if stem in seen:
            return index, seen[stem]
        seen[stem] = index
    return default


def _signed_cells(table, column: int) -> bool:
    """A cell of the column is written with a sign ("-47.7", "+3.1"): the column holds changes,
    never shares of a whole, which cannot be negative or marked as a gain."""
    return any(row.cell(column).strip()[:1] in ("-", "+", "−") for row in table.body if row.number(column) is not None)


def _percent_cells(table, column: int) -> bool:
    """Most of the column's numeric cells carry a percent sign."""
    numbers = [q for row in table.body if (q := row.number(column)) is not None]
    return bool(numbers) and sum(q.unit == "%" for q in numbers) * 2 > len(numbers)


class TableReaders:
    """The readers of FG005 for: tables: a Total row against its rows, a share column against 100%, a change column against its value columns."""

    def _table_totals(self, doc) -> Iterator[Finding]:
        # "Percent changes are based on the daily sales rate": the text says its change
        # columns are not the change of the values shown
        other_basis = _CHANGE_BASIS.search(doc.prose) is not None
        for table in tables.tables(doc):
            yield from self._table_total(table)
            yield from self._table_shares(table)
            yield from self._table_share_wholes(table)
            yield from self._table_relations(table)
            if not other_basis:
                yield from self._table_changes(table)

    def _table_changes(self, table) -> Iterator[Finding]:
        """A change column ("Change", "% chg") against the two value columns right before it,
        or, when only one value column precedes it (periods as rows), against the row above."""
        percent: list[bool] | None = None
        change_of: dict[int, tuple[int, int]] = {}  # a change column -> the value columns it compares
        for column in range(1, table.width):
            header = table.header_text(column)
            # "2000 | 2010 | Change | %": a column headed by the percent sign alone right after a
            # change column is that change in percent, of the same two value columns
            follows = _PERCENT_ALONE.match(header) is not None and column - 1 in change_of
            if not (_CHANGE_HEADER.search(header) or follows):
                continue
            if percent is None:  # once per table, and only for a table with a change column
                percent = [_percent_cells(table, index) for index in range(table.width)]
            # the unit model: a header that carries the percent sign gives it to the bare cells below
            percent_column = _PERCENT_HEADER.search(header) is not None
            left, right = change_of[column - 1] if follows else _value_columns(table, column, percent)
            change_of[column] = (left, right)
            across = left >= 1 and any((q := row.number(left)) is not None and not q.is_year for row in table.body)
            # columns headed by periods ("August 2008 | August 2007") say which is the newer
            newer_first = across and _later_period(table.header_text(left), table.header_text(right))
            previous = None
            for row in table.body:
                stated, new = row.number(column), row.number(right)
                if new is not None and new.is_year:
                    new = None  # the column before is the period, not a value
                if across:
                    old = row.number(left)
                    if newer_first:
                        old, new = new, old
                elif _PERIOD_LABEL.search(row.label):
                    old, previous = previous, new
                else:
                    # rows that are not periods (terminals, products) are no series: the row
                    # above is another thing, not an earlier value of this one
                    old, previous = None, None
                self_old = old
                old = self_old
                if stated is None or old is None or new is None:
                    continue
                if stated.unit != "%" and not (percent_column and stated.unit == ""):
                    # a change in the values' own unit ("Change" over two counts): their difference
                    if across and not percent_column and stated.unit == new.unit == old.unit != "%":
                        yield from self._table_difference(row, stated, old, new)
                    continue
                if old.unit != new.unit or old.unit == "%" or old.value <= 0:
                    continue
                actual = (new.value - old.value) / old.value * 100
                signed = row.text[max(0, stated.start - 1) : stated.start] in ("-", "−", "+")
                value = (
                    -stated.value if row.text[max(0, stated.start - 1) : stated.start] in ("-", "−") else stated.value
                )
                low = min((b - a) / a * 100 for a in interval(old) for b in interval(new) if a > 0)
                high = max((b - a) / a * 100 for a in interval(old) for b in interval(new) if a > 0)
                slack = stated.resolution + self.config["tolerance"] / 100 * abs(actual) + 0.1
                if signed and low - slack <= value <= high + slack:
                    continue
                if not signed and min(abs(low), abs(high)) - slack <= value <= max(abs(low), abs(high)) + slack:
                    continue
                yield self.finding(
                    stated.start,
                    stated.end,
                    f"the change column gives {stated.text} for '{row.label}', but {old.text} to {new.text} is "
                    f"{actual:+.1f}%",
                    expected=round(actual, 2),
                )

    def _table_difference(self, row, stated: Quantity, old: Quantity, new: Quantity) -> Iterator[Finding]:
        """A change column's cell in the values' own unit against the difference of its row's two values."""
        actual = new.value - old.value
        before = row.text[max(0, stated.start - 1) : stated.start]
        slack = stated.resolution + old.resolution + new.resolution
        if before in ("-", "−", "+"):  # a signed cell says the direction too
            if abs((-stated.value if before != "+" else stated.value) - actual) <= slack:
                return
        elif abs(stated.value - abs(actual)) <= slack:
            return
        yield self.finding(
            stated.start,
            stated.end,
            f"the change column gives {stated.text} for '{row.label}', but {old.text} to {new.text} is {fmt(actual)}",
            expected=actual,
        )

    def _table_total(self, table) -> Iterator[Finding]:
        # the first Total row adds the rows above it; rows after it (a subtotal's remainder,
        # "Non-partisans" below "Total votes for parties") are outside its sum
        index = next((i for i, row in enumerate(table.body) if tables.is_total_label(row.label, table)), None)
        if index is None:
            return
        total_row = table.body[index]
        parts = table.body[:index]
        if len(parts) < 2:
            return
        rates = rate_columns(table)
        for column in range(1, table.width):
            total = total_row.number(column)
            values = [row.number(column) for row in parts]
            if total is None or any(v is None for v in values) or column in rates:
                continue  # a rate of each row's own whole is not added up ("Proportion of deaths (%)")
            if total.unit == "%" and "share" not in table.header_text(column).lower():
                continue
            expected = sum(v.value for v in values)
            slack = rounding_of((*values, total))  # rounding only: totals are exact sums
            if abs(expected - total.value) > slack:
                yield self.finding(
                    total.start,
                    total.end,
                    f"the Total row gives {total.text} for '{table.header_text(column)}', but its rows add up to "
                    f"{shown(expected, total)}",
                    expected=expected / total.factor,
                )

    def _table_shares(self, table) -> Iterator[Finding]:
        rates = rate_columns(table)
        for column in range(1, table.width):
            header = table.header_text(column).lower()
            if not re.search(r"\bshare|proportion|breakdown|of\s+total|distribution|composition", header):
                continue
            if column in rates:
                continue  # each row's part over its own whole: rates, not shares of one whole
            if _signed_cells(table, column):
                continue
            rows = [row for row in table.body if not tables.is_total_label(row.label, table)]
            values = [row.number(column) for row in rows]
            if len(values) < 2 or any(v is None or v.unit not in ("%", "") for v in values):
                continue
            if not any(v.unit == "%" for v in values) and "%" not in header and "percent" not in header:
                continue
            total = sum(v.value for v in values)
            slack = rounding_of(values) + 0.5
            if abs(total - 100) > slack and total > 50:
                yield self.finding(
                    values[0].start,
                    values[-1].end,
                    f"the shares in '{table.header_text(column)}' add up to {fmt(total)}%, not 100%",
                    expected=100,
                )

    def _table_share_wholes(self, table) -> Iterator[Finding]:
        """A column of shares beside a column of counts ("| Yes | 53.3% | 25389 |"): when the shares
        are of one whole, each row's count over its share gives that whole, and the rows must
        agree up to rounding. The shares are of one whole when they add up to about 100% (95 to
        105, so that one wrong cell still counts), or when the first row or a Total row holds
        100% (then several breakdowns of it may follow: "In households", "Male", "Female"). A
        change column ("% change"), and rows with no share or no count (a section's title), are
        left out."""
        for column in range(1, table.width):
            header = table.header_text(column)
            if _CHANGE_HEADER.search(header) or not (_PERCENT_HEADER.search(header) or _percent_cells(table, column)):
                continue
            if _signed_cells(table, column):
                continue
            rows = [row for row in table.body if row.number(column) is not None]
            shares = [row.number(column) for row in rows]
            if len(rows) < 2 or any(q.unit not in ("%", "") for q in shares):
                continue
            whole_row = [
                row
                for index, (row, share) in enumerate(zip(rows, shares, strict=True))
                if abs(share.value - 100) <= share.resolution
                and (index == 0 or tables.is_total_label(row.label, table))
            ]
            parts = [
                share for row, share in zip(rows, shares, strict=True) if not tables.is_total_label(row.label, table)
            ]
            if not whole_row and not 95 <= sum(q.value for q in parts) <= 105:
                continue
            for side in (column - 1, column + 1):
                if side < 1 or side >= table.width or _CHANGE_HEADER.search(table.header_text(side)):
                    continue
                counts = [row.number(side) for row in rows]
                if any(q is None or q.unit == "%" or q.is_year or q.value <= 0 for q in counts):
                    continue
                pairs = [(count, share) for count, share in zip(counts, shares, strict=True) if share.value > 0]
                if len({count.unit for count, _ in pairs}) == 1 and len(pairs) >= 2:
                    yield from self._one_whole(pairs)
                break
