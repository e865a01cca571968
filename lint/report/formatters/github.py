"""GitHub Actions workflow commands: one annotation per finding on the pull request."""

from __future__ import annotations

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """One ``::warning file=...::message`` line; a corpus record is pinned to its line."""
    if finding.record is not None:
        props = {"file": finding.path, "line": finding.record}
        message = (
            f"{finding.message} (record {finding.record}, line {finding.line}, column {finding.column} of its text)"
        )
    else:
        props = {
            "file": finding.path,
            "line": finding.line,
            "col": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
        }
        message = finding.message
    props["title"] = f"{finding.code} {finding.name}".strip()
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    return f"::{LEVELS[finding.severity]} {rendered}::{escape_data(message)}\n"


class GithubFormatter(Formatter):
    name = "github"
    description = "GitHub Actions annotations (workflow commands)"

    def document(self, result: DocResult) -> None:
        for finding in result.findings:
            self.stream.write(annotation(finding))

    def corpus(self, findings: list[Finding]) -> None:
        for finding in findings:
            self.stream.write(annotation(finding))

    def finish(self, summary: Summary) -> None:
        """The gate's decision: an error on each document below --fail-under, and one for the run."""
        for entry in summary.below:
            props = {"file": entry["path"], "title": "scrapelint score below --fail-under"}
            if entry["record"] is not None:
                props["line"] = entry["record"]
            rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
            label = entry["path"] + (f"#{entry['doc']}" if entry["doc"] else "")
            message = f"{label} scores {entry['score']}, below {summary.fail_under:g}"
            self.stream.write(f"::error {rendered}::{escape_data(message)}\n")
        verdict = summary.verdict()
        if verdict.failed:
            self.stream.write(f"::error title=scrapelint gate failed::{escape_data(verdict.sentence())}\n")
        elif summary.findings:
            self.stream.write(f"::notice title=scrapelint gate passed::{escape_data(verdict.sentence())}\n")
