"""Folding: a boilerplate block is one finding, not one per line of residue inside it.

Folding only hides what the block already explains. A finding is folded into a block when it
lies inside the block, belongs to another family and is no more severe than the block. Findings
of the families in ``NEVER_FOLDED`` are always kept: problems with the input itself (SL), and
chatbot leftovers (AI), which are worse than any navigation residue they happen to sit next
to; a leftover line glued onto a "Related" block must not disappear into it.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

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
    reaches = _block_reaches(blocks)
    return [f for f in findings if f.family in NEVER_FOLDED or not _inside(f, reaches)]


#: Per (family, severity rank) of blocks: their starts in order, and the furthest end reached
#: by any block starting at or before each of them.
_Reach = tuple[list[int], list[int]]


def _block_reaches(blocks: list[Finding]) -> dict[tuple[str, int], _Reach]:
    """Index the blocks so that each finding asks O(log n), not every block: a page of a
    thousand flagged rows with a finding on each would otherwise cost a million comparisons."""
    groups: dict[tuple[str, int], list[Finding]] = {}
    for block in blocks:
        groups.setdefault((block.family, block.severity.rank), []).append(block)
    reaches = {}
    for key, members in groups.items():
        members.sort(key=lambda b: b.start)
        starts = [b.start for b in members]
        furthest = list(accumulate((b.end for b in members), max))
        reaches[key] = (starts, furthest)
    return reaches


def _inside(finding: Finding, reaches: dict[tuple[str, int], _Reach]) -> bool:
    """Whether a block of another family, at least as severe, covers the finding's span."""
    for (family, rank), (starts, furthest) in reaches.items():
        if family == finding.family or rank < finding.severity.rank:
            continue
        before = bisect_right(starts, finding.start)
        if before and furthest[before - 1] >= finding.end:
            return True
    return False
