"""Duplication (DU): the title repeated in the body, repeated lines and repeated paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate, islice, pairwise
from typing import TYPE_CHECKING, ClassVar

from scrapelint.model.finding import Fix, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules._tokens import strip_edges

if TYPE_CHECKING:
    from scrapelint.model.document import Document
    from scrapelint.model.finding import Finding

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:;]$")
_SKIPPED_BLOCKS = frozenset({"table_row", "table_delimiter", "code", "blank", "front_matter"})


def normalise(text: str) -> str:
    """Case folded, spacing collapsed, punctuation and bullets stripped at both ends."""
    return strip_edges(" ".join(text.casefold().split()))  # split() and ``\s`` agree on spaces


def _word_count(text: str, limit: int | None = None) -> int:
    """Words in ``text``, counted no further than ``limit`` (a long paragraph stops early)."""
    if limit is None or len(text) <= 16 * limit:  # short text: one findall is cheaper than stopping
        found = len(_WORD.findall(text))
        return found if limit is None else min(found, limit)
    return len(list(islice(_WORD.finditer(text), limit)))


def _delete_line(doc: Document, start: int, end: int) -> Fix:
    """Delete a line and its line break (and one blank line after it, if any)."""
    stop = end
    for _ in range(2):
        if stop < len(doc.text) and doc.text[stop] == "\n":
            stop += 1
    return Fix.delete(start, stop if stop > end else end, safe=False)


def title_of(doc: Document) -> str | None:
    """The document's title.

    The title comes from metadata, else from the first Markdown heading, else
    from a first line that looks like a headline (short, no closing full stop).
    """
    if doc.title:
        return str(doc.title)
    for block in doc.blocks:
        if block.kind == "blank":
            continue
        text = doc.prose[block.content_start : block.end].strip()
        if block.kind == "heading" or (
            block.kind == "text" and 2 <= _word_count(text) <= 25 and not text.endswith(".")
        ):
            return text
        return None
    return None


class RepeatedTitle(Rule):
    """The title appears again in the body of the document.

    ## What it does
    Takes the title from the document's metadata (the `title` field of a JSONL
    record, an HTML page's title), else from the first heading or a headline-like
    first line, and flags every later line of the body that repeats it.

    ## Why it matters
    Scrapers often keep the page headline twice (once from the page header, once
    from the article block): the repeat is noise in any summary or dataset.

    Measured: precision 0.00 [0.00, 1.00] on real text: 1 findings on 451,080 words of
    scraped pages, 1 false on 127,801 words of clean articles (thin evidence) (validation
    part; bench/precision.py, bench/README.md); below 0.9, so it ships at info.

    ## Example
    ```
    Rail strike called off

    Rail strike called off
    Unions and operators reached a deal late on Sunday.
    ```

    ## Use instead
    ```
    Rail strike called off
    Unions and operators reached a deal late on Sunday.
    ```

    ## Fix safety
    Unsafe: the fix deletes the repeat. A repeat that is deliberate (a refrain, a quoted line) would be lost, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `min-words`: Titles with fewer words are not looked for.
    """

    code = "DU001"
    name = "repeated-title"
    severity = Severity.INFO
    fixable = "unsafe"
    options: ClassVar[dict[str, Option]] = {
        "min_words": Option(2, "Titles with fewer words are not looked for."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        found = title_of(doc)
        if found is None:
            return
        key = normalise(found)
        if _word_count(key) < self.config["min_words"]:
            return
        seen_first = False  # the first copy is the headline itself
        for line in doc.lines:
            if line.is_blank or normalise(line.text) != key:
                continue
            if not seen_first:
                seen_first = True  # the title line itself
                continue
            start = line.start + len(line.text) - len(line.text.lstrip())
            yield self.finding(
                start,
                line.end,
                f"The title is repeated on line {line.number}",
                fix=_delete_line(doc, line.start, line.end),
            )


class _RepeatRule(Rule):
    """Shared logic: flag later copies of a unit already seen in the document."""

    fixable = "unsafe"
    unit = "line"

    def units(self, doc: Document) -> Iterator[tuple[int, int, str]]:
        raise NotImplementedError

    def excused(self, doc: Document, units: list[tuple[int, int, str]], keys: list[str]) -> set[str]:
        """Keys of units whose repeats are the text's own structure, not scraping residue."""
        return set()

    def check(self, doc: Document) -> Iterator[Finding]:
        units = list(self.units(doc))
        if len(units) < 2:
            return  # nothing to repeat
        title = title_of(doc)
        title_key = normalise(title) if title else None
        first_seen: dict[str, int] = {}
        keys = [normalise(text) for _, _, text in units]
        if len(set(keys)) == len(keys):
            return  # every unit is unique
        excused = self.excused(doc, units, keys)
        for (start, end, _text), key in zip(units, keys, strict=True):
            if not key or key == title_key or key in excused:
                continue  # repeats of the title are DU001's
            if key not in first_seen:
                first_seen[key] = start
                continue
            first_line = doc.position(first_seen[key])[0]
            yield self.finding(
                start,
                end,
                f"This {self.unit} repeats the {self.unit} at line {first_line}",
                fix=_delete_line(doc, start, end),
            )


