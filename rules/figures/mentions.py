"""Dates and quantities of one document, found once and shared by the figures rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.rules._tokens import cached
from scrapelint.rules.figures.quantities import Quantity, find_quantities
from scrapelint.text.dates import DateMention, find_dates

if TYPE_CHECKING:
    from scrapelint.model.document import Document


def _cached(kind: str, doc: Document, compute):
    """Computed once per document and kept on it (not in this module, where the last
    document would stay alive until the next one replaced it, and the next document's
    first rule would pay for freeing it)."""
    return cached(doc, "figures:" + kind, compute)


def dates(doc: Document) -> list[DateMention]:
    """Every written date with a year in the document's prose."""
    return _cached("dates", doc, lambda d: find_dates(d.prose))


def quantities(doc: Document) -> list[Quantity]:
    """Every number in the document's prose."""
    return _cached("quantities", doc, lambda d: find_quantities(d.prose))


def by_sentence(doc: Document) -> dict[int, list[Quantity]]:
    """The quantities other than bare years, grouped by the index of the sentence holding them
    (sentences without one are left out), so rules visit only the sentences worth reading."""

    def group(d: Document) -> dict[int, list[Quantity]]:
        sentences = d.sentences
        starts = _cached("sentence_starts", d, lambda e: [s.start for s in e.sentences])
        grouped: dict[int, list[Quantity]] = {}
        for quantity in quantities(d):
            if quantity.is_year:
                continue
            index = bisect_right(starts, quantity.start) - 1
            if index >= 0 and quantity.start < sentences[index].end:
                grouped.setdefault(index, []).append(quantity)
        return grouped

    return _cached("by_sentence", doc, group)


def sentences_with(doc: Document, words: tuple[str, ...]) -> set[int]:
    """Indices of the sentences whose text holds one of ``words`` (found with ``str.find``
    over the whole prose, not sentence by sentence)."""
    prose = doc.prose
    sentences = doc.sentences
    starts = _cached("sentence_starts", doc, lambda d: [s.start for s in d.sentences])
    found: set[int] = set()
    for word in words:
        at = prose.find(word)
        while at != -1:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at + len(word) <= sentences[index].end:
                found.add(index)
            at = prose.find(word, at + 1)
    return found


def guarded(strict: re.Pattern, loose: re.Pattern, text: str) -> Iterator[re.Match]:
    """``strict.finditer(text)`` where ``strict`` is ``loose`` behind a look-behind: ``re``
    tries a leading look-behind at every position of the text, so the loose pattern finds
    the candidates and the look-behind is checked only there (the same matches)."""
    pos = 0
    while (candidate := loose.search(text, pos)) is not None:
        match = strict.match(text, candidate.start())
        if match is None:
            pos = candidate.start() + 1
            continue
        yield match
        pos = match.end()


def sentence_of(doc: Document, offset: int):
    """The sentence holding ``offset`` (bisect over sentence starts), or ``None``."""
    sentences = doc.sentences
    starts = _cached("sentence_starts", doc, lambda d: [s.start for s in d.sentences])
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if sentence.start <= offset < sentence.end else None
