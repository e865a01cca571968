"""Lines that recur across many documents of one site or corpus shard (template residue)."""

from __future__ import annotations

import functools
import hashlib
import math
import os
import re
from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import methodcaller
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from scrapelint.model.finding import Fix, Location, Severity
from scrapelint.model.rule import CorpusRule, Option
from scrapelint.rules._neardup import CopyIndex, document_index, find_copies

if TYPE_CHECKING:
    from scrapelint.model.document import Document
    from scrapelint.model.finding import Finding

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

#: Location tuple: path, doc, record, start, end, line, column, end_line, end_column, snippet.
Loc = tuple


def normalise_line(text: str) -> str:
    """Line-dedup normalisation: case folded, digits to 0, punctuation and spacing dropped."""
    return _NON_WORD.sub(" ", _DIGITS.sub("0", text.casefold())).strip()


#: ``_NON_WORD`` without the line break, once ``_`` is a space: one substitution over a whole text
#: keeps its lines apart (a class repeat, not an alternation per character).
_NON_WORD_IN_LINE = re.compile(r"[^\w\n]++", re.UNICODE)


def _normalised_lines(text: str) -> list[str]:
    """``normalise_line`` of every line of ``text`` (split at ``\\n``), in passes over the whole
    text: case folding and digit runs never span or make a line break, and an ``_`` made a space
    joins the run of punctuation and spaces it stands in, as ``_NON_WORD`` takes it."""
    folded = _NON_WORD_IN_LINE.sub(" ", _DIGITS.sub("0", text.casefold().replace("_", " ")))
    return [piece.strip() for piece in folded.split("\n")]


def line_key(norm: str) -> int:
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


_BLAKE2B_8 = functools.partial(hashlib.blake2b, digest_size=8)


def line_keys(norms: Iterable[str]) -> Iterator[int]:
    """``line_key`` of each of ``norms``, hashed without a Python-level call per line."""
    digests = map(methodcaller("digest"), map(_BLAKE2B_8, map(str.encode, norms)))
    return map(int.from_bytes, digests, repeat("big"))


def corpus_group(doc: Document) -> str:
    """The corpus a document is compared within: its JSONL shard or folder, and its host."""
    container = doc.path if doc.record is not None else os.path.dirname(doc.path)
    host = ""
    if doc.url:
        host = urlsplit(str(doc.url)).hostname or ""
        host = host.removeprefix("www.")
    return f"{container}\x00{host}"


