"""Numbers and quantities as news text writes them: "$56 billion", "9.9 trillion yen", "5.6%".

A compact parser of our own, because the traps matter more than coverage:
a dash before a number is a range or a hyphen, never a minus sign ("15%-20%",
"$70 billion"); "1,000" is a thousand while "1.000" is ambiguous and left
alone; a bare four-digit number between 1600 and 2199 is a year, not a
quantity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from scrapelint.text.lazy import lazy

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "lakh": 1e5,
    "crore": 1e7,
    "trillion": 1e12,
    "tn": 1e12,
    "tln": 1e12,
}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    "inr": "INR",
    # letter prefixes written against the number, as Asian, African and Pacific outlets write them
    "rm": "MYR",
    "rp": "IDR",
    "rp.": "IDR",
    "s$": "SGD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "c$": "CAD",
    "ca$": "CAD",
    "¥": "JPY",
    "₦": "NGN",
    "₱": "PHP",
    "₩": "KRW",
}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "yuan": "CNY",
    "rupees": "INR",
    "gbp": "GBP",
    "inr": "INR",
    "jpy": "JPY",
    "cny": "CNY",
    "ringgit": "MYR",
    "ringgits": "MYR",
    "rand": "ZAR",
    "naira": "NGN",
    "baht": "THB",
    "rupiah": "IDR",
    "pesos": "PHP",
    "dirhams": "AED",
    "riyals": "SAR",
    "shillings": "KES",
}
#: Units of measure written after the number ("3 million tonnes", "40 km"), by canonical name.
MEASURE_UNITS = {
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "mt": "t",  # "21.23 mt": million tonnes in trade reporting
    "mmt": "t",  # "8.95 MMT": million metric tonnes, as grain reports write them
    "kg": "kg",
    "kilograms": "kg",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "miles": "mi",
    "barrels": "bbl",
    "litres": "l",
    "liters": "l",
    "hectares": "ha",
    "acres": "acre",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "megawatts": "MW",
    "gigawatts": "GW",
    "kilowatts": "kW",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "twh": "TWh",
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "terawatt-hours": "TWh",
    "gigawatt-hours": "GWh",
    "megawatt-hours": "MWh",
    "kilowatt-hours": "kWh",
    "b/d": "bbl/day",
    "bpd": "bbl/day",
    "bbl/d": "bbl/day",
    "bbl": "bbl",
    "barrel": "bbl",
    "m3": "m3",
    "m³": "m3",
    "gallons": "gal",
    "teu": "TEU",  # twenty-foot equivalent units: container throughput
    "teus": "TEU",
}
#: Units with a metric prefix, folded into their base unit so that "1,200 MW" and "1.2 GW" are
#: one measure: canonical name -> (base unit, factor)
SI_PREFIXED = {
    "kW": ("W", 1e3),
    "MW": ("W", 1e6),
    "GW": ("W", 1e9),
    "kWh": ("Wh", 1e3),
    "MWh": ("Wh", 1e6),
    "GWh": ("Wh", 1e9),
    "TWh": ("Wh", 1e12),
    "kg": ("t", 1e-3),
    "mm": ("m", 1e-3),
    "cm": ("m", 1e-2),
}
HEDGES = (
    "approximately",
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "an estimated",
    "estimated",
    "close to",
)
BOUNDS = ("more than", "over", "less than", "under", "at least", "up to", "above", "below", "exceeding", "upwards of")

#: Western grouping ("1,234,567"), Indian lakh/crore grouping ("12,34,567": pairs, then three
#: digits), or no grouping
#: grouping, thousands grouped by spaces as SI style and South African or European English write
#: them ("8 507 000", no-break and thin spaces too), a decimal comma before a percent sign or a
#: scale word ("0,9 %", "10,2 million"), or no grouping
NUMBER = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})++(?![\d.,]\d)"
    r"|\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent\b|percent\b|million\b|billion\b|trillion\b))"
    r"|\d+(?:\.\d+)?"
)
_SPACE_GROUPED = lazy(r"^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$")
_DECIMAL_COMMA = lazy(r"^\d{1,3},\d{1,2}$")
_QUANTITY = lazy(
    r"(?<![\w.,])(?P<cur>US\$\s?|(?:NZ|HK|AU|CA|[SAC])\$\s?|\$\s?|€|£|₹|¥|₦|₱|₩|USD\s?|EUR\s?|GBP\s?|INR\s?|Rs\.?\s?|RM\s?|Rp\.?\s?)?"
    rf"(?P<num>{NUMBER})(?![\d])"
    # a scale or unit word is read on the number's own line only ("Trips: 64\nKilometres ridden:
    # 1,856" is a count above the next label, not 64 km)
    r"(?:[^\S\n]?(?P<scale>trillion|billion|million|thousand|crore|lakh|bn|mn|mln|bln|tn|[kmb])\b(?!/))?"
    r"(?:(?:[^\S\n]?|-(?=per))(?P<unit>%|percent\b|per[\s-]?cent\b|pc\b|(?:US\s)?dollars\b|euros?\b|pounds\b|yen\b|won\b|yuan\b|rupees\b|ringgits?\b|rand\b|naira\b|baht\b|rupiah\b|pesos\b|dirhams\b|riyals\b|shillings\b"
    r"|USD\b|EUR\b|GBP\b|INR\b|JPY\b|CNY\b"
    r"|(?:US|short)\s(?:tonnes?|tons?)\b|(?:metric\s)?tonnes?\b|(?:metric\s)?tons?\b|mmt\b|mt\b|kg(?:\b|(?=(?-i:[A-Z]{1,3})\b))|kilograms\b|km\b|kilomet(?:re|er)s\b|miles\b|barrels?\b|bbl/d\b|bbl\b|m3\b|m³|gallons\b"
    r"|lit(?:re|er)s\b|hectares\b|acres\b|[mgk]w(?:\b|(?=(?-i:[A-Z]{1,3}|p)\b))|[tgmk]wh\b|(?:tera|giga|mega|kilo)watt-hours\b|(?:giga|mega|kilo)watts\b"
    r"|mm\b|cm\b|(?:milli|centi)met(?:re|er)s\b|b/d\b|bpd\b|teus?\b)"
    # a code written against a unit names what is measured ("84.0m kgMS": milk solids, "5 GWp"):
    # the same unit of measure
    r"(?:(?<=[a-z])(?-i:[A-Z]{1,3}|p)\b)?"
    r"(?P<rate>\s(?:per|a)\s(?:day|week|month|year|annum)\b(?!\s+(?:earlier|ago|before|later|on\b)))?)?",
    re.IGNORECASE,
)
_AMBIGUOUS_DOTS = lazy(r"^\d{1,3}\.\d{3}$")
_MONTHS = r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_BEFORE = lazy(rf"(?i)\b(?:{_MONTHS})\s$")
_MONTH_AFTER = lazy(rf"(?i)(?:st|nd|rd|th)?\s(?:{_MONTHS})(?!\w)")
_DIGIT = lazy(r"\d")
#: "1st", "11th", "23rd": the suffix of an ordinal right after its digits
_ORDINAL = lazy(r"(?:st|nd|rd|th)\b")
#: "2020-21", "2014/15": the two digits after a year and a dash or slash end a season or fiscal year
_YEAR_BEFORE = lazy(r"(?:19|20)\d\d[-/–]$")
#: The longest currency prefix before a number ("USD ", "Rs. "), in characters.
_PREFIX = 5
#: "per share", "per tonne" after an amount: the amount is a rate of another measure. Periods of
#: time are left to the amount's own measure ("$5 million per year" rises from "$4 million").
_PER_THING = lazy(
    r"(?i)\s++per\s++(?!cent\b|annum\b|(?:day|week|month|quarter|year|hour|season)s?\b)(?P<thing>[a-z][a-z-]*+)\b"
)
#: "March 20-21", "2019/20": the number after a date's dash or slash ends a range of dates
_DATE_RANGE_JOIN = frozenset({"-", "–", "/"})
_UNITS_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen"
).split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: A whole percentage written in words ("twenty-six percent", "five per cent"): read as its number.
_WORD_PERCENT = lazy(
    rf"(?i)(?<![\w-])(?:(?P<tens>{'|'.join(_TENS_WORDS)})(?:[-\s](?P<ones>{'|'.join(_UNITS_WORDS[:9])}))?"
    rf"|(?P<small>{'|'.join(_UNITS_WORDS)}))\s(?:percent|per\s?cent)\b"
)


@dataclass(frozen=True)
class Quantity:
    """A number in the text with its scale and unit; ``value`` is in base units."""

    start: int
    end: int
    text: str
    value: float
    unit: str  # "USD", "JPY", "%", "" (a count or a bare number)
    decimals: int  # digits after the decimal point as written, for rounding tolerance
    scale: float = 1.0
    is_year: bool = False
    factor: float = 1.0  # the metric prefix folded into ``scale`` ("GW": 1e9 W), for display

    @property
    def resolution(self) -> float:
        """Half the last written digit, in base units: how far rounding may have moved it.

        Whole counts ("40 seats") are taken as exact; amounts with a scale word
        ("$4 billion") and percentages are taken as rounded.
        """
        if self.decimals == 0 and self.scale == 1.0 and self.unit != "%":
            return 0.0
        return 0.5 * 10 ** (-self.decimals) * self.scale


def rounding_of(quantities: Iterable[Quantity]) -> float:
    """How far figures written to their own precision can be off together: the sum of their resolutions."""
    return sum(q.resolution for q in quantities)


def parse_number(text: str) -> float | None:
    """ "1,234.5" -> 1234.5; "1.000" (European thousands or a decimal?) -> None."""
    text = text.strip()
    if _AMBIGUOUS_DOTS.match(text) and text.endswith("000"):
        return None
    if _SPACE_GROUPED.match(text):
        return float("".join(text.split()))
    if _DECIMAL_COMMA.match(text):
        return float(text.replace(",", "."))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in ``text[start:end]`` with its scale and unit."""
    end = len(text) if end is None else end
    result = []
    for match in _matches(text, start, end):
        cur, raw, scale_group, word_group = match.group("cur", "num", "scale", "unit")
        value = parse_number(raw)
        if value is None:
            continue
        if not (cur or scale_group or word_group):  # a bare number, most of them: no unit to read
            stop = match.end("num")
            if _ORDINAL.match(text, stop):
                continue  # "the 11th fastest-growing state": a rank, not an amount
            if _HYPHENED_RANGE_AFTER.match(text, stop) or _HYPHENED_RANGE_BEFORE.search(
                text, max(0, match.start() - 8), match.start()
            ):
                continue  # "the 35-to-44 age group": the bounds of a band named in one word, not amounts
            is_year = (
                (len(raw) == 4 and raw.isdigit() and 1600 <= int(raw) <= 2199)
                or _is_day(text, match)
                or (len(raw) == 2 and _YEAR_BEFORE.match(text, max(0, match.start() - 5), match.start()) is not None)
                or _ends_date_range(text, match, result)
            )
            decimals = _decimals(raw)
            first = match.start()
            result.append(Quantity(first, stop, text[first:stop], value, "", decimals, 1.0, is_year))
            continue
        scale_word = (match.group("scale") or "").lower()
        if scale_word in ("k", "m", "b") and not match.group("cur") and not _scales_unit(match):
            scale_word = ""  # "5 m" is metres, "3 b" is a list item: only "$5m" and "991m litres" scale
        scale = SCALES.get(scale_word, 1.0)
        unit = ""
        currency = (match.group("cur") or "").strip().lower()
        if currency:
            unit = CURRENCY_SYMBOLS.get(currency, "")
        word = (match.group("unit") or "").lower()
        if word in ("%", "percent", "pc") or word.replace(" ", "").replace("-", "") == "percent":
            unit = "%"
        elif word and match.group("rate") and word.split()[0] in MEASURE_UNITS:
            unit = MEASURE_UNITS[word.split()[0]].split("/")[0] + "/" + match.group("rate").split()[-1]
        elif word.startswith(("us ", "short ")) and word.split()[-1].startswith("ton"):
            unit = "short t"  # US (short) tons: 0.907 of a metric tonne, another measure
        elif word and word.split()[-1] in MEASURE_UNITS:
            unit = MEASURE_UNITS[word.split()[-1]]
            # "21.23 mt" and "74.8 Mt" are million tonnes in trade reporting; a count already
            # grouped in thousands ("939,000 mt") is metric tonnes, unless written as megatonnes
            # "8.95 MMT" is million metric tonnes, as grain reports write them
            million = word == "mmt" or ("," not in raw or match.group("unit") == "Mt")
            if word in ("mt", "mmt") and scale == 1.0 and million:
                scale = 1e6
        elif word:
            unit = CURRENCY_WORDS.get(word.split()[-1], unit)
        per = _PER_THING.match(text, match.end()) if unit and unit != "%" and "/" not in unit else None
        if per is not None:
            unit = f"{unit}/{per.group('thing').lower()}"  # "$0.46 per share" is not "$2.0 million"
        factor = 1.0
        if unit in SI_PREFIXED:
            unit, factor = SI_PREFIXED[unit]
            scale *= factor
        stop = match.end("num")
        for group in ("rate", "unit", "scale"):
            if match.group(group):
                stop = match.end(group)
                break
        decimals = _decimals(raw)
        is_year = (
            not unit
            and scale == 1.0
            and len(raw) == 4
            and raw.isdigit()
            and 1600 <= int(raw) <= 2199
            and not match.group("cur")
        )
        result.append(
            Quantity(
                match.start(), stop, text[match.start() : stop], value * scale, unit, decimals, scale, is_year, factor
            )
        )
    if "cent" in text[start:end].lower():
        worded = list(_word_percents(text, start, end))
        if worded:
            result = sorted([*result, *worded], key=lambda q: q.start)
    if "million" in text[start:end] or "billion" in text[start:end]:
        worded = [
            q for q in _word_amounts(text, start, end) if not any(r.start < q.end and q.start < r.end for r in result)
        ]
        if worded:
            result = sorted([*result, *worded], key=lambda q: q.start)
    if "(" in text[start:end]:
        result = _defined_units(text, result)
    return result


