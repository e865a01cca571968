"""A summary of the text's sections at its top, told from a site's menu by what it names.

A release note or a guide often opens, under its title, with a list of what it covers
("Highlights" over "Interpreter preview merged", "128-bit number literals", ...), and each
entry comes back further down as the heading of a section, in other words than the list's
("Interpreter", "128-bit Literals"), not always in the same order. A site's menu at the top of
a page names other pages: its entries are a word or two ("World", "Business") and no heading
of the article takes them up. So a run of short lines above the first paragraph is the text's
own contents when most of its entries share a content word with a distinct heading below it,
and it opens the page, under the title and the list's label at most: on a scraped page the
site's header comes first, and a list under it is left to the other tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SHORT, LineInfo
from scrapelint.rules.boilerplate.structure import function_stems


def summary_contents(
    infos: Sequence[LineInfo],
    min_items: int = 3,
    share: float = 0.75,
    min_mean_words: float = 3.0,
    max_before: int = 2,
) -> set[int]:
    """A run of ``min_items`` entries or more above the first line of prose, its first entry
    among the page's first ``max_before`` + 1 lines, ``share`` of them sharing a content word
    with a section heading further down (a short line right above a line of prose), each with
    a heading of its own, none a phrase line of the tables ("Shop", "Live"), the entries
    ``min_mean_words`` words long on average (a menu's entries are a word or two). The lines
    of the run before its first such entry (the title, the list's label) are left as they
    were judged; the label right above the first entry is kept with the list."""
    first_prose = next((k for k, info in enumerate(infos) if info.cls == PROSE), len(infos))
    function = function_stems()
    found: set[int] = set()
    k = 0
    while k < min(first_prose, max_before + 1):
        if not _entry(infos[k]):
            k += 1
            continue
        end = k
        while end + 1 < first_prose and _entry(infos[end + 1]):
            end += 1
        matched = _matched_entries(infos, k, end, function)
        if matched and min(matched) <= max_before:
            start = min(matched)  # the title and the label before the first entry stay as judged
            entries = range(start, end + 1)
            words = sum(infos[j].words for j in entries) / len(entries)
            plain = all(infos[j].cls == SHORT for j in entries)
            if plain and len(entries) >= min_items and len(matched) >= share * len(entries) and words >= min_mean_words:
                found.update(entries)
                if start > 0 and infos[start - 1].cls in (SHORT, PHRASE) and infos[start - 1].words <= 4:
                    found.add(start - 1)  # the list's label ("Highlights", "In this release")
        k = end + 1
    return found


def _entry(info: LineInfo) -> bool:
    return info.cls in (SHORT, PHRASE) and 1 <= info.words <= 12 and not info.datelike and not info.counted


def _matched_entries(infos: Sequence[LineInfo], first: int, last: int, function: frozenset[str]) -> set[int]:
    """The entries of ``first..last`` that each take up a distinct heading below ``last``,
    sharing a content word with it; each entry takes the first free heading it shares one
    with."""
    headings = [
        k
        for k in range(last + 1, len(infos) - 1)
        if infos[k].cls in (SHORT, PHRASE) and infos[k].words <= 12 and infos[k + 1].cls == PROSE
    ]
    taken: set[int] = set()
    matched: set[int] = set()
    for j in range(first, last + 1):
        own = infos[j].stems - function
        if not own:
            continue
        for h in headings:
            if h not in taken and own & infos[h].stems:
                taken.add(h)
                matched.add(j)
                break
    return matched
