"""The exit-code policy: one object decides whether a run passes, and every format reports that decision.

The command line's exit status, the text summary, the Markdown verdict, JUnit failures, GitHub
error annotations and SARIF's ``invocations`` all read the same :class:`Verdict`, so no format
can say "failed" while the run exits 0 (or the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapelint.model.finding import Finding, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Gate:
    """What fails a run: findings at or above ``fail_on``, documents scoring below ``fail_under``."""

    fail_on: Severity = Severity.WARNING
    fail_under: float | None = None
    exit_zero: bool = False
    exit_non_zero_on_fix: bool = False

    def fails(self, finding: Finding) -> bool:
        """Whether this finding, on its own, fails the run."""
        return finding.severity.rank >= self.fail_on.rank

    def below(self, score: float | None) -> bool:
        """Whether a document with this score fails the run."""
        return self.fail_under is not None and score is not None and score < self.fail_under

    def describe(self) -> str:
        """The policy in words, for report headers."""
        text = f"fail on {self.fail_on.value} or worse"
        if self.fail_under is not None:
            text += f", or any document scoring below {self.fail_under:g}"
        if self.exit_zero:
            text += " (--exit-zero: the exit status is 0 regardless)"
        return text

    def decide(
        self,
        failing_findings: int,
        documents_below: int,
        *,
        usage_errors: int = 0,
        fixes_applied: int = 0,
    ) -> Verdict:
        """The verdict for a finished run."""
        reasons = []
        if failing_findings:
            reasons.append(f"{failing_findings} finding(s) at {self.fail_on.value} or worse")
        if documents_below:
            reasons.append(f"{documents_below} document(s) score below {self.fail_under:g}")
        if fixes_applied and self.exit_non_zero_on_fix:
            reasons.append(f"{fixes_applied} fix(es) applied (--exit-non-zero-on-fix)")
        failed = bool(reasons)
        if usage_errors:
            code = EXIT_USAGE
        elif failed and not self.exit_zero:
            code = EXIT_FINDINGS
        else:
            code = EXIT_OK
        return Verdict(
            failed=failed, exit_code=code, reasons=reasons, policy=self.describe(), usage_errors=usage_errors
        )


@dataclass(frozen=True)
class Verdict:
    """What the gate decided: whether the run failed, why, and the exit status it gets."""

    failed: bool
    exit_code: int
    reasons: list[str] = field(default_factory=list)
    policy: str = ""
    usage_errors: int = 0

    @property
    def label(self) -> str:
        return "failed" if self.failed else "passed"

    def sentence(self) -> str:
        """One line: ``Gate failed: 3 finding(s) at warning or worse (fail on warning or worse).``"""
        why = "; ".join(self.reasons) if self.reasons else "nothing reached the gate"
        return f"Gate {self.label}: {why} ({self.policy}); exit status {self.exit_code}."

    def to_dict(self) -> dict[str, Any]:
        return {"failed": self.failed, "exit_code": self.exit_code, "reasons": self.reasons, "policy": self.policy}
