"""Where the article stretch ends inside a block that goes on past it.

The stretch is the run of lines with the most prose, and a box of other stories' teasers
(a headline over its one-sentence summary, sometimes under a date or a section label, again
and again) is prose too: the stretch runs over its first teasers and stops where a teaser's
summary happens to read less like prose ("... Full Story"). A block of the same rhythm on
both sides of the stretch's end is one block, and since its part outside is furniture, so is
its part inside: the stretch ends where the block begins, with the block's label ("Also In
The News") left outside too.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo

#: Kinds of phrase line that label a box of teasers ("Related Articles", "Must Read").
LABEL_KINDS = frozenset({"related"})


def teasers_across_the_end(
    infos: Sequence[LineInfo], first: int, last: int, min_inside: int = 2, longest: int = 45
) -> int:
    """The stretch's new last line when its tail is a run of teasers and one more teaser of
    the same parts, in the same order, sits right after it; else ``last``.

    A teaser is two lines (a headline over a summary of at most ``longest`` words) or three
    (with a date line among them). The tail needs ``min_inside`` teasers of two
    lines, or one when the teaser is three lines long or sits right under a related-links
    label: an article's closing sections can be a heading over one paragraph too, so the
    rhythm has to go on past the end, where the stretch itself judged it furniture. What stays
    must hold more prose than the teasers taken out, so that a short article of one-paragraph
    sections is not cut down to nothing."""
    for size in (2, 3):
        start = _cards_start(infos, first, last, size, longest)
        if start > last:
            continue
        cards = (last + 1 - start) // size
        labelled = start > 0 and infos[start - 1].cls == PHRASE and infos[start - 1].kind in LABEL_KINDS
        if cards < min_inside and not (size == 3 or labelled):
            continue
        end = start - 1
        while end >= first and infos[end].cls not in (PROSE, SENTENCE):
            end -= 1  # the box's label and its "more" link go with it
        kept = sum(i.words for i in infos[first : end + 1] if i.cls == PROSE)
        taken = sum(i.words for i in infos[start : last + 1] if i.cls == PROSE)
        if kept > taken:
            return end
    return last


def _cards_start(infos: Sequence[LineInfo], first: int, last: int, size: int, longest: int) -> int:
    """The first line of the run of ``size``-line teasers that ends at ``last``, each with its
    kicker (if any) where the teaser right after ``last`` has it; ``last + 1`` when there is none."""
    if last + size >= len(infos):
        return last + 1
    shape = _card_shape(infos, last + 1, size, longest)
    if shape is None:
        return last + 1
    start = last + 1
    while start - size >= first and _card_shape(infos, start - size, size, longest) == shape:
        start -= size
    return start


def _card_shape(infos: Sequence[LineInfo], k: int, size: int, longest: int) -> int | None:
    """Where the kicker sits in the teaser of ``size`` lines from ``k`` (-1: a teaser of two
    lines, no kicker), or None when the lines are no teaser: a headline (a short capitalised
    line that ends no sentence) right over its summary (a line of eight words or more, longer
    than the headline), and for three lines a date line before, between or after them."""
    lines = infos[k : k + size]
    if any(i.in_list or i.bulleted for i in lines):
        return None
    kicker = -1
    if size == 3:
        dated = [j for j, i in enumerate(lines) if i.datelike]
        if len(dated) != 1:
            return None
        kicker = dated[0]
        lines = [i for j, i in enumerate(lines) if j != kicker]
    title, summary = lines
    if not (
        title.cls in (SHORT, PHRASE)
        and title.capitalised
        and not title.ends_sentence
        and not title.colon
        and not title.datelike
        and 2 <= title.words <= 20
    ):
        return None
    if summary.cls == PHRASE or summary.datelike or not title.words < summary.words <= longest or summary.words < 8:
        return None
    return kicker
