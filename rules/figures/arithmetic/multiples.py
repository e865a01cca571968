"""Multipliers ("doubled", "three times", "-fold") against the two values they join."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.quantities import Quantity
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

_FOLD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


class MultipleReaders:
    """The readers of FG005 for: multipliers ("doubled", "three times", "-fold") against the two values they join."""

    def _multiple(
        self, match: re.Match, offset: int, old: Quantity, new: Quantity, between: bool = False
    ) -> Iterator[Finding]:
        word = match.group("word").lower()
        if word.endswith("times"):
            count = word.split()[-2]
            factor = float(_FOLD_NUMBERS.get(count) or count)
        elif "fold" in word:
            count = re.match(r"two|three|four|five|six|seven|eight|nine|ten|\d+", word).group()
            factor = float(_FOLD_NUMBERS.get(count) or int(count))
            if re.search(r"decrease|fall|drop|decline|reduction", word):
                factor = 1 / factor
        else:
            factor = _FACTORS[word]
        ratio = new.value / old.value
        if factor < 1:  # "halved" is "doubled" read backwards
            factor, ratio = 1 / factor, old.value / new.value if new.value else float("inf")
        hedge = (match.group("hedge") or "").strip().lower()
        if hedge == "more than":
            low, high = factor * 0.97, float("inf")
        elif hedge in ("nearly", "almost"):
            low, high = factor * 0.75, factor * 1.05
        elif hedge:
            low, high = factor * 0.8, factor * 1.2
        else:
            low, high = factor * 0.9, factor * 1.1
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
