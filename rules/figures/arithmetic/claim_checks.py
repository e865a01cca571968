"""What a clause's claim states in full, recomputed: a rate against its levels, a step against its
levels, a difference between two figures, and the claims of neighbouring sentences joined into one.

The claims come from the grammar reader (``clauses``), so a sentence shape no other reader knows
is checked as soon as its words give its figures their roles. Every check allows for the rounding
of each written figure and the rule's ``tolerance``; a bound ("more than 17%") is checked as a
bound, a hedge ("about 5%") within a tenth of its value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.clauses import (
    LEVEL,
    NEW,
    OLD,
    OLDER_WORDS,
    PAIR,
    RATE,
    STEP,
    Claim,
    read_claims,
)
from scrapelint.rules.figures.arithmetic.cues import OTHER_BASIS, POINTS, POINTS_BACK
from scrapelint.rules.figures.arithmetic.measures import content_words, fmt, increment_finding, interval, same_measure
from scrapelint.rules.figures.quantities import Quantity
from scrapelint.text.lazy import lazy

#: "from" before a capitalised name that is no month: a place or a partner, not an older value
_FROM_A_PLACE = lazy(
    r"\bfrom\s++(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|FY|H[12])\b)[A-Z][a-z]"
)
_PERCENTAGE_POINTS = lazy(r"(?i)^\s*+(?:percentage[\s-]++points?|pp)\b")
_LOWER_BOUND = lazy(r"(?i)(?:more\s+than|over|above|at\s+least|upwards\s+of|exceeding|in\s+excess\s+of)\s*+$")
_UPPER_BOUND = lazy(r"(?i)(?:less\s+than|fewer\s+than|under|below|up\s+to|at\s+most)\s*+$")
_NEAR = lazy(r"(?i)(?:nearly|almost|close\s+to|just\s+(?:under|shy\s+of))\s*+$")
_ABOUT = lazy(r"(?i)(?:about|around|roughly|approximately|some|an\s+estimated|estimated|circa|c\.)\s*+$")


def bound_of(prose: str, q: Quantity) -> str:
    """How a figure is stated: "min" after "more than", "max" after "less than", "near" after
    "nearly", "about" after a hedge, "" exact."""
    lead = prose[max(0, q.start - 24) : q.start]
    for kind, pattern in (("min", _LOWER_BOUND), ("max", _UPPER_BOUND), ("near", _NEAR), ("about", _ABOUT)):
        if pattern.search(lead):
            return kind
    return ""


def _holds(stated: float, kind: str, low: float, high: float, slack: float) -> bool:
    """Whether a stated value, read as ``kind`` says, is met by an actual value in ``[low, high]``."""
    if kind == "min":
        return high + slack >= stated
    if kind == "max":
        return low - slack <= stated
    if kind == "near":
        return low - slack <= stated and high >= 0.85 * stated - slack
    if kind == "about":
        slack += 0.1 * stated
    return low - slack <= stated <= high + slack


_PRONOUNS = {"it", "it's", "it’s", "this", "that", "they", "they're", "these"}
_OPENERS = {"although", "though", "but", "and", "while", "whereas", "yet", "as", "so"}


def _pronoun_subject(claim: Claim) -> bool:
    """The clause's subject is a pronoun: its first word after a conjunction."""
    words = [w for w in claim.words if w[0].isalpha()]
    while words and words[0] in _OPENERS:
        words = words[1:]
    return bool(words) and words[0] in _PRONOUNS


def _paragraphs(prose: str, sentences: list, claims_of: dict[int, list[Claim]]) -> list[list[int]]:
    """The indices of the sentences with figures, grouped by paragraph (no blank line between)."""
    groups: list[list[int]] = []
    for index in sorted(claims_of):
        if groups and "\n\n" not in prose[sentences[groups[-1][-1]].end : sentences[index].start]:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _bound_than(words: list[str], index: int) -> bool:
    """ "more than" / "less than" before a figure: a bound, not an older value."""
    return words[index] == "than" and index > 0 and words[index - 1] in ("more", "less", "fewer")


def _round_places(q: Quantity) -> int:
    """Trailing zeros of a round count ("10,000 fewer units"): rounded to its leading digits as
    often as exact; 0 for any other figure."""
    digits = q.text.replace(",", "")
    if q.scale != 1.0 or q.decimals or not digits.isdigit() or len(digits) - len(digits.rstrip("0")) < 3:
        return 0
    return len(digits) - len(digits.rstrip("0"))


