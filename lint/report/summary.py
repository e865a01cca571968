"""The run's totals, gathered while results stream past the formatter."""

from __future__ import annotations

import heapq
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.gate import Gate, Verdict

WORST_KEPT = 20
BELOW_KEPT = 100


@dataclass
class Summary:
    documents: int = 0
    files: int = 0
    words: int = 0
    findings: int = 0
    #: Findings whose fix ``--fix`` applies as the run is configured (safe ones, or all with --unsafe-fixes).
    fixable: int = 0
    #: Findings with an unsafe fix that only ``--unsafe-fixes`` enables.
    hidden_fixes: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_family: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    rule_names: dict[str, str] = field(default_factory=dict)
    #: Every document's score, 8 bytes each (a float object per document would be 32 on a
    #: corpus of millions).
    scores: array = field(default_factory=lambda: array("d"))
    worst: list[tuple[float, int, str, str | None, int]] = field(default_factory=list)
    gate: Gate = field(default_factory=Gate)
    unsafe_fixes: bool = False
    failing: int = 0
    below_threshold: int = 0
    #: The documents below ``fail_under`` (the first BELOW_KEPT): path, doc, record, score.
    below: list[dict[str, Any]] = field(default_factory=list)
    #: Set by the caller before the formatter finishes: inputs that could not be read, fixes written.
    usage_errors: int = 0
    fixes_applied: int = 0
    _paths: set[str] = field(default_factory=set)
    _order: int = 0

    def add_document(self, result: DocResult) -> None:
        self.documents += 1
        if result.path not in self._paths:
            self._paths.add(result.path)
            self.files += 1
        self.words += result.stats.get("words", 0)
        score = result.stats.get("score")
        if score is not None:
            self.scores.append(score)
            self._order += 1
            entry = (-score, -self._order, result.path, result.doc, len(result.findings))
            if len(self.worst) < WORST_KEPT:
                heapq.heappush(self.worst, entry)
            else:
                heapq.heappushpop(self.worst, entry)
            if self.gate.below(score):
                self.below_threshold += 1
                if len(self.below) < BELOW_KEPT:
                    self.below.append({"path": result.path, "doc": result.doc, "record": result.record, "score": score})
        self.add_findings(result.findings)

    def add_findings(self, findings: list[Finding]) -> None:
        for finding in findings:
            self.findings += 1
            self.by_severity[finding.severity.value] += 1
            self.by_family[finding.family] += 1
            self.by_rule[finding.code] += 1
            self.rule_names.setdefault(finding.code, finding.name)
            if finding.fix is not None:
                if finding.fix.safe or self.unsafe_fixes:
                    self.fixable += 1
                else:
                    self.hidden_fixes += 1
            if self.gate.fails(finding):
                self.failing += 1

    @property
    def fail_on(self) -> Severity:
        return self.gate.fail_on

    @property
    def fail_under(self) -> float | None:
        return self.gate.fail_under

    def worst_documents(self) -> list[dict[str, Any]]:
        """Lowest scores first: path, doc, score, findings; a perfect document is nobody's worst."""
        ordered = sorted(self.worst, key=lambda e: (-e[0], -e[1]))
        return [{"path": p, "doc": d, "score": -s, "findings": n} for s, _, p, d, n in ordered if -s < 100]

    def verdict(self) -> Verdict:
        """What the gate decided for this run (the exit status and every format agree with it)."""
        return self.gate.decide(
            self.failing, self.below_threshold, usage_errors=self.usage_errors, fixes_applied=self.fixes_applied
        )

    @property
    def mean_score(self) -> float | None:
        return round(sum(self.scores) / len(self.scores), 1) if self.scores else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "files": self.files,
            "words": self.words,
            "findings": self.findings,
            "fixable": self.fixable,
            "hidden_fixes": self.hidden_fixes,
            "by_severity": dict(sorted(self.by_severity.items())),
            "by_family": dict(sorted(self.by_family.items())),
            "by_rule": dict(sorted(self.by_rule.items())),
            "mean_score": self.mean_score,
            "worst_documents": self.worst_documents(),
            "failing_findings": self.failing,
            "documents_below_fail_under": self.below_threshold,
            "gate": self.verdict().to_dict(),
        }
