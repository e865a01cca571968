"""Sections of the text's own outline that run on past the article stretch.

A digest or newsletter is written as labelled lists: "Events:", "Notes from other ecosystems:",
each label ending with a colon over a few items (titles of talks, one-line news, a sentence).
Its last sections hold no paragraph, so the article stretch (which follows the prose) stops
before them, and they read as a menu. What ties them to the text is its outline: the article
above already has sections of that shape, a label with a colon over items, and the lines past
the stretch go on with the same shape, items as long as the article's own, until the first
line of page furniture. A site's menu under a label comes without such an outline above it,
has items of a word or two, or is a phrase line of the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, LineInfo

#: Label words of a section heading: more and it is a sentence that announces a list.
_LABEL_WORDS = 12


def _is_label(info: LineInfo) -> bool:
    """A plain line that ends with a colon, short enough to be a section's label."""
    return info.colon and info.cls != PHRASE and info.words <= _LABEL_WORDS and not info.datelike


def _is_label_or_named(info: LineInfo) -> bool:
    """A label, or a one- or two-word menu word with its colon ("Events:") that heads a section
    of the text as its plain labels do."""
    return _is_label(info) or (info.colon and info.cls == PHRASE and info.kind == "navigation" and info.words <= 2)


#: Separators of a run of links on one line ("BusinessGreen . Computing . CRN", "A | B | C").
_LINK_SEPARATORS = (" . ", " | ", " :: ", " · ", " / ")
#: What a site closes its page with: a legal footer, a consent line, a comment form.
_PAGE_END_KINDS = frozenset({"footer", "consent", "comments"})


def _is_item(info: LineInfo) -> bool:
    return info.cls != PHRASE and not info.colon and not info.datelike


def _reads_as_an_item(info: LineInfo, min_words: int) -> bool:
    """An item of the text's own lists: a title or a line of news of ``min_words`` words or
    more, not a row of links or a table row (a menu's entries are a word or two)."""
    text = info.text_key
    return info.words >= min_words and not info.columns and sum(text.count(sep) for sep in _LINK_SEPARATORS) < 2


def outline_sections_after(
    infos: Sequence[LineInfo],
    inside: Sequence[bool],
    min_sections: int = 3,
    min_item_words: int = 4,
    reach: int = 40,
) -> set[int]:
    """Lines past the article stretch that are more labelled sections of the text's outline.

    The article must hold ``min_sections`` sections of its own, each a plain label ending with
    a colon over an item or a paragraph (the first label may sit right above the stretch), and
    its last lines must sit in one (a colon label above them with only items and paragraphs
    between). Past the stretch, the run of labels and
    items up to the first other line (a phrase line: a "See also" link, a share bar) is kept
    when it holds an item, each item holds ``min_item_words`` words or more and is no row of
    links (a menu's entries are a word or two, a network's sites a row of names), and no legal
    footer, consent line or comment form follows the run (a site closes its page so).
    """
    last = max((k for k, flag in enumerate(inside) if flag), default=-1)
    if last < 0 or last + 1 >= len(infos):
        return set()
    sections = sum(
        1
        for k in range(last)
        if (inside[k] or inside[k + 1])
        and _is_label(infos[k])
        and (infos[k + 1].in_list or infos[k + 1].cls in (PROSE, SENTENCE))
    )
    if sections < min_sections or not _in_a_section(infos, last, reach):
        return set()
    run: list[int] = []
    for j in range(last + 1, min(len(infos), last + 1 + reach)):
        if not (_is_item(infos[j]) or _is_label_or_named(infos[j])):
            break
        run.append(j)
    items = [j for j in run if _is_item(infos[j])]
    if not items or _is_label_or_named(infos[run[-1]]):
        return set()  # a label over nothing is no section
    if not all(_reads_as_an_item(infos[j], min_item_words) for j in items):
        return set()
    after = run[-1] + 1
    if after < len(infos) and infos[after].kind in _PAGE_END_KINDS:
        return set()  # the site's legal footer or comment form closes a page of furniture
    return set(run)


def _in_a_section(infos: Sequence[LineInfo], last: int, reach: int) -> bool:
    """Does a label with a colon head the article's last lines, with items and paragraphs only
    between?"""
    for k in range(last, max(-1, last - reach), -1):
        if _is_label_or_named(infos[k]):
            return True
        if not _is_item(infos[k]) or (infos[k].cls not in (PROSE, SENTENCE) and not infos[k].in_list):
            return False
    return False
