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
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    import datetime


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


WORD = re.compile(r"\w++(?:['’\-.]\w++)*+", re.UNICODE)  # possessive: the same words, no backtracking to record


class TextAnalysis(Protocol):
    """What the text layer computes for a document; ``scrapelint.text`` installs one.

    The model declares the shape and the text layer fills it, so documents stay plain data
    that every layer can import without pulling in Markdown, language or date parsing.
    """

    def prose(self, doc: Document) -> str: ...
    def blocks(self, doc: Document) -> list[Any]: ...
    def sentences(self, doc: Document) -> list[Span]: ...
    def language(self, doc: Document) -> tuple[str, float | None] | None: ...
    def publication_date(self, doc: Document) -> datetime.date | None: ...


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

    #: The text layer's analysis, installed when ``scrapelint.text`` is imported.
    analysis: ClassVar[TextAnalysis]

    @cached_property
    def prose(self) -> str:
        """``text`` with code, front matter and suppression comments blanked."""
        return self.analysis.prose(self)

    @cached_property
    def newline(self) -> str:
        """The document's line ending (that of its first line break), for fixes that insert one."""
        first = self.text.find("\n")
        return "\r\n" if first > 0 and self.text[first - 1] == "\r" else "\n"

    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts_of(self.text)

    @cached_property
    def lines(self) -> list[Line]:
        return lines_of(self.prose, self.line_starts)

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
    def blocks(self) -> list[Any]:
        """Markdown-style blocks (``scrapelint.text.markdown.Block``): headings, list items,
        table rows, code, quotes, text."""
        return self.analysis.blocks(self)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, never crossing a paragraph, heading, list item or table row."""
        return self.analysis.sentences(self)

    @cached_property
    def words(self) -> list[Span]:
        return [Span(m.start(), m.end(), m.group()) for m in WORD.finditer(self.prose)]

    @cached_property
    def word_texts(self) -> list[str]:
        """The text of every word of :attr:`words`, without a span object per word."""
        return WORD.findall(self.prose)

    @cached_property
    def word_count(self) -> int:
        """The number of words, without building a span per word."""
        if "words" in self.__dict__:
            return len(self.words)
        return len(self.word_texts)

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
        result = self.analysis.language(self)
        if result is not None:
            self.meta["language"], self.meta["language_probability"] = result
        return result

    @property
    def publication_date(self) -> datetime.date | None:
        """The date date-relative rules judge against, or ``None``."""
        return self.analysis.publication_date(self)

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


SNIPPET_CHARS = 200


def snippet(doc: Document, start: int, end: int) -> str:
    """The flagged text, or its line for an empty span, cut to a readable length."""
    if end > start:
        text = doc.text[start:end]
    else:
        line = doc.line_at(start)
        text = doc.text[line.start : line.end]
    if len(text) > SNIPPET_CHARS:
        text = text[: SNIPPET_CHARS - 1] + "…"
    return text


def line_starts_of(text: str) -> list[int]:
    """The offset where each line of ``text`` starts."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def lines_of(text: str, starts: list[int] | None = None) -> list[Line]:
    """The lines of ``text`` without their line ending; ``starts`` when already known."""
    starts = line_starts_of(text) if starts is None else starts
    total = len(text)
    result = []
    for number, start in enumerate(starts, 1):
        end = starts[number] - 1 if number < len(starts) else total
        if end > start and text[end - 1] == "\r":
            end -= 1
        result.append(Line(number, start, end, text[start:end]))
    return result
