"""A Markdown summary for a CI job summary or a pull-request comment."""

from __future__ import annotations

from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

FIRST_FINDINGS = 50


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownFormatter(Formatter):
    name = "markdown"
    description = "a Markdown summary (CI job summary, PR comment)"

    def start(self) -> None:
        self.first: list[Finding] = []

    def _keep(self, findings: list[Finding]) -> None:
        room = FIRST_FINDINGS - len(self.first)
        if room > 0:
            self.first.extend(findings[:room])

    def document(self, result: DocResult) -> None:
        self._keep(result.findings)

    def corpus(self, findings: list[Finding]) -> None:
        self._keep(findings)

    def finish(self, summary: Summary) -> None:
        write = self.stream.write
        gate = summary.verdict()
        mark = "❌ failed" if gate.failed else "✅ passed"
        found = f"{summary.findings} finding(s)" if summary.findings else "no findings"
        write(f"## scrapelint: {mark} ({found})\n\n")
        write(f"{gate.sentence()}\n\n")
        write(f"{summary.documents} document(s) in {summary.files} file(s), {summary.words:,} words")
        if summary.mean_score is not None:
            write(f", mean score {summary.mean_score}")
        write(".\n\n")
        if not summary.findings:
            return
        write("| severity | count |\n| --- | ---: |\n")
        for level in ("error", "warning", "info"):
            if summary.by_severity[level]:
                write(f"| {level} | {summary.by_severity[level]} |\n")
        write("\n| family | count |\n| --- | ---: |\n")
        for family, count in sorted(summary.by_family.items(), key=lambda kv: (-kv[1], kv[0])):
            write(f"| `{family}` | {count} |\n")
        write("\n| rule | name | count |\n| --- | --- | ---: |\n")
        for code, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            write(f"| `{code}` | {cell(summary.rule_names.get(code, ''))} | {count} |\n")
        worst = summary.worst_documents()[:10]
        if worst:
            write("\n### Lowest-scoring documents\n\n| document | score | findings |\n| --- | ---: | ---: |\n")
            for entry in worst:
                label = entry["path"] + (f"#{entry['doc']}" if entry["doc"] else "")
                write(f"| {cell(label)} | {entry['score']} | {entry['findings']} |\n")
        write(f"\n### First {min(len(self.first), FIRST_FINDINGS)} findings\n\n")
        write("| location | rule | message |\n| --- | --- | --- |\n")
        for f in self.first:
            label = f.path + (f"#{f.record}" if f.record is not None else "")
            write(f"| {cell(label)}:{f.line}:{f.column} | `{f.code}` | {cell(f.message)} |\n")
        if summary.findings > len(self.first):
            write(f"\n…and {summary.findings - len(self.first)} more.\n")
