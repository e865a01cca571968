"""Lines of the article that page furniture's words name or that close it as furniture does: a
figure's source, a closing pointer, an event's details, a letter's sign-off.

A chart in a post has a title, a paragraph on what it shows and a source line under it
("Source: internal analytic data"); a release note may end on a "See also" heading over the one
sentence that points on to more notes; an invitation may end on the event's date, time and a
"Register" link; a newsletter may end as a letter does, a greeting followed by the writers'
names. Each carries a byline's, a related block's or a menu's words, or stands where a footer
would, and each is the article's own by where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SHORT, LineInfo


def figure_source(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, deep: int = 2) -> bool:
    """A one-word label and its value ("Source: ...") with byline words, under a figure's title
    (a short untitled line of four words or more, no sentence), deep in the article and with
    more of it below: the figure's source. The title stands two lines up, over the figure's
    caption paragraph, or right above the source line when the figure had no caption (the
    chart's image left out between them), with a paragraph of the article above the title and
    no line of a title's shape right below the source: three such lines in a row ("NASA Mission
    Could Spot Life", "Photos: Europa, Icy Moon of Jupiter", "Keck Observatory: Twin
    Telescopes") are a box of headlines, its middle one no source.
    A byline or a story's source line stands under the headline of the page or closes it."""
    info = infos[k]
    if info.kind != "byline" or info.heading_kind or info.colon or info.ends_sentence or info.words > 12:
        return False
    field = info.field
    if field is None or len(field[0].split()) != 1 or not field[1]:
        return False
    if k < 2 or k + 1 >= len(infos) or not (inside[k - 1] and inside[k + 1]):
        return False
    if infos[k + 1].cls not in (PROSE, SHORT):
        return False
    if infos[k - 1].cls == PROSE:
        title = k - 2
    elif infos[k - 2].cls == PROSE and inside[k - 2] and not _figure_title(infos[k + 1]):
        title = k - 1  # no caption: the title right above its source, a paragraph above the title
    else:
        return False
    if not _figure_title(infos[title]):
        return False
    return sum(1 for j in range(title) if inside[j] and infos[j].cls == PROSE) >= deep


def _figure_title(info: LineInfo) -> bool:
    """A short capitalised line of four words or more that neither ends a sentence nor
    announces with a colon ("Median build time in minutes by month")."""
    return info.cls == SHORT and not info.ends_sentence and not info.colon and info.capitalised and info.words >= 4


def closing_pointer(infos: Sequence[LineInfo], flagged: Sequence[bool], prose_words: int = 12) -> set[int]:
    """The page's last two lines when they are a related heading of up to three words over one
    full sentence, right under a line of the article kept as such: the text's own pointer on
    ("See also" over "You can also see the dashboard's release notes."). A related block lists
    headlines, several of them, and furniture follows it on a scraped page."""
    count = len(infos)
    if count < 3:
        return set()
    heading, sentence = infos[count - 2], infos[count - 1]
    if heading.cls != PHRASE or heading.kind != "related" or heading.words > 3 or not heading.capitalised:
        return set()
    if heading.colon or heading.numeric or heading.counted or heading.question:
        return set()
    if sentence.cls != PROSE or not sentence.ends_sentence or sentence.words < prose_words or sentence.headline_like:
        return set()
    return {count - 2, count - 1} if not flagged[count - 3] else set()


_MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b", re.IGNORECASE)


def event_details(infos: Sequence[LineInfo], flagged: Sequence[bool], text: str, most: int = 3) -> set[int]:
    """The page's last lines, ``most`` at most, when the first is a date whose month and day the
    article's own paragraphs name ("Join us on March 17") and each is short, under the
    article's last paragraph kept as such: the event's date, time and sign-up link that close an
    invitation. A page's timestamp or footer names a date the text does not."""
    count = len(infos)
    for size in range(most, 0, -1):
        first = count - size
        if first < 2 or flagged[first - 1] or infos[first - 1].cls != PROSE or not infos[first].datelike:
            continue
        found = _MONTH_DAY.search(text[infos[first].start : infos[first].end])
        if found is None or any(i.words > 6 or i.ends_sentence for i in infos[first:]):
            continue
        named = re.compile(rf"\b{found.group(1)}[a-z]*\.?\s+{found.group(2)}\b", re.IGNORECASE)
        if any(i.cls == PROSE and named.search(text[i.start : i.end]) for i in infos[:first]):
            return set(range(first, count))
    return set()


def letter_signoff(
    infos: Sequence[LineInfo], flagged: Sequence[bool], text: str, most: int = 4, greeting_words: int = 4
) -> set[int]:
    """The page's last lines, ``most`` at most, when they close the article as a letter does:
    right under its last paragraph kept as such, short lines with no furniture phrase among
    them, one a greeting of ``greeting_words`` words at most that ends on a comma ("Be kind,"),
    and after it one or two lines that sign it, the last a capitalised line that ends no sentence
    (the writers' names). A site's footer ends on a menu, a notice or a copyright line, and a
    menu's entries do not end on a comma."""
    count = len(infos)
    for size in range(min(most, count - 1), 1, -1):
        first = count - size
        if flagged[first - 1] or infos[first - 1].cls != PROSE:
            continue
        run = infos[first:]
        if any(i.cls != SHORT or i.kind or i.words > 25 or i.datelike for i in run):
            continue
        greetings = [j for j, i in enumerate(run) if _greeting(i, text, greeting_words)]
        if len(greetings) != 1 or not 1 <= size - 1 - greetings[0] <= 2:
            continue
        signature = run[-1]
        if signature.capitalised and not signature.ends_sentence and not signature.colon:
            return set(range(first, count))
    return set()


def _greeting(info: LineInfo, text: str, words: int) -> bool:
    """A letter's closing greeting ("Be kind,", "Best wishes,"): a few words ending on a comma."""
    return info.words <= words and info.capitalised and text[info.start : info.end].rstrip().endswith(",")
