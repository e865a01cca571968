"""The sentence, paragraph and document around one match: built only once a phrase matched."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.rules.assistant import doctype
from scrapelint.text.sentences import sentence_ends

if TYPE_CHECKING:
    from scrapelint.model.document import Document, Span

#: How far a sentence is looked for around a match (sentences are found locally, never for the whole text).
_SENTENCE_REACH = 500


#: A full-width end mark (Chinese, Japanese): it ends a sentence with no space after it, which the
#: project's splitter (made for spaced scripts) waits for.
_WIDE_END = re.compile(r"[。！？]++[」』”’）)]*+")


def _boundaries(prose: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets just after each sentence end in ``prose[lo:hi]``: the project's one splitter, plus full-width marks."""
    spaced = sentence_ends(prose, lo, hi)
    window = prose[lo:hi]
    if "。" not in window and "！" not in window and "？" not in window:
        return spaced
    wide = (match.end() for match in _WIDE_END.finditer(prose, lo, hi))
    return iter(sorted(set(spaced) | set(wide)))


class MatchContext:
    """What the rules need to judge one match; built only once a phrase matched."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.prose = doc.prose
        self.paragraphs: list[Span] = doc.paragraphs
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.kind = doctype.kind(doc)

    @property
    def is_transcript(self) -> bool:
        return self.kind.transcript

    @property
    def is_letter(self) -> bool:
        """Whether the document is a letter or a reply to someone (a salutation, a quoted message, a sign-off)."""
        return self.kind.letter

    @property
    def is_template(self) -> bool:
        """Whether the document is a template on purpose (see :mod:`scrapelint.rules.assistant.doctype`)."""
        return self.kind.template

    def paragraph(self, offset: int) -> Span | None:
        index = bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (never crossing a line) that holds ``prose[start:end]``."""
        prose = self.prose
        line = self.doc.line_at(start)
        lo = max(line.start, start - _SENTENCE_REACH)
        sentence_start = lo
        for boundary in _boundaries(prose, lo, start):
            sentence_start = boundary
        while sentence_start < start and prose[sentence_start] in " \t":
            sentence_start += 1
        line_end = self.doc.line_at(max(start, end - 1)).end
        hi = min(line_end, end + _SENTENCE_REACH)
        sentence_end = next(_boundaries(prose, max(start, end - 1), hi), hi)
        while sentence_end > end and prose[sentence_end - 1] in " \t\r":
            sentence_end -= 1
        return sentence_start, max(end, sentence_end)

    def following(self, end: int) -> tuple[int, int] | None:
        """The next sentence in the same paragraph."""
        prose = self.prose
        gap = re.match(r"[ \t]*\r?\n?[ \t]*", prose[end : end + 40])
        start = end + (gap.end() if gap else 0)
        if start >= len(prose) or prose[start] in "\r\n":
            return None
        return self.sentence(start, start + 1)

    def preceding(self, start: int) -> tuple[int, int] | None:
        """The previous sentence in the same paragraph."""
        prose = self.prose
        before = prose[max(0, start - 200) : start]
        stripped = before.rstrip()
        if not stripped or "\n\n" in before[len(stripped) :] or "\n\n" in before[len(stripped) - 1 :]:
            return None
        last_char = max(0, start - 200) + len(stripped) - 1
        return self.sentence(last_char, last_char + 1)