class RepeatedLine(_RepeatRule):
    """A line (a headline, a sentence) that appears twice in one document.

    ## What it does
    Flags the later copy of a line of `min-words` or more (and fewer than
    `max-words`) that already appeared earlier in the document. Table rows,
    code and short lines (menu items, "Share") are not compared. A repeat that is the
    text's own structure is left alone: a line seen three times or more (a label in each
    day of a plan, a question put to every interviewee), a question asked twice among
    other questions with its own answer each time, a quoted post shown again as an
    embed with its attribution line ("— Jane Doe (@jdoe) March 3, 2020"), an entry
    of a recurring record (a line of quantities that is a field whose label recurs, a field
    whose label recurs beside a field of another ("Stage: ...", "Duration: Varies." under each
    technique), or a line right under a recurring label: the same dish in two days of a meal
    plan), a title
    set once in capitals as a section heading and again as a box's title, and the refrain of
    a quoted song or poem (its lines close with a credit: "—John Handcox, ..."), and an
    outline: a run of short lines (or lines with no closing full stop) naming what the text
    covers, mostly coming back later, in the same order, each as the heading of a section of
    two paragraphs or more, or of one paragraph of two sentences or more (from four entries
    on, one section may open with a list), or, when a sentence closing with a colon announces
    the list ("The agenda included:"), each over a section however short; labels that head
    paragraphs in two parallel passes (each category of a plan over what is under way, then
    again over what comes next), in the same order, each copy among other lines; the credit
    line under two different quotations ("– Ann Lee, Director"); an item of two different
    lists, each announced by such a sentence (a setting in the old order, then in the new
    one); a subtitle right under two sections' headings, over their paragraphs ("Update from
    1.77"); and a short line closing each section under its last sentence, the last copy
    ending the text ("Link to full discussion"). A copy that brings its neighbours along (a
    teaser with its paragraph, a menu printed again) is still flagged.

    ## Why it matters
    A headline or a teaser sentence printed twice is scraping residue; models and
    readers take the repeat as emphasis.

    Measured: precision 0.85 [0.66, 0.96] on real text: 175 findings on 451,080 words of
    scraped pages, 146 on 2,433,467 words of clean articles, most of them the clean texts' own
    repeats (a goal named in a report's summary and again over its update, a line closing
    each section of a release post) (validation part; bench/precision.py, bench/README.md).
    Below 0.9, so it ships at `info`; `--extend-select` does not change that, set its
    severity in the configuration to gate on it.

    ## Example
    ```
    Port reopens after storm
    Traffic resumed on Monday morning.
    Port reopens after storm
    ```

    ## Use instead
    ```
    Port reopens after storm
    Traffic resumed on Monday morning.
    ```

    ## Fix safety
    Unsafe: the fix deletes the repeat. A repeat that is deliberate (a refrain, a quoted line) would be lost, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `min-words`: Shorter lines are not compared.
    - `max-words`: Longer lines are paragraphs, compared by DU003.
    """

    code = "DU002"
    name = "repeated-line"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "min_words": Option(4, "Shorter lines are not compared."),
        "max_words": Option(30, "Longer lines are paragraphs, compared by DU003."),
    }

    def excused(self, doc: Document, units: list[tuple[int, int, str]], keys: list[str]) -> set[str]:
        return recurring_structure(doc, units, keys)

    def units(self, doc: Document) -> Iterator[tuple[int, int, str]]:
        low, high = self.config["min_words"], self.config["max_words"]
        for block in doc.blocks:
            if block.kind in _SKIPPED_BLOCKS:
                continue
            text = doc.prose[block.content_start : block.end].strip()
            if len(text) >= 2 * low - 1 and low <= _word_count(text, high) < high:  # n words take 2n - 1 characters
                yield block.content_start, block.content_start + len(text), text


