"""Candidates first: one RE2 set, built once per process, says which AI patterns can match a document.

Every rule of the family judges matches of Python patterns (lookarounds, possessive
repeats, ``\\b``), which are costly to run over every page, and most pages hold none. This
module turns each pattern into a *superset* RE2 can run: assertions (``\\b``, ``^``, ``$``,
lookarounds) are dropped, possessive and atomic forms become plain ones, long bounded
repeats become unbounded, and the classes whose meaning differs between the engines
(``\\w``, ``\\s``, case folding of ``i``) are widened. Whatever the Python pattern matches
anywhere, its superset matches too. All supersets go into one ``re2.Set``; one scan of a
document returns the patterns that may match it, and only those run in Python, exactly as
before, so findings stay identical.

When a pattern cannot be translated, when ``google-re2`` is missing, or when a text cannot
be encoded, the answer is "anything may match" and the rules fall back to their full scan.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from re import _constants as C
from re import _parser as P
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: Python's \w, \s and \d as RE2 class bodies that hold at least every character Python's hold:
#: exact in ASCII, every character beyond it (Unicode property classes would make the automaton
#: too large to stay a DFA).
_WORD = r"0-9A-Z_a-z\x{80}-\x{10FFFF}"
_SPACE = r"\t-\r\x{1c}-\x{20}\x{80}-\x{10FFFF}"
_DIGIT = r"0-9\x{80}-\x{10FFFF}"
_ANY = r"[\x{0}-\x{10FFFF}]"
#: Characters Python's IGNORECASE matches for ``i`` and ``I`` beyond RE2's case folding.
_EXTRA_I = r"\x{130}\x{131}"
#: A repeat up to this many times is kept as written; a longer one is a gap between the parts of a phrase.
_KEEP_REPEAT = 4


class Untranslatable(Exception):
    """A construct with no RE2 superset (a back-reference, a conditional group)."""


def _char(code: int) -> str:
    character = chr(code)
    return character if character.isascii() and character.isalnum() else rf"\x{{{code:x}}}"


def _class_items(items: list[tuple[Any, Any]], ignore_case: bool) -> tuple[bool, str]:
    """(negated, RE2 class body) for the items of a Python ``IN``."""
    negated = bool(items) and items[0][0] is C.NEGATE
    body = []
    for op, arg in items[1:] if negated else items:
        if op is C.LITERAL:
            body.append(_char(arg))
            if ignore_case and chr(arg) in "iI":
                body.append(_EXTRA_I)
        elif op is C.RANGE:
            low, high = arg
            body.append(f"{_char(low)}-{_char(high)}")
            if ignore_case and (low <= ord("i") <= high or low <= ord("I") <= high):
                body.append(_EXTRA_I)
        elif op is C.CATEGORY:
            if negated:
                raise _Widen  # a negated class with a category: no exact complement, take any character
            body.append(_category(arg, in_class=True))
        else:
            raise Untranslatable(str(op))
    return negated, "".join(body)


class _Widen(Exception):
    pass


def _category(category: Any, *, in_class: bool = False) -> str:
    positive = {C.CATEGORY_WORD: _WORD, C.CATEGORY_SPACE: _SPACE, C.CATEGORY_DIGIT: _DIGIT}
    if category in positive:
        return positive[category] if in_class else f"[{positive[category]}]"
    if in_class:
        return r"\x{0}-\x{10FFFF}"  # \W, \S, \D inside a class: widen to every character
    return _ANY


def _emit(tree: Iterable[tuple[Any, Any]], ignore_case: bool) -> str:
    out = []
    for op, arg in tree:
        if op is C.LITERAL:
            if ignore_case and chr(arg) in "iI":
                out.append(f"[iI{_EXTRA_I}]")
            else:
                out.append(_char(arg))
        elif op is C.NOT_LITERAL:
            out.append(f"[^{_char(arg)}]")
        elif op is C.ANY:
            out.append(_ANY)  # with or without DOTALL: any character is the wider reading
        elif op is C.IN:
            try:
                negated, body = _class_items(arg, ignore_case)
            except _Widen:
                out.append(_ANY)
                continue
            out.append(
                f"[{'^' if negated else ''}{body}]" if body else ("[^\\x{0}-\\x{10FFFF}]" if not negated else _ANY)
            )
        elif op is C.CATEGORY:
            out.append(_category(arg))
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: dropping it only widens the match
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_emit(branch, ignore_case) for branch in arg[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add, remove, sub = arg
            inner_case = (ignore_case or bool(add & re.IGNORECASE)) and not (remove & re.IGNORECASE)
            flag = "" if inner_case == ignore_case else ("i" if inner_case else "-i")
            out.append(f"(?{flag}:" + _emit(sub, inner_case) + ")")
        elif op is C.ATOMIC_GROUP:
            out.append("(?:" + _emit(arg, ignore_case) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = arg
            item = "(?:" + _emit(sub, ignore_case) + ")"
            if (low, high) == (0, 1):
                out.append(item + "?")
            elif low == high and high <= _KEEP_REPEAT:
                out.append(item + f"{{{low}}}")
            elif low == 0:
                out.append(item + "*")
            else:
                out.append(item + "+")
        else:
            raise Untranslatable(str(op))
    return "".join(out)


def _is_gap(op: Any, arg: Any) -> bool:
    """A long or unbounded repeat: the stretch of text between two parts of a phrase."""
    return op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[1] > _KEEP_REPEAT


def _core(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The most selective run of ``items`` between gaps.

    A search for a contiguous part of a pattern finds a match wherever the whole pattern
    matches, so the part is a superset too; leaving out the gaps keeps the combined automaton
    smaller (every gap of every pattern multiplies its states).
    """
    runs: list[list[tuple[Any, Any]]] = [[]]
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if _is_gap(op, arg):
            runs.append([])
        else:
            runs[-1].append((op, arg))
    best: list[tuple[Any, Any]] = []
    best_width = -1
    for run in runs:
        while run and _width(run[0])[0] == 0:  # optional lead-in: a search finds the rest anyway
            run = run[1:]
        while run and _width(run[-1])[0] == 0:
            run = run[:-1]
        width = sum(_width(item)[0] for item in run)
        if width > best_width:
            best, best_width = run, width
    if len(best) < len(items) and best_width < _MIN_CORE:
        return items  # no part selective enough alone: the whole pattern
    return best


