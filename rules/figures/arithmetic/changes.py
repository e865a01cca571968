"""Changes between two values of one measure in one sentence: a stated rate or a stated direction against the two levels."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.clauses import clause_bounds
from scrapelint.rules.figures.arithmetic.cues import (
    BY_BEFORE,
    CHANGE_WORD,
    CLOSE,
    FROM,
    INCREMENT_BEFORE,
    OLD_MARKER,
    OLDER_PERIOD,
    OTHER_BASIS,
    PERIOD_PHRASE,
    POINTS,
    STEP_GAP,
    STEP_OF,
    TO_LEVEL,
)
from scrapelint.rules.figures.arithmetic.measures import fmt, increment_finding, interval, same_measure
from scrapelint.rules.figures.arithmetic.multiples import MULTIPLE
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

# "to B, up from A", "B in 2021 against A in 2020", "to B as compared to A": the newer value first
_NEW_THEN_OLD = lazy(
    # a change noun of its own before "from" ("..., which would reduce the drop from 1,050") takes
    # the older value: it is that change's, not the figure's before it
    r"(?i)^(?![^.;%\d]{0,40}?\b(?:the|a|its|this)\s++(?:drop|fall|decline|decrease|loss|rise|increase|gain|jump)\s++from\b)"
    r"[^.;%\d]{0,40}?\b(?:from|against|compared\s+(?:to|with)|as\s+against|versus|vs\.?)\s+"
    # the older value may be named first: "from last fall's count of", "against the year's total of"
    r"(?:(?:the\s+)?(?:[a-z][a-z'’-]*\s+){1,3}?(?:count|total|level|figure|tally|number)\s+of\s+)?"
    r"(?:about\s+|around\s+|approximately\s+|roughly\s+)?$"
)

#: "8,917.81 GWh, a decline of 18.23 percent compared to Q1 2021, which recorded 9,717.81": the
#: reference point named as a period, then its level in a clause of its own
_PERIOD_THEN_LEVEL = lazy(
    r"(?i)^\s*+,?\s*+(?:compared\s+(?:to|with)|from|against|over|on)\s+[\w\s'’-]{0,25}?,\s*+(?:which|when)\b"
    r"[\w\s'’-]{0,30}?\b(?:recorded|registered|was|were|stood\s+at|saw|had|reached|came\s+to|totall?ed)\s+"
    r"(?:about\s+|around\s+)?$"
)

_ON_OLD = lazy(
    r"(?i)^\s*(?:on|over|(?:more|less|fewer|higher|lower)\s+than|above|below)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?$"
)

# "162,589, nearly double the 137,787": a multiple between the newer and the older value
_MULTIPLE_BETWEEN = lazy(
    r"(?i)^[^.;\d%]{0,40}?\s*+,?\s*(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?"
    r"(?P<word>double|twice|triple|treble|quadruple|half"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+times)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?"
    # "ten times India's 11.9 million", "twice the company's other expenses of $6.3 million":
    # the older value named by a possessive, a few words and "of"
    r"(?:[\w-]++['’]s\s++(?:[a-z][\w-]*+\s++){0,3}?(?:of\s++)?)?$"
)

#: A rate that compares a level with a reference rather than a change: "26.7% above the normal"
_RATE_COMPARED = lazy(r"(?i)\s*+(?:(?P<up>above)|(?P<down>below))\b")

#: "compared with the same period last season (1.59 mln tonnes)": the older value in brackets
#: after the period it belongs to
_OLD_IN_BRACKETS = lazy(
    r"(?i)\b(?:from|against|compared\s+(?:to|with)|than|versus|vs\.?|above|below)\s+[^.;\d%()]{0,45}\(\s*(?:about\s+)?$"
)

#: "than the fourth advanced estimate of 20.99 mt": the older value after a name of a few words;
#: "an increase of 9.7 percent over the 2000 U.S. resident population of 281,421,906"
_OLD_NAMED = lazy(
    r"(?i)\b(?:than|from|against|over|(?:compared|in\s+comparison)\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+(?:\.[\w'’-]*)*\s+){1,4}?of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)

#: "up 89% to £5.1m (2013: £2.7m)", "(FY2019: 310)", "(prior year: 52)": the older value in
#: brackets after the period it belongs to and a colon, as results highlights write it
_OLD_AFTER_PERIOD_COLON = lazy(
    r"(?i)\(\s*+(?:(?:FY|H[12]|Q[1-4])\s*+)?(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?"
    r"|(?:the\s+)?(?:prior|previous|last)\s+(?:year|period|quarter))\s*+:\s*+$"
)

#: "about 17 times the other income": the count of a multiplier, right before "times"
TIMES_AFTER = lazy(r"\s++times\b")

#: Possessive space runs (``\s*+``) here and below: adjacent ``\s*`` would split a long run of
#: spaces every way before failing (same matches).
_BY_TO = lazy(r"(?i)^\s*+,?\s*+to\s+(?:a\s+record\s+)?$")

_STATED_BETWEEN = lazy(
    r"(?i)^[^.;\d%]{0,40}?,?\s*+(?:a|an|or|up|down)?\s*+(?:(?:increase|rise|jump|gain|drop|fall|decline|decrease)\s+of\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?$"
)

#: A bound before a figure; "over" and "above" are left out, as they also mark the older value
_BOUND_BEFORE = lazy(r"(?i)\b(?:more|less|fewer)\s+than\s+$|\b(?:at\s+least|up\s+to|upwards\s+of)\s+$")

_TO = lazy(
    r"(?i)^(?:\s+(?:in|at)\s+(?:the\s+)?[\w-]{1,20}(?:\s+\d{4})?)?\s*(?:,\s*)?to\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$"
)

# The stated percentage must belong to the from/to pair: "rose 25% from A to B",
# "from A to B, an increase of 25%", "from A to B (up 25%)".
_BEFORE_FROM = lazy(r"(?i)^\)?\s*+,?\s*(?:\w+,?\s+){0,3}?from\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")


_AFTER_TO = lazy(
    r"(?i)^(?:\s+(?:in|at)\s+[\w-]{1,20}(?:\s+\d{4})?)?\s*(?:,|\(|—|–|-)\s*(?:a|an|or|up|down|representing|marking)?"
    r"(?:\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease)\s+of)?\s*(?:some\s+|about\s+|around\s+|nearly\s+)?$"
    # a comma and a short phrase of the change's own, no clause of its own ("..., showing growth
    # of"): a few lower-case words, none that opens another clause
    r"|^(?:\s++(?:in|at)\s++[\w-]{1,20}(?:\s++\d{4})?)?\s*+,\s*+"
    r"(?:(?!(?:and|but|while|whereas|which|who|when|as|with|after|before|than)\b)[a-z]++\s++){1,4}?$"
)

#: "to 50 (52.1) million tons": the older level in brackets right after the newer one
_BRACKET_BETWEEN = lazy(r"\s*+\(\s*+$")

#: "barley 1.88 MT, a little less than previous season's 1.92 MT": a level set against another
#: of its measure by a comparison word, after a comma (its period may stand before the comma); a multiplier between ("more than half
#: the") makes it no comparison of the two figures
_COMPARED_THAN = lazy(
    r"(?i)^(?:\s++[a-z]++){0,3}?\s*+,\s*+(?:a\s++)?(?:(?:little|bit|slightly|marginally|much|far|well|somewhat)\s++)?"
    r"(?:(?P<less>less|lower|fewer|smaller|below)|(?P<more>more|higher|greater|larger|bigger|above))"
    r"(?:\s++than)?\s++(?!(?:[\w'’-]++\s++){0,4}?(?:half|twice|double|triple|times|thirds?|quarters?|percent|per\s+cent)\b)"
    r"(?:[\w'’-]++\s++){0,4}?$"
)


def change_values(prose: str, sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures a change can be read between: not a year or a day, and not the count of a
    multiplier ("an increase of 3.1 times")."""
    spans = [m.span() for m in MULTIPLE.finditer(prose, sentence.start, sentence.end) if "times" in m.group()]
    return [
        q
        for q in found
        if not q.is_year
        and not any(a <= q.start < b for a, b in spans)
        and not (not q.unit and q.scale == 1 and TIMES_AFTER.match(prose, q.end))
    ]


