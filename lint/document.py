"""Documents: the text under test plus everything rules share, computed once, lazily.

Offsets are 0-based character (code point) offsets into ``text``. Rules read
``prose``, a copy of ``text`` of the same length in which code, front matter
and suppression comments are blanked with spaces, so that every offset a rule
finds in ``prose`` is valid in ``text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from lint import markdown


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the document: ``text == doc.text[start:end]`` (from ``prose``)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    """One line, without its line break. ``number`` is 1-based."""

    number: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


WORD = re.compile(r"\w+(?:['’\-.]\w+)*", re.UNICODE)

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
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
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


@dataclass
class Document:
    """One text to lint, with metadata and lazily computed structure."""

    text: str
    path: str = "-"
    id: str | None = None
    record: int | None = None
    format: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)
    #: Findings the reader produced itself (``SL`` problems with the input).
    problems: list = field(default_factory=list)
    #: Extra offsets to blank in ``prose`` (``(start, end)`` pairs), set by readers.
    masked: list[tuple[int, int]] = field(default_factory=list)

    # -- text views -------------------------------------------------------

    @cached_property
    def prose(self) -> str:
        """``text`` with code, front matter and suppression comments blanked."""
        spans = list(self.masked)
        spans.extend(markdown.code_spans(self.text, markdown=self.format == "markdown"))
        return markdown.blank_out(self.text, spans)

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    @cached_property
    def lines(self) -> list[Line]:
        prose = self.prose
        starts = self.line_starts
        total = len(prose)
        result = []
        for number, start in enumerate(starts, 1):
            end = starts[number] - 1 if number < len(starts) else total
            if end > start and prose[end - 1] == "\r":
                end -= 1
            result.append(Line(number, start, end, prose[start:end]))
        return result

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Runs of non-blank lines, separated by blank lines."""
        result: list[Span] = []
        first: Line | None = None
        last: Line | None = None
        for line in self.lines:
            if line.is_blank:
                if first is not None and last is not None:
                    result.append(self._span(first.start, last.end))
                first = last = None
            else:
                first = first or line
                last = line
        if first is not None and last is not None:
            result.append(self._span(first.start, last.end))
        return result

    @cached_property
    def blocks(self) -> list[markdown.Block]:
        """Markdown-style blocks: headings, list items, table rows, code, quotes, text."""
        return markdown.parse_blocks(self.text, self.lines, self.format == "markdown")

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, never crossing a paragraph, heading, list item or table row."""
        result: list[Span] = []
        for unit in self._sentence_units():
            result.extend(self._split_sentences(unit.start, unit.end))
        return result

    @cached_property
    def words(self) -> list[Span]:
        return [Span(m.start(), m.end(), m.group()) for m in WORD.finditer(self.prose)]

    @cached_property
    def word_count(self) -> int:
        """The number of words, without building a span per word."""
        if "words" in self.__dict__:
            return len(self.words)
        return len(WORD.findall(self.prose))

    # -- metadata ---------------------------------------------------------

    @property
    def title(self) -> str | None:
        return self.meta.get("title")

    @property
    def url(self) -> str | None:
        return self.meta.get("url")

    @cached_property
    def language(self) -> tuple[str, float | None] | None:
        """The detected language and langdetect's probability (``None`` when function words
        decided it), or ``None`` when undecidable."""
        from lint.language import detect_document_language

        result = detect_document_language(self)
        if result is not None:
            self.meta["language"], self.meta["language_probability"] = result
        return result

    @property
    def publication_date(self):
        """The date date-relative rules judge against (a ``datetime.date``), or ``None``."""
        from lint.dates import publication_date

        return publication_date(self)

    # -- positions --------------------------------------------------------

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_at(self, offset: int) -> Line:
        return self.lines[self.position(offset)[0] - 1]

    def span(self, start: int, end: int) -> Span:
        return self._span(start, end)

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.prose[start:end])

    # -- sentence splitting ----------------------------------------------

    def _sentence_units(self) -> list[Span]:
        """Stretches of text that a sentence cannot cross."""
        units: list[Span] = []
        for block in self.blocks:
            if block.kind in ("blank", "code", "front_matter", "table_delimiter"):
                continue
            if block.kind == "table_row":
                units.extend(self._span(s, e) for s, e in block.cells)
                continue
            units.append(self._span(block.content_start, block.end))
        return units

    def _split_sentences(self, start: int, end: int) -> list[Span]:
        text = self.prose[start:end]
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
                result.append(self._span(start + cursor + lead, start + stop))
            cursor = stop
        piece = text[cursor:]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            result.append(self._span(start + cursor + lead, start + len(text) - trail))
        return result


_TOKEN_BEFORE = re.compile(r"([\w.]{1,40})$")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _is_abbreviation(text: str, dot: int, *, loose: bool = False) -> bool:
    match = _TOKEN_BEFORE.search(text, max(0, dot - 41), dot)
    if not match:
        return False
    token = match.group(1).lower().strip(".")
    if token in _ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Smith"
    return loose and "." in token