#: A part must match at least this many characters to stand for its whole pattern.
_MIN_CORE = 6


def _width(item: tuple[Any, Any]) -> tuple[int, int]:
    return P.SubPattern(P.State(), [item]).getwidth()


def _reduce(tree: list[tuple[Any, Any]], ignore_case: bool) -> str:
    """The RE2 superset of a top-level sequence: alternatives reduced one by one, the rest cut to its core."""
    if len(tree) == 1:
        op, arg = tree[0]
        if op is C.BRANCH:
            return "(?:" + "|".join(_reduce(list(branch), ignore_case) for branch in arg[1]) + ")"
        if op is C.SUBPATTERN and not (arg[1] | arg[2]) & re.IGNORECASE:
            return _reduce(list(arg[3]), ignore_case)
    return _emit(_core(tree), ignore_case)


@functools.lru_cache(maxsize=1024)
def _parse(source: str, flags: int) -> Any:
    """Python's own parse of a pattern, once per process (the set and the locator both read it)."""
    return P.parse(source, flags)


def superset(source: str, flags: int = 0) -> str:
    """An RE2 pattern that matches wherever the Python pattern matches (and possibly elsewhere)."""
    tree = _parse(source, flags)
    ignore_case = bool(tree.state.flags & re.IGNORECASE)
    body = _reduce(list(tree), ignore_case)
    return f"(?i:{body})" if ignore_case else body


#: Bumped whenever the translation above changes, so a table built by an older one is not read.
TRANSLATION = 1

#: What a pattern's translation holds: its RE2 superset (``None`` when it has none) and the
#: least and most characters a match of the Python pattern spans.
Translation = tuple[str | None, int, int]


