"""One line on its own: the fields its stripped text decides, and the profile that tunes them.

Every later step judges lines by these fields (words, case, sentence ending, phrase kind,
shape), never by re-reading the text, so they are computed once per distinct line here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from scrapelint.rules.boilerplate.dates import DATELIKE, dated_byline
from scrapelint.rules.boilerplate.phrases import MAX_PHRASE_CHARS, PhraseTable, normalise
from scrapelint.rules.boilerplate.toolbars import ROW_CHARS, label_with_object, toolbar_kind
from scrapelint.rules.boilerplate.words import TOKEN, stems
from scrapelint.text.lazy import lazy

PROSE, SENTENCE, SHORT, PHRASE = "prose", "sentence", "short", "phrase"
#: The classes of a paragraph's text: a paragraph, or a sentence standing alone.
PARAGRAPH = frozenset({PROSE, SENTENCE})

#: Kinds whose phrases mark a line even when it reads as a full sentence
#: ("We use cookies to ..."); for the others a sentence that merely mentions
#: "copyright" or "share" is judged by its context alone.
PROSE_KINDS = frozenset({"consent", "comments"})

CJK = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # non-ASCII lines only
_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
_END_LAST = frozenset(".!?…。！？:;\"'”’»)]")
#: A line cut short with an ellipsis right after a word ("... the campaign to get Ukra…",
#: "'골목식당' 결국 대폭발한 백종..") is a teaser cut to fit a box, in any language.
_TRUNCATION_ENDS = (".", "…")
_TRUNCATED = re.compile(r"[^\W_](?:\.{2,}|…)$")
_INNER_SENTENCE = re.compile(r"[.!?。！？][\"'”’»)]*\s+\S|[,，、;]\s*\S")
_FACT = re.compile(r"\d|[^\s:]:\s+\S|\(\w")
_first_char = itemgetter(0)
#: First characters _BULLET can match (a bullet sign; digits are tested apart).
_BULLET_FIRST = frozenset("-*+•·▪►◦‣–")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪►◦‣–]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Profile:
    """Thresholds and phrases the line judge works with (hashable, to cache results)."""

    prose_words: int = 12
    sentence_words: int = 5
    heading_reach: int = 2
    headline_reach: int = 8
    secondary_zone_share: float = 0.35
    list_run: int = 3
    stray_lines: int = 2
    prose_discount: float = 5.0
    short_penalty: float = 2.0
    tail_gap: int = 3
    tail_echo: float = 0.1
    languages: tuple[str, ...] = ("en", "de", "fr", "es", "pl")
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(slots=True)
class LineInfo:
    index: int  # position in doc.lines
    start: int
    end: int
    words: int
    lower_ratio: float
    ends_sentence: bool
    kind: str | None
    heading_kind: str | None
    headline_like: bool
    datelike: bool
    cls: str
    colon: bool = False
    bulleted: bool = False
    text_key: str = ""
    fact: bool = False
    opens_comments: bool = False
    in_list: bool = False  # under a line that ends with a colon ("Tour dates:")
    tokens: Sequence[str] = ()  # the words whose stems match a headline with its body (see ``stems``)
    numeric: bool = False  # holds a figure ("63", "85%", "1a etapa: 10 de março")
    counted: bool = False  # ends with a count in brackets, as menu entries do ("Sport (12)")
    starts_lower: bool = False  # begins with a lower-case letter: a sentence carried over from the line above
    capitalised: bool = False  # begins like a title (a capital, a figure, a quote before a capital)
    bracketed: bool = False  # wrapped whole in round brackets, as an aside is ("(reprinted with permission)")
    columns: bool = False  # cells set apart by runs of spaces, as a table row rendered as text is
    question: bool = False  # ends with a question mark (before any closing quote or bracket)
    full_stop: bool = False  # ends with one full stop (no ellipsis, no "!" or "?"), as a statement does
    truncated: bool = False  # cut short with an ellipsis right after a word, as a teaser cut to fit its box
    toolbar: bool = False  # a row of interface labels ("Email | Print | Text size"): it heads nothing
    teaser: bool = False  # part of a stream of story cards (kicker, headline, source, blurb): see ``teaser_records``
    stem_cache: frozenset[str] | None = None

    @property
    def field(self) -> tuple[str, str] | None:
        """A "Label: value" line as its label and its value (either may be empty), else None."""
        label, colon, value = self.text_key.partition(": ")
        return (label, value) if colon else None

    @property
    def stems(self) -> frozenset[str]:
        """Content-word stems (computed on first use: most lines never need them)."""
        if self.stem_cache is None:
            self.stem_cache = stems(self.tokens)
        return self.stem_cache


_DIGIT09 = re.compile(r"[0-9]")


def line_fields(text: str, table: PhraseTable, profile: Profile) -> tuple:
    """The fields of a ``LineInfo`` after ``end`` that the line's stripped text decides."""
    raw = _HEADING_MARK.sub("", text) if text[:1] == "#" else text
    first = raw[:1]
    body = _BULLET.sub("", raw) if first in _BULLET_FIRST or first.isdigit() else raw
    size = len(body)
    head = body[:2000] if size > 2000 else body
    tokens = TOKEN.findall(head)
    lower = sum(map(str.islower, map(_first_char, tokens)))
    cjk = 0
    ascii_only = head.isascii()
    if not ascii_only and CJK.search(head):  # no CJK letter: nothing to count
        cjk = len(CJK.findall(head))
        lower += sum(1 for t in tokens if not t[0].islower() and CJK.match(t))
    words = len(tokens) + (cjk // 2 if cjk > 3 else 0)
    if size > 2000:
        words = max(words, size // 6)
    lower_ratio = lower / len(tokens) if tokens else (1.0 if cjk else 0.0)
    truncated = body.endswith(_TRUNCATION_ENDS) and bool(_TRUNCATED.search(body[-4:]))
    # _SENTENCE_END can only match a line that ends with one of its characters
    ends_sentence = not truncated and body[-1:] in _END_LAST and bool(_SENTENCE_END.search(body[-8:]))
    kind = heading_kind = None
    norm = None
    toolbar = False
    if size <= MAX_PHRASE_CHARS:
        norm = normalise(body)
        if words <= 25:  # a longer line is never a phrase line, whatever kind its words suggest
            heading_kind = kind = table.heading_kind(norm)
            if kind is None:
                kind = table.kind(norm, body)
                if kind == "navigation" and words >= 6 and body.endswith(".") and ends_sentence:
                    # menus and breadcrumbs never close a six-word line with a full stop: a
                    # sentence that opens with a quoted title (« Geronimo » est la chanson ...)
                    kind = None
                elif kind == "byline" and words >= 4 and body.endswith(":"):
                    # a byline names its people and dates and stops; a line of four words or more
                    # that ends with a colon announces what follows ("By the end of Tuesday we had:")
                    kind = None
                elif kind == "byline" and words >= 4 and body.endswith(("!", "?")):
                    # nor does it exclaim or ask: "By now you've noticed the site's new look!"
                    # opens a sentence with "by"
                    kind = None
            if kind is None and size <= ROW_CHARS:
                # no phrase is the whole line, but each of its items may be one: a toolbar
                kind = toolbar_kind(body, table)
                toolbar = kind is not None
                if kind is None:
                    kind = label_with_object(body, table)
    # str.isdigit is [0-9] on ASCII text
    numeric = bool(_DIGIT09.search(body, 0, 300)) if ascii_only else any(map(str.isdigit, body[:300]))
    # every date or time pattern holds a digit (\d is narrower than str.isdigit)
    datelike = words <= 12 and numeric and bool(DATELIKE.search(body[:200]))
    if kind is None and datelike and not ends_sentence and dated_byline(body):
        # a date or time beside "by" and a capitalised name is a byline, in whatever order the
        # site sets them ("October 11, 2023 by Jane Doe", "By JANE DOE - 3 days ago",
        # "BY USER AT 01/09/08 02:32 PM"): the phrase table's "By Jane Doe" wants the name alone
        kind = "byline"
    capitalised = _capitalised(body)
    headline_like = 3 <= words <= 30 and capitalised and not datelike and not body.endswith((".", ":", ";"))
    prose = not truncated and _is_prose(words, ends_sentence, body, lower_ratio, profile.prose_words)
    if kind is not None and words <= 25 and (not prose or kind in PROSE_KINDS):
        cls = PHRASE
    elif words > 25 and body.startswith(_COPYRIGHT_SIGNS):
        # a long line that opens with the copyright sign is the site's legal footer (owner,
        # rights, trade marks, address), however many sentences it runs to
        kind, cls = "footer", PHRASE
    elif prose:
        cls = PROSE
    elif words >= profile.sentence_words and ends_sentence and lower_ratio >= 0.2:
        cls = SENTENCE
    else:
        cls = SHORT
    if cls != PHRASE:
        kind = heading_kind = None
    opens_comments = kind == "comments" and words <= 4 and table.opens_section(norm)  # type: ignore[arg-type]
    return (
        words,
        lower_ratio,
        ends_sentence,
        kind,
        heading_kind,
        headline_like,
        datelike,
        cls,
        body.endswith(":"),  # colon
        body != raw,  # bulleted
        norm if norm is not None and size <= 300 else normalise(body[:300]),  # text_key
        words >= 2 and (numeric or ":" in body or "(" in body) and bool(_FACT.search(body[:300])),  # fact
        opens_comments,
        False,  # in_list: decided in context
        tokens if words <= 80 or prose else (),
        numeric,
        body.endswith(")") and bool(_COUNTED.search(body[-12:])),  # counted
        body[:1].islower(),  # starts_lower
        capitalised,
        body.startswith("(") and body.rstrip("\"'”’»").endswith(")"),  # bracketed
        "   " in body,  # columns
        body.rstrip("\"'”’»)]").endswith(("?", "？")),  # question
        _FULL_STOP.search(body[-6:]) is not None,  # full_stop
        truncated,
        toolbar and cls == PHRASE,  # toolbar
    )


def _capitalised(body: str) -> bool:
    """Starts like a title: a capital, a figure ("2020 Audi ..."), or a quote before a capital."""
    first = body.lstrip("'\"‘“«„¿¡([")[:1]
    return first.isupper() or first.isdigit()


def _is_prose(words: int, ends_sentence: bool, body: str, lower_ratio: float, prose_words: int) -> bool:
    """Long enough, mostly lower-case words, and sentence punctuation (or very long): a line
    that does not end a sentence needs a sentence break or a comma inside it
    (``_INNER_SENTENCE``, looked for only in a line long enough for it to count)."""
    if lower_ratio < 0.2:
        return False
    if ends_sentence:
        return words >= prose_words
    if words >= 2.5 * prose_words and lower_ratio >= 0.25:
        return True
    return words >= 1.6 * prose_words and bool(_INNER_SENTENCE.search(body[:400]))


_COPYRIGHT_SIGNS = ("©", "(c) ", "(C) ", "Copyright ©", "Copyright (c)", "Copyright (C)", "COPYRIGHT ©")
_COUNTED = re.compile(r"\(\d+\)\s*$")
#: One full stop at the end, before any closing quote or bracket, after a letter, a figure or a
#: closing quote: not an ellipsis ("On the side ...") nor an abbreviation's dots alone.
_FULL_STOP = re.compile(r"[^\W_\"'”’)][\"'”’»)\]]*\.[\"'”’»)\]]*$")


def flagged_runs(flagged: Sequence[bool]) -> list[tuple[int, int]]:
    """The runs of consecutive flagged lines, as (first, last) index pairs, in order."""
    runs: list[tuple[int, int]] = []
    k, count = 0, len(flagged)
    while k < count:
        if not flagged[k]:
            k += 1
            continue
        end = k
        while end + 1 < count and flagged[end + 1]:
            end += 1
        runs.append((k, end))
        k = end + 1
    return runs
