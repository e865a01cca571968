"""Dates and quantities of one document, found once and shared by the figures rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapelint.rules.figures.quantities import Quantity, find_quantities
from scrapelint.text.dates import DateMention, find_dates

if TYPE_CHECKING:
    from scrapelint.model.document import Document

# One document is linted by every rule before the next one starts: remember the last.
_last: dict[str, tuple[object, object]] = {}


def _cached(kind: str, doc: Document, compute):
    entry = _last.get(kind)
    if entry is not None and entry[0] is doc:
        return entry[1]
    value = compute(doc)
    _last[kind] = (doc, value)
    return value


def dates(doc: Document) -> list[DateMention]:
    """Every written date with a year in the document's prose."""
    return _cached("dates", doc, lambda d: find_dates(d.prose))


def quantities(doc: Document) -> list[Quantity]:
    """Every number in the document's prose."""
    return _cached("quantities", doc, lambda d: find_quantities(d.prose))


def sentence_of(doc: Document, offset: int):
    """The sentence holding ``offset`` (bisect over sentence starts), or ``None``."""
    from bisect import bisect_right

    sentences = doc.sentences
    starts = _cached("sentence_starts", doc, lambda d: [s.start for s in d.sentences])
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if sentence.start <= offset < sentence.end else None
