"""Ages, durations and "N years ago" against the years written beside them and the publication date."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.text.lazy import lazy

_BORN = lazy(r"(?i)\b(?:born|founded|established|built|opened|created)\s+in\s+(?P<year>1[6-9]\d\d|20\d\d)\b")

_AGE = lazy(r"(?i)\b(?:(?P<a>\d{1,3})-year-old|aged\s+(?P<b>\d{1,3})\b|(?P<c>\d{1,3})\s+years\s+old)")

_SPAN = lazy(
    r"(?i)\b(?:from|between)\s+(?P<y1>1[6-9]\d\d|20\d\d)\s+(?:to|and|until|through|-|–)\s+(?P<y2>1[6-9]\d\d|20\d\d)\b"
)

_DURATION = lazy(
    r"(?i)\b(?P<n>\d{1,3})[- ]year[- ](?:tenure|term|period|span|stint|career|run|reign|rule|war|gap|hiatus|presidency|premiership|mandate)\b"
    r"|\b(?:for|spanning|over|lasting)\s+(?P<m>\d{1,3})\s+years\b"
)

_YEARS_AGO = lazy(
    r"(?i)\b(?:in\s+)?(?P<year>1[6-9]\d\d|20\d\d)\s*,\s*(?:some\s+|about\s+|nearly\s+)?(?P<n>\d{1,3})\s+years\s+ago\b"
)


class AgeReaders:
    """The readers of FG005 for: ages, durations and "N years ago" against the years written beside them and the publication date."""

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