class SiteTemplateLine(CorpusRule):
    """A line that recurs across many documents of the same site or corpus shard.

    ## What it does
    Normalises every line (case folded, digits replaced, punctuation and spacing
    dropped), counts in how many documents of one group it occurs, and flags the
    lines that recur in at least `min-documents` documents and `min-share` of the
    group. A group is one JSONL shard or one folder, split by host when documents
    carry a url. Only the first `max-locations` occurrences of each line (in path,
    record and offset order) are reported; the message gives the full count.
    Counting is lossy (Manku-Motwani): lines rarer than half of `min-share` are
    forgotten as the corpus grows, so memory stays flat on shards of any size.

    ## Why it matters
    A site's own template (its slogan, its footer, its menu, a widget title)
    repeats on every page, and no phrase list knows it. Web-corpus pipelines drop
    such lines before training; this rule shows where they are.

    ## Example
    Three pages of one site that each contain
    ```
    Example Times - independent news since 1901
    ```
    get this line flagged in each of them.

    ## Use instead
    Each page's own text; the line every page of the site repeats is page furniture.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `min-documents`: Documents of one group a line must occur in to be flagged.
    - `min-share`: Share of the group's documents a line must occur in (0 to 1).
    - `min-chars`: Shorter normalised lines are ignored (bullets, numbers, single words).
    - `max-locations`: Occurrences stored and reported per line and group (memory cap).

    Measured: line precision 0.717 (95% page bootstrap 0.568-0.848) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings, six sources), where pages of many sites share
    one file, so it counts interface words common to many sites; severity info (below 0.9).
    """

    code = "BP010"
    name = "site-template-line"
    severity = Severity.INFO
    fixable = "unsafe"
    options: ClassVar[dict[str, Option]] = {
        "min_documents": Option(3, "Documents of one group a line must occur in to be flagged."),
        "min_share": Option(0.05, "Share of the group's documents a line must occur in (0 to 1)."),
        "min_chars": Option(8, "Shorter normalised lines are ignored (bullets, numbers, single words)."),
        "max_locations": Option(100, "Occurrences stored and reported per line and group (memory cap)."),
    }

    def empty(self) -> dict[str, Any]:
        return {}

    def collect(self, doc: Document) -> dict[str, Any]:
        min_chars = self.config["min_chars"]
        picked: dict[str, Any] = {}  # each distinct normalised line: its first line
        lines = doc.lines
        norms = _normalised_lines(doc.prose)
        if len(norms) != len(lines):  # pragma: no cover - the lines are the prose's, split at line breaks
            norms = [normalise_line(line.text) for line in lines]
        for line, norm in zip(lines, norms, strict=True):
            if len(norm) < min_chars or norm in picked or line.is_blank or len(line.text) > 1000:
                continue
            picked[norm] = line
        # per group: [documents, {line key: [documents with it, [locations], possible undercount]},
        #             CopyIndex of (content digest, MinHash sketch) per document to tell copies apart]
        found: dict[int, list] = {}
        for key, line in zip(line_keys(picked), picked.values(), strict=True):
            if key not in found:
                found[key] = [1, [_location(doc, line)], 0]
        return {corpus_group(doc): [1, found, _document_sketch(doc)]}

    def _bucket_width(self) -> int:
        """Documents per lossy-counting bucket: lines rarer than half of ``min-share`` are dropped."""
        return max(1, math.ceil(2 / max(self.config["min_share"], 1e-6)))

    def merge(self, left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
        """Add ``right`` into ``left`` (reused), then prune lines too rare to ever be flagged.

        Lossy counting (Manku and Motwani, 2002): at each bucket boundary a line
        whose count plus possible undercount is at most the bucket number goes.
        Memory stays bounded by the lines of the latest bucket plus the frequent
        ones, however large the corpus; a line in at least ``min-share`` of the
        documents is never dropped, and its count is short by at most half of
        that share.
        """
        cap = self.config["max_locations"]
        width = self._bucket_width()
        for group, (docs, lines, sketches) in right.items():
            if group not in left:
                left[group] = [docs, dict(lines), CopyIndex().update(sketches)]
                self._prune(left[group], width)
                continue
            mine = left[group]
            mine_docs, combined = mine[0], mine[1]
            mine[2].update(sketches)
            missed_left, missed_right = mine_docs // width, docs // width
            for key, (count, locs, undercount) in lines.items():
                if key in combined:
                    other_count, other_locs, other_under = combined[key]
                    merged_locs = sorted(other_locs + locs, key=_order)[:cap] if other_locs else locs
                    combined[key] = [other_count + count, merged_locs, other_under + undercount]
                else:
                    combined[key] = [count, locs, undercount + missed_left]
            if missed_right:  # lines the right side may have pruned
                for key, entry in combined.items():
                    if key not in lines:
                        entry[2] += missed_right
            mine[0] = mine_docs + docs
            if mine[0] // width > mine_docs // width:
                self._prune(mine, width)
        return left

    @staticmethod
    def _prune(group: list, width: int) -> None:
        bucket = group[0] // width
        if bucket:
            lines = group[1]
            for key in [k for k, (count, _, under) in lines.items() if count + under <= bucket]:
                del lines[key]

    def finalize(self, partial: dict[str, Any]) -> Iterator[Finding]:
        cap = self.config["max_locations"]
        for docs, lines, sketches in partial.values():
            copies = _copies(sketches)
            docs -= len(copies)
            needed = max(self.config["min_documents"], self.config["min_share"] * docs)
            for count, locs, undercount in lines.values():
                if copies:
                    # A line that recurs only because its document was copied is not template residue:
                    # count originals only (estimated from the stored locations), never flag a copy.
                    originals = [loc for loc in locs if _doc_key(loc) not in copies]
                    count = round(count * len(originals) / len(locs)) if locs else count
                    locs = originals
                if count + undercount < needed or count < self.config["min_documents"]:
                    continue
                at_least = "at least " if undercount else ""
                message = (
                    f"Line recurs in {at_least}{count} of {docs} documents of this corpus group (site template residue)"
                )
                for loc in sorted(locs, key=_order)[:cap]:
                    location = Location(*loc)
                    fix = Fix.delete(location.start, location.end, safe=False)
                    yield self.finding_at(location, message, fix=fix, documents=count)


#: Estimated Jaccard similarity at which two documents count as copies of one another (as DU004).
COPY_SIMILARITY = 0.8


def _document_sketch(doc: Document) -> CopyIndex:
    return document_index(doc)


def _copies(sketches: CopyIndex) -> set[tuple]:
    """The documents of a group that copy an earlier one (exactly or nearly)."""
    if len(sketches) < 2:
        return set()
    return {key for key, *_ in find_copies(sketches, COPY_SIMILARITY)}


def _doc_key(loc: Loc) -> tuple:
    return (loc[0], loc[2] or 0, loc[1] or "")


def _order(loc: Loc) -> tuple:
    return (loc[0], loc[2] or 0, loc[3])


def _location(doc: Document, line) -> Loc:
    """Where the line's text (without its indent) sits; start and end lie on the line itself."""
    start, end = line.start + (len(line.text) - len(line.text.lstrip())), line.end
    number = line.number
    return (
        doc.path,
        doc.id,
        doc.record,
        start,
        end,
        number,
        start - line.start + 1,
        number,
        end - line.start + 1,
        line.text.strip()[:120],
    )
