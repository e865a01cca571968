"""The default human format: ``path:line:col: CODE message``, then a grouped summary."""

from __future__ import annotations

import click
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
MAX_SOURCE_COLUMNS = 160


def location_label(finding: Finding) -> str:
    """``path`` for files; ``path#record`` for a record of a corpus file."""
    if finding.record is not None:
        return f"{finding.path}#{finding.record}"
    return finding.path


SCORE_BANDS = ((90, "90-100"), (70, "70-89"), (50, "50-69"), (0, "0-49"))


def score_statistics(scores: list[float]) -> str:
    """Document scores at a glance: mean, lowest, and how many fall in each band."""
    counts = dict.fromkeys((label for _, label in SCORE_BANDS), 0)
    for score in scores:
        label = next(label for floor, label in SCORE_BANDS if score >= floor)
        counts[label] += 1
    bands = "  ".join(f"{label}: {count}" for label, count in counts.items())
    mean = sum(scores) / len(scores)
    return f"\nScores of {len(scores)} document(s): mean {mean:.1f}, lowest {min(scores):.1f}; {bands}\n"


class TextFormatter(Formatter):
    name = "text"
    description = "path:line:col: CODE message, with a summary (default)"

    def _style(self, text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if self.context.color else text

    def _write(self, findings: list[Finding], source: str | None = None) -> None:
        if self.context.quiet:
            return
        for finding in findings:
            where = f"{location_label(finding)}:{finding.line}:{finding.column}:"
            code = self._style(finding.code, fg=SEVERITY_COLOURS[finding.severity], bold=True)
            marker = self._style(" [*]", fg="cyan") if finding.fix else ""
            self.stream.write(f"{self._style(where, bold=True)} {code}{marker} {finding.message}\n")
            if self.context.show_source:
                self.stream.write(self._source(finding))

    def _source(self, finding: Finding) -> str:
        """The finding's first line with a caret run under the flagged span."""
        text = finding.source_line or self._line_text(finding)
        number = str(finding.line)
        gutter = " " * len(number)
        width = (
            (finding.end_column - finding.column)
            if finding.end_line == finding.line
            else len(text) - finding.column + 1
        )
        width = max(1, min(width, MAX_SOURCE_COLUMNS))
        shown = text[:MAX_SOURCE_COLUMNS]
        caret = " " * (finding.column - 1) + "^" * width
        if finding.column - 1 >= MAX_SOURCE_COLUMNS:
            caret = " " * MAX_SOURCE_COLUMNS + "^"
        bar = self._style("|", fg="blue")
        return f"{gutter} {bar}\n{number} {bar} {shown}\n{gutter} {bar} {self._style(caret[: MAX_SOURCE_COLUMNS + 1], fg='red')}\n"

    def _line_text(self, finding: Finding) -> str:
        snippet = finding.snippet
        prefix = " " * (finding.column - 1)
        return (prefix + snippet).split("\n", 1)[0]

    def document(self, result: DocResult) -> None:
        self._write(result.findings)

    def corpus(self, findings: list[Finding]) -> None:
        self._write(findings)

    def finish(self, summary: Summary) -> None:
        out = self.stream
        if self.context.statistics and summary.findings:
            out.write("\n")
            for code, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
                out.write(f"{count:>6}  {code}  {summary.rule_names.get(code, '')}\n")
        if self.context.statistics and summary.scores:
            out.write(score_statistics(summary.scores))
        if summary.findings == 0:
            out.write(self._style(f"All clean: {summary.documents} document(s) checked, no findings.\n", fg="green"))
            return
        severities = ", ".join(
            f"{summary.by_severity[level.value]} {level.value}{'s' if level is not Severity.INFO and summary.by_severity[level.value] != 1 else ''}"
            for level in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if summary.by_severity[level.value]
        )
        out.write(
            f"\nFound {summary.findings} finding{'s' if summary.findings != 1 else ''} "
            f"in {summary.documents} document{'s' if summary.documents != 1 else ''} ({severities}).\n"
        )
        families = "  ".join(f"{family} {count}" for family, count in sorted(summary.by_family.items()))
        out.write(f"By family: {families}\n")
        if summary.mean_score is not None and summary.documents > 1:
            worst = summary.worst_documents()[:3]
            listed = ", ".join(f"{w['path']}{'#' + w['doc'] if w['doc'] else ''} ({w['score']})" for w in worst)
            out.write(f"Mean score {summary.mean_score}; lowest: {listed}\n")
        elif summary.mean_score is not None:
            out.write(f"Score {summary.mean_score}\n")
        if summary.fixable:
            out.write(
                self._style(f"[*] {summary.fixable} fixable with --fix (some only with --unsafe-fixes).\n", fg="cyan")
            )