#: An abbreviation defined in brackets right after a measure: "11.0 million metric tons (mmt)"
_ABBREVIATION = lazy(r"\s*+\((?P<abbr>[A-Za-z]{2,5})\)")


def _defined_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers written with an abbreviation the text defined after a measure ("11.0 million
    metric tons (mmt) ... down 2.1 mmt") take that measure's scale and unit: the abbreviation
    is the document's own name for it, so both figures are one measure."""
    defined: dict[str, Quantity] = {}
    out = []
    for q in found:
        if q.unit and q.unit != "%" and not q.is_year:
            named = _ABBREVIATION.match(text, q.end)
            if named is not None and len(defined) < 8:  # a text defines a few units, not a list of them
                defined[named.group("abbr")] = q
        elif defined and not q.unit and q.scale == 1.0 and not q.is_year:
            after = text[q.end : q.end + 7]
            for abbr, like in defined.items():
                if after.startswith(" " + abbr) and not after[len(abbr) + 1 : len(abbr) + 2].isalnum():
                    stop = q.end + 1 + len(abbr)
                    q = replace(
                        q, end=stop, text=text[q.start : stop], value=q.value * like.scale, unit=like.unit,
                        scale=like.scale, factor=like.factor,
                    )  # fmt: skip
                    break
        out.append(q)
    return out


def _scales_unit(match: re.Match) -> bool:
    """ "991m litres", "84.0m kgMS": a scale letter written against the number scales the unit of
    measure after it, as "$5m" scales a currency."""
    word = (match.group("unit") or "").lower()
    return match.start("scale") == match.end("num") and bool(word) and word.split()[-1] in MEASURE_UNITS


def _word_percents(text: str, start: int, end: int) -> Iterator[Quantity]:
    """Whole percentages written in words ("twenty-six percent"): the same measure as "26%",
    exact to half a point like any whole percentage."""
    for match in _WORD_PERCENT.finditer(text, start, end):
        tens, ones, small = match.group("tens", "ones", "small")
        if small:
            value = _UNITS_WORDS.index(small.lower()) + 1
        else:
            value = 10 * (_TENS_WORDS.index(tens.lower()) + 2) + (_UNITS_WORDS.index(ones.lower()) + 1 if ones else 0)
        yield Quantity(match.start(), match.end(), match.group(), float(value), "%", 0)


#: An amount in words with a unit of measure: "half a million tonnes", "a billion barrels"
_WORD_AMOUNT = lazy(
    r"(?i)(?<![\w-])(?:(?P<frac>half|a\s++quarter|three\s++quarters)\s++(?:of\s++)?an?|an?|one)\s++"
    r"(?P<scale>million|billion)\s++(?P<unit>(?:metric\s++)?(?:tonnes|tons)|barrels)\b"
)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}


