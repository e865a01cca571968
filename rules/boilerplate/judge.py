"""The judge: which lines of a page are boilerplate, given their fields and the stretch.

It combines the stretch, the marks, the lists and the claimed phrase lines into one verdict a
line, and decides the page-level cases (an article alone, mere mentions of furniture).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from scrapelint.rules.boilerplate.announced_tail import announced_tail
from scrapelint.rules.boilerplate.author_box import author_boxes
from scrapelint.rules.boilerplate.boxes import related_boxes
from scrapelint.rules.boilerplate.chapters import video_chapters
from scrapelint.rules.boilerplate.closings import closing_pointer, event_details, figure_source, letter_signoff
from scrapelint.rules.boilerplate.contents import summary_contents
from scrapelint.rules.boilerplate.edges import teasers_across_the_end
from scrapelint.rules.boilerplate.headlines import headline, inner_headlines, on_the_title_subject, titled_opening
from scrapelint.rules.boilerplate.last_section import last_section_alone
from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo, Profile, flagged_runs
from scrapelint.rules.boilerplate.lists import (
    announced_items,
    closing_sentence,
    fact_list_lines,
    under_headings,
    under_labels,
)
from scrapelint.rules.boilerplate.outline import outline_sections_after
from scrapelint.rules.boilerplate.people import authors_after, people_lists
from scrapelint.rules.boilerplate.reading import closing_reading_list, contents_lists, quoted_series
from scrapelint.rules.boilerplate.sections import (
    aside_between_paragraphs,
    heading_over_paragraphs,
    keywords_under_abstract,
    notice_before_the_text,
    question_among_questions,
    question_between_paragraphs,
    section_byline,
    section_credit,
    section_end_link,
    section_end_sentence,
    section_headings,
    section_of_prose,
    section_opening,
    section_over_subheading,
    sentence_among_items,
    subject_between_paragraphs,
)
from scrapelint.rules.boilerplate.steps import call_among_steps
from scrapelint.rules.boilerplate.stretch import article_zones, cut_off_topic_tail, widen
from scrapelint.rules.boilerplate.structure import (
    bridge_lists,
    closing_list,
    cut_off_ledes,
    listicle_items,
    lone_phrase_items,
    record_fields,
    topic_phrases,
    topic_words,
)

if TYPE_CHECKING:
    from scrapelint.model.document import Document


def article_alone(doc: Document, infos: Sequence[LineInfo], flagged: Sequence[bool], profile: Profile) -> bool:
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


def only_mentions(infos: Sequence[LineInfo], flagged: Sequence[bool], profile: Profile) -> bool:
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


def judge(infos: Sequence[LineInfo], profile: Profile, text: str = "") -> list[bool]:
    """True for every line judged boilerplate (``text``: the page, to read a list's names)."""
    count = len(infos)
    if not any(i.cls == PROSE for i in infos):
        return _judge_without_prose(infos, profile)
    described = infos  # each line's own class, before the sections reclass any of them
    inside = [False] * count
    closing: set[int] = set()
    for first, last in article_zones(infos, profile):
        last = cut_off_topic_tail(infos, first, last, profile)
        last = teasers_across_the_end(infos, first, last)
        first, last, tail = widen(infos, first, last)
        closing.update(range(tail, last + 1))
        for k in range(first, last + 1):
            inside[k] = True
    inside = bridge_lists(infos, inside)
    authors_after(infos, inside)
    infos, people = people_lists(infos, inside, text)
    infos = section_headings(infos, inside)
    flagged = [True] * count
    listed = under_headings(infos)
    article = topic_words(infos, inside)  # the article's own words, for the list items and ledes
    facts = (
        fact_list_lines(infos, inside, profile_words=profile.prose_words)
        | closing
        | listicle_items(infos, inside, listed, article=article)
    )
    items, plain_items = lone_phrase_items(infos, inside, listed)
    items |= record_fields(infos, inside)
    facts |= plain_items | people
    labelled = under_labels(infos)
    announced = announced_items(infos, inside)
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
                or aside_between_paragraphs(infos, inside, k, profile)
                or question_between_paragraphs(infos, inside, k)
                or sentence_among_items(infos, inside, k)
                or closing_sentence(infos, inside, k)
                or keywords_under_abstract(infos, inside, k)
                or section_of_prose(infos, inside, k, article=article)
                or section_over_subheading(infos, inside, k)
                or section_end_link(infos, inside, k)
                or section_end_sentence(infos, inside, k)
                or subject_between_paragraphs(infos, inside, k)
                or question_among_questions(infos, inside, k)
                or section_byline(infos, inside, k)
                or section_credit(infos, inside, k)
                or heading_over_paragraphs(infos, inside, k)
                or notice_before_the_text(infos, inside, k)
                or figure_source(infos, inside, k)
                or call_among_steps(infos, inside, k)
            ):
                flagged[k] = False
            continue  # a section name ("Health") right above a paragraph is a heading
        after_residue = (
            k > 0
            and inside[k - 1]
            and flagged[k - 1]
            and infos[k - 1].cls == PHRASE
            and not infos[k - 1].toolbar  # a row of tools heads nothing
            and not _link_in_line(infos[k - 1])
        )
        flagged[k] = not _kept_inside(infos, k, facts, profile, after_residue)
    for k in _under_topic_labels(infos, inside, flagged):
        flagged[k] = False
    for k in headline(infos, inside, listed, profile):
        flagged[k] = False
    if titled_opening(infos, inside):
        flagged[0] = False
        for k in on_the_title_subject(infos, inside):
            flagged[k] = False
    elif section_opening(infos, inside):
        flagged[0] = False
    for k in inner_headlines(infos, inside, listed):
        flagged[k] = False
    for k in related_boxes(infos, flagged):
        flagged[k] = True
    for k in cut_off_ledes(infos, inside, article=article):
        flagged[k] = False
    for k in closing_list(infos, inside, article=article) | outline_sections_after(infos, inside):
        flagged[k] = False
    for k in announced_tail(infos, inside):
        flagged[k] = False
    for k in contents_lists(infos) | summary_contents(infos) | closing_reading_list(infos, flagged, article):
        flagged[k] = False
    for k in quoted_series(infos, flagged, text) | video_chapters(infos, text):
        flagged[k] = False
    for k in closing_pointer(infos, flagged, profile.prose_words) | event_details(infos, flagged, text):
        flagged[k] = False
    for k in letter_signoff(infos, flagged, text):
        flagged[k] = False
    _spare_isolated(infos, flagged, profile)
    for k in author_boxes(infos, flagged, text, described):
        flagged[k] = True
    for k in last_section_alone(infos, flagged):
        flagged[k] = False
    return flagged


