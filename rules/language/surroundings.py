"""Where a passage in another language stands, and whether that makes it part of the article.

An article carries another language on purpose in a few shapes, each visible in the text
around the passage rather than in its words:

- **verse**: a poem, hymn or song, written as short lines of running text: most lines hold a
  function word of their language and run on into the next (a comma or full stop ends them,
  or the next goes on in lower case), which a menu's or a footer's labels do not;
- **a translation next to it**: the stretch of document-language text right before or after
  the passage, of about the same length, that carries the same names and numbers, or the same
  number of verse lines;
- **an introduced run**: the passage and the other-language lines before it follow a sentence
  of the document's language that ends with a colon ("Here is my favourite part:"), the way a
  single quoted paragraph does;
- **an attributed quotation**: the line right after the passage names its author behind a dash
  ("— Name (@handle) August 17, 2016"), as embedded posts and epigraphs do.

Page residue (a cookie notice, a menu, comments in the site's home language, a translated
duplicate of the whole article) has none of these shapes; and a stretch in another language
that is a large part of the page is no quotation, whatever surrounds it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from scrapelint.model.document import WORD, Document, Span
from scrapelint.text.stopwords import function_word_share

#: Verse: at least this many lines, this short on average ...
VERSE_MIN_LINES = 3
VERSE_LINE_CHARS = 55
#: ... most of them holding a function word of the passage's language and running on.
VERSE_WORDED_LINES = 0.6
#: A translation is between half and twice as long as what it translates ...
TRANSLATION_RATIO = 2.0
#: The text next to a run is read until it holds this share of the run's letters.
TRANSLATION_FILL = 0.8
#: ... and shares at least this many names and numbers with it (or its verse lines).
SHARED_ANCHORS = 2
#: Other-language text making up this share of the page's letters is no quotation.
MAX_PAGE_SHARE = 0.4
#: Words of a line that introduces a quotation ("… as Warren put it in a 2018 interview:").
MIN_INTRODUCING_WORDS = 4

#: Marks that end a line of verse whose sentence goes on or ends there.
_LINE_RUNS_ON = ",.;:!?…—–-"
#: A line that attributes the quotation above it: a typographic dash and a short name.
_ATTRIBUTION_LINE = re.compile(r"^[—–]\s*+\S[^\n]{0,70}$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"[^\W\d_]{3,}(?:[-'’][^\W\d_]+)*")
#: Before a word, the marks that make it open a sentence (so its capital says nothing).
_SENTENCE_END = re.compile(r"[.!?:;\"“”„«»(\[]\s*$")


@dataclass(frozen=True, slots=True)
class Unit:
    """One passage of the document as LG003 walks it, with what the shapes need to know."""

    span: Span
    letters: int
    short: bool  # too few letters to judge its language
    own: bool  # built on the document language's function words


class Surroundings:
    """The passages of one document, classified once, for the shape tests around any of them."""

    def __init__(
        self,
        doc: Document,
        passages: list[Span],
        letters: re.Pattern[str],
        own_words: frozenset[str] | None,
        min_letters: int,
        own_share: float,
    ) -> None:
        self.doc = doc
        self.units = []
        for span in passages:
            count = sum(map(len, letters.findall(span.text[:4000])))
            words = [m.group() for m in WORD.finditer(span.text[:4000])]
            own = own_words is not None and function_word_share(words, own_words) >= own_share
            self.units.append(Unit(span, count, count < min_letters, own))
        self.index = {unit.span.start: i for i, unit in enumerate(self.units)}

    @cached_property
    def page_letters(self) -> int:
        return max(1, sum(unit.letters for unit in self.units))

    def content_shape(self, passage: Span, words: frozenset[str] | None) -> str | None:
        """The shape that makes ``passage`` (in a language whose function words are ``words``,
        when known) part of the article, or ``None`` when it has none of them."""
        i = self.index.get(passage.start)
        if i is None:
            return None
        first, last = self._run(i)
        foreign = [u for u in self.units[first : last + 1] if not u.own and not u.short]
        if sum(u.letters for u in foreign) >= MAX_PAGE_SHARE * self.page_letters:
            return None
        if words is not None and is_verse(passage.text, words):
            return "verse"
        if self._introduced(first):
            return "introduced"
        if self._attributed(passage):
            return "attributed"
        if self._translated(first, last, foreign):
            return "translation"
        return None

    def _run(self, i: int) -> tuple[int, int]:
        """The stretch around unit ``i`` of passages not in the document's language."""
        first = last = i
        while first > 0 and not self.units[first - 1].own:
            first -= 1
        while last + 1 < len(self.units) and not self.units[last + 1].own:
            last += 1
        return first, last

    def _introduced(self, first: int) -> bool:
        """Whether the line before the run is a document-language sentence ending with a colon."""
        if first == 0:
            return False
        before = self.units[first - 1].span.text.rstrip().rsplit("\n", 1)[-1].strip()
        return before.endswith(":") and len(WORD.findall(before)) >= MIN_INTRODUCING_WORDS

    def _attributed(self, passage: Span) -> bool:
        """Whether the next non-blank line after ``passage`` attributes it."""
        number = self.doc.position(passage.end)[0]
        for line in self.doc.lines[number:]:
            if not line.is_blank:
                return bool(_ATTRIBUTION_LINE.match(line.stripped))
        return False

    def _translated(self, first: int, last: int, foreign: list[Unit]) -> bool:
        """Whether the document-language text right before or after the run translates it."""
        if not foreign:
            return False
        anchors = set().union(*(anchors_of(u.span.text) for u in foreign))
        lines = sum(_line_count(u.span.text) for u in foreign)
        letters = sum(u.letters for u in foreign)
        for side in (
            self._own_side(range(first - 1, -1, -1), letters),
            self._own_side(range(last + 1, len(self.units)), letters),
        ):
            side_letters = sum(u.letters for u in side)
            if not side or not letters / TRANSLATION_RATIO <= side_letters <= letters * TRANSLATION_RATIO:
                continue
            shared = anchors & set().union(*(anchors_of(u.span.text) for u in side))
            side_lines = sum(_line_count(u.span.text) for u in side)
            if len(shared) >= SHARED_ANCHORS or (lines >= VERSE_MIN_LINES and lines <= side_lines <= lines + 1):
                return True
        return False

    def _own_side(self, order: range, letters: int) -> list[Unit]:
        """The document-language passages next to a run, nearest first, until they hold about as
        many letters as the run (a title line over a translation comes with it)."""
        found: list[Unit] = []
        total = 0
        for j in order:
            unit = self.units[j]
            if not unit.own or total >= letters * TRANSLATION_FILL:
                break
            found.append(unit)
            total += unit.letters
        return found