def _word_amounts(text: str, start: int, end: int) -> Iterator[Quantity]:
    """Amounts of a measure written in words ("half a million tonnes"): the measure of "0.5 million
    tonnes"; a fraction is read to a tenth of the scale word, "a million" to half of it."""
    for match in _WORD_AMOUNT.finditer(text, start, end):
        frac = " ".join((match.group("frac") or "").lower().split())
        scale = SCALES[match.group("scale").lower()]
        unit = MEASURE_UNITS[match.group("unit").lower().split()[-1]]
        value = _FRACTIONS.get(frac, 1.0)
        yield Quantity(match.start(), match.end(), match.group(), value * scale, unit, 1 if frac else 0, scale)


#: A range written as one hyphened word ("35-to-44", "18-and-over" is no range): its bounds
#: name a band ("the 35-to-44 age group"), they are not amounts of the sentence
_HYPHENED_RANGE_AFTER = re.compile(r"-to-\d")
_HYPHENED_RANGE_BEFORE = re.compile(r"\d-to-$")


def _ends_date_range(text: str, match: re.Match, found: list[Quantity]) -> bool:
    """ "July-March 20-21": a bare number right after a date's dash or slash ends a range of dates."""
    if not found or not found[-1].is_year:
        return False
    return found[-1].end == match.start() - 1 and text[found[-1].end] in _DATE_RANGE_JOIN


