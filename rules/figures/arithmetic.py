"""Arithmetic the text states in full and gets wrong: changes, multiples, totals, shares, ages."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

from scrapelint.model.finding import Finding
from scrapelint.model.rule import Option, Rule
from scrapelint.rules.figures import mentions, tables
from scrapelint.rules.figures.quantities import Quantity, hedge_before

INCREASE = r"advanced|rebounded|rose|rise|rising|risen|increased?|increasing|grew|grow|growth|growing|jumped|jump|climbed|climb|surged|surge|gained?|up|higher|soared|boost(?:ed)?"
DECREASE = r"slipped|slip|dipped|eased|tumbled|sank|fell|fall|falling|fallen|dropped|drop|declined?|declining|decreased?|decreasing|slid|slump(?:ed)?|plunged?|down|lower|shrank|shrunk|cut|lost|loss|reduction|reduced"
_CHANGE_WORD = re.compile(rf"(?i)\b(?:(?P<up>{INCREASE})|(?P<down>{DECREASE}))\b")
_MULTIPLE = re.compile(
    r"(?i)\b(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?(?P<word>doubled|tripled|trebled|quadrupled|halved)\b"
)
_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_FROM = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")
_TO = re.compile(
    r"(?i)^(?:\s+(?:in|at)\s+(?:the\s+)?[\w-]{1,20}(?:\s+\d{4})?)?\s*(?:,\s*)?to\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$"
)
# The stated percentage must belong to the from/to pair: "rose 25% from A to B",
# "from A to B, an increase of 25%", "from A to B (up 25%)".
_BEFORE_FROM = re.compile(r"(?i)^\s*(?:\w+\s+){0,3}?from\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")
_AFTER_TO = re.compile(
    r"(?i)^(?:\s+(?:in|at)\s+[\w-]{1,20}(?:\s+\d{4})?)?\s*(?:,|\(|—|–|-)\s*(?:a|an|or|up|down|representing|marking)?"
    r"(?:\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease)\s+of)?\s*(?:some\s+|about\s+|around\s+|nearly\s+)?$"
)
_POINTS = re.compile(r"(?i)^\s*(?:percentage\s+)?points?\b")
_TOTAL_CUE = re.compile(
    r"(?i)\b(?:a\s+total\s+of|in\s+total|totall?ing|total(?:led|ed)?\s+of)\b[^.;:]{0,20}$|\btotal\b[^.;:]{0,10}$"
)
_PARTS_CUE = re.compile(
    r"^[^.;\d]{0,50}?(?::|\bcomprising\b|\bconsisting\s+of\b|\bmade\s+up\s+of\b|\bbroken\s+down\s+into\b|\bsplit\s+into\b|—|–)\s*$"
)
_PART_JOIN = re.compile(r"^[\s\w'’-]{0,40}?(?:,\s*and|,|\band|;)\s*(?:about\s+)?$")
_REMAINDER = re.compile(r"(?i)\b(?:the\s+)?(?:remaining|rest|other|others)\b[^.;\d%]{0,12}$")
_BORN = re.compile(r"(?i)\b(?:born|founded|established|built|opened|created)\s+in\s+(?P<year>1[6-9]\d\d|20\d\d)\b")
_AGE = re.compile(r"(?i)\b(?:(?P<a>\d{1,3})-year-old|aged\s+(?P<b>\d{1,3})\b|(?P<c>\d{1,3})\s+years\s+old)")
_SPAN = re.compile(
    r"(?i)\b(?:from|between)\s+(?P<y1>1[6-9]\d\d|20\d\d)\s+(?:to|and|until|through|-|–)\s+(?P<y2>1[6-9]\d\d|20\d\d)\b"
)
_DURATION = re.compile(
    r"(?i)\b(?P<n>\d{1,3})[- ]year[- ](?:tenure|term|period|span|stint|career|run|reign|rule|war|gap|hiatus|presidency|premiership|mandate)\b"
    r"|\b(?:for|spanning|over|lasting)\s+(?P<m>\d{1,3})\s+years\b"
)
_YEARS_AGO = re.compile(
    r"(?i)\b(?:in\s+)?(?P<year>1[6-9]\d\d|20\d\d)\s*,\s*(?:some\s+|about\s+|nearly\s+)?(?P<n>\d{1,3})\s+years\s+ago\b"
)


def _interval(quantity: Quantity) -> tuple[float, float]:
    return quantity.value - quantity.resolution, quantity.value + quantity.resolution


def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


class ArithmeticMismatch(Rule):
    """Stated parts and a stated result that do not agree.

    ## What it does
    Recomputes what the text states in full and reports the expected value:
    a percentage change between two stated values ("rose 12% from $50 million
    to $60 million"), "doubled/tripled/halved from A to B", a total against its
    listed parts ("a total of 40 seats: 12 ..., 20 ... and 6 ..."), a table's
    Total row against its rows, shares that should make 100% (a table column
    headed "share", or "... and the remaining 20%"), and a difference of years
    against a stated age or duration ("born in 1950, the 70-year-old",
    "his 12-year tenure from 2010 to 2020"). Rounding of every written figure
    is allowed for, plus ``tolerance`` percent of the result for changes
    and multiples (totals and shares must match up to rounding).

    ## Why it matters
    One of the figures is wrong, and the reader has no way to know which:
    a copied number, a typo or an edit that changed one side only.

    ## Example
    ```text
    Sales rose 25% from $40 million to $60 million.   (expected 50%)
    ```

    ## Use instead
    "Sales rose 50% from $40 million to $60 million."

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `tolerance`: Extra slack for changes and multiples, in percent of the result, on top of rounding.
    """

    code = "FG005"
    name = "arithmetic-mismatch"
    options: ClassVar[dict[str, Option]] = {
        "tolerance": Option(1.0, "Extra slack for changes and multiples, in percent of the result, on top of rounding.")
    }

    def check(self, doc) -> Iterator[Finding]:
        quantities = mentions.quantities(doc)
        starts = [q.start for q in quantities]
        prose = doc.prose
        for sentence in doc.sentences:
            low = bisect_left(starts, sentence.start)
            high = bisect_left(starts, sentence.end, low)
            found = [q for q in quantities[low:high] if not q.is_year]
            if len(found) >= 2:
                yield from self._changes(prose, sentence, found)
                yield from self._totals(prose, found)
                yield from self._remainder_shares(prose, found)
            yield from self._ages(doc, sentence)
        yield from self._table_totals(doc)

    # -- percentage changes and multiples -----------------------------------

    def _from_to(self, prose: str, found: list[Quantity]):
        for left, right in pairwise(found):
            if not _FROM.search(prose[max(0, left.start - 30) : left.start]):
                continue
            if not _TO.match(prose[left.end : right.start]):
                continue
            if left.unit == "%" or right.unit == "%":
                continue  # changes between percentages may be points or percent: ambiguous
            first = left
            if left.unit not in ("", right.unit):
                continue
            if left.scale == 1.0 and right.scale != 1.0 and left.value < 1000:
                first = Quantity(
                    left.start, left.end, left.text, left.value * right.scale, right.unit, left.decimals, right.scale
                )
            if first.value <= 0:
                continue
            yield first, right

    def _changes(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        percents = [q for q in found if q.unit == "%" and not _POINTS.match(prose[q.end : q.end + 20])]
        for old, new in self._from_to(prose, found):
            tied = [
                q
                for q in percents
                if (q.end <= old.start and _BEFORE_FROM.match(prose[q.end : old.start]))
                or (q.start >= new.end and _AFTER_TO.match(prose[new.end : q.start]))
            ]
            if len(tied) == 1:
                yield from self._percent_change(prose, sentence, tied[0], old, new)
                continue
            lead_start = max(sentence.start, old.start - 50)
            for multiple in _MULTIPLE.finditer(prose, lead_start, old.start):
                if _BEFORE_FROM.match(prose[multiple.end() : old.start]):
                    yield from self._multiple(multiple, 0, old, new)

    def _percent_change(
        self, prose: str, sentence, stated: Quantity, old: Quantity, new: Quantity
    ) -> Iterator[Finding]:
        window = prose[max(sentence.start, stated.start - 40) : min(sentence.end, stated.end + 25)]
        change = _CHANGE_WORD.search(window)
        if not change:
            return
        hedge = hedge_before(prose, stated.start)
        if hedge == "bound":
            return
        low_old, high_old = _interval(old)
        low_new, high_new = _interval(new)
        actual = (new.value - old.value) / old.value * 100
        extremes = [(b - a) / a * 100 for a in (low_old, high_old) for b in (low_new, high_new) if a > 0]
        magnitude = [abs(x) for x in extremes]
        slack = (
            stated.resolution
            + self.config["tolerance"] / 100 * abs(actual)
            + (0.1 if hedge is None else 0.1 * stated.value)
        )
        lowest = 0.0 if min(extremes) <= 0 <= max(extremes) else min(magnitude)
        if lowest - slack <= stated.value <= max(magnitude) + slack:
            direction_up = change.group("up") is not None
            if actual == 0 or direction_up == (actual > 0):
                return
            message = (
                f"'{stated.text}' is described as a{' rise' if direction_up else ' fall'}, but {old.text} to {new.text} is a "
                f"{'rise' if actual > 0 else 'fall'} of {abs(actual):.1f}%"
            )
        else:
            message = f"{old.text} to {new.text} is a change of {actual:+.1f}%, not {stated.text}"
        yield self.finding(stated.start, stated.end, message, expected=round(actual, 2))

    def _multiple(self, match: re.Match, offset: int, old: Quantity, new: Quantity) -> Iterator[Finding]:
        factor = _FACTORS[match.group("word").lower()]
        ratio = new.value / old.value
        if factor < 1:  # "halved" is "doubled" read backwards
            factor, ratio = 1 / factor, old.value / new.value if new.value else float("inf")
        hedge = (match.group("hedge") or "").strip().lower()
        if hedge == "more than":
            low, high = factor * 0.97, float("inf")
        elif hedge in ("nearly", "almost"):
            low, high = factor * 0.75, factor * 1.05
        elif hedge:
            low, high = factor * 0.8, factor * 1.2
        else:
            low, high = factor * 0.9, factor * 1.1
        if low <= ratio <= high:
            return
        yield self.finding(
            offset + match.start(),
            offset + match.end(),
            f"'{match.group().strip()}' from {old.text} to {new.text}: the values differ by a factor of {ratio:.2f}, "
            f"not about {factor:g}",
            expected=round(factor, 2),
        )

    # -- totals and shares ----------------------------------------------------

    def _totals(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        for index, total in enumerate(found[:-2]):
            if not _TOTAL_CUE.search(prose[max(0, total.start - 40) : total.start]):
                continue
            rest = found[index + 1 :]
            if not _PARTS_CUE.match(prose[total.end : rest[0].start]):
                continue
            parts = [rest[0]]
            for previous, part in pairwise(rest):
                if not _PART_JOIN.match(prose[previous.end : part.start]):
                    break
                parts.append(part)
            if len(parts) < 2 or any(p.unit != total.unit for p in parts):
                continue
            if any(hedge_before(prose, q.start) for q in (total, *parts)):
                continue
            expected = sum(p.value for p in parts)
            slack = sum(p.resolution for p in parts) + total.resolution
            if abs(expected - total.value) > slack and total.value > 0:
                listed = " + ".join(p.text for p in parts)
                yield self.finding(
                    total.start,
                    total.end,
                    f"the total {total.text} does not match its listed parts ({listed} = {_fmt(expected)})",
                    expected=expected,
                )

    def _remainder_shares(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        shares = [q for q in found if q.unit == "%"]
        if len(shares) < 2:
            return
        last = shares[-1]
        if not _REMAINDER.search(prose[max(0, last.start - 30) : last.start]):
            return
        if any(hedge_before(prose, q.start) for q in shares):
            return
        total = sum(q.value for q in shares)
        slack = sum(q.resolution for q in shares) + 0.5
        if abs(total - 100) > slack:
            yield self.finding(
                last.start,
                last.end,
                f"the shares {', '.join(q.text for q in shares)} add up to {_fmt(total)}%, not 100%; "
                f"the remainder would be {_fmt(100 - total + last.value)}%",
                expected=round(100 - total + last.value, 3),
            )

    def _table_totals(self, doc) -> Iterator[Finding]:
        for table in tables.tables(doc):
            yield from self._table_total(table)
            yield from self._table_shares(table)

    def _table_total(self, table) -> Iterator[Finding]:
        total_rows = [row for row in table.body if tables.is_total_label(row.label)]
        if len(total_rows) != 1 or total_rows[0] is not table.body[-1]:
            return
        total_row = total_rows[0]
        parts = table.body[:-1]
        if len(parts) < 2:
            return
        for column in range(1, table.width):
            total = total_row.number(column)
            values = [row.number(column) for row in parts]
            if total is None or any(v is None for v in values):
                continue
            if total.unit == "%" and "share" not in table.header_text(column).lower():
                continue
            expected = sum(v.value for v in values)
            slack = sum(v.resolution for v in values) + total.resolution  # rounding only: totals are exact sums
            if abs(expected - total.value) > slack:
                yield self.finding(
                    total.start,
                    total.end,
                    f"the Total row gives {total.text} for '{table.header_text(column)}', but its rows add up to "
                    f"{_fmt(expected)}",
                    expected=expected,
                )

    def _table_shares(self, table) -> Iterator[Finding]:
        for column in range(1, table.width):
            header = table.header_text(column).lower()
            if not re.search(r"\bshare|proportion|breakdown|of\s+total|distribution|composition", header):
                continue
            rows = [row for row in table.body if not tables.is_total_label(row.label)]
            values = [row.number(column) for row in rows]
            if len(values) < 2 or any(v is None or v.unit not in ("%", "") for v in values):
                continue
            if not any(v.unit == "%" for v in values) and "%" not in header and "percent" not in header:
                continue
            total = sum(v.value for v in values)
            slack = sum(v.resolution for v in values) + 0.5
            if abs(total - 100) > slack and total > 50:
                yield self.finding(
                    values[0].start,
                    values[-1].end,
                    f"the shares in '{table.header_text(column)}' add up to {_fmt(total)}%, not 100%",
                    expected=100,
                )

    # -- ages and durations -------------------------------------------------

    def _ages(self, doc, sentence) -> Iterator[Finding]:
        text = sentence.text
        if "year" not in text and "aged" not in text:
            return
        published = None
        born = _BORN.search(text)
        age = _AGE.search(text) if born else None
        if born and age:
            published = doc.publication_date
            if published is not None:
                stated = int(age.group("a") or age.group("b") or age.group("c"))
                expected = published.year - int(born.group("year"))
                if stated not in (expected - 1, expected):
                    yield self.finding(
                        sentence.start + age.start(),
                        sentence.start + age.end(),
                        f"'{age.group()}' does not fit '{born.group()}': in {published.year} that is "
                        f"{expected - 1} or {expected}",
                        expected=expected,
                    )
        span = _SPAN.search(text)
        duration = _DURATION.search(text) if span else None
        if span and duration:
            stated = int(duration.group("n") or duration.group("m"))
            years = int(span.group("y2")) - int(span.group("y1"))
            if years > 0 and stated not in (years - 1, years, years + 1):
                yield self.finding(
                    sentence.start + duration.start(),
                    sentence.start + duration.end(),
                    f"'{duration.group()}' does not fit '{span.group()}', which spans {years} years",
                    expected=years,
                )
        ago = _YEARS_AGO.search(text)
        if ago:
            published = published or doc.publication_date
            if published is not None:
                stated = int(ago.group("n"))
                expected = published.year - int(ago.group("year"))
                if abs(stated - expected) > 1:
                    yield self.finding(
                        sentence.start + ago.start(),
                        sentence.start + ago.end(),
                        f"'{ago.group()}': from the publication year {published.year} that is {expected} years ago",
                        expected=expected,
                    )
