"""Shares of a thing and of its complement: "renewables (27%) ... non-renewables (73%)".

A noun and the same noun negated by "non-" split one whole between them with nothing left
over, whatever the noun is: when a sentence gives each its share, the two shares make 100%,
within the rounding of both. A share is read right after its noun, in brackets ("renewables
(27%)"), or right before it ("73% non-renewables"); a hedged share ("about 27%") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.measures import fmt
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: A noun negated by "non-" ("non-renewables", "non-EU", "non Muslims")
_NEGATED_NOUN = lazy(r"(?i)\bnon[-\s]?(?P<noun>[a-z][a-z-]{2,})\b")
#: A preposition that makes the noun after it a group a rate is taken in ("among", "in", "for")
_GROUP_BEFORE = lazy(r"(?i)\b(?:among|amongst|in|for|of|by|from|with)\s++(?:the\s++)?$")
#: Between a noun and its share in brackets
_BRACKET_AFTER = lazy(r"\s*+\(\s*+$")
#: Between a share and the noun right after it
_SHARE_BEFORE = lazy(r"^\s*+(?:of\s++(?:the\s++)?)?$")


def _share_of(prose: str, start: int, end: int, shares: list[Quantity]) -> Quantity | None:
    """The share written with the noun at ``start:end``: in brackets right after it, or right before it."""
    for q in shares:
        if q.start >= end and _BRACKET_AFTER.match(prose[end : q.start]):
            return q
        if q.end <= start and _SHARE_BEFORE.match(prose[q.end : start]):
            return q
    return None


class ComplementReaders:
    """The reader of FG005 for the shares of a noun and of its "non-" complement."""

    def _complement_shares(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        shares = [q for q in found if q.unit == "%"]
        if len(shares) < 2:
            return
        text = prose[sentence.start : sentence.end]
        start = sentence.start
        for negated in _NEGATED_NOUN.finditer(text):
            noun = negated.group("noun").lower()
            if _GROUP_BEFORE.search(text, 0, negated.start()):
                continue  # "among non-EU voters (70%)": a rate within a group, not a share of the whole
            other = _share_of(prose, start + negated.start(), start + negated.end(), shares)
            if other is None:
                continue
            owns = [
                own
                for m in re.finditer(rf"(?i)\b{re.escape(noun)}\b", text)
                if not text[max(0, m.start() - 4) : m.start()].lower().rstrip("- ").endswith("non")
                and not _GROUP_BEFORE.search(text, 0, m.start())
                and (own := _share_of(prose, start + m.start(), start + m.end(), shares)) is not None
                and own is not other
            ]
            if len(owns) != 1:
                continue
            own = owns[0]
            if hedge_before(prose, own.start) or hedge_before(prose, other.start):
                continue
            total = own.value + other.value
            slack = own.resolution + other.resolution + 1e-9
            if abs(total - 100) > slack:
                yield self.finding(
                    own.start,
                    other.end,
                    f"{noun} ({own.text}) and non-{noun} ({other.text}) add up to {fmt(round(total, 4))}%, not 100%",
                    expected=100 - own.value,
                )


__all__ = ["ComplementReaders"]
