"""Where the article stretch ends inside a block that goes on past it.

The stretch is the run of lines with the most prose, and a box of other stories' teasers
(a headline over its one-sentence summary, again and again) is prose too: the stretch runs
over its first teasers and stops where a teaser's summary happens to read less like prose
("... Full Story"). A block of the same shape on both sides of the stretch's end is one
block, and since its part outside is furniture, so is its part inside: the stretch ends
where the block begins, with the block's label ("Also In The News") left outside too.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo


def teasers_across_the_end(
    infos: Sequence[LineInfo], first: int, last: int, min_inside: int = 2, blurb_limit: int = 45
) -> int:
    """The stretch's new last line when its tail is ``min_inside`` or more teasers (a title line
    over a summary of at most ``blurb_limit`` words) and one more teaser of that shape sits right
    after it, else ``last``.

    An article's closing sections can be a heading over one paragraph too, so the shape has to
    go on past the end, where the stretch itself judged it furniture; and what stays must hold
    more prose than the teasers taken out, so that a short article of one-paragraph sections
    followed by a teaser is not cut down to nothing."""
    if last + 2 >= len(infos) or not (_title(infos[last + 1]) and _summary(infos[last + 2], blurb_limit)):
        return last
    start = last + 1
    while start - 2 >= first and _title(infos[start - 2]) and _summary(infos[start - 1], blurb_limit):
        start -= 2
    if (last + 1 - start) // 2 < min_inside:
        return last
    end = start - 1
    while end >= first and infos[end].cls not in (PROSE, SENTENCE):
        end -= 1  # the box's label and its "more" link go with it
    kept = sum(i.words for i in infos[first : end + 1] if i.cls == PROSE)
    taken = sum(i.words for i in infos[start : last + 1] if i.cls == PROSE)
    return end if kept > taken else last


def _title(info: LineInfo) -> bool:
    """A teaser's headline: a short capitalised line that ends no sentence, no list item."""
    return (
        info.cls in (SHORT, PHRASE)
        and 2 <= info.words <= 14
        and info.capitalised
        and not info.ends_sentence
        and not info.colon
        and not info.bulleted
        and not info.in_list
    )


def _summary(info: LineInfo, blurb_limit: int) -> bool:
    """A teaser's summary: one line of eight words or more, short of a full paragraph."""
    return info.cls in (PROSE, SENTENCE, SHORT) and 8 <= info.words <= blurb_limit and not info.in_list
