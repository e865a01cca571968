"""Sentences: the one splitter and the one abbreviation list the whole project uses."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from scrapelint.model.document import Document, Span

_ABBREVIATION_FILE = Path(__file__).with_name("abbreviations.toml")


def _read_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """The list's two parts: abbreviations that never end a sentence, and those that may."""
    with _ABBREVIATION_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(data["never_end"]), frozenset(data["may_end"])


#: Abbreviations after which a full stop does not end a sentence (lower case, inner dots kept).
ABBREVIATIONS, _MAY_END = _read_abbreviations()
#: Every known abbreviation, dots removed: for rules asking "is this dotted word a known
#: abbreviation?" rather than "does a sentence end here?".
KNOWN_ABBREVIATIONS = frozenset(a.replace(".", "") for a in ABBREVIATIONS | _MAY_END)


def is_known_abbreviation(token: str) -> bool:
    """``token`` (the word before a full stop) is a known abbreviation or an initial."""
    bare = token.replace(".", "").lower()
    return bare in KNOWN_ABBREVIATIONS or (len(bare) == 1 and bare.isalpha())


#: Starts only where a run of end marks starts and never gives back what it took (the same
#: matches as ``[.!?…]+[\"'”’)\]]*(?=\s|$)``): a long run of dots is scanned once, not once per dot.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s|$)")
#: The same, tried once where a search starts inside a run of end marks.
_SENTENCE_END_HERE = re.compile(r"[.!?…]++[\"'”’)\]]*+(?=\s|$)")


#: Blocks that hold no sentences.
_NO_SENTENCES = frozenset({"blank", "code", "front_matter", "table_delimiter"})


def sentences(doc: Document) -> list[Span]:
    """Sentences, never crossing a paragraph, heading, list item or table row."""
    prose = doc.prose
    result: list[Span] = []
    append = result.append
    # Where a sentence can end, found by one scan: a unit without such a mark is one sentence.
    marks = [m.start() for m in _END_MARK.finditer(prose)]
    count = len(marks)
    k = 0
    for start, end in _unit_bounds(doc):  # in text order, as the marks are
        while k < count and marks[k] < start:
            k += 1
        if k < count and marks[k] < end:
            _split(prose, start, end, result)
            continue
        text = prose[start:end]
        stripped = text.strip()
        if stripped:
            begin = start + len(text) - len(text.lstrip())
            append(Span(begin, begin + len(stripped), stripped))
    return result


def _unit_bounds(doc: Document) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for block in doc.blocks:
        kind = block.kind
        if kind in _NO_SENTENCES:
            continue
        if kind == "table_row":
            bounds.extend(block.cells)
            continue
        bounds.append((block.content_start, block.end))
    return bounds


def sentence_units(doc: Document) -> list[Span]:
    """Stretches of text that a sentence cannot cross."""
    return [doc.span(start, end) for start, end in _unit_bounds(doc)]


def split_sentences(doc: Document, start: int, end: int) -> list[Span]:
    result: list[Span] = []
    _split(doc.prose, start, end, result)
    return result


def _split(prose: str, start: int, end: int, result: list[Span]) -> None:
    """Append the sentences of ``prose[start:end]`` to ``result``."""
    text = prose[start:end]
    cursor = 0
    for stop in sentence_ends(text):
        piece = text[cursor:stop]
        if piece.strip():
            begin = start + cursor + len(piece) - len(piece.lstrip())
            result.append(Span(begin, start + stop, prose[begin : start + stop]))
        cursor = stop
    text = text[cursor:]
    stripped = text.strip()
    if stripped:
        begin = start + cursor + len(text) - len(text.lstrip())
        result.append(Span(begin, begin + len(stripped), stripped))


#: A character that can end a sentence: a stretch without one is one sentence.
_END_MARK = re.compile("[.!?…]")


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Offsets just after each sentence end in ``text[start:end]``.

    "Dr. Smith", "J. Smith", "U.S." and "a.m. today" are not ends. Rules that need the
    sentences around one match (not the whole document's) use this directly.
    """
    stop_at = len(text) if end is None else end
    matches: Iterator[re.Match[str]] = _SENTENCE_END.finditer(text, start, stop_at)
    if 0 < start < stop_at and text[start - 1] in ".!?…":  # the lookbehind sees before ``start``
        first = _SENTENCE_END_HERE.match(text, start, stop_at)
        if first is not None:
            matches = itertools.chain([first], _SENTENCE_END.finditer(text, first.end(), stop_at))
    for match in matches:
        stop = match.end()
        if match.group()[0] == "." and _is_abbreviation(text, match.start()):
            continue
        following = _NEXT_CHAR.match(text, stop, stop_at)
        lower_next = following is not None and following.group(1).islower()
        if lower_next and match.group()[0] == "." and _is_abbreviation(text, match.start(), loose=True):
            continue  # "a.m. today": a dotted abbreviation, not a boundary
        yield stop


_NEXT_CHAR = re.compile(r"\s*(\S)")


#: Not part of a token: where the token before a full stop begins, read backwards.
_NOT_TOKEN = re.compile(r"[^\w.]")


def _is_abbreviation(text: str, dot: int, *, loose: bool = False) -> bool:
    # the word before the dot is read whole, even when it starts before the searched stretch: at
    # most 40 characters, back to the last one that is not a word character or a dot (a line
    # break right before the dot is skipped: the word before it counts, as ``[\w.]{1,40}$`` finds)
    end = dot - 1 if text[dot - 1 : dot] == "\n" else dot
    window = text[max(0, end - 40) : end]
    edge = _NOT_TOKEN.search(window[::-1])
    if edge is not None:
        if edge.start() == 0:
            return False
        window = window[len(window) - edge.start() :]
    if not window:
        return False
    token = window.lower().strip(".")
    if token in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Smith"
    return loose and "." in token
