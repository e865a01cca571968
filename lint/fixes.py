"""Applying fixes: deterministic, non-overlapping, idempotent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lint.finding import Edit, Finding


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding]
    skipped: list[Finding]


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> FixOutcome:
    """Apply each eligible fix whose edits overlap no fix accepted before it.

    Fixes are taken in order of their first edit (then rule code), so the
    same input always gives the same output; a skipped fix is usually applied
    on the next pass, once the text around it has settled.
    """
    candidates = [f for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
    candidates.sort(key=lambda f: (min(e.start for e in f.fix.edits), f.code, f.end))  # type: ignore[union-attr]
    taken: list[tuple[int, int]] = []
    edits: list[Edit] = []
    applied: list[Finding] = []
    skipped: list[Finding] = []
    for finding in candidates:
        fix_edits = finding.fix.edits  # type: ignore[union-attr]
        if any(_overlaps(edit, taken) for edit in fix_edits):
            skipped.append(finding)
            continue
        taken.extend((e.start, e.end) for e in fix_edits)
        edits.extend(fix_edits)
        applied.append(finding)
    return FixOutcome(apply_edits(text, edits), applied, skipped)


def _overlaps(edit: Edit, taken: list[tuple[int, int]]) -> bool:
    for start, end in taken:
        if edit.start < end and start < edit.end:
            return True
        if edit.start == edit.end == start or (edit.start == edit.end and start == end == edit.start):
            return True
    return False


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (from last to first, so offsets stay valid)."""
    result = text
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        result = result[: edit.start] + edit.replacement + result[edit.end :]
    return result
