"""The article's own lists of its parts and of further reading, told from the site's blocks.

A table of contents names the sections the text goes on to open, with the same words as their
headings; a site's menu names other pages. A reading list that closes the text right under its
last paragraph is the author's; a site's related block sits among the page's other furniture,
with teasers that carry dates or counts. Both are read from the page's structure alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PARAGRAPH, PHRASE, PROSE, SENTENCE, SHORT, LineInfo
from scrapelint.rules.boilerplate.structure import echoes_article


def contents_lists(infos: Sequence[LineInfo], min_items: int = 3, share: float = 0.75) -> set[int]:
    """Runs of ``min_items`` short lines or more, ``share`` of which come back further down as
    headings of the text (the same words on a line right above a paragraph): the text's table
    of contents, its label ("Contents", "In this post") among the lines that do not come back."""
    headings = _headings(infos)
    found: set[int] = set()
    count = len(infos)
    k = 0
    while k < count:
        if not _item(infos[k]):
            k += 1
            continue
        end = k
        while end + 1 < count and _item(infos[end + 1]) and not (end + 2 < count and infos[end + 2].cls in PARAGRAPH):
            end += 1  # a line right above a paragraph is the first section's heading, not an entry
        later = [headings.get(infos[j].text_key, -1) for j in range(k, end + 1)]
        echoed = sum(1 for j, at in zip(range(k, end + 1), later, strict=True) if at > end and at != j)
        if end - k + 1 >= min_items and echoed >= share * (end - k + 1):
            found.update(range(k, end + 1))
        k = end + 1
    return found


def _item(info: LineInfo) -> bool:
    return info.cls in (SHORT, PHRASE) and 1 <= info.words <= 12 and not info.datelike and not info.counted


def _headings(infos: Sequence[LineInfo]) -> dict[str, int]:
    """The last line of each text that stands right above a paragraph: a heading. A section's
    paragraph may be one short sentence ("An introduction to the leadership team.")."""
    found: dict[str, int] = {}
    for k in range(len(infos) - 1):
        info = infos[k]
        if info.cls in (SHORT, PHRASE) and info.words <= 12 and infos[k + 1].cls in PARAGRAPH:
            found[info.text_key] = k
    return found


def _teaser_marked(info: LineInfo) -> bool:
    """A teaser of a site's block: a date or a count with it, or its outlet's or section's label
    before a colon ("Harbour News: Board delays vote on fares")."""
    return info.datelike or info.counted or ": " in info.text_key[:30]


def closing_reading_list(
    infos: Sequence[LineInfo],
    flagged: Sequence[bool],
    article: set[str],
    max_items: int = 12,
    min_prose: int = 3,
    share: float = 0.5,
) -> set[int]:
    """A related-links heading right under the article's last paragraph, with the short items
    under it running to the end of the text, ``share`` of them on the article's subject (its
    words, ``article``): the author's reading list ("Further reading", "See also" over the
    titles of posts on the subject), when the text above it is an article of ``min_prose`` kept
    paragraphs or more. A site's related block comes with the rest of its furniture around it (a
    share bar, a footer, the comments), with teasers on other subjects ("Trending now"), or with
    teasers that carry a date, a count or their outlet's label, and a phrase line among the items
    (a "More" link, a footer) marks it as the site's.

    A guide's list may also close a section rather than the text: under the last item of an
    earlier list ("See also" after the steps of a section, which end on an item, not a
    paragraph), or over one last section of the text on the same subject ("Support" over "To
    raise an issue with this module, ..."; ``closing_section``), which stays with it."""
    count = len(infos)
    end = closing_section(infos, article)
    k = end - 1
    while k >= 0 and infos[k].cls == SHORT and not _teaser_marked(infos[k]):
        k -= 1
    items = end - 1 - k
    if k < 1 or not 1 <= items <= max_items:
        return set()
    first = k + 1  # the first item
    if k >= 2 and _note_on_list(infos[k]) and _reading_label(infos[k - 1]):
        k -= 1  # the label, then one sentence that says what the list holds
    if not _reading_label(infos[k]):
        return set()
    if flagged[k - 1] or not (infos[k - 1].cls in PARAGRAPH or _kept_item(infos, flagged, k - 1)):
        return set()
    if sum(1 for j in range(k) if infos[j].cls == PROSE and not flagged[j]) < min_prose:
        return set()
    on_subject = sum(1 for j in range(first, end) if echoes_article(infos[j], article))
    return set(range(k, count)) if on_subject >= share * items else set()


def closing_section(infos: Sequence[LineInfo], article: set[str], max_paragraphs: int = 2, words: int = 6) -> int:
    """Where the page's closing section starts: a plain short heading of at most ``words``
    words (no phrase line, no full stop, no colon, no date) over one to ``max_paragraphs``
    paragraphs that run to the page's end and repeat the article's words (``article``), none
    of them a phrase line. A site's blurb under its related block names the site, not what
    the article is about. No such section: the page's end (``len(infos)``)."""
    count = len(infos)
    k = count - 1
    while k >= 0 and count - 1 - k < max_paragraphs and infos[k].cls in PARAGRAPH:
        k -= 1
    paragraphs = infos[k + 1 :]
    if k < 1 or not paragraphs or not all(echoes_article(i, article) for i in paragraphs):
        return count
    head = infos[k]
    if head.cls != SHORT or head.words > words or head.ends_sentence or head.colon or _teaser_marked(head):
        return count
    return k


def _kept_item(infos: Sequence[LineInfo], flagged: Sequence[bool], k: int) -> bool:
    """Is line ``k`` the last item of a kept list of the text: a short kept line under another
    kept line that is no heading of it (a heading stands right above a paragraph)?"""
    return (
        k >= 1
        and infos[k].cls == SHORT
        and not flagged[k - 1]
        and infos[k - 1].cls in (SHORT, PROSE, SENTENCE)
        and not _teaser_marked(infos[k])
    )


def _note_on_list(info: LineInfo) -> bool:
    """A sentence between a reading list's label and its items that announces them ("These
    links are shared as other resources on this topic:"): prose ending with a colon, as an
    author writes; a site's related block puts its teasers right under its label."""
    return info.cls in PARAGRAPH and info.colon


def _reading_label(info: LineInfo) -> bool:
    """The label over a reading list: a related heading ("Further reading"), or any related
    phrase standing alone on its line as a label does ("See also", "More resources"), or the
    heading of a list of links ("Useful links", "External links": a navigation heading, not a
    menu's own item): four words at most, no colon, no headline after a label, no date or
    count. What makes the list the author's is where it stands and what its items name, not
    which label words head it."""
    if info.cls != PHRASE or info.words > 4:
        return False
    if info.kind == "navigation" and info.heading_kind == "navigation":
        return not (info.colon or info.datelike or info.counted)
    if info.kind != "related":
        return False
    return info.heading_kind == "related" or not (info.colon or info.field or info.datelike or info.counted)


def quoted_series(
    infos: Sequence[LineInfo], flagged: Sequence[bool], text: str, min_items: int = 2, max_items: int = 12
) -> set[int]:
    """The list of a series' parts that closes one of them: items the text names itself.

    A post in a series says so in its own words ("This is post 4 in the 5-part series, The
    Right Tools for the Job: ...") and closes with the series' parts under a label. A site's
    related block lists other stories, whose titles the article's paragraphs do not quote. After
    the article's last kept paragraph, a run of ``min_items`` to ``max_items`` short lines (a
    label line at its head at most) that runs to the page's end, one of them a title of five
    words or more that a kept paragraph of the text quotes word for word, is the text's own
    list; its label stays a label.
    """
    if not text:
        return set()
    last = max((k for k, flag in enumerate(flagged) if not flag and infos[k].cls in PARAGRAPH), default=-1)
    if last < 0:
        return set()
    first = last + 1
    if first < len(infos) and infos[first].cls == PHRASE and infos[first].colon:
        first += 1  # the list's label ("Read more of this series:")
    items = list(range(first, len(infos)))
    if not min_items <= len(items) <= max_items or any(infos[j].cls != SHORT for j in items):
        return set()
    paragraphs = " ".join(
        _folded(text[i.start : i.end]) for k, i in enumerate(infos) if not flagged[k] and i.cls in PARAGRAPH
    )
    for j in items:
        if infos[j].words >= 5 and _folded(text[infos[j].start : infos[j].end]) in paragraphs:
            return set(items)
    return set()


def _folded(line: str) -> str:
    """A line compared word for word: case and runs of spaces do not count."""
    return " ".join(line.casefold().split())