class ClaimReaders:
    """The readers of FG005 for claims read from a sentence's grammar, alone and with the sentence after."""

    def _claims(self, prose: str, sentences: list, grouped: dict) -> Iterator[Finding]:
        claims_of: dict[int, list[Claim]] = {}
        for index, found in grouped.items():
            sentence = sentences[index]
            claims_of[index] = read_claims(prose, sentence.start, sentence.end, found)
        for index in sorted(claims_of):
            for claim in claims_of[index]:
                yield from self._claim_alone(prose, claim)
                yield from self._pronoun_step(prose, sentences, claims_of, index, claim)
            yield from self._claim_with_next(prose, sentences, index, claims_of)
            yield from self._difference_of(prose, sentences[index], grouped[index])
            yield from self._surpassing(prose, sentences[index], grouped[index])
            yield from self._share_of_named_total(prose, sentences, index, grouped)
            yield from self._list_breakdown(prose, sentences[index], grouped[index])
            yield from self._multiple_of_that(prose, sentences, index, claims_of)
        for paragraph in _paragraphs(prose, sentences, claims_of):
            claims = [claim for index in paragraph for claim in claims_of[index]]
            yield from self._balances(prose, claims)
            yield from self._shares_of_one_total(prose, claims)
            yield from self._parts_past_whole(prose, sentences, paragraph, claims_of)
            yield from self._nets(prose, sentences, paragraph, grouped)
            yield from self._share_of_named_level(prose, sentences, paragraph, claims_of, grouped)

    def _pronoun_step(
        self, prose: str, sentences: list, claims_of: dict[int, list[Claim]], index: int, claim: Claim
    ) -> Iterator[Finding]:
        """ "Australia will produce 22.7 MMT ... although it's half a million tonnes higher than the
        bank's estimate of 22.2 MMT": a step and an older level whose subject is a pronoun; the
        newer level is the level of the clause the pronoun points back to, the nearest before it
        (in the paragraph, two sentences at most) whose subject is not a pronoun itself."""
        if set(claim.roles) != {STEP, OLD} or not _pronoun_subject(claim):
            return
        step, old = claim.one(STEP), claim.one(OLD)
        if step is None or old is None or claim.direction == 0:
            return
        earlier = [c for i in (index - 2, index - 1, index) for c in claims_of.get(i, []) if c.end <= claim.start]
        for before in reversed(earlier):
            if "\n\n" in prose[before.end : claim.start]:
                return
            if _pronoun_subject(before):
                continue
            levels = [q for q in before.figures if q.unit != "%" and same_measure(q, old) is not None]
            if not levels:
                return
            pair = same_measure(old, levels[0])
            if pair is None or (pair[1].value > pair[0].value) != (claim.direction > 0):
                return  # the level it points back to does not lie the way the step says
            measured = same_measure(step, pair[1])
            if measured is not None and (finding := increment_finding(self, measured[0], *pair)):
                yield finding
            return

    def _claim_alone(self, prose: str, claim: Claim) -> Iterator[Finding]:
        rate, step = claim.one(RATE), claim.one(STEP)
        old, new = claim.one(OLD), claim.one(NEW)
        if len(claim.roles.get(RATE, [])) > 1 or len(claim.roles.get(STEP, [])) > 1:
            return  # two changes in one clause: which belongs to which is not the grammar's to say
        pair = claim.roles.get(PAIR, [])
        if old is None and new is None and len(pair) == 2:
            old, new = pair  # "the difference between A and B": the first written is the older
        if old is None and new is None:
            return
        written = len(claim.roles.get(OLD, []))
        older_words = sum(1 for i, w in enumerate(claim.words) if w in OLDER_WORDS and not _bound_than(claim.words, i))
        older_words -= len(_FROM_A_PLACE.findall(prose, claim.start, claim.end))  # "imports from China" names a source
        if written and older_words > written:
            return  # a second comparison whose older value is not written: which change is stated is not known
        if old is not None and new is not None and old.unit == new.unit == "%":
            if sum(q.unit == "%" for q in claim.figures) == 2:  # a third percentage leaves the pair unknown
                yield from self._points_step(prose, step, old, new)
            return
        if old is not None and new is not None:
            levels = same_measure(old, new)
            if levels is None:
                return
            old, new = levels
            if rate is not None:
                yield from self._rate_against(prose, claim, rate, old, new)
            measured = same_measure(step, new) if step is not None and bound_of(prose, step) == "" else None
            if measured is not None and (finding := increment_finding(self, measured[0], old, new)):
                yield finding
            return
        if rate is None or step is None or claim.direction == 0:
            return
        level = old or new
        measured = same_measure(step, level)
        if measured is None or bound_of(prose, level):
            return
        if bound_of(prose, step) in ("min", "max"):
            yield from self._rate_against_bound(prose, claim, rate, *measured, from_newer=new is not None)
            return
        if bound_of(prose, step):
            return
        step, level = measured
        step = replace(step, decimals=-_round_places(step)) if _round_places(step) else step
        yield from self._rate_of_step(prose, claim, rate, step, level, from_newer=new is not None)

    def _rate_of_step(
        self, prose: str, claim: Claim, rate: Quantity, step: Quantity, level: Quantity, *, from_newer: bool
    ) -> Iterator[Finding]:
        """A rate against the step it is the rate of and one level: the rate is the step over the
        older level (the newer one less the step, for a rise), read at every end of the rounding
        of the step and the level together (the older level moves with them, not apart)."""
        if POINTS.match(prose[rate.end : rate.end + 20]) or OTHER_BASIS.search(prose, claim.start, claim.end):
            return
        sign = claim.direction if from_newer else 0
        rates = []
        for s in interval(step):
            for v in interval(level):
                base = v - sign * s
                if base <= 0 or s < 0:
                    return
                rates.append(s / base * 100)
        actual = step.value / (level.value - sign * step.value) * 100
        slack = rate.resolution + self.config["tolerance"] / 100 * actual + 0.1
        if _holds(rate.value, bound_of(prose, rate), min(rates), max(rates), slack):
            return
        older = level.value - sign * step.value
        yield self.finding(
            rate.start,
            rate.end,
            f"{step.text} on {fmt(older / level.scale)} (the older level) is a change of {actual:.1f}%, not {rate.text}",
            expected=round(actual, 2),
        )

    def _points_step(self, prose: str, step: Quantity | None, old: Quantity, new: Quantity) -> Iterator[Finding]:
        """ "Turnout reached 61.2%, up 3.4 percentage points from 57.8%": a step in points between two
        percentages ("points" alone count goals or index points as often)."""
        if (
            step is None
            or step.unit not in ("", "%")
            or not _PERCENTAGE_POINTS.match(prose[step.end : step.end + 25])
            or bound_of(prose, step)
        ):
            return
        actual = abs(new.value - old.value)
        if abs(actual - step.value) <= step.resolution + old.resolution + new.resolution + 0.05:
            return
        yield self.finding(
            step.start,
            step.end,
            f"{old.text} to {new.text} is a change of {fmt(actual)} points, not {step.text}",
            expected=actual,
        )

    def _rate_against_bound(
        self, prose: str, claim: Claim, rate: Quantity, step: Quantity, level: Quantity, *, from_newer: bool
    ) -> Iterator[Finding]:
        """ "declined by 0.8 percent -- more than 231,000 students -- to 17.9 million": a step
        written as a bound bounds the rate the same way (at least 231,000 of at most 18.13 million)."""
        kind = bound_of(prose, step)
        if bound_of(prose, rate) or OTHER_BASIS.search(prose, claim.start, claim.end):
            return
        # the older level is the newer one less the change (plus it, for a fall), or given itself;
        # the rate is least for the highest reading of the level, most for the lowest
        low_level, high_level = interval(level)
        reading = high_level if kind == "min" else low_level
        shift = (step.value if claim.direction < 0 else -step.value) if from_newer else 0.0
        base = reading + shift
        if base <= 0:
            return
        implied = step.value / base * 100
        slack = rate.resolution + self.config["tolerance"] / 100 * implied + 0.1
        if (kind == "min" and rate.value + slack >= implied) or (kind == "max" and rate.value - slack <= implied):
            return
        yield self.finding(
            rate.start,
            rate.end,
            f"{'more' if kind == 'min' else 'less'} than {step.text} of {level.text} is a change of "
            f"{'more' if kind == 'min' else 'less'} than {implied:.1f}%, not {rate.text}",
        )

    def _rate_against(
        self, prose: str, claim: Claim, rate: Quantity, old: Quantity, new: Quantity, spread: float = 0.0
    ) -> Iterator[Finding]:
        """A stated rate of change against the change from ``old`` to ``new``."""
        if POINTS.match(prose[rate.end : rate.end + 20]) or OTHER_BASIS.search(prose, claim.start, claim.end):
            return  # a change in points, or a rate on another basis than the levels
        low_old, high_old = interval(old)
        low_new, high_new = interval(new)
        low_old, high_old = low_old - spread, high_old + spread
        if low_old <= 0 or old.value <= 0:
            return
        rates = [abs(b - a) / a * 100 for a in (low_old, high_old) for b in (low_new, high_new)]
        actual = (new.value - old.value) / old.value * 100
        low = 0.0 if min(low_new - high_old, 0) < 0 < max(high_new - low_old, 0) else min(rates)
        slack = rate.resolution + self.config["tolerance"] / 100 * abs(actual) + 0.1
        if _holds(rate.value, bound_of(prose, rate), low, max(rates), slack):
            return
        yield self.finding(
            rate.start,
            rate.end,
            f"{old.text} to {new.text} is a change of {actual:+.1f}%, not {rate.text}",
            expected=round(actual, 2),
        )

    def _claim_with_next(
        self, prose: str, sentences: list, index: int, claims_of: dict[int, list[Claim]]
    ) -> Iterator[Finding]:
        """One claim written in two clauses after a semicolon, or two sentences: a rate alone ("lifted
        its forecast by more than 17%") and the two levels in the next sentence ("to total 32.63
        million tonnes, up from its June estimate of 27.8 million tonnes"); a step and its level
        ("£11,000 higher ... (standing at £226,000)") and the rate in the next ("up by 5.1% in the
        year"); a rate and its older level ("dropped 25.9% from a year ago, when the daily rate was
        362") and the newer level after a semicolon ("this March it was 232"). Each part alone is
        no claim to check, their roles do not overlap, their changes go one way, and the second
        speaks of the first: it follows a semicolon, points back, shares a content word with it, or
        is the first item of a list a sentence ending in a colon opens."""
        claims = claims_of.get(index, [])
        for first, second in pairwise(claims):
            if ";" in prose[first.end - 1 : second.start + 1] and first.roles and second.roles:
                yield from self._merged(prose, first, second)
        first = _partial(claims)
        if first is None:
            return
        here = sentences[index]
        following, lead_in = index + 1, False
        if (
            following not in claims_of
            and following < len(sentences)
            and sentences[following].text.rstrip().endswith(":")
        ):
            following, lead_in = following + 1, True  # "... shows that:" and the list after it
        second = _partial(claims_of.get(following, []))
        if second is None:
            return
        there = sentences[following]
        if not lead_in and "\n\n" in prose[here.end : there.start]:
            return  # another paragraph
        linked = lead_in or POINTS_BACK.match(there.text) or there.text.split()[0].lower() in ("it", "they", "this")
        if linked or content_words(here.text) & content_words(there.text):
            yield from self._merged(prose, first, second)

    def _merged(self, prose: str, first: Claim, second: Claim) -> Iterator[Finding]:
        """Two partial claims read as one, when together they state a change in full."""
        if any(len(found) != 1 for found in (*first.roles.values(), *second.roles.values())):
            return
        if first.direction and second.direction and first.direction != second.direction:
            return
        roles = {**first.roles}
        for role, found in second.roles.items():
            # a level alone after an older one is the newer ("; this March it was 232")
            role = NEW if role == LEVEL and OLD in first.roles and NEW not in first.roles else role
            # a level alone of an earlier year than the newer level before it is the older one
            # ("to touch 305.43 million tonne in 2020-21. In 2019-20, the output stood at 297.5")
            if (
                role in (LEVEL, NEW)
                and NEW in first.roles
                and OLD not in first.roles
                and _earlier_year(prose, first, second)
            ):
                role = OLD
            if role in roles:
                return
            roles[role] = found
        # a step with its rate after both levels ("63.7 million, up from 63.3 million. This represents
        # a growth of 419,900 (0.7%)"): the rate and the step are each checked against the levels
        if set(roles) not in ({RATE, OLD, NEW}, {RATE, STEP, NEW}, {RATE, STEP, OLD}, {RATE, STEP, OLD, NEW}):
            return
        if _complete(first) or _complete(second):
            return
        merged = Claim(first.start, second.end, roles, first.direction or second.direction, first.words + second.words)
        rate = merged.one(RATE)
        if rate is not None and rate in second.roles.get(RATE, []):
            merged.start = second.start  # the rate's own clause says on which basis it is taken
        yield from self._claim_alone(prose, merged)


