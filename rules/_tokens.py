"""Shared token knowledge for the casing and spacing rules.

Both families must leave alone the places where odd punctuation or casing is
correct: URLs, e-mail addresses, domains and file names, numbers (decimals,
thousands, times, versions, ratios) and dotted abbreviations (U.S., e.g.,
J.R.R.). ``protected_spans`` finds them once per document; ``Protected``
answers "is this offset inside one?" by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from scrapelint.rules._data_files import load_data
from scrapelint.text.sentences import KNOWN_ABBREVIATIONS, is_known_abbreviation

if TYPE_CHECKING:
    from scrapelint.model.document import Document

T = TypeVar("T")

DATA = Path(__file__).parent / "_data"


def word_list(name: str) -> frozenset[str]:
    """A word list shared by several rules, kept as data in ``_data/<name>.toml`` (key ``words``)."""
    return frozenset(load_data(DATA / f"{name}.toml")["words"])


#: Top-level domains and file extensions that make ``word.word`` a name, not a sentence break.
SUFFIXES = word_list("domain_and_file_suffixes")

#: Every known abbreviation, dots removed: the project's one list, kept by the text layer.
ABBREVIATIONS = KNOWN_ABBREVIATIONS

URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"')\]]{1,2000}", re.I)
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# example.com, report.pdf, bbc.co.uk (only when the last part is a known suffix)
DOMAIN = re.compile(r"\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.([A-Za-z0-9]{1,6})\b")
# 3.5, 1,000, 10:39, 2:1, 1.2.3, 12.05.2024, 3,5 %
NUMBER = re.compile(r"\d{1,20}(?:[.,:/]\d{1,20}){1,6}")
# U.S., e.g., J.R.R., Ph.D., z.B., a.m.
DOTTED = re.compile(r"\b(?:[^\W\d_]{1,3}\.){2,6}|\b[^\W\d_]\.(?=\s|$)")
# @handles, #hashtags, file paths
HANDLE = re.compile(r"(?<!\w)[@#][\w.]{1,60}|(?:\.{0,2}/)?(?:[\w.-]{1,60}/){2,20}[\w.-]{0,60}")


class Protected:
    """Sorted, merged spans with a fast membership test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.spans[index][1]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.spans[index][1] > start


def cached(doc: Document, key: str, compute: Callable[[Document], T]) -> T:
    """Compute a per-document value once and keep it on the document for the other rules."""
    store: dict[str, Any] = doc.__dict__.setdefault("_rules_cache", {})
    if key not in store:
        store[key] = compute(doc)
    return store[key]


def protected(doc: Document) -> Protected:
    """URLs, e-mails, domains, file names, numbers and dotted abbreviations in ``doc.prose``."""
    return cached(doc, "protected", _protected)


#: Characters that every match of a pattern holds, so that only the whitespace-free runs
#: holding one are scanned (``_line_matches``).
_URL_HINT = re.compile(r"://|www\.", re.I)
_EMAIL_HINT = re.compile("@")
_HANDLE_HINT = re.compile("[@#/]")
_DOMAIN_HINT = re.compile(r"[\w-]\.[A-Za-z0-9]")
#: Every number of NUMBER's shape holds a separator followed by a digit.
_NUMBER_HINT = re.compile(r"[.,:/]\d")
#: DOTTED's two shapes: a dot, one to three letters and a dot ("U.S."); a one-letter word,
#: its dot and a space or the end ("J. Smith"). Both hints start at a dot, which the scan
#: finds fast, where DOTTED itself is tried at every word boundary.
_DOTTED_HINT = re.compile(r"\.(?:[^\W\d_]{1,3}\.|(?!\S)(?<=(?<!\w)[^\W\d_]\.))")


def _protected(doc: Document) -> Protected:
    text = doc.prose
    spans: list[tuple[int, int]] = []
    spans.extend(m.span() for m in _line_matches(URL, _URL_HINT, text))
    spans.extend(m.span() for m in _line_matches(EMAIL, _EMAIL_HINT, text))
    spans.extend(m.span() for m in _line_matches(NUMBER, _NUMBER_HINT, text))
    spans.extend(m.span() for m in _line_matches(DOTTED, _DOTTED_HINT, text))
    spans.extend(m.span() for m in _line_matches(HANDLE, _HANDLE_HINT, text))
    spans.extend(m.span() for m in _line_matches(DOMAIN, _DOMAIN_HINT, text) if m.group(1).lower() in SUFFIXES)
    return Protected(spans)


def _line_matches(pattern: re.Pattern[str], hint: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanning only the whitespace-free runs where ``hint`` occurs.

    No match of these patterns holds whitespace, and a match's look-arounds see the same at a
    run's edge as in the whole text (whitespace before, whitespace or the end after), so the
    matches are those of the whole text, as scanning each line holding a hint gave them. A scan
    starts after the last space, tab or line break before the hint (or where the previous scan
    ended, whichever is later): a run start, or a few whole runs earlier when other whitespace
    (a no-break space) separates them; it ends where the hint's run ends.
    """
    search = hint.search
    run_end = _NON_SPACE.match
    finditer = pattern.finditer
    rfind = text.rfind
    done = 0
    found = search(text)
    while found is not None:
        at = found.start()
        start = max(done, rfind(" ", done, at) + 1, rfind("\n", done, at) + 1, rfind("\t", done, at) + 1)
        end = run_end(text, found.end()).end()
        yield from finditer(text, start, end)
        done = end
        found = search(text, end)


_NON_SPACE = re.compile(r"\S*+")


def language(doc: Document) -> str | None:
    """The document's language code (expected language first), or None when unknown."""
    expected = doc.meta.get("expected_language")
    if expected:
        return str(expected).split("-")[0].lower()
    detected = doc.language
    return detected[0] if detected else None


def is_english(doc: Document) -> bool:
    """English or undecidable (short texts): the rules that need English word knowledge."""
    return language(doc) in (None, "en")


#: ``token`` (the word before a full stop) is a known abbreviation or an initial.
is_abbreviation = is_known_abbreviation


#: A letter or digit (``\w`` without the underscore).
_ALNUM = re.compile(r"[^\W_]")


def strip_edges(text: str) -> str:
    r"""``text`` from its first to its last letter or digit ("" when it has none).

    The same as ``re.sub(r"^[\W_]+|[\W_]+$", "", text)``, in linear time: that
    pattern's trailing branch restarts at every mark of a long punctuation run
    and rescans it to the end (quadratic on a line of dashes).
    """
    first = _ALNUM.search(text)
    if first is None:
        return ""
    last = _ALNUM.search(text[::-1])
    return text[first.start() : len(text) - last.start()]  # type: ignore[union-attr]
