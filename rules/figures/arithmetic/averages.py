"""An average "per" something against the two counts it divides: "Goals per game average: 2.98"
under "Games seen: 41" and "Number of goals: 122"; "an average of 3.1 visits per patient" beside
"1,240 visits" and "400 patients".

An average of X per Y names both counts by their nouns, so it is the count of X over the count
of Y wherever the block of text gives them: a figure is a count of X when the noun right after
it is X ("122 goals") or when it ends a label line that names X ("Number of goals: 122"). A
label or figure that names both nouns ("Highest number of goals in a game: 8") counts neither.
Exactly one count of each, in the average's block (no blank line between), is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.measures import fmt
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: After an average: "goals per game", "visits per patient", "goals per home game"
_PER_AFTER = lazy(r"\s++(?P<x>[A-Za-z]{3,})\s++per\s++(?:(?:home|away|each|every|a|an|one)\s++)?(?P<y>[A-Za-z]{3,})\b")
#: A label line ending in the average: "Goals per game average: "
_PER_LABEL = lazy(
    r"(?i)(?:^|\n)[^\S\n]*+(?:[-*•][^\S\n]*+)?[^\n\d:]*?\b(?P<x>[A-Za-z]{3,})\s++per\s++(?P<y>[A-Za-z]{3,})"
    r"\b[^\n\d:]{0,20}:[^\S\n]*+$"
)
#: A label line ending in a count: "Number of goals: ", "Games seen: "
_LABEL = lazy(r"(?:^|\n)(?P<label>[^\n\d:]{2,60}):[^\S\n]*+$")
_NOUN_AFTER = lazy(r"[^\S\n]++(?P<noun>[A-Za-z]{3,})\b")
_WORD = lazy(r"[A-Za-z]{3,}")


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def _names(prose: str, block_start: int, q: Quantity) -> set[str]:
    """The stems of the nouns that name a figure: the noun right after it on its line, and the
    words of the label its line opens with."""
    names = set()
    after = _NOUN_AFTER.match(prose, q.end)
    if after is not None:
        names.add(_stem(after.group("noun")))
    label = _LABEL.search(prose, max(block_start, q.start - 70), q.start)
    if label is not None:
        names |= {_stem(w) for w in _WORD.findall(label.group("label"))}
    return names


class AverageReaders:
    """The reader of FG005 for an average per something against its two counts."""

    def _averages(self, prose: str, figures: list[Quantity]) -> Iterator[Finding]:
        for average in figures:
            if average.unit or average.is_year or average.decimals == 0 or hedge_before(prose, average.start):
                continue
            per = _PER_AFTER.match(prose, average.end) or _PER_LABEL.search(
                prose, max(0, average.start - 70), average.start
            )
            if per is None:
                continue
            x, y = _stem(per.group("x")), _stem(per.group("y"))
            if x == y:
                continue
            block_start = prose.rfind("\n\n", 0, average.start) + 1
            block_end = prose.find("\n\n", average.end)
            block_end = len(prose) if block_end < 0 else block_end
            tops, bottoms = [], []
            for q in figures:
                if q is average or not block_start <= q.start < block_end or q.unit or q.is_year or q.decimals:
                    continue
                names = _names(prose, block_start, q)
                if x in names and y not in names:
                    tops.append(q)
                elif y in names and x not in names:
                    bottoms.append(q)
            if len(tops) != 1 or len(bottoms) != 1 or bottoms[0].value <= 0:
                continue
            top, bottom = tops[0], bottoms[0]
            if hedge_before(prose, top.start) or hedge_before(prose, bottom.start):
                continue
            actual = top.value / bottom.value
            slack = average.resolution + self.config["tolerance"] / 100 * actual
            if abs(actual - average.value) > slack:
                yield self.finding(
                    average.start,
                    average.end,
                    f"{top.text} over {bottom.text} is an average of {fmt(round(actual, 2))}"
                    f" {per.group('x').lower()} per {per.group('y').lower()}, not {average.text}",
                    expected=round(actual, 2),
                )


__all__ = ["AverageReaders"]
