"""SARIF 2.1.0 for code scanning: rule metadata from the rules' docstrings, exact regions."""

from __future__ import annotations

import json
from pathlib import Path

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

#: Inputs whose linted text is the file's own text, so offsets are file offsets and fixes apply.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".mdown", ".mkd")
FINGERPRINT_KEY = "scrapelint/v1"


def fingerprint_hash(fingerprint: tuple) -> str:
    """The baseline fingerprint (rule, document, matched text, occurrence) as a stable hex digest."""
    import hashlib

    return hashlib.sha256(json.dumps(list(fingerprint), ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def sarif_fix(finding: Finding) -> dict | None:
    """A SARIF ``fix`` for a safe fix on a text or Markdown file (offsets are the file's own)."""
    if finding.fix is None or not finding.fix.safe or finding.record is not None:
        return None
    if not finding.path.lower().endswith(TEXT_SUFFIXES):
        return None
    replacements = [
        {
            "deletedRegion": {"charOffset": edit.start, "charLength": edit.end - edit.start},
            "insertedContent": {"text": edit.replacement},
        }
        for edit in finding.fix.edits
    ]
    return {
        "description": {"text": f"{finding.code}: {finding.message}"},
        "artifactChanges": [{"artifactLocation": {"uri": artifact_uri(finding.path)}, "replacements": replacements}],
    }


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

    def _results(self, findings: list[Finding]) -> list[dict]:
        from scrapelint.engine.baseline import fingerprints

        prints = fingerprints(findings, Path.cwd())
        return [self._result(f, p) for f, p in zip(findings, prints, strict=True)]

    def _result(self, finding: Finding, fingerprint: tuple) -> dict:
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
            fix = sarif_fix(finding)
            if fix is not None:
                result["fixes"] = [fix]
        result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint_hash(fingerprint)}
        return result

    def document(self, result: DocResult) -> None:
        self.results.extend(self._results(result.findings))

    def corpus(self, findings: list[Finding]) -> None:
        by_document: dict[tuple, list[Finding]] = {}
        for finding in findings:
            by_document.setdefault((finding.path, finding.doc), []).append(finding)
        for group in by_document.values():
            self.results.extend(self._results(group))

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
                            "rules": self.descriptors,
                        }
                    },
                    "invocations": [self._invocation(summary)],
                    "results": self.results,
                    "columnKind": "unicodeCodePoints",
                }
            ],
        }
        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

    def _invocation(self, summary: Summary) -> dict:
        """The run as code scanning shows it: the command, the exit status and the gate's reasons."""
        verdict = summary.verdict()
        info = self.context.run_info
        invocation: dict = {
            "executionSuccessful": verdict.usage_errors == 0,
            "exitCode": verdict.exit_code,
            "exitCodeDescription": verdict.sentence(),
            "properties": {"gate": verdict.to_dict()},
        }
        if info.get("command"):
            invocation["commandLine"] = info["command"]
        if info.get("time"):
            invocation["endTimeUtc"] = info["time"].replace(" UTC", "Z").replace(" ", "T")
        return invocation
