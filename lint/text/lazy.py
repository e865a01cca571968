"""Regular expressions compiled on first use, so that importing a rule module stays cheap.

Patterns with look-behinds over large Unicode classes take tens of milliseconds each to
compile; a run that never reaches them (``--select`` of another family, ``--help``) should
not pay for them. ``NAME = lazy(r"...", re.I)`` reads like ``re.compile``; the first use
compiles the pattern and puts the compiled pattern's bound methods in place, so later calls
cost what a compiled pattern's do (no ``__getattr__`` on the hot path).
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""

    __slots__ = ("_compiled", "flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # reached for a method only before the first use (its slot is still empty)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled the first time it is used."""
    return LazyPattern(pattern, flags)
