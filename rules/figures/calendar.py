"""Dates that cannot be right on their own: wrong weekdays, impossible days, backward ranges."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules.figures import mentions
from scrapelint.text.dates import MONTHS, WEEKDAY_NAMES, WEEKDAYS
from scrapelint.text.lazy import lazy

_MONTH_NAMES = ("", *_calendar.month_name[1:])
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
# "on Monday, June 24" without a year: the year comes from the publication date.
_YEARLESS_LOOSE = rf"(?P<wd>{_WD}),?\s+(?:(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MON}))(?:st|nd|rd|th)?\b(?!,?\s*\d|\s?[-–]\s?\d)"
_YEARLESS = lazy(r"\b" + _YEARLESS_LOOSE)
#: The same without the leading word boundary, which keeps ``re`` from skipping to the letters a
#: weekday starts with: it finds the candidates, the boundary is checked there.
_YEARLESS_CANDIDATE = lazy(_YEARLESS_LOOSE)
_DOTTED = lazy(r"^\d{4}\.")
# Deadlines and targets may lie decades ahead: "net zero by December 31, 2050".
_OPEN_ENDED = lazy(
    r"(?i)\b(?:by|until|till|through|before|target|goal|deadline|expires?|maturity|matures)\b[^.;]{0,12}$"
)
_YEARLESS_DAYS = 300
_RANGE_JOIN = lazy(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$")
_YEAR_RANGE_LOOSE = r"(?P<a>1[6-9]\d\d|2[01]\d\d)\s?[-–](?P<b>1[6-9]\d\d|2[01]\d\d)(?![\d.,/-])"
_YEAR_RANGE = lazy(r"(?<![\d.,/-])" + _YEAR_RANGE_LOOSE)
_YEAR_RANGE_CANDIDATE = lazy(_YEAR_RANGE_LOOSE)
_WEEKDAY_STEMS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: The first weekday of a range and its joining word, right before the mention's own weekday.
_WEEKDAY_JOIN = lazy(r"\b(\w{3,9})\.?\s*+(?:-|–|—|to|until|till|through|thru)\s*+$")


class WeekdayMismatch(Rule):
    """A weekday written next to a date falls on another day.

    ## What it does
    Checks every date written with its weekday ("Monday, June 24, 2025",
    "2025.10.26 (Sun)") against the calendar. A weekday and day without a year
    ("Tuesday, June 24") is checked when the publication date is known: it is
    flagged only if no occurrence of that day within 300 days of the
    publication date, before or after, falls on the written weekday (the year
    is then only as good as that date). A range of
    weekdays over a range of days ("Friday to Sunday, June 21-23, 2024") is
    read as such: the first weekday names the first day, the last the last.

    ## Why it matters
    One of the two is wrong, and a reader cannot tell which: the event may be
    on another day, or the page header was copied from another page.

    Measured: precision not measurable on real text yet: no finding on 451,080 words of
    scraped pages, 1 on 187,190 words of clean articles (validation part; bench/precision.py,
    bench/README.md); bench/figures.py: precision 1.00 and recall 1.00 on 23 cases drawn from
    real articles (their weekdays changed by hand). Without evidence of 0.9 on real text,
    it ships at info.

    ## Example
    ```text
    The hearing opens on Monday, June 24, 2025.   (June 24, 2025 is a Tuesday)
    ```

    ## Use instead
    "The hearing opens on Tuesday, June 24, 2025." (or the date the weekday belongs to)

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    None.
    """

    code = "FG001"
    name = "weekday-mismatch"
    severity = Severity.INFO

    def check(self, doc) -> Iterator[Finding]:
        for mention in mentions.dates(doc):
            date = mention.date
            if mention.weekday is None or date is None or date.weekday() == mention.weekday:
                continue
            if _weekday_range(doc.prose, mention):
                continue
            yield self._finding(mention.start, mention.end, mention.text, date, mention.weekday)
        published = doc.publication_date
        if published is None:
            return
        prose = doc.prose
        if not any(stem in prose for stem in _WEEKDAY_STEMS):
            return  # a year-less date needs a weekday name
        for match in mentions.guarded(_YEARLESS, _YEARLESS_CANDIDATE, prose):
            weekday = WEEKDAYS.get(match.group("wd").lower().rstrip("."))
            month = MONTHS.get((match.group("mon") or match.group("mon2")).lower().rstrip("."))
            day = int(match.group("day") or match.group("day2"))
            if weekday is None or month is None:
                continue
            date = _nearest(published, month, day, weekday)
            if date is not None:
                yield self._finding(match.start(), match.end(), match.group(), date, weekday, inferred=True)

    def _finding(self, start, end, text, date: dt.date, weekday: int, inferred: bool = False) -> Finding:
        year_note = f" (year {date.year} taken from the publication date)" if inferred else ""
        return self.finding(
            start,
            end,
            f"'{text}' says {WEEKDAY_NAMES[weekday]}, but {date:%B} {date.day}, {date.year} is a "
            f"{WEEKDAY_NAMES[date.weekday()]}{year_note}",
        )


def _weekday_range(prose: str, mention) -> bool:
    """A range of weekdays over a range of days ("Friday to Sunday, June 21-23, 2024"): the
    weekday written next to the days is the range's last, and names its last day; the one
    before the joining word names the first day."""
    last = mention.last_date
    if mention.end_day is None or last is None or last.weekday() != mention.weekday:
        return False
    before = _WEEKDAY_JOIN.search(prose, max(0, mention.start - 24), mention.start)
    return before is not None and WEEKDAYS.get(before.group(1).lower()) == mention.date.weekday()


def _nearest(published: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    """The date nearest ``published`` with this month and day, or ``None`` when it may be fine.

    A year-less date may point back or forward: "Saturday, May 18" in a November
    article is the May before. Only when no occurrence within ``_YEARLESS_DAYS``
    of the publication date falls on the written weekday is the weekday wrong.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((candidate - published).days) <= _YEARLESS_DAYS:
            candidates.append(candidate)
    if not candidates or any(c.weekday() == weekday for c in candidates):
        return None
    return min(candidates, key=lambda c: abs((c - published).days))


