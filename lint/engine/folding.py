"""Folding: a boilerplate block is one finding, not one per line of residue inside it.

Folding only hides what the block already explains. A finding is folded into a block when it
lies inside the block, belongs to another family and is no more severe than the block. Findings
of the families in ``NEVER_FOLDED`` are always kept: problems with the input itself (SL), and
chatbot leftovers (AI), which are worse than any navigation residue they happen to sit next
to; a leftover line glued onto a "Related" block must not disappear into it.
"""

from __future__ import annotations

from scrapelint.model.finding import Finding
from scrapelint.model.problems import FAMILY as SL_FAMILY

#: Families whose findings are never folded into a block of another family.
NEVER_FOLDED = frozenset({SL_FAMILY.prefix, "AI"})


def fold(findings: list[Finding], folding_codes: frozenset[str]) -> list[Finding]:
    """Drop findings of other families that sit inside a folding (boilerplate) block.

    A menu of twenty ALL-CAPS items is one problem, not twenty-one.
    """
    blocks = [f for f in findings if f.code in folding_codes and f.end > f.start]
    if not blocks:
        return findings
    kept = []
    for finding in findings:
        inside = finding.family not in NEVER_FOLDED and any(
            block.start <= finding.start
            and finding.end <= block.end
            and finding.family != block.family
            and finding.severity.rank <= block.severity.rank
            for block in blocks
        )
        if not inside:
            kept.append(finding)
    return kept
