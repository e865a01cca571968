"""Compiled phrase tables for the boilerplate rules, built once per phrase profile.

The language data lives in ``data/<lang>.toml`` beside this module; this module turns
it (plus a user's extra phrases from rule options) into matchers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from pathlib import Path

from scrapelint.rules._data_files import load_data
from scrapelint.rules._tokens import strip_edges

DATA = Path(__file__).parent / "data"

#: Phrase patterns are only tried on lines shorter than this (in characters):
#: prose that merely mentions cookies or sharing is not boilerplate.
MAX_PHRASE_CHARS = 260
_second = itemgetter(1)


def normalise(text: str) -> str:
    """Lower-case, collapse spaces, strip bullets and punctuation at both ends."""
    spaced = " ".join(text.lower().split())  # split() breaks where \s matches
    if spaced[:1].isalnum() and spaced[-1:].isalnum():  # str.isalnum is [^\W_] for one character
        return spaced
    return strip_edges(spaced)


@dataclass(frozen=True)
class KindMatcher:
    kind: str
    lines: frozenset[str]
    headings: frozenset[str]
    anchored_sources: tuple[str, ...] = ()  # patterns that start with ``^``: tried at the start only
    floating_sources: tuple[str, ...] = ()  # patterns searched anywhere in the line
    section_sources: tuple[str, ...] = ()  # short lines that open a whole section of this kind

    @cached_property
    def anchored(self) -> re.Pattern[str] | None:
        return _combine(self.anchored_sources)

    @cached_property
    def floating(self) -> re.Pattern[str] | None:
        return _combine(self.floating_sources)

    @cached_property
    def section(self) -> re.Pattern[str] | None:
        return _combine(self.section_sources)

    def opens_section(self, norm: str) -> bool:
        return bool(self.section and self.section.search(norm))

    def matches(self, norm: str, raw: str) -> bool:
        """``norm`` is the normalised line, ``raw`` the line without its bullet."""
        if norm in self.lines:
            return True
        if self.anchored and (self.anchored.match(raw) or self.anchored.match(norm)):
            return True
        return bool(self.floating and self.floating.search(raw))


def _combine(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=64)
def matchers(
    languages: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> tuple[KindMatcher, ...]:
    """One matcher per kind; ``extra`` adds (kind, phrases) from rule options.

    Extra phrases are plain text: a line equal to one, or a short line
    containing one, belongs to that kind.
    """
    merged: dict[str, dict[str, list[str]]] = {}
    for language in languages:
        data = load_data(DATA / f"{language}.toml")
        for kind, table in data.items():
            slot = merged.setdefault(kind, {"lines": [], "patterns": [], "headings": [], "section": []})
            for key in slot:
                slot[key].extend(table.get(key, ()))
    for kind, phrases in extra:
        slot = merged.setdefault(kind, {"lines": [], "patterns": [], "headings": [], "section": []})
        for phrase in phrases:
            norm = normalise(phrase)
            if norm:
                slot["lines"].append(norm)
                slot["patterns"].append(r"\b" + re.escape(norm) + r"\b")
    return tuple(
        KindMatcher(
            kind,
            frozenset(normalise(p) for p in slot["lines"]),
            frozenset(normalise(p) for p in slot["headings"]),
            tuple(p for p in slot["patterns"] if p.startswith("^")),
            tuple(p for p in slot["patterns"] if not p.startswith("^")),
            tuple(slot["section"]),
        )
        for kind, slot in merged.items()
    )


class PhraseTable:
    """Every kind's phrases in one structure: which kind (if any) a short line belongs to.

    The answer is the one that asking each :class:`KindMatcher` in turn gives (the
    first kind in ``order`` that matches wins). Candidates first: every pattern
    needs one of a few literal strings (taken from its parsed form: "cookie" for
    ``\\bcookies?\\b...``, "home" or "start" for ``^(?:home|start)...``), and one
    Aho-Corasick scan of the lower-cased line finds which patterns can match at
    all; only those (and the few patterns without a literal) are run, in kind
    order. Lines holding a character that matches a literal under IGNORECASE
    without lower-casing to it ("ſ", dotless "ı", "İ") take the slow path: one
    alternation of all kinds' patterns.
    """

    def __init__(self, order: Sequence[KindMatcher]) -> None:
        self.kinds = tuple(m.kind for m in order)
        self.headings: dict[str, str] = {}
        self.lines: dict[str, int] = {}
        for rank, matcher in enumerate(order):
            for phrase in matcher.headings:
                self.headings.setdefault(phrase, matcher.kind)
            for phrase in matcher.lines:
                self.lines.setdefault(phrase, rank)
        # (rank, anchored, source) of every pattern, in kind order
        self._sources = [
            (rank, anchored, source)
            for rank, matcher in enumerate(order)
            for anchored, sources in ((True, matcher.anchored_sources), (False, matcher.floating_sources))
            for source in sources
        ]
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._sections = tuple(source for m in order for source in m.section_sources)
        self._built = False

    def _build(self) -> None:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        residual: list[int] = []
        by_literal: dict[str, list[int]] = {}
        digits: list[bool] = []
        for number, (_, _, source) in enumerate(self._sources):
            needed, digit = derived(source)
            digits.append(digit)
            if not needed:
                residual.append(number)
                continue
            for literal in needed:
                by_literal.setdefault(literal, []).append(number)
        canon = _fold_table()
        merged: dict[str, set[int]] = {}
        for literal, numbers in by_literal.items():
            merged.setdefault(literal.translate(canon or {}), set()).update(numbers)
        for literal, numbers in merged.items():
            automaton.add_word(literal, tuple(sorted(numbers)))
        if by_literal:
            automaton.make_automaton()
        self._automaton = automaton if by_literal else None
        self._residual = tuple(residual)
        # residual patterns that need a digit are skipped on lines without one (most lines)
        self._digit_free = tuple(number for number in residual if not digits[number])
        self._canon = canon
        # the letters ``canon`` maps: a line holding none of them is its own folded form
        self._folded = re.compile("[" + "".join(map(re.escape, map(chr, canon))) + "]") if canon else None
        self._built = True

    def warm(self) -> None:
        """Build the literal automaton and compile every pattern now (before a run forks its
        workers, so that they inherit them instead of each compiling the patterns it meets)."""
        if not self._built:
            self._build()
        for number in range(len(self._sources)):
            self._pattern(number)
        for source in self._sections:
            re.compile(source, re.IGNORECASE)

    def heading_kind(self, norm: str) -> str | None:
        return self.headings.get(norm)

    def kind(self, norm: str, raw: str) -> str | None:
        """The first kind whose matcher matches (``KindMatcher.matches``), or None."""
        if not self._built:
            self._build()
        best = self.lines.get(norm, len(self.kinds))
        if raw.isascii():
            lowered = raw.lower()
            # the same text twice finds the same literals twice: once is enough
            text = norm if lowered == norm else lowered + "\n" + norm
        elif self._canon is None:
            return self._slow(norm, raw, best)
        else:
            lowered = (raw.translate(_SIMPLE_LOWER) if _SIMPLE_UPPER.search(raw) else raw).lower()
            text = self._fold(norm) if lowered == norm else self._fold(lowered) + "\n" + self._fold(norm)
        numbers = self._residual if _has_digit(raw) else self._digit_free
        if self._automaton is not None:
            hits = list(self._automaton.iter(text))
            if hits:
                numbers = sorted(set(numbers).union(*map(_second, hits)))
        if not numbers:  # no pattern can match: the whole-line phrase decides
            return self.kinds[best] if best < len(self.kinds) else None
        return self._first(numbers, norm, raw, best)

    def _fold(self, text: str) -> str:
        """``text.translate(self._canon)``, without the translation when no letter of it is mapped."""
        if self._folded is None or not self._folded.search(text):
            return text
        return text.translate(self._canon)

    def _pattern(self, number: int) -> re.Pattern[str]:
        pattern = self._compiled.get(number)
        if pattern is None:
            pattern = self._compiled[number] = re.compile(self._sources[number][2], re.IGNORECASE)
        return pattern

    def _slow(self, norm: str, raw: str, best: int) -> str | None:
        """Every pattern in kind order, without the literal prefilter."""
        return self._first(range(len(self._sources)), norm, raw, best)

    def _first(self, numbers: Iterable[int], norm: str, raw: str, best: int) -> str | None:
        """The kind of the first of ``numbers`` (in kind order) that matches and ranks above ``best``."""
        sources = self._sources
        for number in numbers:
            rank, anchored, _ = sources[number]
            if rank >= best:
                break
            pattern = self._pattern(number)
            if (pattern.match(raw) or pattern.match(norm)) if anchored else pattern.search(raw):
                best = rank
                break
        return self.kinds[best] if best < len(self.kinds) else None

    def opens_section(self, norm: str) -> bool:
        return any(re.search(source, norm, re.IGNORECASE) for source in self._sections)


def _needed_literals(source: str) -> frozenset[str] | None:
    """Lower-case strings one of which occurs in every line ``source`` matches (None: no such set)."""
    from re import _parser

    try:
        tree = _parser.parse(source, re.IGNORECASE)
    except re.error:
        return None
    found = _necessary(list(tree))
    return frozenset(found) if found else None


#: The version of what :func:`derive` works out; the table of a different version is not read.
DERIVATION = 1


def derive(source: str) -> tuple[tuple[str, ...] | None, bool]:
    """A pattern's needed literals (sorted; None: no such set) and whether every match holds a digit."""
    needed = _needed_literals(source)
    return (tuple(sorted(needed)) if needed else None), _needs_digit(source)


