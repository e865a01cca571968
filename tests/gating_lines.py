"""The lines a boilerplate finding that gates covers: what the BP tests of one structure assert on."""

from __future__ import annotations

from scrapelint.api import lint_text
from scrapelint.model.finding import Severity


def flagged_lines(text: str) -> set[str]:
    """The non-empty lines under BP findings at warning or above (info findings do not gate)."""
    lines = set()
    for finding in lint_text(text, select=["BP"]):
        if finding.severity.rank >= Severity.WARNING.rank:
            lines.update(line for line in text[finding.start : finding.end].split("\n") if line)
    return lines


def covered(text: str, findings, needle: str) -> bool:
    """Whether a finding's span holds the first occurrence of ``needle`` in ``text``."""
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)
