"""A 0-100 quality score per document from its findings (documented in docs/score.md).

Each finding costs ``severity cost x family weight`` points. Findings about a
span are normalised by length: their total is scaled by ``500 / words`` for
documents over 500 words, so one stray comma in a long article barely moves
the score while a page full of residue sinks it. Findings about the whole
document (``extra["scope"] == "document"``, e.g. the wrong language) are not
scaled: a long page in the wrong language is as wrong as a short one. The
score is ``100 / (1 + cost / 10)``: 100 for a clean document, about 77 for
one warning, falling smoothly towards 0 and never below it.
"""

from __future__ import annotations

from collections.abc import Iterable

from scrapelint.model.finding import Finding, Severity

SEVERITY_COST = {Severity.ERROR: 8.0, Severity.WARNING: 3.0, Severity.INFO: 0.5}
#: How much a finding of each family says about the document's quality.
FAMILY_WEIGHT = {
    "SL": 3.0,  # the input itself is broken
    "AI": 2.0,  # chatbot leftovers: the text was never edited
    "LG": 1.5,  # wrong language or foreign residue
    "FG": 1.5,  # figures that contradict each other mislead
    "BP": 1.0,
    "EN": 1.0,
    "DU": 1.0,
    "TB": 1.0,
    "RD": 1.0,
    "CS": 0.75,  # casing slips are cosmetic ...
    "SP": 0.5,  # ... and so is spacing, though many of them still add up
}
DEFAULT_FAMILY_WEIGHT = 1.0
NORMAL_WORDS = 500
SCALE = 10.0


def finding_cost(finding: Finding) -> float:
    """Points one finding costs before length normalisation."""
    severity = SEVERITY_COST.get(finding.severity, 1.0)
    return severity * FAMILY_WEIGHT.get(finding.family or finding.code[:2], DEFAULT_FAMILY_WEIGHT)


def score_document(words: int, findings: Iterable[Finding]) -> float:
    """The document's score, 0-100, rounded to one decimal (higher is better)."""
    spans = whole = 0.0
    for finding in findings:
        if finding.extra.get("scope") == "document":
            whole += finding_cost(finding)
        else:
            spans += finding_cost(finding)
    cost = spans * NORMAL_WORDS / max(words, NORMAL_WORDS) + whole
    return round(100.0 / (1.0 + cost / SCALE), 1)