class RepeatedParagraph(_RepeatRule):
    """A paragraph that appears twice in one document.

    ## What it does
    Flags the later copy of a paragraph (lines between blank lines) of
    `min-words` or more that already appeared earlier in the document.

    ## Why it matters
    Repeated paragraphs inflate a document, skew deduplication and statistics,
    and usually mean a scraper read the same block twice (a teaser and the body,
    a print view and the page).

    Measured: precision not measurable yet: no finding on 451,080 words of scraped pages; 0
    false on 127,801 words of clean articles (validation part; bench/precision.py,
    bench/README.md).

    ## Example
    A paragraph of thirty words printed once after the headline and once more at
    the end of the article.

    ## Use instead
    The paragraph once, where it belongs.

    ## Fix safety
    Unsafe: the fix deletes the repeat. A repeat that is deliberate (a refrain, a quoted line) would be lost, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `min-words`: Shorter paragraphs are not compared (DU002 compares lines).
    """

    code = "DU003"
    name = "repeated-paragraph"
    severity = Severity.WARNING
    unit = "paragraph"
    options: ClassVar[dict[str, Option]] = {
        "min_words": Option(30, "Shorter paragraphs are not compared (DU002 compares lines)."),
    }

    def units(self, doc: Document) -> Iterator[tuple[int, int, str]]:
        low = self.config["min_words"]
        for paragraph in doc.paragraphs:
            text = paragraph.text
            if "|" in text and text.lstrip().startswith("|"):
                continue  # a table
            if _word_count(text, low) >= low:
                yield paragraph.start, paragraph.end, text


#: The attribution line of an embedded social-media post: "— Jane Doe (@jdoe) March 3, 2020",
#: "A post shared by NASA (@nasa)", "pic.twitter.com/…".
POST_ATTRIBUTION = re.compile(
    r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)|\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}$|pic\.twitter\.com/"
    r"|^(?:a post shared by|ein beitrag geteilt von|une publication partagée par)\b",
    re.IGNORECASE | re.MULTILINE,
)


def recurring_structure(doc: Document, units: list[tuple[int, int, str]], keys: list[str] | None = None) -> set[str]:
    """Repeated lines that are the article's own structure, judged by what they are:

    - a label, prompt or block that recurs: a line seen three times or more (the steps of
      a meal plan for each day, a form's field names, a question put to every
      interviewee); a scraper's leftover is a second copy, not a third;
    - a question asked twice in a text of questions, each copy followed by its own answer
      (an interview that puts the same question to two people);
    - a quoted post: one copy is an embedded post, followed by its attribution line
      ("— Jane Doe (@jdoe) March 3, 2020"), the other the article quoting it.

    - an entry of a recurring record: every copy is a line of quantities that is a field
      whose label recurs ("Portion Fix Containers: 1 Purple, 1 Red" in each meal of a
      plan), or sits right under a recurring label or prompt (the same dish, "1 cup oats,
      8 oz. milk", under "Eat every 2–3 hours" in two plans);
    - a title typed twice, once in capitals (a section heading) and once not (a box's title);
    - a refrain: every copy in one run of short lines closed by a credit ("—John Handcox, ..."),
      a quoted song or poem;
    - an outline: two or more lines of one run of short lines that come back later, in the
      same order, each heading a section of its own (a post listing its tips, then one
      section per tip).

    A scraper's duplicate (a headline kept twice, a teaser and the body) is none of these:
    it repeats once, and is not a question among questions, a post or a record's entry.
    """
    lines = doc.text.split("\n")
    line_of = doc.position
    keys = [normalise(text) for _, _, text in units] if keys is None else keys
    copies: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        copies.setdefault(key, []).append(index)
    questions = sum(1 for _, _, text in units if text.rstrip().endswith("?"))
    records: _Records | None = None
    long = [_long(line) for line in lines]  # paragraphs, once per document
    last_filled = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)
    excused: set[str] = set()
    for key, where in copies.items():
        if len(where) < 2 or not key:
            continue
        ends = [line_of(units[i][1])[0] for i in where]
        quoted_post = any(POST_ATTRIBUTION.search(_next_line(lines, n, 2)) for n in ends)
        if quoted_post or _structure(units[where[0]][2].rstrip(), [_next_line(lines, n) for n in ends], questions):
            excused.add(key)
            continue
        if _retyped([units[i][2] for i in where], [_next_line(lines, n) for n in ends]) or _quoted_verse(
            lines, line_of(units[where[0]][0])[0], ends[-1]
        ):
            excused.add(key)
            continue
        records = records or _Records(lines)
        if all(records.entry(n) for n in ends):
            excused.add(key)
            continue
        if (
            _credited_twice([units[i][2] for i in where], lines, ends)
            or _subtitles(lines, long, ends)
            or (ends[-1] == last_filled and _closing_lines(lines, long, ends))
        ):
            excused.add(key)
    at_lines = {key: [line_of(units[i][0])[0] for i in where] for key, where in copies.items()}
    excused |= _outline(lines, long, at_lines)
    excused |= _parallel(lines, long, at_lines)
    excused |= _shared_items(lines, long, at_lines)
    return excused


