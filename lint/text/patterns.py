"""Regular expressions compiled on first use, so that importing a rule module stays cheap.

A module-level ``NAME = lazy(r"...", re.I)`` reads like ``re.compile`` and behaves like the
compiled pattern: the first call of one of its methods compiles it and puts the compiled
pattern's bound methods in place, so later calls cost what a compiled pattern's do. A run
that never reaches a rule's patterns (a family not selected, a document without the text
they look for) never compiles them.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, deferred until a method is first used."""

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groupindex(self):
        return self.compiled.groupindex

    def __getattr__(self, name: str):
        # only reached while a method slot is still empty, that is before the first use
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled the first time it is used."""
    return LazyPattern(pattern, flags)
