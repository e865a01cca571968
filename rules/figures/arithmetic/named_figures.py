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
from scrapelint.rules.figures.arithmetic.measures import fmt, interval, same_measure
from scrapelint.rules.figures.quantities import Quantity
from scrapelint.text.lazy import lazy

#: After a figure: "more births than deaths", "fewer wins than losses"
_MORE_THAN = lazy(r"\s++(?P<way>more|fewer)\s++(?P<a>[a-z][a-z'-]*+)\s++than\s++(?P<b>[a-z][a-z'-]*+)\b")
#: A noun right after a figure, its name
_NOUN_AFTER = lazy(r"\s++(?P<noun>[a-z][a-z'-]*+)\b")
#: A whole, then its share and the part in brackets: "51,178 patients ..., of which 29.7% (more than 15,000)"
#: years may stand in the whole's noun phrase ("who underwent surgery between 1993 and 1999")
_OF_WHICH = lazy(r"(?i)^(?:[^.;:\d%]|\b[12]\d{3}\b){0,120}?,\s*+of\s++(?:which|whom)\s*+$")
_BRACKET = lazy(r"^\s*+\(\s*+(?:more\s++than\s++|less\s++than\s++|fewer\s++than\s++|about\s++|nearly\s++)?$")


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
            slack = step.resolution + low.resolution + high.resolution
            if abs(actual - step.value) <= slack:
                continue
            yield self.finding(
                step.start,
                step.end,
                f"{larger[0].text} {said.group('a')} and {smaller[0].text} {said.group('b')} differ by "
                f"{fmt(actual / step.scale)}, not {step.text}",
                expected=actual / step.scale,
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
