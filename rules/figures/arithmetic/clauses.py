"""A claim reader over a sentence's grammar: each figure takes its role from the word that governs it.

The readers of the other modules each know one way of writing a change; a page that writes it
another way ("fell by 8.6% to US$62 billion from a revised US$65.64 billion", "up 57% on last
season's 5.1 MMT") slips past all of them. This reader does not match sentence shapes. It
splits a sentence into clauses (at a semicolon and at a conjunction that opens a clause with a
verb of its own), and gives every figure of a clause the role its governing word says, walking
back from the figure over hedges, determiners and a short noun phrase ("its June estimate of")
to the first word that governs:

- a preposition of the older value ("from", "on", "over", "against", "than", "compared with")
  makes it the **old** level; "to", "at", "reaching", a verb of level ("total", "was", "stood
  at") the **new** one, "by" the **step** (or the **rate**, for a percentage);
- a verb of change right before it ("rose 3.5%", "down just 4%") makes a percentage the rate
  and an amount the step, as does a noun of change and "of" ("an increase of 5%") or a noun of
  change right after it ("a 0.49 percent increase");
- "between A and B" makes A and B the two levels of one difference.

A level no word governs is the clause's subject; with an older level beside it, it is the newer
one. The direction of the change comes from the clause's verb or noun of change. What is read is
a :class:`Claim` per clause; the checks (``claim_checks``) recompute what a claim states in full.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise

from scrapelint.rules.figures.arithmetic.cues import DECREASE, INCREASE, SEQUENTIAL
from scrapelint.rules.figures.quantities import Quantity
from scrapelint.text.lazy import lazy

_TOKEN = lazy(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|[;:,()!?]|[—–]|(?<=\s)-(?=\s)")

#: Verbs and nouns of change by direction: the cue lists, and the verbs of forecasts and balances
#: ("lifted its forecast", "the deficit narrowed")
_UP_WORD = lazy(rf"(?:{INCREASE})")
_DOWN_WORD = lazy(rf"(?:{DECREASE})")
_UP = {
    "lifted", "raised", "widened", "expanded", "added", "soaring", "plus", "boosted", "improved",
    "increase", "rise", "gain", "growth", "jump", "hike", "upswing", "spike",
}  # fmt: skip
_DOWN = {
    "lowered", "narrowed", "shed", "contracted", "plummeted", "slumped", "slipped", "minus", "dipped",
    "decline", "decrease", "drop", "fall", "loss", "dip", "reduction", "slide", "plunge",
}  # fmt: skip
#: Nouns of change: before "of" they make the figure after them a step or a rate
_CHANGE_NOUNS = {"increase", "rise", "gain", "growth", "jump", "decline", "decrease", "drop", "fall", "loss", "dip",
                 "reduction", "hike", "slide", "plunge", "spike", "upswing", "change"}  # fmt: skip
#: Words that never govern: hedges, determiners, adjectives of estimates
_SKIP = {
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "an", "a", "the", "estimated",
    "record", "revised", "just", "only", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "previous", "prior", "all-time", "new", "fresh", "total", "combined", "overall", "mere", "whopping",
}  # fmt: skip
_OLD = {"from", "on", "over", "against", "versus", "vs", "than", "since", "above", "below"}
#: Prepositions that mark an older value only when they hang on a change or its figure ("2% above
#: February's 9.7 million"), not alone ("people over the age of 13", "above 5%")
_WEAK_OLD = {"on", "over", "since", "above", "below"}
#: Words before "of" that make it a comparison: "well ahead of the 40,000 sold in 2022"
_COMPARED_OF = {"ahead", "short", "shy"}
_NEW = {
    "to",
    "at",
    "reaching",
    "reached",
    "touch",
    "touched",
    "touching",
    "hitting",
    "hit",
    "totaling",
    "totalling",
    "totalled",
    "totaled",
    "became",
    "becoming",
}
#: A verb of level: the figure after it is a level of the subject ("was 217,521", "stood at")
LEVEL_VERBS = {
    "was",
    "were",
    "is",
    "are",
    "stood",
    "stands",
    "reach",
    "total",
    "totals",
    "amounted",
    "came",
}
#: Where a clause ends: a semicolon, and a conjunction that opens a clause of its own
_STRONG_CLAUSE_WORDS = {"while", "whereas", "but", "yet", "although", "though"}
_CLAUSE_WORDS = _STRONG_CLAUSE_WORDS | {"and", "as"}
#: A relative clause on the subject that gives its level: ", which stood at", ", which was"
_RELATIVE_LEVEL = lazy(
    r"(?i),\s*+(?:which|that|who)\s++(?:stood\s++at|was|were|had\s++been)\s++(?:about\s++|some\s++)?$"
)
#: Verbs of a change of no stated direction: "revised by 1.39 MT"
_REVISED = {"revised", "adjusted", "changed", "differ", "differs", "differed", "varied"}
#: The words that mark an older value: more of them in a clause than older figures means a
#: comparison whose older value is not written ("from its previous estimate, higher than 109.70")
OLDER_WORDS = frozenset({"from", "than", "against", "versus", "vs", "compared"})
#: "more than 130": before a figure, a bound of it
_BOUND_COMPARATIVES = {"more", "less", "fewer"}
#: After a figure, what makes it a change: "a 0.49 percent increase", "25 percent higher", "£11,000 higher"
_CHANGE_AFTER = {
    "higher": 1, "more": 1, "up": 1, "above": 1, "lower": -1, "less": -1, "fewer": -1, "down": -1, "below": -1,
}  # fmt: skip
#: Between a change figure and another way of writing the same change: "0.8 percent -- more
#: than 231,000 students --", "1,407 units or 4.8%", "500 (5.3%)"
_APPOSITION = lazy(
    r"(?i)^[\s,(—–-]*+(?:or\s++)?(?:(?:more|less|fewer)\s++than\s++|about\s++|some\s++|nearly\s++|almost\s++)?$"
)
#: Before "when" and the older level after it: "from a year ago, when the daily rate was 362"
_EARLIER_WHEN = lazy(
    r"(?i)\b(?:ago|earlier|before|previous(?:\s++\w++)?|prior(?:\s++\w++)?|last\s++\w++"
    r"|(?:over|on|from|than|in|against)\s++(?:19|20)\d\d)\s*+,?\s*+when\b[^.;\d]{0,40}$"
)
#: How far before a figure that pattern can start: its longest period words, "when" and 40 characters
_WHEN_REACH = 160
_COMPARED = {"compared", "comparison", "relative", "vis-à-vis"}
#: How many words of a noun phrase may stand between a figure and the word that governs it
_PHRASE = 5

OLD, NEW, STEP, RATE, LEVEL, PAIR = "old", "new", "step", "rate", "level", "pair"


@dataclass
class Claim:
    """What one clause states: its figures by role, the direction of its change and its words."""

    start: int
    end: int
    roles: dict[str, list[Quantity]] = field(default_factory=dict)
    direction: int = 0  # +1 a rise, -1 a fall, 0 none said
    words: list[str] = field(default_factory=list)
    figures: list[Quantity] = field(default_factory=list)  # every figure of the clause, years left out

    def one(self, role: str) -> Quantity | None:
        found = self.roles.get(role, [])
        return found[0] if len(found) == 1 else None

    def has(self, role: str) -> bool:
        return bool(self.roles.get(role))


def change_direction(word: str) -> int:
    """+1 for a word of rise ("rose", "rises", "lifted"), -1 of fall, 0 for any other word."""
    return _direction(word)


@lru_cache(maxsize=8192)
def _direction(word: str) -> int:
    """+1 for a word of rise, -1 of fall, 0 otherwise; a verb in the present tense ("rises",
    "falls") as its stem. Remembered per word: every clause asks it of every word around a figure."""
    for form in (word, word[:-1] if word.endswith("s") and len(word) > 4 else ""):
        if form in _UP or _UP_WORD.fullmatch(form):
            return 1
        if form in _DOWN or _DOWN_WORD.fullmatch(form):
            return -1
    return 0


def _tokens(prose: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m.group().lower(), m.start()) for m in _TOKEN.finditer(prose, start, end)]


def governor(prose: str, start: int, q: Quantity, *, after_figure: bool = False) -> tuple[str, int]:
    """The role the words right before ``q`` (back to ``start``) give it, and the direction of a
    verb or noun of change among them: walks back over hedges, determiners and a short noun phrase
    joined to the figure by "of" or a possessive ("its June estimate of", "last season's") to the
    first word that governs."""
    words = _tokens(prose, start, q.start)
    phrase = 0
    bridged = False  # a noun phrase stands between, joined by "of" or a possessive
    skip_next = False
    for index in range(len(words) - 1, -1, -1):
        word, _ = words[index]
        before = words[index - 1][0] if index else ""
        if word in _SKIP or skip_next:
            skip_next = False
            continue
        if word in ("to", "with") and before in _COMPARED:
            return OLD, 0
        if word == "between":
            return PAIR, 0
        if word == "of":
            if before in _CHANGE_NOUNS and phrase == 0:
                return STEP, _direction(before)  # "an increase of 5%"
            if before in _COMPARED_OF:
                return OLD, 0  # "ahead of the 40,000 sold in 2022"
            bridged = True
            continue
        if word == "than" and before in _BOUND_COMPARATIVES and phrase == 0:
            skip_next = True  # "less than $0.1 billion": a bound on the figure, not an older value
            continue
        if word in _OLD:
            # "on", "over", "since" mark an older value only when they hang on a change: right
            # after its figure ("up 57% on last season's"), or after a word of change ("increased
            # over"); "people over the age of 13" is no comparison
            attached = word not in _WEAK_OLD or (index == 0 and after_figure)
            attached = attached or bool(_direction(before)) or before in _CHANGE_AFTER
            return (OLD, _direction(before)) if attached else ("", 0)
        if word in _NEW:
            return NEW, 0
        if word == "by":
            # "fell by 8.6%", "revised by 1.39 MT"; "used by 410,023 passengers" names who, not how much
            # the verb may have its object between: "lifted its wheat production forecast by 17%"
            moved = _verb_before(words, index)
            return (STEP, moved) if moved is not None else ("", 0)
        if word in LEVEL_VERBS and (phrase == 0 or bridged):
            return LEVEL, 0
        if _direction(word):
            # "rose 3.5%", "down just 4%": a verb of change governs the figure right after it
            return (STEP, _direction(word)) if phrase == 0 else ("", 0)
        if not word[0].isalpha() or word in _CLAUSE_WORDS:
            return "", 0
        bridged = bridged or word.endswith(("'s", "’s", "s'"))
        phrase += 1
        if not bridged or phrase > _PHRASE:
            return "", 0
    return "", 0


def _verb_before(words: list[tuple[str, int]], index: int) -> int | None:
    """The direction of the verb of change that "by" at ``index`` belongs to: right before it or
    before its object (a few words, no punctuation between); 0 for a verb of no direction
    ("revised by"), ``None`` for no verb of change ("used by 410,023 passengers")."""
    for back in range(index - 1, max(-1, index - 7), -1):
        word = words[back][0]
        if not word[0].isalpha() or word in _CLAUSE_WORDS:
            return None
        if (moved := _direction(word)) or word in _REVISED:
            return moved
    return None


def clause_bounds(prose: str, start: int, end: int, found: list[Quantity]) -> list[tuple[int, int]]:
    """The clauses of ``prose[start:end]``: cut at a semicolon, at "while", "whereas", "but",
    "although" after a clause with its verb or figure, and at "and" or "as" that opens a clause
    with a verb of change or of level before its next figure, not at "and" inside a list of
    figures ("between 861,542 and 869,666")."""
    cuts = [start]
    words = _tokens(prose, start, end)
    positions = [at for _, at in words]
    starts = sorted(q.start for q in found)
    # verbs seen before each word, counted once, so each clause word's look around stays constant
    verbs_before = [0, *accumulate(1 if _direction(w) or w in LEVEL_VERBS else 0 for w, _ in words)]
    for index, (word, at) in enumerate(words):
        if word == ";":
            cuts.append(at + 1)
            continue
        if word not in _CLAUSE_WORDS:
            continue
        next_figure = bisect_right(starts, at)
        following = starts[next_figure] if next_figure < len(starts) else end
        verbs_ahead = verbs_before[bisect_left(positions, following)] - verbs_before[index + 1]
        # a clause has its verb: "and" after a subject alone joins nouns ("goods and services fell")
        verbs_behind = verbs_before[index] - verbs_before[bisect_left(positions, cuts[-1])]
        has_figure = bisect_left(starts, cuts[-1]) < bisect_left(starts, at)
        if not (has_figure or verbs_behind):
            continue
        # "while", "whereas", "but" always open a clause of their own ("while exports went from");
        # "and", "as" only before a verb of change or of level
        if word in _STRONG_CLAUSE_WORDS or verbs_ahead > 0:
            cuts.append(at)
    cuts.append(end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _change_after(prose: str, q: Quantity, end: int) -> int | None:
    """ "a 0.49 percent increase": the direction of a noun of change right after a rate."""
    words = _tokens(prose, q.end, min(end, q.end + 24))
    if not words or prose[q.end : words[0][1]].strip():
        return None  # a word right after the figure, nothing between ("-- more than 231,000" is no change)
    if words[0][0] in _CHANGE_NOUNS:
        return _direction(words[0][0])
    if words[0][0] in _CHANGE_AFTER:
        return _CHANGE_AFTER[words[0][0]]
    return None


def _last_word(prose: str, start: int, end: int) -> str:
    words = _tokens(prose, start, end)
    return words[-1][0] if words else ""


def read_clause(prose: str, start: int, end: int, found: list[Quantity]) -> Claim:
    """The claim of one clause: its figures (years left out) by the role their governing words give them."""
    claim = Claim(start, end, words=[w for w, _ in _tokens(prose, start, end)])
    figures = [q for q in found if start <= q.start < end and not q.is_year]
    roles: dict[str, list[Quantity]] = {}
    pair_open = False
    previous_end = start
    last_change: Quantity | None = None  # the last figure of a change, for one written two ways
    for q in figures:
        role, direction = governor(prose, previous_end, q, after_figure=previous_end > start)
        if role in (LEVEL, NEW, "") and _EARLIER_WHEN.search(prose, max(start, q.start - _WHEN_REACH), q.start):
            role = OLD  # "from a year ago, when the daily rate was 362": the earlier period's level
        if role == "" and last_change is not None and _APPOSITION.match(prose[last_change.end : q.start]):
            role = STEP  # "by 0.8 percent -- more than 231,000 students --": the change again, as an amount
        after = _change_after(prose, q, end)
        if after is not None:
            role, direction = STEP, after  # "a 0.49 percent increase"
        if role == "" and pair_open and _last_word(prose, previous_end, q.start) == "and":
            role = PAIR  # "between A in 2016 and B in 2017"
        pair_open = role == PAIR or (pair_open and role == "")
        if role == STEP and q.unit == "%":
            role = RATE
        if role:
            roles.setdefault(role, []).append(q)
        last_change = q if role in (STEP, RATE) else None
        if direction and not claim.direction:
            claim.direction = direction
        previous_end = q.end
    if roles.get(STEP) and roles.get(RATE):
        # "up by 0.5% month-on-month, ... £11,000 higher than in August 2016": a rate against the
        # period just before is another comparison than the step's
        kept = [q for q in roles[RATE] if not SEQUENTIAL.match(prose, q.end)]
        if kept:
            roles[RATE] = kept
        else:
            del roles[RATE]
    if not claim.direction:
        claim.direction = next((d for w in claim.words if (d := _direction(w))), 0)
    # a level no word governs, or governed by a verb of level, is the subject: the newer level
    # when an older one stands beside it
    if (
        len(roles.get(NEW, [])) == 2
        and not roles.get(OLD)
        and _RELATIVE_LEVEL.search(prose, start, roles[NEW][0].start)
    ):
        # "The index, which stood at 250 in January, has since gained 8% to 270": the level of the
        # relative clause on the subject is the older one
        roles[OLD] = [roles[NEW].pop(0)]
    with_role = {id(q) for v in roles.values() for q in v}
    subjects = [q for q in figures if q.unit != "%" and id(q) not in with_role]
    if roles.get(OLD) and not roles.get(NEW):
        subjects += roles.pop(LEVEL, [])
        if len(subjects) == 1:
            roles[NEW] = subjects
    elif roles.get(NEW) and not roles.get(OLD) and (roles.get(RATE) or roles.get(STEP)):
        # "116 increased by 212.931% and became 263": the subject before the verb of change is
        # what changed, the older level
        first_change = min(q.start for role in (RATE, STEP) for q in roles.get(role, []))
        first_change = min(first_change, *(q.start for q in roles[NEW]))
        before = [q for q in subjects if q.end <= first_change]
        if len(before) == 1 and len(subjects) == 1:
            roles[OLD] = before
    if "respectively" in claim.words:
        roles = {}  # figures paired by their order in two lists: no role of one clause
    claim.roles = roles
    claim.figures = figures
    return claim


def read_claims(prose: str, start: int, end: int, found: list[Quantity]) -> list[Claim]:
    """The claims of one sentence, clause by clause."""
    return [read_clause(prose, a, b, found) for a, b in clause_bounds(prose, start, end, found)]
