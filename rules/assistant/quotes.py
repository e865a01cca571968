"""Whether a span sits inside a quotation opened earlier on its line or in its paragraph.

A line of thousands of matches asks this thousands of times, so each text's quote marks are
indexed once (positions of every mark, and the nesting depth of single quotes after each one)
and every question is a few bisections, not a fresh read of everything before the span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

#: A single quote opening (at the text's start or after a space or an opening sign) or closing one.
OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{—–:-]))['‘]")
CLOSE_SINGLE = re.compile(r"['’](?=[\s.,;:!?)\]}—–-]|$)")

#: Pairs whose opening mark, counted before a span, outnumbering its closing mark means the span
#: is quoted; a straight double quote counts when an odd number came before.
_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"))
_MARKS = '“”«»„「」『』"'
_MARK = re.compile(f"[{_MARKS}]")
_OPENERS = "\"“‘'«„「『"

#: A close mark this near the cut may read differently once the text ends there (``$``).
_NEAR_END = 3


class QuoteIndex:
    """The quote marks of one text, for questions about any prefix of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions: dict[str, list[int]] = {mark: [] for mark in _MARKS}
        for match in _MARK.finditer(text):
            self.positions[match.group()].append(match.start())
        events = sorted(
            [(m.start(), 1) for m in OPEN_SINGLE.finditer(text)]
            + [(m.start(), -1) for m in CLOSE_SINGLE.finditer(text)]
        )
        self.event_starts = [start for start, _ in events]
        self.depth_after: list[int] = []
        depth = 0
        for _, step in events:
            depth = max(0, depth + step)
            self.depth_after.append(depth)

    def _count(self, mark: str, before: int) -> int:
        return bisect_left(self.positions[mark], before)

    def _single_depth(self, start: int) -> int:
        """Nesting of single quotes in ``text[:start]``, read as that prefix alone would be."""
        settled = max(0, start - _NEAR_END)
        known = bisect_left(self.event_starts, settled)
        depth = self.depth_after[known - 1] if known else 0
        tail = sorted(
            [(m.start(), 1) for m in OPEN_SINGLE.finditer(self.text, settled, start)]
            + [(m.start(), -1) for m in CLOSE_SINGLE.finditer(self.text, settled, start)]
        )
        for _, step in tail:
            depth = max(0, depth + step)
        return depth

    def quoted_at(self, start: int) -> bool:
        """Whether a span starting at ``start`` sits inside a quotation opened before it."""
        if self._count('"', start) % 2 == 1:
            return True
        if any(self._count(opening, start) > self._count(closing, start) for opening, closing in _PAIRS):
            return True
        if self._single_depth(start) > 0:
            return True
        last = start - 1
        while last >= 0 and self.text[last].isspace():
            last -= 1
        return last >= 0 and self.text[last] in _OPENERS


@lru_cache(maxsize=8)
def quote_index(text: str) -> QuoteIndex:
    """One index per text; a line asked about many times is read once."""
    return QuoteIndex(text)


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a quotation opened earlier in ``text``."""
    return quote_index(text).quoted_at(start)


#: What :func:`blank_quoted` blanks, as a pattern: quoted words, a code span (which may run to the
#: line's end), a quotation a colon introduces that runs past the sentence, and a quotation opened
#: and not closed before the sentence ends. Matching it with ``re`` reads a line to its end
#: for every opening mark that is never closed, so a long line of them costs its square;
#: the scanner below gives the same result in one pass.
QUOTED_PATTERN = (
    r'"[^"\n]*+"|“[^”\n]*+”|`[^`\n]*+(?:`|$)|[:：][ \t>]{0,6}+["“«„][^"”»“\n]{0,600}+$'
    r"|[“«][^”»\n]{0,600}+$"
)
_QUOTE_STARTS = re.compile(r'["“`:：«]')
_COLON_GAP = frozenset(" \t>")
_COLON_OPENERS = frozenset('"“«„')
_COLON_BODY = re.compile(r'[^"”»“\n]{0,600}+')
_RUN_ON = re.compile(r"[^”»\n]{0,600}+")


class _NextMark:
    """The next position of one character after a point; points only move forward, so every
    search starts where the last one ended and a whole pass reads the text once."""

    def __init__(self, text: str, char: str) -> None:
        self.text, self.char, self.found = text, char, -1

    def after(self, index: int) -> int:
        if self.found <= index:
            self.found = self.text.find(self.char, index + 1)
            if self.found < 0:
                self.found = len(self.text)
        return self.found


def _at_end(text: str, index: int) -> bool:
    """``$`` without MULTILINE: the end, or just before a final newline."""
    return index == len(text) or (index == len(text) - 1 and text[index] == "\n")


def _bounded_run_to_end(text: str, index: int, run: re.Pattern[str]) -> int:
    """The end of ``run`` then ``$`` from ``index``, or -1."""
    end = run.match(text, index).end()
    return end if _at_end(text, end) else -1


def _quote_end(text: str, at: int, marks: dict[str, _NextMark]) -> int:
    """Where the quotation opening at ``at`` ends under :data:`QUOTED_PATTERN`, or -1."""
    char = text[at]
    newline = marks["\n"].after(at)
    if char == '"':
        close = marks['"'].after(at)
        return close + 1 if close < newline else -1
    if char == "`":
        close = marks["`"].after(at)
        if close < newline:
            return close + 1
        return newline if _at_end(text, newline) else -1
    if char == "“":
        close = marks["”"].after(at)
        if close < newline:
            return close + 1
        return _bounded_run_to_end(text, at + 1, _RUN_ON)
    if char == "«":
        return _bounded_run_to_end(text, at + 1, _RUN_ON)
    gap = at + 1  # a colon: up to six spaces, tabs or '>' (taken greedily, never given back)
    while gap < len(text) and gap - at - 1 < 6 and text[gap] in _COLON_GAP:
        gap += 1
    if gap < len(text) and text[gap] in _COLON_OPENERS:
        return _bounded_run_to_end(text, gap + 1, _COLON_BODY)
    return -1


def blank_quoted(sentence: str) -> str:
    """``sentence`` with each quotation of :data:`QUOTED_PATTERN` replaced by one space."""
    if not _QUOTE_STARTS.search(sentence):
        return sentence
    marks = {char: _NextMark(sentence, char) for char in '"”`\n'}
    pieces, kept_from, search_from = [], 0, 0
    while (found := _QUOTE_STARTS.search(sentence, search_from)) is not None:
        at = found.start()
        end = _quote_end(sentence, at, marks)
        if end < 0:
            search_from = at + 1
            continue
        pieces.append(sentence[kept_from:at])
        pieces.append(" ")
        kept_from = search_from = end
    pieces.append(sentence[kept_from:])
    return "".join(pieces)
