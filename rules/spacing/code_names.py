"""Names from code quoted in running text: the token around a mark, and whether it is code.

A full stop, colon or comma inside ``os.path``, ``about:memory`` or ``Union(Float64,Int64)``
is correct; several rules must stay quiet there, so they share this one reading of a token.
"""

from __future__ import annotations

import re

from scrapelint.rules._tokens import SUFFIXES
from scrapelint.rules.spacing.shared import FUNCTION_WORD_SET
from scrapelint.text.lazy import LazyPattern

#: Signs of code inside one token: a namespace, a call, a path, markup, a variable.
CODE_SIGNS = re.compile(r"::|[_(<>=$\[]")
#: A call in code: a name, brackets, no space (``sorted()``, ``Union(Float64,Int64)``), right
#: before the mark or right after it.
CALL = LazyPattern(r"(?:\w++\([^()\s]{0,40}+\)[^\s]{0,3}+$)|(?:\w++\()")


#: A lower-case letter followed by a capital inside a word: camelCase (getText, readyState).
CAMEL = re.compile(r"[a-z][A-Z]")
#: Characters stripped from both ends of a token before it is judged: sentence punctuation.
TOKEN_EDGES = ".,;:!?\"'“”‘’()[]"


#: How far a token is read on each side of a mark: a name from code is shorter, and a bound
#: keeps a long run with no space (minified text, a hex dump) from being read once per mark.
TOKEN_REACH = 64


def read_token(text: str, at: int) -> tuple[int, str]:
    """The whitespace-delimited token around ``at`` (at most ``TOKEN_REACH`` characters on
    each side) with sentence punctuation stripped from both ends, and the offset of ``at``
    inside it."""
    low, high = max(0, at - TOKEN_REACH), min(len(text), at + TOKEN_REACH)
    start = at
    while start > low and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < high and not text[end].isspace():
        end += 1
    raw = text[start:end]
    token = raw.strip(TOKEN_EDGES)
    return at - start - (len(raw) - len(raw.lstrip(TOKEN_EDGES))), token


def code_name(text: str, at: int) -> bool:
    """The mark at ``at`` joins the parts of a name from code, quoted in running text: the token
    holds a sign of code (``::``, ``_``, a call's bracket, markup), three parts or more
    (``org.freedesktop.DBus``), or a camelCase part after the mark (``WebElement.getText``,
    ``Sheet.ParseSheetSave``);
    or a colon joins two lower-case words (``about:memory``, ``branch:staging``), where a
    sentence or a label would go on after a space, unless the colon ends a clause (see
    ``_clause_colon``: "as follows:the", "types of inferences:deductive").
    A missing space joins two words of prose: "policies.You", "MK:How"."""
    where, token = read_token(text, at)
    if where < 1 or where >= len(token) - 1:
        return False
    if CALL.search(text, max(0, at - 40), at) or CALL.match(text, at + 1):
        return True  # a call on either side of the mark: Graph.sorted(), NodeRef.get()
    before = token[:where]
    if "/" in before or re.split(r"[.:]", before)[-1].lower() in SUFFIXES:
        return False  # a web address glued to the next sentence: "ready.gov/hurricanes.This"
    if CODE_SIGNS.search(token):
        return True
    parts = re.split(r"[.:]", token)
    if len(parts) >= 3 and all(len(part) >= 2 for part in parts):
        return True  # not an abbreviation glued to a word: "U.S.armed"
    after = token[where + 1 :]
    if (after[:1].islower() and CAMEL.search(after)) or len(CAMEL.findall(after)) >= 2:
        return True  # getText, ParseSheetSave; not a brand after a missing space, "them.FirstNet"
    if text[at] != ":" or not (before.islower() and after[:1].islower()):
        return False
    return _colon_pairs_near(text, at) or not _clause_colon(before, after)


#: Another mark joining two words or figures with no space: "3:1 ratio", "user:jane label:bug".
COLON_PAIR = re.compile(r"\w:\w")


def _colon_pairs_near(text: str, at: int) -> bool:
    """Another colon joins two words or figures within 40 characters on the same line: a ratio, a
    search query's qualifiers or a key list, where every colon is notation, not a clause's end."""
    low = max(text.rfind("\n", 0, at) + 1, at - 40)
    high = text.find("\n", at)
    high = min(at + 40, len(text) if high < 0 else high)
    return any(m.start() + 1 != at for m in COLON_PAIR.finditer(text, low, high))


#: Number words that open a list after a colon ("two things:first, ...").
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten first second third".split())
#: Endings of a word inflected for number or tense: a clause ends in one, a namespace does not.
INFLECTED = re.compile(r"(?:[^su]s|ed|ing)$")


def _clause_colon(before: str, after: str) -> bool:
    """The colon ends a clause of prose, not a namespace: the word after it is a function or
    number word ("as follows:the", "two things:first"), or the word before it is
    inflected ("types of inferences:deductive", "attention can be diverted:either"), which a
    scheme or key ("about", "branch", "label") is not. A name written twice ("fix:fix") is a
    mapping."""
    head = re.split(r"[.:]", before)[-1]
    if head == after:
        return False
    return (
        after.lower() in FUNCTION_WORD_SET
        or after.lower() in NUMBER_WORDS
        or (len(head) >= 4 and INFLECTED.search(head) is not None)
    )
