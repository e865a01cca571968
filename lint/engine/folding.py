"""Folding: a boilerplate block is one finding, not one per line of residue inside it."""

from __future__ import annotations

from scrapelint.model.finding import Finding
from scrapelint.model.problems import FAMILY as SL_FAMILY


def fold(findings: list[Finding], folding_codes: frozenset[str]) -> list[Finding]:
    """Drop findings of other families that sit inside a folding (boilerplate) block.

    A menu of twenty ALL-CAPS items is one problem, not twenty-one.
    """
    blocks = [(f.start, f.end, f.family) for f in findings if f.code in folding_codes and f.end > f.start]
    if not blocks:
        return findings
    kept = []
    for finding in findings:
        inside = any(
            start <= finding.start and finding.end <= end and finding.family not in (family, SL_FAMILY.prefix)
            for start, end, family in blocks
        )
        if not inside:
            kept.append(finding)
    return kept
