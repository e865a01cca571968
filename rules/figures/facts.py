"""Figure facts: (subject and metric, period, unit) -> value, from prose and from tables.

Only plain statements qualify, so that two facts with the same key really
claim the same thing: "In 2024, Japan's defense budget reached $56 billion"
(one possessive subject, one metric word, one year, one amount after it), or
a table whose header names the metric and its unit ("Japan Defense Budget
(USD Billion)") with a year in each row's first cell.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from scrapelint.rules.figures import mentions, tables
from scrapelint.rules.figures.quantities import CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES, Quantity, hedge_before
from scrapelint.text.lazy import lazy

METRIC_NOUNS = (
    "budget|budgets|spending|expenditure|revenue|revenues|sales|profit|profits|income|gdp|population|exports|imports"
    "|deficit|surplus|debt|output|production|turnover|earnings|losses|valuation|workforce|headcount|emissions|reserves"
    "|generation|consumption|capacity|demand|arrivals|passengers|visitors|shipments|share|rate"
    "|price|prices|cost|costs|fare|fares"
)
#: a price is a price of something: its object ("of a gallon of regular gas") and place ("in
#: Norland") are part of what is compared, and it may be a plain amount ("$3.52")
_PRICE_METRICS = lazy(r"(?i)\b(?:price|prices|cost|costs|fare|fares)$")
_OF_HEAD = lazy(r"\s{1,4}(?:of|for)\s{1,4}")
_WORD = lazy(r"\s{0,4}(?P<word>[A-Za-z][\w.&'’-]*)")
#: words that end the object of a price: a verb, a preposition other than "of", a time word
_OBJECT_ENDS = frozenset(
    "was were is are be been has had have stood reached rose fell hit averaged came climbed dropped increased"
    " decreased declined jumped remained stayed sat rise fall in at on to from during by per as with and or than"
    " which that this last next since until fiscal year month quarter week day".split()
)
# a percentage is a level only for these ("the renewables share was 23.8%"), a change elsewhere
_RATIO_METRICS = lazy(r"(?i)\b(?:share|rate)$")
_POSSESSIVE = lazy(
    r"(?P<subject>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:’s|'s|’|')\s+"
    # the metric in any case: a headline capitalises it ("Norland's Jobless Rate Falls to 5.1%")
    rf"(?P<metric>(?i:(?:[a-z][a-z-]*\s+){{0,2}}?(?:{METRIC_NOUNS})(?:\s+(?:and|&)\s+(?:{METRIC_NOUNS}))?))\b",
)
# "the nation's crude oil production": a subject named by a common noun points back to the
# article's own subject, so the metric alone is the key (as when no subject is written)
_ANAPHORIC = lazy(
    r"(?i)\b(?:the|its|their)\s+(?:nation|country|company|firm|state|group|city|region|province|government)"
    rf"(?:’s|'s)\s+(?P<metric>(?:[a-z][a-z-]*\s+){{0,2}}?(?:{METRIC_NOUNS}))\b"
)
# "Rice exports reached ...", "In 2017/18, rice exports were ...": the metric as the sentence's subject
_LEADING_METRIC = lazy(
    r"(?i)^(?:(?:in|during)\s+[^,]{1,30},\s+)?(?:the\s+)?"
    rf"(?P<metric>(?:[a-z][\w.-]*\s+){{0,3}}?(?:{METRIC_NOUNS}))\b"
)
#: Count nouns written as the unit after the number ("18 million passengers"): with one named
#: subject in the sentence ("Calgary International Airport handled ...") they key a fact
_COUNT_NOUN = lazy(
    r"\s{1,4}(?P<noun>passengers|visitors|tourists|arrivals|vehicles|subscribers|users|customers|employees"
    r"|residents|students|households)\b"
)
#: A run of capitalised words: a name, when it is not the sentence's first word alone
_NAME = lazy(r"(?<![\w'’])(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*")
_NOT_NAMES = frozenset(
    "a an the in on at by for during of this that these those it its their there last next record"
    " january february march april may june july august september october november december".split()
)
_MONTH_YEAR = lazy(
    r"(?i)\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<year>(?:19|20)\d\d)\b"
)
_HEADER_METRIC = lazy(rf"(?i)^(?P<words>[\w .&'’-]*?\b(?:{METRIC_NOUNS}))\b\s*(?:\((?P<unit>[^)]*)\))?\s*$")
_PERIOD = lazy(r"(?i)\b(?:fiscal\s+(?:year\s+)?|fy\s?)?(?P<year>(?:19|20)\d\d)\b")
#: a year that is a point of comparison, not the period: "since 1972", "compared to February
#: 2019", "up 1.5% on May 2018", "from the same month of 2019"
_SINCE = lazy(
    r"(?i)\b(?:since|compared\s+(?:to|with)|against|versus|vs\.?|over|on|from|than(?:\s+in)?)\s+"
    r"(?:the\s+same\s+(?:month|quarter|period)\s+(?:of|in)\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?$"
)
#: a month named without its year ("in March"): capitalised, as months are written
_BARE_MONTH = lazy(
    r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|ember|tember|ober)?\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)"
)
#: a point of comparison before a month without its year: "unchanged from February"
_SINCE_MONTH = lazy(r"(?i)\b(?:since|compared\s+(?:to|with)|against|versus|vs\.?|over|on|from|than(?:\s+in)?)\s+$")
#: words that date a sentence relative to another time ("a year earlier", "last month"): such a
#: sentence does not take the period of the sentence before it
_RELATIVE_TIME = lazy(
    r"(?i)\b(?:ago|earlier|previous|previously|prior|last|next|later|before|after|then|now|today|yesterday"
    r"|tomorrow|currently|formerly|once|initially|originally|since|until|year|years|month|months|quarter"
    r"|quarters|week|weeks|weekend|day|days|decade|season|period|annual|annually|monthly|weekly|daily|yearly"
    r"|morning|afternoon|evening|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
#: a day of a month: "March 3, 2024", "3 March 2024", "on March 3" (a day is a period of its own)
_DAY_OF_MONTH = lazy(
    r"(?i)\b(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)"
    r"(?![\d.,]*\d)"
)
#: "the U.S. figure of 4.1 percent": a figure named by a placeholder noun restates the metric
#: of a statement before it, for its subject when one is written
_FIGURE_OF = lazy(
    r"\bthe\s+(?P<subject>(?:[A-Z][\w.&-]*\s+){0,3}?)(?:(?i:national|nationwide|overall)\s+)?(?:figure|level)"
    r"\s+(?:of|at)\s+$"
)
#: a subject written as an initialism ("U.S.", "UK", "EU"): the scope of a national statement
_INITIALISM = lazy(r"^(?:[A-Z]\.){2,4}$|^[A-Z]{2,4}$")
#: an adjective that sets a statement's scope to the article's own country, as "the nation's" does
_NATIONAL = frozenset(("national", "nationwide", "nation's", "nation’s", "country's", "country’s"))
#: how many sentences back a period or an antecedent is looked for, within one paragraph
_LOOKBACK = 3
_QUALIFIED = lazy(
    r"(?i)\b(?:request(?:ed)?|propos(?:al|ed)|plan(?:ned|s)?|target|forecast|projected|projection|estimate[sd]?|expected"
    r"|would|could|(?-i:may)|might|demand(?:ed)?|sought|call(?:s|ed)?\s+for|goal|aim|cap|ceiling|by\s+(?:19|20)\d\d)\b"
)
_CHANGE_BETWEEN = lazy(
    r"(?i)\b(?:increase|increased|raise|raised|boost|boosted|add|added|cut|reduce|reduced|hike|rise|rose|grew|fell|jump|by)\b"
)
_FILLER = frozenset(
    (
        "the",
        "a",
        "an",
        "and",
        "&",
        "annual",
        "total",
        "overall",
        "yearly",
        "record",
        "entire",
        "current",
        "its",
        "their",
    )
)
_SPELLING = {"defence": "defense", "programme": "program", "u.s": "us", "u.s.": "us", "usa": "us", "america": "us"}
_TRAILING_TO = lazy(r"(?i)\bto\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+)?$")


@dataclass(frozen=True)
class Fact:
    key: tuple[str, ...]  # normalised words of subject and metric
    period: str
    unit: str
    value: float
    start: int
    end: int
    text: str  # the value as written
    label: str  # subject and metric as written
    hedged: bool
    resolution: float
    subject: str = ""  # the subject as written, when one is

    @property
    def group(self) -> tuple:
        return (self.key, self.period, self.unit)


def normalise(words: str) -> tuple[str, ...]:
    tokens = [w.strip(".,'’").lower() for w in re.split(r"[\s-]+", words)]
    tokens = [_SPELLING.get(t, t) for t in tokens if t and t not in _FILLER]
    return tuple(sorted(set(tokens)))


def facts(doc) -> list[Fact]:
    """Every figure fact of the document, from its prose and its tables."""
    return mentions._cached("facts", doc, lambda d: _prose_facts(d) + _table_facts(d))


def _prose_facts(doc) -> list[Fact]:
    prose = doc.prose
    found: list[Fact] = []
    quantities = mentions.quantities(doc)
    if not quantities:
        return found
    starts = [q.start for q in quantities]
    sentences = mentions.joined_sentences(doc)
    # a fact needs a figure with a unit or a scale: only sentences holding one are read
    worth = sorted(
        index for index, found in mentions.by_sentence(doc).items() if any(q.unit or q.scale > 1 for q in found)
    )
    dating = _Dating(doc, sentences)
    for index in worth:
        sentence = sentences[index]
        text = sentence.text
        metrics = list(_POSSESSIVE.finditer(text))
        if not metrics:
            metrics = list(_ANAPHORIC.finditer(text))
        if not metrics:
            metrics = [m for m in [_LEADING_METRIC.match(text)] if m]
        if len(metrics) > 1 or _QUALIFIED.search(text):
            continue
        period = dating.period(index)
        if period is None:
            continue
        if not metrics:
            low = bisect_left(starts, sentence.start)
            in_sentence = quantities[low : bisect_left(starts, sentence.end, low)]
            restated = _restated_fact(prose, sentence, in_sentence, period, found, dating, index)
            if restated is not None:
                found.append(restated)
                continue
            low = bisect_left(starts, sentence.start)
            counted = _count_fact(prose, sentence, quantities[low : bisect_left(starts, sentence.end, low)], period)
            found.extend(counted)
            continue
        metric = metrics[0]
        after = sentence.start + metric.end()
        priced = bool(_PRICE_METRICS.search(metric.group("metric")))
        what = ""
        if priced:
            what, after = _price_object(prose, after, sentence.end)
            bare = not what and not metric.groupdict().get("subject") and " " not in metric.group("metric").strip()
            if bare:
                continue  # "the price was $5": a price of nothing named is no fact
        low = bisect_left(starts, after)
        high = bisect_left(starts, sentence.end, low)
        ratio = bool(_RATIO_METRICS.search(metric.group("metric")))
        values = [
            q
            for q in quantities[low:high]
            if not q.is_year
            and (q.unit == "%") == ratio
            and (
                q.scale > 1
                or (q.unit not in ("", "%") and q.unit not in CURRENCY_WORDS.values())
                or ratio
                or (priced and q.unit in CURRENCY_WORDS.values())
            )
        ]
        if not values:
            continue
        value = values[0]
        if len(values) > 1 and not _is_conversion(prose, value, values[1]):
            # "fell 0.1% to 3.8%, 0.3% higher than last year": the level a change reached
            reached = [q for q in values if _reached(prose[after : q.start])]
            if len(reached) != 1:
                continue
            value = reached[0]
        if _CHANGE_BETWEEN.search(prose[after : value.start]) and not _TRAILING_TO.search(prose[after : value.start]):
            continue
        hedge = hedge_before(prose, value.start)
        if hedge == "bound" or not (value.unit or value.scale > 1):
            continue  # a bare number is no amount; "97.7 billion units" is one
        subject = metric.groupdict().get("subject") or ""
        label = f"{subject} {metric.group('metric')} {what}".strip()
        found.append(
            Fact(
                normalise(label),
                period,
                value.unit,
                value.value,
                value.start,
                value.end,
                value.text,
                label,
                hedge == "hedge",
                value.resolution,
                subject,
            )
        )
    return found


def _price_object(prose: str, pos: int, end: int) -> tuple[str, int]:
    """ "of a gallon of regular gas in Norland": what a price is of, and where, as words
    ("gallon of regular gas in Norland"), and the offset after them."""
    head = _OF_HEAD.match(prose, pos, end)
    words: list[str] = []
    at = pos
    if head is not None:
        at = head.end()
        while len(words) < 6 and (word := _WORD.match(prose, at, end)) is not None:
            token = word.group("word")
            if token[0].isupper() or token.lower() in _OBJECT_ENDS:
                break
            words.append(token)
            at = word.end()
        while words and words[-1] in ("of", "a", "an", "the"):
            words.pop()
        if not words:
            at = pos
    place = _PLACE.match(prose, at, end)
    if place is not None:
        words.append(place.group("place"))
        at = place.end()
    return " ".join(words), at


#: "in Norland", "at Harbour Point": the place a price is for
_PLACE = lazy(r"\s{1,4}(?:in|at)\s{1,4}(?P<place>(?:[A-Z][\w.&-]*\s{1,4}){0,3}[A-Z][\w.&-]*)\b")


def _reached(before: str) -> bool:
    """The text before a value ends in "rose 5% to": the value is the level the change reached."""
    return bool(_TRAILING_TO.search(before)) and bool(_CHANGE_BETWEEN.search(before))


def _days(text: str) -> set[str]:
    """The days of a month the text names ("mar 3"), points of comparison left out."""
    found = set()
    for m in _DAY_OF_MONTH.finditer(text):
        if _SINCE_MONTH.search(text, max(0, m.start() - 40), m.start()):
            continue
        month = (m.group("month") or m.group("month2"))[:3].lower()
        found.add(f"{month} {int(m.group('day') or m.group('day2'))}")
    return found


class _Dating:
    """The period each sentence speaks of: its own year (with its month when one is named), a
    month without a year in the one year the document names, or, for a sentence that names no
    time at all, the period of the dated sentence just before it in the same paragraph
    ("Rates fell in March 2017 in 17 states. The national rate was 4.5 percent.")."""

    def __init__(self, doc, sentences: list) -> None:
        self.prose = doc.prose
        self.sentences = sentences
        self.memo: dict[int, tuple[str | None, bool]] = {}
        years = {m.group("year") for m in _PERIOD.finditer(self.prose) if not self._compared(self.prose, m.start())}
        self.document_year = next(iter(years)) if len(years) == 1 else None

    @staticmethod
    def _compared(text: str, start: int) -> bool:
        return bool(_SINCE.search(text, max(0, start - 40), start))

    def own(self, index: int) -> tuple[str | None, bool]:
        """(period, dated): the period the sentence itself names, and whether it names any
        time that is not a point of comparison (a dated sentence without one period is no
        period, and stops the look back)."""
        if index in self.memo:
            return self.memo[index]
        text = self.sentences[index].text
        years = {m.group("year") for m in _PERIOD.finditer(text) if not self._compared(text, m.start())}
        if years:
            result: tuple[str | None, bool] = (None, True)
            if len(years) == 1:
                year = next(iter(years))
                months = {
                    (m.group("month")[:3].lower(), m.group("year"))
                    for m in _MONTH_YEAR.finditer(text)
                    if m.group("year") == year  # not the month of a point of comparison
                }
                result = (f"{months.pop()[0]} {year}" if len(months) == 1 else year, True)
                days = _days(text)
                if days:  # "on March 3, 2024": that day, not the month; two days: no one period
                    result = (f"{days.pop()} {year}" if len(days) == 1 else None, True)
        else:
            months = {
                m.group("month")[:3].lower()
                for m in _BARE_MONTH.finditer(text)
                if not _SINCE_MONTH.search(text, max(0, m.start() - 40), m.start())
            }
            if not months:
                result = (None, bool(_RELATIVE_TIME.search(text)))
            elif len(months) == 1 and self.document_year is not None:
                days = _days(text)
                period = f"{months.pop()} {self.document_year}"
                if days:
                    period = f"{days.pop()} {self.document_year}" if len(days) == 1 else None
                result = (period, True)
            else:
                result = (None, True)
        self.memo[index] = result
        return result

    def period(self, index: int) -> str | None:
        period, dated = self.own(index)
        if dated:
            return period
        start = self.sentences[index].start
        for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
            earlier = self.sentences[back]
            if "\n\n" in self.prose[earlier.end : start] or "\n\n" in earlier.text.strip():
                return None  # a new paragraph
            period, dated = self.own(back)
            if dated:
                return period
            start = earlier.start
        return None


def _restated_fact(
    prose: str, sentence, quantities: list[Quantity], period: str, found: list[Fact], dating: _Dating, index: int
) -> Fact | None:
    """ "17 states had rates lower than the U.S. figure of 4.1 percent": a value named by a
    placeholder noun restates the nearest earlier statement of the same unit and period, a few
    sentences back, when its subject, if written, is that statement's subject, or an
    initialism ("U.S.") where that statement is the article's national one."""
    values = [q for q in quantities if not q.is_year]
    for value in values:
        match = _FIGURE_OF.search(prose, max(sentence.start, value.start - 60), value.start)
        if match is None or hedge_before(prose, value.start) == "bound":
            continue
        subject = match.group("subject").strip()
        earliest = dating.sentences[max(0, index - _LOOKBACK)].start
        for fact in reversed(found):
            if fact.start < earliest:
                break
            if fact.period != period or fact.unit != value.unit or "\n\n" in prose[fact.end : value.start]:
                continue
            if subject and not _same_subject(subject, fact):
                continue
            return Fact(
                fact.key,
                period,
                value.unit,
                value.value,
                value.start,
                value.end,
                value.text,
                fact.label,
                hedge_before(prose, value.start) == "hedge",
                value.resolution,
                fact.subject,
            )
        return None
    return None


