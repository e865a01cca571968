"""Marks a line's neighbours decide before the article is sought.

A hard-wrapped paragraph, the items of a list a sentence announces, a table flattened to one
cell a line, a comments link in a toolbar: each reads wrongly line by line, and is set right
here so that the stretch and the judge see what the lines are in their page.
"""

from __future__ import annotations

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo
from scrapelint.rules.boilerplate.structure import figure_column, periodic, wrapped_paragraphs


def comment_links(infos: list[LineInfo], reach: int = 3, paragraphs: int = 5) -> list[LineInfo]:
    """A comments line ("Write a comment") with a run of ``paragraphs`` paragraphs right under
    it (past a share bar at most) is a link in the toolbar above the article, not the start of
    the comments: reader comments come one by one, each with its name, date or reply button
    between them. It stays a comments line, but no longer ends the article."""
    from dataclasses import replace

    found = []
    count = len(infos)
    for k, info in enumerate(infos):
        if not info.opens_comments:
            continue
        j = k + 1
        while j < count and j <= k + reach and infos[j].cls == PHRASE and not infos[j].opens_comments:
            j += 1
        run = 0
        while j + run < count and infos[j + run].cls == PROSE:
            run += 1
        if run >= paragraphs:
            found.append(k)
    if not found:
        return infos
    marked = list(infos)
    for k in found:
        marked[k] = replace(infos[k], opens_comments=False)
    return marked


def mark_teaser_records(infos: list[LineInfo]) -> list[LineInfo]:
    """The lines of a stream of story cards (``teaser_records``): their blurbs read as prose,
    but they are a feed of other stories, and must not pull the article stretch."""
    from dataclasses import replace

    from scrapelint.rules.boilerplate.grids import teaser_records

    found = teaser_records(infos)
    if not found:
        return infos
    return [replace(info, teaser=True) if k in found else info for k, info in enumerate(infos)]


def join_wrapped(infos: list[LineInfo]) -> list[LineInfo]:
    """Lines of a hard-wrapped paragraph are prose, whatever each looks like alone."""
    from dataclasses import replace

    pieces = wrapped_paragraphs(infos)
    if not pieces:
        return infos
    return [
        replace(info, cls=PROSE, kind=None, heading_kind=None) if k in pieces else info for k, info in enumerate(infos)
    ]


def mark_lists(infos: list[LineInfo], tables: set[int]) -> list[LineInfo]:
    """Mark table rows, and short lines under a sentence ending with a colon (a list it announces).

    An item of an open list that happens to end with a full stop ("Acme Moving, Inc.") between
    two short items is one more item, not the sentence that closes the list."""
    from dataclasses import replace

    marked = list(infos)
    open_list = False
    count = len(infos)
    for k, info in enumerate(infos):
        if (
            open_list
            and info.cls == SENTENCE
            and info.words <= 6
            and not info.colon
            and k > 0
            and marked[k - 1].in_list
            and k + 1 < count
            and infos[k + 1].cls == SHORT
        ):
            marked[k] = replace(info, in_list=True)
        elif info.cls in (PROSE, SENTENCE):
            open_list = info.ends_sentence and _ends_with_colon(info)
        elif info.cls == PHRASE:
            open_list = False
        elif open_list or info.index in tables:
            marked[k] = replace(info, in_list=True)
        elif info.cls == SHORT and info.words >= 2 and _ends_with_colon(info):
            # a label over another label ("Your Name:" over "Your Email:") is a form's field,
            # or a toolbar's ("Article from:" over "Font size: Decrease Increase"): no list
            open_list = k + 1 >= count or not _form_label(infos[k + 1])
    return marked


def _form_label(info: LineInfo) -> bool:
    """A form or toolbar label: a short line that ends with a colon, or a label and a one- or
    two-word value ("Font size: Decrease Increase", "Email article: Email")."""
    if info.cls != SHORT:
        return False
    if info.colon:
        return True
    field = info.field
    return (
        field is not None and 1 <= len(field[0].split()) <= 3 and 1 <= len(field[1].split()) <= 2 and not info.numeric
    )


def mark_data_runs(infos: list[LineInfo], min_run: int = 4, share: float = 0.5) -> list[LineInfo]:
    """Mark runs of short lines that read as data: a table or schedule flattened to one cell
    a line ("Player", "63", "85%"), where at least half the lines hold figures or a
    column's values recur at the row's period ("Yes", "For-Profit"). Menus and teaser
    lists are words named once; timestamps are left out, they are bylines far more often."""
    from dataclasses import replace

    marked = list(infos)
    k, count = 0, len(infos)
    while k < count:
        if not _data_cell(infos[k]):
            k += 1
            continue
        end = k
        while end + 1 < count:
            if _data_cell(infos[end + 1]):
                end += 1
            elif (
                end + 2 < count
                and (_range_cell(infos[end + 1]) or _sign_cell(infos[end + 1]))
                and _data_cell(infos[end + 2])
            ):
                end += 2  # a range in a cell ("3.1-3.9") or a sign ("$$") between cells does not end the table
            else:
                break
        run = infos[k : end + 1]
        figures = sum(1 for i in run if i.numeric and not i.datelike)
        teasers = sum(1 for i in run if i.headline_like and i.words >= 5 and not i.columns)
        beside_prose = (
            (k > 0 and infos[k - 1].cls in (PROSE, SENTENCE))
            or (end + 1 < count and infos[end + 1].cls in (PROSE, SENTENCE))
            or _announced_above(infos, k)
        )
        # a table whose rows keep their columns apart needs no paragraph beside it to read as one
        beside_prose = beside_prose or sum(1 for i in run if i.columns) * 2 > len(run)
        tabular = (
            figures >= share * len(run)
            or periodic([i.text_key for i in run])
            or figure_column([i.numeric and not i.datelike for i in run])
        )
        if len(run) >= min_run and beside_prose and tabular and teasers * 4 < len(run):
            for j in range(k, end + 1):
                marked[j] = replace(infos[j], in_list=True)
        k = end + 1
    return marked


def _data_cell(info: LineInfo) -> bool:
    return info.cls == SHORT and info.words > 0 and not info.datelike and not info.counted


def _sign_cell(info: LineInfo) -> bool:
    """A cell of signs alone ("$$", "—", "✓"): a price range, an empty cell or a tick that a
    flattened table leaves between its cells. At a run's edge it is a pager's arrow or a rule."""
    return info.cls == SHORT and info.words == 0 and not info.datelike


def _announced_above(infos: list[LineInfo], k: int, header: int = 3) -> bool:
    """A sentence ending with a colon right above the run, past at most ``header`` lines of a
    word or two (the table's header cells: "#", "Company"): the text announces the table
    ("Here's a summary of the agencies we'll cover:"), as a paragraph beside it would show."""
    for j in range(k - 1, max(-1, k - 2 - header), -1):
        info = infos[j]
        if info.cls in (PROSE, SENTENCE):
            return info.colon
        if info.words > 2 or info.colon:
            return False
    return False


def _range_cell(info: LineInfo) -> bool:
    """A cell that reads as a date only for its digits: a range or a score of figures alone
    ("3.1-3.9", "680-760"), no word. A teaser's timestamp ("3 hours ago", "May 5, 2024")
    has words."""
    return info.cls == SHORT and info.datelike and info.words <= 2 and not any(c.isalpha() for c in info.text_key)


def _ends_with_colon(info: LineInfo) -> bool:
    return info.colon