_YEAR = lazy(r"\b(?:19|20)\d\d\b")


def _earlier_year(prose: str, first: Claim, second: Claim) -> bool:
    """The second clause names only years before the latest year the first names."""
    years_first = [int(y) for y in _YEAR.findall(prose, first.start, first.end)]
    years_second = [int(y) for y in _YEAR.findall(prose, second.start, second.end)]
    return bool(years_first and years_second) and max(years_second) < max(years_first)


def _complete(claim: Claim) -> bool:
    """A claim that states a change in full by itself: a rate with both levels, or with a step and a level."""
    roles = set(claim.roles)
    return RATE in roles and ({OLD, NEW} <= roles or (STEP in roles and bool(roles & {OLD, NEW})))


def _partial(claims: list[Claim]) -> Claim | None:
    """The one clause of a sentence with figures in a role, when what it states is not whole:
    one figure a role, and no rate with both levels, nor with a step and a level."""
    with_roles = [claim for claim in claims if claim.roles]
    if len(with_roles) != 1:
        return None
    claim = with_roles[0]
    if any(len(found) != 1 for found in claim.roles.values()) or set(claim.roles) - {RATE, STEP, OLD, NEW, LEVEL}:
        return None
    return None if _complete(claim) else claim


__all__ = ["ClaimReaders", "bound_of", "fmt"]