def source_key(source: str) -> str:
    """The key of a pattern in the precomputed table: a hash of its source."""
    import hashlib

    return hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


@lru_cache(maxsize=1)
def _precomputed() -> dict[str, tuple[tuple[str, ...] | None, bool]]:
    try:
        from scrapelint.rules.boilerplate import _literals
    except ImportError:  # pragma: no cover - the table ships with the package; deriving gives the same answers
        return {}
    return _literals.LITERALS if _literals.DERIVATION == DERIVATION else {}


def derived(source: str) -> tuple[tuple[str, ...] | None, bool]:
    """:func:`derive`, from the table built with the package when it holds this very pattern.

    Parsing every phrase pattern for its literals is a twentieth of a one-file run, so
    ``_literals.py`` carries the answers, keyed by a hash of each pattern's source: a pattern
    changed or added since (a user's extra phrases among them) is derived here instead.
    """
    found = _precomputed().get(source_key(source))
    return found if found is not None else derive(source)


_DIGIT = re.compile(r"\d")
_has_digit = _DIGIT.search


def _needs_digit(source: str) -> bool:
    """Every match of ``source`` holds a digit (``\\d`` outside any optional part)."""
    from re import _constants as c
    from re import _parser

    try:
        items = list(_parser.parse(source, re.IGNORECASE))
    except re.error:
        return False
    for op, av in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
            op, av = av[2][0]
        if op is c.IN and av == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
            return True
    return False


