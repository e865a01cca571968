"""A 0-100 quality score per document from its findings (documented in docs/score.md).

Each finding costs ``severity cost x family weight`` points; the weight is the one the
finding's family declares (``scrapelint.model.family.Family``). Findings about a
span are normalised by length: their total is scaled by ``500 / words`` for
documents over 500 words, so one stray comma in a long article barely moves
the score while a page full of residue sinks it. Findings about the whole
document (``extra["scope"] == "document"``, e.g. the wrong language) are not
scaled: a long page in the wrong language is as wrong as a short one. The
score is ``100 / (1 + cost / 10)``: 100 for a clean document, about 77 for
one warning, falling smoothly towards 0 and never below it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from scrapelint.model.family import DEFAULT_WEIGHT
from scrapelint.model.finding import Finding, Severity

SEVERITY_COST = {Severity.ERROR: 8.0, Severity.WARNING: 3.0, Severity.INFO: 0.5}
NORMAL_WORDS = 500
SCALE = 10.0


def finding_cost(finding: Finding, weights: Mapping[str, float] | None = None) -> float:
    """Points one finding costs before length normalisation.

    ``weights`` maps a family prefix to the weight its ``Family`` declares; a family that
    declared none weighs ``DEFAULT_WEIGHT``.
    """
    severity = SEVERITY_COST.get(finding.severity, 1.0)
    family = finding.family or finding.code[:2]
    return severity * (weights or {}).get(family, DEFAULT_WEIGHT)


def score_document(words: int, findings: Iterable[Finding], weights: Mapping[str, float] | None = None) -> float:
    """The document's score, 0-100, rounded to one decimal (higher is better)."""
    spans = whole = 0.0
    for finding in findings:
        if finding.extra.get("scope") == "document":
            whole += finding_cost(finding, weights)
        else:
            spans += finding_cost(finding, weights)
    cost = spans * NORMAL_WORDS / max(words, NORMAL_WORDS) + whole
    return round(100.0 / (1.0 + cost / SCALE), 1)
