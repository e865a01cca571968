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

This module runs the steps in order and keeps the per-line memo and the phrase table of a
profile; each step lives in a module of its own (``lines``, ``context``, ``stretch``,
``judge``, ``segments`` and the tests they call). The names the rules and tests import from
here are re-exported.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from scrapelint.rules.boilerplate.changelog import mark_change_logs
from scrapelint.rules.boilerplate.context import (
    comment_links,
    join_wrapped,
    mark_data_runs,
    mark_lists,
    mark_teaser_records,
)
from scrapelint.rules.boilerplate.judge import article_alone, judge, only_mentions
from scrapelint.rules.boilerplate.lines import (
    CJK,
    PHRASE,
    PROSE,
    PROSE_KINDS,
    SENTENCE,
    SHORT,
    LineInfo,
    Profile,
    line_fields,
)
from scrapelint.rules.boilerplate.lists import LIST_HEADINGS
from scrapelint.rules.boilerplate.phrases import KindMatcher, PhraseTable, matchers
from scrapelint.rules.boilerplate.sections import HEADING_KINDS
from scrapelint.rules.boilerplate.segments import Segment, group_segments

if TYPE_CHECKING:
    from scrapelint.model.document import Document


__all__ = [
    "HEADING_KINDS",
    "KIND_PRIORITY",
    "LIST_HEADINGS",
    "MEMO_CHARS",
    "MEMO_LINES",
    "PHRASE",
    "PROSE",
    "PROSE_KINDS",
    "SENTENCE",
    "SHORT",
    "LineInfo",
    "Profile",
    "Segment",
    "analyse",
    "phrase_table_for",
    "warm_up",
]

#: Which kind wins when a line matches several phrase tables.
KIND_PRIORITY = ("consent", "comments", "footer", "tags", "share", "related", "byline", "ui", "navigation")


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
    infos = join_wrapped(infos)
    infos = mark_lists(infos, tables)
    infos = mark_data_runs(infos)
    infos = mark_change_logs(infos, doc.text)
    infos = mark_teaser_records(infos)
    infos = comment_links(infos)
    flagged = judge(infos, profile, doc.text)
    if only_mentions(infos, flagged, profile):
        return []
    segments = group_segments(doc, infos, flagged)
    if segments and article_alone(doc, infos, flagged, profile):
        return []
    return segments


@lru_cache(maxsize=64)
def phrase_table_for(profile: Profile) -> PhraseTable:
    """The phrase table of a profile's languages and extra phrases, kinds in priority order."""
    return PhraseTable(_ordered(matchers(profile.languages, profile.extra)))


def warm_up(profile: Profile) -> None:
    """Load the phrase tables and compile the line judge's patterns ahead of the first page."""
    phrase_table_for(profile).warm()
    CJK.search("")
    from scrapelint.rules.boilerplate.structure import function_stems

    function_stems()


def _ordered(found: Sequence[KindMatcher]) -> list[KindMatcher]:
    rank = {kind: i for i, kind in enumerate(KIND_PRIORITY)}
    return sorted(found, key=lambda m: rank.get(m.kind, len(rank)))


#: Lines recur (a site's menu and footer on each of its pages, a separator within one): what a
#: line's text alone says about it is kept per profile, for this many distinct lines of up to
#: ``MEMO_CHARS`` characters (about 0.9 kB each: 8,000 keep a worker's memo near 7 MB, and a
#: site's pages, which share the lines, are near each other in a corpus).
MEMO_LINES = 8_000
MEMO_CHARS = 300
_memo: dict[Profile, dict[str, tuple]] = {}


def _describe(doc: Document, index: int, line, table: PhraseTable, profile: Profile) -> LineInfo:
    """One line of ``doc`` on its own."""
    return LineInfo(index, line.start, line.end, *line_fields(line.text.strip(), table, profile))


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
            fields = line_fields(text, table, profile)
        else:
            fields = get(text)
            if fields is None:
                if len(memo) >= MEMO_LINES:
                    memo.clear()
                fields = memo[text] = line_fields(text, table, profile)
        append(LineInfo(index, line.start, line.end, *fields))
    return infos
