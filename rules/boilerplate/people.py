"""Lists of people inside a text: an authors section, a working group's members.

Their name lines read as bylines, which are page furniture at an article's edge; deep in a
text, paired with bios or between paragraphs, they are the text's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SHORT, LineInfo
from scrapelint.text.lazy import lazy


def authors_section(infos: Sequence[LineInfo], k: int, pairs_needed: int = 2) -> tuple[list[int], int]:
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


def people_lists(
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


def authors_after(infos: Sequence[LineInfo], inside: list[bool], after: int = 2) -> None:
    """Take into the article an authors section (``authors_section``) that starts right
    after its last paragraph, deep in a text (``after`` paragraphs above): the bios of a
    book's or a report's front matter, which the stretch leaves out when they run short."""
    prose_above = 0
    for k, info in enumerate(infos):
        if inside[k]:
            prose_above += info.cls == PROSE
        elif info.heading_kind == "byline" and prose_above >= after and inside[k - 1] and infos[k - 1].cls == PROSE:
            lines, last = authors_section(infos, k)
            if lines:
                inside[k : last + 1] = [True] * (last + 1 - k)
