"""An increment stated with the level or levels it lies between, checked against their difference or with its rate."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import (
    BY_BEFORE,
    CHANGE_WORD,
    DIFFERENCE_AFTER,
    FROM,
    INCREMENT_BEFORE,
    OLD_MARKER,
    OLDER_PERIOD,
    OR_DIFFERENCE,
    OR_RATE,
    PERIOD_PHRASE,
    POINTS_BACK,
    RATE_BRACKET_CLOSE,
    RATE_IN_BRACKETS,
    RATE_OR,
    SEQUENTIAL,
    STEP_GAP,
    STEP_OF,
    STEP_VERB,
    TO_LEVEL,
)
from scrapelint.rules.figures.arithmetic.measures import content_words, fmt, same_measure, shown
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: "N MT higher than 31.52 MT": a gap to an older value, by the words between
_STEP_THAN = lazy(
    r"(?i)^\s*+(?:(?P<up>higher|more|above|greater)|(?P<down>lower|less|fewer|below|smaller))\s+than\s+(?:the\s+)?$"
)

_NUMBER_IN = lazy(r"\d[\d,]*+(?:\.\d++)?")

#: "84 million more than the year before", "70 million new arrivals": an increment, by what follows it
#: a unit the text abbreviates may stand between ("1,050 FYE lower"); a comparative of size is a
#: difference as "more" and "fewer" are
_STEP_AFTER = lazy(
    r"(?i)^\s*+(?:(?-i:[A-Z]{2,5})\s++)?(?:more|fewer|less|new|additional|extra|higher|lower|larger|smaller)\b"
)

_STEP_DOWN = lazy(r"(?i)^\s*+(?:(?-i:[A-Z]{2,5})\s++)?(?:fewer|less|lower|smaller)\b")

#: "an additional 84 million", "an extra $2 billion": an increment, by what comes before it
#: After an increment and its rate, a comparative that makes them a step: "8.34 mt or 3.15%
#: higher than the previous high of 265.04 mt" (the comparison word comes after both figures)
_COMPARED_AFTER = lazy(
    r"(?i)\)?\s*+(?:(?P<up>higher|more|greater|larger|above)|(?P<down>lower|less|fewer|smaller|below))\s++than\b"
)

_STEP_BEFORE = lazy(r"(?i)\b(?:an?\s+)?(?:additional|extra)\s+(?:about\s+|some\s+)?$")

#: The longest gap between an increment and the rate joined to it ("500 or about 5%", "500 (5%)"):
#: ``OR_RATE`` allows 20 characters, "or", spaces and a hedge word.
_JOIN_SPAN = 80

#: Between an increment and the values it lies between: no second clause ("...; imports went from")
_CLAUSE_BREAK = lazy(r"(?i)[;:(]|\b(?:while|whereas|but|and)\b")


def _step_measure(step: Quantity, level: Quantity) -> bool:
    """An increment and a level of one measure: as :func:`same_measure`, and also two bare
    counts however small, since an increment joined to its rate by "or" ("61 units or 38.4%")
    is the change of the level the sentence names, not a count of something else."""
    if same_measure(step, level) is not None:
        return True
    return not step.unit and not level.unit and step.scale == level.scale == 1.0


#: More changes of one level than this in a sentence are a table written out, not one level's changes
_MAX_CHANGES = 4

#: After an increment and its rate: the earlier period it is taken from, with no figure ("from last month")
_FROM_PERIOD = lazy(
    r"(?i)\s*+\)?\s*+(?:from|on|over|versus|vs\.?|compared\s+(?:to|with))\s++(?:the\s++|a\s++)?"
    r"(?:(?:last|previous|prior|preceding|same)\s++)?(?:year|month|quarter|week|season|period)\b"
)


def _round_places(q: Quantity) -> int:
    """Trailing zeros of a round count with no scale word ("10,000 fewer units"): a count written
    so is rounded to its leading digits as often as it is exact; 0 for any other figure."""
    digits = q.text.replace(",", "")
    if q.scale != 1.0 or q.unit or q.decimals or not digits.isdigit() or len(digits) - len(digits.rstrip("0")) < 3:
        return 0
    return len(digits) - len(digits.rstrip("0"))


def _as_written(value: float, like: Quantity) -> str:
    """A value in base units written the way ``like`` is ("1.98 MT", "$2.1 billion")."""
    number = _NUMBER_IN.search(like.text)
    if number is None:
        return fmt(value)
    return f"{like.text[: number.start()]}{fmt(value / like.scale)}{like.text[number.end() :]}"


#: After a pair of levels, a comma and a short phrase of the change's own before its increment
#: (", showing an increase of"): lower-case words, none that opens another clause
_JOINED_AFTER = lazy(r"(?i)^\s*+,\s*+(?:(?!(?:and|but|while|whereas|which|who|when|as|with|than)\b)[a-z]++\s++){1,5}?$")


def _own_clause(prose: str, figure: Quantity, figures) -> str:
    """The words before ``figure`` back to the figure before it, within its sentence (at most
    100 characters)."""
    start = max([q.end for q in figures if q.end <= figure.start] or [0])
    start = max(start, figure.start - 100, prose.rfind(". ", 0, figure.start) + 1)
    return prose[start : figure.start]


class IncrementReaders:
    """The readers of FG005 for: an increment stated with the level or levels it lies between, checked against their difference or with its rate."""

    def _step_than(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """ "At 33.5 MT, ... 2 MT higher than 31.52 MT": a level, and the gap between it and an
        older value written as "N higher (lower, more, less) than" that value."""
        for index, (step, older) in enumerate(pairwise(found)):
            than = _STEP_THAN.match(prose[step.end : older.start])
            if than is None or step.unit == "%" or older.unit == "%" or step.is_year or older.is_year:
                continue
            levels = [q for q in found[:index] if q.unit != "%" and not q.is_year and same_measure(q, older)]
            if len(levels) != 1 or hedge_before(prose, step.start) == "bound":
                continue
            pair = same_measure(step, older)
            if pair is None:
                continue
            step, older = pair
            level = same_measure(levels[0], older)[0]
            gap = level.value - older.value if than.group("up") else older.value - level.value
            slack = step.resolution + level.resolution + older.resolution + self.config["tolerance"] / 100 * step.value
            if abs(gap - step.value) > slack:
                yield self.finding(
                    step.start,
                    step.end,
                    f"{level.text} against {older.text} is a gap of {_as_written(gap, level)}, not {step.text}",
                    expected=gap / level.factor,
                )

    def _increment_and_rate(
        self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]
    ) -> Iterator[Finding]:
        """ "1.323 billion in 2017, some 84 million more than the previous year, a rise of 7
        percent": a level, the increment that led to it and the rate of change, one measure.
        The older level is the newer one less the increment (plus it, for a fall)."""
        if len(percents) != 1:
            return
        values = [q for q in found if q.unit != "%" and not q.is_year]
        steps = [
            q
            for q in values
            if _STEP_AFTER.match(prose[q.end : q.end + 20])
            or _STEP_BEFORE.search(prose[max(0, q.start - 25) : q.start])
        ]
        if len(steps) != 1:
            return
        step = steps[0]
        # the level: the one other value of the step's measure larger than the step
        levels = [
            pair for q in values if q is not step and (pair := same_measure(step, q)) and pair[1].value > pair[0].value
        ]
        if len(levels) != 1:
            return
        step, level = levels[0]
        if hedge_before(prose, level.start) == "bound":
            return
        stated = percents[0]
        if SEQUENTIAL.match(prose, stated.end) and not SEQUENTIAL.match(prose, step.end):
            return  # "up by 0.5% month-on-month, ... £11,000 higher than in August 2016": two comparisons
        first, last = min(step.start, level.start, stated.start), max(step.end, level.end, stated.end)
        if ";" in prose[first:last]:
            return  # "...; or we cut processing times by 75%": a rate of another clause's measure
        change = CHANGE_WORD.search(prose[max(sentence.start, stated.start - 40) : min(sentence.end, stated.end + 25)])
        if change is None:
            return
        sign = -1 if change.group("down") is not None or _STEP_DOWN.match(prose[step.end : step.end + 20]) else 1
        older = replace(
            level,
            value=level.value - sign * step.value,
            text=f"{level.text} {'less' if sign > 0 else 'plus'} {step.text}",
            # the older level is as rounded as a round step ("10,000 fewer units")
            decimals=-places if (places := _round_places(step)) and level.scale == 1.0 else level.decimals,
        )
        yield from self._percent_change(prose, sentence, stated, older, level)

    def _step_or_rate(
        self, prose: str, sentence, found: list[Quantity], percents: list[Quantity], before: list[Quantity] = ()
    ) -> list[tuple[Quantity, Quantity, Quantity]]:
        """ "fell by 1,407 units or 4.8% from 29,106", "a decline of 439 units or 0,9 %, to
        48,200": an increment and its rate joined by "or" (one change written two ways) and one
        level of the increment's measure, the older after "from" or the newer after "to". The
        other level is that one plus or less the increment: a list of ``(stated rate, older, newer)``.

        A level with no such mark is the newer one when it is the only level of the increment's
        measure and comes before it ("695.41 million tons, an increase of 8.88 million tons, or
        1.3 percent"): the change says how the level was reached. With no level in its sentence,
        the one level of the sentence before (``before``, same paragraph) is read so when the
        increment's sentence opens by pointing back to it ("This was a decrease of ...") or
        shares a content word with it."""
        values = [q for q in found if q.unit != "%" and not q.is_year]
        # "or" (or a bracket) ties the rate to its increment, so other rates of the sentence ("The rate fell to
        # 6.4 percent from 6.9 percent, as employment rose 23,000 or 1 percent to 2.19 million")
        # belong to other changes
        # Both joins are a few words at most, so only the rates that start just after a figure are
        # tried: a sentence of hundreds of figures stays linear.
        rates = sorted(percents, key=lambda rate: rate.start)
        starts = [rate.start for rate in rates]
        joined = [
            (q, rate, cue)
            for q in values
            for rate in rates[bisect_left(starts, q.end) : bisect_right(starts, q.end + _JOIN_SPAN)]
            if (
                OR_RATE.match(prose, q.end, rate.start)
                or (RATE_IN_BRACKETS.match(prose[q.end : rate.start]) and RATE_BRACKET_CLOSE.match(prose, rate.end))
            )
            and (cue := self._step_cue(prose, sentence, q) or _COMPARED_AFTER.match(prose, rate.end)) is not None
        ]
        # the same change written rate first: "fall by 1.5 percent, or 8 million tonnes, to ..."
        value_starts = [q.start for q in values]
        joined += [
            (q, rate, cue)
            for rate in rates
            for q in values[bisect_right(value_starts, rate.end) : bisect_right(value_starts, rate.end + 20)]
            if RATE_OR.match(prose[rate.end : q.start])
            and (cue := STEP_OF.search(prose, max(sentence.start, rate.start - 30), rate.start)) is not None
        ]
        if 1 < len(joined) <= _MAX_CHANGES:
            return self._changes_of_one_level(prose, sentence, values, joined)
        if len(joined) != 1 or (len(percents) != 1 and ";" in prose[sentence.start : sentence.end]):
            return []
        step, stated, change = joined[0]
        sign = -1 if change.group("down") is not None else 1
        olds, news = [], []
        for q in values:
            if q is step or not _step_measure(step, q):
                continue
            lead = prose[max(sentence.start, q.start - 30) : q.start]
            # the older level is marked as any comparison marks it ("from", "than the previous
            # high of", "as compared to wheat production of"), the newer by "to"
            if FROM.search(lead) or OLD_MARKER.search(prose, max(sentence.start, q.start - 45), q.start):
                olds.append(q)
            elif TO_LEVEL.search(lead):
                news.append(q)
        if len(olds) == 1:
            old = olds[0]
            # a sentence that gives the step and the older level only speaks of the newer level
            # of the sentence before when it points back to it or names the same thing ("... wheat,
            # estimated at 97.44 mt. The current year's production is higher by 5.15 mt (5.58%)
            # as compared to ... 92.29 mt"): the rate is then taken between the two levels
            earlier = (
                [] if news else self._unmarked_level(prose, sentence, step, [q for q in values if q is not old], before)
            )
            new = (
                earlier[0]
                if earlier and earlier[0].end <= sentence.start and same_measure(old, earlier[0]) is not None
                else replace(
                    old,
                    value=old.value + sign * step.value,
                    text=f"{old.text} {'plus' if sign > 0 else 'less'} {step.text}",
                )
            )
        elif not olds and (
            len(news) == 1 or (not news and (news := self._unmarked_level(prose, sentence, step, values, before)))
        ):
            new = news[0]
            old = replace(
                new,
                value=new.value - sign * step.value,
                text=f"{new.text} {'less' if sign > 0 else 'plus'} {step.text}",
            )
        else:
            return []
        if old.value <= 0 or hedge_before(prose, step.start) == "bound":
            return []
        return [(stated, old, new)]

    @staticmethod
    def _changes_of_one_level(
        prose: str, sentence, values: list[Quantity], joined: list
    ) -> list[tuple[Quantity, Quantity, Quantity]]:
        """ "estimated at 96.0 mmt, up 1.5 mmt (2 percent) from last month, and up 14.0 mmt (17
        percent) from last year": several changes of the one level before them, each an
        increment with its rate and an earlier period of its own (no figure), so each older
        level is that level less its increment."""
        steps = {id(step) for step, _, _ in joined}
        levels = [q for q in values if id(q) not in steps and all(_step_measure(s, q) for s, _, _ in joined)]
        if len(levels) != 1 or any(levels[0].start > step.start for step, _, _ in joined):
            return []
        level = levels[0]
        if FROM.search(prose, max(sentence.start, level.start - 30), level.start) or hedge_before(prose, level.start):
            return []
        out = []
        for step, stated, change in joined:
            if not _FROM_PERIOD.match(prose, max(step.end, stated.end), sentence.end):
                return []
            sign = -1 if change.group("down") is not None else 1
            new = same_measure(step, level)
            if new is None or hedge_before(prose, step.start) == "bound":
                return []
            old = replace(
                new[1],
                value=new[1].value - sign * new[0].value,
                text=f"{level.text} {'less' if sign > 0 else 'plus'} {step.text}",
            )
            if old.value <= 0:
                return []
            out.append((stated, old, new[1]))
        return out

    def _difference(self, change: Quantity, old: Quantity, new: Quantity) -> Iterator[Finding]:
        """An increment against the gap between the two levels of its change."""
        actual = abs(new.value - old.value)
        tolerance = self.config["tolerance"] / 100 * max(actual, change.value)
        if abs(actual - change.value) > change.resolution + old.resolution + new.resolution + tolerance:
            yield self.finding(
                change.start,
                change.end,
                f"{old.text} to {new.text} is a change of {shown(actual, new)}, not {change.text}",
                expected=actual / new.factor,
            )

    @staticmethod
    def _step_cue(prose: str, sentence, q: Quantity):
        """The words that make ``q`` an increment: "fell by", "a decline of", or a change verb
        right before it ("rose 23,000 or 1 percent"); a small bare number after a verb is more
        often one of two guesses ("fell 3 or 4 percent") and is left alone."""
        lead = max(sentence.start, q.start - 30)
        cue = STEP_OF.search(prose, lead, q.start)
        if cue is None and (q.unit or q.scale != 1.0 or q.value >= 100):
            cue = STEP_VERB.search(prose, lead, q.start)
        return cue

    @staticmethod
    def _unmarked_level(prose: str, sentence, step: Quantity, values: list[Quantity], before) -> list[Quantity]:
        """The newer level of an increment that no "from" or "to" marks (see :meth:`_step_or_rate`)."""
        same = [q for q in values if q is not step and same_measure(step, q) is not None]
        if len(same) == 1:
            level = same[0]
            if level.end > step.start or OLDER_PERIOD.match(prose, level.end, min(sentence.end, level.end + 30)):
                return []
        elif not same and sentence.start > 0:
            earlier = [
                q
                for q in before
                if q.unit != "%" and not q.is_year and same_measure(step, q) is not None and q.end <= sentence.start
            ]
            words = content_words(prose[sentence.start : sentence.end])
            if len(earlier) == 1:
                level = earlier[0]
                shared = words & content_words(prose[max(0, level.start - 120) : level.end])
                if not (POINTS_BACK.match(prose, sentence.start, sentence.end) or shared):
                    return []
            else:
                # several levels before: the one whose own clause (from the figure before it)
                # names what the increment's sentence names ("persons of productive age ... is
                # 86,219,631, ..., while old people, numbering 22,005,152" / "the number of old
                # people has increased by ...")
                marks = [q for q in before if q.unit == "%" or q in earlier]  # not the ages ("aged 65")
                named = [q for q in earlier if words & content_words(_own_clause(prose, q, marks))]
                if len(named) != 1:
                    return []
                level = named[0]
        else:
            return []
        return [] if hedge_before(prose, level.start) else [level]

    def _increments(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "rose by 6,000 bbl/d to 9.964 million bbl/d, from 9.958 million": an increment stated
        with both values it lies between, in either order, checked against their difference."""
        pairs = [*self._from_to(prose, found), *((old, new) for new, old, _ in self._new_then_old(prose, found))]
        if not pairs:
            return
        for index, change in enumerate(found):
            # "by N" before the pair, or ", up N" right after the newer value of a pair written newer first
            inside = index > 0 and STEP_GAP.match(prose[found[index - 1].end : change.start]) is not None
            # ", showing an increase of N" right after the later-written value of the pair: a
            # short phrase of the change's own naming it an increment
            after = (
                not inside
                and index > 0
                and INCREMENT_BEFORE.search(prose, max(0, change.start - 30), change.start) is not None
                and _JOINED_AFTER.match(PERIOD_PHRASE.sub(" ", prose[found[index - 1].end : change.start])) is not None
            )
            # "X, compared to Y a year ago, or N fewer students": the pair's difference after it
            difference = (
                not (inside or after)
                and index > 1
                and OR_DIFFERENCE.search(prose, max(0, change.start - 20), change.start) is not None
                and DIFFERENCE_AFTER.match(prose, change.end) is not None
            )
            if difference:
                for old, new in pairs:
                    if max(old.end, new.end) <= change.start and (measure := same_measure(change, new)) is not None:
                        yield from self._difference(measure[0], old, new)
                        break
                continue
            if (
                not (inside or after)
                and not BY_BEFORE.search(prose[max(0, change.start - 20) : change.start])
                # a change noun before it: "a spike of 241 students increased ... to A, up from B"
                and not STEP_OF.search(prose, max(0, change.start - 30), change.start)
            ):
                continue
            if not CHANGE_WORD.search(prose[max(sentence.start, change.start - 40) : change.start]):
                continue
            for old, new in pairs:
                if change.start in (old.start, new.start):
                    continue
                if inside:
                    if new.start != found[index - 1].start or old.start < change.end:
                        continue
                elif after:
                    if max(old.start, new.start) != found[index - 1].start:
                        continue
                else:
                    first = min(old.start, new.start)
                    if first < change.end or _CLAUSE_BREAK.search(prose[change.end : first]):
                        continue
                measure = same_measure(change, new)
                if measure is None:
                    continue
                change = measure[0]
                actual = abs(new.value - old.value)
                slack = (
                    change.resolution
                    + old.resolution
                    + new.resolution
                    + self.config["tolerance"] / 100 * max(actual, change.value)
                )
                if abs(actual - change.value) > slack:
                    yield self.finding(
                        change.start,
                        change.end,
                        f"{old.text} to {new.text} is a change of {shown(actual, new)}, not {change.text}",
                        expected=actual / new.factor,
                    )
                break