#: "an increase of 17,917 cases": the figure after a change noun is an increment, not a level
_STEP_NOUN = lazy(
    r"(?i)\b(?:increase|rise|gain|jump|growth|drop|fall|decline|decrease|loss)\s++of\s++(?:about\s++|some\s++|nearly\s++)?$"
)


_COLON = lazy(":")


class ChangeReaders:
    """The readers of FG005 for: changes between two values of one measure in one sentence: a stated rate or a stated direction against the two levels."""

    def _from_to(self, prose: str, found: list[Quantity]):
        for left, right in pairwise(found):
            if not FROM.search(prose[max(0, left.start - 30) : left.start]):
                continue
            if not _TO.match(prose[left.end : right.start]):
                continue
            pair = same_measure(left, right)
            if pair is not None:
                yield pair

    def _changes(self, prose: str, sentence, found: list[Quantity], before: list[Quantity] = ()) -> Iterator[Finding]:
        percents = [q for q in found if q.unit == "%" and not POINTS.match(prose[q.end : q.end + 20])]
        paired = False
        for _ in (
            *self._from_to(prose, found),
            *self._new_then_old(prose, found),
            *self._by_to(prose, sentence, found, percents),
        ):
            paired = True
            break
        written = [*self._written_changes(prose, sentence, found, percents), *self._increments(prose, sentence, found)]
        yield from written
        for step_rate in self._step_or_rate(prose, sentence, found, percents, before):
            stated = step_rate[0]
            if not any(f.start == stated.start for f in written):  # one finding per stated rate
                yield from self._percent_change(prose, sentence, *step_rate)
            paired = True  # the level and the increment are not two levels of one change
        if not paired:
            yield from self._by_roles(prose, sentence, found, percents)
            yield from self._increment_and_rate(prose, sentence, found, percents)
        yield from self._step_than(prose, found)

    def _by_roles(self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]) -> Iterator[Finding]:
        """Any other wording: two values of one measure, one marked as the older ("from",
        "against", "compared with", "over", "than", "versus" just before it), and one stated
        change in the sentence ("... rose 9.7 percent ... 308.7 million ... from 281.4 million")."""
        values = [q for q in found if q.unit != "%" and not q.is_year]
        # "60,076 tons in 2020, decreasing by 18,361 tons (-23.4%) from 78,437 tons": three values
        # of one measure, one of them an increment by its cue; the other two are the levels
        step = self._cued_step(prose, sentence, values)
        if step is not None:
            values = [q for q in values if q is not step]
        groups = [values]
        if len(values) > 2:
            # the unit model: two values of one measure, the rest of other measures ("$3.5
            # million, or $0.46 per share, ... from $2.0 million, or $0.30 per share"); the one
            # pair of a measure with exactly one of its values marked as the older is the change
            units = Counter(q.unit for q in values)
            if "" in units or max(units.values()) > 2:
                return
            groups = [[q for q in values if q.unit == unit] for unit, count in units.items() if count == 2]
        readings = []
        for group in groups:
            if len(group) != 2 or (pair := same_measure(group[0], group[1])) is None:
                continue
            marked = [self._marked_older(prose, sentence, q, percents) for q in group]
            if marked.count(True) == 1:
                readings.append((pair, marked))
        if len(readings) != 1:
            return
        pair, marked = readings[0]
        old, new = (pair[0], pair[1]) if marked[0] else (pair[1], pair[0])
        if any(_BOUND_BEFORE.search(prose, max(0, q.start - 20), q.start) for q in (old, new)):
            return  # "to almost 600 members from more than 130 agencies": a bound is no value to divide
        if _STEP_NOUN.search(prose, max(sentence.start, new.start - 30), new.start):
            return  # "an increase of 17,917 cases over the 5,716": the increment, not the newer level
        if step is not None:
            yield from self._step_between(step, old, new)
        if len(percents) == 1:
            yield from self._percent_change(prose, sentence, percents[0], old, new)
        elif not percents and step is None:
            for multiple in MULTIPLE.finditer(prose, sentence.start, sentence.end):
                yield from self._multiple(multiple, 0, old, new)

    @staticmethod
    def _cued_step(prose: str, sentence, values: list[Quantity]) -> Quantity | None:
        """The one increment among three values of one measure: a change word and "by" or "of"
        right before it ("decreasing by 18,361 tons", "a rise of 40 MW")."""
        if len(values) != 3 or len({(q.unit, q.factor) for q in values}) != 1:
            return None
        if not values[0].unit and not all(q.scale > 1 or "," in q.text for q in values):
            return None  # bare numbers: counts written with a separator or a scale word only
        cued = [q for q in values if STEP_OF.search(prose, max(sentence.start, q.start - 30), q.start)]
        return cued[0] if len(cued) == 1 else None

    def _step_between(self, step: Quantity, old: Quantity, new: Quantity) -> Iterator[Finding]:
        """An increment against the difference of the two levels it lies between."""
        if (finding := increment_finding(self, step, old, new)) is not None:
            yield finding

    @staticmethod
    def _marked_older(prose: str, sentence, q: Quantity, percents: list[Quantity]) -> bool:
        """The words right before (or, with a multiple, the period right after) mark ``q`` as the older value."""
        return bool(
            # 40 characters: a comparison may name what it compares ("in comparison to last year's")
            OLD_MARKER.search(prose[max(sentence.start, q.start - 40) : q.start])
            or _OLD_IN_BRACKETS.search(prose[max(sentence.start, q.start - 60) : q.start])
            or ChangeReaders._named_older(prose, sentence, q)
            or _OLD_AFTER_PERIOD_COLON.search(prose[max(sentence.start, q.start - 30) : q.start])
            # "three times as much: 33.3 ..., after drought limited the crop to 15.2 million tonnes
            # last season": with a multiple, an earlier period right after the value marks it too
            or (not percents and OLDER_PERIOD.match(prose, q.end, min(sentence.end, q.end + 30)))
        )

    @staticmethod
    def _named_older(prose: str, sentence, q: Quantity) -> bool:
        """ "than the fourth advanced estimate of 20.99 mt", "over the 2000 U.S. resident population
        of 281,421,906": the older value after a name; "over" hangs on a change ("an increase of
        9.7 percent over"), as "people over the age of 13" does not."""
        lead = max(sentence.start, q.start - 60)
        named = _OLD_NAMED.search(prose[lead : q.start])
        if named is None:
            return False
        if not named.group().lower().startswith("over"):
            return True
        at = lead + named.start()
        before = prose[max(sentence.start, at - 30) : at]
        return CHANGE_WORD.search(before) is not None or "%" in before or "cent" in before

    def _written_changes(
        self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]
    ) -> Iterator[Finding]:
        for old, new in self._from_to(prose, found):
            tied = [
                q
                for q in percents
                if (q.end <= old.start and _BEFORE_FROM.match(prose[q.end : old.start]))
                or (q.start >= new.end and _AFTER_TO.match(prose[new.end : q.start]))
            ]
            if len(tied) == 1:
                yield from self._percent_change(prose, sentence, tied[0], old, new)
                continue
            if tied:
                continue
            lead_start = max(sentence.start, old.start - 50)
            before = [
                m
                for m in MULTIPLE.finditer(prose, lead_start, old.start)
                if _BEFORE_FROM.match(prose[m.end() : old.start])
            ]
            after = [
                m
                for m in MULTIPLE.finditer(prose, new.end, sentence.end)
                if _AFTER_TO.match(prose[new.end : m.start()])
            ]
            for multiple in before or after:
                yield from self._multiple(multiple, 0, old, new)
        yield from self._by_to(prose, sentence, found, percents)
        for new, old, stated in self._new_then_old(prose, found):
            if isinstance(stated, re.Match):
                yield from self._multiple(stated, new.end, old, new, between=True)
                continue
            # a rate of another clause ("..., while season tickets rose 5% to £630") is another change's
            clause = next(
                ((a, b) for a, b in clause_bounds(prose, sentence.start, sentence.end, found) if a <= new.start < b),
                None,
            )
            others = (
                [stated]
                if stated is not None
                else [
                    q
                    for q in percents
                    if (q.end <= new.start or q.start >= old.end)
                    and (clause is None or clause[0] <= q.start < clause[1])
                ]
            )
            if len(others) == 1:
                yield from self._percent_change(prose, sentence, others[0], old, new)
                continue
            for multiple in MULTIPLE.finditer(prose, sentence.start, sentence.end):
                yield from self._multiple(multiple, 0, old, new)

    def _by_to(self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]) -> Iterator[Finding]:
        """ "increased by 340 TWh to 7,503 TWh, up 4.7%": the older value is the newer less the change."""
        for change, new in pairwise(found):
            if not BY_BEFORE.search(prose[max(0, change.start - 20) : change.start]):
                continue
            if not _BY_TO.match(PERIOD_PHRASE.sub(" ", prose[change.end : new.start])):
                continue
            pair = same_measure(change, new)
            word = CHANGE_WORD.search(prose[max(sentence.start, change.start - 40) : change.start])
            if pair is None or word is None:
                continue
            change, new = pair
            value = new.value - change.value if word.group("up") else new.value + change.value
            if value <= 0:
                continue
            # the implied value is as exact as the two it comes from: "3.46 million" less "289,000"
            # is good to 5,000, not to the half million the scale word alone would allow
            spread = 2 * (change.resolution + new.resolution) or 1.0
            implied = f"{fmt(value / new.factor)} (implied)"  # in the unit as written ("7,163" TWh, not Wh)
            old = Quantity(change.start, change.end, implied, value, new.unit, 0, spread)
            # a percentage after the pair belongs to it only when joined to it ("..., up 4.7%"),
            # not when it opens a clause of its own ("... while revenue rose 10%")
            others = [
                q
                for q in percents
                if q.end <= change.start or (q.start >= new.end and _AFTER_TO.match(prose[new.end : q.start]))
            ]
            if len(others) == 1:
                yield from self._percent_change(prose, sentence, others[0], old, new)

    def _new_then_old(self, prose: str, found: list[Quantity]):
        """The newer value written first: "to 8.44 million tonnes, compared to 7.95 million tonnes",
        "182,580 tonnes, an increase of 15.9 percent on the 157,530 tonnes". Yields
        ``(new, old, stated)`` with the percentage written between them, if any."""
        # the newer end of a "from A to B" pair has its older value; a figure after it starts
        # another change ("expanded 63.9% from A to B on the back of a 48.9% rise ... from C to D")
        paired = {pair[1].start for pair in self._from_to(prose, found)}
        # a part listed after its whole and a colon: the change that follows is the whole's; the
        # earliest end of a figure of each unit so far, and the colons between the figures
        colons = [m.start() for m in _COLON.finditer(prose, found[0].end, found[-1].start)] if found else []
        earliest: dict[str, int] = {}
        for index, new in enumerate(found):
            first_end = earliest.get(new.unit)
            if not new.is_year:
                earliest.setdefault(new.unit, new.end)
            lead = prose[max(0, new.start - 30) : new.start]
            if INCREMENT_BEFORE.search(lead) or FROM.search(lead) or new.start in paired:
                continue  # an increment, or a value that is itself the older one ("from A in 2013 and compared with B")
            at = bisect_left(colons, new.start) - 1
            if first_end is not None and at >= 0 and colons[at] >= first_end:
                continue
            rest = found[index + 1 : index + 3]
            after = new.end  # where the text between the newer value and the rest of the change starts
            if rest and rest[0].unit != "%" and STEP_GAP.match(prose[new.end : rest[0].start]):
                # "144.8 million tonnes, up 2.6 million tonnes, or 2%, from 142.2": the increment
                # between the newer value and the rest of the change (``_increments`` checks it)
                after = rest[0].end
                rest = found[index + 2 : index + 4]
            if not rest:
                continue
            stated = None
            old = rest[0]
            # a period between the two ("..., commissioned in 2019, ten times the 23 GW") is not a figure
            between = PERIOD_PHRASE.sub(lambda m: " " * len(m.group()), prose[after : old.start])
            multiple = _MULTIPLE_BETWEEN.match(between)
            if multiple and (pair := same_measure(old, new)) is not None:
                yield pair[1], pair[0], multiple
                continue
            if (
                old.unit == "%"
                and len(rest) == 2
                and _STATED_BETWEEN.match(PERIOD_PHRASE.sub(" ", prose[after : old.start]))
            ):
                stated, old = old, rest[1]
                between = prose[stated.end : old.start]
            else:
                between = PERIOD_PHRASE.sub(" ", prose[after : old.start])
            if not (
                _NEW_THEN_OLD.match(between)
                or (stated is not None and (_ON_OLD.match(between) or _PERIOD_THEN_LEVEL.match(between)))
            ):
                continue
            pair = same_measure(old, new)
            if pair is not None:
                yield pair[1], pair[0], stated

    def _percent_change(
        self, prose: str, sentence, stated: Quantity, old: Quantity, new: Quantity
    ) -> Iterator[Finding]:
        window = prose[max(sentence.start, stated.start - 40) : min(sentence.end, stated.end + 25)]
        change = CHANGE_WORD.search(window) or _RATE_COMPARED.match(prose, stated.end)
        if not change or OTHER_BASIS.search(window):
            return  # no change word, or a rate on another basis ("at constant currency") than the levels
        hedge = hedge_before(prose, stated.start)
        if hedge == "bound":
            return
        low_old, high_old = interval(old)
        low_new, high_new = interval(new)
        actual = (new.value - old.value) / old.value * 100
        extremes = [(b - a) / a * 100 for a in (low_old, high_old) for b in (low_new, high_new) if a > 0]
        magnitude = [abs(x) for x in extremes]
        slack = (
            stated.resolution
            + self.config["tolerance"] / 100 * abs(actual)
            + (0.1 if hedge is None else 0.1 * stated.value)
        )
        lowest = 0.0 if min(extremes) <= 0 <= max(extremes) else min(magnitude)
        if lowest - slack <= stated.value <= max(magnitude) + slack:
            direction_up = change.group("up") is not None
            if actual == 0 or direction_up == (actual > 0):
                return
            message = (
                f"'{stated.text}' is described as a{' rise' if direction_up else ' fall'}, but {old.text} to {new.text} is a "
                f"{'rise' if actual > 0 else 'fall'} of {abs(actual):.1f}%"
            )
        else:
            message = f"{old.text} to {new.text} is a change of {actual:+.1f}%, not {stated.text}"
        yield self.finding(stated.start, stated.end, message, expected=round(actual, 2))

    def _bracketed_older(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "A reduction is expected in Russia, to 50 (52.1) million tons, and Australia, to 25.5
        (27) million tons": each newer level after "to" with the older one in brackets right
        after it, in a sentence whose change words all point one way; a level that moved the
        other way contradicts them. One look at each pair of neighbouring figures."""
        pairs = []
        for new, old in pairwise(found):
            if new.unit == "%" or old.unit == "%" or not _BRACKET_BETWEEN.match(prose, new.end, old.start):
                continue
            if not CLOSE.match(prose, old.end) or not TO_LEVEL.search(prose, max(0, new.start - 20), new.start):
                continue
            pair = same_measure(old, new)
            if pair is None and not old.unit and not new.unit and old.scale == new.scale:
                pair = (old, new)  # "to 54 (52.1) million tons": the unit after the bracket is both levels'
            if pair is not None:
                pairs.append(pair)
        if not pairs:
            return
        directions = {bool(m.group("up")) for m in CHANGE_WORD.finditer(prose, sentence.start, sentence.end)}
        if len(directions) != 1:
            return  # no change word, or words both ways ("fell in Russia ... rose in the EU")
        up = directions.pop()
        for old, new in pairs:
            if abs(new.value - old.value) <= old.resolution + new.resolution or (new.value > old.value) == up:
                continue
            yield self.finding(
                new.start,
                new.end,
                f"described as a {'rise' if up else 'fall'}, but {new.text} against {old.text} in brackets is a "
                f"{'fall' if up else 'rise'}",
            )

    def _compared_than(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """ "barley 1.98 MT, a little less than previous season's 1.92 MT": a figure, a comma and
        a comparison word, then a figure of the same measure; the comparison must hold beyond
        rounding. One look at each pair of neighbouring figures."""
        for left, right in pairwise(found):
            said = _COMPARED_THAN.match(prose[left.end : right.start])
            if said is None or left.is_year or right.is_year:
                continue
            pair = same_measure(left, right)
            if pair is None or hedge_before(prose, left.start):
                continue
            slack = left.resolution + right.resolution
            first, second = pair
            if (said.group("less") and first.value > second.value + slack) or (
                said.group("more") and first.value + slack < second.value
            ):
                word = said.group("less") or said.group("more")
                yield self.finding(
                    left.start,
                    right.end,
                    f"{left.text} is said to be {word} than {right.text}, but it is "
                    f"{'more' if said.group('less') else 'less'}",
                )
