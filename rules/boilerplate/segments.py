"""Runs of boilerplate lines grouped into segments of one kind each.

A menu of twenty items is one finding, not twenty: a kind line opens a segment and the plain
lines after it join it, and some kinds absorb stray lines of another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scrapelint.rules.boilerplate.lines import PROSE, LineInfo

if TYPE_CHECKING:
    from scrapelint.model.document import Document


@dataclass(frozen=True)
class Segment:
    """A run of boilerplate lines of one kind: ``doc.text[start:end]``."""

    kind: str
    start: int
    end: int
    first_line: int  # 1-based
    last_line: int
    lines: int
    sample: str


def group_segments(doc: Document, infos: Sequence[LineInfo], flagged: Sequence[bool]) -> list[Segment]:
    """Group consecutive flagged lines; a kind line opens a segment, plain lines join it."""
    segments: list[Segment] = []
    current: list[LineInfo] = []
    kind = ""

    def close() -> None:
        if current:
            segments.append(_segment(doc, kind, current))
            current.clear()

    for k, info in enumerate(infos):
        if not flagged[k]:
            close()
            kind = ""
            continue
        line_kind = info.kind or ""
        if current and line_kind and line_kind != kind and not _absorbs(kind, line_kind, info.words):
            close()
        if not current:
            kind = line_kind or ("related" if info.cls == PROSE else "navigation")
        current.append(info)
    close()
    return segments


def _absorbs(block_kind: str, line_kind: str, words: int) -> bool:
    """A block kind that keeps a line of another kind (a 'Reply' inside comments,
    a 'Contact' or 'Privacy' link inside a menu)."""
    if block_kind == "navigation" and line_kind in ("footer", "consent", "share") and words <= 3:
        return True
    return (block_kind, line_kind) in {
        ("comments", "share"),
        ("comments", "ui"),
        ("comments", "navigation"),
        ("footer", "navigation"),
        ("footer", "consent"),
        ("related", "ui"),
        ("byline", "ui"),
        ("share", "ui"),
    }


def _segment(doc: Document, kind: str, lines: Sequence[LineInfo]) -> Segment:
    first, last = lines[0], lines[-1]
    sample = doc.text[first.start : first.end].strip()
    return Segment(kind, first.start, last.end, first.index + 1, last.index + 1, len(lines), sample[:60])