def is_verse(text: str, words: frozenset[str]) -> bool:
    """Short lines of running text: a poem, hymn or song, not a menu of labels."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < VERSE_MIN_LINES or sum(map(len, lines)) / len(lines) > VERSE_LINE_CHARS:
        return False
    worded = sum(1 for line in lines if any(w.lower() in words for w in WORD.findall(line)))
    running = sum(1 for line, after in pairwise(lines) if line[-1] in _LINE_RUNS_ON or after[0].islower())
    return worded >= VERSE_WORDED_LINES * len(lines) and running >= VERSE_WORDED_LINES * (len(lines) - 1)


def anchors_of(text: str) -> set[str]:
    """Names and numbers of ``text``, folded (case and accents): what a translation keeps.

    A name is a capitalised word of letters that opens no line or sentence; a number is digits
    alone. Words mixing both (paths, ids, version strings) are page machinery, not content.
    """
    found: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        for match in WORD.finditer(line):
            word = match.group()
            if _NUMBER.fullmatch(word) and len(word) >= 2:
                found.add(word)
            elif _NAME.fullmatch(word) and word[0].isupper() and not _opens_sentence(line, match.start()):
                found.add(_fold(word))
    return found


def _opens_sentence(line: str, start: int) -> bool:
    return start == 0 or bool(_SENTENCE_END.search(line[:start]))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _line_count(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())
