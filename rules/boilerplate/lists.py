"""Lists of short lines and who they belong to: the article's facts, or a block's links.

A run of short lines between two paragraphs is the article's list; the same run under a
"Related" heading or a link label is the site's. These sets feed the judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from scrapelint.rules.boilerplate.grids import teaser_shaped
from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo

#: Headings whose block is the list of short lines under them ("Related", "Tags").
LIST_HEADINGS = frozenset({"related", "comments", "tags"})


def fact_list_lines(
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
        if not after and hi - k < items and closing_sentence(infos, inside, hi + 1):
            after = True  # a sentence of the text closes the list and its section ("Read more in the notes.")
        run = infos[k : hi + 1]
        headlines = sum(1 for i in run if teaser_shaped(i, profile_words))
        if before and after and (headlines * 2 < len(run) or len(run) < 3):
            found.update(range(k, hi + 1))
        k = hi + 1
    return found


#: Phrase kinds whose words a sentence of the text may use: a byline's ("Updated the
#: responsibilities of ..."), a footer's ("New lint rules powered by the compiler."), a
#: related-links label's ("More on that in the GitHub issue.").
SENTENCE_KINDS = frozenset({"byline", "footer", "related"})


def closing_sentence(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, words: int = 5) -> bool:
    """Is line ``k`` a sentence of the text that closes a section: a byline-, footer- or
    related-like line of ``words`` words or more, mostly lower case, ending on a full stop, with
    no label, no date and no bracket, and under it the text's next section (a paragraph, or a
    short heading over one), all inside the article? A related-links label is no sentence
    ("Read more", "Related stories:"), and a footer's or a share block's pitch ends the article,
    with furniture or nothing below."""
    if k + 2 >= len(infos) or not all(inside[k : k + 3]):
        return False
    info = infos[k]
    if info.cls != PHRASE or info.kind not in SENTENCE_KINDS or info.heading_kind or info.words < words:
        return False
    if not info.ends_sentence or info.question or info.lower_ratio < 0.5 or info.datelike or info.colon:
        return False
    if info.starts_lower or info.bracketed or ":" in info.text_key[:24]:
        return False
    below, next_ = infos[k + 1], infos[k + 2]
    if below.cls in (PROSE, SENTENCE):
        return True
    return below.cls == SHORT and not below.ends_sentence and next_.cls in (PROSE, SENTENCE)


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


def under_headings(infos: Sequence[LineInfo], limit: int = 15) -> set[int]:
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


def announced_items(infos: Sequence[LineInfo], inside: Sequence[bool], limit: int = 12) -> set[int]:
    """Short and phrase lines listed under a sentence of the article that announces them with
    its colon ("... a specific user type such as:" over "Author", "Editor", "Publisher"),
    with an article paragraph right below the list: the article's own list, whatever words
    its items share with a byline or a tag (``mark_lists`` closes a list at its first phrase
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
        if not (inside[k] and info.colon and (info.cls in (PROSE, SENTENCE) or _clause(info))):
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
        owned = phrases and (all(_nameable(i) for i in phrases) or lone_among_items(infos, k + 1, end))
        if end > k and paragraph_below and worded and owned:
            found.update(range(k + 1, end + 1))
        k = below
    return found


def _clause(info: LineInfo) -> bool:
    """A short line that reads as the start of a sentence announcing a list ("Initially, its
    members are:"): four words or more, mostly lower case, no figure. A label over a list
    ("Follow us:", "Written by:", "Photos courtesy of:") is a word or three of a widget."""
    return info.cls == SHORT and info.words >= 4 and info.lower_ratio >= 0.5 and not info.numeric


#: Phrase kinds that never stand as an item of an article's list: a share bar's button, an
#: interface label, a comments link.
_WIDGET_KINDS = frozenset({"share", "ui", "comments"})


def lone_among_items(infos: Sequence[LineInfo], first: int, last: int, per_phrase: int = 3) -> bool:
    """The phrase lines of an announced list are single items among plain ones ("Accessibility"
    heading a list of "Asset loading", "Caching", "Error handling", ...): at most three words
    each, no label, none beside another, and ``per_phrase`` plain short items for each. Furniture
    comes as a run of phrase lines (a share bar, a footer's links), not one word among many."""
    phrases = [j for j in range(first, last + 1) if infos[j].cls == PHRASE]
    plain = sum(1 for j in range(first, last + 1) if infos[j].cls == SHORT)
    if plain < per_phrase * len(phrases) or any(b - a == 1 for a, b in pairwise(phrases)):
        return False
    return all(
        infos[j].words <= 3
        and not infos[j].colon
        and not infos[j].heading_kind
        and not infos[j].opens_comments
        and infos[j].kind not in _WIDGET_KINDS
        for j in phrases
    )


#: Phrase kinds whose lines also name things an article lists (a role, an issue number, a
#: publisher, a report); menus, share bars, interface labels ("Advertisement") and the label
#: of a related-links block ("Read more...") are the site's, wherever they stand.
_NAMEABLE_KINDS = frozenset({"byline", "tags", "footer", "related"})


def _nameable(info: LineInfo) -> bool:
    return info.kind in _NAMEABLE_KINDS and not (info.heading_kind and info.kind == "related")


def under_labels(infos: Sequence[LineInfo], limit: int = 15) -> set[int]:
    """Short lines listed under a related-links label that announces them with a colon
    ("More on Kellogg:", "Also read:"), up to the next prose, phrase line or section heading
    (a short line right above prose), at most ``limit`` of them. Unlike a heading's list
    (``under_headings``), they do not make a run of the article's facts foreign: an
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