#: A credit under a quotation or an embedded post: a dash, then a name ("— Jane Doe (@jdoe)
#: May 21, 2015", "– Ann Lee, Director, Health Department").
_CREDIT = re.compile(r"^(?:[—–]|-\s)\s*+[^\W\d_]")


def _credited_twice(texts: list[str], lines: list[str], numbers: list[int]) -> bool:
    """Copies that are each the credit line under another quotation (1-based lines
    ``numbers``): one person quoted twice, or two posts of one account embedded. A scraper's
    second copy of a quotation brings the quoted line with it."""
    if not all(_CREDIT.match(text.strip()) for text in texts):
        return False
    before = [normalise(_neighbours(lines, n)[0]) for n in numbers]
    return all(before) and len(set(before)) == len(before)


def _previous(lines: list[str], number: int) -> int:
    """The 1-based number of the nearest non-blank line before 1-based line ``number``
    (within ``NEIGHBOUR_REACH`` lines), 0 where there is none."""
    for index in range(number - 2, max(-1, number - 2 - NEIGHBOUR_REACH), -1):
        if lines[index].strip():
            return index + 1
    return 0


def _following(lines: list[str], number: int) -> int:
    """The 1-based number of the nearest non-blank line after 1-based line ``number`` (within
    ``NEIGHBOUR_REACH`` lines), 0 where there is none."""
    for index in range(number, min(len(lines), number + NEIGHBOUR_REACH)):
        if lines[index].strip():
            return index + 1
    return 0


def _subtitles(lines: list[str], long: list[bool], numbers: list[int]) -> bool:
    """Copies (at 1-based lines ``numbers``) that are each the subtitle of another section: a
    short line right under the section's heading (one or two short lines, other than the
    other copies' heading), which follows the previous section's paragraph, and over the
    section's first paragraph, another than the other copies' ("Update from 1.77" under each
    topic carried over from the last report; the agency running each of two programmes). A
    headline kept twice sits under a menu or a breadcrumb, not right under a heading that
    closes a paragraph, and a teaser printed twice brings its paragraph with it."""
    headings: set[str] = set()
    paragraphs: set[str] = set()
    for number in numbers:
        heading = _previous(lines, number)
        if not heading or long[number - 1] or long[heading - 1]:
            return False
        above = _previous(lines, heading)
        if above and not long[above - 1]:
            above = _previous(lines, above)  # a section's heading under its part's heading
        after = _following(lines, number)
        if not above or not long[above - 1] or not after or not long[after - 1]:
            return False
        headings.add(normalise(lines[heading - 1]))
        paragraphs.add(normalise(lines[after - 1]))
    return len(headings) == len(paragraphs) == len(numbers)


#: A sentence's closing mark, maybe inside a closing quotation mark or bracket.
_CLOSED = re.compile(r"[.!?][\"”’)\]]?$")


def _closing_lines(lines: list[str], long: list[bool], numbers: list[int]) -> bool:
    """Copies (at 1-based lines ``numbers``) that each close a section of a text whose last
    section the last copy closes: a short line under another sentence each time, followed by the
    next section's heading (a short line) and, the last time, by nothing ("Link to full
    discussion" under each working group's notes). A headline kept twice is followed by the
    article, and a scraper's second copy of a block brings the line above it along. The
    caller checks that the last copy ends the text."""
    before: set[str] = set()
    for number in numbers:
        above = _neighbours(lines, number)[0]
        if long[number - 1] or not _CLOSED.search(above):
            return False  # a section's sentence closes right above the copy, not a menu
        after = _following(lines, number)
        if number != numbers[-1] and (not after or long[after - 1]):
            return False
        before.add(normalise(above))
    return len(before) == len(numbers)


