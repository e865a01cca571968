"""A document's lone spacing slip reports at info; two or more fail the gate.

An edited article earns a stray space before a full stop now and then; the slip is real and
worth showing, but one of them does not make the text a low-quality input. Text joined from
fragments repeats the slip wherever the fragments meet. So a rule at ``warning`` counts its
findings in the document, and under ``gate-count`` reports them at ``info``, with a message that
says so. ``gate-count = 1`` restores the strict gate.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule

GATE_COUNT = Option(2, "Findings of this rule a document must hold before they report at warning (fewer: info).")


def gate_by_count(rule: Rule, findings: Iterable[Finding]) -> Iterator[Finding]:
    """The rule's findings on one document, at ``info`` when there are fewer than the rule's
    ``gate-count``; only findings at the rule's default ``warning`` are lowered."""
    found = list(findings)
    needed = rule.config["gate_count"]
    if rule.severity is not Severity.WARNING or len(found) >= needed:
        yield from found
        return
    held = "1 finding" if len(found) == 1 else f"{len(found)} findings"
    note = f"; the document holds {held} of this rule, under the {needed} that fail the gate"
    for finding in found:
        if finding.severity is Severity.WARNING:
            finding = dataclasses.replace(finding, severity=Severity.INFO, message=finding.message + note)
        yield finding
