"""Lines that recur across many documents of one site or corpus shard (template residue)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from lint.finding import Fix, Location, Severity
from lint.rule import CorpusRule, Option

if TYPE_CHECKING:
    from lint.document import Document
    from lint.finding import Finding

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

#: Location tuple: path, doc, record, start, end, line, column, end_line, end_column, snippet.
Loc = tuple


def normalise_line(text: str) -> str:
    """Line-dedup normalisation: case folded, digits to 0, punctuation and spacing dropped."""
    return _NON_WORD.sub(" ", _DIGITS.sub("0", text.casefold())).strip()


def line_key(norm: str) -> int:
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


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
        seen: dict[int, Loc] = {}
        min_chars = self.config["min_chars"]
        for line in doc.lines:
            if line.is_blank or len(line.text) > 1000:
                continue
            norm = normalise_line(line.text)
            if len(norm) < min_chars:
                continue
            key = line_key(norm)
            if key not in seen:
                seen[key] = _location(doc, line)
        # per group: [documents, {line key: [documents with it, [locations]]}]
        return {corpus_group(doc): [1, {key: [1, [loc]] for key, loc in seen.items()}]}

    def merge(self, left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
        cap = self.config["max_locations"]
        merged = dict(left)
        for group, (docs, lines) in right.items():
            if group not in merged:
                merged[group] = [docs, dict(lines)]
                continue
            mine_docs, mine = merged[group]
            combined = dict(mine)
            for key, (count, locs) in lines.items():
                if key in combined:
                    other_count, other_locs = combined[key]
                    combined[key] = [other_count + count, sorted(other_locs + locs, key=_order)[:cap]]
                else:
                    combined[key] = [count, locs]
            merged[group] = [mine_docs + docs, combined]
        return merged

    def finalize(self, partial: dict[str, Any]) -> Iterator[Finding]:
        cap = self.config["max_locations"]
        for docs, lines in partial.values():
            needed = max(self.config["min_documents"], self.config["min_share"] * docs)
            for count, locs in lines.values():
                if count < needed:
                    continue
                message = f"Line recurs in {count} of {docs} documents of this corpus group (site template residue)"
                for loc in sorted(locs, key=_order)[:cap]:
                    location = Location(*loc)
                    fix = Fix.delete(location.start, location.end, safe=False)
                    yield self.finding_at(location, message, fix=fix, documents=count)


def _order(loc: Loc) -> tuple:
    return (loc[0], loc[2] or 0, loc[3])


def _location(doc: Document, line) -> Loc:
    path = doc.path
    start, end = line.start + (len(line.text) - len(line.text.lstrip())), line.end
    line_no, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return (path, doc.id, doc.record, start, end, line_no, column, end_line, end_column, line.text.strip()[:120])