def _under_topic_labels(infos: Sequence[LineInfo], inside: Sequence[bool], flagged: Sequence[bool]) -> set[int]:
    """The sub-heading and the deeper headings and items between a kept topic label ("Topics")
    and its first paragraph: the label heads a part of the text, so what it nests is the
    text's too."""
    found: set[int] = set()
    for k, info in enumerate(infos):
        if info.cls != PHRASE or flagged[k] or not inside[k] or not section_over_subheading(infos, inside, k):
            continue
        j = k + 1
        while j < len(infos) and infos[j].cls == SHORT:
            found.add(j)
            j += 1
    return found


def _link_in_line(info: LineInfo) -> bool:
    """A label and its headline on one line ("Related: How to read a tide table", "Also read:
    ..."): the block is that one line, so the short line under it is no teaser of it (a
    section heading, when prose follows). A label alone ("Read more:", "Advertisement") heads
    what comes next."""
    field = info.field
    return field is not None and len(field[0]) <= 30 and len(field[1].split()) >= 3


def _spare_isolated(infos: Sequence[LineInfo], flagged: list[bool], profile: Profile) -> None:
    """Keep a stray line or two with no phrase that sits between kept lines: one short line
    amid article text is far more often a heading, a caption or a formula than a menu."""
    count = len(infos)
    for k, end in flagged_runs(flagged):
        run = infos[k : end + 1]
        kept_before = k > 0
        kept_after = end + 1 < count
        if (kept_before or kept_after) and len(run) <= profile.stray_lines and all(i.cls != PHRASE for i in run):
            for j in range(k, end + 1):
                flagged[j] = False


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
