"""Shapes of a block of lines that is not article text however much it reads like it.

Card grids, teaser lists and tables flattened to one cell a line repeat one small pattern
row after row; an article's sections do not. The stretch and the list judge ask these.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo


def card_grid(block: Sequence[LineInfo], pairs_needed: int = 8) -> bool:
    """A block made of name-and-blurb cards: a short title line, then one sentence about it,
    again and again (a product grid, a mega menu, a directory of services). An article's
    sections under their headings run to paragraphs of several sentences; cards give each
    name one line of a few words."""
    pairs = blurb_words = 0
    k = 0
    while k + 1 < len(block):
        title, blurb = block[k], block[k + 1]
        if (
            title.cls == SHORT
            and 1 <= title.words <= 6
            and not title.ends_sentence
            and blurb.cls in (SENTENCE, PROSE)
            and blurb.words <= 20
            and blurb.ends_sentence
        ):
            pairs += 1
            blurb_words += blurb.words
            k += 2
        else:
            k += 1
    return pairs >= pairs_needed and 2 * pairs >= 0.6 * len(block) and blurb_words <= 14 * pairs


def teaser_grid(block: Sequence[LineInfo], pairs_needed: int = 4, blurb_limit: int = 35) -> bool:
    """A block made of story teasers: a headline, then its one-sentence summary, again and
    again ("Elephants in Bangkok" over "Of all the illegal activities ..."). An article's
    sections give a heading several sentences; a teaser gives each headline one line."""
    pairs = 0
    k = 0
    while k + 1 < len(block):
        title, blurb = block[k], block[k + 1]
        if (
            title.cls == SHORT
            and title.headline_like
            and not title.bulleted
            and blurb.cls != PHRASE
            and not blurb.headline_like
            and 8 <= blurb.words <= blurb_limit
        ):
            pairs += 1
            k += 2
        else:
            k += 1
    return pairs >= pairs_needed and 2 * pairs >= 0.6 * len(block)


def closing_table(run: Sequence[LineInfo], min_lines: int = 12, max_period: int = 12, share: int = 10) -> bool:
    """A table flattened to one cell a line right after the last paragraph ("Drug name",
    "Approved for", "Frequency", then "Injection", "Once weekly" row after row): a column's
    values recur at the row's period from its first rows on, on a tenth of its lines at least.
    A teaser list there names each entry once; labels that recur ("FILM REVIEW:" over each
    headline) head teasers, not cells; and an ad's rows further down start late."""
    count = len(run)
    if count < min_lines or sum(1 for i in run if i.headline_like and i.words >= 5 and not i.columns) * 4 >= count:
        return False
    keys = [i.text_key for i in run]
    for period in range(2, min(max_period, count // 2) + 1):
        same = [k for k in range(count - period) if keys[k] and keys[k] == keys[k + period] and not run[k].colon]
        if len(same) >= 3 and len(same) * share >= count and same[0] <= 2 * period + 1:
            return True
    return False


def teaser_shaped(info: LineInfo, prose_words: int) -> bool:
    """A title-like line of five words or more, short of a paragraph's length: a headline
    of ``prose_words`` words or more in sentence case (most of its words lower case), with no
    sentence ending inside it, is a list item that reads as a sentence with its full stop left
    off, not another story's teaser (a teaser's blurb ends its sentence, then a date)."""
    if not info.headline_like or info.words < 5:
        return False
    return info.words < prose_words or info.lower_ratio < 0.5 or ". " in info.text_key


def teaser_records(
    infos: Sequence[LineInfo], min_cards: int = 5, max_blurb: int = 45, typical_blurb: int = 35
) -> set[int]:
    """Lines of a stream of story cards: each card the same few short lines (a kicker, a
    headline, its outlet and topics) and then a one-paragraph blurb, card after card.

    Every card has the same number (two to four) of short lines, one of them at least a
    headline, over a blurb of at most ``max_blurb`` words (half of them ``typical_blurb``
    words at most), for ``min_cards`` cards or more. An article's sections run to paragraphs
    of several sentences and their headings stand alone, or come with a caption now and then:
    the fixed rhythm of several short lines over one short paragraph is a site's feed. A
    heading over one line, however regular (a glossary, questions and answers), is no card."""
    cards: list[tuple[int, int]] = []  # (blurb, head lines above it)
    for k, info in enumerate(infos):
        if info.cls in (PROSE, SENTENCE) and info.words <= max_blurb and not info.in_list:
            head = 0
            while head < 4 and k - head - 1 >= 0 and _card_head(infos[k - head - 1]):
                head += 1
            if 2 <= head <= 4 and any(i.headline_like for i in infos[k - head : k]):
                cards.append((k, head))
    found: set[int] = set()
    run: list[int] = []
    size = 0
    for blurb, head in cards:
        if run and head == size and blurb - head - 1 == run[-1]:
            run.append(blurb)
            continue
        found |= _stream(infos, run, size, min_cards, typical_blurb)
        run, size = [blurb], head
    found |= _stream(infos, run, size, min_cards, typical_blurb)
    return found


def _card_head(info: LineInfo) -> bool:
    """A line of a card's head: short and plain (no list item), or a label of one to three words
    that a phrase table knows as a menu or interface word ("Video", "Photos Culture": a card's
    section or format), not a photo credit or a share button."""
    if info.in_list or info.bulleted:
        return False
    return info.cls == SHORT or (info.cls == PHRASE and info.words <= 3 and info.kind in _CARD_LABEL_KINDS)


#: Phrase kinds a card's label may be: a section or format name ("Video", "Photos"), not a
#: credit, a share button or a block's heading.
_CARD_LABEL_KINDS = frozenset({"navigation", "ui"})


def _stream(infos: Sequence[LineInfo], run: Sequence[int], size: int, min_cards: int, typical: int) -> set[int]:
    """The lines of a run of cards (each blurb in ``run`` with its ``size`` head lines above it),
    when there are ``min_cards`` of them, their blurbs are short and their headlines name
    different stories (four in five of them distinct)."""
    cards = run
    if len(cards) < min_cards:
        return set()
    if 2 * sum(1 for k in cards if infos[k].words <= typical) < len(cards):
        return set()
    headlines = [i.text_key for k in cards for i in infos[k - size : k] if i.headline_like]
    if 5 * len(set(headlines)) < 4 * len(headlines):
        return set()  # a gallery's steps under one recurring title, not a feed of other stories
    return {j for k in cards for j in range(k - size, k + 1)}