def pattern_key(source: str, flags: int) -> str:
    """The key of a pattern in the precomputed table: a hash of its source and flags."""
    return hashlib.blake2b(f"{flags}:{source}".encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def derive(source: str, flags: int) -> Translation:
    """A pattern's translation, worked out from Python's parse of it (what the table holds)."""
    low, high = _parse(source, flags).getwidth()
    try:
        return superset(source, flags), low, high
    except Untranslatable:
        return None, low, high


@functools.lru_cache(maxsize=1)
def _precomputed() -> dict[str, Translation]:
    try:
        from scrapelint.rules.assistant import _supersets
    except ImportError:  # pragma: no cover - the table ships with the package; deriving gives the same answers
        return {}
    return _supersets.SUPERSETS if _supersets.TRANSLATION == TRANSLATION else {}


@functools.lru_cache(maxsize=1024)
def translation(source: str, flags: int) -> Translation:
    """A pattern's translation, from the table built with the package when it holds this very pattern.

    Parsing and translating every pattern is a third of a one-file run, so the table
    (``_supersets.py``) carries the answers, keyed by a hash of each pattern's source and flags:
    a changed pattern has a new key and is derived here instead, never answered from the old one.
    """
    return _precomputed().get(pattern_key(source, flags)) or derive(source, flags)


class PatternSet:
    """Many Python patterns, scanned together through their RE2 supersets, one RE2 set per group.

    A group is what one rule (or a few that share a document) asks about. Sets per group stay
    small automata; one set of everything would make RE2's lazy DFA build far more states
    while it learns each new page (the states of unrelated phrases combine).
    """

    def __init__(self) -> None:
        self._patterns: dict[str, list[tuple[str, int]]] = {}
        self._ids: dict[tuple[str, str, int], int] = {}
        self._lock = threading.Lock()
        #: Per group: the RE2 set (``None`` without RE2), and its indices mapped to pattern ids.
        self._sets: dict[str, tuple[Any, list[int]]] = {}

    def add(self, source: str, flags: int = 0, group: str = "") -> int:
        """Register a pattern (its source and flags) in ``group``; its id in :meth:`scan` results."""
        key = (group, source, flags)
        with self._lock:
            if key not in self._ids:
                self._ids[key] = len(self._ids)
                self._patterns.setdefault(group, []).append((source, flags))
                self._sets.pop(group, None)  # registered after a scan: the next scan rebuilds the set
            return self._ids[key]

    def registered(self) -> list[tuple[str, int, str, int]]:
        """Every registered pattern as (group, id, source, flags)."""
        return [(group, number, source, flags) for (group, source, flags), number in self._ids.items()]

    def _build(self, group: str) -> tuple[Any, list[int]]:
        with self._lock:
            if group in self._sets:
                return self._sets[group]
            try:
                import re2
            except ImportError:  # pragma: no cover - google-re2 is a dependency; the full scan still works
                self._sets[group] = (None, [])
                return self._sets[group]
            options = re2.Options()
            options.max_mem = 64 << 20
            compiled = re2.Set.SearchSet(options)
            ids = []
            for source, flags in self._patterns.get(group, []):
                pattern = translation(source, flags)[0]
                try:
                    if pattern is None:
                        raise Untranslatable(source)
                    compiled.Add(pattern)
                except (Untranslatable, re2.error):
                    compiled = None  # a pattern without a superset: the group always runs in full
                    break
                ids.append(self._ids[(group, source, flags)])
            if compiled is not None:
                compiled.Compile()
            self._sets[group] = (compiled, ids)
            return self._sets[group]

    def scan(self, encoded: bytes | None, group: str) -> frozenset[int] | None:
        """The ids of the patterns of ``group`` that may match the UTF-8 text; ``None`` when any may."""
        compiled, ids = self._sets.get(group) or self._build(group)
        if compiled is None or encoded is None:
            return None
        found = compiled.Match(encoded)
        return frozenset(ids[index] for index in found) if found else frozenset()


class Locator:
    """Where one pattern's RE2 superset matches in a text.

    Each Python match of the pattern holds a match of the superset's part (a contiguous part
    of the pattern, assertions dropped), and a scan for non-overlapping matches meets every
    such place: a stretch of text that no located span overlaps holds no Python match.
    """

    __slots__ = ("_compiled", "_flags", "_source", "_width")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: Any = None
        self._width: tuple[int, int] | None = None

    def finditer(
        self, regex: re.Pattern[str], text: str, start: int, end: int, spans: list[tuple[int, int]], ends: list[int]
    ) -> Iterator[re.Match[str]]:
        """``regex.finditer(text, start, end)`` (``regex`` being this pattern), skipping to where a match can start.

        A match overlaps a located span (``spans``, with their ``ends``) and is at most ``high``
        characters long, so none starts before the next span's start minus ``high``; a search
        from there finds the same leftmost match, since ``pos`` does not cut what assertions
        see. Only for patterns whose matches are never empty and have a bounded length.
        """
        if self._width is None:
            self._width = translation(self._source, self._flags)[1:]
        low, high = self._width
        if low == 0 or high >= _UNBOUNDED:
            yield from regex.finditer(text, start, end)
            return
        index = bisect_right(ends, start)
        position = start
        while position < end:
            while index < len(spans) and spans[index][1] <= position:
                index += 1
            if index == len(spans):
                return
            position = max(position, spans[index][0] - high)
            if position >= end:
                return
            match = regex.search(text, position, end)
            if match is None:
                return
            yield match
            position = match.end()

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """The superset's spans in ``text``, in order; ``None`` when it cannot tell."""
        if self._compiled is None:
            self._compiled = _locator(self._source, self._flags)
        if self._compiled is False:
            return None
        try:
            return [match.span() for match in self._compiled.finditer(text)]
        except UnicodeEncodeError:  # a lone surrogate
            return None


def _locator(source: str, flags: int) -> Any:
    try:
        import re2
    except ImportError:  # pragma: no cover - see PatternSet
        return False
    pattern = translation(source, flags)[0]
    if pattern is None:
        return False
    try:
        compiled = re2.compile(pattern)
    except re2.error:
        return False
    return False if compiled.search("") is not None else compiled  # a superset matching nothing locates nothing


#: A width this large stands for "unbounded" in ``getwidth()``.
_UNBOUNDED = 1 << 16

#: The family's patterns; every rule module registers its own at import.
PATTERNS = PatternSet()

#: The last document scanned: its UTF-8 text and the answers per group (rules run one document at a time).
_last: tuple[Document, bytes | None, dict[str, frozenset[int] | None]] | None = None


def scan(doc: Document, group: str) -> frozenset[int] | None:
    """The ids of the patterns of ``group`` that may match ``doc.prose``; ``None`` when any may.

    Computed once per document and group, whichever rule asks first.
    """
    global _last
    last = _last
    if last is None or last[0] is not doc:
        try:
            encoded: bytes | None = doc.prose.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no RE2 scan, the full scan decides
            encoded = None
        last = _last = (doc, encoded, {})
    answers = last[2]
    if group not in answers:
        answers[group] = PATTERNS.scan(last[1], group)
    return answers[group]


def may_match(found: frozenset[int] | None, pattern_id: int) -> bool:
    return found is None or pattern_id in found
