"""Dates and quantities of one document, found once and shared by the figures rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.model.document import Span
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


def joined_sentences(doc: Document) -> list:
    """The document's sentences, with a break that falls inside a figure undone: "Rs. 41.14"
    ends a sentence at "Rs." for the segmenter, but a currency written before its amount is
    part of the figure, so the two pieces are one sentence for the figures rules."""
    return _cached("sentences", doc, _joined_sentences)


def _joined_sentences(doc: Document) -> list:
    spans = doc.sentences
    starts = [s.start for s in spans]
    joined_to: dict[int, int] = {}  # index of a sentence -> the last sentence it runs on into
    for quantity in quantities(doc):
        first = bisect_right(starts, quantity.start) - 1
        if first < 0 or quantity.start >= spans[first].end or quantity.end <= spans[first].end:
            continue
        last = bisect_right(starts, quantity.end - 1) - 1
        if last > first:
            joined_to[first] = max(joined_to.get(first, first), last)
    if not joined_to:
        return spans
    prose = doc.prose
    out = []
    index = 0
    while index < len(spans):
        last = index
        while last in joined_to:  # a run of breaks inside figures: one sentence from first to last
            last = joined_to[last]
        start, end = spans[index].start, spans[last].end
        out.append(spans[index] if last == index else Span(start, end, prose[start:end]))
        index = last + 1
    return out


def by_sentence(doc: Document) -> dict[int, list[Quantity]]:
    """The quantities other than bare years, grouped by the index of the sentence holding them
    (sentences without one are left out), so rules visit only the sentences worth reading."""

    def group(d: Document) -> dict[int, list[Quantity]]:
        sentences = joined_sentences(d)
        starts = _cached("sentence_starts", d, lambda e: [s.start for s in joined_sentences(e)])
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
    sentences = joined_sentences(doc)
    starts = _cached("sentence_starts", doc, lambda d: [s.start for s in joined_sentences(d)])
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
    sentences = joined_sentences(doc)
    starts = _cached("sentence_starts", doc, lambda d: [s.start for s in joined_sentences(d)])
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if sentence.start <= offset < sentence.end else None