def _same_subject(subject: str, fact: Fact) -> bool:
    if fact.subject:
        return normalise(subject) == normalise(fact.subject)
    if set(normalise(subject)) <= set(fact.key):  # "the U.S. unemployment rate ... the U.S. figure"
        return True
    national = any(word.lower() in _NATIONAL for word in fact.label.split())
    return national and bool(_INITIALISM.match(subject))


def _count_fact(prose: str, sentence, quantities: list[Quantity], period: str) -> list[Fact]:
    """ "In 2019, Calgary International Airport handled 16 million passengers": one count with its
    noun as the unit, one name in the sentence as the subject."""
    values = [q for q in quantities if not q.is_year]
    if len(values) != 1:
        return []
    value = values[0]
    noun = _COUNT_NOUN.match(prose, value.end)
    if noun is None or value.unit or (value.scale == 1.0 and value.value < 1000):
        return []
    if hedge_before(prose, value.start) == "bound":
        return []
    names = []
    for match in _NAME.finditer(sentence.text):
        words = match.group().split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if words:
            names.append(" ".join(words))
    if len(set(names)) != 1:
        return []
    label = f"{names[0]} {noun.group('noun')}"
    hedged = hedge_before(prose, value.start) == "hedge"
    return [
        Fact(
            normalise(label),
            period,
            "",
            value.value,
            value.start,
            value.end,
            value.text,
            label,
            hedged,
            value.resolution,
        )
    ]


