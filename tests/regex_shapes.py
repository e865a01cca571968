"""Find the pattern shapes that make Python's backtracking regex engine super-linear.

Two shapes, read from the parsed pattern (``re._parser``), no timing involved:

- *restart*: a branch that begins with an unbounded repeat (or one character
  the repeat also matches, then the repeat) and goes on with something that
  can fail. Searched unanchored, it restarts at every character of a long run
  and rescans the run each time: ``[\\W_]+$``, ``[A-Za-z_]\\w*\\.``.
- *adjacent*: two unbounded repeats in a row (optional items between them
  allowed) whose characters overlap, followed by something that can fail: the
  engine tries every split of a run between them: ``[-=]{2,}[\\s=-]*$``.

A repeat is safe when possessive (``*+``), inside an atomic group, or (for a
restart) when a lookbehind or anchor comes first.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

#: One character of each kind the shapes care about; sets are compared on these.
SAMPLE = frozenset("aZ_9 \t\n.,;:!?-=|()[]\"'é中…/*#<>&%$+")
_CATEGORY = {
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _in_set(items, ch: str) -> bool:
    negate, hit = False, False
    for op, arg in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= ch == chr(arg)
        elif op is C.RANGE:
            hit |= arg[0] <= ord(ch) <= arg[1]
        elif op is C.CATEGORY:
            hit |= bool(re.match(_CATEGORY.get(arg, "(?!)"), ch))
    return hit != negate


def _first(item) -> frozenset[str]:
    """The sample characters ``item`` can start with (empty: zero-width or unknown)."""
    op, arg = item
    if op is C.LITERAL:
        return frozenset({chr(arg)}) & SAMPLE or frozenset({chr(arg)})
    if op is C.NOT_LITERAL:
        return SAMPLE - {chr(arg)}
    if op is C.ANY:
        return SAMPLE - {"\n"}
    if op is C.IN:
        return frozenset(ch for ch in SAMPLE if _in_set(arg, ch))
    if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
        return _first_of(arg[2])
    if op is C.SUBPATTERN:
        return _first_of(arg[3])
    if op is C.ATOMIC_GROUP:
        return _first_of(arg)
    if op is C.BRANCH:
        return frozenset().union(*(_first_of(branch) for branch in arg[1]))
    return frozenset()


def _first_of(sequence) -> frozenset[str]:
    found: set[str] = set()
    for item in sequence:
        found |= _first(item)
        if not _optional(item):
            break
    return frozenset(found)


def _optional(item) -> bool:
    op, arg = item
    return op in (*_REPEATS, C.POSSESSIVE_REPEAT) and arg[0] == 0


def _unbounded(item) -> bool:
    op, arg = item
    return op in _REPEATS and arg[1] == C.MAXREPEAT


def _can_fail(rest) -> bool:
    """Whether what follows a repeat can fail to match (else the first try succeeds)."""
    return any(not _optional(item) for item in rest)


def shapes(pattern: re.Pattern[str]) -> list[str]:
    """The risky shapes in ``pattern``, described; empty when none."""
    tree = list(P.parse(pattern.pattern, pattern.flags))
    branches = [list(b) for b in tree[0][1][1]] if len(tree) == 1 and tree[0][0] is C.BRANCH else [tree]
    found = []
    for branch in branches:
        found += _restart(branch)
    found += _adjacent(tree)
    return found


def _restart(branch) -> list[str]:
    if not branch or branch[0][0] in _ZERO_WIDTH:
        return []
    index, lead = 0, None
    if not _unbounded(branch[0]):
        lead, index = _first(branch[0]), 1
    if index < len(branch) and _unbounded(branch[index]) and _can_fail(branch[index + 1 :]):
        body = _first(branch[index])
        if lead is None or lead & body:
            return [f"restart: unbounded repeat at the start of a branch rescans its run ({P.parse.__name__})"]
    return []


def _adjacent(sequence) -> list[str]:
    found = []
    items = list(sequence)
    for index, item in enumerate(items):
        op, arg = item
        if op is C.SUBPATTERN:
            found += _adjacent(arg[3])
        elif op is C.BRANCH:
            for branch in arg[1]:
                found += _adjacent(branch)
        elif op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            found += _adjacent(arg[2])
        if not _unbounded(item):
            continue
        body = _first(item)
        for later_index in range(index + 1, len(items)):
            later = items[later_index]
            if later[0] in _ZERO_WIDTH:
                break
            if _unbounded(later) and body & _first(later) and _can_fail(items[later_index + 1 :]):
                found.append("adjacent: two unbounded repeats over common characters split a run every way")
                break
            if not _optional(later):
                break
    return found
