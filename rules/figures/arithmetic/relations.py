"""Figures that are relations between quantities of one whole, wherever the sentence puts them.

A balance is the difference of its two sides (a trade deficit or surplus, "the gap between
imports and exports"); a difference "of" a figure is the gap between the two other figures of its
measure; parts given with their shares of one total imply that total, and two parts must imply
the same one; a part "of these" with its share is a share of the total named before; a figure said
to surpass ("surpassing", "exceeding", "topping") another must be the larger. Each relation is read
from the roles the grammar reader (``clauses``) gives the figures of a clause (a clause's subject
names what its level measures), not from one way of writing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.claim_checks import bound_of
from scrapelint.rules.figures.arithmetic.clauses import (
    LEVEL,
    LEVEL_VERBS,
    NEW,
    OLD,
    RATE,
    STEP,
    Claim,
    change_direction,
)
from scrapelint.rules.figures.arithmetic.cues import CHANGE_WORD, TOTAL_CUE
from scrapelint.rules.figures.arithmetic.measures import content_words, fmt, interval, same_measure
from scrapelint.rules.figures.quantities import Quantity, find_quantities, rounding_of
from scrapelint.text.lazy import lazy

#: What a clause's subject names, by its head words: the two sides of a trade and their balance
_BALANCE_WORDS = {"deficit", "surplus", "gap", "shortfall", "balance"}
#: The two sides of a balance, by the words that name them: a trade's, a budget's
_SIDES = {
    "imports": "out", "exports": "in",
    "spending": "out", "expenditure": "out", "expenditures": "out", "outlays": "out",
    "revenue": "in", "revenues": "in", "receipts": "in",
}  # fmt: skip
_PAIRS = (
    {"imports", "exports"},
    {"spending", "expenditure", "expenditures", "outlays", "revenue", "revenues", "receipts"},
)
#: A figure after "difference (in ...) of" or "gap of": the gap between two other figures
_DIFFERENCE_OF = lazy(
    r"(?i)\b(?:difference|gap|margin|lead)\b(?:(?!\bbetween\b)[^.;\d%]){0,30}?\bof\s++(?:about\s++|some\s++)?(?:[-−–]\s*+)?$"
    # "the gap between the two candidates narrowed to 4,500 votes": the gap as a clause's subject
    r"|\b(?:difference|gap|margin|lead)\b[^.;:\d%]{0,45}?\b(?:narrowed|widened|grew|shrank|fell|rose|was|is|stood)"
    r"(?:\s++at|\s++to)?\s++(?:about\s++|some\s++)?$"
)
#: Before a share of a whole: "accounting for", "representing", "(or", ", or"
_SHARE_LEAD = lazy(
    r"(?i)(?:\baccounting\s++for|\brepresenting|\bmaking\s++up|\bcomprising|\bequal\s++to|\bor|\()\s*+"
    r"(?:about\s++|some\s++|nearly\s++|almost\s++|roughly\s++)?$"
)
#: After a share: the whole it is a share of ("of the total", "of total visitors")
_SHARE_OF = lazy(r"(?i)\s*+of\s++(?:the\s++)?(?:total|overall|all)\b(?P<what>(?:\s++[a-z]++){0,2})")
#: After a part: "of these", "of them": the part of a whole named before
_PART_OF_THESE = lazy(r"(?i)^\s*+of\s++(?:these|them|those)\b[^.;\d%()]{0,30}?[(,]\s*+or\s++(?:about\s++|some\s++)?$")
#: A sentence opened by its whole: "Of the 400 respondents, 240 (60%) ..."
_OF_THE_OPENER = lazy(r"(?i)\s*+of\s++(?:the\s++)?")
#: Between a whole and a part of it in one sentence: "3,200 people, 800 of them", "£48.0bn, of which £12.0bn"
#: a relative "of whom", "of which" says the part is of the whole before it, after a longer noun phrase
_WHOLE_THEN_PART = lazy(
    r"(?i)^(?:[^.;:\d%]{0,40}?,\s*+(?:including\s*+)?|[^.;:\d%]{0,90}?,\s*+of\s++(?:which|whom)\s*+)$"
)
_PART_OF_THEM = lazy(r"(?i)^\s*+(?:of\s++(?:them|these|those|whom|which)\s*+)?\(\s*+$")
#: A part's share in brackets right after it: "240 (60%)"
_SHARE_IN_BRACKETS = lazy(r"^\s*+\(\s*+$")
#: After a part's share, its own whole: "16 (73 per cent) out of 22", "34 (65 per cent) of 52"
_OWN_WHOLE_AFTER = lazy(r"(?i)\s*+\)?\s*+(?:out\s++)?of\s++(?:the\s++)?\d")
#: A verb that says its subject is the larger of two figures
_SURPASS = lazy(
    r"(?i)\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|topp(?:ing|ed)|tops|eclips(?:ing|ed|es)"
    r"|outstrip(?:ping|ped|s)?|overtak(?:ing|en|es)|overtook|beat(?:ing|s)?)\b"
)
#: Between a verb of surpassing and its figure: a short noun phrase, no figure, no multiplier
_SURPASS_OBJECT = lazy(
    r"(?i)^(?![^.;]*\b(?:double|twice|triple|times|half|percent|per\s+cent|expectations?|forecasts?)\b)[^.;\d%]{0,60}$"
)
#: A line of a list: a bullet or a number and a dot before its text
_LIST_ITEM = lazy(r"(?m)^[ \t]*+(?:[-*•·]|\d{1,2}[.)])[ \t]++(?P<item>[^\n]*+)")
#: Before a colon: words that say the list after it is the whole broken down, not some of it
_BREAKDOWN = lazy(r"(?i)\b(?:breakdown|broken\s+down|made\s+up\s+of|consists?\s+of|comprises?|split|divided)\b")
#: A multiple of a figure named before, pointed back to: "more than double that", "half that"
_MULTIPLE_OF_THAT = lazy(
    r"(?i)\b(?P<hedge>more\s++than\s++|nearly\s++|almost\s++|about\s++|roughly\s++)?"
    r"(?P<word>double|twice|triple|treble|half|two\s++times|three\s++times|four\s++times)\s++that\b"
)
_FACTORS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}
_WORD = lazy(r"[A-Za-z]++")
_NEGATED = lazy(r"(?i)\b(?:not|never|failed\s+to|fail\s+to|nearly|almost)\s++$")
#: Between a figure and its verb of surpassing: a few words, a year at most ("in 2015 —")
_BETWEEN_SUBJECT = lazy(r"^(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}$")


def _subject(prose: str, claim: Claim) -> set[str]:
    """The words of a clause before its first figure and its first verb of change or of level:
    what it speaks of."""
    end = claim.figures[0].start if claim.figures else claim.end
    words = []
    for word in _WORD.findall(prose, claim.start, end):
        word = word.lower()
        if change_direction(word) or word in LEVEL_VERBS:
            break
        words.append(word)
    return set(words)


def _named_by(prose: str, start: int, q: Quantity) -> str:
    """What the words right before a figure name it as, back to the figure or clause before:
    "balance" for a deficit or surplus, "in" or "out" for one side of a balance, "" for neither
    ("Exports totalled €8.1bn and imports €6.0bn, leaving a trade surplus of €2.1bn")."""
    words = {w.lower() for w in _WORD.findall(prose, start, q.start)}
    if words & _BALANCE_WORDS:
        return "balance"
    sides = {_SIDES[w] for w in words if w in _SIDES}
    return sides.pop() if len(sides) == 1 else ""


def _changes(word: str) -> bool:
    """A word of change ("soared", "increase"): it says how, not what."""
    return CHANGE_WORD.fullmatch(word) is not None or word in ("increase", "decrease", "soare")


def _level(claim: Claim) -> Quantity | None:
    new = claim.roles.get(NEW, [])
    if len(new) == 1:
        return new[0]
    levels = claim.roles.get(LEVEL, [])
    return levels[0] if not new and len(levels) == 1 else None


class RelationReaders:
    """The readers of FG005 for relations between quantities of one whole: balances, differences, shares, order."""

    def _balances(self, prose: str, paragraph: list[Claim]) -> Iterator[Finding]:
        """A balance against its two sides in one paragraph: a trade deficit or surplus (or "the gap
        between imports and exports") is the difference of imports and exports, each the level of a
        clause whose subject names it, one of each in the paragraph."""
        found: dict[str, list[Quantity]] = {}
        named: set[str] = set()
        for claim in paragraph:
            subject = _subject(prose, claim)
            level = _level(claim)
            named |= set(claim.words) & set(_SIDES)
            # a figure that the words right before it name ("and imports €6.0bn"), else the
            # clause's level by its subject ("Imports slipped 1.8 percent to $236.4 billion")
            changes = {id(q) for role in (RATE, STEP, OLD) for q in claim.roles.get(role, [])}
            levels = [q for q in claim.figures if id(q) not in changes and q.unit != "%"]
            at = claim.start
            for q in levels:
                kind = _named_by(prose, at, q)
                at = q.end
                if kind and (q is not level or kind == "balance" or not subject & _BALANCE_WORDS):
                    found.setdefault(kind, []).append(q)
                    if q is level:
                        level = None
            if level is None:
                continue
            if subject & _BALANCE_WORDS:
                kind = "balance" if "with" not in subject else "partner"
            else:
                sides = {_SIDES[w] for w in subject if w in _SIDES}
                if len(sides) != 1:
                    continue
                kind = sides.pop()
            found.setdefault(kind, []).append(level)
        if "partner" in found or any("with" in claim.words for claim in paragraph if set(claim.words) & _BALANCE_WORDS):
            return  # a balance with one partner is not the whole trade
        if any(len(found.get(kind, [])) != 1 for kind in ("balance", "out", "in")):
            return
        if not any(named <= pair for pair in _PAIRS):
            return  # sides of two different balances ("imports" and "revenue")
        balance, imports, exports = found["balance"][0], found["out"][0], found["in"][0]
        first = same_measure(imports, exports)
        second = same_measure(balance, imports)
        if first is None or second is None or any(bound_of(prose, q) for q in (balance, imports, exports)):
            return
        imports, exports = first
        balance = second[0]
        actual = abs(imports.value - exports.value)
        slack = rounding_of((balance, imports, exports))
        slack += self.config["tolerance"] / 100 * actual
        if abs(actual - balance.value) <= slack:
            return
        yield self.finding(
            balance.start,
            balance.end,
            f"{imports.text} out and {exports.text} in leave a balance of {fmt(actual / balance.scale)}, not {balance.text}",
            expected=actual / balance.scale,
        )

    def _difference_of(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "comprises 26% ..., is allocated 21% ..., and therefore has a difference of -5%": a
        figure after "difference of" against the gap of the two other figures of its measure in
        the sentence."""
        for q in found:
            if not _DIFFERENCE_OF.search(prose, max(sentence.start, q.start - 50), q.start):
                continue
            # the difference is stated after the two figures it lies between
            others = [o for o in found if o is not q and not o.is_year and o.unit == q.unit]
            if len({o.start > q.start for o in others}) != 1:
                continue  # the difference is stated before or after both figures it lies between
            if len(others) != 2 or any(bound_of(prose, o) for o in (q, *others)):
                continue
            if q.unit != "%" and (same_measure(*others) is None or same_measure(others[0], q) is None):
                continue
            (low_a, high_a), (low_b, high_b) = interval(others[0]), interval(others[1])
            gaps = [abs(a - b) for a in (low_a, high_a) for b in (low_b, high_b)]
            low = 0.0 if low_a <= high_b and low_b <= high_a else min(gaps)  # overlapping: no gap at the least
            slack = q.resolution + self.config["tolerance"] / 100 * max(gaps)
            if low - slack <= q.value <= max(gaps) + slack:
                continue
            actual = abs(others[0].value - others[1].value)
            yield self.finding(
                q.start,
                q.end,
                f"{others[0].text} and {others[1].text} differ by {fmt(actual / q.scale)}, not {q.text}",
                expected=actual / q.scale,
            )

    def _shares_of_one_total(self, prose: str, paragraph: list[Claim]) -> Iterator[Finding]:
        """Parts each given with their share of one total ("1.685 million ..., accounting for 68.5
        percent of the total"; "447,300, accounting for 18.2 percent of the total"): each implies
        the total, and the totals they imply must agree within the rounding of every figure."""
        implied: dict[str, list[tuple[Quantity, float, float]]] = {}
        for claim in paragraph:
            figures = claim.figures  # the clause's own figures, years left out: no scan of the paragraph's
            for index, share in enumerate(figures):
                if share.unit != "%" or index == 0:
                    continue
                whole = _SHARE_OF.match(prose, share.end)
                if whole is None or not _SHARE_LEAD.search(prose, max(claim.start, share.start - 20), share.start):
                    continue
                parts = [q for q in figures[:index] if q.unit != "%"]
                if not parts or bound_of(prose, share):
                    continue
                part = parts[-1]
                low_part, high_part = interval(part)
                low_share, high_share = interval(share)
                if low_share <= 0:
                    continue
                key = f"{part.unit}|{whole.group('what').strip()}"
                implied.setdefault(key, []).append((share, low_part / high_share * 100, high_part / low_share * 100))
        tolerance = self.config["tolerance"] / 100
        for readings in implied.values():
            for (_, low_a, high_a), (share, low_b, high_b) in pairwise(readings):
                if low_b <= high_a * (1 + tolerance) and low_a <= high_b * (1 + tolerance):
                    continue
                yield self.finding(
                    share.start,
                    share.end,
                    f"the parts and shares of one total disagree: this share implies a total of "
                    f"{fmt((low_b + high_b) / 2)}, the one before {fmt((low_a + high_a) / 2)}",
                )

    def _share_of_named_total(self, prose: str, sentences: list, index: int, grouped: dict) -> Iterator[Finding]:
        """ "A total of 138 places ... 90 of these same cities (or 65 percent)": a part "of these"
        with its share, against the one total named in its sentence or the one before."""
        found = grouped.get(index, [])
        sentence = sentences[index]
        # "Of the 400 respondents, 240 (60%) said yes": a whole that opens its sentence
        opener = [q for q in found[:1] if _OF_THE_OPENER.fullmatch(prose, sentence.start, q.start)]
        totals = opener or [
            q
            for i in (index - 1, index)
            for q in grouped.get(i, [])
            if q.unit != "%"
            and not q.is_year
            and TOTAL_CUE.search(prose, max(sentences[i].start, q.start - 30), q.start)
            and "\n\n" not in prose[q.end : sentence.start]
        ]
        join = _SHARE_IN_BRACKETS if opener else _PART_OF_THESE
        if not totals:
            # "The firm employs 3,200 people, 800 of them (25%) in Ireland": the whole right before its part
            totals = [
                whole
                for whole, part in pairwise(found)
                if whole.unit != "%" and _WHOLE_THEN_PART.match(prose[whole.end : part.start])
            ][:1]
            join = _PART_OF_THEM
        if len(totals) != 1:
            return
        total = totals[0]
        for part, share in pairwise(found):
            if share.unit != "%" or part.unit == "%" or part.is_year or part is total:
                continue
            if _OWN_WHOLE_AFTER.match(prose, share.end):
                continue  # "four (17 per cent) out of 23, 16 (73 per cent) out of 22": a whole of its own
            # "Total spending is £48.0bn, of which £12.0bn (25%)": a part right after its whole
            right_after = _WHOLE_THEN_PART.match(prose[total.end : part.start]) and _PART_OF_THEM.match(
                prose[part.end : share.start]
            )
            if not (join.match(prose[part.end : share.start]) or right_after) or part.value > total.value:
                continue
            if total.unit != part.unit:
                continue
            if bound_of(prose, share) or bound_of(prose, part) or bound_of(prose, total):
                continue
            actual = part.value / total.value * 100
            if abs(actual - share.value) <= share.resolution + 0.1 + self.config["tolerance"] / 100 * actual:
                continue
            yield self.finding(
                share.start,
                share.end,
                f"{part.text} of {total.text} is {actual:.1f}%, not {share.text}",
                expected=round(actual, 2),
            )

    def _surpassing(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "17,475,000 ... in 2015 — surpassing the previous high level mark of 17,420,000": a
        figure said to surpass another of its measure must be the larger."""
        figures = [q for q in found if not q.is_year]
        for verb in _SURPASS.finditer(prose, sentence.start, sentence.end):
            start, end = verb.span()
            before = [q for q in figures if q.end <= start]
            after = [q for q in figures if q.start >= end]
            if not before or not after or _NEGATED.search(prose, max(0, start - 20), start):
                continue
            subject, target = before[-1], after[0]
            if not _SURPASS_OBJECT.match(prose[end : target.start]):
                continue
            if not _BETWEEN_SUBJECT.match(prose[subject.end : start]):
                continue
            pair = same_measure(target, subject)
            if pair is None or bound_of(prose, subject) or bound_of(prose, target):
                continue
            lower, higher = pair  # as written: the figure surpassed, then the one said to surpass it
            if higher.value + higher.resolution + lower.resolution >= lower.value:
                continue
            yield self.finding(
                subject.start,
                target.end,
                f"{subject.text} is said to surpass {target.text}, but it is smaller",
            )

    def _list_breakdown(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "A breakdown of the £343.73m funding:" and a list after it, one amount an item: the
        items are parts of the amount before the colon, so they cannot add past it, and a list
        said to break it down must add up to it."""
        if not sentence.text.rstrip().endswith(":"):
            return
        wholes = [q for q in found if q.unit != "%" and not q.is_year]
        if len(wholes) != 1 or bound_of(prose, wholes[0]):
            return
        whole = wholes[0]
        parts: list[Quantity] = []
        at = sentence.end
        for item in _LIST_ITEM.finditer(prose, sentence.end):
            if prose[at : item.start()].strip():
                break  # the list ends at the first line that is not an item
            amounts = [q for q in find_quantities(prose, item.start("item"), item.end("item")) if not q.is_year]
            if len(amounts) != 1 or amounts[0].unit == "%" or bound_of(prose, amounts[0]):
                return
            pair = same_measure(amounts[0], whole)
            if pair is None:
                return
            parts.append(pair[0])
            at = item.end()
        if len(parts) < 2:
            return
        total = sum(part.value for part in parts)
        slack = rounding_of((whole, *parts))
        slack += self.config["tolerance"] / 100 * whole.value
        broken_down = _BREAKDOWN.search(sentence.text) is not None
        if total <= whole.value + slack and (not broken_down or total >= whole.value - slack):
            return
        yield self.finding(
            whole.start,
            whole.end,
            f"the list after it adds up to {fmt(total / whole.scale)}, not {whole.text}",
            expected=total / whole.scale,
        )

    def _multiple_of_that(self, prose: str, sentences: list, index: int, claims_of: dict) -> Iterator[Finding]:
        """ "an increase of 5% annually - but Peterborough prices soared by more than double that!
        ... Peterborough however saw an increase of 11%": a multiple of the rate before it, said of
        a subject whose own rate a later sentence of the paragraph gives (a word of the subject in
        common); that rate must be the multiple."""
        sentence = sentences[index]
        for said in _MULTIPLE_OF_THAT.finditer(prose, sentence.start, sentence.end):
            claim = next((c for c in claims_of.get(index, []) if c.start <= said.start() < c.end), None)
            rates = [q for c in claims_of.get(index, []) for q in c.roles.get(RATE, []) if q.end <= said.start()]
            if claim is None or not rates:
                continue
            anchor = rates[-1]
            subject = {w for w in content_words(prose[claim.start : said.start()]) if not _changes(w)}
            target = self._rate_of(prose, sentences, index, claims_of, subject)
            if target is None or bound_of(prose, target) or bound_of(prose, anchor):
                continue
            word = " ".join(said.group("word").lower().split())
            factor = _FACTORS.get(word) or float({"two": 2, "three": 3, "four": 4}[word.split()[0]])
            expected = factor * anchor.value
            slack = factor * anchor.resolution + target.resolution + self.config["tolerance"] / 100 * expected
            hedge = " ".join((said.group("hedge") or "").lower().split())
            low, high = expected - slack, expected + slack
            if hedge == "more than":
                high = float("inf")
            elif hedge in ("nearly", "almost"):
                low = 0.85 * expected - slack
            elif hedge:
                low, high = low - 0.1 * expected, high + 0.1 * expected
            if low <= target.value <= high:
                continue
            yield self.finding(
                target.start,
                target.end,
                f"said to be {hedge + ' ' if hedge else ''}{word} the {anchor.text} before it, but it is {target.text}",
                expected=expected,
            )

    @staticmethod
    def _rate_of(prose: str, sentences: list, index: int, claims_of: dict, subject: set[str]) -> Quantity | None:
        """The one rate of a later clause of the paragraph whose subject shares a word with ``subject``."""
        if not subject:
            return None
        for later in range(index + 1, index + 4):
            if later >= len(sentences) or "\n\n" in prose[sentences[later - 1].end : sentences[later].start]:
                return None
            for claim in claims_of.get(later, []):
                rate = claim.one(RATE)
                if rate is not None and subject & content_words(prose[claim.start : rate.start]):
                    return rate
        return None
