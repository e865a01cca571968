"""Headlines: the title above the article, and titles inside it that the paragraphs echo.

A headline shares its content words with the paragraphs under it; a menu string or a
teaser of another story does not. That echo is the test here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo, Profile


def headline(infos: Sequence[LineInfo], inside: Sequence[bool], listed: set[int], profile: Profile) -> list[int]:
    """The headline: a title-like line among the few plain lines above the article stretch.

    Phrase lines (bylines, share bars, dates) between it and the article do not
    count towards ``headline_reach``. Longer lines win over captions and bylines,
    nearer ones over menu strings; of two copies of one line the first wins.
    Title-like lines that repeat the content words of the article's first
    paragraphs (a headline and its standfirst) are kept too, even further up,
    past a photo gallery or a share bar: all of them are returned.

    A line that closes a list of lines (a sidebar's headlines running into the article's own) is
    a headline only as the nearest title above the article, with nothing but phrase lines,
    dates and a widget's fields between, and only when it repeats the body's words: the
    teasers above it name other stories.
    """
    start = next((k for k, flag in enumerate(inside) if flag), None)
    if start is None:
        return []
    body = body_stems(infos, start)
    best, best_score, echoed = None, 0.0, []
    distance = 0
    nearest = True  # no plain line yet between the article and the line looked at
    for k in range(start - 1, max(-1, start - 1 - 8 * profile.headline_reach), -1):
        info = infos[k]
        if _passed_over(info):
            continue
        distance += 1
        if distance > 3 * profile.headline_reach:
            break
        if not _title_like(info):
            nearest = False
            continue
        if info.words < 3 or _fields(info) >= 2:
            continue  # "Weather: Ottawa / -4°C / Wind: 13 km/h", "Home | RSS | Site map": a widget's fields
        if k in listed and not (nearest and echoes(info, body)):
            nearest = False
            continue
        nearest = False
        if echoes(info, body):
            echoed.append(k)
        if distance > profile.headline_reach:
            continue
        score = min(info.words, 20) - 0.5 * distance
        if score > best_score or (best is not None and info.text_key == infos[best].text_key):
            best, best_score = k, max(score, best_score)
    found = [k for k in (best, *echoed) if k is not None]
    return found + _later_titles(infos, inside, start)


def _later_titles(infos: Sequence[LineInfo], inside: Sequence[bool], first: int) -> list[int]:
    """The titles of the stretches after the first: the nearest plain line above each, past
    phrase lines, dates and a widget's fields only, title-like and repeating the words of the
    paragraphs under it. A page whose widget ("Check out this great photo ...") holds the first
    stretch of prose still sets the article's headline right above the article's paragraphs,
    and a run of other stories' headlines running into it does not make it one of them."""
    found = []
    for s in range(first + 1, len(inside)):
        if not inside[s] or inside[s - 1]:
            continue
        for k in range(s - 1, max(-1, s - 9), -1):
            info = infos[k]
            if inside[k]:
                break
            if _passed_over(info):
                continue
            if info.words >= 3 and _fields(info) >= 2:
                continue  # a widget's fields ("A | A | A")
            if _title_like(info) and info.words >= 3 and echoes(info, body_stems(infos, s)):
                found.append(k)
            break
    return found


def _passed_over(info: LineInfo) -> bool:
    """A line between a headline and its text that neither is one nor hides one: a phrase, a
    date, an empty line or a field's label."""
    return info.cls == PHRASE or info.datelike or info.words == 0 or _field_label(info)


def _title_like(info: LineInfo) -> bool:
    """A plain line shaped as a headline: no bullet, a short line or a sentence, title-like."""
    return not info.bulleted and info.cls in (SHORT, SENTENCE) and info.headline_like


def _field_label(info: LineInfo) -> bool:
    """A field's label alone ("Article from:", "Font size:"): furniture over a value, never a title."""
    return info.colon and info.words <= 3 and info.cls == SHORT


def _fields(info: LineInfo) -> int:
    """How many field separators (" | ", " / ") a line holds."""
    key = info.text_key
    return key.count(" | ") + key.count(" / ")


def titled_opening(infos: Sequence[LineInfo], inside: Sequence[bool]) -> bool:
    """The text's first line, title-shaped and right above the article's first paragraph, whose
    words that paragraph and the next repeat, or set as a title and its subtitle: the article's own
    title, even when it names page furniture ("What Is a Terms of Service?", "The Official Navy
    App: Powered by API"). The first section's heading may stand between it and the paragraph.
    A cookie or subscription line atop a scraped page speaks of the site, not of what the
    paragraphs below discuss, and is no two-part title."""
    if len(infos) < 2 or infos[0].cls != PHRASE or infos[0].heading_kind or not infos[0].headline_like:
        return False
    if infos[0].words < 4 or not inside[1]:
        return False
    if infos[1].cls != PROSE and not (infos[1].cls == SHORT and len(infos) > 2 and inside[2] and infos[2].cls == PROSE):
        return False  # the first paragraph, or the first section's heading over it
    return _title_and_subtitle(infos[0]) or echoes(infos[0], body_stems(infos, 1, paragraphs=2, reach=4))


#: The break between a title and its subtitle: a colon or a question mark inside the line.
_SUBTITLE_BREAK = re.compile(r"[:?] ")


def _title_and_subtitle(info: LineInfo) -> bool:
    """A title set as two parts of two words or more each, split by a colon or a question mark
    ("Video copyright: How to avoid getting sued", "Is It Time to Try Medium? New Terms of
    Service"): the typography of a headline, which no banner, link or footer line uses."""
    parts = _SUBTITLE_BREAK.split(info.text_key)
    return len(parts) == 2 and all(len(part.split()) >= 2 for part in parts)


def on_the_title_subject(infos: Sequence[LineInfo], inside: Sequence[bool]) -> list[int]:
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


def body_stems(infos: Sequence[LineInfo], start: int, paragraphs: int = 3, reach: int = 12) -> frozenset[str]:
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


def echoes(info: LineInfo, body: frozenset[str]) -> bool:
    """Does a title-like line repeat the body's words, as a headline does (two at
    least, and half of its own)?"""
    shared = len(info.stems & body)
    return shared >= 2 and shared >= 0.5 * len(info.stems)


def inner_headlines(infos: Sequence[LineInfo], inside: Sequence[bool], listed: set[int]) -> set[int]:
    """Title-like lines inside the article that its next paragraphs echo: a headline
    repeated after a photo gallery, a section title. Teaser lists do not qualify:
    their lines are bulleted or listed, and the prose after them is about something else."""
    found: set[int] = set()
    for k, info in enumerate(infos):
        if not inside[k] or k in listed or info.bulleted or not info.headline_like:
            continue
        if info.cls not in (SHORT, SENTENCE) or info.words < 3:
            continue
        if echoes(info, body_stems(infos, k + 1, paragraphs=2, reach=6)):
            found.add(k)
    return found
