"""The publication date that date-relative rules judge against, and where it came from.

Order: ``--as-of`` / config ``as-of`` (``meta["as_of"]``), the record's date
field, HTML metadata, Markdown front matter (the readers put these in
``meta["date"]`` with ``meta["date_source"]``), then a dateline or an
"Updated" / "Published" stamp or an editor's "Update, <date>" note found near
the top of the text itself. ``meta["date_source_used"]`` says which one was
used (``text-revision`` for the note).

This module also holds the compact date parser the figures rules share: it
finds dates written out in prose ("Monday, June 24, 2025", "15-17 June 2025",
"2025.10.26 (Sun)") and keeps the parts even when they do not form a real
date, so that rules can report impossible ones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from scrapelint.model.document import Document

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Capitalised words only: "may" and "sun" in running text are not dates.
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]{0,6}\.?"
_WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)[a-zA-Z]{0,6}\.?"
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|through|until|till)\s*"
# Years 1600-2999; a year from 2200 on must not run into a noun ("June 5, 2500 people").
_YEAR = r"(1[6-9]\d\d|2[01]\d\d|2[2-9]\d\d(?!\s+[a-z]))"

_MONTH_FIRST = re.compile(
    rf"(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s+(?P<day>\d{{1,2}}){_ORD}"
    rf"(?:{_DASH}(?:(?P<mon2>{_MON})\s+)?(?P<day2>\d{{1,2}}){_ORD})?"
    rf",?\s+{_YEAR.replace('(', '(?P<year>', 1)}(?!\d)"
    rf"(?:\s*\((?P<wd2>{_WD})\))?"
)
_DAY_FIRST = re.compile(
    rf"(?:(?P<wd>{_WD}),?\s+)?(?<![\d.,])(?P<day>\d{{1,2}}){_ORD}"
    rf"(?:\s+(?P<mon1>{_MON}))?"
    rf"(?:{_DASH}(?P<day2>\d{{1,2}}){_ORD})?"
    rf"\s+(?:of\s+)?(?P<mon>{_MON}),?\s+{_YEAR.replace('(', '(?P<year>', 1)}(?!\d)"
    rf"(?:\s*\((?P<wd2>{_WD})\))?"
)
_YEAR_FIRST = re.compile(
    rf"(?:(?P<wd>{_WD}),?\s+)?(?<![\d.])(?P<year>1[6-9]\d\d|2[01]\d\d)(?P<sep>[-/.])(?P<mon>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})(?![\d.]\d)"
    rf"(?:\.?\s*\((?P<wd2>{_WD})\))?"
)


@dataclass(frozen=True)
class DateMention:
    """A calendar date written in the text; parts are kept even when invalid."""

    start: int
    end: int
    text: str
    year: int
    month: int
    day: int
    weekday: int | None = None  # 0 = Monday, as written next to the date
    end_month: int | None = None  # a range within one mention: "June 15-17, 2025"
    end_day: int | None = None

    @property
    def date(self) -> dt.date | None:
        return _make_date(self.year, self.month, self.day)

    @property
    def last_date(self) -> dt.date | None:
        """The last day of a range mention, or the date itself."""
        if self.end_day is None:
            return self.date
        return _make_date(self.year, self.end_month or self.month, self.end_day)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(word: str | None) -> int | None:
    if not word:
        return None
    key = word.lower().rstrip(".")
    return MONTHS.get(key)


def _weekday(word: str | None) -> int | None:
    if not word:
        return None
    return WEEKDAYS.get(word.lower().rstrip("."))


# Cheap anchors: a written date holds a month word or a year-first number; the full
# patterns run only in a window around them, so long texts without dates cost little.
#: Month words and year-first numbers never overlap, so the two are scanned apart and merged:
#: a look-behind in a pattern's first branch makes ``re`` try every position of the text.
_ANCHOR_MONTH = re.compile(_MON)
_ANCHOR_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|2\d)\d\d[-/.]\d")
#: A year-first anchor is four digits, a separator and a digit: it is tried only where a
#: separator is followed by a digit, four characters after the place it would start.
_ANCHOR_SEPARATOR = re.compile(r"[-/.]\d")
_WINDOW = 48


def _year_anchors(text: str, start: int, end: int) -> Iterator[re.Match]:
    """``_ANCHOR_YEAR.finditer(text, start, end)``, tried only four characters before each
    separator that a digit follows (every match is exactly that long)."""
    pos = start
    for separator in _ANCHOR_SEPARATOR.finditer(text, start + 4, end):
        first = separator.start() - 4
        if first < pos:
            continue
        match = _ANCHOR_YEAR.match(text, first, end)
        if match is not None:
            yield match
            pos = match.end()


def _anchors(text: str, start: int, end: int) -> list[re.Match]:
    """Month words and year-first numbers, in order."""
    months = list(_ANCHOR_MONTH.finditer(text, start, end))
    years = list(_year_anchors(text, start, end))
    if not years:
        return months
    return sorted(months + years, key=lambda match: match.start())


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every written date with a year in ``text[start:end]``, in order, without overlaps."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    for low, high in _windows(text, start, end):
        for pattern in (_MONTH_FIRST, _DAY_FIRST, _YEAR_FIRST):
            for match in pattern.finditer(text, low, high):
                mention = _mention(match, pattern is _YEAR_FIRST)
                if mention is not None:
                    found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[DateMention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        if result and mention.start == result[-1].start:
            continue
        result.append(mention)
    return result


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged ranges around every anchor, cut at line breaks (a date never spans lines)."""
    ranges: list[list[int]] = []
    for anchor in _anchors(text, start, end):
        low = max(start, anchor.start() - _WINDOW)
        high = min(end, anchor.end() + _WINDOW)
        newline = text.rfind("\n", low, anchor.start())
        low = newline + 1 if newline != -1 else low
        newline = text.find("\n", anchor.end(), high)
        high = newline if newline != -1 else high
        if ranges and low <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], high)
        else:
            ranges.append([low, high])
    return [(low, high) for low, high in ranges]


