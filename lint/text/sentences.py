"""Sentences: the one splitter and the one abbreviation list the whole project uses."""

from __future__ import annotations

import re

from scrapelint.model.document import Document, Span

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "plc",
        "llc",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "blvd",
        "rd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "ca",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "d.c",
        "u.s.a",
        "ph.d",
    ]
)
#: Starts only where a run of end marks starts and never gives back what it took (the same
#: matches as ``[.!?…]+[\"'”’)\]]*(?=\s|$)``): a long run of dots is scanned once, not once per dot.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s|$)")


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
    for match in _SENTENCE_END.finditer(text):
        stop = match.end()
        if match.group()[0] == "." and _is_abbreviation(text, match.start()):
            continue
        following = _NEXT_CHAR.match(text, stop)
        lower_next = following is not None and following.group(1).islower()
        if lower_next and match.group()[0] == "." and _is_abbreviation(text, match.start(), loose=True):
            continue  # "a.m. today": a dotted abbreviation, not a boundary
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


_TOKEN_BEFORE = re.compile(r"([\w.]{1,40})$")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _is_abbreviation(text: str, dot: int, *, loose: bool = False) -> bool:
    match = _TOKEN_BEFORE.search(text, max(0, dot - 41), dot)
    if not match:
        return False
    token = match.group(1).lower().strip(".")
    if token in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Smith"
    return loose and "." in token