def _is_conversion(prose: str, first: Quantity, second: Quantity) -> bool:
    """ "9.9 trillion yen ($70 billion)": the second amount restates the first."""
    between = prose[first.end : second.start].strip()
    return between == "(" and first.unit != second.unit


def header_unit(text: str) -> tuple[str, float]:
    """ "USD Billion" -> ("USD", 1e9); "$ bn" -> ("USD", 1e9); "%" -> ("%", 1)."""
    unit, scale = "", 1.0
    for token in re.findall(r"[$€£]|[A-Za-z]+|%", text):
        low = token.lower()
        if low in SCALES and len(low) > 1:
            scale = SCALES[low]
        elif low in CURRENCY_SYMBOLS:
            unit = CURRENCY_SYMBOLS[low]
        elif low in CURRENCY_WORDS:
            unit = CURRENCY_WORDS[low]
        elif token == "%":
            unit = "%"
    return unit, scale


def _table_facts(doc) -> list[Fact]:
    found: list[Fact] = []
    for table in tables.tables(doc):
        if table.header is None:
            continue
        for column in range(1, table.width):
            match = _HEADER_METRIC.match(table.header_text(column))
            if not match or _QUALIFIED.search(match.group("words")):
                continue
            unit, scale = header_unit(match.group("unit") or "")
            if not unit or unit == "%":
                continue
            for row in table.body:
                year = re.fullmatch(r"(?:FY\s?)?((?:19|20)\d\d)", row.label)
                value = row.number(column)
                if not year or value is None or value.unit not in ("", unit):
                    continue
                found.append(
                    Fact(
                        normalise(match.group("words")),
                        year.group(1),
                        unit,
                        value.value * scale,
                        value.start,
                        value.end,
                        f"{value.text} ({match.group('unit')})",
                        match.group("words").strip(),
                        False,
                        value.resolution * scale,
                    )
                )
    return found


def conflict(a: Fact, b: Fact, tolerance: float, same_digits_exact: bool = False) -> bool:
    """Two values of one fact differ by more than rounding, hedging and ``tolerance`` (a fraction).
    The tolerance is for a figure given once in full and once rounded ("$4.08 billion", "$4.1
    billion"); two figures written to the same last digit, with three or more significant
    digits, are not roundings of each other, and any difference past that digit is a conflict
    ("9.958" against "9.985": transposed digits) when ``same_digits_exact`` is set (within one
    document; the corpus search bounds its distances by the tolerance and keeps it)."""
    largest = max(abs(a.value), abs(b.value))
    step = 2 * a.resolution  # the last written digit's place
    same_digits = (
        same_digits_exact and step > 0 and abs(a.resolution - b.resolution) <= 1e-9 * step and largest >= 100 * step
    )
    slack = a.resolution + b.resolution + (0 if same_digits else tolerance * largest)
    if a.hedged or b.hedged:
        slack += 0.05 * largest
    return abs(a.value - b.value) > slack
