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


def sentences(doc: Document) -> list[Span]:
    """Sentences, never crossing a paragraph, heading, list item or table row."""
    result: list[Span] = []
    for unit in sentence_units(doc):
        result.extend(split_sentences(doc, unit.start, unit.end))
    return result


def sentence_units(doc: Document) -> list[Span]:
    """Stretches of text that a sentence cannot cross."""
    units: list[Span] = []
    for block in doc.blocks:
        if block.kind in ("blank", "code", "front_matter", "table_delimiter"):
            continue
        if block.kind == "table_row":
            units.extend(doc.span(s, e) for s, e in block.cells)
            continue
        units.append(doc.span(block.content_start, block.end))
    return units


def split_sentences(doc: Document, start: int, end: int) -> list[Span]:
    text = doc.prose[start:end]
    result = []
    cursor = 0
    for stop in sentence_ends(text):
        piece = text[cursor:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            result.append(doc.span(start + cursor + lead, start + stop))
        cursor = stop
    piece = text[cursor:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        result.append(doc.span(start + cursor + lead, start + len(text) - trail))
    return result


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


_TOKEN_BEFORE = re.compile(r"([\w.]{1,40})$")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _is_abbreviation(text: str, dot: int, *, loose: bool = False) -> bool:
    # the word before the dot is read whole, even when it starts before the searched stretch
    match = _TOKEN_BEFORE.search(text, max(0, dot - 41), dot)
    if not match:
        return False
    token = match.group(1).lower().strip(".")
    if token in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Smith"
    return loose and "." in token