def _shared_items(lines: list[str], long: list[bool], copies: dict[str, list[int]]) -> set[str]:
    """Keys of lines that are an item of two different lists, each announced by a line that
    closes with a colon or a question mark: the copies short lines in runs of short lines
    (a list's items) opened by two different lead-ins, with other lines before and after them
    than the other copy has: an answer offered under two questions, a setting in one order and
    then in the new one ("The new merging order is:"), a link under "Resources:" in two
    sections. A scraper's second copy of a block brings its neighbours with it, and a menu is
    not announced by a sentence."""
    twice = {key: at for key, at in copies.items() if key and len(at) == 2}
    if not twice:
        return set()
    stripped = [line.rstrip() for line in lines]
    # the 0-based line before the run of short lines holding each 0-based line (-1: none)
    head = [-1] * len(lines)
    for index in range(1, len(lines)):
        previous = stripped[index - 1]
        item = previous and not long[index - 1] and not previous.endswith((":", "?"))
        head[index] = head[index - 1] if item else index - 1
    excused: set[str] = set()
    for key, (first, second) in twice.items():
        heads = (head[first - 1], head[second - 1])
        if long[first - 1] or long[second - 1] or min(heads) < 0 or heads[0] == heads[1]:
            continue
        if all(_announces(stripped[n]) for n in heads) and _apart(lines, first, second):
            excused.add(key)
    return excused


#: A sentence that announces a list closes with a colon and holds this many words or more.
ANNOUNCING_WORDS = 3


def _announces(line: str) -> bool:
    return line.endswith(":") and _word_count(line, ANNOUNCING_WORDS) >= ANNOUNCING_WORDS


def _parallel(lines: list[str], long: list[bool], copies: dict[str, list[int]]) -> set[str]:
    """Keys of lines that come twice in two parallel passes over the same points: two or more
    lines, each seen twice, whose copies interleave in one order (the first copy of one, then
    of the next, then the second copy of the one, then of the next), each copy with other
    lines before and after it than the other copy has, and a paragraph between the points in
    each pass: the categories of a plan, each over a paragraph of what is under way and again
    over a paragraph of what comes next. A scraper's second copy of a block brings the lines
    between with it, a menu printed twice holds no paragraph between its items, and an
    outline (no paragraph between its entries) is ``_outline``'s to judge."""
    twice = sorted(((at[0], at[1], key) for key, at in copies.items() if key and len(at) == 2))
    if len(twice) < 2:
        return set()
    fresh = {key: _apart(lines, first, second) for first, second, key in twice}
    paragraphs_before = [0, *accumulate(long)]

    def prose_between(a: int, b: int) -> bool:  # a paragraph between 1-based lines a and b
        return paragraphs_before[b - 1] - paragraphs_before[a] > 0

    excused: set[str] = set()
    for (a1, a2, a), (b1, b2, b) in pairwise(twice):
        if a1 < b1 < a2 < b2 and fresh[a] and fresh[b] and prose_between(a1, b1) and prose_between(a2, b2):
            excused.update((a, b))
    return excused


def _apart(lines: list[str], first: int, second: int) -> bool:
    """The copies at 1-based lines ``first`` and ``second`` have other lines before and after them."""
    (before_a, after_a), (before_b, after_b) = _neighbours(lines, first), _neighbours(lines, second)
    return normalise(before_a) != normalise(before_b) and normalise(after_a) != normalise(after_b)


#: A lead-in's closing mark ("Here are the steps:"): such a line introduces an outline.
_LEAD_IN = re.compile(r"[:;]$")
#: An outline names at least this many of the sections that follow it...
OUTLINE_ENTRIES = 2
#: ...and at least this share of its run's lines come back as headings (a menu or a list of
#: teasers above the article, holding its headline and a label or two, is mostly other lines).
OUTLINE_SHARE = 0.5


