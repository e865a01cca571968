"""A 0-100 quality score per document from its findings.

Each finding costs points by severity (error 8, warning 3, info 0.5); input
problems (SL) cost the most. The total is normalised per 500 words (short
documents count as 500), so one stray comma in a long article barely moves
the score while a page of residue sinks it. The score is 100 for a clean
document and falls smoothly towards 0: ``100 / (1 + cost / 10)``.
"""

from __future__ import annotations

from collections.abc import Iterable

from lint.finding import Finding, Severity

SEVERITY_COST = {Severity.ERROR: 8.0, Severity.WARNING: 3.0, Severity.INFO: 0.5}
FAMILY_WEIGHT = {"SL": 3.0, "BP": 1.0, "AI": 2.0, "EN": 1.0, "DU": 1.0}
NORMAL_WORDS = 500


def score_document(words: int, findings: Iterable[Finding]) -> float:
    cost = 0.0
    for finding in findings:
        cost += SEVERITY_COST.get(finding.severity, 1.0) * FAMILY_WEIGHT.get(finding.family, 1.0)
    if words == 0 and cost == 0:
        return 100.0
    cost *= NORMAL_WORDS / max(words, NORMAL_WORDS)
    return round(100.0 / (1.0 + cost / 10.0), 1)
