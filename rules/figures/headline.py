"""A headline's rate of change that the text under it never gives.

A headline ("Mazda December Sales Jump 15.9%") restates a figure of the article's lead. When
the text below gives rates of the same change (a change word of the same direction, a content
word in common with the headline) and none of them is the headline's, within the rounding a
headline may apply, one of the two was changed.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.rules.figures import mentions
from scrapelint.rules.figures.arithmetic.clauses import LEVEL, NEW, RATE, STEP, read_claims
from scrapelint.rules.figures.arithmetic.cues import CHANGE_WORD
from scrapelint.rules.figures.arithmetic.measures import content_words
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: A headline: the document's first line, short, a paragraph of its own, with no full stop
_HEADLINE_CHARS = 140


def _headline(prose: str) -> tuple[int, int] | None:
    """Start and end of the first line when it reads as a headline."""
    start = len(prose) - len(prose.lstrip())
    end = prose.find("\n", start)
    if end < 0 or (not prose.startswith("\n\n", end) and not prose.startswith("#", start)):
        return None
    line = prose[start:end].rstrip()
    if not line or len(line) > _HEADLINE_CHARS or line.endswith((".", ":")):
        return None
    return start, start + len(line)


#: Between a headline's rate and the level it led to: "Up 9.7% to 308,745,538"
_RATE_TO_LEVEL = lazy(r"(?i)\s++(?:to|at)\s++(?:a\s++record\s++)?")

#: a verb of the present tense, as headlines write them ("rises", "jumps", "falls")
_PRESENT = lazy(r"\b([a-z]{2,})s\b")


def _direction(text: str) -> set[str]:
    """The directions of the change words in ``text``, in the past or the headline's present tense."""
    ways = {"up" if m.group("up") else "down" for m in CHANGE_WORD.finditer(text)}
    for verb in _PRESENT.finditer(text.lower()):
        m = CHANGE_WORD.fullmatch(verb.group(1))
        if m is not None:
            ways.add("up" if m.group("up") else "down")
    return ways


def _agrees(headline: Quantity, body: Quantity) -> bool:
    """Equal up to the headline's rounding: a whole percentage may round a decimal one loosely."""
    slack = body.resolution + headline.resolution
    if headline.decimals == 0:
        slack = max(slack, 1.0, 0.1 * body.value)
    return abs(headline.value - body.value) <= slack + 0.01 * abs(body.value)


def headline_conflicts(doc) -> Iterator[tuple[Quantity, Quantity]]:
    """(headline rate, body rate) when the body's rates of the same change all differ from the headline's."""
    prose = doc.prose
    if "%" not in prose and "cent" not in prose:
        return
    bounds = _headline(prose)
    if bounds is None:
        return
    start, end = bounds
    figures = [q for q in mentions.quantities(doc) if not q.is_year]
    rates = [q for q in figures if start <= q.start < end and q.unit == "%"]
    if len(rates) != 1 or hedge_before(prose, rates[0].start):
        return
    # another figure of the headline may only be the level the rate led to ("Up 9.7% to 308,745,538")
    others = [q for q in figures if start <= q.start < end and q.unit != "%"]
    if len(others) > 1 or (others and not _RATE_TO_LEVEL.fullmatch(prose, rates[0].end, others[0].start)):
        return
    yield from _compared(doc, start, end, rates[0], figures)


def _compared(
    doc, start: int, end: int, stated: Quantity, figures: list[Quantity]
) -> Iterator[tuple[Quantity, Quantity]]:
    """(headline figure, body figure) when the body's figures of the headline's kind and measure
    in sentences of the same change all differ from it."""
    prose = doc.prose
    ways = _direction(prose[start:end])
    words = content_words(prose[start:end])
    if len(ways) != 1 or not words:
        return
    body = [q for q in figures if q.start >= end and q.unit == stated.unit]
    if any(_agrees(stated, q) for q in body):
        return
    for q in body:
        sentence = mentions.sentence_of(doc, q.start)
        if sentence is None or hedge_before(prose, q.start):
            continue
        text = prose[sentence.start : sentence.end]
        if _direction(text) == ways and words & content_words(text):
            yield stated, q
            return


def _headline_claim(doc):
    """(prose, headline start, headline end, its one clause) as the grammar reader reads the
    headline's figures; None without a headline, or when it holds more or fewer than one clause."""
    prose = doc.prose
    bounds = _headline(prose)
    if bounds is None:
        return None
    start, end = bounds
    figures = [q for q in mentions.quantities(doc) if not q.is_year]
    claims = read_claims(prose, start, end, [q for q in figures if start <= q.start < end])
    return (prose, start, end, claims[0]) if len(claims) == 1 else None


def headline_step_conflicts(doc) -> Iterator[tuple[Quantity, Quantity]]:
    """(headline step, body step) for a headline's change written as an amount ("House price up by
    £11,000 annually to £226k"): the grammar reader gives the headline's figures their roles, and
    the body's steps of the same measure in sentences of the same change must include it."""
    read = _headline_claim(doc)
    if read is None:
        return
    prose, start, end, claim = read
    if claim.one(STEP) is None or claim.has(RATE):
        return
    stated = claim.one(STEP)
    if hedge_before(prose, stated.start):
        return
    steps = []
    grouped = mentions.by_sentence(doc)
    sentences = mentions.joined_sentences(doc)
    for index, found in grouped.items():
        sentence = sentences[index]
        if sentence.start < end:
            continue
        for claim in read_claims(prose, sentence.start, sentence.end, found):
            steps += [
                q for q in claim.roles.get(STEP, []) if q.unit == stated.unit and not hedge_before(prose, q.start)
            ]
    yield from _compared(doc, start, end, stated, steps)


def headline_level_conflicts(doc) -> Iterator[tuple[Quantity, Quantity]]:
    """(headline level, body level) for a headline that states the level a measure reached
    ("Unemployment falls to 8.6 percent", "... estimated at record 273.38 mt"): the text below
    restates it as the newer level of a clause of the same measure (unit and scale), the same
    subject (a content word in common) and, when the headline says one, the same direction.
    When the text has such a level and none of its levels of that measure agree with the
    headline's, within the rounding a headline may apply, one of the two was changed. A
    headline of bare counts ("5 things") or with a step or rate besides is left to the readers
    of steps and rates."""
    read = _headline_claim(doc)
    if read is None:
        return
    prose, start, end, claim = read
    if claim.has(STEP) or claim.has(RATE) or claim.one(NEW) is None:
        return
    stated, direction = claim.one(NEW), claim.direction
    if (not stated.unit and stated.scale == 1.0) or hedge_before(prose, stated.start):
        return
    words = content_words(prose[start:end])
    restated, levels = [], []
    grouped = mentions.by_sentence(doc)
    sentences = mentions.joined_sentences(doc)
    for index, found in grouped.items():
        sentence = sentences[index]
        if sentence.start < end or not words & content_words(prose[sentence.start : sentence.end]):
            continue
        for claim in read_claims(prose, sentence.start, sentence.end, found):
            same = [
                q
                for role in (NEW, LEVEL)
                for q in claim.roles.get(role, [])
                if q.unit == stated.unit and q.scale == stated.scale and not hedge_before(prose, q.start)
            ]
            levels += same
            if not direction or claim.direction == direction:
                restated += [q for q in same if q in claim.roles.get(NEW, [])]
    if restated and not any(_agrees(stated, q) for q in levels):
        yield stated, restated[0]
