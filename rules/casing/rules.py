"""Casing (CS): sentence starts, names written in lower case, stray capitals, shouting.

The document is its own style guide: a word it capitalises as a name
elsewhere is a name here too, and a word it writes in lower case elsewhere is
no name when it turns up capitalised mid-sentence. The name and stray-capital
rules need English word knowledge, so they run on English (or undecided)
documents only. Fixes are unsafe: casing can carry meaning.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress

from scrapelint.model.document import Document, Span
from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules._tokens import cached, is_abbreviation, is_english, protected, word_list
from scrapelint.text.markdown import Block

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]{1,2}\b)?")
#: TOKEN as the one group of a split: the text's gaps and words, alternating.
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
POSSESSIVE = re.compile(r"['’][^\W\d_]{1,2}$")
#: POSSESSIVE at the end of every line of a text of one word per line.
_POSSESSIVE_LINES = re.compile(POSSESSIVE.pattern, re.MULTILINE)
FIRST_TOKEN = re.compile(r"[^\s]+")
SENTENCE_FINAL = re.compile(r"[.!?…]['\"”’)\]]*\s*$")
#: "1 tsp." "4 oz." "ID.": a short token after a number, or a short acronym, ends with a full stop.
UNIT_BEFORE = re.compile(r"(?:\d\s?[^\W\d_]{1,5}|\b[A-Z]{1,2})\.$")
CLAUSE_OPENERS = "\"'“‘„«»([{¿¡—–•·*"
CLOSING_QUOTES = "\"”’»'"
#: A line of program code shown in an article (casing there is the language's, not prose).
#: The call branch (``name.attr(``) starts only where a word starts and never gives back what it
#: consumed, so a long run of letters is scanned once, not once per letter (it is the same test
#: as ``[A-Za-z_]\w*\.\w+\(`` anywhere in the line).
CODE_LINE = re.compile(
    r"^\s*(?:from|import|return|def|class|var|let|const|print|sudo|pip|npm|git|cd|echo)\s.*[._()=<>{}\[\]/]"
    r"|(?<!\w)[^\W_A-Za-z]*+[A-Za-z_]\w*+\.\w++\(|[=;{}]\s*$|\S\s=\s\S"
)
#: A line is a heading or label, not a sentence, when most of its longer words are capitalised.
TITLE_SHARE = 0.6

CLOSED_CLASS = word_list("closed_class_words")
NAME_LIKE_COMMON = word_list("common_words_used_in_names")
BYLINE_WORDS = frozenset({"by", "via"})
#: Pronouns can be surnames after a given name ("Liu He"); other function words cannot.
PRONOUNS = frozenset(
    {"he", "she", "it", "you", "we", "they", "him", "her", "his", "its", "our", "their", "them", "your"}
)
#: Endings of derived English words (-tion, -ment, -ness...), which names rarely have.
COMMON_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ing|ance|ence|ship|ive|ous|ful|less|ism|ers|ies|ed)$")
#: Names that the list of familiar words holds in their lower-case sense (china, turkey).
NAMES_IN_EASY_WORDS = frozenset({"china", "turkey", "jersey", "polish"})
#: The function words as a capital writes them at a sentence start ("You", "That").
CAPITALISED_CLOSED_CLASS = frozenset(word[:1].upper() + word[1:] for word in CLOSED_CLASS)


# -- shared document analysis ------------------------------------------------------------------


@dataclass
class Casing:
    """Where each word of the document stands and how the document writes it.

    The words are parallel arrays in text order, not an object per word: ``starts`` and
    ``ends`` (offsets into ``prose``), ``texts``, ``lines`` (1-based line of the word's
    block), and two flags as bytes: ``first`` (first word of its sentence, block or cell, or
    after ": “ ( —") and ``title`` (in a heading-like line: title case or a label).
    """

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    first: bytearray = field(default_factory=bytearray)
    title: bytearray = field(default_factory=bytearray)
    capital_alone: Counter = field(default_factory=Counter)  # "Norway" mid-sentence, no capital neighbour
    capital_any: Counter = field(default_factory=Counter)  # capitalised mid-sentence at all
    lower: Counter = field(default_factory=Counter)
    capital_in_titles: Counter = field(default_factory=Counter)  # "Senior Marlowe Adviser" (not first word)
    pairs: set[tuple[str, str]] = field(default_factory=set)  # ("home", "secretary") from "Home Secretary"
    #: Pairs seen at least once not followed by a further capitalised word ("Daily Herald
    #: report", unlike "German President Steinmeier", a title before a name).
    free_pairs: set[tuple[str, str]] = field(default_factory=set)
    #: Capitalised words seen before a lower-case word ("German officials"): modifiers, not first names.
    before_lower: Counter = field(default_factory=Counter)


def casing(doc: Document) -> Casing:
    return cached(doc, "casing", _analyse)


#: What makes the next word open a clause (``_opens_clause``): one of these marks, then only
#: whitespace up to the word's first letter. One scan of the text finds every such word.
_OPENER_BEFORE = re.compile("[:;" + re.escape(CLAUSE_OPENERS) + r"]\s*+(?=[^\W\d_])")
#: Blocks whose words the analysis leaves out.
_NO_WORDS = frozenset({"blank", "code", "front_matter", "table_delimiter"})


def _analyse(doc: Document) -> Casing:
    result = Casing()
    text = doc.prose
    # One scan of the whole text. A word never crosses a line, and a block's content starts
    # after a space or a marker, never inside a word, so a block's words are those that start
    # between its content start and its end.
    # split() alternates gaps and words; the running sum of their lengths gives the offsets
    parts = TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    all_texts = parts[1::2]
    all_starts = offsets[1:-1:2]
    all_ends = offsets[2::2]
    guard = protected(doc)
    if guard.spans and all_starts:  # words starting in a URL, number or address are no words here
        keep = bytearray(b"\x01") * len(all_starts)
        for low, high in guard.spans:
            a = bisect_left(all_starts, low)
            b = bisect_left(all_starts, high, a)
            if b > a:
                keep[a:b] = bytes(b - a)
        if 0 in keep:
            all_starts = list(compress(all_starts, keep))
            all_ends = list(compress(all_ends, keep))
            all_texts = list(compress(all_texts, keep))
    # per word: "." for words of three letters or fewer, "U" or "l" by the case of the first
    # letter of a longer one, so that a block's title test counts two letters in a slice
    initials = "".join(["." if len(t) <= 3 else ("U" if t[0].isupper() else "l") for t in all_texts])
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    lines: list[int] = []
    title = bytearray()
    first_at: set[int] = set()  # words that open a sentence, a block or a cell
    block_base: dict[int, int] = {}  # first word of each block -> where the block's content starts
    for block in doc.blocks:
        if block.kind in _NO_WORDS:
            continue
        base = block.content_start
        lo = bisect_left(all_starts, base)
        hi = bisect_left(all_starts, block.end, lo)
        if hi == lo:
            continue
        found = all_texts[lo:hi]
        at = len(texts)
        block_base[at] = base
        starts += all_starts[lo:hi]
        ends += all_ends[lo:hi]
        texts += found
        lines += [block.line] * (hi - lo)
        title += (b"\x01" if block.kind == "heading" or _title_like_initials(initials[lo:hi]) else b"\x00") * (hi - lo)
        if all_starts[lo] == base:
            first_at.add(at)
        for cell, _ in block.cells:
            k = bisect_left(all_starts, cell, lo, hi)
            if k < hi and all_starts[k] == cell:
                first_at.add(at + k - lo)
    index = dict(zip(starts, range(len(starts)), strict=True))
    get = index.get
    for sentence in doc.sentences:
        i = get(sentence.start)
        if i is not None:
            first_at.add(i)
    # after ": ; “ ( —" with only whitespace between, the mark lying after the previous word
    for m in _OPENER_BEFORE.finditer(text):
        i = get(m.end())
        if i is not None and m.start() >= block_base.get(i, ends[i - 1]):
            first_at.add(i)
    first = bytearray(len(starts))
    for i in first_at:
        first[i] = 1
    result.starts, result.ends, result.texts, result.lines = starts, ends, texts, lines
    result.first, result.title = first, title
    lowered = list(filter(str.islower, texts))
    joined = "\n".join(lowered)
    if lowered and ("'" in joined or "’" in joined):
        # _key of each word, on the words joined one per line: no match crosses a line break
        result.lower.update(_POSSESSIVE_LINES.sub("", joined).lower().split("\n"))
    else:  # no possessive ending: a lower-case word is its own key
        result.lower.update(lowered)
    count = len(texts)
    capitals = [i for i, t in enumerate(texts) if t[0].isupper() and t[1:].islower()]  # _capitalised
    capital = bytearray(count + 1)  # capital[i]: _capitalised(texts[i]) (one more, always 0)
    for i in capitals:
        capital[i] = 1
    result.capital_in_titles.update([_key(texts[i]) for i in capitals if title[i] and not first[i]])
    for i in capitals:
        if first[i] or title[i] or _label(text, ends[i]):
            continue
        key = _key(texts[i])
        result.capital_any[key] += 1
        start, end = starts[i], ends[i]
        left = i > 0 and capital[i - 1] and text[ends[i - 1] : start] in JOINERS
        right = i + 1 < count and text[end : starts[i + 1]] in JOINERS
        right_capital = right and capital[i + 1]
        if not left and not right_capital:
            result.capital_alone[key] += 1
        if right and texts[i + 1].islower():
            result.before_lower[key] += 1
        if right_capital:
            pair = (key, _key(texts[i + 1]))
            result.pairs.add(pair)
            j = i + 2
            if j >= count or not (capital[j] and text[ends[i + 1] : starts[j]] in JOINERS):
                result.free_pairs.add(pair)
    return result


def _key(token: str) -> str:
    """The word in lower case without a possessive ending: "Norway’s" -> "norway"."""
    if "'" not in token and "’" not in token:
        return token.lower()
    return POSSESSIVE.sub("", token).lower()


def _label(text: str, end: int) -> bool:
    """A capitalised word (ending at ``end``) before a number is a label ("Level 3", "Article 9"),
    not a name."""
    following = text[end : end + 2]
    return following[:1].isdecimal() or (following[:1] == " " and following[1:].isdecimal())


def common_word(key: str) -> bool:
    """An everyday English word (or its plural) that could be capitalised only as part of a name."""
    words = _easy_words()
    if key in NAME_LIKE_COMMON or key in words or COMMON_ENDING.search(key):
        return True
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if key.endswith(ending) and key[: -len(ending)] + replacement in words:
            return True
    return familiar_compound(key)


def familiar_compound(key: str) -> bool:
    """A compound of two familiar words ("healthcare", "roadmap"), each at least three letters.

    Only splits whose parts are no longer than the longest familiar word are tried, so a run
    of thousands of letters costs no more than a short word."""
    words = _easy_words()
    longest = _longest_easy_word()
    lowest, highest = max(3, len(key) - longest), min(len(key) - 2, longest + 1)
    return any(key[:i] in words and key[i:] in words for i in range(lowest, highest))


@lru_cache(maxsize=1)
def _longest_easy_word() -> int:
    return max(map(len, _easy_words()), default=0)


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The Dale-Chall list of familiar English words that textstat ships (empty if it is absent)."""
    # Found without importing textstat, whose import pulls in nltk (and scipy where installed).
    from importlib.util import find_spec
    from pathlib import Path

    try:
        spec = find_spec("textstat")
        folders = list(spec.submodule_search_locations or ()) if spec else []
        text = (Path(folders[0]) / "resources" / "en" / "easy_words.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, IndexError, OSError):
        return frozenset()
    return frozenset(text.split()) - NAMES_IN_EASY_WORDS


def _capitalised(token: str) -> bool:
    return len(token) > 1 and token[0].isupper() and token[1:].islower()


def _title_like_initials(initials: str) -> bool:
    """Most words of four letters or more are capitalised (or there are fewer than two), from
    the words' marks in ``_analyse``: "U" capitalised, "l" not, "." shorter."""
    upper = initials.count("U")
    longer = upper + initials.count("l")
    if longer < 2:
        return True
    return upper >= TITLE_SHARE * longer


def _opens_clause(gap: str) -> bool:
    """A capital is expected after a colon, a dash or an opening quote or bracket."""
    stripped = gap.strip()
    return bool(stripped) and stripped[-1] in ":;" + CLAUSE_OPENERS


#: What may stand between two words of one name: "Home Secretary", "Jean-Luc", "Macy's Parade".
JOINERS = frozenset({" ", "-", "'s ", "’s "})


def _adjacent(text: str, words: Casing, i: int, j: int) -> bool:
    """Words ``i`` and ``j`` (neighbours) are joined as one name would be."""
    left, right = (i, j) if i < j else (j, i)
    return text[words.ends[left] : words.starts[right]] in JOINERS


# -- CS001 -------------------------------------------------------------------------------------


class SentenceStartLowercase(Rule):
    """A sentence that starts with a lower-case letter.

    ## What it does
    Flags a sentence whose first word is in lower case: after ``.`` ``?`` ``!``, at the
    start of a paragraph or of a list item, and a table cell in lower case in a column
    whose other cells are capitalised (header cells are labels, never sentences). Left alone: brand names (iPhone,
    eBay), URLs and code, quotations that start in lower case, bylines ("by Jane Doe"),
    words after an abbreviation ("approx. three"), after an ellipsis or a quoted
    question ("“Why?” he asked"), list items that continue a sentence, a line that
    continues the previous line (hard-wrapped text), list enumerators ("a)", "iv."),
    a word after an abbreviation in any language ("n. Chr.", "Thutmosis III."), a label of
    one to three words, and a name the document always writes in lower case ("npm").

    ## Why it matters
    A lower-case sentence start usually marks text joined from fragments or a lost
    full stop, and it misleads sentence splitters.

    Measured: precision 0.89 [0.51, 0.97] on real text: 131 findings on 451,080 words of
    scraped pages, 6 false on 187,190 words of clean articles (4 more judged real slips of
    the source); recall 60/60 injected errors (validation part; bench/precision.py,
    bench/README.md); below 0.9, so it ships at info.

    ## Example
    "The talks were cancelled. the situation is tense." is flagged at "the"; the
    unsafe fix capitalises it.

    ## Use instead
    "The talks were cancelled. The situation is tense."

    ## Fix safety
    Unsafe: changing a letter's case can change meaning (a name, a title, a word quoted as written), so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "CS001"
    name = "sentence-start-lowercase"
    severity = Severity.INFO
    fixable = "unsafe"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.prose
        blocks = doc.blocks
        block_starts = _block_starts(doc)
        guard = protected(doc)
        for sentence in doc.sentences:
            if not text[sentence.start].islower():
                continue  # its first token cannot start in lower case (the common case, decided first)
            block = blocks[bisect_right(block_starts, sentence.start) - 1]
            if block.kind in ("table_row", "table_delimiter", "code"):
                continue
            token = FIRST_TOKEN.match(text, sentence.start)
            if not token or not _lower_start(token.group()) or sentence.start in guard:
                continue
            if self._excused(doc, block, sentence, token.group()):
                continue
            yield self._flag(sentence.start, token.group())
        yield from self._table_cells(doc)

    def _flag(self, start: int, token: str) -> Finding:
        word = TOKEN.match(token)
        end = start + (word.end() if word else len(token))
        return self.finding(
            start,
            end,
            f"sentence starts in lower case: '{token[: end - start]}'",
            fix=Fix.replace(start, start + 1, token[0].upper(), safe=False),
        )

    def _excused(self, doc: Document, block: Block, sentence: Span, token: str) -> bool:
        text = doc.prose
        word = TOKEN.match(token)
        if word is None or (word.end() < len(token) and token[word.end()] in CODE_NEXT):
            return True  # e.g., i.e., a file name, an address, a handle, code
        if ENUMERATOR.match(token) or token.lower() in BYLINE_WORDS:
            return True  # "a)", "iv." open a list item, not a sentence
        if _lowercase_name(doc, word.group()):
            return True
        before = text[max(block.content_start, sentence.start - 40) : sentence.start].rstrip()
        if sentence.start == block.content_start or not before:
            return self._continues(doc, block) or _fragment(doc, block) or _code_line(doc, sentence.start)
        if before.endswith(("…", "..", ",", ";", ":", "[...]", "[…]")) or before[-1] in CLOSING_QUOTES + ")":
            return True
        if before.endswith("."):
            previous = re.search(r"([\w.]+)\.$", before)
            if previous and (_abbreviation_like(previous.group(1)) or previous.group(1).isdigit()):
                return True
            if UNIT_BEFORE.search(before):
                return True
        return _code_line(doc, sentence.start)

    def _continues(self, doc: Document, block: Block) -> bool:
        """The block continues a sentence: a wrapped line, or a list item of a running sentence."""
        index = bisect_right(_block_starts(doc), block.start) - 1
        if block.kind == "list_item":
            own = doc.prose[block.content_start : block.end].rstrip()
            previous = _before_list(doc, index)
            if previous is None or not own.endswith((".", "!", "?")):
                return True
            return not doc.prose[previous.content_start : previous.end].rstrip().endswith((".", "!", "?"))
        previous = doc.blocks[index - 1] if index else None
        if previous is None or previous.kind not in ("text", "quote", "list_item"):
            return False
        ending = doc.prose[previous.content_start : previous.end].rstrip()
        return not SENTENCE_FINAL.search(ending)

    def _table_cells(self, doc: Document) -> Iterator[Finding]:
        """A lower-case body cell in a column whose other cells are capitalised (headers are labels)."""
        for table in _tables(doc):
            rows = [[doc.prose[s:e] for s, e in row.cells] for row in table]
            # Per column how many body cells start with a letter, and how many of those with a
            # capital, counted once: each cell's peers are these counts minus the cell itself, so a
            # table of many rows or columns costs one pass, not one per cell.
            columns: dict[int, tuple[int, int]] = {}
            for x in rows[1:]:
                for c, cell in enumerate(x):
                    alpha, upper = columns.get(c, (0, 0))
                    columns[c] = (alpha + cell[:1].isalpha(), upper + (cell[:1].isalpha() and cell[0].isupper()))
            for r, row in enumerate(table):
                for c, (start, _end) in enumerate(row.cells):
                    cell = rows[r][c]
                    if not cell or not _lower_start(cell.split()[0]) or start in protected(doc):
                        continue
                    if r == 0:
                        continue  # header cells are labels ("| Name | title |"), not sentences
                    alpha, upper = columns[c]
                    own_alpha, own_upper = _capital_counts([cell])
                    alpha, upper = alpha - own_alpha, upper - own_upper
                    if alpha >= 2 and upper == alpha:
                        token = FIRST_TOKEN.match(cell).group()
                        finding = self._flag(start, token)
                        finding.message = f"table cell in lower case in a capitalised column: '{token}'"
                        yield finding


#: After the first word of a sentence, a character that makes it code, a path or an address.
CODE_NEXT = frozenset(".@/:_(=<[{#")
#: A list enumerator opening a line: "a)", "b.", "iv)", "ii.".
ENUMERATOR = re.compile(r"(?:[a-z]|[ivx]{1,4})[).](?:\s|$)")
ROMAN = re.compile(r"[IVXLC]{1,5}")
#: Vowels of the Latin, Cyrillic and Greek alphabets: a short word without any is an abbreviation.
VOWELS = frozenset("aeiouyäöüéèàáíóúаеёиоуыэюяіїєαεηιουωάέήίόύώ")


def _abbreviation_like(token: str) -> bool:
    """A known abbreviation or initial, a regnal or ordinal Roman numeral ("Amyntas I.",
    "Thutmosis III."), or a short word without a vowel, capitalised or in lower case ("Chr.",
    "Nr.", "Dr.", Russian "гг." for years, "млн."), which in any alphabet is an abbreviation,
    not a sentence end."""
    if is_abbreviation(token) or ROMAN.fullmatch(token):
        return True
    shape = token.islower() or (token[:1].isupper() and token[1:].islower())
    return len(token) <= 4 and shape and not VOWELS & set(token.lower())


def _lowercase_name(doc: Document, token: str) -> bool:
    """A name the document always writes in lower case (npm, textlint, ffmpeg): in an English
    document, no familiar word, written in lower case mid-sentence at least twice and never
    capitalised anywhere."""
    key = token.lower()
    if token != key or key in CLOSED_CLASS or common_word(key):
        return False
    # once per word and document: a text of many lines opening on the same lower-case word
    # would otherwise scan the whole text once for each of them
    known = cached(doc, "lowercase_names", lambda _: {})
    if key not in known:
        known[key] = _always_lowercase(doc, key)
    return known[key]


def _always_lowercase(doc: Document, key: str) -> bool:
    if key.capitalize() in doc.text:
        return False
    # three words written so hold the key three times over (a cheap bound, before the analysis)
    if doc.prose.count(key) < 3 or not is_english(doc):
        return False
    return casing(doc).lower[key] >= 3


def _capital_counts(cells: list[str]) -> tuple[int, int]:
    """Cells that start with a letter, and those of them that start with a capital."""
    alpha = [cell for cell in cells if cell[:1].isalpha()]
    return len(alpha), sum(cell[0].isupper() for cell in alpha)


def _fragment(doc: Document, block: Block) -> bool:
    """A block of one to three words without a sentence end is a label or a fragment
    ("this", "more photos"), not a sentence."""
    own = doc.prose[block.content_start : block.end].strip()
    return len(own.split()) <= 3 and not SENTENCE_FINAL.search(own)


def _lower_start(token: str) -> bool:
    """Starts with a lower-case letter and is not a brand written with inner capitals (iPhone)."""
    return (
        bool(token)
        and token[0].islower()
        and not any(ch.isupper() for ch in token[1:])
        and not any(ch.isdigit() for ch in token)
    )


def _block_starts(doc: Document) -> list[int]:
    return cached(doc, "block_starts", lambda d: [b.start for b in d.blocks])


def _before_list(doc: Document, index: int) -> Block | None:
    """The last block before the list that holds block ``index`` (blank lines skipped)."""
    for block in reversed(doc.blocks[max(0, index - 200) : index]):
        if block.kind not in ("list_item", "blank"):
            return block
    return None


def _tables(doc: Document) -> list[list[Block]]:
    """Runs of table rows (delimiter rows left out)."""
    tables: list[list[Block]] = []
    current: list[Block] = []
    for block in doc.blocks:
        if block.kind == "table_row":
            current.append(block)
        elif block.kind != "table_delimiter":
            if current:
                tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


# -- CS002 -------------------------------------------------------------------------------------


class LowercasedName(Rule):
    """A name the document capitalises elsewhere, written here in lower case.

    ## What it does
    Learns from the document itself which words are names: a word capitalised in the
    middle of sentences and (almost) never written in lower case ("Norway", "Marlowe"),
    and pairs of capitalised words ("Home Secretary", "Daily Herald"). It then flags
    "norway", "marlowe", "home Secretary" or "Daily herald". Everyday words that are
    also names (May, Bill, State, House) count only through their pairs. English
    documents only.

    ## Why it matters
    A name in lower case is a typo a reader notices at once, and it splits the name's
    counts in any entity statistics.

    Measured: precision 0.76 [0.22, 0.96] on real text: 40 findings on 451,080 words of
    scraped pages, 4 false on 187,190 words of clean articles (1 more judged real slips of
    the source); recall 38/51 injected errors (validation part; bench/precision.py,
    bench/README.md); below 0.9, so it ships at info.

    ## Example
    In a text that writes "Norway" twenty times, "the treaty with norway" is flagged;
    the unsafe fix restores "Norway".

    ## Use instead
    "the treaty with Norway"

    ## Fix safety
    Unsafe: changing a letter's case can change meaning (a name, a title, a word quoted as written), so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "CS002"
    name = "lowercased-name"
    severity = Severity.INFO
    fixable = "unsafe"

    def check(self, doc: Document) -> Iterator[Finding]:
        if not is_english(doc):
            return
        info = casing(doc)
        texts = info.texts
        text = doc.prose
        # A word can be flagged only as part of a known pair or as a name written alone elsewhere.
        names = {key for key, count in info.capital_alone.items() if count >= 1}
        names.update(key for pair in info.pairs for key in pair)
        if not names:
            return
        # candidates: a name's key written as it is, or any word with an apostrophe ("norway's")
        candidates = [i for i, t in enumerate(texts) if t in names or "'" in t or "’" in t]
        for i in candidates:
            word_text = texts[i]
            if not word_text.islower():
                continue
            key = _key(word_text)
            if key not in names or len(key) < 3 or key in CLOSED_CLASS or info.first[i]:
                continue
            if info.lines[i] in _code_lines(doc):
                continue
            partner = self._pair_partner(text, info, i)
            if partner or self._known_name(key, info):
                proper = key.capitalize()
                detail = f"'{partner}'" if partner else f"'{proper}' elsewhere"
                start = info.starts[i]
                yield self.finding(
                    start,
                    start + len(key),
                    f"'{key}' is written '{proper}' as a name in this document ({detail})",
                    fix=Fix.replace(start, start + 1, proper[0], safe=False),
                )

    @staticmethod
    def _pair_partner(text: str, info: Casing, i: int) -> str | None:
        texts = info.texts
        key = _key(texts[i])
        for j in (i - 1, i + 1):
            if not 0 <= j < len(texts):
                continue
            other = texts[j]
            other_key = _key(other)
            if not _capitalised(other) or other_key in CLOSED_CLASS or not _adjacent(text, info, i, j):
                continue
            pair = (other_key, key) if j < i else (key, other_key)
            if pair not in info.pairs:
                continue
            if j < i and common_word(key):
                # "German president" after "German President Steinmeier": a title before a name, or
                # "German" before everyday nouns elsewhere: a modifier, so the lower case is right.
                here = 1 if other[0].isupper() else 0
                if pair not in info.free_pairs or info.before_lower[other_key] - here > 0:
                    continue
            first, second = (other, texts[i]) if j < i else (texts[i], other)
            return f"{first.capitalize()} {second.capitalize()}"
        return None

    @staticmethod
    def _known_name(key: str, info: Casing) -> bool:
        alone = info.capital_alone[key]
        support = info.capital_any[key] + min(info.capital_in_titles[key], 1)
        return alone >= 1 and support >= 2 and info.lower[key] <= max(1, alone // 4) and not common_word(key)


def _code_lines(doc: Document) -> frozenset[int]:
    """Numbers of the lines that look like program code, found once per document."""
    return cached(doc, "code_lines", lambda d: frozenset(ln.number for ln in d.lines if CODE_LINE.search(ln.text)))


def _code_line(doc: Document, offset: int) -> bool:
    return doc.position(offset)[0] in _code_lines(doc)


# -- CS003 -------------------------------------------------------------------------------------


class StrayCapital(Rule):
    """A capitalised pronoun, auxiliary, preposition or conjunction in mid-sentence.

    ## What it does
    Flags a function word written with a capital between lower-case words, such as
    "officials said You could" or "the budget That grew". Titles quoted in running text ("Things
    You Need to Know") follow a capitalised word and are left alone, as are "The" and
    "A" opening a name ("according to The New York Times"), headings and labels in
    Title Case, and words after a colon, dash or opening quote. English documents only.

    ## Why it matters
    Stray capitals come from fragments glued together or from headings merged into the
    text; they also make names out of ordinary words for entity extractors.

    Measured: precision 0.00 [0.00, 1.00] on real text: 4 findings on 451,080 words of
    scraped pages, 3 false on 187,190 words of clean articles (thin evidence); recall 59/60
    injected errors (validation part; bench/precision.py, bench/README.md); below 0.9, so it
    ships at info.

    ## Example
    "Officials said You could not attend." is flagged at "You"; the unsafe fix lowers it.

    ## Use instead
    "Officials said you could not attend."

    ## Fix safety
    Unsafe: changing a letter's case can change meaning (a name, a title, a word quoted as written), so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "CS003"
    name = "stray-capital"
    severity = Severity.INFO
    fixable = "unsafe"

    def check(self, doc: Document) -> Iterator[Finding]:
        if not is_english(doc):
            return
        info = casing(doc)
        texts = info.texts
        text = doc.prose
        count = len(texts)
        # candidates: a function word written with a capital ("You", "That")
        for i in [i for i, t in enumerate(texts) if t in CAPITALISED_CLOSED_CLASS]:
            word_text = texts[i]
            if not word_text[0].isupper():
                continue
            key = word_text.lower()
            if info.first[i] or info.title[i] or key not in CLOSED_CLASS or not _capitalised(word_text):
                continue
            if not i or info.lines[i - 1] != info.lines[i] or not _adjacent(text, info, i - 1, i):
                continue
            after = texts[i + 1] if i + 1 < count else None
            if not texts[i - 1].islower() and (
                key in PRONOUNS or not (_lone_name_before(info, i, after) or _after_opening_word(info, i, after))
            ):
                continue
            if key in ("the", "a", "an") and (after is None or not after.islower()):
                continue  # "The New York Times"
            start = info.starts[i]
            yield self.finding(
                start,
                info.ends[i],
                f"stray capital in mid-sentence: '{word_text}'",
                fix=Fix.replace(start, start + 1, word_text[0].lower(), safe=False),
            )


def _after_opening_word(info: Casing, i: int, after: str | None) -> bool:
    """ "But The exact moment", "At The ceremony": the sentence's first word, then a capitalised
    function word, then lower case again; a title would go on in capitals within two words ("Gone
    With The Wind", "On the Genealogy of Morality")."""
    texts = info.texts
    if not (info.first[i - 1] and _capitalised(texts[i - 1]) and after is not None and after.islower()):
        return False
    return i + 2 >= len(texts) or info.lines[i + 2] != info.lines[i] or not texts[i + 2][:1].isupper()


def _lone_name_before(info: Casing, i: int, after: str | None) -> bool:
    """ "studied Saturn And its moons": a one-word name between lower-case words, not a title."""
    texts = info.texts
    return (
        _capitalised(texts[i - 1])
        and not info.first[i - 1]
        and i >= 2
        and texts[i - 2].islower()
        and after is not None
        and after.islower()
    )


# -- CS004 -------------------------------------------------------------------------------------

CAPS_WORD = r"(?:[A-Z][A-Z'’]*[A-Z]|[AI])"
CAPS_RUN = re.compile(rf"\b{CAPS_WORD}(?:[ ,]{{1,2}}{CAPS_WORD}){{2,}}\b")
SHOUTING_SIGNS = word_list("shouting_signs")
#: A run set between quotation marks is quoted as written (a headline, a sign, a telegram).
QUOTE_OPENERS = '“"‘«„'
QUOTE_CLOSERS = '”"’»“'


class AllCapsRun(Rule):
    """A run of words in ALL CAPS inside body text (shouting).

    ## What it does
    Flags three or more consecutive words in capitals inside a line of running text
    when the run holds an ordinary word (THE, AND, YOU, FREE...) or is five words or
    longer. Acronyms (NATO, GDP, "US GDP"), lines entirely in capitals without
    sentence punctuation (headings, menus), a run that is the whole of a quotation (a
    headline or a sign quoted as printed: “85 DIE IN RIOTS,”) and code are left alone.

    ## Why it matters
    Shouting runs are typical of ads, banners and promotional residue, and they defeat
    case-sensitive tools such as named-entity recognisers.

    Measured: precision 0.66 [0.00, 0.91] on real text: 5 findings on 451,080 words of
    scraped pages, 6 false on 1,600,127 words of clean articles (lists of acronyms, a shout
    quoted in a sentence); thin evidence, below 0.9, so it ships at info; recall 59/60
    injected errors (validation part; bench/precision.py, bench/README.md).

    ## Example
    "Prices rise. CLICK HERE TO GET YOUR FREE REPORT now." is flagged.

    ## Use instead
    "Prices rise." The call to action removed, or the words in normal case.

    ## Fix safety
    No fix: whether the capitals are shouting to lower, an acronym or a name to keep needs a person.

    ## Options
    None.
    """

    code = "CS004"
    name = "all-caps-run"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.prose
        if not CAPS_RUN.search(text):
            return  # no run of capitals anywhere (a run never crosses a line)
        guard = protected(doc)
        for block in doc.blocks:
            if block.kind not in ("text", "list_item", "quote"):
                continue
            body = text[block.content_start : block.end]
            if not CAPS_RUN.search(body) or not _body_text(body):
                continue
            for match in CAPS_RUN.finditer(body):
                words = re.findall(CAPS_WORD, match.group())
                letters = sum(len(w) for w in words)
                start = block.content_start + match.start()
                if guard.overlaps(start, start + len(match.group())) and letters < 20:
                    continue
                if _quoted(body, match.start(), match.end()):
                    continue
                if letters >= 10 and (len(words) >= 5 or any(w in SHOUTING_SIGNS for w in words)):
                    yield self.finding(
                        start, start + len(match.group()), f"{len(words)} words in ALL CAPS in running text"
                    )


def _quoted(body: str, start: int, end: int) -> bool:
    """The run is the whole of a quotation: an opening mark right before it, a closing one
    right after it (past the run's own punctuation and the digits of a headline)."""
    head = body[max(0, start - 12) : start].rstrip(" 0123456789$%")
    tail = body[end : end + 4].lstrip(" .,!?;:")
    return bool(head) and head[-1] in QUOTE_OPENERS and bool(tail) and tail[0] in QUOTE_CLOSERS


def _body_text(line: str) -> bool:
    """Running text: several lower-case words (a line all in capitals is a heading or a menu)."""
    return sum(1 for w in TOKEN.findall(line) if w.islower()) >= 3


RULES = [SentenceStartLowercase, LowercasedName, StrayCapital, AllCapsRun]