def _decimals(raw: str) -> int:
    """Digits written after the decimal mark: a point, or a comma in "0,9 %"."""
    if "." in raw:
        return len(raw.split(".")[1])
    return len(raw.split(",")[1]) if _DECIMAL_COMMA.match(raw) else 0


def _is_day(text: str, match: re.Match) -> bool:
    """ "Nov. 7", "7 November": a day of the month is part of a date, not a quantity (it is
    marked like a year, so that nothing counts it as a value)."""
    raw = match.group("num")
    if not raw.isdigit() or len(raw) > 2 or not 1 <= int(raw) <= 31:
        return False
    return bool(
        _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
        or _MONTH_AFTER.match(text, match.end("num"))
    )


def _matches(text: str, start: int, end: int) -> Iterator[re.Match]:
    """``_QUANTITY.finditer(text, start, end)``, skipping the stretches without digits.

    Every match holds a number and at most a short currency prefix before it, so the
    earliest match from ``pos`` on starts no sooner than a few characters before the
    next digit: searching from there finds the same match without trying (and failing
    the look-behind at) every position of digit-free prose.
    """
    pos = start
    while True:
        digit = _DIGIT.search(text, pos, end)
        if digit is None:
            return
        match = _QUANTITY.search(text, max(pos, digit.start() - _PREFIX), end)
        if match is None:
            return
        yield match
        pos = match.end()


def hedge_before(text: str, start: int) -> str | None:
    """ "approximately" or "more than" just before a quantity, as it reads."""
    before = text[max(0, start - 24) : start].lower().rstrip()
    for phrase in BOUNDS:
        if before.endswith(phrase):
            return "bound"
    for phrase in HEDGES:
        if before.endswith(phrase):
            return "hedge"
    return None
