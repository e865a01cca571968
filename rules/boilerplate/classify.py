"""Judge every line of a page in context: article text or boilerplate, and what kind.

The approach follows paragraph classifiers such as jusText: each line first
gets a class from its own shape (long prose, medium sentence, short line,
known boilerplate phrase), then its neighbourhood decides. The article is the
stretch of lines with the most prose in it (a maximum-sum run, so short gaps
such as a photo caption are bridged while a long menu is not); short lines
inside it are headings or list items when they sit next to prose, and
everything outside it is page furniture, except the headline just above it.
Runs of boilerplate lines become segments of one kind each, so that a menu of
twenty items is one finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from scrapelint.rules.boilerplate.phrases import MAX_PHRASE_CHARS, KindMatcher, PhraseTable, matchers, normalise
from scrapelint.rules.boilerplate.structure import (
    bridge_lists,
    closing_list,
    cut_off_ledes,
    figure_column,
    listicle_items,
    lone_phrase_items,
    periodic,
    topic_phrases,
    topic_words,
    wrapped_paragraphs,
)
from scrapelint.text.lazy import lazy

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: Which kind wins when a line matches several phrase tables.
KIND_PRIORITY = ("consent", "comments", "footer", "tags", "share", "related", "byline", "ui", "navigation")

PROSE, SENTENCE, SHORT, PHRASE = "prose", "sentence", "short", "phrase"

#: Kinds whose phrases mark a line even when it reads as a full sentence
#: ("We use cookies to ..."); for the others a sentence that merely mentions
#: "copyright" or "share" is judged by its context alone.
PROSE_KINDS = frozenset({"consent", "comments"})

#: Headings whose block is the list of short lines under them ("Related", "Tags").
LIST_HEADINGS = frozenset({"related", "comments", "tags"})

_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # non-ASCII lines only
_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
_END_LAST = frozenset(".!?…。！？:;\"'”’»)]")
#: A line cut short with an ellipsis right after a word ("... the campaign to get Ukra…",
#: "'골목식당' 결국 대폭발한 백종..") is a teaser cut to fit a box, in any language.
_TRUNCATION_ENDS = (".", "…")
_TRUNCATED = re.compile(r"[^\W_](?:\.{2,}|…)$")
_DATED_BYLINE = re.compile(
    r"(?:^|[\s|,–—-])(?i:by|von|par|por|przez)\s+"
    r"(?!(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?)\b)[A-ZÀ-ÖØ-Þ]"
)
_TIME_WORDS = frozenset({"am", "pm", "a.m", "p.m", "at", "on", "um", "le", "el", "de", "the"})
_INNER_SENTENCE = re.compile(r"[.!?。！？][\"'”’»)]*\s+\S|[,，、;]\s*\S")
_FACT = re.compile(r"\d|[^\s:]:\s+\S|\(\w")
_first_char = itemgetter(0)
#: First characters _BULLET can match (a bullet sign; digits are tested apart).
_BULLET_FIRST = frozenset("-*+•·▪►◦‣–")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪►◦‣–]|\d{1,3}[.)])\s+")
_DATELIKE = re.compile(
    r"^[\W\d_]*(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{1,2}:\d{2})|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|"
    r"\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|"
    r"\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[hmd])\s+ago\b|"
    r"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE,
)


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
    stem_cache: frozenset[str] | None = None

    @property
    def stems(self) -> frozenset[str]:
        """Content-word stems (computed on first use: most lines never need them)."""
        if self.stem_cache is None:
            self.stem_cache = _stems(self.tokens)
        return self.stem_cache


@dataclass(frozen=True)
class Segment:
    """A run of boilerplate lines of one kind: ``doc.text[start:end]``."""

    kind: str
    start: int
    end: int
    first_line: int  # 1-based
    last_line: int
    lines: int
    sample: str


def analyse(doc: Document, profile: Profile) -> list[Segment]:
    """Boilerplate segments of ``doc``, computed once per document and profile."""
    cache = doc.__dict__.setdefault("_boilerplate_segments", {})
    if profile not in cache:
        cache[profile] = _analyse(doc, profile)
    return cache[profile]


def _analyse(doc: Document, profile: Profile) -> list[Segment]:
    table = phrase_table_for(profile)
    infos = _describe_page(doc, table, profile)
    if not infos:
        return []
    tables = set()
    if "|" in doc.text:  # pipe tables need a pipe: most pages skip the Markdown block parse
        tables = {b.line - 1 for b in doc.blocks if b.kind in ("table_row", "table_delimiter")}
    infos = _join_wrapped(infos)
    infos = _mark_lists(infos, tables)
    infos = _mark_data_runs(infos)
    infos = _comment_links(infos)
    flagged = _judge(infos, profile, doc.text)
    if _only_mentions(infos, flagged, profile):
        return []
    segments = _segments(doc, infos, flagged)
    if segments and _article_alone(doc, infos, flagged, profile):
        return []
    return segments


def _article_alone(doc: Document, infos: Sequence[LineInfo], flagged: Sequence[bool], profile: Profile) -> bool:
    """Is the page an article with nothing around it, its short runs the article's own?

    A scraped page in a language the phrase tables know nearly always holds some known piece
    of furniture: a menu word, a share or cookie line, a byline, a copyright (of the tuning
    pages, 4 in 433 hold none, with one boilerplate line among them). A page in such a language
    where not one line is a phrase line judged furniture is the article alone, and its runs of
    short lines are its lists, captions, author block and info boxes, not menus (a phrase line
    that the article's structure claims, such as a section heading, a discussion question or
    the keywords under an abstract, is no furniture). Where the tables do not know the language,
    their silence says nothing, and the page is judged as any other.
    """
    if any(info.cls == PHRASE and flag for info, flag in zip(infos, flagged, strict=True)):
        return False
    detected = doc.language
    return detected is not None and detected[0] in profile.languages


def _only_mentions(infos: Sequence[LineInfo], flagged: Sequence[bool], profile: Profile) -> bool:
    """Is every line judged furniture a sentence of the text that names furniture?

    A page whose only suspects are full sentences ("Many companies will amend their terms of
    service for agencies."), each alone between two kept paragraphs, holds no furniture: its
    subject is what the phrase names. A sentence of the text may open a section, under its
    heading ("What We Learned" over "Common gov-wide terms of service speed time to market."),
    so a heading between a paragraph and such a sentence is no suspect either. Menus, footers
    and share bars come as runs of short lines or at the text's edges, and a page that holds
    one keeps all its suspects.
    """
    found = False
    count = len(infos)
    for k, flag in enumerate(flagged):
        if not flag:
            continue
        info = infos[k]
        if k == 0 or k + 1 >= count or (flagged[k + 1] and not _heads_a_mention(infos, flagged, k, profile)):
            return False
        if flagged[k + 1]:
            continue  # a heading over a sentence in the flow: the sentence is judged next
        headed = flagged[k - 1] and _heads_a_mention(infos, flagged, k - 1, profile)
        if flagged[k - 1] and not headed:
            return False
        if not info.ends_sentence or info.words < (profile.sentence_words if headed else profile.prose_words):
            return False
        if (not headed and infos[k - 1].cls not in (PROSE, SENTENCE)) or infos[k + 1].cls not in (PROSE, SENTENCE):
            return False
        found = True
    return found


def _heads_a_mention(infos: Sequence[LineInfo], flagged: Sequence[bool], k: int, profile: Profile) -> bool:
    """A short plain heading right below a kept paragraph and right above a flagged sentence
    of at least ``sentence_words`` words."""
    info, below = infos[k], infos[k + 1]
    if info.cls != SHORT or info.ends_sentence or info.colon or not 1 <= info.words <= 8:
        return False
    if k == 0 or flagged[k - 1] or infos[k - 1].cls not in (PROSE, SENTENCE):
        return False
    return (
        below.words >= profile.sentence_words
        and below.ends_sentence
        and k + 2 < len(infos)
        and not flagged[k + 2]
        and infos[k + 2].cls in (PROSE, SENTENCE)
    )


def _comment_links(infos: list[LineInfo], reach: int = 3, paragraphs: int = 5) -> list[LineInfo]:
    """A comments line ("Write a comment") with a run of ``paragraphs`` paragraphs right under
    it (past a share bar at most) is a link in the toolbar above the article, not the start of
    the comments: reader comments come one by one, each with its name, date or reply button
    between them. It stays a comments line, but no longer ends the article."""
    from dataclasses import replace

    found = []
    count = len(infos)
    for k, info in enumerate(infos):
        if not info.opens_comments:
            continue
        j = k + 1
        while j < count and j <= k + reach and infos[j].cls == PHRASE and not infos[j].opens_comments:
            j += 1
        run = 0
        while j + run < count and infos[j + run].cls == PROSE:
            run += 1
        if run >= paragraphs:
            found.append(k)
    if not found:
        return infos
    marked = list(infos)
    for k in found:
        marked[k] = replace(infos[k], opens_comments=False)
    return marked


def _join_wrapped(infos: list[LineInfo]) -> list[LineInfo]:
    """Lines of a hard-wrapped paragraph are prose, whatever each looks like alone."""
    from dataclasses import replace

    pieces = wrapped_paragraphs(infos)
    if not pieces:
        return infos
    return [
        replace(info, cls=PROSE, kind=None, heading_kind=None) if k in pieces else info for k, info in enumerate(infos)
    ]


@lru_cache(maxsize=64)
def phrase_table_for(profile: Profile) -> PhraseTable:
    """The phrase table of a profile's languages and extra phrases, kinds in priority order."""
    return PhraseTable(_ordered(matchers(profile.languages, profile.extra)))


def warm_up(profile: Profile) -> None:
    """Load the phrase tables and compile the line judge's patterns ahead of the first page."""
    phrase_table_for(profile).warm()
    _CJK.search("")
    from scrapelint.rules.boilerplate.structure import _function_stems

    _function_stems()


def _ordered(found: Sequence[KindMatcher]) -> list[KindMatcher]:
    rank = {kind: i for i, kind in enumerate(KIND_PRIORITY)}
    return sorted(found, key=lambda m: rank.get(m.kind, len(rank)))


# -- one line on its own -------------------------------------------------


#: Lines recur (a site's menu and footer on each of its pages, a separator within one): what a
#: line's text alone says about it is kept per profile, for this many distinct lines of up to
#: ``MEMO_CHARS`` characters (about 0.9 kB each: 8,000 keep a worker's memo near 7 MB, and a
#: site's pages, which share the lines, are near each other in a corpus).
MEMO_LINES = 8_000
MEMO_CHARS = 300
_memo: dict[Profile, dict[str, tuple]] = {}


def _describe(doc: Document, index: int, line, table: PhraseTable, profile: Profile) -> LineInfo:
    """One line of ``doc`` on its own."""
    return LineInfo(index, line.start, line.end, *_line_fields(line.text.strip(), table, profile))


def _describe_page(doc: Document, table: PhraseTable, profile: Profile) -> list[LineInfo]:
    """Every non-blank line of ``doc`` on its own, from the memo where the line was seen before."""
    memo = _memo.get(profile)
    if memo is None:
        memo = _memo[profile] = {}
    get = memo.get
    infos = []
    append = infos.append
    for index, line in enumerate(doc.lines):
        text = line.text.strip()
        if not text:
            continue
        if len(text) > MEMO_CHARS:  # long lines (paragraphs) seldom recur
            fields = _line_fields(text, table, profile)
        else:
            fields = get(text)
            if fields is None:
                if len(memo) >= MEMO_LINES:
                    memo.clear()
                fields = memo[text] = _line_fields(text, table, profile)
        append(LineInfo(index, line.start, line.end, *fields))
    return infos


_DIGIT09 = re.compile(r"[0-9]")


def _line_fields(text: str, table: PhraseTable, profile: Profile) -> tuple:
    """The fields of a ``LineInfo`` after ``end`` that the line's stripped text decides."""
    raw = _HEADING_MARK.sub("", text) if text[:1] == "#" else text
    first = raw[:1]
    body = _BULLET.sub("", raw) if first in _BULLET_FIRST or first.isdigit() else raw
    size = len(body)
    head = body[:2000] if size > 2000 else body
    tokens = _TOKEN.findall(head)
    lower = sum(map(str.islower, map(_first_char, tokens)))
    cjk = 0
    ascii_only = head.isascii()
    if not ascii_only and _CJK.search(head):  # no CJK letter: nothing to count
        cjk = len(_CJK.findall(head))
        lower += sum(1 for t in tokens if not t[0].islower() and _CJK.match(t))
    words = len(tokens) + (cjk // 2 if cjk > 3 else 0)
    if size > 2000:
        words = max(words, size // 6)
    lower_ratio = lower / len(tokens) if tokens else (1.0 if cjk else 0.0)
    truncated = body.endswith(_TRUNCATION_ENDS) and bool(_TRUNCATED.search(body[-4:]))
    # _SENTENCE_END can only match a line that ends with one of its characters
    ends_sentence = not truncated and body[-1:] in _END_LAST and bool(_SENTENCE_END.search(body[-8:]))
    kind = heading_kind = None
    norm = None
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
    # str.isdigit is [0-9] on ASCII text
    numeric = bool(_DIGIT09.search(body, 0, 300)) if ascii_only else any(map(str.isdigit, body[:300]))
    # every date or time pattern holds a digit (\d is narrower than str.isdigit)
    datelike = words <= 12 and numeric and bool(_DATELIKE.search(body[:200]))
    if kind is None and datelike and not ends_sentence and _dated_byline(body):
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
    )


def _dated_byline(body: str) -> bool:
    """Does "by" and a name open the line, or follow a date and nothing else? ("By JANE DOE -
    3 days ago", "Monday November 18, 2019 7:45 am PST by Jane Doe"; not "Submissions are due
    by March 23", nor a title's "Founder interviewed by Wikinews Saturday, January 31, 2009")."""
    found = _DATED_BYLINE.search(body)
    if found is None:
        return False
    before = _TOKEN.findall(body[: found.start()])
    return not before or (
        any(any(c.isdigit() for c in word) for word in before)
        and all(not word[0].islower() or word.lower() in _TIME_WORDS for word in before)
    )


def _stems(tokens: Sequence[str]) -> frozenset[str]:
    """Crude language-neutral stems of the content words: long words cut to five
    letters ("plunge", "plunged"), and numbers; short function words drop out."""
    if not tokens:
        return frozenset()
    # case folding maps each character alone: folding the joined words folds each word
    words = "\n".join(tokens[:200]).casefold().split("\n")
    return frozenset(
        word[:5] for word in words if len(word) >= 4 or (not word.isalpha() and any(map(str.isdigit, word)))
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


# -- lines in context ----------------------------------------------------


def _mark_lists(infos: list[LineInfo], tables: set[int]) -> list[LineInfo]:
    """Mark table rows, and short lines under a sentence ending with a colon (a list it announces).

    An item of an open list that happens to end with a full stop ("Acme Moving, Inc.") between
    two short items is one more item, not the sentence that closes the list."""
    from dataclasses import replace

    marked = list(infos)
    open_list = False
    count = len(infos)
    for k, info in enumerate(infos):
        if (
            open_list
            and info.cls == SENTENCE
            and info.words <= 6
            and not info.colon
            and k > 0
            and marked[k - 1].in_list
            and k + 1 < count
            and infos[k + 1].cls == SHORT
        ):
            marked[k] = replace(info, in_list=True)
        elif info.cls in (PROSE, SENTENCE):
            open_list = info.ends_sentence and _ends_with_colon(info)
        elif info.cls == PHRASE:
            open_list = False
        elif open_list or info.index in tables:
            marked[k] = replace(info, in_list=True)
        elif info.cls == SHORT and info.words >= 2 and _ends_with_colon(info):
            # a label over another label ("Your Name:" over "Your Email:") is a form's field,
            # or a toolbar's ("Article from:" over "Font size: Decrease Increase"): no list
            open_list = k + 1 >= count or not _form_label(infos[k + 1])
    return marked


def _form_label(info: LineInfo) -> bool:
    """A form or toolbar label: a short line that ends with a colon, or a label and a one- or
    two-word value ("Font size: Decrease Increase", "Email article: Email")."""
    if info.cls != SHORT:
        return False
    if info.colon:
        return True
    label, colon, value = info.text_key.partition(": ")
    return bool(colon) and 1 <= len(label.split()) <= 3 and 1 <= len(value.split()) <= 2 and not info.numeric


def _mark_data_runs(infos: list[LineInfo], min_run: int = 4, share: float = 0.5) -> list[LineInfo]:
    """Mark runs of short lines that read as data: a table or schedule flattened to one cell
    a line ("Player", "63", "85%"), where at least half the lines hold figures or a
    column's values recur at the row's period ("Yes", "For-Profit"). Menus and teaser
    lists are words named once; timestamps are left out, they are bylines far more often."""
    from dataclasses import replace

    marked = list(infos)
    k, count = 0, len(infos)
    while k < count:
        if not _data_cell(infos[k]):
            k += 1
            continue
        end = k
        while end + 1 < count:
            if _data_cell(infos[end + 1]):
                end += 1
            elif end + 2 < count and _range_cell(infos[end + 1]) and _data_cell(infos[end + 2]):
                end += 2  # a range in a cell ("3.1-3.9") between cells does not end the table
            else:
                break
        run = infos[k : end + 1]
        figures = sum(1 for i in run if i.numeric and not i.datelike)
        teasers = sum(1 for i in run if i.headline_like and i.words >= 5 and not i.columns)
        beside_prose = (k > 0 and infos[k - 1].cls in (PROSE, SENTENCE)) or (
            end + 1 < count and infos[end + 1].cls in (PROSE, SENTENCE)
        )
        # a table whose rows keep their columns apart needs no paragraph beside it to read as one
        beside_prose = beside_prose or sum(1 for i in run if i.columns) * 2 > len(run)
        tabular = (
            figures >= share * len(run)
            or periodic([i.text_key for i in run])
            or figure_column([i.numeric and not i.datelike for i in run])
        )
        if len(run) >= min_run and beside_prose and tabular and teasers * 4 < len(run):
            for j in range(k, end + 1):
                marked[j] = replace(infos[j], in_list=True)
        k = end + 1
    return marked


def _data_cell(info: LineInfo) -> bool:
    return info.cls == SHORT and info.words > 0 and not info.datelike and not info.counted


def _range_cell(info: LineInfo) -> bool:
    """A cell that reads as a date only for its digits: a range or a score of figures alone
    ("3.1-3.9", "680-760"), no word. A teaser's timestamp ("3 hours ago", "May 5, 2024")
    has words."""
    return info.cls == SHORT and info.datelike and info.words <= 2 and not any(c.isalpha() for c in info.text_key)


_COPYRIGHT_SIGNS = ("©", "(c) ", "(C) ", "Copyright ©", "Copyright (c)", "Copyright (C)", "COPYRIGHT ©")
_COUNTED = re.compile(r"\(\d+\)\s*$")


def _ends_with_colon(info: LineInfo) -> bool:
    return info.colon


def _weight(info: LineInfo, profile: Profile) -> float:
    """How much a line pulls the article stretch towards itself (negative: pushes it away)."""
    if info.in_list:
        return 0.5
    if info.cls == PROSE:
        return min(info.words, 80) - profile.prose_discount
    if info.cls == SENTENCE:
        return 3.0
    if info.cls == PHRASE:
        return -12.0 if info.heading_kind else -6.0
    return -profile.short_penalty


def _list_weights(infos: Sequence[LineInfo], weights: list[float], longest: int = 40) -> list[float]:
    """A list that runs into page furniture (a phrase line, or the end of the page) does not pull
    the article stretch towards itself: the article's lists lead on to more of the article,
    while a form's options, a country picker or a link list end where the furniture starts.

    Nor does a list of more than ``longest`` short items that is no table: a text announces a
    list of a few dozen things at most, while a site's menu under a label ("OUR NETWORK:")
    runs to every section it has; such a list is neutral, as a table is."""
    k, count = 0, len(infos)
    while k < count:
        if not infos[k].in_list:
            k += 1
            continue
        end = k
        while end + 1 < count and infos[end + 1].in_list:
            end += 1
        too_long = end - k + 1 > longest and not any(infos[j].columns for j in range(k, end + 1))
        if too_long or not _leads_to_prose(infos, end + 1):
            for j in range(k, end + 1):
                weights[j] = 0.0
        k = end + 1
    return weights


def _leads_to_prose(infos: Sequence[LineInfo], k: int, reach: int = 3) -> bool:
    """Does a paragraph follow within ``reach`` lines from ``k``, before any phrase line?"""
    for j in range(k, min(len(infos), k + reach)):
        if infos[j].cls == PROSE:
            return True
        if infos[j].cls == PHRASE:
            return False
    return False


def _best_run(weights: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum run of ``weights[lo:hi]`` (Kadane): (sum, first, last)."""
    best = (0.0, -1, -1)
    total, first = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, first = 0.0, i
        total += weights[i]
        if total > best[0]:
            best = (total, first, i)
    return best


def _zones(infos: Sequence[LineInfo], profile: Profile) -> list[tuple[int, int]]:
    """The article stretch, plus any other stretch nearly as rich in prose."""
    weights = _list_weights(infos, [_weight(i, profile) for i in infos])
    main = _best_run(weights, 0, len(infos))
    if main[1] < 0:
        return []
    main = (main[0], main[1], _cut_at_comments(infos, main[1], main[2]))
    zones = [(main[1], main[2])]
    comments = next((k for k in range(main[2] + 1, len(infos)) if infos[k].opens_comments), len(infos))
    pending = [(0, main[1]), (main[2] + 1, len(infos))]
    while pending and len(zones) < 4:
        lo, hi = pending.pop()
        found = _best_run(weights, lo, hi)
        if found[1] < 0 or found[1] > comments:
            continue  # reader comments are prose too, but not the article
        if (
            found[0] >= profile.secondary_zone_share * main[0]
            and found[0] >= 40
            and _prose_pull(infos, weights, found[1], found[2]) >= 40
        ):
            zones.append((found[1], found[2]))
            pending.extend([(lo, found[1]), (found[2] + 1, hi)])
    return sorted(zones)


def _prose_pull(infos: Sequence[LineInfo], weights: Sequence[float], first: int, last: int) -> float:
    """What the lines of a run that are not list items pull: a second stretch needs prose of its own.

    The items of an announced list pull a little each so that a long list does not split the
    article; on their own, hundreds of them (a form's drop-down of car makes and prices under
    "Find your new car:") would make a stretch with no paragraph in it."""
    return sum(weights[k] for k in range(first, last + 1) if weights[k] > 0 and not infos[k].in_list)


def _cut_off_topic_tail(infos: Sequence[LineInfo], first: int, last: int, profile: Profile) -> int:
    """End a stretch before its trailing blocks of prose on other subjects.

    The stretch splits into blocks at runs of ``tail_gap`` or more lines that are not
    paragraphs (menus, share bars, teaser headings). After the block with the most prose,
    a block whose prose shares less than ``tail_echo`` of its content words with the
    blocks before it (a site blurb, an author bio, teasers of other stories) ends the
    article there: widgets between paragraphs cut one subject, page furniture changes it.
    """
    if profile.tail_echo <= 0:
        return last
    from scrapelint.rules.boilerplate.structure import content_stems

    blocks: list[tuple[int, int]] = []
    start, run, marked = first, 0, False
    for k in range(first, last + 1):
        if infos[k].cls in (PROSE, SENTENCE):
            if run >= profile.tail_gap and marked and k - run > start:
                blocks.append((start, k - run - 1))
                start = k - run
            run, marked = 0, False
        else:
            run += 1
            marked = marked or infos[k].cls == PHRASE
    blocks.append((start, last))
    if len(blocks) < 2:
        return last
    weight = [sum(i.words for i in infos[a : b + 1] if i.cls == PROSE) for a, b in blocks]
    heaviest = weight.index(max(weight))
    topic = content_stems(infos[first : blocks[heaviest][1] + 1])
    for a, b in blocks[heaviest + 1 :]:
        if _card_grid(infos[a : b + 1]) or _teaser_grid(infos[a : b + 1]):
            return _announced_list_end(infos, a, b, topic)
        own = content_stems(infos[a : b + 1])
        if own and len(own & topic) < profile.tail_echo * len(own):
            return _announced_list_end(infos, a, b, topic)
        topic |= own
    return last


def _announced_list_end(
    infos: Sequence[LineInfo],
    a: int,
    b: int,
    topic: set[str] | frozenset[str],
    min_items: int = 3,
    max_items: int = 40,
) -> int:
    """Where the article ends when the block from ``a`` changes the subject: before ``a``, or
    after the list that the sentence before ``a`` announces with its colon ("Theme articles will
    include:"), whose items belong to that sentence whatever follows them, when at least half of
    them share a content word with the article (a quotation introduced by a colon, with the
    page's menus after it, does not)."""
    last = a - 1
    if last < 0 or not infos[last].colon or infos[last].cls not in (PROSE, SENTENCE):
        return last
    end = last
    while end + 1 <= b and end - last < max_items and infos[end + 1].in_list and infos[end + 1].cls == SHORT:
        end += 1
    echoed = sum(1 for k in range(last + 1, end + 1) if infos[k].stems & topic)
    return end if end - last >= min_items and 2 * echoed >= end - last else last


def _card_grid(block: Sequence[LineInfo], pairs_needed: int = 8) -> bool:
    """A block made of name-and-blurb cards: a short title line, then one sentence about it,
    again and again (a product grid, a mega menu, a directory of services). An article's
    sections under their headings run to paragraphs of several sentences; cards give each
    name one line of a few words."""
    pairs = blurb_words = 0
    k = 0
    while k + 1 < len(block):
        title, blurb = block[k], block[k + 1]
        if (
            title.cls == SHORT
            and 1 <= title.words <= 6
            and not title.ends_sentence
            and blurb.cls in (SENTENCE, PROSE)
            and blurb.words <= 20
            and blurb.ends_sentence
        ):
            pairs += 1
            blurb_words += blurb.words
            k += 2
        else:
            k += 1
    return pairs >= pairs_needed and 2 * pairs >= 0.6 * len(block) and blurb_words <= 14 * pairs


def _teaser_grid(block: Sequence[LineInfo], pairs_needed: int = 4, blurb_limit: int = 35) -> bool:
    """A block made of story teasers: a headline, then its one-sentence summary, again and
    again ("Elephants in Bangkok" over "Of all the illegal activities ..."). An article's
    sections give a heading several sentences; a teaser gives each headline one line."""
    pairs = 0
    k = 0
    while k + 1 < len(block):
        title, blurb = block[k], block[k + 1]
        if (
            title.cls == SHORT
            and title.headline_like
            and not title.bulleted
            and blurb.cls != PHRASE
            and not blurb.headline_like
            and 8 <= blurb.words <= blurb_limit
        ):
            pairs += 1
            k += 2
        else:
            k += 1
    return pairs >= pairs_needed and 2 * pairs >= 0.6 * len(block)


def _cut_at_comments(infos: Sequence[LineInfo], first: int, last: int) -> int:
    """End a zone before a comments heading: reader comments are prose, but not the article."""
    for k in range(first + 1, last + 1):
        if infos[k].opens_comments:
            return k - 1
    return last


def _judge(infos: Sequence[LineInfo], profile: Profile, text: str = "") -> list[bool]:
    """True for every line judged boilerplate (``text``: the page, to read a list's names)."""
    count = len(infos)
    if not any(i.cls == PROSE for i in infos):
        return _judge_without_prose(infos, profile)
    inside = [False] * count
    closing: set[int] = set()
    for first, last in _zones(infos, profile):
        last = _cut_off_topic_tail(infos, first, last, profile)
        first, last, tail = _widen(infos, first, last)
        closing.update(range(tail, last + 1))
        for k in range(first, last + 1):
            inside[k] = True
    inside = bridge_lists(infos, inside)
    _authors_after(infos, inside)
    infos, people = _people_lists(infos, inside, text)
    infos = _section_headings(infos, inside)
    flagged = [True] * count
    listed = _under_headings(infos)
    article = topic_words(infos, inside)  # the article's own words, for the list items and ledes
    facts = (
        _fact_list_lines(infos, inside, profile_words=profile.prose_words)
        | closing
        | listicle_items(infos, inside, listed, article=article)
    )
    items, plain_items = lone_phrase_items(infos, inside, listed)
    facts |= plain_items | people
    labelled = _under_labels(infos)
    announced = _announced_items(infos, inside)
    facts |= announced
    on_topic = topic_phrases(infos, inside)
    for k, info in enumerate(infos):
        if not inside[k] or k in listed or k in labelled:
            continue
        if info.cls == PHRASE and not (info.kind == "navigation" and _is_heading(infos, k, profile)):
            if (
                k in items
                or k in announced
                or k in on_topic
                or _aside_between_paragraphs(infos, inside, k, profile)
                or _question_between_paragraphs(infos, inside, k)
                or _sentence_among_items(infos, inside, k)
                or _keywords_under_abstract(infos, inside, k)
                or _section_of_prose(infos, inside, k)
                or _subject_between_paragraphs(infos, inside, k)
                or _question_among_questions(infos, inside, k)
            ):
                flagged[k] = False
            continue  # a section name ("Health") right above a paragraph is a heading
        after_residue = (
            k > 0
            and inside[k - 1]
            and flagged[k - 1]
            and infos[k - 1].cls == PHRASE
            and not _link_in_line(infos[k - 1])
        )
        flagged[k] = not _kept_inside(infos, k, facts, profile, after_residue)
    for k in _headline(infos, inside, listed, profile):
        flagged[k] = False
    if _titled_opening(infos, inside):
        flagged[0] = False
        for k in _on_the_title_subject(infos, inside):
            flagged[k] = False
    elif _section_opening(infos, inside):
        flagged[0] = False
    for k in _inner_headlines(infos, inside, listed):
        flagged[k] = False
    for k in cut_off_ledes(infos, inside, article=article):
        flagged[k] = False
    for k in closing_list(infos, inside, article=article):
        flagged[k] = False
    _spare_isolated(infos, flagged, profile)
    return flagged


def _link_in_line(info: LineInfo) -> bool:
    """A label and its headline on one line ("Related: How to read a tide table", "Also read:
    ..."): the block is that one line, so the short line under it is no teaser of it (a
    section heading, when prose follows). A label alone ("Read more:", "Advertisement") heads
    what comes next."""
    label, colon, title = info.text_key.partition(": ")
    return bool(colon) and len(label) <= 30 and len(title.split()) >= 3


#: Phrase kinds whose patterns also read as a section heading ("By plane", "Topics of the year").
HEADING_KINDS = frozenset({"byline", "tags"})


def _section_headings(infos: Sequence[LineInfo], inside: Sequence[bool], after: int = 2) -> Sequence[LineInfo]:
    """Phrase lines that are headings of the article's own sections: deep in the article
    (``after`` of its prose paragraphs above), a few lines above another paragraph, and shaped
    like a heading (six words at most, capitalised, a third of its words in lower case, no figure,
    colon or label). A byline or tag list sits at the article's edges and names people or
    topics ("By Jane Doe", "#Backup #Cloud"); "By plane" between two paragraphs of a travel
    guide heads a section."""
    from dataclasses import replace

    found = []
    prose_above = 0
    for k, info in enumerate(infos):
        if not inside[k]:
            if info.cls == PHRASE and info.heading_kind == "related" and _titles_the_text(infos, inside, k):
                found.append(k)
            continue
        if info.cls == PROSE:
            prose_above += 1
        elif (
            info.cls == PHRASE
            and info.kind in HEADING_KINDS
            and not info.heading_kind
            and prose_above >= after
            and _heading_shaped(info)
            and _paragraph_below(infos, inside, k)
        ) or (
            info.cls == PHRASE
            and (
                (prose_above >= after and _names_the_paragraph_below(infos, inside, k))
                or (prose_above and _titles_the_paragraphs_below(infos, inside, k))
            )
        ):
            found.append(k)
        elif info.cls == PHRASE and info.heading_kind == "byline" and prose_above >= after:
            found.extend(_authors_section(infos, k)[0])
    if not found:
        return infos
    marked = list(infos)
    for k in found:
        marked[k] = replace(infos[k], cls=SHORT, kind=None, heading_kind=None)
    return marked


def _authors_section(infos: Sequence[LineInfo], k: int, pairs_needed: int = 2) -> tuple[list[int], int]:
    """An "About the authors" heading deep in a text whose section is a name line and a
    paragraph about that person, again and again (a book's or a report's front matter): the
    heading and the name lines among the pairs (a byline phrase such as "Jane Doe, Lead
    Editor") are the text's own: (those lines, the section's last line). A site's author box
    follows the article with one bio, then the page's furniture. No lines when the section is
    not such a run of pairs."""
    count = len(infos)
    j = k + 1
    while j + 1 < count and j <= k + 2 and infos[j].cls == SHORT and infos[j + 1].cls != PROSE:
        j += 1  # a sub-heading ("Senior contributing authors")
    names: list[int] = []
    pairs = 0
    while j + 1 < count:
        name, bio = infos[j], infos[j + 1]
        if bio.cls != PROSE or name.words > 10 or not name.capitalised or name.ends_sentence:
            break
        if name.cls == PHRASE and name.kind != "byline":
            break
        if name.cls == PHRASE:
            names.append(j)
        pairs += 1
        j += 2
    return ([k, *names], j - 1) if pairs >= pairs_needed else ([], k)


#: A person and the body they belong to, as a list of people gives them: two to four capitalised
#: words (initials and a "Dr." among them), an aside in brackets at most, then a comma or a
#: dash and a capitalised name ("Jane Doe, Census Bureau", "John Q. Public—U.S. Navy").
_PERSON_AND_BODY = lazy(
    r"(?:[A-Z][a-z]{0,3}\. )?[A-Z][\w'’-]*+\.?(?: [A-Z][\w'’-]*+\.?){1,3}"
    r"(?: \([^()]{1,40}\))?(?:, | ?[—–] ?| - )(?:[A-Z0-9]|\.[A-Za-z])"
)


def _people_lists(
    infos: Sequence[LineInfo], inside: list[bool], text: str, min_items: int = 3
) -> tuple[Sequence[LineInfo], set[int]]:
    """Take into the article a list of people that it gives between its paragraphs: right
    after an article paragraph (a heading between at most), ``min_items`` lines or more, each a
    person and the body they belong to ("Jane Doe, Census Bureau"), and a paragraph right
    below the list (a heading between at most): the members of a working group, the
    contributors a report thanks. A byline names one or two people at the article's edge, and
    a teaser grid puts a headline between its bylines. The list's lines become short lines of
    the article (a name line reads as a byline phrase)."""
    if not text:
        return infos
    person = _PERSON_AND_BODY
    count = len(infos)
    found: list[int] = []
    items: set[int] = set()
    k = 1
    while k < count:
        after_prose = inside[k - 1] and infos[k - 1].cls == PROSE
        after_heading = k > 1 and inside[k - 1] and infos[k - 1].cls == SHORT and infos[k - 2].cls == PROSE
        if not (after_prose or (after_heading and inside[k - 2])):
            k += 1
            continue
        j = k
        if after_prose and infos[j].cls == SHORT and not person.match(text, infos[j].start, infos[j].end):
            j += 1  # the list's heading ("Working group members")
        first = j
        while (
            j < count
            and infos[j].cls in (SHORT, PHRASE)
            and infos[j].words <= 16
            and (infos[j].cls == SHORT or infos[j].kind == "byline")
            and person.match(text, infos[j].start, infos[j].end)
        ):
            j += 1
        below = j + 1 if j + 1 < count and infos[j].cls == SHORT else j
        if j - first >= min_items and below < count and infos[below].cls == PROSE:
            inside[k:j] = [True] * (j - k)
            items.update(range(k, j))
            found.extend(i for i in range(first, j) if infos[i].cls == PHRASE)
        k = max(j, k + 1)
    if not found:
        return infos, items
    from dataclasses import replace

    marked = list(infos)
    for i in found:
        marked[i] = replace(infos[i], cls=SHORT, kind=None, heading_kind=None)
    return marked, items


def _authors_after(infos: Sequence[LineInfo], inside: list[bool], after: int = 2) -> None:
    """Take into the article an authors section (``_authors_section``) that starts right
    after its last paragraph, deep in a text (``after`` paragraphs above): the bios of a
    book's or a report's front matter, which the stretch leaves out when they run short."""
    prose_above = 0
    for k, info in enumerate(infos):
        if inside[k]:
            prose_above += info.cls == PROSE
        elif info.heading_kind == "byline" and prose_above >= after and inside[k - 1] and infos[k - 1].cls == PROSE:
            lines, last = _authors_section(infos, k)
            if lines:
                inside[k : last + 1] = [True] * (last + 1 - k)


def _titles_the_text(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A "Further reading" heading that opens the document, with the text's first paragraph
    under it (a heading of its own between at most): the title of a text that is a reading
    list or a bibliography. A block of related links heads its own list of teasers and never
    stands first on a page, right above the article."""
    if any(info.words for info in infos[:k]):
        return False
    for j in range(k + 1, min(len(infos), k + 3)):
        if infos[j].cls == PROSE:
            return inside[j]
        if infos[j].cls != SHORT:
            return False
    return False


def _aside_between_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, profile: Profile) -> bool:
    """A footer phrase in brackets with article prose right above and right below: the credit
    of a quoted poem or letter ("(copyright J. Doe; reprinted with permission)"), not the
    page's footer, which ends the page or sits among other furniture, nor a photo credit
    under its caption."""
    info = infos[k]
    if info.kind != "footer" or not info.bracketed or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    # a paragraph above, not a one-sentence photo caption (whose credit is page furniture)
    long_above = above.cls == PROSE and above.words > 2 * profile.prose_words
    return inside[k - 1] and inside[k + 1] and long_above and below.cls == PROSE


def _question_between_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A question to the reader ("What do you think ...?") with article paragraphs right above
    and right below: a textbook's or an essay's discussion question inside its chapter, not a
    call to comment, which closes the article and leads on to the comments or the furniture."""
    info = infos[k]
    if info.kind != "comments" or info.opens_comments or not info.question or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    return inside[k - 1] and inside[k + 1] and above.cls == PROSE and below.cls == PROSE


def _sentence_among_items(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A byline-like line written as a sentence of the text ("Created a total of 82 profiles,
    ...", "Updated the responsibilities of ...", "By mixing artifacts together like this,"),
    mostly lower-case words and no date, between two plain lines of the article, one of them a
    sentence or a paragraph: an item of a list of what was done, or a sentence wrapped onto
    the lines below. A byline names people in capitals ("By Jane Doe and John Roe"), a
    timestamp holds a date, and a caption's credit closes it in brackets."""
    info = infos[k]
    if info.kind != "byline" or info.heading_kind or info.datelike or info.words < 5 or info.lower_ratio < 0.5:
        return False
    if info.starts_lower or info.colon or ":" in info.text_key[:24]:
        return False  # "by Jane Doe - 10 min read", "Image: Jane Doe at the launch ..."

    if k == 0 or k + 1 >= len(infos) or not (inside[k - 1] and inside[k + 1]) or info.text_key.endswith(")"):
        return False
    above, below = infos[k - 1], infos[k + 1]
    if PHRASE in (above.cls, below.cls) or above.datelike or below.datelike:
        return False
    return above.cls in (PROSE, SENTENCE) or below.cls in (PROSE, SENTENCE)


def _titles_the_paragraphs_below(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A byline- or tag-like line inside the article, shaped as a title ("The Freedmen's Bureau",
    set in capitals or not), whose every content word the two paragraphs right below use: the
    heading of the section it opens. A byline names a person or a desk the article does not
    go on to discuss."""
    info = infos[k]
    if info.kind not in HEADING_KINDS or info.heading_kind or not 2 <= info.words <= 6:
        return False
    if info.starts_lower or info.fact or info.numeric or info.colon or info.counted or not info.capitalised:
        return False
    if k + 1 >= len(infos) or not inside[k + 1] or infos[k + 1].cls != PROSE:
        return False
    own = info.stems
    return len(own) >= 2 and own <= _body_stems(infos, k + 1, paragraphs=2, reach=2)


def _keywords_under_abstract(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A tag line with a paragraph right above and most of the article still to come below it
    (a heading and a paragraph next, no furniture between): a paper's keywords under its
    abstract. A site's tag list closes the article, with the share bar, the related links or
    the comments after it, or at most a teaser or two."""
    info = infos[k]
    if info.kind != "tags" or info.heading_kind or k == 0 or not inside[k - 1] or infos[k - 1].cls != PROSE:
        return False
    if not _paragraph_below(infos, inside, k):
        return False
    # an abstract opens the text: most of the article's prose is still to come
    above = sum(i.words for i, kept in zip(infos[:k], inside[:k], strict=True) if kept and i.cls == PROSE)
    below = sum(i.words for i, kept in zip(infos[k + 1 :], inside[k + 1 :], strict=True) if kept and i.cls == PROSE)
    return below > 2 * above


def _section_of_prose(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, reach: int = 12) -> bool:
    """A block heading ("Discussion", "Up Next", "Results") or a heading-shaped phrase line of such
    a kind between the article's paragraphs
    whose section is paragraphs only, up to the next heading or the end: a section of the text.
    Reader comments come with their furniture, a name and a date or a reply button on each, and
    a related-links or teaser block with its link titles, short lines and no paragraph right
    below its heading. A section that runs to the end of the article needs two paragraphs: a
    "More from us" blurb or a "Copyright" notice under its label is one."""
    info = infos[k]
    if not (info.heading_kind or _label_shaped(info)):
        return False
    if info.colon or k == 0 or not inside[k - 1] or infos[k - 1].cls not in (PROSE, SENTENCE):
        return False
    if k + 1 >= len(infos) or not inside[k + 1] or infos[k + 1].cls not in (PROSE, SENTENCE):
        return False
    paragraphs, needed = 0, 1
    for j in range(k + 1, min(len(infos), k + 1 + reach)):
        line = infos[j]
        if not inside[j]:
            needed = 2  # the last section of the article: a blurb or a legal notice has one paragraph
            break
        if line.cls == PHRASE or line.datelike:
            return False
        if line.cls == SHORT:
            break  # the next section's heading
        paragraphs += line.cls == PROSE
    return paragraphs >= needed  # a lone sentence under a heading reads as a teaser


def _label_shaped(info: LineInfo) -> bool:
    """A phrase line that reads as a section heading: one to three words, capitalised, no
    figure and no label with its value, of a kind whose words also name a section ("Results", "Conversation", "Topics"),
    not an advertisement marker, a share or consent label, or a line that opens comments."""
    return (
        info.kind in _SECTION_KINDS
        and 1 <= info.words <= 3
        and info.capitalised
        and not (info.numeric or info.counted or info.opens_comments or info.datelike)
        and ":" not in info.text_key  # a label and its value ("Keywords: ferries, fares")
    )


#: Phrase kinds whose one-word lines double as section headings of a text.
_SECTION_KINDS = frozenset({"comments", "tags", "navigation", "footer", "related"})


def _subject_between_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A title-shaped phrase line with article paragraphs right above and right below, whose
    content words the paragraph below repeats: a heading of the text whose subject is what the
    phrase names ("Why are Terms of Service a big deal?" over a paragraph on terms of service).
    A consent or subscription line dropped into an article speaks of the site, and the
    paragraph after it goes on with the story."""
    info = infos[k]
    if info.heading_kind or not info.headline_like or info.words < 3 or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    if not (inside[k - 1] and inside[k + 1] and above.cls == PROSE and below.cls == PROSE):
        return False
    return _echoes(info, below.stems)


def _question_among_questions(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A consent phrase inside one question of a run of the article's questions, a kept
    question right above and right below it (a checklist asking "Does the tool have a
    federal-compatible terms of service?"): the article's own list. A sign-up call or a
    cookie notice dropped into an article stands alone among statements. (A full sentence
    that shares its words with the lines around it was tried too: it kept a sign-up call
    under an article on the subject the newsletter covers.)"""
    info = infos[k]
    if info.kind != "consent" or info.heading_kind or not info.question or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    if not (inside[k - 1] and inside[k + 1]) or PHRASE in (above.cls, below.cls):
        return False
    return above.question and below.question


def _names_the_paragraph_below(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A lone share label deep in the article whose words the paragraph right below uses:
    the name of what that section is about ("YouTube" above "... her YouTube channel ..."),
    where a share bar is a run of labels with no paragraph about them."""
    info = infos[k]
    if info.kind != "share" or info.heading_kind or not 1 <= info.words <= 3 or not info.tokens:
        return False
    if k + 1 >= len(infos) or not inside[k + 1] or infos[k + 1].cls != PROSE:
        return False
    if k > 0 and inside[k - 1] and infos[k - 1].cls == PHRASE:
        return False
    below = {token.casefold() for token in infos[k + 1].tokens}
    return all(token.casefold() in below for token in info.tokens)


def _paragraph_below(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, reach: int = 3) -> bool:
    """An article paragraph follows within ``reach`` lines, with no phrase line between."""
    for j in range(k + 1, min(len(infos), k + 1 + reach)):
        if not inside[j] or infos[j].cls == PHRASE:
            return False
        if infos[j].cls in (PROSE, SENTENCE):
            return True
    return False


def _heading_shaped(info: LineInfo) -> bool:
    plain = not (info.starts_lower or info.fact or info.numeric or info.colon or info.counted)
    return plain and info.capitalised and 2 <= info.words <= 6 and info.lower_ratio >= 0.3


def _spare_isolated(infos: Sequence[LineInfo], flagged: list[bool], profile: Profile) -> None:
    """Keep a stray line or two with no phrase that sits between kept lines: one short line
    amid article text is far more often a heading, a caption or a formula than a menu."""
    k = 0
    count = len(infos)
    while k < count:
        if not flagged[k]:
            k += 1
            continue
        end = k
        while end + 1 < count and flagged[end + 1]:
            end += 1
        run = infos[k : end + 1]
        kept_before = k > 0 and not flagged[k - 1]
        kept_after = end + 1 < count and not flagged[end + 1]
        bounded = (kept_before or k == 0) and (kept_after or end + 1 == count) and (kept_before or kept_after)
        if bounded and len(run) <= profile.stray_lines and all(i.cls != PHRASE for i in run):
            for j in range(k, end + 1):
                flagged[j] = False
        k = end + 1


def _kept_inside(
    infos: Sequence[LineInfo], k: int, facts: set[int], profile: Profile, after_residue: bool = False
) -> bool:
    """Inside the article: prose, lists, headings and short lines between paragraphs stay.

    A short line right after a phrase line in the article stretch ("Read more", a
    share button) is the next item of that block, with its teaser under it, not a heading.
    """
    info = infos[k]
    if info.cls in (PROSE, SENTENCE) or info.in_list or info.colon:
        return True
    if info.cls == PHRASE:
        return True  # only navigation headings get this far
    return k in facts or (not after_residue and _is_heading(infos, k, profile))


def _widen(infos: Sequence[LineInfo], first: int, last: int) -> tuple[int, int, int]:
    """Take in sentence-like lines at the edges of a zone (a lede, a closing line),
    and a list of facts that closes the article: (first, last, first line of that list)."""
    while first > 0 and infos[first - 1].cls == SENTENCE:
        first -= 1
    while last + 1 < len(infos) and infos[last + 1].cls == SENTENCE:
        last += 1
    end = last
    while end + 1 < len(infos) and infos[end + 1].cls in (SHORT, SENTENCE) and end - last < 60:
        end += 1
    run = infos[last + 1 : end + 1]
    tail = last + 1
    facts = len(run) >= 3 and sum(1 for i in run if _fact_shaped(i)) >= 0.7 * len(run)
    if facts or _closing_table(run):
        last = end
    return first, last, tail


def _closing_table(run: Sequence[LineInfo], min_lines: int = 12, max_period: int = 12, share: int = 10) -> bool:
    """A table flattened to one cell a line right after the last paragraph ("Drug name",
    "Approved for", "Frequency", then "Injection", "Once weekly" row after row): a column's
    values recur at the row's period from its first rows on, on a tenth of its lines at least.
    A teaser list there names each entry once; labels that recur ("FILM REVIEW:" over each
    headline) head teasers, not cells; and an ad's rows further down start late."""
    count = len(run)
    if count < min_lines or sum(1 for i in run if i.headline_like and i.words >= 5 and not i.columns) * 4 >= count:
        return False
    keys = [i.text_key for i in run]
    for period in range(2, min(max_period, count // 2) + 1):
        same = [k for k in range(count - period) if keys[k] and keys[k] == keys[k + period] and not run[k].colon]
        if len(same) >= 3 and len(same) * share >= count and same[0] <= 2 * period + 1:
            return True
    return False


def _fact_shaped(info: LineInfo) -> bool:
    """A list item that states something: figures, a label and a value, a parenthesis."""
    return info.fact


def _is_heading(infos: Sequence[LineInfo], k: int, profile: Profile) -> bool:
    """A short line right before prose (within ``heading_reach`` lines) is a heading."""
    info = infos[k]
    if info.datelike or info.words > 25:
        return False
    for j in range(k + 1, min(len(infos), k + 1 + profile.heading_reach)):
        if infos[j].cls in (PROSE, SENTENCE):
            return True
        if infos[j].cls == PHRASE:
            return False
    return False


def _fact_list_lines(
    infos: Sequence[LineInfo], inside: Sequence[bool], items: int = 12, profile_words: int = 12
) -> set[int]:
    """Short lines in runs that sit between prose lines inside the article (lists of facts).
    A run of at most ``items`` lines may also end at the heading of the article's next section.

    A run made mostly of headline-like lines is a teaser list, not facts.
    """
    found: set[int] = set()
    count = len(infos)
    k = 0
    while k < count:
        if not (infos[k].cls == SHORT and inside[k]):
            k += 1
            continue
        hi = k
        while hi + 1 < count and infos[hi + 1].cls == SHORT and inside[hi + 1]:
            hi += 1
        before = k > 0 and inside[k - 1] and infos[k - 1].cls in (PROSE, SENTENCE)
        after = hi + 1 < count and inside[hi + 1] and infos[hi + 1].cls in (PROSE, SENTENCE)
        if not after and hi - k < items and _heads_next_paragraph(infos, inside, hi + 1):
            after = True  # the list ends where the article's next section starts, under its heading
        run = infos[k : hi + 1]
        headlines = sum(1 for i in run if _teaser_shaped(i, profile_words))
        if before and after and (headlines * 2 < len(run) or len(run) < 3):
            found.update(range(k, hi + 1))
        k = hi + 1
    return found


def _teaser_shaped(info: LineInfo, prose_words: int) -> bool:
    """A title-like line of five words or more, short of a paragraph's length: a headline
    of ``prose_words`` words or more in sentence case (most of its words lower case), with no
    sentence ending inside it, is a list item that reads as a sentence with its full stop left
    off, not another story's teaser (a teaser's blurb ends its sentence, then a date)."""
    if not info.headline_like or info.words < 5:
        return False
    return info.words < prose_words or info.lower_ratio < 0.5 or ". " in info.text_key


#: Headings that open the site's blocks however long the text under them runs: a related
#: story's teaser, a menu section's blurb, a share box, the comments.
_TEASER_HEADINGS = frozenset({"navigation", "related", "share", "comments"})


def _heads_next_paragraph(
    infos: Sequence[LineInfo], inside: Sequence[bool], k: int, words: int = 6, body: int = 30
) -> bool:
    """Is line ``k`` a section heading of the article: a short phrase line with no full stop,
    inside the article, right above a full paragraph of it (``body`` words or more: "Terms of
    Service" over the section that explains them, not a newsletter box's one-line pitch)? A
    list of facts that runs into such a heading continues the article, as one that runs into
    the next paragraph does; a menu runs into more furniture, a teaser or the end."""
    if k + 1 >= len(infos) or not (inside[k] and inside[k + 1]):
        return False
    info = infos[k]
    return (
        info.cls == PHRASE
        and info.kind not in _TEASER_HEADINGS
        and info.words <= words
        and not info.ends_sentence
        and not info.colon
        and infos[k + 1].cls == PROSE
        and infos[k + 1].words >= body
    )


def _under_headings(infos: Sequence[LineInfo], limit: int = 15) -> set[int]:
    """Short lines listed under a "Related", "Tags" or "Comments" heading.

    The list ends at prose, at a phrase line of another kind, or after ``limit`` lines.
    """
    listed: set[int] = set()
    kind, run = None, 0
    for k, info in enumerate(infos):
        if info.heading_kind in LIST_HEADINGS:
            kind, run = info.heading_kind, 0
        elif info.cls in (PROSE, SENTENCE) or (info.cls == PHRASE and info.kind != kind) or run >= limit:
            kind = None
        elif kind and info.cls == SHORT:
            listed.add(k)
            run += 1
    return listed


def _announced_items(infos: Sequence[LineInfo], inside: Sequence[bool], limit: int = 12) -> set[int]:
    """Short and phrase lines listed under a sentence of the article that announces them with
    its colon ("... a specific user type such as:" over "Author", "Editor", "Publisher"),
    with an article paragraph right below the list: the article's own list, whatever words
    its items share with a byline or a tag (``_mark_lists`` closes a list at its first phrase
    line, as a menu under a sentence would); a full sentence right below continues the text as a
    paragraph does ("For more examples, see the pull requests labelled X."). A menu or share bar under such a sentence ends
    the article, with no paragraph after it, or runs longer than ``limit`` lines; a heading
    phrase that ends the run with no full stop heads the paragraph below, not the list, and a
    run with an empty bullet (a share bar's icons, "Share this article:" over "*") is a widget.
    Each line is looked at once: a scan resumes after the run it has measured."""
    found: set[int] = set()
    count = len(infos)
    k = 0
    while k < count:
        info = infos[k]
        if not (inside[k] and info.colon and info.cls in (PROSE, SENTENCE)):
            k += 1
            continue
        end = k
        while (
            end + 1 < count and end - k < limit and infos[end + 1].cls in (SHORT, PHRASE) and not infos[end + 1].colon
        ):
            end += 1
        below = end + 1
        last = infos[end]
        if end > k and last.cls == PHRASE and last.heading_kind and not last.ends_sentence:
            end -= 1  # the next section's heading ("Contact") over its paragraph, no item
        paragraph_below = below < count and inside[below] and infos[below].cls in (PROSE, SENTENCE)
        phrases = [infos[j] for j in range(k + 1, end + 1) if infos[j].cls == PHRASE]
        worded = all(infos[j].words for j in range(k + 1, end + 1))  # no icon's empty bullet
        if end > k and paragraph_below and worded and phrases and all(_nameable(i) for i in phrases):
            found.update(range(k + 1, end + 1))
        k = below
    return found


#: Phrase kinds whose lines also name things an article lists (a role, an issue number, a
#: publisher, a report); menus, share bars, interface labels ("Advertisement") and the label
#: of a related-links block ("Read more...") are the site's, wherever they stand.
_NAMEABLE_KINDS = frozenset({"byline", "tags", "footer", "related"})


def _nameable(info: LineInfo) -> bool:
    return info.kind in _NAMEABLE_KINDS and not (info.heading_kind and info.kind == "related")


def _under_labels(infos: Sequence[LineInfo], limit: int = 15) -> set[int]:
    """Short lines listed under a related-links label that announces them with a colon
    ("More on Kellogg:", "Also read:"), up to the next prose, phrase line or section heading
    (a short line right above prose), at most ``limit`` of them. Unlike a heading's list
    (``_under_headings``), they do not make a run of the article's facts foreign: an
    article's sections may each close with such a label under their facts."""
    listed: set[int] = set()
    open_label, run = False, 0
    count = len(infos)
    for k, info in enumerate(infos):
        if info.cls == PHRASE and info.kind == "related" and info.colon and info.words <= 6:
            open_label, run = True, 0
        elif info.cls != SHORT or run >= limit or (k + 1 < count and infos[k + 1].cls in (PROSE, SENTENCE)):
            open_label = False
        elif open_label:
            listed.add(k)
            run += 1
    return listed


def _headline(infos: Sequence[LineInfo], inside: Sequence[bool], listed: set[int], profile: Profile) -> list[int]:
    """The headline: a title-like line among the few plain lines above the article stretch.

    Phrase lines (bylines, share bars, dates) between it and the article do not
    count towards ``headline_reach``. Longer lines win over captions and bylines,
    nearer ones over menu strings; of two copies of one line the first wins.
    Title-like lines that repeat the content words of the article's first
    paragraphs (a headline and its standfirst) are kept too, even further up,
    past a photo gallery or a share bar: all of them are returned.
    """
    start = next((k for k, flag in enumerate(inside) if flag), None)
    if start is None:
        return []
    body = _body_stems(infos, start)
    best, best_score, echoed = None, 0.0, []
    distance = 0
    for k in range(start - 1, max(-1, start - 1 - 8 * profile.headline_reach), -1):
        info = infos[k]
        if info.cls == PHRASE or info.datelike or info.words == 0:
            continue
        distance += 1
        if distance > 3 * profile.headline_reach:
            break
        if k in listed or info.bulleted or info.cls not in (SHORT, SENTENCE) or not info.headline_like:
            continue
        if info.words < 3 or _fields(info) >= 2:
            continue  # "Weather: Ottawa / -4°C / Wind: 13 km/h", "Home | RSS | Site map": a widget's fields
        if _echoes(info, body):
            echoed.append(k)
        if distance > profile.headline_reach:
            continue
        score = min(info.words, 20) - 0.5 * distance
        if score > best_score or (best is not None and info.text_key == infos[best].text_key):
            best, best_score = k, max(score, best_score)
    return [k for k in (best, *echoed) if k is not None]


def _fields(info: LineInfo) -> int:
    """How many field separators (" | ", " / ") a line holds."""
    key = info.text_key
    return key.count(" | ") + key.count(" / ")


def _titled_opening(infos: Sequence[LineInfo], inside: Sequence[bool]) -> bool:
    """The text's first line, title-shaped and right above the article's first paragraph, whose
    words that paragraph and the next repeat: the article's own title, even when it names page
    furniture ("What Is a Terms of Service?"). A cookie or subscription line atop a scraped page
    speaks of the site, not of what the paragraphs below discuss."""
    if len(infos) < 2 or infos[0].cls != PHRASE or infos[0].heading_kind or not infos[0].headline_like:
        return False
    if infos[0].words < 4 or not inside[1] or infos[1].cls != PROSE:
        return False
    return _echoes(infos[0], _body_stems(infos, 1, paragraphs=2, reach=4))


def _section_opening(infos: Sequence[LineInfo], inside: Sequence[bool], reach: int = 12) -> bool:
    """The text's first line, a one-to-three-word section heading ("Discussion", "Results"),
    right above paragraphs that run on with no furniture among them: a chapter's section cut
    out on its own, its heading the title. Reader comments come after an article, and each
    carries a name, a date or a reply button within a paragraph or two; a lone cookie, share
    or advertisement label is no section heading."""
    if len(infos) < 3 or infos[0].cls != PHRASE or not _label_shaped(infos[0]):
        return False
    prose = 0
    for j in range(1, min(len(infos), 1 + reach)):
        line = infos[j]
        if not inside[j] or line.cls == PHRASE or line.datelike:
            return False
        if line.cls == SHORT:
            break  # the next section's heading
        prose += line.cls == PROSE
    return prose >= 2 and infos[1].cls == PROSE and infos[2].cls == PROSE


def _on_the_title_subject(infos: Sequence[LineInfo], inside: Sequence[bool]) -> list[int]:
    """Phrase lines inside an article whose own title names that kind of furniture, sharing two
    of the title's content words: "Why are Terms of Service a big deal?" under the title "What
    Is a Terms of Service?". The article is about what the phrase names, so its mentions of it
    are its text; a page of another subject keeps its consent or subscription lines."""
    title = infos[0]
    words = title.stems
    return [
        k
        for k, info in enumerate(infos)
        if k
        and inside[k]
        and info.cls == PHRASE
        and info.kind == title.kind
        and not info.heading_kind
        and len(info.stems & words) >= 2
    ]


def _body_stems(infos: Sequence[LineInfo], start: int, paragraphs: int = 3, reach: int = 12) -> frozenset[str]:
    """Content-word stems of the first prose paragraphs from ``start`` on."""
    found: set[str] = set()
    seen = 0
    for info in infos[start : start + reach]:
        if info.cls in (PROSE, SENTENCE):
            found |= info.stems
            seen += 1
            if seen == paragraphs:
                break
    return frozenset(found)


def _echoes(info: LineInfo, body: frozenset[str]) -> bool:
    """Does a title-like line repeat the body's words, as a headline does (two at
    least, and half of its own)?"""
    shared = len(info.stems & body)
    return shared >= 2 and shared >= 0.5 * len(info.stems)


def _inner_headlines(infos: Sequence[LineInfo], inside: Sequence[bool], listed: set[int]) -> set[int]:
    """Title-like lines inside the article that its next paragraphs echo: a headline
    repeated after a photo gallery, a section title. Teaser lists do not qualify:
    their lines are bulleted or listed, and the prose after them is about something else."""
    found: set[int] = set()
    for k, info in enumerate(infos):
        if not inside[k] or k in listed or info.bulleted or not info.headline_like:
            continue
        if info.cls not in (SHORT, SENTENCE) or info.words < 3:
            continue
        if _echoes(info, _body_stems(infos, k + 1, paragraphs=2, reach=6)):
            found.add(k)
    return found


def _judge_without_prose(infos: Sequence[LineInfo], profile: Profile) -> list[bool]:
    """No article stretch: flag known phrases and runs of short link-like lines only."""
    flagged = [i.cls == PHRASE for i in infos]
    run: list[int] = []
    for k, info in enumerate([*infos, None]):
        if info is not None and info.cls == SHORT and not info.ends_sentence and info.words <= 6:
            run.append(k)
            continue
        # menu items are capitalised labels; a poem or a recipe's lines are not
        labels = sum(1 for r in run if infos[r].lower_ratio < 0.34)
        if len(run) >= 2 * profile.list_run and labels >= 0.8 * len(run):
            for r in run:
                flagged[r] = True
        run = []
    return flagged


# -- segments ----------------------------------------------------------


def _segments(doc: Document, infos: Sequence[LineInfo], flagged: Sequence[bool]) -> list[Segment]:
    """Group consecutive flagged lines; a kind line opens a segment, plain lines join it."""
    segments: list[Segment] = []
    current: list[LineInfo] = []
    kind = ""

    def close() -> None:
        if current:
            segments.append(_segment(doc, kind, current))
            current.clear()

    for k, info in enumerate(infos):
        if not flagged[k]:
            close()
            kind = ""
            continue
        line_kind = info.kind or ""
        if current and line_kind and line_kind != kind and not _absorbs(kind, line_kind, info.words):
            close()
        if not current:
            kind = line_kind or ("related" if info.cls == PROSE else "navigation")
        current.append(info)
    close()
    return segments


def _absorbs(block_kind: str, line_kind: str, words: int) -> bool:
    """A block kind that keeps a line of another kind (a 'Reply' inside comments,
    a 'Contact' or 'Privacy' link inside a menu)."""
    if block_kind == "navigation" and line_kind in ("footer", "consent", "share") and words <= 3:
        return True
    return (block_kind, line_kind) in {
        ("comments", "share"),
        ("comments", "ui"),
        ("comments", "navigation"),
        ("footer", "navigation"),
        ("footer", "consent"),
        ("related", "ui"),
        ("byline", "ui"),
        ("share", "ui"),
    }


def _segment(doc: Document, kind: str, lines: Sequence[LineInfo]) -> Segment:
    first, last = lines[0], lines[-1]
    sample = doc.text[first.start : first.end].strip()
    return Segment(kind, first.start, last.end, first.index + 1, last.index + 1, len(lines), sample[:60])
