"""Multipliers ("doubled", "three times", "-fold") against the two values they join."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import POINTS_BACK
from scrapelint.rules.figures.arithmetic.measures import interval, same_measure
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

MULTIPLE = lazy(
    r"(?i)\b(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?(?:an?\s+)?"
    r"(?P<word>doubled|tripled|trebled|quadrupled|quintupled|halved"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]?fold(?=\s+(?:increase|rise|jump|growth|gain))"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]?fold\s+(?:decrease|fall|drop|decline|reduction)"
    r"|(?:increase|rise|jump|growth|gain)\s+of\s+\d{1,2}(?:\.\d)?\s+times"
    r"|(?:up|by)\s+\d{1,2}(?:\.\d)?\s+times"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+times"
    r"(?=\s+(?:higher|more|larger|bigger|greater|as\s+(?:much|many|high|large)))"
    # "harvests twice as much wheat", "half as many visitors"
    r"|(?:twice|half)(?=\s+as\s+(?:much|many|high|large|big)\b)"
    r")\b"
)

_FACTORS = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "quintupled": 5.0,
    "halved": 0.5,
    "double": 2.0,
    "twice": 2.0,
    "triple": 3.0,
    "treble": 3.0,
    "quadruple": 4.0,
    "half": 0.5,
}

#: "more than double the 887 megawatts", "nearly three times the 9.7 per cent", "less than half of
#: the ten year average of 70 mm": a figure before and the figure compared with after "the"
MULTIPLE_OF = lazy(
    r"(?i)(?:\b(?P<hedge>more\s++than|less\s++than|over|under|nearly|almost|about|roughly|around|some)\s++)?"
    r"\b(?P<word>double|twice|triple|treble|quadruple|half|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s++times)"
    r"\s++(?:of\s++)?the\b(?P<words>[^\d.;:!?()%]{0,40}?)$"
)
#: How far before its multiplier the figure compared may stand, in characters
_MULTIPLE_REACH = 160

_FOLD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _factor(word: str) -> float:
    """The factor a multiplier word names: "doubled" 2, "three times" 3, "a fivefold fall" 1/5."""
    if word.endswith("times"):
        count = word.split()[-2]
        return float(_FOLD_NUMBERS.get(count) or count)
    if "fold" in word:
        count = re.match(r"two|three|four|five|six|seven|eight|nine|ten|\d+", word).group()
        factor = float(_FOLD_NUMBERS.get(count) or int(count))
        return 1 / factor if re.search(r"decrease|fall|drop|decline|reduction", word) else factor
    return _FACTORS[word]


def _band(hedge: str, factor: float) -> tuple[float, float]:
    """The ratios a multiplier allows under a hedge that is no bound: "nearly" a quarter under
    and a twentieth over, another hedge a fifth either way, none a tenth."""
    if hedge in ("nearly", "almost"):
        return factor * 0.75, factor * 1.05
    if hedge:
        return factor * 0.8, factor * 1.2
    return factor * 0.9, factor * 1.1


class MultipleReaders:
    """The readers of FG005 for: multipliers ("doubled", "three times", "-fold") against the two values they join."""

    def _multiple(
        self, match: re.Match, offset: int, old: Quantity, new: Quantity, between: bool = False
    ) -> Iterator[Finding]:
        factor = _factor(match.group("word").lower())
        ratio = new.value / old.value
        if factor < 1:  # "halved" is "doubled" read backwards
            factor, ratio = 1 / factor, old.value / new.value if new.value else float("inf")
        hedge = (match.group("hedge") or "").strip().lower()
        low, high = (factor * 0.97, float("inf")) if hedge == "more than" else _band(hedge, factor)
        if low <= ratio <= high:
            return
        # between two values, the multiple itself ("ten times", "nearly double"), not the words before it
        start = (match.start("hedge") if match.group("hedge") else match.start("word")) if between else match.start()
        end = match.end("word") if between else match.end()
        yield self.finding(
            offset + start,
            offset + end,
            f"'{match.group()[start - match.start() : end - match.start()].strip()}' from {old.text} to"
            f" {new.text}: the values differ by a factor of {ratio:.2f}, "
            f"not about {factor:g}",
            expected=round(factor, 2),
        )

    def _multiples_of(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """A figure, then a multiplier of another figure of its measure after "the": "A, more than
        double the B", "A, nearly three times the B", "A. This is less than half of the B". The
        first figure may stand in the sentence before when the multiplier's sentence points back
        to it ("That is", "This is"). A bound ("more than", "less than") must hold for some reading
        of the rounded figures; a hedge allows what :meth:`_multiple` allows."""
        for index, found in grouped.items():
            sentence = sentences[index]
            figures = [q for q in found if not q.is_year]
            for position, compared in enumerate(figures):
                lead = prose[max(sentence.start, compared.start - 70) : compared.start]
                match = MULTIPLE_OF.search(lead)
                if match is None or hedge_before(prose, compared.start):
                    continue
                start = compared.start - len(lead) + match.start()
                earlier = [q for q in figures[:position] if q.end <= start and start - q.end <= _MULTIPLE_REACH]
                if not earlier and index - 1 in grouped and POINTS_BACK.match(prose, sentence.start, sentence.end):
                    earlier = [q for q in grouped[index - 1] if not q.is_year]
                pairs = [(q, self._comparable(q, compared)) for q in reversed(earlier)]
                first = next(((q, pair) for q, pair in pairs if pair is not None), None)
                if first is None or hedge_before(prose, first[0].start):
                    continue
                yield from self._multiple_against(match, start, *first[1])

    @staticmethod
    def _comparable(figure: Quantity, compared: Quantity) -> tuple[Quantity, Quantity] | None:
        """Two figures of one measure, shares in percent included ("27.7 per cent ... the 9.7 per cent")."""
        if figure.unit == compared.unit == "%":
            return figure, compared
        return same_measure(figure, compared)

    def _multiple_against(
        self, match: re.Match, offset: int, figure: Quantity, compared: Quantity
    ) -> Iterator[Finding]:
        factor = _factor(match.group("word").lower())
        low_figure, high_figure = interval(figure)
        low_compared, high_compared = interval(compared)
        if compared.value <= 0 or low_compared <= 0:
            return
        ratio = figure.value / compared.value
        lowest, highest = low_figure / high_compared, high_figure / low_compared
        hedge = " ".join((match.group("hedge") or "").lower().split())
        if hedge in ("more than", "over"):
            holds = highest >= factor
        elif hedge in ("less than", "under"):
            holds = lowest <= factor
        else:
            low, high = _band(hedge, factor)
            holds = highest >= low and lowest <= high
        if holds:
            return
        said = " ".join(match.group(0)[: match.end("word") - match.start()].split())
        yield self.finding(
            offset,
            offset + match.end("word") - match.start(),
            f"{figure.text} is said to be {said} {compared.text}, but the two differ by a factor of {ratio:.2f}",
            expected=round(factor, 2),
        )
