"""Baselines: record today's findings so a corpus can adopt the linter and fail only on new ones.

A finding's fingerprint is its rule code, its document (the document id, or
the path relative to the baseline file for files), its matched text with
whitespace normalised (with its neighbouring words when it has no word
character of its own, such as a doubled space; with its line count when it spans lines), and the occurrence index of that text among the
document's findings of the same rule. Line numbers play no part, so
inserting or deleting lines elsewhere leaves the fingerprint unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding

FORMAT_VERSION = 1
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_BEFORE = re.compile(r"(\S*)\s*$")
_AFTER = re.compile(r"\s*(\S*)")
_NEAR = 40

Fingerprint = tuple[str, str, str, int]


class BaselineError(Exception):
    """The baseline file cannot be read."""


def normalise(text: str) -> str:
    """Matched text as compared: NFC, whitespace runs collapsed, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def matched_text(finding: Finding) -> str:
    """The normalised matched text; a span without a word character gets its neighbouring words.

    A doubled space or a stray comma says nothing on its own, so ``bad[ ]sentence``
    is kept instead of `` ``; word matches stand alone, so edits elsewhere on their
    line do not disturb them.
    """
    text = normalise(finding.snippet)
    if finding.end_line > finding.line:
        # The snippet of a long block is cut short; its line count keeps a block that gained
        # lines (a leftover glued onto a "Related" list) from matching the recorded block.
        return f"{text} ({finding.end_line - finding.line + 1} lines)"
    if _WORD.search(text) or not finding.source_line or finding.column < 1:
        return text
    line = finding.source_line
    start = min(finding.column - 1, len(line))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(start, min(end, len(line)))
    before = _BEFORE.search(line[max(0, start - _NEAR) : start])
    after = _AFTER.match(line[end : end + _NEAR])
    return f"{before.group(1) if before else ''}[{normalise(line[start:end]) or ' '}]{after.group(1) if after else ''}"


def document_key(finding: Finding, base: Path) -> str:
    """``id:<doc id>`` for records, ``path:<path relative to the baseline>`` for files."""
    if finding.doc is not None:
        return f"id:{finding.doc}"
    if finding.path in ("", "-"):
        return f"path:{finding.path}"
    try:
        relative = os.path.relpath(os.path.abspath(finding.path), base)
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(finding.path)
    return "path:" + relative.replace(os.sep, "/")


def fingerprints(findings: Iterable[Finding], base: Path) -> list[Fingerprint]:
    """One fingerprint per finding, in the order given.

    Occurrence indices count in text order, whatever order the findings come in.
    """
    items = list(findings)
    order = sorted(
        range(len(items)), key=lambda i: (document_key(items[i], base), items[i].start, items[i].end, items[i].code)
    )
    seen: Counter = Counter()
    result: list[Fingerprint | None] = [None] * len(items)
    for index in order:
        finding = items[index]
        key = (finding.code, document_key(finding, base), matched_text(finding))
        result[index] = (*key, seen[key])
        seen[key] += 1
    return result  # type: ignore[return-value]


def finding_context(finding: Finding) -> str:
    """Up to three words either side of the span on its line: a tie-breaker, not part of the fingerprint."""
    line = finding.source_line
    if not line or finding.column < 1:
        return ""
    start = min(finding.column - 1, len(line))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(start, min(end, len(line)))
    before = " ".join(line[max(0, start - 60) : start].split()[-3:])
    after = " ".join(line[end : end + 60].split()[:3])
    return f"{before}|{after}"


