"""SARIF 2.1.0 for code scanning: rule metadata from the rules' docstrings, exact regions."""

from __future__ import annotations

import json
from pathlib import Path

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    if path in ("", "-"):
        return "stdin"
    candidate = Path(path)
    return candidate.as_posix() if not candidate.is_absolute() else candidate.as_uri()


def rule_descriptor(rule: type) -> dict:
    documentation = rule.documentation() or rule.summary()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": documentation},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"family": rule.family(), "fixable": rule.fixable or "no"},
    }


class SarifFormatter(Formatter):
    name = "sarif"
    description = "SARIF 2.1.0 (code scanning)"

    def start(self) -> None:
        self.results: list[dict] = []
        self.used: dict[str, int] = {}
        self.descriptors: list[dict] = []

    def _rule_index(self, finding: Finding) -> int:
        if finding.code not in self.used:
            rule = self.context.rules.get(finding.code)
            descriptor = (
                rule_descriptor(rule)
                if rule is not None
                else {
                    "id": finding.code,
                    "name": finding.name or finding.code,
                    "shortDescription": {"text": finding.name or finding.code},
                }
            )
            self.used[finding.code] = len(self.descriptors)
            self.descriptors.append(descriptor)
        return self.used[finding.code]

    def _result(self, finding: Finding) -> dict:
        if finding.record is not None:
            region = {"startLine": finding.record}
        else:
            region = {
                "startLine": finding.line,
                "startColumn": finding.column,
                "endLine": finding.end_line,
                "endColumn": finding.end_column,
                "charOffset": finding.start,
                "charLength": finding.end - finding.start,
            }
        if finding.snippet:
            region["snippet"] = {"text": finding.snippet}
        result = {
            "ruleId": finding.code,
            "ruleIndex": self._rule_index(finding),
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(finding.path)}, "region": region}}
            ],
        }
        properties = {}
        if finding.doc is not None:
            properties["doc"] = finding.doc
        if finding.record is not None:
            properties.update(record=finding.record, line=finding.line, column=finding.column)
        if properties:
            result["properties"] = properties
        if finding.fix is not None:
            result["properties"] = {**result.get("properties", {}), "fixSafe": finding.fix.safe}
        return result

    def document(self, result: DocResult) -> None:
        self.results.extend(self._result(f) for f in result.findings)

    def corpus(self, findings: list[Finding]) -> None:
        self.results.extend(self._result(f) for f in findings)

    def finish(self, summary: Summary) -> None:
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "scrapelint",
                            "version": self.context.version,
                            "informationUri": "https://pypi.org/project/scrapelint/",
                            "rules": self.descriptors,
                        }
                    },
                    "results": self.results,
                    "columnKind": "unicodeCodePoints",
                }
            ],
        }
        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
