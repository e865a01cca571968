"""A rate of change in one sentence (or clause) with its levels in the next one of the same paragraph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import (
    CHANGE_WORD,
    DECREASE,
    DIFFERENCE_AFTER,
    DURATION_AFTER,
    INCREASE,
    INCREMENT_BEFORE,
    OLD_MARKER,
    OLDER_PERIOD,
    OR_DIFFERENCE,
    POINTS,
    POINTS_BACK,
    STEP_OF,
    STEP_VERB,
    YEAR_IN,
)
from scrapelint.rules.figures.arithmetic.measures import content_words, increment_finding, same_measure
from scrapelint.rules.figures.arithmetic.multiples import MULTIPLE
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: a change against the same period a year before
_YEARLY = lazy(r"(?i)\byear[\s-]on[\s-]year\b|\by/y\b|\byoy\b|\bfrom\s+a\s+year\s+(?:earlier|ago|before)\b")


class _Span(NamedTuple):
    """A stretch of the text read like a sentence: a clause after a semicolon."""

    start: int
    end: int


def _same_or_led(prose: str, first, second) -> bool:
    """Two sentences of one paragraph, or a lead and the paragraph after it: a sentence that is
    a paragraph of its own speaks to the next one, as news leads do, while a sentence of a
    longer paragraph speaks to its own paragraph only."""
    gap = prose[first.end : second.start]
    if "\n\n" not in prose[first.start : second.start]:
        return True
    if "\n\n" not in gap or "\n\n" in prose[first.start : first.end]:
        return False
    # the document's first line, after the marks of a heading ("# "), is a lead as well
    return not prose[: first.start].strip("#> \t\n") or "\n\n" in prose[max(0, first.start - 3) : first.start + 1]


#: Right before the newer of two levels: a change verb and "to" ("which increased to", "rose to")
_NEWER_MARK = lazy(
    rf"(?i)\b(?:{INCREASE}|{DECREASE})\s++(?:again\s++|further\s++)?(?:to|reaching)\s++(?:about\s++|some\s++|nearly\s++)?$"
)


def _older_newer(prose: str, second, pair: tuple[Quantity, Quantity]) -> tuple[Quantity, Quantity] | None:
    """The two levels of one measure as (older, newer): one marked as the older ("from",
    "against", "compared with"), or else the later-written one marked as the newer by a change
    verb and "to" ("there were 832 cases ..., which rose to 1,650"), the other then the older."""
    marked = [bool(OLD_MARKER.search(prose, max(second.start, q.start - 25), q.start)) for q in pair]
    if marked.count(True) == 1:
        return (pair[0], pair[1]) if marked[0] else (pair[1], pair[0])
    if marked.count(True) == 0:
        first, last = sorted(pair, key=lambda q: q.start)
        if _NEWER_MARK.search(prose, max(second.start, last.start - 30), last.start) and not _NEWER_MARK.search(
            prose, max(second.start, first.start - 30), first.start
        ):
            return first, last
    return None


def _stems(prose: str, span) -> set[str]:
    """The content words of a sentence up to their ending: "admitted" and "admissions" differ,
    "hospital" and "hospitals" do not."""
    return {word[:6] for word in content_words(prose[span.start : span.end])}


class NextSentenceReaders:
    """The readers of FG005 for: a rate of change in one sentence (or clause) with its levels in the next one of the same paragraph."""

    def _rate_then_levels(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """ "Sales fell 3.6 percent in 2019. Vehicles sold last year came to 1,914,357, down from
        1,984,992": a sentence whose one figure is a rate of change, and the next sentence of the
        same paragraph, on the same thing (a content word in common), giving the two levels, one
        marked as the older, and no rate of its own. The rate's sentence may give the newer
        level itself ("rose 120 percent to 33.3 million tonnes. Drought limited the crop to 15.2
        million tonnes last season."): the next sentence then gives the older one alone, marked
        by an earlier period. One look at each sentence and the next. A clause after a semicolon
        is read as the next sentence ("400.37 MT, up 5.4% on the year; it was 379.90 MT in the
        previous year"), at the first semicolon between the sentence's figures."""
        for index, found in grouped.items():
            following = index + 1
            # a sentence with no figure between them does not part a rate from its levels
            if following not in grouped and following + 1 < len(sentences) and following + 1 in grouped:
                following += 1
            if following < len(sentences) and "\n\n" not in prose[sentences[index].end : sentences[following].start]:
                yield from self._rate_and_next(
                    prose, sentences[index], found, sentences[following], grouped.get(following, [])
                )
            elif index + 1 < len(sentences):
                yield from self._rate_and_next(
                    prose, sentences[index], found, sentences[index + 1], grouped.get(index + 1, [])
                )
            cut = prose.find(";", found[0].end, found[-1].start)
            if cut != -1:
                sentence = sentences[index]
                yield from self._rate_and_next(
                    prose,
                    _Span(sentence.start, cut),
                    [q for q in found if q.end <= cut],
                    _Span(cut + 1, sentence.end),
                    [q for q in found if q.start > cut],
                    clause=True,
                )

    def _rate_and_next(
        self, prose: str, first, found: list[Quantity], second, following: list[Quantity], clause: bool = False
    ):
        """The reading of :meth:`_rate_then_levels` for one sentence (or clause) and the next; a
        clause after a semicolon speaks of the same thing ("...; it was 379.90 MT") without a word
        in common."""
        found = [q for q in found if not DURATION_AFTER.match(prose, q.end)]  # "the first 11 months"
        rates = [q for q in found if q.unit == "%"]
        levels = [q for q in found if q.unit != "%"]
        if (
            len(levels) == 1
            and len(following) == 2
            and same_measure(following[0], following[1]) is not None
            and not any(same_measure(levels[0], q) or same_measure(q, levels[0]) for q in following)
        ):
            levels = []  # a count of something else beside the rate ("at its 39 airports")
        if not rates and len(levels) == 1 and not clause:
            yield from self._step_and_next(prose, first, levels[0], second, following)
            return
        if len(rates) != 1 or len(levels) > 1:
            return
        stated = rates[0]
        if POINTS.match(prose, stated.end, stated.end + 20) or hedge_before(prose, stated.start) == "bound":
            return
        if len(following) != 2 - len(levels) or any(q.unit == "%" for q in following):
            return
        if not _same_or_led(prose, first, second) or CHANGE_WORD.search(prose, first.start, first.end) is None:
            return
        # no word in common ("The main crop is set for a 1.6% rise. Production of wheat ..."):
        # the two levels are still read as the rate's when they change the way its words say
        unnamed = not clause and not content_words(prose[first.start : first.end]) & content_words(
            prose[second.start : second.end]
        )
        if levels:
            if unnamed:
                return
            # the newer level beside the rate, the older one alone in the next sentence, of an
            # earlier period: "last season", "a year earlier", or a year named after a yearly change
            pair = same_measure(following[0], levels[0])
            if pair is None or hedge_before(prose, levels[0].start) == "bound":
                return
            window = prose[max(second.start, following[0].start - 60) : min(second.end, following[0].end + 40)]
            older = OLDER_PERIOD.search(window) or OLD_MARKER.search(
                prose, max(second.start, following[0].start - 25), following[0].start
            )
            if older is None and not (
                _YEARLY.search(prose, first.start, first.end)
                and not YEAR_IN.search(prose, first.start, first.end)
                and YEAR_IN.search(prose, second.start, second.end)
            ):
                return
            yield from self._percent_change(prose, first, stated, pair[0], pair[1])
            return
        pair = same_measure(following[0], following[1])
        if pair is None or (roles := _older_newer(prose, second, pair)) is None:
            return
        old, new = roles
        if unnamed:
            ways = {
                "up" if m.group("up") else "down"
                for text in (prose[first.start : first.end], prose[second.start : second.end])
                for m in CHANGE_WORD.finditer(text)
            }
            if ways != {"up" if new.value > old.value else "down"}:
                return
        yield from self._percent_change(prose, first, stated, old, new)

    def _multiple_then_levels(
        self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]
    ) -> Iterator[Finding]:
        """ "Arrests have halved in the last decade. Officers arrested 698,737 people in the year
        to March, compared with 1,427,387 in 2007/08": a sentence with a multiplier and no figure,
        and the next one, on the same thing (a content word in common, up to its ending), giving the two levels,
        one marked as the older. The next sentence may open the next paragraph when the
        multiplier's sentence is a paragraph of its own (a lead, as news writes it)."""
        for index in range(len(sentences) - 1):
            # no figure but the length of a period ("in the past 25 days")
            if any(not DURATION_AFTER.match(prose, q.end) for q in grouped.get(index, ())):
                continue
            first, second = sentences[index], sentences[index + 1]
            # the next sentence's two levels first: most sentences have none, and the multiplier
            # pattern is the costly test
            values = [q for q in grouped.get(index + 1, []) if q.unit != "%" and not q.is_year]
            shares = [q for q in grouped.get(index + 1, []) if q.unit == "%"]
            if len(values) < 2 and not (len(shares) == 2 and not values):
                continue
            if values:
                pairs = [pair for i, a in enumerate(values) for b in values[i + 1 :] if (pair := same_measure(a, b))]
                if len(pairs) != 1 or shares:
                    continue
            else:
                # two percentages and nothing else: two levels of one share ("22.3 percent of
                # households ..., up from 10.5 percent"), which a multiplier compares as any
                # levels; a rate among them is no level ("rose 5%")
                if any(STEP_VERB.search(prose, max(second.start, q.start - 20), q.start) for q in shares):
                    continue
                pairs = [(shares[0], shares[1])]
            multiples = list(MULTIPLE.finditer(prose, first.start, first.end))
            if len(multiples) != 1:
                continue
            if not _same_or_led(prose, first, second):
                continue
            # a word in common up to its ending ("arrests" and "arrested")
            stems = [{word[:6] for word in content_words(prose[s.start : s.end])} for s in (first, second)]
            if not stems[0] & stems[1]:
                continue
            pair = pairs[0]
            roles = _older_newer(prose, second, pair)
            if roles is None or any(hedge_before(prose, q.start) == "bound" for q in pair):
                continue
            old, new = roles
            yield from self._multiple(multiples[0], 0, old, new)

    def _step_and_next(self, prose: str, first, step: Quantity, second, following: list[Quantity]) -> Iterator[Finding]:
        """ "Cases increased by 818 in the past 40 days. From January 1 to September 21 there
        were 832 cases, which rose to 1,650 by November 1": a sentence whose one figure is an
        increment ("increased by", "a rise of") and the next sentence, on the same thing, giving
        the two levels it lies between (one marked as the older or the newer) and no other figure
        of their measure."""
        if STEP_OF.search(prose, max(first.start, step.start - 30), step.start) is None or step.is_year:
            return
        values = [q for q in following if q.unit != "%" and not q.is_year and same_measure(step, q) is not None]
        if len(values) != 2 or any(q.unit == "%" for q in following) or not _same_or_led(prose, first, second):
            return
        if not content_words(prose[first.start : first.end]) & content_words(prose[second.start : second.end]):
            return
        if any(hedge_before(prose, q.start) for q in (step, *values)):
            return
        pair = same_measure(values[0], values[1])
        if pair is None or (roles := _older_newer(prose, second, pair)) is None:
            return
        old, new = roles
        yield from self._step_against(step, old, new)

    def _step_against(self, step: Quantity, old: Quantity, new: Quantity) -> Iterator[Finding]:
        """An increment against the difference of the two levels it lies between."""
        pair = same_measure(step, new)
        if pair is None:
            return
        step, new = pair
        if (finding := increment_finding(self, step, old, new)) is not None:
            yield finding

    def _older_points_back(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """ "The country registered 82,597 cases. This was a 106-percent increase against 40,096
        cases a year earlier": a sentence that points back to the one before ("This was", "This
        represents") and gives a rate, an increment or both with the older level (marked as
        such), while the sentence before, in the same paragraph, gives the one newer level of
        that measure."""
        for index, found in grouped.items():
            if not index or index - 1 not in grouped:
                continue
            first, second = sentences[index - 1], sentences[index]
            if "\n\n" in prose[first.end : second.start]:
                continue
            points_back = POINTS_BACK.match(prose, second.start, second.end) is not None
            rates = [q for q in found if q.unit == "%" and not POINTS.match(prose, q.end, q.end + 20)]
            levels = [q for q in found if q.unit != "%" and not q.is_year and not DURATION_AFTER.match(prose, q.end)]
            olds = [q for q in levels if OLD_MARKER.search(prose, max(second.start, q.start - 25), q.start)]
            steps = [
                q
                for q in levels
                if INCREMENT_BEFORE.search(prose, max(second.start, q.start - 30), q.start)
                # "That compares to 21,216 a year ago, or 787 fewer students"
                or (
                    OR_DIFFERENCE.search(prose, max(second.start, q.start - 20), q.start)
                    and DIFFERENCE_AFTER.match(prose, q.end)
                )
            ]
            if len(olds) != 1 or len(steps) > 1 or len(rates) > 1 or len(levels) != 1 + len(steps):
                continue
            if (not rates and not steps) or CHANGE_WORD.search(prose, second.start, second.end) is None:
                continue
            old = olds[0]
            if not points_back and not (
                # a sentence that does not point back speaks of the level before it when it names
                # the same thing (a word in common up to its ending) and puts its older level in an
                # earlier period ("went up by 1,485 from a total of just 4,268 the week prior")
                OLDER_PERIOD.match(prose, old.end, min(second.end, old.end + 40))
                and _stems(prose, first) & _stems(prose, second)
            ):
                continue
            newer = [q for q in grouped[index - 1] if q.unit != "%" and not q.is_year and same_measure(old, q)]
            if len(newer) != 1 or any(hedge_before(prose, q.start) for q in (old, *newer, *steps, *rates)):
                continue
            old, new = same_measure(old, newer[0])
            if rates:
                yield from self._percent_change(prose, second, rates[0], old, new)
            if steps:
                yield from self._step_against(steps[0], old, new)
