"""The article stretch: the run of lines with the most prose in it (a maximum-sum run).

Short gaps such as a photo caption are bridged while a long menu is not; the stretch is cut
where the comments start or the subject changes, and widened over its lede and closing facts.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.grids import card_grid, closing_table, teaser_grid
from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo, Profile


def _weight(info: LineInfo, profile: Profile) -> float:
    """How much a line pulls the article stretch towards itself (negative: pushes it away)."""
    if info.in_list:
        return 0.5
    if info.teaser:
        return 0.0 if info.cls in (PROSE, SENTENCE) else -profile.short_penalty
    if info.cls == PROSE:
        return min(info.words, 80) - profile.prose_discount
    if info.cls == SENTENCE:
        return 3.0
    if info.cls == PHRASE:
        return -12.0 if info.heading_kind else -6.0
    return -profile.short_penalty


def _list_weights(infos: Sequence[LineInfo], weights: list[float], longest: int = 40) -> list[float]:
    """A list that runs into page furniture (a phrase line, or the end of the page) does not pull
    the article stretch towards itself: the article's lists lead on to more of the article,
    while a form's options, a country picker or a link list end where the furniture starts.

    Nor does a list of more than ``longest`` short items that is no table: a text announces a
    list of a few dozen things at most, while a site's menu under a label ("OUR NETWORK:")
    runs to every section it has; such a list is neutral, as a table is."""
    k, count = 0, len(infos)
    while k < count:
        if not infos[k].in_list:
            k += 1
            continue
        end = k
        while end + 1 < count and infos[end + 1].in_list:
            end += 1
        too_long = end - k + 1 > longest and not any(infos[j].columns for j in range(k, end + 1))
        if too_long or not _leads_to_prose(infos, end + 1):
            for j in range(k, end + 1):
                weights[j] = 0.0
        k = end + 1
    return weights


def _leads_to_prose(infos: Sequence[LineInfo], k: int, reach: int = 3) -> bool:
    """Does a paragraph follow within ``reach`` lines from ``k``, before any phrase line?"""
    for j in range(k, min(len(infos), k + reach)):
        if infos[j].cls == PROSE:
            return True
        if infos[j].cls == PHRASE:
            return False
    return False


def _best_run(weights: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum run of ``weights[lo:hi]`` (Kadane): (sum, first, last)."""
    best = (0.0, -1, -1)
    total, first = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, first = 0.0, i
        total += weights[i]
        if total > best[0]:
            best = (total, first, i)
    return best


def article_zones(infos: Sequence[LineInfo], profile: Profile) -> list[tuple[int, int]]:
    """The article stretch, plus any other stretch nearly as rich in prose."""
    weights = _list_weights(infos, [_weight(i, profile) for i in infos])
    main = _best_run(weights, 0, len(infos))
    if main[1] < 0:
        return []
    main = (main[0], main[1], _cut_at_comments(infos, main[1], main[2]))
    zones = [(main[1], main[2])]
    comments = next((k for k in range(main[2] + 1, len(infos)) if infos[k].opens_comments), len(infos))
    pending = [(0, main[1]), (main[2] + 1, len(infos))]
    while pending and len(zones) < 4:
        lo, hi = pending.pop()
        found = _best_run(weights, lo, hi)
        if found[1] < 0 or found[1] > comments:
            continue  # reader comments are prose too, but not the article
        if (
            found[0] >= profile.secondary_zone_share * main[0]
            and found[0] >= 40
            and _prose_pull(infos, weights, found[1], found[2]) >= 40
        ):
            zones.append((found[1], found[2]))
            pending.extend([(lo, found[1]), (found[2] + 1, hi)])
    return sorted(zones)


def _prose_pull(infos: Sequence[LineInfo], weights: Sequence[float], first: int, last: int) -> float:
    """What the lines of a run that are not list items pull: a second stretch needs prose of its own.

    The items of an announced list pull a little each so that a long list does not split the
    article; on their own, hundreds of them (a form's drop-down of car makes and prices under
    "Find your new car:") would make a stretch with no paragraph in it."""
    return sum(weights[k] for k in range(first, last + 1) if weights[k] > 0 and not infos[k].in_list)


