"""Amounts converted into another currency in brackets: one text, one exchange rate."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import CLOSE
from scrapelint.rules.figures.quantities import Quantity
from scrapelint.text.lazy import lazy

#: "43.6 billion US dollars (£26.1 billion)": an amount and the same amount in another currency
_CONVERTED = lazy(r"^\s*+\(\s*+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+|approx\.\s+|~\s*+)?$")


class ConversionReaders:
    """The readers of FG005 for: amounts converted into another currency in brackets: one text, one exchange rate."""

    def _conversions(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """Amounts given with their value in another currency in brackets ("45.6 billion US
        dollars (£27.2bn)") imply an exchange rate; one text uses one rate, within a margin.
        With three or more conversions between the same two currencies, one whose rate is five
        times off the others' median or more has lost or gained a scale word ("(£26 million)"
        for 43.6 billion dollars); two that far apart are reported together, as either may be
        the wrong one."""
        rates: dict[tuple[str, str], list[tuple[float, Quantity, Quantity]]] = {}
        ordered = sorted(found, key=lambda q: q.start)
        for amount, converted in pairwise(ordered):
            units = (amount.unit, converted.unit)
            if not all(len(unit) == 3 and unit.isupper() for unit in units) or units[0] == units[1]:
                continue
            if amount.value <= 0 or converted.value <= 0:
                continue
            if not _CONVERTED.match(prose[amount.end : converted.start]) or not CLOSE.match(prose[converted.end :]):
                continue
            if units in rates or (units[1], units[0]) not in rates:
                rates.setdefault(units, []).append((converted.value / amount.value, amount, converted))
            else:
                rates[(units[1], units[0])].append((amount.value / converted.value, converted, amount))
        for (base, other), seen in rates.items():
            if len(seen) == 2:
                (first, amount, converted), (second, _, later) = seen
                if max(first / second, second / first) >= 5:
                    yield self.finding(
                        amount.start,
                        later.end,
                        f"the two conversions disagree: {amount.text} ({converted.text}) makes 1 {base} ="
                        f" {first:.4g} {other}, the later one {second:.4g} {other}",
                        expected=second,
                    )
                continue
            median = sorted(rate for rate, _, _ in seen)[len(seen) // 2]
            for rate, amount, converted in seen:
                if max(rate / median, median / rate) < 5:
                    continue
                yield self.finding(
                    min(amount.start, converted.start),
                    max(amount.end, converted.end),
                    f"{amount.text} ({converted.text}) makes 1 {base} = {rate:.4g} {other};"
                    f" the text's other conversions make it {median:.4g} {other}",
                    expected=amount.value * median,
                )
