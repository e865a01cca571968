"""The list an article's last paragraph announces with its colon, running to the page's end.

An article may end on a list: "Now, here is the most complete update on the events:" over the
events, "Join the communities of practice:" over their names, a plain caption ("Three
presentations:") under the last paragraph over the talks. The colon hands the rest of the page
to the list, so what follows it is the article's, however much a run of short lines looks
like a menu. A scraped page's furniture does not follow a colon: it comes after the article
with its own phrases (a share bar, a footer's links, a copyright), side by side; so a run that
holds a widget's phrase, two phrase lines together, or a paragraph that announces nothing
stays furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo
from scrapelint.rules.boilerplate.lists import lone_among_items


def announced_tail(infos: Sequence[LineInfo], inside: Sequence[bool], limit: int = 60, min_items: int = 3) -> set[int]:
    """Lines after the article's last paragraph, to the page's end, that it announces.

    The last line of the article stretch is a paragraph that ends with a colon, or a paragraph
    with a plain caption right below it that does (a short line, no phrase), the one label of
    the run: labelled sections after a paragraph that announces none are a digest's only when
    its article has an outline of them (``outline_sections_after``). After it, up to ``limit``
    lines: ``min_items`` short items or more (a label over one or two lines at the page's end
    reads as well as a footer's label over its notice, "Awards:" over one award and a licence
    line), sentences that carry the list on ("Here are some resources on writing."), fewer
    than the items, and paragraphs only when they announce a further list with their own
    colon; phrase lines only as single short items among at least three plain ones
    (``lone_among_items``).
    """
    last = max((k for k, flag in enumerate(inside) if flag), default=-1)
    count = len(infos)
    if last < 0 or infos[last].cls not in (PROSE, SENTENCE) or not 2 <= count - last - 1 <= limit:
        return set()
    run = range(last + 1, count)
    caption = infos[last + 1]
    captioned = caption.cls == SHORT and caption.colon and not any(infos[j].colon for j in run[1:])
    if not (infos[last].colon or captioned):
        return set()
    if any(infos[j].cls == PROSE and not infos[j].colon for j in run):
        return set()
    sentences = sum(1 for j in run if infos[j].cls == SENTENCE and not infos[j].colon)
    items = sum(1 for j in run if infos[j].cls == SHORT and not infos[j].colon)
    if items < min_items or sentences >= items:
        return set()
    if any(infos[j].cls == PHRASE for j in run) and not lone_among_items(infos, last + 1, count - 1):
        return set()
    return set(run)
