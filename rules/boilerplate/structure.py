"""Page-level structure the line judge trusts more than any phrase table.

Phrase tables only know the languages and widgets someone wrote down; the
shape of a page is the same in every language. Two shapes matter here:

- **wrapped paragraphs**: a paragraph hard-wrapped at a fixed width (a ``pre``
  block, a plain-text mail) arrives as many lines of 8-15 words that do not end
  a sentence. Each looks like a short line; together they are prose.
- **list-heavy articles** (listicles, reviews, "10 trends" pieces): between the
  paragraphs of the article sit runs of short items ("9. Industry-specific
  clouds", "Pros", "Careful handling") that continue the article's own words.
  Menus and teaser lists between paragraphs do not: they name other sections and
  other stories.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from scrapelint.rules.boilerplate.lines import PARAGRAPH, LineInfo

#: Phrase kinds that never belong to a list inside the article.
_FOREIGN_KINDS = frozenset({"consent", "comments", "share", "related", "tags"})
#: Phrase kinds whose short lines ("Search", "Email", "Census Bureau") also name an item of a list.
_ITEM_KINDS = frozenset({"navigation", "share", "consent", "byline"})
#: Inside a list between paragraphs an inline "Read more about X." link is no sign of a teaser block.
_LIST_FOREIGN = _FOREIGN_KINDS - {"related"}


@lru_cache(maxsize=1)
def function_stems() -> frozenset[str]:
    """Line stems (five letters) of the function words of every language the project knows."""
    from scrapelint.text.stopwords import FUNCTION_WORDS

    return frozenset(word[:5] for words in FUNCTION_WORDS.values() for word in words if len(word) >= 4)


def topic_words(infos: Sequence[LineInfo], inside: Sequence[bool]) -> set[str]:
    """The article's own words: the content-word stems of its prose lines.

    Function words ("from", "über") and figures are left out: they occur
    everywhere, so sharing one says nothing about a line's topic. (Asking for
    stems found in two or more paragraphs was measured too: it loses more
    list items of long articles than it rejects teasers.)
    """
    found: set[str] = set()
    for k, info in enumerate(infos):
        if inside[k] and info.cls == "prose":
            found |= info.stems
    found -= function_stems()
    return {stem for stem in found if not stem[:1].isdigit()}


def content_stems(infos: Sequence[LineInfo]) -> set[str]:
    """Content-word stems of the prose lines among ``infos`` (function words and figures left out)."""
    found: set[str] = set()
    for info in infos:
        if info.cls == "prose":
            found |= info.stems
    function = function_stems()
    return {stem for stem in found if stem not in function and not stem[:1].isdigit()}


def wrapped_paragraphs(infos: Sequence[LineInfo], min_words: int = 6, min_lines: int = 3) -> set[int]:
    """Positions (in ``infos``) of lines that are pieces of one hard-wrapped paragraph.

    A run of at least ``min_lines`` adjacent lines (no blank line between) of
    ``min_words`` or more mostly lower-case words, where at least half the line
    breaks fall inside a sentence (the line does not end one and the next starts
    in lower case), is one paragraph cut at a fixed width.
    """
    found: set[int] = set()
    k, count = 0, len(infos)
    while k < count:
        end = k
        while (
            end + 1 < count
            and infos[end + 1].index == infos[end].index + 1
            and _wrap_piece(infos[end])
            and _wrap_piece(infos[end + 1])
        ):
            end += 1
        if end + 1 - k >= min_lines:
            breaks = end - k
            inside = sum(1 for j in range(k, end) if not infos[j].ends_sentence and infos[j + 1].starts_lower)
            if inside * 2 >= breaks:
                found.update(range(k, end + 1))
        k = end + 1
    return found


def _wrap_piece(info: LineInfo, min_words: int = 6) -> bool:
    return info.words >= min_words and info.lower_ratio >= 0.5 and not info.bulleted


def echoes_article(info: LineInfo, article: set[str]) -> bool:
    """Does a short line repeat the article's words: one at least, and a third of its own
    content words (a teaser headline of another story shares a word by chance, not a third)?"""
    own = info.stems - function_stems()
    shared = len(own & article)
    return shared >= 1 and shared * 3 >= len(own)


def _runs_between(infos: Sequence[LineInfo], inside: Sequence[bool]) -> Iterator[tuple[int, int, bool, bool]]:
    """Each run of non-paragraph lines inside the article stretch: (first, last, whether an
    article paragraph stands right before it, whether one stands right after it)."""
    k, count = 0, len(infos)
    while k < count:
        if not inside[k] or infos[k].cls in PARAGRAPH:
            k += 1
            continue
        end = k
        while end + 1 < count and inside[end + 1] and infos[end + 1].cls not in PARAGRAPH:
            end += 1
        before = k > 0 and inside[k - 1] and infos[k - 1].cls in PARAGRAPH
        after = end + 1 < count and inside[end + 1] and infos[end + 1].cls in PARAGRAPH
        yield k, end, before, after
        k = end + 1


def listicle_items(
    infos: Sequence[LineInfo],
    inside: Sequence[bool],
    listed: set[int],
    max_run: int = 40,
    share: float = 0.5,
    article: set[str] | None = None,
) -> set[int]:
    """Short lines of lists that sit between paragraphs of the article and continue its words.

    A run of three or more non-paragraph lines inside the article stretch, with
    article paragraphs right before and after it, none of them a heading of a
    related/tags/comments block or a phrase of a foreign kind (cookies, share
    bars), is part of the article when at least ``share`` of its short
    lines repeat a content word of the article's paragraphs. Phrase lines inside
    such a run stay as they are (a "CEO: ..." field is judged by ``record_fields``). ``article``: ``topic_words(infos, inside)``,
    when the caller has it already.
    """
    if article is None:
        article = topic_words(infos, inside)
    found: set[int] = set()
    for k, end, before, after in _runs_between(infos, inside):
        run = range(k, end + 1)
        shorts = [j for j in run if infos[j].cls == "short" and infos[j].words > 0]
        foreign = any(
            j in listed or infos[j].heading_kind or (infos[j].cls == "phrase" and infos[j].kind in _LIST_FOREIGN)
            for j in run
        )
        if before and after and not foreign and 3 <= len(run) <= max_run and shorts:
            echoed = sum(1 for j in shorts if echoes_article(infos[j], article))
            if echoed >= share * len(shorts):
                found.update(shorts)
    return found


def lone_phrase_items(
    infos: Sequence[LineInfo],
    inside: Sequence[bool],
    listed: set[int],
    min_items: int = 3,
    max_run: int = 40,
    max_words: int = 2,
) -> tuple[set[int], set[int]]:
    """Lists between paragraphs whose few phrase lines are items of the list, not furniture.

    A list in the article ("Web performance", "Customer satisfaction", "Search", "Usability")
    may hold an item that a phrase table knows as furniture on its own ("Search", "Email",
    "Accessibility", "Twitter" among the tools a guide names, "Census Bureau" among the
    agencies it cites). A run of short lines inside the article stretch, with paragraphs right
    before and after it, whose phrase lines (menu, share, consent or byline words of at most
    ``max_words`` words, no colon) are neither its first nor its last line, each beside a plain
    short item and none beside another, with ``min_items`` plain items for each phrase line, is
    such a list. A widget opens its block (an "Advertisement" marker, a "More on X:" label) or
    comes as phrase lines side by side (a share bar); a block heading ("Related", "Tags"), a comments heading or a
    run made mostly of teaser headlines (five words or more, title-like) keeps the run
    furniture. Returns (the phrase lines that are items, the run's plain short lines).
    """
    items: set[int] = set()
    plain: set[int] = set()
    for k, end, before, after in _runs_between(infos, inside):
        if not (before and after and end - k + 1 <= max_run):
            continue
        phrases = [j for j in range(k, end + 1) if infos[j].cls == "phrase"]
        shorts = [j for j in range(k, end + 1) if infos[j].cls == "short"]
        if not phrases or len(shorts) < min_items * len(phrases):
            continue
        if any(j in listed or infos[j].heading_kind or infos[j].opens_comments for j in range(k, end + 1)):
            continue
        teasers = sum(1 for j in shorts if infos[j].headline_like and infos[j].words >= 5)
        if 2 * teasers >= len(shorts):
            continue
        if any(b - a == 1 for a, b in pairwise(phrases)):
            continue  # two phrase lines side by side ("Mail", "WhatsApp"): a share bar
        if all(_item_phrase(infos, p, k, end, max_words) for p in phrases):
            items.update(phrases)
            plain.update(shorts)
    return items, plain


def record_fields(
    infos: Sequence[LineInfo], inside: Sequence[bool], max_label: int = 4, min_siblings: int = 2
) -> set[int]:
    """Phrase lines that are one field of a record the article lists ("CEO: Jane Doe" between
    "Company in focus: Acme" and "Product in focus: Acme Cloud").

    A site's imprint sets its fields ("Publisher:", "Tel:", "Address:") together at the page's
    foot, nearly all of them known labels. A run of short lines between two paragraphs of the
    article where a known field stands among at least ``min_siblings`` plain fields of the same
    shape (a label of at most ``max_label`` words, a colon, a value) and the plain fields
    outnumber the known ones is a fact box of the article, one per item of a ranking or a
    review: the field is its text, whatever the label's usual place. A run that holds a
    cookie, share, comments, related or tags line is a widget, fields and all.
    """
    found: set[int] = set()
    for k, end, before, after in _runs_between(infos, inside):
        run = range(k, end + 1)
        if not (before and after) or any(infos[j].heading_kind or infos[j].kind in _FOREIGN_KINDS for j in run):
            continue  # a consent box or a share bar beside the fields is furniture
        fields = [j for j in run if _field_shaped(infos[j], max_label)]
        known = [j for j in fields if infos[j].cls == "phrase" and infos[j].kind == "footer"]
        plain = [j for j in fields if infos[j].cls == "short"]
        if known and len(plain) >= min_siblings and len(plain) > len(known):
            found.update(known)
    return found


def _field_shaped(info: LineInfo, max_label: int) -> bool:
    """A "Label: value" line: a short label, a colon, then a value of its own."""
    field = info.field
    return field is not None and bool(field[1].strip()) and 1 <= len(field[0].split()) <= max_label and info.words <= 12


def _item_phrase(infos: Sequence[LineInfo], p: int, first: int, last: int, max_words: int) -> bool:
    """A phrase line that reads as one item of the list it sits in: inside the run, short, no
    label, of a kind whose words also name things, with plain items on both sides."""
    info = infos[p]
    return (
        first < p < last
        and info.words <= max_words
        and not info.colon
        and info.kind in _ITEM_KINDS
        and infos[p - 1].cls == "short"
        and infos[p + 1].cls == "short"
    )


def cut_off_ledes(
    infos: Sequence[LineInfo],
    inside: Sequence[bool],
    reach: int = 30,
    share: float = 0.5,
    article: set[str] | None = None,
) -> set[int]:
    """Prose paragraphs just above the article that a widget cut off from it (a lede, a standfirst).

    A prose line among the ``reach`` lines above the first article line whose
    content words are at least ``share`` the article's own words (four at least)
    is the article's. Only lines above it: below the article, reader comments echo
    its words as much.
    """
    start = next((k for k, flag in enumerate(inside) if flag), None)
    if start is None:
        return set()
    if article is None:
        article = topic_words(infos, inside)
    found: set[int] = set()
    for k in range(max(0, start - reach), start):
        info = infos[k]
        if info.cls == "prose" and not inside[k] and info.stems:
            shared = len(info.stems & article)
            if shared >= 4 and shared >= share * len(info.stems - function_stems()):
                found.add(k)
    return found


def bridge_lists(infos: Sequence[LineInfo], inside: list[bool], reach: int = 40, share: float = 0.5) -> list[bool]:
    """Carry the article across list runs after it when its paragraphs resume below them.

    In a list-heavy article the short items between paragraphs outweigh the prose
    around them, so the article stretch stops at the first long list. A run of up
    to ``reach`` lines after the article joins it when a prose line right below
    the run repeats the article's content words (three at least, and a third of
    its own), at least ``share`` of the run's short lines do too, and no line of
    the run opens comments or belongs to a foreign kind (cookies, share bars,
    related or tag lists). The article's words are ``topic_words``. The article then goes on from that prose line.
    """
    marked = list(inside)
    article = topic_words(infos, inside)
    if not article:
        return marked
    k, count = 1, len(infos)
    while k < count:
        if marked[k] or not marked[k - 1]:
            k += 1
            continue
        resume = None
        for j in range(k, min(count, k + reach + 1)):
            info = infos[j]
            if (
                marked[j]
                or info.opens_comments
                or info.heading_kind
                or (info.cls == "phrase" and info.kind in _FOREIGN_KINDS)
            ):
                break
            if info.cls == "prose":
                shared = len(info.stems & article)
                if shared >= 3 and shared * 3 >= len(info.stems - function_stems()):
                    resume = j
                break
        if resume is None:
            k += 1
            continue
        shorts = [j for j in range(k, resume) if infos[j].cls == "short" and infos[j].stems]
        if sum(1 for j in shorts if infos[j].stems & article) >= share * len(shorts):
            for j in range(k, resume + 1):
                marked[j] = True
        k = resume + 1
    return marked


def periodic(keys: Sequence[str], min_rows: int = 3, max_period: int = 12) -> bool:
    """Does a run of short lines repeat its values at a fixed period, as a table's cells do?

    A table flattened to one cell a line repeats a column's values ("Yes",
    "For-Profit", "Non-Profit") every row: the same line ``p`` lines later, at
    least ``min_rows`` times and on a fifth of the run. A menu names each
    section once.
    """
    count = len(keys)
    if count < 2 * min_rows:
        return False
    for period in range(2, min(max_period, count // 2) + 1):
        same = sum(1 for i in range(count - period) if keys[i] and keys[i] == keys[i + period])
        if same >= min_rows and same * 5 >= count:
            return True
    return False


def figure_column(numeric: Sequence[bool], min_rows: int = 3, max_period: int = 12, cover: float = 0.8) -> bool:
    """Do the lines holding a figure recur at a fixed period, as a table's column of figures does?

    A table flattened to one cell a line ("Riverton Choir", "Riverton", "North", "420") puts a
    figure every ``p`` lines, where ``p`` is its number of columns: the same gap between
    figure lines at least ``min_rows`` times, its rows (``p`` lines for each figure) spanning
    ``cover`` of the run.
    A menu has no figures, and a teaser list's dates break its run before it gets here.
    """
    where = [i for i, flag in enumerate(numeric) if flag]
    if len(where) <= min_rows:
        return False
    gaps = Counter(b - a for a, b in pairwise(where))
    period, times = gaps.most_common(1)[0]
    return 2 <= period <= max_period and times >= min_rows and (times + 1) * period >= cover * len(numeric)


#: Phrase kinds whose short lines may stand among the items of a list that closes the article.
_CLOSING_ITEM_KINDS = _ITEM_KINDS | {"ui"}


def closing_list(
    infos: Sequence[LineInfo],
    inside: Sequence[bool],
    min_items: int = 2,
    max_items: int = 40,
    min_headings: int = 2,
    share: float = 0.5,
    article: set[str] | None = None,
) -> set[int]:
    """A list under its own heading that ends both the article and the page.

    An article written in sections under short headings often ends with one more section that
    is a list ("Books" over the works it cites, "Corrective actions" over the tasks, a heading
    over the accounts it recommends). After its last paragraph, a heading (a plain short line)
    and ``min_items`` to ``max_items`` items that run to the end of the page, in an article
    with ``min_headings`` headings of its own over paragraphs, are that section when ``share`` of
    the heading and its items repeat the article's words (``article``: ``topic_words``). Page furniture
    after an article comes with its phrases: a "Related" or "Tags" heading, a share bar, a
    copyright line at the page's end; so a run holding a block heading, a comments line, a
    phrase line of more than three words, a phrase line as its last line or more than one
    phrase line for every three plain items stays furniture.
    """
    last = max((k for k, flag in enumerate(inside) if flag), default=-1)
    if last < 0 or infos[last].cls not in PARAGRAPH:
        return set()
    run = range(last + 1, len(infos))
    if not min_items + 1 <= len(run) <= max_items + 1:
        return set()
    head = infos[run[0]]
    if head.cls != "short" or (head.ends_sentence and not head.colon) or head.words > 10:
        return set()
    phrases = [j for j in run if infos[j].cls == "phrase"]
    plain = [j for j in run if infos[j].cls in ("short", "sentence")]
    if 3 * len(phrases) > len(plain) - 1 or any(infos[j].cls == "prose" for j in run):
        return set()
    if phrases and phrases[-1] == run[-1]:
        return set()  # a copyright line or a footer menu at the page's very end
    if any(
        infos[j].heading_kind
        or infos[j].opens_comments
        or infos[j].kind not in _CLOSING_ITEM_KINDS
        or infos[j].words > 3
        for j in phrases
    ):
        return set()
    headings = sum(
        1
        for k in range(last)
        if inside[k] and infos[k].cls == "short" and not infos[k].ends_sentence and infos[k + 1].cls == "prose"
    )
    if headings < min_headings:
        return set()
    if article is None:
        article = topic_words(infos, inside)
    echoed = sum(1 for j in plain if echoes_article(infos[j], article))
    return set(run) if echoed >= share * len(plain) else set()


#: Phrase kinds whose words may be what an article is about ("Terms of Service", "Copyright",
#: "Accessibility", "Keywords"). Teasers, credits and bylines name the article's subject by
#: design, and share buttons, comment headings and interface strings are the site's anywhere.
_TOPIC_KINDS = frozenset({"consent", "footer", "navigation", "tags"})
#: Signs of a label, a breadcrumb's path or a rights notice, never of a heading or list item.
_NOT_A_TOPIC_LINE = (":", "»", "›", " > ", " | ", " / ", "©", "(c)")


def topic_phrases(
    infos: Sequence[LineInfo], inside: Sequence[bool], min_paragraphs: int = 3, max_words: int = 8
) -> set[int]:
    """Phrase lines in the article whose words are the article's subject, not furniture.

    A post about terms of service has "Terms of Service" as a section heading, one about
    copyright says "Federal Government Works Likely Copyright Free", one about accessibility
    lists "Accessibility" among its topics: a phrase table knows these words as a site's
    links. The words a text is about recur through its paragraphs, while a site's link
    shares at most a word with them by chance. A phrase line of a kind in ``_TOPIC_KINDS``, no
    block heading, label or copyright sign, at most ``max_words`` words, inside the article
    stretch, whose content words are at least half made of stems that ``min_paragraphs`` or
    more of the article's paragraphs use, is a line of the article.
    """
    counts: Counter[str] = Counter()
    for k, info in enumerate(infos):
        if inside[k] and info.cls == "prose":
            counts.update(info.stems)
    frequent = {stem for stem, n in counts.items() if n >= min_paragraphs} - function_stems()
    if not frequent:
        return set()
    found: set[int] = set()
    for k, info in enumerate(infos):
        if not inside[k] or info.cls != "phrase" or info.kind not in _TOPIC_KINDS or info.heading_kind:
            continue
        if info.words > max_words or any(sign in info.text_key for sign in _NOT_A_TOPIC_LINE):
            continue  # a label and its value ("Source: ..."), a breadcrumb, a copyright notice
        own = {stem for stem in info.stems - function_stems() if not stem[:1].isdigit()}
        shared = len(own & frequent)
        if shared and 2 * shared >= len(own):
            found.add(k)
    return found