def _mention(match: re.Match, numeric: bool) -> DateMention | None:
    groups = match.groupdict()
    month = int(groups["mon"]) if numeric else _month(groups["mon"])
    day = int(groups["day"])
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    start, end = match.start(), match.end()
    weekday = _weekday(groups.get("wd"))
    if groups.get("wd") and weekday is None:  # "Sunshine, 12 June 2025": not a weekday
        start = match.start("mon" if match.re is _MONTH_FIRST else "day" if match.re is _DAY_FIRST else "year")
    if groups.get("wd2"):
        if _weekday(groups["wd2"]) is None:
            end = match.end("year" if match.re is not _YEAR_FIRST else "day")
        else:
            weekday = _weekday(groups["wd2"])
    end_month = end_day = None
    if groups.get("day2"):
        end_day = int(groups["day2"])
        end_month = _month(groups["mon2"]) if groups.get("mon2") else month
        if groups.get("mon1"):  # "30 June - 2 July 2025": the first month goes with the first day
            month = _month(groups["mon1"])
        if month is None or end_month is None or not 1 <= end_day <= 31:
            return None
    elif groups.get("mon1"):
        return None
    text = match.string[start:end]
    return DateMention(start, end, text, int(groups["year"]), month, day, weekday, end_month, end_day)


def parse_iso_date(value: object) -> dt.date | None:
    """Dates as metadata carries them: ISO dates and timestamps, or date objects."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO.search(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


# -- the date stamped in the text itself ---------------------------------------

#: How far into the text a dateline or stamp is looked for.
HEAD_CHARS = 6000
_STAMP_LABEL = re.compile(
    r"(?i)\b(?P<label>first\s+published|published|posted|date"
    r"|(?P<stamp>(?:last\s+)?updated|(?:last\s+)?modified)|(?P<note>update|edit))"
    r"(?:\s+(?:on|at))?\s*+[:：,]?\s*+$"  # possessive: a long run of spaces is not split every way
)
_DATELINE_LEAD = re.compile(r"^[\s•·*\-–—|>#]*(?:[A-Z][\w.' -]{1,40},\s*)?$")
_DATELINE_TAIL = re.compile(r"^\s*(?:$|[—–-]|\(|\d{1,2}:\d\d|[|•·])")


class TextStamp(NamedTuple):
    """A date stamped near the top of a text, its span, and whether it dates a revision."""

    date: dt.date
    start: int
    end: int
    #: An editor's note ("Update, April 27, 2018: ...") put over an older body: the text
    #: was revised then and written earlier, so it bounds the writing date from above only.
    revision: bool = False


def text_date(text: str) -> TextStamp | None:
    """A stamp ("Published June 3, 2025", "Updated : 2025-06-22") or dateline near the top.

    A labelled "Published"/"Posted" stamp wins over "Updated", which wins over
    an editor's note ("Update, April 27, 2018"); any of them wins over a bare
    dateline (a line that starts with a date, as page headers and
    "CITY, June 3, 2025 —" datelines do).
    """
    head = text[:HEAD_CHARS]
    labelled: list[tuple[int, int, DateMention]] = []
    dateline: DateMention | None = None
    for mention in find_dates(head):
        if mention.date is None:
            continue
        line_start = head.rfind("\n", 0, mention.start) + 1
        before = head[max(line_start, mention.start - 40) : mention.start]
        label = _STAMP_LABEL.search(before)
        if label:
            rank = 2 if label.group("note") else 1 if label.group("stamp") else 0
            labelled.append((rank, mention.start, mention))
            continue
        line_end = head.find("\n", mention.end)
        after = head[mention.end : line_end if line_end != -1 else len(head)]
        if dateline is None and _DATELINE_LEAD.match(head[line_start : mention.start]) and _DATELINE_TAIL.match(after):
            dateline = mention
    revision = False
    if labelled:
        rank, _, chosen = min(labelled, key=lambda item: (item[0], item[1]))
        revision = rank == 2
    elif dateline is not None:
        chosen = dateline
    else:
        return None
    return TextStamp(chosen.date, chosen.start, chosen.end, revision)  # type: ignore[arg-type]


def publication_date(doc: Document) -> dt.date | None:
    """The date the document speaks from, or ``None``; records its source in meta."""
    meta = doc.meta
    if meta.get("as_of"):
        parsed = parse_iso_date(meta["as_of"])
        if parsed:
            meta["date_source_used"] = "as-of"
            return parsed
    if meta.get("date"):
        parsed = parse_iso_date(meta["date"])
        if parsed:
            meta["date_source_used"] = meta.get("date_source", "record")
            return parsed
    if "text_date" not in meta:
        found = text_date(doc.text)
        meta["text_date"] = found.date.isoformat() if found else None
        meta["text_date_is_revision"] = bool(found and found.revision)
    if meta.get("text_date"):
        meta["date_source_used"] = "text-revision" if meta.get("text_date_is_revision") else "text"
        return parse_iso_date(meta["text_date"])
    return None


def dates_a_revision(doc: Document) -> bool:
    """Whether the publication date in use is only an editor's note ("Update, <date>").

    Rules that need the day the text was written (an "upcoming" event already
    past, a stale "currently") stay silent then: the body may predate it.
    """
    return doc.publication_date is not None and doc.meta.get("date_source_used") == "text-revision"
