"""The lines of a text that hold one of a few literals: where a line-bound pattern is worth running.

A pattern with many branches (a label in every data language) costs milliseconds a page when
``finditer`` walks the whole text, while the literals it needs are rare. Finding the literals
with ``str.find`` and running the pattern on their lines alone keeps the scan linear and cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def lines_with(text: str, lowered: str, literals: Iterable[str]) -> list[tuple[int, int]] | None:
    """(start, end) of each line of ``text`` whose lower-cased form holds one of ``literals``, in
    order; ``None`` when lower-casing moved offsets ("İ"), so the caller must read the whole text."""
    if len(lowered) != len(text):
        return None
    starts: set[int] = set()
    for literal in literals:
        at = lowered.find(literal)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            end = text.find("\n", at)
            at = -1 if end < 0 else lowered.find(literal, end)
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    return spans


def finditer_on_lines(
    pattern: re.Pattern[str], text: str, lowered: str, literals: Iterable[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches never cross a line, run only on
    the lines holding one of ``literals`` (the whole text when offsets moved)."""
    spans = lines_with(text, lowered, literals)
    if spans is None:
        yield from pattern.finditer(text)
        return
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
