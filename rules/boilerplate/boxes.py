"""A box of other stories' headlines, known by the related-links label at one of its ends.

A site sets its "Related" box as a label and a few headlines, or as the headlines and a link
to the rest ("More in Trump Impeachment Inquiry", "More related articles »") under them. Inside
the article stretch those headlines read as headings or list items; the label beside them says
what the run is, whichever end it sits at.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo

#: The phrase kinds that label a box of links to other pages.
BOX_KINDS = frozenset({"related"})


def related_boxes(infos: Sequence[LineInfo], flagged: Sequence[bool], min_items: int = 3) -> set[int]:
    """Kept runs of ``min_items`` or more short lines, half of them headlines of five words or
    more, right under or right above a flagged related-links label.

    A table flattened to text (cells set apart by spaces) is no box of headlines, and neither
    is a run of list items or one-word labels: a headline names a story in a sentence's words.
    A last line right above a paragraph is that paragraph's heading, and stays out of the box."""
    found: set[int] = set()
    count = len(infos)
    k = 0
    while k < count:
        if flagged[k] or infos[k].cls != SHORT:
            k += 1
            continue
        end = k
        while end + 1 < count and not flagged[end + 1] and infos[end + 1].cls == SHORT:
            end += 1
        last = end
        if end + 1 < count and infos[end + 1].cls in (PROSE, SENTENCE):
            last -= 1  # the run's last line heads the paragraph under it: the next section, not the box
        run = infos[k : last + 1]
        headlines = sum(1 for i in run if i.headline_like and i.words >= 5)
        if (
            len(run) >= min_items
            and 2 * headlines >= len(run)
            and not any(i.columns for i in run)
            and (_box_label(infos, flagged, k - 1) or _box_label(infos, flagged, end + 1))
        ):
            found.update(range(k, last + 1))
        k = end + 1
    return found


def _box_label(infos: Sequence[LineInfo], flagged: Sequence[bool], k: int) -> bool:
    return 0 <= k < len(infos) and flagged[k] and infos[k].cls == PHRASE and infos[k].kind in BOX_KINDS
