"""SP006: a bracket, parenthesis or quotation mark opened or closed without its partner.

The only spacing rule that reads a paragraph rather than a mark: it pairs marks across a
paragraph and its neighbours, so its bookkeeping is its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules._tokens import protected

PAIRS = {"(": ")", "[": "]", "{": "}"}
CLOSING = {v: k for k, v in PAIRS.items()}
BRACKET = re.compile(r"[()\[\]{}]")
ENUMERATOR = re.compile(r"(?:^|(?<=\s))(?:[a-zA-Z]|\d{1,3}[a-z]?|[ivxIVX]{1,4})\)$")
#: A number followed by a straight double quote is a length in inches (13.3", 12345"), not a quotation.
INCH = re.compile(r"(?:(?<=[\s(])|(?<=\d')|^)\d{1,5}(?:[.,]\d{1,2})?\"(?!\w)", re.M)
SMILEY = re.compile(r"[:;=8xX]-?[()\[\]]|[()\[\]]-?[:;=]")


def _loose_closer(text: str, at: int) -> bool:
    """An enumerator ("a)", "2)") or a smiley, which closes nothing."""
    start = max(0, at - 4)
    return bool(ENUMERATOR.search(text[start : at + 1])) or bool(SMILEY.search(text[max(0, at - 2) : at + 2]))


class UnbalancedPairs(Rule):
    """A bracket, parenthesis or quotation mark opened or closed without its partner.

    ## What it does
    Within each paragraph, matches ``( )`` ``[ ]`` ``{ }``, curly double quotes (English
    “ ”, German „ “, Polish „ ”, Swedish ” ”), guillemets and straight double quotes, and
    flags the one left over. Guillemets are read the way the document opens them
    («French» or »German«, with ‹ › nested the same way); arrows such as "Read more »"
    are not quotes. A mark left open at a paragraph's end pairs with one left closing in
    the next two paragraphs (a parenthesis or quotation over a paragraph break), and a
    mark placed as a closer closes a pair opened in another style ('"rust belt“').
    Enumerators such as "a)", "2)" or "1a)", smileys, inch marks (13.3") and code spans
    are not pairs; a quotation running over several paragraphs (each opening with a
    quote mark) is not flagged.

    ## Why it matters
    A lost bracket or quote means a fragment was cut or joined in the wrong place.

    Measured: precision 0.20 [0.00, 0.73] on real text: 30 findings on 451,080 words of
    scraped pages, 10 false on 187,190 words of clean articles (2 more judged real slips of
    the source); recall 107/114 injected errors (validation part; bench/precision.py,
    bench/README.md); below 0.9, so it ships at info.

    ## Example
    'The talks (due in July were cancelled.' is flagged at the "(".

    ## Use instead
    'The talks (due in July) were cancelled.'

    ## Fix safety
    No fix: where the missing partner belongs cannot be known from the text.

    ## Options
    - `max-paragraph-chars`: Skip paragraphs longer than this (joined pages).
    """

    code = "SP006"
    name = "unbalanced-pairs"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "max_paragraph_chars": Option(20000, "Skip paragraphs longer than this (joined pages).")
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        paragraphs = doc.paragraphs
        guard = protected(doc)
        prose = doc.prose
        guillemets = _guillemet_style(prose)
        loose: list[list[_Loose]] = []
        for index, paragraph in enumerate(paragraphs):
            if len(paragraph.text) > self.config["max_paragraph_chars"]:
                loose.append([])
                continue
            text = prose[paragraph.start : paragraph.start + len(paragraph.text)]
            next_text = paragraphs[index + 1].text.lstrip() if index + 1 < len(paragraphs) else ""
            items = self._brackets(text, paragraph.start, guard) + self._quotes(
                text, paragraph.start, next_text, guillemets
            )
            loose.append(sorted(items))
        _pair_across(loose)
        for items in loose:
            for item in items:
                if not item.paired:
                    yield self.finding(item.offset, item.offset + 1, f"unbalanced '{item.mark}': {item.detail}")

    def _brackets(self, text: str, base: int, guard) -> list[_Loose]:
        if not any(ch in text for ch in "()[]{}"):
            return []
        found: list[_Loose] = []
        stack: list[int] = []
        for match in BRACKET.finditer(text):  # only the brackets: other characters do nothing here
            i, ch = match.start(), match.group()
            if (ch in PAIRS or ch in CLOSING) and base + i in guard:
                continue
            if ch in PAIRS:
                stack.append(i)
            elif ch in CLOSING:
                if stack and text[stack[-1]] == CLOSING[ch]:
                    stack.pop()
                elif _loose_closer(text, i):
                    continue
                elif CLOSING[ch] in (text[j] for j in stack):
                    while text[stack[-1]] != CLOSING[ch]:
                        opened = stack.pop()
                        found.append(_Loose(base + opened, text[opened], f"closed by '{ch}'", "mismatch", ""))
                    stack.pop()
                else:
                    found.append(_Loose(base + i, ch, "closed but never opened", "close", CLOSING[ch]))
        for i in stack:
            if not any(SMILEY.match(text, j) for j in range(max(0, i - 2), i + 1)):
                found.append(_Loose(base + i, text[i], "opened but never closed", "open", text[i]))
        return found

    def _quotes(self, text: str, base: int, next_text: str, guillemets: str) -> list[_Loose]:
        """Quotes pair within a line, or across up to three lines (a quotation with a line break)."""
        if not ANY_QUOTE.search(text):
            return []  # no quotation mark, nothing to pair
        german = "„" in text
        loose: list[tuple[int, str, str]] = []  # (offset in text, family, "open" / "close" / "either")
        offset = 0
        lines = text.split("\n")
        for number, line in enumerate(lines):
            following = lines[number + 1].lstrip()[:1] if number + 1 < len(lines) else next_text[:1]
            for i, family, kind in _loose_quotes(line, german, guillemets):
                if kind != "close" and following and following in QUOTE_MARKS:
                    continue  # a quotation over several paragraphs: each one reopens the quote
                loose.append((offset + i, family, kind))
            offset += len(line) + 1
        found: list[_Loose] = []
        pending: tuple[int, str, str] | None = None
        for at, family, kind in loose:
            if (
                pending is not None
                and text.count("\n", pending[0], at) <= 3
                and (kind != "open" or "\n" in text[pending[0] : at] or _closing_position(text, at))
            ):
                pending = None  # closed later on, or by a mark of another style ("„Text!")
                continue
            if pending is not None:
                found.append(self._unpaired(text, base, *pending))
            if kind == "close":
                found.append(self._unpaired(text, base, at, family, kind))
                pending = None
            else:
                pending = (at, family, kind)
        if pending is not None and not (next_text and next_text[0] in QUOTE_MARKS):
            found.append(self._unpaired(text, base, *pending))
        return found

    def _unpaired(self, text: str, base: int, at: int, family: str, kind: str) -> _Loose:
        return _Loose(base + at, text[at], "quotation mark without a partner", kind, family)


@dataclass(order=True)
class _Loose:
    """A mark left without its partner in its paragraph; ``paired`` once a neighbour closes it."""

    offset: int
    mark: str
    detail: str
    kind: str  # open, close, either (a straight quote), mismatch
    key: str  # the pair it belongs to: "(", "[", "{" or a quote family
    paired: bool = False


def _closing_position(text: str, at: int) -> bool:
    """A mark placed as a closer: glued to the word before it, not to the word after it
    ('the so-called "rust belt“, Cleveland' closes with the wrong mark, but closes)."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _pair_across(paragraphs: list[list[_Loose]], reach: int = 2) -> None:
    """Pair a mark left open at the end of a paragraph with one left closing in the next
    ``reach`` paragraphs: a parenthesis or quotation that spans a paragraph break."""
    for index, items in enumerate(paragraphs):
        for item in reversed(items):
            if item.paired or item.kind not in ("open", "either"):
                continue
            partner = _first_closer(paragraphs[index + 1 : index + 1 + reach], item.key)
            if partner is None:
                break
            item.paired = partner.paired = True


def _first_closer(following: list[list[_Loose]], key: str) -> _Loose | None:
    for items in following:
        for item in items:
            if item.key == key and not item.paired:
                return item if item.kind in ("close", "either") else None
    return None


def _guillemet_style(text: str) -> str:
    """How a document's guillemets open: «French» or »German« (its first one opens), or ""
    when they are arrows or separators ("Read more »", "Home » News"), not quotation marks."""
    first_open, first_close = text.find("«"), text.find("»")
    if first_open == -1 and first_close == -1:
        return ""
    if first_open == -1 and all(ARROW.match(text, m.start()) for m in re.finditer("»", text)):
        return ""
    if first_close == -1 or (first_open != -1 and first_open < first_close):
        return "«»"
    return "»«"


ARROW = re.compile(r"»(?:\s|$)")


QUOTE_MARKS = '„“”"«»'
#: Every mark the quote check reads (single guillemets included).
ANY_QUOTE = re.compile('[„“”"«»‹›]')


def _loose_quotes(line: str, german: bool, guillemets: str) -> list[tuple[int, str, str]]:
    """Quote marks of one line left without a partner on that line: (index, family, kind)."""
    if "„" in line or (german and "”" not in line):
        openers, closers = "„", "“”"
    else:
        openers, closers = "“", "”"
    loose: list[tuple[int, str, str]] = []
    if any(ch in line for ch in openers):
        loose.extend((i, "curly", kind) for i, kind in _unmatched(line, openers, closers))
    elif line.count("”") % 2 or line.count("“") % 2:
        mark = "”" if line.count("”") % 2 else "“"
        loose.append((line.rfind(mark), "curly", "either"))
    if guillemets:
        opener, closer = guillemets
        loose.extend((i, "guillemet", kind) for i, kind in _unmatched(line, opener, closer))
        if "‹" in line or "›" in line:  # single guillemets nest inside double ones, same way round
            single = "‹›" if opener == "«" else "›‹"
            loose.extend((i, "single-guillemet", kind) for i, kind in _unmatched(line, *single))
    straight = line.count('"')
    if straight % 2 and (straight - len(INCH.findall(line))) % 2:
        at = line.rfind('"') if line.lstrip()[:1] != '"' else line.find('"')
        loose.append((at, "straight", "either"))
    return sorted(loose)


def _unmatched(line: str, openers: str, closers: str) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    if not any(mark in line for mark in openers + closers):
        return result
    open_at: int | None = None
    for i, ch in enumerate(line):
        if ch in openers:
            if open_at is not None:
                result.append((open_at, "open"))
            open_at = i
        elif ch in closers:
            if open_at is None:
                result.append((i, "close"))
            open_at = None
    if open_at is not None:
        result.append((open_at, "open"))
    return result
