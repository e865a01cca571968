"""Compiled phrase tables for the boilerplate rules, built once per phrase profile.

The language data lives in ``data/<lang>.toml`` beside this module; this module turns
it (plus a user's extra phrases from rule options) into matchers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scrapelint.rules._data_files import load_data
from scrapelint.rules._tokens import strip_edges

DATA = Path(__file__).parent / "data"

#: Phrase patterns are only tried on lines shorter than this (in characters):
#: prose that merely mentions cookies or sharing is not boilerplate.
MAX_PHRASE_CHARS = 260

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, collapse spaces, strip bullets and punctuation at both ends."""
    return strip_edges(_SPACES.sub(" ", text.strip().lower()))


@dataclass(frozen=True)
class KindMatcher:
    kind: str
    lines: frozenset[str]
    headings: frozenset[str]
    anchored: re.Pattern[str] | None  # patterns that start with ``^``: tried at the start only
    floating: re.Pattern[str] | None  # patterns searched anywhere in the line
    section: re.Pattern[str] | None = None  # short lines that open a whole section of this kind

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
            _combine(tuple(p for p in slot["patterns"] if p.startswith("^"))),
            _combine(tuple(p for p in slot["patterns"] if not p.startswith("^"))),
            _combine(tuple(slot["section"])),
        )
        for kind, slot in merged.items()
    )
