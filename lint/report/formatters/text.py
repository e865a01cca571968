"""The default human format: ``path:line:col: CODE [*] message (severity)``, then a summary.

Three layouts, named as ruff names them: ``concise`` (one line a finding), ``full`` (each finding
with its source line and a caret under the span) and ``grouped`` (findings under their file).
``[*]`` marks a finding that ``--fix`` would repair as the run is configured; findings whose fix
is unsafe are counted as hidden fixes that ``--unsafe-fixes`` enables.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence

import click
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Context, Formatter
from scrapelint.report.summary import Summary

SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
#: Columns of a source line shown under ``--show-source``; longer lines show a window around the span.
SOURCE_WINDOW = 100
ELLIPSIS = "…"


def display_path(path: str) -> str:
    """A path as the user would type it: relative to the working folder, without ``./``."""
    if not path or path == "-":
        return path
    if os.path.isabs(path):
        try:
            relative = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            return path
        return path if relative.startswith("..") else relative
    return os.path.normpath(path)


def location_label(finding: Finding) -> str:
    """``path`` for files; ``path#record`` for a record of a corpus file."""
    path = display_path(finding.path)
    if finding.record is not None:
        return f"{path}#{finding.record}"
    return path


def fix_applies(finding: Finding, unsafe_fixes: bool) -> bool:
    """Whether ``--fix`` (with ``--unsafe-fixes`` when given) repairs this finding."""
    return finding.fix is not None and (finding.fix.safe or unsafe_fixes)


