"""A guide's last section of links, when nothing else on the page is furniture.

A guidance page is written in sections, each a plain heading over its text ("Uses",
"Training", "Lessons Learned"), and often ends with one more section of that shape that holds
links rather than prose ("Resources" over the names of the pages it points to, a channel name,
a note). Its items are titles of other pages, so they need not repeat the article's words,
and the tests for a closing reading list do not hold. What tells it from a site's block is the
page around it: a site's related block comes with the rest of the site (its menu, its footer,
a share bar), and is headed by a label of the phrase tables ("Related", "More from ..."); the
guide's section is the one run of suspect lines on the page, headed like the text's own
sections, with no footer's heading inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PARAGRAPH, PROSE, SHORT, LineInfo, flagged_runs


def last_section_alone(
    infos: Sequence[LineInfo],
    flagged: Sequence[bool],
    min_sections: int = 3,
    max_lines: int = 8,
    max_after: int = 2,
    heading_words: int = 4,
) -> set[int]:
    """The page's one run of flagged lines, when it is a last section of the text: at most
    ``max_lines`` lines, right under a kept line, with at most ``max_after`` kept paragraphs
    after it to the page's end, and headed by a plain heading of ``heading_words`` words or
    fewer (no phrase of the tables, no colon, no full stop or question mark, no date or count)
    on a page that holds ``min_sections`` kept headings of the same kind (a plain short line
    right above a line of prose). A footer's heading inside the run ("Contact" over names
    and roles) marks the site's contact block, which stays flagged."""
    runs = flagged_runs(flagged)
    if len(runs) != 1:
        return set()
    first, last = runs[0]
    count = len(infos)
    if first == 0 or last - first + 1 > max_lines:
        return set()
    after = range(last + 1, count)
    if len(after) > max_after or any(infos[j].cls not in PARAGRAPH for j in after):
        return set()
    head = infos[first]
    if not _plain_heading(head, heading_words):
        return set()
    if any(infos[j].heading_kind == "footer" for j in range(first, last + 1)):
        return set()  # a contact heading ("Contact") over names and addresses: the site's block
    sections = sum(
        1
        for k in range(first - 1)
        if not flagged[k] and _plain_heading(infos[k], heading_words + 4) and infos[k + 1].cls == PROSE
    )
    return set(range(first, last + 1)) if sections >= min_sections else set()


def _plain_heading(info: LineInfo, words: int) -> bool:
    return (
        info.cls == SHORT
        and 1 <= info.words <= words
        and not (info.colon or info.ends_sentence or info.datelike or info.counted)
        and not info.text_key.endswith("?")
    )
