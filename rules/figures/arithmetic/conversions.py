"""Amounts converted into another currency in brackets: one text, one exchange rate."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import CLOSE
from scrapelint.rules.figures.arithmetic.measures import fmt
from scrapelint.rules.figures.quantities import SCALES, Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: "43.6 billion US dollars (£26.1 billion)": an amount and the same amount in another currency
_CONVERTED = lazy(r"^\s*+\(\s*+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+|approx\.\s+|~\s*+)?$")


#: Fixed factors between measures a text may give side by side ("37 billion US tons (34 billion
#: metric tonnes)", "40 miles (64 km)"); gallons are left out, as US and imperial ones differ
_FACTORS = {
    ("short t", "t"): 0.90718474,
    ("mi", "km"): 1.609344,
    ("acre", "ha"): 0.40468564,
}
_DIGITS = lazy(r"\d[\d,]*+")

#: Slack of a fixed conversion on top of rounding: authors round factors ("about 1.6 km a mile")
_CONVERSION_SLACK = 0.03


#: After a count over a year: "84,000 in the year, or", "1.2 million a year, or about"
_YEAR_THEN_OR = lazy(
    r"(?i)^(?:\s++[a-z]++){0,3}?\s++(?:in\s++(?:the|a|one)\s++year|a\s++year|per\s++year|annually|each\s++year"
    r"|(?:this|last)\s++year|in\s++(?:19|20)\d\d)\s*+,\s*+or\s++(?P<hedge>about\s++|around\s++|some\s++|nearly\s++|almost\s++)?$"
)
#: After the same count per a shorter period: "230 a day", "4,400 per week"
_PER_PERIOD = lazy(r"(?i)\s++(?:a|per|each|every)\s++(?P<period>day|week|month)\b")
_PERIODS_IN_YEAR = {"day": 365.25, "week": 52.18, "month": 12.0}


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

    def _measure_conversions(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """A measure with its value in another unit in brackets at a fixed factor ("37 billion US
        tons (34 billion metric tonnes)", "40 miles (64 km)"): the two must agree up to rounding
        and a rounded factor."""
        ordered = sorted(found, key=lambda q: q.start)
        for amount, converted in pairwise(ordered):
            factor = _FACTORS.get((amount.unit, converted.unit))
            if factor is None and (inverse := _FACTORS.get((converted.unit, amount.unit))):
                factor = 1 / inverse
            if factor is None and _rescaled(amount, converted):
                factor = 1.0  # "21.31 million (213 lakh)": the same amount with another scale word
            if factor is None or amount.value <= 0 or converted.value <= 0:
                continue
            if not _CONVERTED.match(prose[amount.end : converted.start]) or not CLOSE.match(prose[converted.end :]):
                continue
            hedged = prose[amount.end : converted.start].strip(" (")  # "(about 64 km)"
            expected = amount.value * factor
            slack = _rounding(converted) + _rounding(amount) * factor + _CONVERSION_SLACK * expected
            if hedged:
                slack += 0.05 * expected
            if abs(converted.value - expected) <= slack:
                continue
            yield self.finding(
                converted.start,
                converted.end,
                (
                    f"{amount.text} ({converted.text}): at {factor:.4g} {converted.unit} a {amount.unit} it is about"
                    if factor != 1.0
                    else f"{amount.text} ({converted.text}): the same amount is about"
                )
                + f" {fmt(expected / converted.scale)}{_scale_word(converted)}",
                expected=expected / converted.scale,
            )

    def _period_rates(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """A count over a year restated as a rate of a shorter period ("84,000 in the year, or
        230 a day"): the two must agree up to rounding."""
        ordered = sorted(found, key=lambda q: q.start)
        for yearly, rate in pairwise(ordered):
            said = _YEAR_THEN_OR.match(prose[yearly.end : rate.start])
            per = _PER_PERIOD.match(prose, rate.end)
            if said is None or per is None or "%" in (yearly.unit, rate.unit) or yearly.is_year or rate.is_year:
                continue
            if yearly.unit != rate.unit or yearly.value <= 0:
                continue
            expected = yearly.value / _PERIODS_IN_YEAR[per.group("period").lower()]
            slack = _rounding(rate) + 0.02 * expected
            if hedge_before(prose, yearly.start) or said.group("hedge"):
                slack += 0.05 * expected
            if abs(rate.value - expected) <= slack:
                continue
            yield self.finding(
                rate.start,
                per.end(),
                f"{yearly.text} a year is about {fmt(round(expected / rate.scale, 1))} a {per.group('period').lower()},"
                f" not {rate.text}",
                expected=round(expected / rate.scale, 1),
            )


def _rescaled(amount: Quantity, converted: Quantity) -> bool:
    """Two amounts of one unit, each with a scale word and not the same one ("21.31 million (213
    lakh)", "1,200 MW (1.2 GW)"): the amount restated, as a conversion into another unit is."""
    if amount.unit != converted.unit or amount.unit == "%" or amount.is_year or converted.is_year:
        return False
    return amount.scale != 1.0 and converted.scale != 1.0 and amount.scale != converted.scale


def _rounding(quantity: Quantity) -> float:
    """Half the last written digit, in base units, with a whole number's trailing zeros read as
    rounding ("(5 km)" is good to 0.5 km, "(100 km)" to 50 km): conversions are written rounded."""
    number = _DIGITS.search(quantity.text)
    if number is None or quantity.decimals:
        return 0.5 * 10 ** (-quantity.decimals) * quantity.scale
    digits = number.group().replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10 ** min(zeros, len(digits) - 1) * quantity.scale


def _scale_word(quantity: Quantity) -> str:
    """ " billion" for "34 billion metric tonnes": the scale word as written, if any."""
    words = quantity.text.split()
    if len(words) == 2 and not quantity.unit and words[1].lower() in SCALES:
        return f" {words[1]}"  # "37 lakh": a scale word and no unit
    return (
        f" {words[1]}" if len(words) > 2 and words[1].lower() in ("thousand", "million", "billion", "trillion") else ""
    )