def source_window(line: str, column: int, end_column: int | None, width: int = SOURCE_WINDOW) -> tuple[str, str]:
    """The part of ``line`` around the span (1-based columns) and a caret run under the span.

    A scraped paragraph is one long line; the window is centred on the span so the flagged
    text is always shown, with ``…`` where the line is cut.
    """
    start = max(0, min(column - 1, len(line)))
    end = len(line) if end_column is None else max(start, min(end_column - 1, len(line)))
    span = max(1, end - start)
    if len(line) <= width:
        left, right = 0, len(line)
    else:
        left = max(0, min(len(line) - width, start + min(span, width) // 2 - width // 2))
        right = left + width
    shown = line[left:right]
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(line) else ""
    caret_width = max(1, min(end, right) - start) if start < right else 1
    caret = " " * (len(prefix) + start - left) + "^" * caret_width
    return prefix + shown + suffix, caret


def score_statistics(scores: Sequence[float]) -> str:
    """Document scores at a glance: mean, lowest, and how many fall in each band."""
    counts = dict.fromkeys((label for _, label in SCORE_BANDS), 0)
    for score in scores:
        label = next(label for floor, label in SCORE_BANDS if score >= floor)
        counts[label] += 1
    bands = "  ".join(f"{label}: {count}" for label, count in counts.items())
    mean = sum(scores) / len(scores)
    return f"\nScores of {len(scores)} document(s): mean {mean:.1f}, lowest {min(scores):.1f}; {bands}\n"


SCORE_BANDS = ((90, "90-100"), (70, "70-89"), (50, "50-69"), (0, "0-49"))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class TextFormatter(Formatter):
    name = "text"
    description = "path:line:col: CODE message, with a summary (default; layouts concise, full, grouped)"

    def __init__(self, stream, context: Context) -> None:
        super().__init__(stream, context)
        self.layout = context.options.get("layout") or ("full" if context.show_source else "concise")
        self.fixable_by_file: dict[str, Counter] = {}
        self._group_path: str | None = None

    def _style(self, text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if self.context.color else text

    @property
    def _listing(self) -> bool:
        """--statistics replaces the listing, as in ruff; --silent prints nothing at all."""
        return not (self.context.statistics or self.context.options.get("silent"))

    def _write(self, findings: list[Finding]) -> None:
        unsafe = bool(self.context.options.get("unsafe_fixes"))
        for finding in findings:
            if fix_applies(finding, unsafe):
                label = display_path(finding.path)
                self.fixable_by_file.setdefault(label, Counter())[(finding.code, finding.name)] += 1
        if not self._listing:
            return
        for finding in findings:
            code = self._style(finding.code, fg=SEVERITY_COLOURS[finding.severity], bold=True)
            marker = self._style(" [*]", fg="cyan") if fix_applies(finding, unsafe) else ""
            severity = self._style(f"({finding.severity.value})", fg=SEVERITY_COLOURS[finding.severity])
            if self.layout == "grouped":
                label = location_label(finding)
                if label != self._group_path:
                    if self._group_path is not None:
                        self.stream.write("\n")
                    self.stream.write(self._style(f"{label}:", bold=True, underline=True) + "\n")
                    self._group_path = label
                where = f"  {finding.line}:{finding.column}"
                self.stream.write(f"{where} {code}{marker} {finding.message} {severity}\n")
            else:
                where = f"{location_label(finding)}:{finding.line}:{finding.column}:"
                self.stream.write(f"{self._style(where, bold=True)} {code}{marker} {finding.message} {severity}\n")
            if self.layout == "full":
                self.stream.write(self._source(finding))

    def _source(self, finding: Finding) -> str:
        """The finding's first line (a window of it when long) with a caret run under the span."""
        text = finding.source_line or self._line_text(finding)
        end_column = finding.end_column if finding.end_line == finding.line else None
        shown, caret = source_window(text, finding.column, end_column)
        number = str(finding.line)
        gutter = " " * len(number)
        bar = self._style("|", fg="blue")
        return f"{gutter} {bar}\n{number} {bar} {shown}\n{gutter} {bar} {self._style(caret, fg='red')}\n"

    def _line_text(self, finding: Finding) -> str:
        prefix = " " * (finding.column - 1)
        return (prefix + finding.snippet).split("\n", 1)[0]

    def document(self, result: DocResult) -> None:
        self._write(result.findings)

    def corpus(self, findings: list[Finding]) -> None:
        self._write(findings)

    def finish(self, summary: Summary) -> None:
        out = self.stream
        options = self.context.options
        if options.get("silent"):
            return
        if self.context.statistics:
            self._statistics(summary)
        if options.get("show_fixes"):
            self._show_fixes(options.get("fixed_by_file"))
        if self.context.quiet:
            return
        verdict = summary.verdict()
        if summary.findings == 0:
            out.write(self._style(f"All clean: {summary.documents} document(s) checked, no findings.\n", fg="green"))
            if verdict.failed:
                out.write(self._style(verdict.sentence(), fg="red") + "\n")
            return
        severities = ", ".join(
            _plural(summary.by_severity[level.value], level.value)
            if level is not Severity.INFO
            else f"{summary.by_severity[level.value]} info"
            for level in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if summary.by_severity[level.value]
        )
        out.write(
            f"\nFound {_plural(summary.findings, 'finding')} in {_plural(summary.documents, 'document')} ({severities}).\n"
        )
        families = "  ".join(f"{family} {count}" for family, count in sorted(summary.by_family.items()))
        out.write(f"By family: {families}\n")
        if summary.mean_score is not None and summary.documents > 1:
            worst = summary.worst_documents()[:3]
            listed = ", ".join(
                f"{display_path(w['path'])}{'#' + w['doc'] if w['doc'] else ''} ({w['score']})" for w in worst
            )
            out.write(f"Mean score {summary.mean_score}" + (f"; lowest: {listed}" if listed else "") + "\n")
        elif summary.mean_score is not None:
            out.write(f"Score {summary.mean_score}\n")
        if summary.fixable:
            out.write(self._style(f"[*] {summary.fixable} fixable with the `--fix` option.\n", fg="cyan"))
        if summary.hidden_fixes:
            hidden = summary.hidden_fixes
            out.write(
                f"{hidden} hidden fix{'' if hidden == 1 else 'es'} can be enabled with the `--unsafe-fixes` option.\n"
            )
        colour = "red" if verdict.failed else "green"
        out.write(self._style(verdict.sentence(), fg=colour) + "\n")

    def _statistics(self, summary: Summary) -> None:
        """ruff's --statistics: count, code, [*] when fixable, name; then the score bands."""
        out = self.stream
        fixable_codes = {code for counter in self.fixable_by_file.values() for code, _ in counter}
        if summary.findings:
            width = len(str(max(summary.by_rule.values())))
            for code, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
                mark = "[*]" if code in fixable_codes else "[ ]"
                out.write(f"{count:>{width}}\t{code}\t{mark} {summary.rule_names.get(code, '')}\n")
        if summary.scores:
            out.write(score_statistics(summary.scores))

    def _show_fixes(self, fixed_by_file: dict[str, Counter] | None) -> None:
        """ruff's --show-fixes: what --fix repaired (after --fix) or would repair, by file and rule."""
        out = self.stream
        table = fixed_by_file if fixed_by_file is not None else self.fixable_by_file
        total = sum(sum(c.values()) for c in table.values())
        if not total:
            return
        heading = "Fixed" if fixed_by_file is not None else "Fixable with --fix:"
        out.write(f"\n{heading} {_plural(total, 'finding')}:\n" if fixed_by_file is not None else f"\n{heading}\n")
        for path in sorted(table):
            out.write(f"- {path}:\n")
            for (code, name), count in sorted(table[path].items()):
                out.write(f"    {count} × {code} ({name})\n" if name else f"    {count} × {code}\n")