def cut_off_topic_tail(infos: Sequence[LineInfo], first: int, last: int, profile: Profile) -> int:
    """End a stretch before its trailing blocks of prose on other subjects.

    The stretch splits into blocks at runs of ``tail_gap`` or more lines that are not
    paragraphs (menus, share bars, teaser headings). After the block with the most prose,
    a block whose prose shares less than ``tail_echo`` of its content words with the
    blocks before it (a site blurb, an author bio, teasers of other stories) ends the
    article there: widgets between paragraphs cut one subject, page furniture changes it.
    """
    if profile.tail_echo <= 0:
        return last
    from scrapelint.rules.boilerplate.structure import content_stems

    blocks: list[tuple[int, int]] = []
    start, run, marked = first, 0, False
    for k in range(first, last + 1):
        if infos[k].cls in (PROSE, SENTENCE):
            if run >= profile.tail_gap and marked and k - run > start:
                blocks.append((start, k - run - 1))
                start = k - run
            run, marked = 0, False
        else:
            run += 1
            marked = marked or infos[k].cls == PHRASE
    blocks.append((start, last))
    if len(blocks) < 2:
        return last
    weight = [sum(i.words for i in infos[a : b + 1] if i.cls == PROSE) for a, b in blocks]
    heaviest = weight.index(max(weight))
    topic = content_stems(infos[first : blocks[heaviest][1] + 1])
    for a, b in blocks[heaviest + 1 :]:
        if card_grid(infos[a : b + 1]) or teaser_grid(infos[a : b + 1]):
            return _announced_list_end(infos, a, b, topic)
        own = content_stems(infos[a : b + 1])
        if own and len(own & topic) < profile.tail_echo * len(own):
            return _announced_list_end(infos, a, b, topic)
        topic |= own
    return last


def _announced_list_end(
    infos: Sequence[LineInfo],
    a: int,
    b: int,
    topic: set[str] | frozenset[str],
    min_items: int = 3,
    max_items: int = 40,
) -> int:
    """Where the article ends when the block from ``a`` changes the subject: before ``a``, or
    after the list that the sentence before ``a`` announces with its colon ("Theme articles will
    include:"), whose items belong to that sentence whatever follows them, when at least half of
    them share a content word with the article (a quotation introduced by a colon, with the
    page's menus after it, does not)."""
    last = a - 1
    if last < 0 or not infos[last].colon or infos[last].cls not in (PROSE, SENTENCE):
        return last
    end = last
    while end + 1 <= b and end - last < max_items and infos[end + 1].in_list and infos[end + 1].cls == SHORT:
        end += 1
    echoed = sum(1 for k in range(last + 1, end + 1) if infos[k].stems & topic)
    return end if end - last >= min_items and 2 * echoed >= end - last else last


def _cut_at_comments(infos: Sequence[LineInfo], first: int, last: int) -> int:
    """End a zone before a comments heading: reader comments are prose, but not the article."""
    for k in range(first + 1, last + 1):
        if infos[k].opens_comments:
            return k - 1
    return last


def widen(infos: Sequence[LineInfo], first: int, last: int) -> tuple[int, int, int]:
    """Take in sentence-like lines at the edges of a zone (a lede, a closing line),
    and a list of facts that closes the article: (first, last, first line past the zone's own
    end: the closing lines and that list, kept as the text's)."""
    while first > 0 and infos[first - 1].cls == SENTENCE:
        first -= 1
    tail = last + 1  # the closing sentences and lines from here on are the text's
    while last + 1 < len(infos) and (infos[last + 1].cls == SENTENCE or closing_line(infos[last + 1])):
        last += 1
    end = last
    while end + 1 < len(infos) and infos[end + 1].cls in (SHORT, SENTENCE) and end - last < 60:
        end += 1
    run = infos[last + 1 : end + 1]
    facts = len(run) >= 3 and sum(1 for i in run if _fact_shaped(i)) >= 0.7 * len(run)
    if facts or closing_table(run):
        last = end
    return first, last, tail


def closing_line(info: LineInfo, prose_words: int = 12) -> bool:
    """A short line right under the stretch's last paragraph that reads as the text's own last
    sentence, not as furniture: a statement of three words or more that ends with a full stop
    ("Both teams finish 7-and-9.", "\"That's correct,\" Volker said."), or a line of
    ``prose_words`` words or more, mostly lower case, that lost its full stop when the page was
    cut ("Goggin and Senden are three shots behind in a tie for 23rd position on nine-under").
    A label with a value reads as the text's only when the value enumerates (a team's line-up,
    a squad): "Tanala: All races." is a field of a form or a box.

    Furniture after an article is phrases, labels, dates, calls to action ("Talk to us!"),
    teasers cut short with an ellipsis and title-cased link text, none of which closes a
    statement with a full stop."""
    if info.cls != SHORT or info.datelike or info.bracketed or info.colon or info.teaser or info.columns:
        return False
    if info.truncated or not info.capitalised:
        return False  # a footnote's mark ("*Services vary by school."), a fragment
    field = info.field
    if field is not None and field[1].count(",") + field[1].count(";") < 2:
        return False
    if info.ends_sentence:
        return info.full_stop and info.words >= 3
    return info.words >= prose_words and info.lower_ratio >= 0.6


def _fact_shaped(info: LineInfo) -> bool:
    """A list item that states something: figures, a label and a value, a parenthesis."""
    return info.fact