def _outline(lines: list[str], long: list[bool], copies: dict[str, list[int]]) -> set[str]:
    """Keys of lines first listed in an outline and then each heading its own section: a run
    of entries (short lines, or long ones with no sentence's closing mark, never a lead-in
    closing with a colon: "Set clear goals",
    "Build a strong coalition of support and partnerships — especially with those on the
    front lines") whose entries come back later, in the same order, each heading a section of
    its own: two paragraphs or more, or one of two sentences or more (a subheading may come
    first). A scraper's second copy is one line (a headline kept twice), or a list of links
    printed after the article, not the headings of the sections that follow it."""
    twice = {key: at for key, at in copies.items() if key and len(at) == 2}
    if not twice:
        return set()
    entry = [
        not _LEAD_IN.search(line.rstrip()) and not (is_long and _SENTENCE_END.search(line.rstrip()))
        for line, is_long in zip(lines, long, strict=True)
    ]
    # paragraphs and their sentences before each 1-based line, and where the run of entries
    # holding it starts
    paragraphs_before = [0, *accumulate(long)]
    sentences_before = [
        0,
        *accumulate(_sentences(line) if is_long else 0 for line, is_long in zip(lines, long, strict=True)),
    ]
    run_start = list(range(len(lines) + 1))
    for number in range(2, len(lines) + 1):
        if lines[number - 2].strip() and entry[number - 2]:
            run_start[number] = run_start[number - 1]
    entries_before = [
        0,
        *accumulate(bool(line.strip()) and is_entry for line, is_entry in zip(lines, entry, strict=True)),
    ]
    # the last 1-based line each text is on: an entry too short to be compared still comes back
    keyed = [normalise(line) for line in lines]
    last_at = {key: number for number, key in enumerate(keyed, 1)}
    filled_before = [0, *accumulate(bool(key) for key in keyed)]
    runs: dict[int, list[str]] = {}  # a run of entries, by its first line: keys listed there
    for key, (first, _) in sorted(twice.items(), key=lambda item: item[1][0]):
        if entry[first - 1]:
            runs.setdefault(run_start[first], []).append(key)
    excused: set[str] = set()
    for start, keys in runs.items():
        announced = start >= 2 and _announces(lines[start - 2].rstrip())
        later = [twice[key][1] for key in keys]  # keys are in the order of their first copies
        run_end = max(twice[key][0] for key in keys)
        back = sum(1 for n in range(start, run_end + 1) if keyed[n - 1] and last_at[keyed[n - 1]] > run_end)
        if OUTLINE_SHARE * (entries_before[run_end] - entries_before[start - 1]) > max(len(keys), back):
            continue  # an outline's entries mostly come back (short ones too); a menu's mostly do not
        if later != sorted(later) or later[0] <= run_end:
            continue  # a section follows the outline in the outline's order
        if (
            announced
            and back >= OUTLINE_ENTRIES
            and (
                len(keys) >= OUTLINE_ENTRIES
                or _after_a_paragraph(run_start, paragraphs_before, start, run_end, later[0])
            )
            and _announced_outline(later, filled_before)
        ):
            excused.update(keys)  # a list a sentence announces, then a section per entry
            continue
        if len(keys) < OUTLINE_ENTRIES:
            if _contents(lines, entry, keyed, last_at, run_start, paragraphs_before, start, later[0]):
                excused.update(keys)  # a table of contents whose other entries are too short to compare
            continue

        def section(a: int, b: int) -> bool:
            paragraphs = paragraphs_before[b - 1] - paragraphs_before[a]
            sentences = sentences_before[b - 1] - sentences_before[a]
            return paragraphs >= SECTION_PARAGRAPHS or (paragraphs >= 1 and sentences >= SECTION_SENTENCES)

        heads = [_heads_section(lines, long, n) for n in later]
        sections = [section(a, b) for a, b in pairwise(later)]
        if all(heads) and all(sections):
            excused.update(keys)
        elif (
            len(keys) >= LONG_OUTLINE
            and min(sum(heads) / len(heads), sum(sections) / len(sections)) >= LONG_OUTLINE_SHARE
        ):
            excused.update(keys)  # a long outline: a section may open with a lead-in to a list
    return excused


#: A table of contents names at least this many sections that come back as headings.
CONTENTS_ENTRIES = 3


def _contents(
    lines: list[str],
    entry: list[bool],
    keyed: list[str],
    last_at: dict[str, int],
    run_start: list[int],
    paragraphs_before: list[int],
    start: int,
    later: int,
) -> bool:
    """Whether the run of entries from 1-based line ``start`` is a table of contents whose one
    compared entry comes back at line ``later``: most of its entries (``CONTENTS_ENTRIES`` or
    more, short ones too) come back after it, in its order, with a paragraph between every two
    of them, each heading its section ("HTTPS", "Products We Shipped", "Guides, Resources, and
    Tools"). A menu printed again at the foot brings its entries one after the other."""
    end = start
    while end < len(lines) and run_start[end + 1] == start and entry[end]:
        end += 1  # the run's last 1-based line
    filled = [keyed[n - 1] for n in range(start, end + 1) if keyed[n - 1]]
    returns = [last_at[key] for key in filled if last_at[key] > end]
    if len(returns) < max(CONTENTS_ENTRIES, OUTLINE_SHARE * len(filled)) or later not in returns:
        return False
    return all(b > a and paragraphs_before[b - 1] - paragraphs_before[a] > 0 for a, b in pairwise(returns))


