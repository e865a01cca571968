"""Readability and text-statistics rules (RD): outliers that signal broken text.

The thresholds start from published web-corpus filters (Gopher's quality and
repetition rules, C4's and FineWeb's line rules), but where those drop a whole
document, these rules point at the lines or spans responsible. Every RD rule
also records the document's readability statistics (see ``_textstats``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import compress, islice
from operator import ne
from typing import ClassVar

from scrapelint.model.document import WORD, Document, Line
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules._textstats import readability, sentence_words, warm_up
from scrapelint.rules._tokens import cached
from scrapelint.text.stopwords import function_word_share, function_words, likeliest_language


class ReadabilityRule(Rule):
    """Base of the RD rules: loads textstat and langdetect before the engine forks workers,
    so the workers inherit the loaded libraries instead of each loading them again."""

    def prepare_for_workers(self) -> None:
        warm_up()


#: Block kinds that hold running prose (not tables, code or headings).
PROSE_BLOCKS = frozenset({"text", "quote", "list_item"})
#: Block kinds left out of line statistics (tables have their own family).
NON_PROSE_BLOCKS = frozenset({"table_row", "table_delimiter", "code", "blank", "front_matter"})
#: Most words the repetition rule reads per document.
MAX_REPETITION_WORDS = 200_000


class OverlongSentence(ReadabilityRule):
    """A sentence far longer than any reader accepts.

    ## What it does
    Counts the words of every sentence (sentences never cross a paragraph,
    heading, list item or table cell) and flags those longer than `max-words`.

    ## Why it matters
    Edited prose rarely has sentences over 60 words. A "sentence" of 100 or
    more words is almost always broken text: paragraphs glued together when the
    scraper lost the line breaks, a menu flattened into one line, or a caption
    merged into the body.

    Measured: precision 0.00 [0.00, 1.00] on real text: 3 findings on 451,080 words of
    scraped pages, 1 false on 127,801 words of clean articles (thin evidence) (validation
    part; bench/precision.py, bench/README.md); below 0.9, so it ships at info.

    ## Example
    A line of 150 words with no full stop, such as "Home News World Business
    Markets Tech Science Health Sport Culture Opinion ...", is flagged.

    ## Use instead
    Sentences of readable length; a 150-word "sentence" without a full stop is usually a menu.

    ## Fix safety
    No fix: rewriting the text needs a person (or removing the page).

    ## Options
    - `max-words`: Longest acceptable sentence, in words.
    """

    code = "RD001"
    name = "overlong-sentence"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "max_words": Option(100, "Longest acceptable sentence, in words."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        readability(doc)
        limit = self.config["max_words"]
        for sentence in doc.sentences:
            if len(sentence.text) < limit * 2:
                continue  # cannot hold `limit` words of a letter and a space each
            count = sentence_words(sentence.text)
            if count > limit:
                yield self.finding(
                    sentence.start,
                    sentence.end,
                    f"sentence of {count} words (longest acceptable: {limit}); text glued together?",
                    words=count,
                )


class WordSalad(ReadabilityRule):
    """A line of running text with too few function words: word salad or keyword stuffing.

    ## What it does
    For lines of prose (not tables, code or headings) of at least `min-words`
    words, measures the share of the language's function words ("the", "of",
    "and", "is" ... in English; lists for 16 languages) and flags lines below
    `min-share`. Edited prose has 30-50%; Gopher's quality filter drops
    documents with fewer than two of eight English function words. Lines in a
    language without a list are not judged, nor lines built of punctuated
    sentences, mostly in lower case (a language that inflects, such as Polish,
    writes such sentences with few function words; keyword lists have no
    sentence marks or capitalise every word).

    ## Why it matters
    Lines without function words are not sentences: keyword lists for search
    engines, tag clouds flattened into a line, machine-spun text or navigation
    labels run together.

    Measured: precision 0.87 [0.44, 0.97] on real text: 7 findings on 451,080 words of
    scraped pages, 5 on 2,433,467 words of clean articles (validation part;
    bench/precision.py, bench/README.md). Below 0.9, so it ships at `info`.

    ## Example
    "Cheap flights London Paris deals cheap hotels Paris booking best price
    London Paris flights discount ..." (40 words) is flagged.

    ## Use instead
    Running text built of sentences; keyword lists belong nowhere in an article.

    ## Fix safety
    No fix: rewriting the text needs a person (or removing the page).

    ## Options
    - `min-words`: Shortest line judged, in words.
    - `min-share`: Lowest acceptable share of function words.
    - `max-numeric-share`: Lines with more tokens holding a digit are data lists, not judged.
    """

    code = "RD002"
    name = "word-salad"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "min_words": Option(25, "Shortest line judged, in words."),
        "min_share": Option(0.1, "Lowest acceptable share of function words."),
        "max_numeric_share": Option(0.15, "Lines with more tokens holding a digit are data lists, not judged."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        stats = readability(doc)
        vocabulary = function_words(stats["language"])
        if vocabulary is None:
            return
        minimum = self.config["min_words"]
        plain = _plain_numerals(doc.prose)  # then plain in every block
        for block in doc.blocks:
            if block.kind not in PROSE_BLOCKS or block.end - block.content_start < minimum * 2:
                continue
            body = doc.prose[block.content_start : block.end]
            tokens = body.split()
            if len(tokens) < minimum:
                continue  # fewer tokens than the words needed
            if plain:  # counted by two scans
                letterless = _TOKEN_WITHOUT_LETTER.findall(body)
                if len(tokens) - len(letterless) < minimum:
                    continue
                numeric = len(_TOKEN_WITH_DIGIT.findall(body))
                skip = set(letterless)
                words = [w for w in tokens if w not in skip] if skip else tokens
            else:
                numeric = sum(1 for t in tokens if any(c.isnumeric() for c in t))
                words = [w for w in tokens if _has_letter(w)]
            if len(words) < minimum:
                continue
            if numeric > self.config["max_numeric_share"] * len(tokens):
                continue  # quantities, scores, prices: a data list, which RD003 judges
            cleaned = [w.strip(".,;:!?\"'()[]“”‘’«»") for w in words[:2000]]
            share = function_word_share(cleaned, vocabulary)
            if (
                share < self.config["min_share"]
                and likeliest_language(cleaned)[1] < self.config["min_share"]
                and not _punctuated_sentences(body, cleaned)
            ):
                yield self.finding(
                    block.content_start,
                    block.end,
                    f"{len(words)} words with only {share:.0%} function words: word salad or keyword list",
                    share=round(share, 3),
                )


#: A sentence's closing mark, then any closing quotes or brackets, at the end of a text.
_CLOSED = re.compile(r"[.!?…][\"'”’»)\]]*+\s*+$")


def _punctuated_sentences(body: str, words: list[str]) -> bool:
    """Whether ``body`` is built of sentences: it ends with a sentence's closing mark, has
    another mark inside (a comma, a semicolon, another sentence's end), and most of its words
    start in lower case. Languages that inflect rather than use function words (Polish,
    Finnish) write such sentences with few of them; keyword lists, tag clouds and stuffed
    phrases have no sentence marks, or capitalise every word."""
    if not _CLOSED.search(body[-12:]):
        return False
    inner = body.rstrip()[:-1]
    if not any(mark in inner for mark in ",;.!?"):
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return 2 * lower > len(words)


def _prose_lines(doc: Document) -> list[Line]:
    """Non-blank lines outside tables and code (found once per document, for RD003 and RD004)."""
    return cached(doc, "prose_lines", _find_prose_lines)


def _find_prose_lines(doc: Document) -> list[Line]:
    skipped = {block.line for block in doc.blocks if block.kind in NON_PROSE_BLOCKS}
    return [line for line in doc.lines if not line.is_blank and line.number not in skipped]


def _runs(lines: list[Line], flags: list[bool]) -> list[list[Line]]:
    """Maximal runs of consecutive flagged lines (blank lines between them do not break a run)."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line, flagged in zip(lines, flags, strict=True):
        if flagged:
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _run_span(run: list[Line]) -> tuple[int, int]:
    first, last = run[0], run[-1]
    return first.start + len(first.text) - len(first.text.lstrip()), last.start + len(last.text.rstrip())


def _has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


#: A token without a letter: it starts only after whitespace and never gives back. Letters
#: (``str.isalpha``) are ``[^\W\d_]`` but for numerals such as "²" or "½" (numeric, not
#: decimal), so the count holds for texts without those.
_TOKEN_WITHOUT_LETTER = re.compile(r"(?<!\S)(?:[^\s\w]|[\d_])++(?!\S)")
#: A token holding a numeral (``\d``, which is every numeral in a text without "²" or "½").
_TOKEN_WITH_DIGIT = re.compile(r"(?<!\S)[^\s\d]*+\d")


def _plain_numerals(text: str) -> bool:
    """Every numeric character of ``text`` is a decimal digit (no "²", "½", "Ⅻ")."""
    return text.isascii() or not any(ch.isnumeric() and not ch.isdecimal() for ch in set(text))


def _letter_tokens(text: str, tokens: list[str], plain: bool) -> int:
    """How many of ``tokens`` (``text.split()``) hold a letter; one scan when numerals are plain."""
    if plain:
        return len(tokens) - len(_TOKEN_WITHOUT_LETTER.findall(text))
    return sum(1 for t in tokens if _has_letter(t))


#: Fewest numeric cells after its label that make a line a table row (a quarter-by-quarter score).
MIN_ROW_CELLS = 3
#: Two numeric cells make a row too (a "Q2 '12 vs. Q2 '13" comparison), in a run of this many lines:
#: a longer run of the same shape is a column structure, not a pair of lines that happen to match.
MIN_PAIR_RUN = 3


def _row_cells(tokens: list[str]) -> tuple[int, bool]:
    """The shape of a line laid out as a table row: a label of words, then only letterless cells
    ("Rockledge 14 11 6 15 — 44"). Its cell count, and whether it is a full row
    (``MIN_ROW_CELLS`` cells holding a digit) rather than a pair (two, outside brackets: a
    bracketed count annotates a list item, an archive's "Januar 2020 (1)"); ``(0, False)`` for any
    other line."""
    label = 0
    while label < len(tokens) and _has_letter(tokens[label]):
        label += 1
    cells = tokens[label:]
    if not label or any(map(_has_letter, cells)):
        return 0, False
    numeric = [cell for cell in cells if any(ch.isdigit() for ch in cell)]
    if len(numeric) >= MIN_ROW_CELLS:
        return len(cells), True
    plain = sum(1 for cell in numeric if not cell.startswith(("(", "[")))
    return (len(cells), False) if plain >= 2 else (0, False)


def _unmarked_table_rows(tokens_per_line: list[list[str]]) -> list[bool]:
    """Lines that are rows of a table that lost its markup: consecutive lines, each a label
    followed by the same number of cells (the columns line up): two lines or more with
    ``MIN_ROW_CELLS`` numeric cells each, or ``MIN_PAIR_RUN`` lines or more with two ("Android
    108.7 182.6" over "Apple iOS 26 31.2" over "Microsoft 5.6 8.9"). A run of bare figures
    without labels (a ticker, a dump of numbers) is not a table row."""
    shapes = [_row_cells(tokens) for tokens in tokens_per_line]
    rows = [False] * len(shapes)
    start = 0
    while start < len(shapes):
        end = start + 1
        while end < len(shapes) and shapes[start][0] and shapes[end] == shapes[start]:
            end += 1
        if shapes[start][0] and end - start >= (2 if shapes[start][1] else MIN_PAIR_RUN):
            rows[start:end] = [True] * (end - start)
        start = end
    return rows if any(rows) else []


class SymbolHeavyText(ReadabilityRule):
    """Text that is mostly numbers and symbols rather than words.

    ## What it does
    Gopher's quality filter wants at least 80% of a document's words to hold a
    letter. When a document (tables and code left out) falls below
    `min-word-share`, this rule flags the runs of lines responsible: lines
    where fewer than half the tokens hold a letter. A table that lost its
    markup counts as a table: two or more consecutive lines, each a label
    followed by the same number of numeric cells (a box score's
    "Rockledge 14 11 6 15 — 44" over "Palm Bay 18 22 13 17 — 70"), or
    three or more with two cells each (a year-on-year comparison's
    "Android 108.7 182.6" over "Apple iOS 26 31.2" over "Microsoft 5.6 8.9").

    ## Why it matters
    A page that is mostly figures, symbols or markup debris is a price list, a
    feed of tickers or broken extraction, not an article.

    Measured: precision 1.00 [1.00, 1.00] on real text: 209 findings on 451,080 words of
    scraped pages, 0 false on 187,190 words of clean articles (validation part;
    bench/precision.py, bench/README.md).

    ## Example
    A page whose body is lines like "12.4 | 13.1 | +0.7 % | 2,415 >> 09:30" is
    flagged at those lines.

    ## Use instead
    The prose of the article; tables of numbers kept as tables.

    ## Fix safety
    No fix: rewriting the text needs a person (or removing the page).

    ## Options
    - `min-word-share`: Lowest share of tokens holding a letter, over the document.
    - `min-tokens`: Shortest document judged, in tokens.
    """

    code = "RD003"
    name = "symbol-heavy-text"
    severity = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {
        "min_word_share": Option(0.8, "Lowest share of tokens holding a letter, over the document."),
        "min_tokens": Option(50, "Shortest document judged, in tokens."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        readability(doc)
        lines = _prose_lines(doc)
        joined = "\n".join(line.text for line in lines)  # no token crosses a line break
        plain = _plain_numerals(joined)
        total = len(joined.split())
        if total < self.config["min_tokens"]:
            return
        if plain:
            share = (total - len(_TOKEN_WITHOUT_LETTER.findall(joined))) / total
            if share >= self.config["min_word_share"]:
                return
        tokens_per_line = [line.text.split() for line in lines]
        rows = _unmarked_table_rows(tokens_per_line)
        if rows:  # tables are judged by their own family, marked up or not
            lines = [line for line, row in zip(lines, rows, strict=True) if not row]
            tokens_per_line = [tokens for tokens, row in zip(tokens_per_line, rows, strict=True) if not row]
            total = sum(map(len, tokens_per_line))
            if total < self.config["min_tokens"]:
                return
        wordy = [_letter_tokens(line.text, tokens, plain) for line, tokens in zip(lines, tokens_per_line, strict=True)]
        share = sum(wordy) / total
        if share >= self.config["min_word_share"]:
            return
        flags = [
            len(tokens) >= 2 and count / len(tokens) < 0.5 for tokens, count in zip(tokens_per_line, wordy, strict=True)
        ]
        for run in _runs(lines, flags):
            start, end = _run_span(run)
            label = f"{len(run)} lines" if len(run) > 1 else "line"
            yield self.finding(
                start,
                end,
                f"{label} of mostly numbers and symbols; only {share:.0%} of the document's tokens are words",
                word_share=round(share, 3),
            )


class ShortLineText(ReadabilityRule):
    """A document made mostly of very short lines.

    ## What it does
    FineWeb's quality filter drops documents where more than 67% of the lines
    are under 30 characters. When a document (tables and code left out, at
    least `min-lines` lines) is over `max-share`, this rule flags each run of
    at least `min-run` consecutive short lines.

    ## Why it matters
    Text made of short lines is a menu, a list of links, a table that lost its
    layout, or a poem; as an article it is broken.

    Measured: precision 0.96 [0.88, 1.00] on real text: 636 findings on 451,080 words of
    scraped pages, 7 false on 127,801 words of clean articles (validation part;
    bench/precision.py, bench/README.md).

    ## Example
    A page whose lines are "Home", "World", "Business", "Markets", "Sport",
    "Opinion" ... is flagged at that run of lines.

    ## Use instead
    Paragraphs of running text; a column of one-word lines is usually navigation.

    ## Fix safety
    No fix: rewriting the text needs a person (or removing the page).

    ## Options
    - `max-chars`: A line shorter than this (stripped) is short.
    - `max-share`: Highest acceptable share of short lines.
    - `min-lines`: Shortest document judged, in non-blank lines.
    - `min-run`: Shortest run of consecutive short lines reported.
    """

    code = "RD004"
    name = "short-line-text"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "max_chars": Option(30, "A line shorter than this (stripped) is short."),
        "max_share": Option(0.67, "Highest acceptable share of short lines."),
        "min_lines": Option(10, "Shortest document judged, in non-blank lines."),
        "min_run": Option(5, "Shortest run of consecutive short lines reported."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        readability(doc)
        lines = _prose_lines(doc)
        if len(lines) < self.config["min_lines"]:
            return
        flags = [len(line.stripped) < self.config["max_chars"] for line in lines]
        share = sum(flags) / len(lines)
        if share <= self.config["max_share"]:
            return
        for run in _runs(lines, flags):
            if len(run) < self.config["min_run"]:
                continue
            start, end = _run_span(run)
            yield self.finding(
                start,
                end,
                f"{len(run)} short lines in a row; {share:.0%} of the document's lines are under "
                f"{self.config['max_chars']} characters",
                lines=len(run),
                share=round(share, 3),
            )


#: Gopher's repetition thresholds: share of the text in the most frequent n-gram ...
TOP_NGRAM_LIMITS = {2: 0.20, 3: 0.18, 4: 0.16}
#: ... and in n-grams that repeat an earlier one.
DUPLICATE_NGRAM_LIMITS = {5: 0.15, 6: 0.14, 7: 0.13, 8: 0.12, 9: 0.11, 10: 0.10}
#: Bounds skip a measurement only when clearly below its limit, never by a rounding error.
SAFE_MARGIN = 1 - 1e-9


class RepeatedNgrams(ReadabilityRule):
    """Heavy repetition of word sequences inside the text.

    ## What it does
    Applies Gopher's repetition measures to the document's words (each distinct
    line counted once, so copied lines are left to the duplication rules): the
    share of the text taken by its most frequent 2-, 3- and 4-word sequence
    (limits 20%, 18%, 16%), and the share taken by 5- to 10-word sequences
    that repeat an earlier one (limits 15% down to 10%). It reports the lines
    where the top sequence recurs most, or the longest repeated passages.

    ## Why it matters
    Keyword stuffing, looping generated text and templates filled with the
    same phrase are not articles, and they skew any model trained on them.

    Measured: precision 0.89 [0.00, 1.00] on real text: 8 findings on 451,080 words of
    scraped pages, 3 false on 1,600,127 words of clean articles (command text repeated in a
    version-control book); thin evidence, below 0.9, so it ships at info (validation part;
    bench/precision.py, bench/README.md).

    ## Example
    "Best cheap hotels in Rome: our best cheap hotels in Rome list shows best
    cheap hotels in Rome for every budget ..." is flagged at that line.

    ## Use instead
    "Our list of cheap hotels in Rome covers every budget."

    ## Fix safety
    No fix: rewriting the text needs a person (or removing the page).

    ## Options
    - `min-words`: Shortest document judged, in words.
    - `max-reported`: Most spans reported per document.
    """

    code = "RD005"
    name = "repeated-ngrams"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "min_words": Option(50, "Shortest document judged, in words."),
        "max_reported": Option(3, "Most spans reported per document."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        readability(doc)
        findings = self._judge(doc, _distinct_line_words(doc), prose=False)
        if findings:  # rare: judged again on running prose alone, repeats of sentence scale
            yield from self._judge(doc, _distinct_line_words(doc, prose=True), prose=True)

    def _judge(self, doc: Document, words: _LineWords, prose: bool) -> list[Finding]:
        """The findings on ``words``; with ``prose``, a repeated passage counts only when it
        repeats a sentence or runs across a sentence's end (see ``_sentence_scale``)."""
        lowered = words.lowered
        if len(lowered) < self.config["min_words"]:
            return []
        text_chars = sum(map(len, lowered)) + len(lowered) - 1
        unigrams = Counter(lowered)
        # An n-gram occurring c times holds c <= count(w) of each of its words w, so its share is at
        # most n times the largest word mass (length x count) plus its n - 1 spaces, c each.
        heaviest = max(len(word) * count for word, count in unigrams.items())
        most = max(unigrams.values())
        for n, limit in TOP_NGRAM_LIMITS.items():
            if n * heaviest + (n - 1) * most < limit * text_chars * SAFE_MARGIN:
                continue
            finding = self._top_ngram(doc, words, n, limit, text_chars)
            if finding is not None:
                return finding
        if _repeated_bound(lowered) < min(DUPLICATE_NGRAM_LIMITS.values()) * text_chars * SAFE_MARGIN:
            return []
        for n, limit in DUPLICATE_NGRAM_LIMITS.items():
            runs, share = _duplicate_runs(lowered, n, text_chars)
            if share <= limit:
                continue
            spans = words.spans()
            if prose:
                runs = [r for r in runs if _sentence_scale(words.text, spans[r[0]][0], spans[r[1]][1], r[1] - r[0] + 1)]
                share = sum(sum(map(len, lowered[a : b + 1])) + b - a for a, b in runs) / max(1, text_chars)
                if share <= limit:
                    continue
            runs.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
            return [
                self.finding(
                    spans[first][0],
                    spans[last][1],
                    f"passage of {last - first + 1} words repeats earlier text; {share:.0%} of the document "
                    f"is in repeated {n}-word sequences (limit {limit:.0%})",
                    share=round(share, 3),
                    n=n,
                )
                for first, last in sorted(runs[: self.config["max_reported"]])
            ]
        return []

    def _top_ngram(self, doc, words: _LineWords, n, limit, text_chars) -> list[Finding] | None:
        grams = _ngrams(words.lowered, n)
        counts = Counter(grams)
        if not counts:
            return None
        gram, count = counts.most_common(1)[0]
        share = (sum(len(w) for w in gram) + n - 1) * count / text_chars
        if count < 3 or share <= limit:
            return None
        spans = words.spans()
        per_line: Counter = Counter()
        for i, other in enumerate(grams):
            if other == gram:
                per_line[doc.line_at(spans[i][0]).number] += 1
        phrase = " ".join(gram)
        findings = []
        for number, on_line in sorted(per_line.most_common(self.config["max_reported"])):
            line = doc.lines[number - 1]
            start, end = _run_span([line])
            findings.append(
                self.finding(
                    start,
                    end,
                    f"{phrase!r} occurs {on_line} time(s) here and {count} in all ({share:.0%} of the text, "
                    f"limit {limit:.0%}): keyword stuffing?",
                    ngram=phrase,
                    count=count,
                    share=round(share, 3),
                )
            )
        return findings


def _ngrams(words: list[str], n: int) -> list[tuple[str, ...]]:
    """Every run of ``n`` consecutive words, built by ``zip`` at C speed."""
    return list(zip(*(words[k:] for k in range(n)), strict=False))


class _LineWords:
    """The words the repetition rule reads, in lower case; their offsets only when asked."""

    def __init__(self, text: str, lowered: list[str]) -> None:
        self.text = text
        self.lowered = lowered

    def spans(self) -> list[tuple[int, int]]:
        return [m.span() for m in islice(WORD.finditer(self.text), len(self.lowered))]


#: Lines with a larger share of tokens holding a digit are data (quantities, scores, prices):
#: a plan or a list repeats its units and amounts by design.
MAX_NUMERIC_SHARE = 0.15


def _data_line(text: str) -> bool:
    tokens = text.split()
    return sum(1 for t in tokens if any(c.isnumeric() for c in t)) > MAX_NUMERIC_SHARE * len(tokens)


def _distinct_line_words(doc: Document, prose: bool = False) -> _LineWords:
    """Words of the document, skipping lines that repeat an earlier line exactly (and, with
    ``prose``, lines of data: quantities, scores, prices).

    Words never cross a line break, so blanking the repeated lines and scanning the rest
    once finds the same words as filtering the document's word list line by line.
    """
    seen: set[str] = set()
    repeated: list[tuple[int, int]] = []
    for line in doc.lines:
        key = line.stripped
        if not key:
            continue
        if key in seen or (prose and _data_line(key)):
            repeated.append((line.start, line.end))
        else:
            seen.add(key)
    text = doc.prose
    if repeated:
        if (
            len(text) > 2 * MAX_REPETITION_WORDS and doc.word_count > MAX_REPETITION_WORDS
        ):  # the cap counts the words of the whole text
            text = text[: next(islice(WORD.finditer(text), MAX_REPETITION_WORDS, None)).start()]
        pieces = []
        cursor = 0
        for start, end in repeated:
            if start >= len(text):
                break
            end = min(end, len(text))
            pieces.extend((text[cursor:start], " " * (end - start)))
            cursor = end
        pieces.append(text[cursor:])
        text = "".join(pieces)
    found = (WORD.findall(text) if repeated else doc.word_texts)[:MAX_REPETITION_WORDS]  # text is the prose
    lowered = "\n".join(found).lower().split("\n") if found else []
    return _LineWords(text, lowered)


#: A sentence's end inside a passage: its mark, closing quotes, a space, and the next word's
#: first letter (a capital when a new sentence starts; "3,1 proc. w marcu" goes on).
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*+\s++[\"'“‘«(\[]*+(\w)")


def _sentence_scale(text: str, start: int, end: int, words: int) -> bool:
    """Whether the passage ``text[start:end]`` (of ``words`` words) repeats a sentence rather
    than a phrase: it runs across a line break or a sentence's end (a full stop before a
    capital), or it holds more than half the words of its sentence. Looping text repeats
    sentences, whole or nearly; a name or a clause used again inside new sentences ("the
    High Court of Hong Kong", a lead's figure restated in the body) is ordinary writing."""
    if "\n" in text[start:end] or any(m.group(1).isupper() for m in _SENTENCE_BREAK.finditer(text, start, end)):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = line_start
    for m in _SENTENCE_BREAK.finditer(text, line_start, start + 1):
        if m.group(1).isupper():
            opening = m.start(1)
    closing = line_end
    for m in _SENTENCE_BREAK.finditer(text, end, line_end):
        if m.group(1).isupper():
            closing = m.start() + 1
            break
    return 2 * words > len(WORD.findall(text, opening, closing))


def _repeated_bound(lowered: list[str]) -> int:
    """At least the characters ``_duplicate_runs`` can count for any n from 5 to 10.

    Every counted n-gram (n >= 5) repeats one seen earlier, so each of its 5-grams repeats an
    earlier one too; the counted n-grams do not overlap, so together they hold no more than
    the words covered by repeated 5-grams (each with the space after it). Found with C-speed
    primitives: the first position of every 5-gram, then the positions that are not first.
    """
    width = min(DUPLICATE_NGRAM_LIMITS)
    grams = _ngrams(lowered, width)
    positions = range(len(grams))
    firsts = dict(zip(reversed(grams), reversed(positions), strict=True))
    if len(firsts) == len(grams):
        return 0
    # one byte per position, 1 where a 5-gram repeats; shifting the bytes as one integer by one
    # to four positions and OR-ing marks the words each repeated 5-gram covers
    starts = int.from_bytes(bytes(map(ne, map(firsts.__getitem__, grams), positions)), "little")
    spread = starts
    for shift in range(1, width):
        spread |= starts << (8 * shift)
    covered = spread.to_bytes(len(lowered), "little")
    return sum(compress(map(len, lowered), covered)) + covered.count(1)


def _duplicate_runs(lowered: list[str], n: int, text_chars: int) -> tuple[list[tuple[int, int]], float]:
    """Word-index runs covered by n-grams seen earlier, and their share of the text (Gopher).

    Scanning left to right, an n-gram seen at an earlier visited position counts and the scan
    jumps past it. An n-gram that occurs once in the text can never count, so only positions
    of n-grams occurring twice or more are visited (the others only add unmatched entries).
    """
    grams = _ngrams(lowered, n)
    recurring = {gram for gram, count in Counter(grams).items() if count > 1}
    seen: set[tuple[str, ...]] = set()
    runs: list[tuple[int, int]] = []
    repeated_chars = 0
    next_free = 0
    for i in compress(range(len(grams)), map(recurring.__contains__, grams)):
        if i < next_free:
            continue
        gram = grams[i]
        if gram in seen:
            repeated_chars += sum(map(len, gram)) + n - 1
            if runs and runs[-1][1] >= i - 1:
                runs[-1] = (runs[-1][0], i + n - 1)
            else:
                runs.append((i, i + n - 1))
            next_free = i + n
        else:
            seen.add(gram)
    return runs, repeated_chars / max(1, text_chars)


RULES = [OverlongSentence, WordSalad, SymbolHeavyText, ShortLineText, RepeatedNgrams]