@dataclass
class Baseline:
    """The recorded findings, grouped by (code, document, text), and where relative paths start from.

    Each group keeps the context of its recorded occurrences. A document with no more
    occurrences of a group than were recorded is fully covered; with more, the extra ones are
    reported, preferring those whose surrounding words no recorded occurrence had.
    """

    base: Path
    groups: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    #: What the result cache keys on: the baseline file's content.
    cache_key: str = ""

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        path = Path(path)
        try:
            base = path.resolve().parent
            raw = path.read_text(encoding="utf-8")
            data = json.loads(raw)
        except FileNotFoundError:
            raise BaselineError(f"baseline file not found: {path} (create it with --update-baseline)") from None
        except (OSError, ValueError) as exc:
            raise BaselineError(f"cannot read baseline {path}: {exc}") from None
        groups: dict[tuple[str, str, str], list[str]] = {}
        for entry in _entries(data, path):
            key = (entry["code"], entry["document"], entry["text"])
            groups.setdefault(key, []).append(entry.get("context", ""))
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        return cls(base, groups, f"baseline {digest}")

    def filter(self, findings: list[Finding]) -> list[Finding]:
        """The findings not recorded in the baseline."""
        if not findings or not self.groups:
            return findings
        members: dict[tuple[str, str, str], list[int]] = {}
        for index, fingerprint in sorted(enumerate(fingerprints(findings, self.base)), key=lambda item: item[1][3]):
            members.setdefault(fingerprint[:3], []).append(index)
        new: set[int] = set()
        for key, indices in members.items():
            recorded = self.groups.get(key, [])
            if len(indices) <= len(recorded):
                continue
            contexts = Counter(recorded)
            unmatched = []
            for index in indices:
                context = finding_context(findings[index])
                if contexts[context] > 0:
                    contexts[context] -= 1
                else:
                    unmatched.append(index)
            new.update(unmatched[sum(contexts.values()) :])
        return [f for index, f in enumerate(findings) if index in new]

    def __call__(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """As an ``Engine.post_filters`` entry."""
        return self.filter(findings)


#: An entry's fields and their JSON types (``context`` may be absent in older files).
_ENTRY_FIELDS = {"code": str, "document": str, "text": str, "occurrence": int, "context": str}


def _entries(data: object, path: Path) -> list[dict]:
    """The entries of a baseline document, after checking its schema field by field.

    ``true`` is not version 1 and ``"3"`` is not an occurrence count: a file that
    merely resembles a baseline must not silently hide findings.
    """
    version = data.get("scrapelint-baseline") if isinstance(data, dict) else None
    if type(version) is not int or version != FORMAT_VERSION:
        raise BaselineError(f"{path} is not a scrapelint baseline (version {FORMAT_VERSION})")
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: malformed baseline ('findings' must be a list)")
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise BaselineError(f"{path}: malformed baseline entry {number} (not an object)")
        for name, kind in _ENTRY_FIELDS.items():
            value = entry.get(name)
            if value is None and name == "context":
                continue
            if type(value) is not kind:
                raise BaselineError(
                    f"{path}: malformed baseline entry {number} ('{name}' must be a {kind.__name__}, not {value!r})"
                )
    return entries


class BaselineWriter:
    """Collects fingerprints while results stream past, then writes the file atomically."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.base = self.path.resolve().parent
        self.entries: list[tuple[str, str, str, int, str]] = []

    def add(self, findings: list[Finding]) -> None:
        """Add one document's findings (or every corpus finding at once)."""
        prints = fingerprints(findings, self.base)
        self.entries.extend((*p, finding_context(f)) for p, f in zip(prints, findings, strict=True))

    def write(self) -> int:
        rows = [
            {"code": code, "document": document, "text": text, "occurrence": occurrence, "context": context}
            for code, document, text, occurrence, context in sorted(set(self.entries))
        ]
        lines = ",\n".join("    " + json.dumps(row, ensure_ascii=False) for row in rows)
        body = f'{{\n  "scrapelint-baseline": {FORMAT_VERSION},\n  "findings": [\n{lines}\n  ]\n}}\n'
        if not rows:
            body = json.dumps({"scrapelint-baseline": FORMAT_VERSION, "findings": []}, indent=2) + "\n"
        from scrapelint.io.atomic import write_atomically

        write_atomically(self.path, body.encode("utf-8"))
        return len(rows)