def _after_a_paragraph(run_start: list[int], paragraphs_before: list[int], start: int, end: int, later: int) -> bool:
    """Whether the one compared entry of an outline (its list from 1-based line ``start`` to
    ``end``) comes back at 1-based line ``later`` outside the list, with a paragraph between
    (another entry's section): a headline kept twice under a form's label comes back a line
    or two on, under a share button."""
    return run_start[later] != start and paragraphs_before[later - 1] - paragraphs_before[end] > 0


def _announced_outline(later: list[int], filled_before: list[int]) -> bool:
    """Whether the entries of an outline that a sentence announced ("The agenda included:")
    come back each over a section of its own, however short (the minutes of each point of
    an agenda): other lines between every two of them and after the last. A menu printed
    again brings its entries one after the other."""
    ends = [*later[1:], len(filled_before)]
    return all(filled_before[b - 1] - filled_before[a] > 0 for a, b in zip(later, ends, strict=True))


#: An outline of this many compared entries or more is taken when most of them (this share)
#: head a section and most sections are long enough: a section may open with a short lead-in
#: to a list ("In #13979, we added:"), or with a list itself (a part of resources, after three
#: parts of paragraphs). A menu printed again at the foot heads no section at all, and related
#: stories printed again over their teasers hold one sentence each, not a section.
LONG_OUTLINE = 4
LONG_OUTLINE_SHARE = 0.75
#: A section an outline names holds at least this many paragraphs, or one paragraph of
#: ``SECTION_SENTENCES`` sentences or more; a list of teasers (a headline over one sentence
#: each) does not.
SECTION_PARAGRAPHS = 2
SECTION_SENTENCES = 2
#: A sentence ends and another starts: a closing mark, a space, a capital.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s++[\"“‘(]?[A-Z]")


def _sentences(line: str) -> int:
    return 1 + len(_SENTENCE_BREAK.findall(line))


#: A section's heading has its first paragraph within this many lines (a subheading may come
#: between).
SECTION_HEAD_REACH = 2
#: ...read no further than this many lines, blank ones included (a bound on the walk).
SECTION_HEAD_LINES = 50


def _long(line: str) -> bool:
    return _word_count(line, HEADED_PARAGRAPH_WORDS) >= HEADED_PARAGRAPH_WORDS


def _heads_section(lines: list[str], long: list[bool], number: int) -> bool:
    """Whether 1-based line ``number`` heads a section: a paragraph (a long line) comes within
    the next ``SECTION_HEAD_REACH`` non-blank lines."""
    seen = 0
    for index in range(number, min(len(lines), number + SECTION_HEAD_LINES)):
        if lines[index].strip():
            if long[index]:
                return True
            seen += 1
            if seen == SECTION_HEAD_REACH:
                return False
    return False


#: A heading's paragraph: the line after it runs to at least this many words.
HEADED_PARAGRAPH_WORDS = 15


def _retyped(texts: list[str], following: list[str]) -> bool:
    """Copies one of which is set in capitals and another not, each heading a paragraph: the
    same title typed twice, as a section heading in capitals and as the title of a box beside
    it ("THE LINCOLN-DOUGLAS DEBATES", "The Lincoln-Douglas Debates"). A scraper keeps a line's
    letters as they were, and a menu's copy in capitals heads no paragraph."""
    capitals = [text.isupper() for text in texts]
    if not any(capitals) or all(capitals):
        return False
    return all(_word_count(line, HEADED_PARAGRAPH_WORDS) >= HEADED_PARAGRAPH_WORDS for line in following)


#: The line that credits a quoted verse: a dash before a name ("—John Handcox, “Roll the Union On”").
_VERSE_CREDIT = re.compile(r"^[—–]\s*[^\W\d_]")
#: A verse's lines are short: a line this long is a paragraph, and ends the verse.
VERSE_LINE_WORDS = 30


def _quoted_verse(lines: list[str], first: int, last: int, reach: int = 4) -> bool:
    """Every copy lies in one stanza of short lines (1-based ``first`` to ``last``, at most
    ``2 * reach`` lines apart) that a credit line closes within ``reach`` lines: a song or poem
    quoted with its author, whose refrain repeats. A scraper's second copy stands apart from
    the first, or ends with no credit (an embedded post's credit, "— Jane Doe (@jdoe)", closes
    a post, not a verse)."""
    if last - first > 2 * reach:
        return False  # a refrain comes back within a stanza, not a screen further on
    if any(_word_count(line, VERSE_LINE_WORDS) >= VERSE_LINE_WORDS for line in lines[first - 1 : last]):
        return False
    after = [line.strip() for line in lines[last : last + 2 * reach] if line.strip()][:reach]
    for text in after:
        if _VERSE_CREDIT.match(text):
            return not POST_ATTRIBUTION.search(text)  # an embedded post's credit closes a post
        if _word_count(text, VERSE_LINE_WORDS) >= VERSE_LINE_WORDS:
            return False
    return False