def _necessary(items: list) -> set[str] | None:
    """The most selective set of literals one of which a match of the sequence ``items`` contains."""
    from re import _constants as c

    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL and len(chr(av).lower()) == 1:
            run += chr(av).lower()
            continue
        if run:
            options.append({run})
            run = ""
        inner: set[str] | None = None
        if op is c.SUBPATTERN:
            inner = _necessary(list(av[3]))
        elif op is c.ATOMIC_GROUP:
            inner = _necessary(list(av))
        elif op is c.BRANCH:
            alternatives = [_necessary(list(a)) for a in av[1]]
            inner = set().union(*alternatives) if all(alternatives) else None  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _necessary(list(av[2]))
        elif op is c.IN and all(o is c.LITERAL and len(chr(a).lower()) == 1 for o, a in av):
            inner = {chr(a).lower() for _, a in av}  # a set of single characters ("[>»›]")
        if inner:
            options.append(inner)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda found: (min(map(len, found)), -len(found)))


#: Where ``str.lower`` differs from the one-to-one lower-casing regex matching uses:
#: "İ" (to "i" plus a combining dot) and a final "Σ" (to "ς").
_SIMPLE_LOWER = {0x130: "i", 0x3A3: "\u03c3"}
_SIMPLE_UPPER = re.compile("[\u0130\u03a3]")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str] | None:
    """Each lower-case letter that IGNORECASE takes for another one ("ſ" and "s", "ı" and "i",
    "ς" and "σ") mapped to the first of its group: the literals and the line, both folded so,
    hold the same string exactly where the pattern's letters match the line's."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - every non-ASCII line then takes the slow path
        return None
    group: dict[int, int] = {}

    def root(code: int) -> int:
        while group.get(code, code) != code:
            code = group[code]
        return code

    for code, others in _EXTRA_CASES.items():
        for other in others:
            low, high = sorted((root(code), root(other)))
            group[high] = low
    return {code: chr(root(code)) for code in group if root(code) != code}
