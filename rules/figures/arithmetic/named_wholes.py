"""A part with its share "of the" whole a noun names, the whole given as a level sentences before:
"the number of unemployed persons decreased by 275,000 to 5.8 million. ... The number of long-term
unemployed ... was 1.3 million and accounted for 22.7% of the unemployed."

The words after a share ("of the unemployed", "of all exports") name its whole as the text named
it before; the level of the clause whose words before its figure hold that name, in the same
paragraph and of the part's measure, is the whole. The part over it must give the share within
the rounding of all three figures, whatever verb joins the part to its share.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.clauses import LEVEL, NEW
from scrapelint.rules.figures.arithmetic.measures import content_words, interval, same_measure
from scrapelint.rules.figures.quantities import hedge_before
from scrapelint.text.lazy import lazy

#: Between a part and its share: a few words, no figure, no clause break
_PART_TO_SHARE = lazy(r"^[^.;:\d%()]{1,40}$")
#: The whole a share names right after it: "of the unemployed", "of all passengers"
_OF_WHOLE = lazy(r"(?i)\s*+of\s++(?:the\s++|all\s++)?(?P<noun>[a-z][a-z\s'’-]{2,40}?)\s*+(?=[.,;)]|$)")
#: How many sentences before the share its whole may be given
_REACH = 3


class NamedWholeReaders:
    """The reader of FG005 for a share of a whole that a noun names, given as a level before."""

    def _share_of_named_level(self, prose: str, sentences: list, paragraph: list[int], claims_of: dict, grouped: dict):
        for index in paragraph:
            for part, share in pairwise(grouped[index]):
                if share.unit != "%" or part.unit == "%" or part.is_year:
                    continue
                if not _PART_TO_SHARE.match(prose[part.end : share.start]):
                    continue
                named = _OF_WHOLE.match(prose, share.end, sentences[index].end)
                if named is None:
                    continue
                noun = content_words(named.group("noun"))
                if not noun:
                    continue
                wholes = [
                    q
                    for i in paragraph
                    if index - _REACH <= i < index
                    for claim in claims_of[i]
                    for role in (NEW, LEVEL)
                    for q in claim.roles.get(role, [])
                    if noun <= content_words(prose[claim.start : q.start])
                    and (pair := same_measure(part, q)) is not None
                    and pair[1].value > pair[0].value
                ]
                if len(wholes) != 1:
                    continue
                yield from self._named_share_against(prose, part, share, wholes[0])

    def _named_share_against(self, prose: str, part, share, whole) -> Iterator[Finding]:
        if any(hedge_before(prose, q.start) for q in (part, share, whole)):
            return
        part, whole = same_measure(part, whole)
        low_part, high_part = interval(part)
        low_whole, high_whole = interval(whole)
        low, high = low_part / high_whole * 100, high_part / low_whole * 100
        slack = share.resolution + self.config["tolerance"] / 100 * share.value
        if low - slack <= share.value <= high + slack:
            return
        actual = part.value / whole.value * 100
        yield self.finding(
            share.start,
            share.end,
            f"{part.text} of {whole.text} (given before) is {actual:.1f}%, not {share.text}",
            expected=round(actual, 2),
        )


__all__ = ["NamedWholeReaders"]
