"""Applying fixes: deterministic, non-overlapping, idempotent."""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from scrapelint.model.finding import Edit, Finding


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding]
    skipped: list[Finding]


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> FixOutcome:
    """Apply each eligible fix whose edits conflict with no fix accepted before it.

    Fixes are taken in order of their first edit (then rule code, end and
    replacement), so the same input always gives the same output; a skipped
    fix is usually applied on the next pass, once the text around it has
    settled. Two edits conflict when they touch a common character, or when
    both insert at the same point (their order would be arbitrary).
    """
    candidates = [f for f in findings if f.fix is not None and f.fix.edits and (f.fix.safe or unsafe)]
    candidates.sort(key=_fix_order)
    taken = _TakenSpans()
    edits: list[Edit] = []
    applied: list[Finding] = []
    skipped: list[Finding] = []
    for finding in candidates:
        fix_edits = finding.fix.edits  # type: ignore[union-attr]
        if _self_overlapping(fix_edits) or any(taken.conflicts(edit) for edit in fix_edits):
            skipped.append(finding)
            continue
        for edit in fix_edits:
            taken.add(edit)
        edits.extend(fix_edits)
        applied.append(finding)
    return FixOutcome(apply_edits(text, edits), applied, skipped)


def _fix_order(finding: Finding) -> tuple:
    edits = finding.fix.edits  # type: ignore[union-attr]
    first = min(edits, key=lambda e: (e.start, e.end))
    return (first.start, first.end, finding.code, finding.end, first.replacement, finding.message)


def _conflict(a: Edit, b: Edit) -> bool:
    if a.start < b.end and b.start < a.end:
        return True
    return a.start == a.end == b.start == b.end


def _self_overlapping(edits: tuple[Edit, ...]) -> bool:
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    return any(_conflict(a, b) for a, b in pairwise(ordered))


class _TakenSpans:
    """Accepted edit spans, sorted, so each conflict test looks at neighbours only."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def add(self, edit: Edit) -> None:
        insort(self.spans, (edit.start, edit.end))

    def conflicts(self, edit: Edit) -> bool:
        # Accepted spans never overlap, so sorted by start their ends are sorted too:
        # walk back from the last span starting at or before edit.end while it can still reach edit.start.
        index = bisect_right(self.spans, (edit.end, edit.end)) - 1
        while index >= 0 and self.spans[index][1] >= edit.start:
            if _conflict(Edit(*self.spans[index], ""), edit):
                return True
            index -= 1
        return False


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits in one sweep (left to right, so offsets stay valid)."""
    pieces: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = max(cursor, edit.end)
    pieces.append(text[cursor:])
    return "".join(pieces)
