"""A row of interface labels on one line (a toolbar, a share bar, a short menu), and a label
with the page as its object.

A page's tools are often rendered as one line ("Email | Print | Text size", "Share Tweet
LinkedIn", "Post comment | Terms | Report Abuse"): no phrase of the tables is the whole line,
but every item of it is one. The row is read by its shape, in any language the tables know:
items set apart by pipes, bullets, guillemets or wide gaps (or, without separators, a line that
splits wholly into known labels), each item short, and the items labels of the tables' kinds.

A label also comes with the page it acts on and the small words around it ("Diese Seite
teilen", "Save this story", "Also in Business"): one label, the rest function words or a word
for the page itself, is that label's kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrapelint.rules.boilerplate.phrases import PhraseTable, normalise
from scrapelint.rules.boilerplate.words import TOKEN

#: Separators a rendered toolbar sets between its items.
_SEPARATOR = re.compile(r"[|•·»›]|\s/\s|\s\s")  # a wider gap leaves blank items, dropped
_SENTENCE_STOP = re.compile(r"[^\W\d_]\.$")
#: The kinds of the tables that name tools: a row without separators, or a label with its object,
#: is read only from these (an address or a subscription offer is no tool: "Email us",
#: "We will subscribe:").
INTERFACE_KINDS = frozenset({"share", "ui", "navigation", "comments", "related", "tags"})
#: The most words an item, and a row without separators, may hold.
ITEM_WORDS = 4
ROW_WORDS = 8
#: The longest row read (in characters): a toolbar is short.
ROW_CHARS = 120


def toolbar_kind(body: str, table: PhraseTable) -> str | None:
    """The kind of the row of labels ``body`` is, or None when it is no such row."""
    if len(body) > ROW_CHARS or body[:1].islower() or "," in body or _SENTENCE_STOP.search(body):
        return None  # labels are not listed with commas nor closed with a full stop
    items = [item for item in _SEPARATOR.split(body) if normalise(item)]
    if len(items) >= 2:
        return _row_of_items(items, table)
    words = body.split()
    if 2 <= len(words) <= ROW_WORDS:
        return _row_of_words(words, table)
    return None


def _label(item: str, table: PhraseTable) -> str | None:
    """The kind of one short item, or None."""
    norm = normalise(item)
    if not norm or len(item.split()) > ITEM_WORDS:
        return None
    return table.kind(norm, item)


def _row_of_items(items: list[str], table: PhraseTable) -> str | None:
    """Every item a label, two of them at least a word of three letters (not "X | X")."""
    kinds = [_label(item, table) for item in items]
    if not all(kinds) or sum(len(normalise(item)) >= 3 for item in items) < 2:
        return None
    return _row_kind([kind for kind in kinds if kind])


def _row_kind(kinds: list[str]) -> str:
    """The kind most items share; of a tie the later one, the head of a compound ("Photo News" is
    a menu entry, not a photo): a row inside a menu stays one with the menu."""
    return max(reversed(kinds), key=kinds.count)


def _row_of_words(words: list[str], table: PhraseTable) -> str | None:
    """The line split wholly into tool labels of one to three words, longest first; a small word
    among them ("Email by line") makes it a phrase of the text."""
    function = _function_words()
    if any(normalise(word) in function for word in words):
        return None
    kinds: list[str] = []
    spans: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + 3), start, -1):
            span = " ".join(words[start:end])
            kind = _label(span, table)
            if kind in INTERFACE_KINDS:
                kinds.append(kind)
                spans.append(span)
                start = end
                break
        else:
            return None
    if len(kinds) < 2 or sum(len(normalise(span)) >= 3 for span in spans) < 2:
        return None
    return _row_kind(kinds)


#: What a page calls itself when a tool acts on it ("share this article", "diese Seite teilen").
PAGE_WORDS = frozenset(
    "article articles story post page site "  # en, fr
    "artikel beitrag seite "  # de
    "artículo página nota publicación sitio "  # es
    "billet "  # fr
    "artykuł strona wpis".split()  # pl
)
#: The most words a label with its object may hold.
OBJECT_WORDS = 5


def label_with_object(body: str, table: PhraseTable) -> str | None:
    """The kind of a line made of one label, function words and words for the page, or None."""
    if body[:1].islower() or (body.endswith(".") and not body.endswith("..")) or body.endswith(("?", "!")):
        return None  # a sentence carried over, closed with a full stop, a question or an exclamation
    words = TOKEN.findall(body)
    if not 2 <= len(words) <= OBJECT_WORDS:
        return None
    function = _function_words()
    found = None
    for word in words:
        folded = word.casefold()
        if folded in function or folded in PAGE_WORDS:
            continue
        kind = table.kind(folded, word)
        if (kind not in INTERFACE_KINDS and kind != "byline") or found is not None:
            return None  # a word of content, or a second label (a row is read apart)
        found = kind
    return found


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from scrapelint.text.stopwords import FUNCTION_WORDS

    return frozenset(word for words in FUNCTION_WORDS.values() for word in words)