class ImpossibleDate(Rule):
    """A date that does not exist, a range that runs backwards, or a year far in the future.

    ## What it does
    Flags days past the end of their month ("June 31, 2025", "2025-02-29"),
    ranges whose end comes before their start ("June 17-15, 2025", "from
    March 5, 2025 to February 2, 2025", "2021-2019"), and day-precise dates
    more than ``future-years`` years after the publication date (usually a
    mistyped year: "June 3, 2052").

    ## Why it matters
    The text cannot be right as it stands; the true date has to be found in the
    source before the figure can be used.

    ## Example
    ```text
    Applications close on June 31, 2025.
    ```

    ## Use instead
    "Applications close on June 30, 2025."

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `future-years`: How many years after the publication date a day-precise date may lie.
    """

    code = "FG007"
    name = "impossible-date"
    options: ClassVar[dict[str, Option]] = {
        "future_years": Option(20, "How many years after the publication date a day-precise date may lie.")
    }

    def check(self, doc) -> Iterator[Finding]:
        found = mentions.dates(doc)
        published = doc.publication_date
        prose = doc.prose
        for mention in found:
            bad = _invalid_part(mention)
            if bad and _DOTTED.match(mention.text) and mention.weekday is None:
                continue  # "2024.06.31" with no weekday is as likely a version number
            if bad:
                yield self.finding(mention.start, mention.end, f"'{mention.text}' is not a real date: {bad}")
                continue
            first, last = mention.date, mention.last_date
            if first and last and last < first:
                yield self.finding(
                    mention.start, mention.end, f"the range '{mention.text}' ends ({last}) before it starts ({first})"
                )
            elif (
                published
                and first
                and first.year > published.year + self.config["future_years"]
                and not _OPEN_ENDED.search(prose[max(0, mention.start - 30) : mention.start])
            ):
                yield self.finding(
                    mention.start,
                    mention.end,
                    f"'{mention.text}' lies {first.year - published.year} years after the publication date "
                    f"{published.isoformat()}: is the year mistyped?",
                )
        prose = doc.prose
        for left, right in pairwise(found):
            if left.date and right.date and right.date < left.date and _RANGE_JOIN.match(prose[left.end : right.start]):
                lead = prose[max(0, left.start - 12) : left.start].lower()
                if "from" in lead or "between" in lead:
                    yield self.finding(
                        left.start,
                        right.end,
                        f"the range from '{left.text}' to '{right.text}' runs backwards",
                    )
        for match in mentions.guarded(_YEAR_RANGE, _YEAR_RANGE_CANDIDATE, prose):
            first, last = int(match.group("a")), int(match.group("b"))
            if last < first:
                yield self.finding(match.start(), match.end(), f"the year range '{match.group()}' runs backwards")


def _invalid_part(mention) -> str | None:
    for month, day in ((mention.month, mention.day), (mention.end_month, mention.end_day)):
        if month is None or day is None:
            continue
        days = _calendar.monthrange(mention.year, month)[1]
        if day > days:
            return f"{_MONTH_NAMES[month]} {mention.year} has {days} days"
    return None
