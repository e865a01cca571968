"""Parts named by narrowing the whole's subject: "production volumes of vehicles were 1,285,800
units" above "production volumes of passenger vehicles were 990,900 units and production volumes
of commercial vehicles were 394,900 units".

A clause that repeats every word that named a whole and adds a word of its own speaks of a part
of that whole, whatever the words are: the added word narrows it ("passenger", "brand new",
"pre-owned"). Two or more such parts, each narrowed by a different word, in the clauses after the
whole, with the same role in their clauses (the level reached, or the level) and of the whole's
measure, may leave some of the whole out but cannot add up past it. A clause that names another
subject ("Samsung's revenue" after "Apple's revenue") drops a word of the whole and is no part.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.clauses import LEVEL, NEW, Claim
from scrapelint.rules.figures.arithmetic.cues import YEAR_IN
from scrapelint.rules.figures.arithmetic.measures import same_measure, shown
from scrapelint.rules.figures.quantities import Quantity, hedge_before, rounding_of
from scrapelint.text.dates import MONTHS
from scrapelint.text.lazy import lazy

#: Words that say a figure is the whole, not what it is of ("Total motor cars")
_WHOLE_WORDS = frozenset({"total", "overall", "combined", "aggregate"})
#: Words of grammar, which name nothing: a part may add or drop them
_GRAMMAR = frozenset(
    {"a", "an", "and", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "wa", "were", "is",
     "are", "ha", "have", "had", "it", "its", "their", "that", "which", "while", "but", "also", "both"}
)  # fmt: skip
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*")
#: How many sentences after the whole's its parts may come
_REACH = 2


def _role_figure(claim: Claim) -> tuple[str, Quantity] | None:
    """The clause's one level reached (or its one level when it states no change), not a percentage."""
    for role in (NEW, LEVEL):
        found = [q for q in claim.roles.get(role, []) if q.unit != "%" and not q.is_year]
        if found:
            return (role, found[0]) if len(found) == 1 else None
    return None


def _naming(prose: str, claim: Claim, figure: Quantity) -> set[str]:
    """The words of the clause before its figure, lower-cased and without a plural "s": every
    word counts, short names too ("Acme"), but not the words of grammar, the whole words and
    the months."""
    words = {word.lower().removesuffix("s") for word in _WORD.findall(prose, claim.start, figure.start)}
    return {w for w in words - _GRAMMAR - _WHOLE_WORDS if w not in MONTHS}


def _period(prose: str, claim: Claim) -> set[str]:
    """The years a clause names: parts of another year are not parts of this whole."""
    return set(YEAR_IN.findall(prose, claim.start, claim.end))


def _within_reach(paragraph: list[int], position: int) -> list[int]:
    """The sentence indices from ``position`` on that lie within ``_REACH`` of its own, read
    forward only as far as the reach: scanning the paragraph's whole rest from each sentence made
    a paragraph of many short sentences quadratic."""
    end = position
    while end < len(paragraph) and paragraph[end] - paragraph[position] <= _REACH:
        end += 1
    return paragraph[position:end]


class SubjectPartReaders:
    """The reader of FG005 for parts whose clauses narrow the subject of a whole before them."""

    def _parts_past_whole(
        self, prose: str, sentences: list, paragraph: list[int], claims_of: dict
    ) -> Iterator[Finding]:
        for position, index in enumerate(paragraph):
            following = _within_reach(paragraph, position)
            for claim in claims_of[index]:
                read = _role_figure(claim)
                if read is None:
                    continue
                role, whole = read
                naming = _naming(prose, claim, whole)
                if not naming or hedge_before(prose, whole.start):
                    continue
                parts = self._narrowed_parts(prose, claims_of, following, claim, role, whole, naming)
                if len(parts) < 2:
                    continue
                pairs = [same_measure(part, whole) for part in parts]
                if any(pair is None or pair[0].value >= pair[1].value for pair in pairs):
                    continue
                expected = sum(pair[0].value for pair in pairs)
                if expected > pairs[0][1].value + rounding_of((*parts, whole)):
                    listed = " + ".join(part.text for part in parts)
                    yield self.finding(
                        whole.start,
                        whole.end,
                        f"{whole.text} is less than the parts the clauses after it narrow it into"
                        f" ({listed} = {shown(expected, whole)})",
                        expected=expected / whole.factor,
                    )

    @staticmethod
    def _narrowed_parts(
        prose: str, claims_of: dict, following: list[int], whole_claim: Claim, role: str, whole, naming: set[str]
    ) -> list[Quantity]:
        """The figures of the clauses after the whole's that repeat all its naming words and add
        one of their own, each a different one; none when a clause repeats them with nothing
        added (the whole restated) or names a part twice."""
        parts, added = [], []
        period = _period(prose, whole_claim)
        for index in following:
            for claim in claims_of[index]:
                if claim.start <= whole_claim.start:
                    continue
                read = _role_figure(claim)
                if read is None or read[0] != role:
                    continue
                figure = read[1]
                words = _naming(prose, claim, figure)
                if not naming <= words:
                    continue
                extra = words - naming
                other_period = _period(prose, claim)
                if not extra or (period and other_period and other_period != period):
                    return []
                if any(extra <= seen or seen <= extra for seen in added) or hedge_before(prose, figure.start):
                    return []
                parts.append(figure)
                added.append(extra)
        return parts


__all__ = ["SubjectPartReaders"]