#: A field's label: a few words before a colon and a space, at the start of a line.
_FIELD_LABEL = re.compile(r"^([^\W\d_][^:\n]{0,60}):\s")
#: Copies that make a line or a field label recurring: a template's, not a scraper's second copy.
RECURRING = 3
#: A record's entry holds quantities: more than this share of its tokens hold a numeral.
MIN_QUANTITY_SHARE = 0.15


class _Records:
    """The recurring labels of a text laid out as records (a plan, a form, a box score)."""

    def __init__(self, lines: list[str]) -> None:
        self.keys = [normalise(line) for line in lines]
        counted: dict[str, int] = {}
        labels: dict[str, int] = {}
        for line, key in zip(lines, self.keys, strict=True):
            if not key:
                continue
            counted[key] = counted.get(key, 0) + 1
            label = _FIELD_LABEL.match(line.strip())
            if label:
                name = label.group(1).casefold()
                labels[name] = labels.get(name, 0) + 1
        self.lines = lines
        self.recurring = {key for key, n in counted.items() if n >= RECURRING}
        self.labels = {name for name, n in labels.items() if n >= RECURRING}

    def _field(self, index: int) -> str:
        """The label of the line at 0-based ``index`` if it is a field whose label recurs, else ""."""
        if not 0 <= index < len(self.lines):
            return ""
        label = _FIELD_LABEL.match(self.lines[index].strip())
        name = label.group(1).casefold() if label else ""
        return name if name in self.labels else ""

    def entry(self, number: int) -> bool:
        """Whether 1-based line ``number`` is a record's entry: a field with a recurring label
        beside a field of another recurring label (a record laid out field by field: "Stage:
        ...", "Duration: ..."; not a headline with a colon printed twice), a line of quantities
        that is a field with a recurring label, or the first line under a recurring label or
        prompt."""
        line = self.lines[number - 1].strip()
        own = self._field(number - 1)
        if own and ({self._field(number - 2), self._field(number)} - {own, ""}):
            return True  # one of a record's fields beside another: "Stage: ...", "Duration: Varies."
        tokens = line.split()
        if sum(1 for t in tokens if any(c.isnumeric() for c in t)) <= MIN_QUANTITY_SHARE * len(tokens):
            return False  # a headline, a caption, a sentence: not an entry of a plan or a form
        label = _FIELD_LABEL.match(line)
        if label and label.group(1).casefold() in self.labels:
            return True
        for key in reversed(self.keys[: number - 1]):
            if key:
                return key in self.recurring
        return False


def _structure(text: str, following: list[str], questions: int) -> bool:
    """A recurring label or block, or a question among questions with its own answers."""
    distinct = set(following)
    if len(following) >= 3:
        return True
    return text.endswith("?") and questions - len(following) >= 2 and len(distinct - {""}) == len(following)


#: How far a copy's neighbours are looked for, blank lines included (a bound on the walk).
NEIGHBOUR_REACH = 4


def _neighbours(lines: list[str], number: int) -> tuple[str, str]:
    """The nearest non-blank lines before and after 1-based line ``number`` (within
    ``NEIGHBOUR_REACH`` lines), stripped; "" where there is none."""
    before = next(
        (lines[i].strip() for i in range(number - 2, max(-1, number - 2 - NEIGHBOUR_REACH), -1) if lines[i].strip()), ""
    )
    after = next(
        (lines[i].strip() for i in range(number, min(len(lines), number + NEIGHBOUR_REACH)) if lines[i].strip()), ""
    )
    return before, after


def _next_line(lines: list[str], number: int, reach: int = 1) -> str:
    """The next non-blank lines (up to ``reach`` of them) after 1-based line ``number``, joined."""
    found: list[str] = []
    for index in range(number, len(lines)):  # not ``lines[number:]``: a copy of the rest per call
        line = lines[index]
        if line.strip():
            found.append(normalise(line) if reach == 1 else line.strip())
            if len(found) == reach:
                break
    return found[0] if reach == 1 and found else "\n".join(found)


RULES = [RepeatedTitle, RepeatedLine, RepeatedParagraph]
