"""Figures that name the figures they are computed from by their nouns: "254,400 more births than
deaths" after "813,200 births and 558,800 deaths", and a share whose count follows it in brackets,
"of which 29.7% (more than 15,000)", after the whole.

A figure is named by the noun right after it ("813,200 births"); a comparison "N more X than Y"
names two such figures by their nouns, so it states their difference whichever sentence of the
paragraph they stand in. A share of a whole, with the part it makes written after it in brackets,
states the part: the two are one claim, checked as the part's bound says ("more than 15,000").
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.claim_checks import _holds, bound_of
from scrapelint.rules.figures.arithmetic.measures import content_words, fmt, interval, same_measure
from scrapelint.rules.figures.quantities import Quantity, rounding_of
from scrapelint.text.lazy import lazy

#: After a figure: "more births than deaths", "fewer wins than losses"
_MORE_THAN = lazy(r"\s++(?P<way>more|fewer)\s++(?P<a>[a-z][a-z'-]*+)\s++than\s++(?P<b>[a-z][a-z'-]*+)\b")
#: A noun right after a figure, its name
_NOUN_AFTER = lazy(r"\s++(?P<noun>[a-z][a-z'-]*+)\b")
#: A whole, then its share and the part in brackets: "51,178 patients ..., of which 29.7% (more than 15,000)"
#: years may stand in the whole's noun phrase ("who underwent surgery between 1993 and 1999")
_OF_WHICH = lazy(r"(?i)^(?:[^.;:\d%]|\b[12]\d{3}\b){0,120}?,\s*+of\s++(?:which|whom)\s*+$")
_BRACKET = lazy(r"^\s*+\(\s*+(?:more\s++than\s++|less\s++than\s++|fewer\s++than\s++|about\s++|nearly\s++)?$")


#: A count word that says how many parts a list names: "the four constituent countries"
_COUNTED = lazy(r"(?i)\bthe\s++(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s++[a-z]")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _one_measure(part: Quantity, whole: Quantity) -> tuple[Quantity, Quantity] | None:
    """A part and its whole in one representation; plain counts (no unit, no scale) as written,
    small ones too, since the grammar, not the size, says they count the same things."""
    plain = all(not q.unit and q.scale == 1.0 for q in (part, whole))
    return (part, whole) if plain else same_measure(part, whole)


def _named(prose: str, figures: list[Quantity], noun: str) -> list[Quantity]:
    """The figures the noun names: those it follows right after."""
    found = []
    for q in figures:
        match = _NOUN_AFTER.match(prose, q.end)
        if match and match.group("noun") == noun:
            found.append(q)
    return found


class NamedFigureReaders:
    """The readers of FG005 for figures named by their nouns."""

    def _named_figures(self, prose: str, sentences: list, grouped: dict) -> Iterator[Finding]:
        for index, found in grouped.items():
            before = grouped.get(index - 1, [])
            if before and "\n\n" in prose[sentences[index - 1].end : sentences[index].start]:
                before = []
            yield from self._more_than_named(prose, found, [*before, *found])
            yield from self._share_then_part(prose, found)
            yield from self._counted_parts(prose, sentences[index], found, before)

    def _more_than_named(self, prose: str, found: list[Quantity], nearby: list[Quantity]) -> Iterator[Finding]:
        """ "254,400 more births than deaths": the difference of the one figure named "births" and
        the one named "deaths" in the sentence or the one before."""
        for step in found:
            said = _MORE_THAN.match(prose, step.end)
            if said is None or step.unit == "%" or bound_of(prose, step):
                continue
            earlier = [q for q in nearby if q.end <= step.start]
            larger, smaller = _named(prose, earlier, said.group("a")), _named(prose, earlier, said.group("b"))
            if len(larger) != 1 or len(smaller) != 1 or said.group("a") == said.group("b"):
                continue
            levels = same_measure(smaller[0], larger[0])
            measured = same_measure(step, larger[0]) if levels else None
            if measured is None or bound_of(prose, larger[0]) or bound_of(prose, smaller[0]):
                continue
            low, high = levels
            step = measured[0]
            actual = high.value - low.value
            if said.group("way") == "fewer":
                actual = -actual
            slack = rounding_of((step, low, high))
            if abs(actual - step.value) <= slack:
                continue
            yield self.finding(
                step.start,
                step.end,
                f"{larger[0].text} {said.group('a')} and {smaller[0].text} {said.group('b')} differ by "
                f"{fmt(actual / step.scale)}, not {step.text}",
                expected=actual / step.scale,
            )

    def _counted_parts(self, prose: str, sentence, found: list[Quantity], before: list[Quantity]) -> Iterator[Finding]:
        """ "The population of the UK was 63.7 million. The populations of the four constituent
        countries ... are 53.5 million ..., 5.3 million ..., 3.1 million ... and 1.8 million ...":
        a count word gives the number of parts and the sentence lists exactly that many figures of
        one measure; the one figure of that measure in the sentence before, of a subject that shares
        a word with this one, is their whole, and they cannot add up past it."""
        counted = _COUNTED.search(prose, sentence.start, sentence.end)
        if counted is None:
            return
        parts = [q for q in found if q.start > counted.end() and q.unit != "%" and not q.is_year]
        if len(parts) != _COUNTS[counted.group("n").lower()] or any(bound_of(prose, q) for q in parts):
            return
        wholes = [q for q in before if q.unit != "%" and not q.is_year and _one_measure(parts[0], q)]
        if len(wholes) != 1 or bound_of(prose, wholes[0]):
            return
        whole = wholes[0]
        shared = content_words(prose[max(0, whole.start - 120) : whole.start]) & content_words(
            prose[sentence.start : parts[0].start]
        )
        if not shared:
            return
        measured = [_one_measure(q, whole) for q in parts]
        if any(m is None for m in measured):
            return
        total = sum(m[0].value for m in measured)
        whole_value = measured[0][1].value
        slack = rounding_of((measured[0][1], *(m[0] for m in measured)))
        if total <= whole_value + slack:
            return
        yield self.finding(
            whole.start,
            whole.end,
            f"the {counted.group('n')} parts listed after it add up to {fmt(total / whole.scale)}, more than {whole.text}",
            expected=total / whole.scale,
        )

    def _share_then_part(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """ "51,178 patients ..., of which 29.7% (more than 15,000) were women": the share of the
        whole before it makes the part in brackets, as the part's bound says."""
        found = [q for q in found if not q.is_year]
        for whole, share, part in zip(found, found[1:], found[2:], strict=False):
            if whole.unit == "%" or share.unit != "%" or part.unit == "%" or whole.is_year or part.is_year:
                continue
            if not _OF_WHICH.match(prose[whole.end : share.start]) or not _BRACKET.match(prose[share.end : part.start]):
                continue
            pair = same_measure(part, whole)
            if pair is None or bound_of(prose, whole) or bound_of(prose, share):
                continue
            part, whole = pair
            readings = [s * w / 100 for s in interval(share) for w in interval(whole)]
            if _holds(part.value, bound_of(prose, part), min(readings), max(readings), part.resolution):
                continue
            actual = share.value * whole.value / 100
            yield self.finding(
                share.start,
                part.end,
                f"{share.text} of {whole.text} is {fmt(actual / part.scale)}, not {prose[share.end : part.end].strip('( ')}",
                expected=actual / part.scale,
            )


__all__ = ["NamedFigureReaders"]
