"""The author's box under the article: the byline's name again, with a role and a short bio.

Many sites close an article with a box about its author: the name on a line of its own, a
role ("Contributing Writer"), and a paragraph that starts with the name or the first name
("Jane Doe is a writer ...", "I'm Jane, a trainer ..."). The paragraph reads as prose, so
the article stretch takes the box in. What marks it is the name: the byline above the
article names the same person. A list of people inside a text (a listicle's experts, a
report's authors) names people the byline does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo

#: A word of a person's name: letters with a hyphen or an apostrophe inside ("Jean-Luc",
#: "O'Neil"), a bracketed nickname ("(Ludo)"), or an initial ("J.").
NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\([^\W\d_]+\)|[^\W\d_]\.")

#: How far from the article's first paragraph the byline is looked for, in lines.
BYLINE_REACH = 30


def author_boxes(
    infos: Sequence[LineInfo],
    flagged: Sequence[bool],
    text: str,
    described: Sequence[LineInfo] | None = None,
    role_lines: int = 3,
    bio_words: int = 120,
) -> set[int]:
    """Kept lines of an author box after the article: a name line of two to four capitalised
    words that a flagged byline above the article holds, up to ``role_lines`` short lines
    under it (a role, "Verified expert"), and the bio under those, a line of at most
    ``bio_words`` words whose first three words hold one of the name's words. Without such a
    bio right under the name, nothing is taken: a name alone may head a section. The byline's
    label may stand right above the name instead ("Written by"), as ``described`` (each line's
    own class, before a label deep in the text was read as a section heading) tells."""
    if not text:
        return set()
    first_kept = next((k for k, flag in enumerate(flagged) if not flag and infos[k].cls == PROSE), None)
    if first_kept is None:
        return set()
    bylines, after = _byline_text(infos, flagged, text, first_kept)
    found: set[int] = set()
    prose_between = False
    for k in range(after + 1, len(infos)):
        info = infos[k]
        prose_between = prose_between or (info.cls == PROSE and not flagged[k])
        if not prose_between or flagged[k] or info.cls != SHORT or not 2 <= info.words <= 4 or not info.capitalised:
            continue
        name = text[info.start : info.end].strip()
        labelled = _byline_label((described or infos)[k - 1])
        if info.ends_sentence or info.colon or not _person(name) or not (labelled or name.lower() in bylines):
            continue
        words = {_bare(w) for w in name.split()}
        j = k + 1
        while j < len(infos) and j - k <= role_lines and infos[j].cls in (SHORT, PHRASE) and infos[j].words <= 6:
            j += 1
        if j >= len(infos) or infos[j].cls not in (PROSE, SENTENCE) or infos[j].words > bio_words:
            continue
        opening = text[infos[j].start : infos[j].end].split()[:3]
        if not any(_bare(word) in words for word in opening):
            continue
        found.update(i for i in range(k - labelled, j + 1) if not flagged[i])
    return found


def _byline_label(info: LineInfo) -> bool:
    """A byline's label alone on its line ("Written by", "About the author"): the box's head."""
    return info.cls == PHRASE and info.kind == "byline" and info.words <= 3 and not info.datelike


def _person(name: str) -> bool:
    """Is a line shaped as a person's name: words of letters (a hyphen or an apostrophe inside,
    an initial with its full stop), no figures? "Ember.js 2.12-LTS" names a release."""
    return all(NAME_WORD.fullmatch(word) for word in name.split())


def _bare(word: str) -> str:
    """A word without its punctuation and possessive ("Philip," and "Karina's" name a person)."""
    bare = word.lower().strip(",.;:!?()\"'“”‘’")
    for possessive in ("'s", "’s"):
        if bare.endswith(possessive):
            bare = bare[: -len(possessive)]
    return bare


def _byline_text(infos: Sequence[LineInfo], flagged: Sequence[bool], text: str, start: int) -> tuple[str, int]:
    """The lower-cased text of the flagged byline lines near the article's start, above it or
    under its first paragraphs (and of the line right under a byline label such as "Written
    By", which holds the name), and the last of those lines."""
    parts = []
    last = start
    for k in range(max(0, start - BYLINE_REACH), min(len(infos), start + BYLINE_REACH)):
        info = infos[k]
        if not flagged[k]:
            continue
        byline = info.cls == PHRASE and info.kind == "byline"
        under_label = k > 0 and infos[k - 1].cls == PHRASE and infos[k - 1].kind == "byline" and info.words <= 4
        if byline or under_label:
            parts.append(text[info.start : info.end].lower())
            last = max(last, k)
    return "\n".join(parts), last
