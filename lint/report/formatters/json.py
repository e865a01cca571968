"""``json`` (one object at the end) and ``jsonl`` (one finding a line, streamed)."""

from __future__ import annotations

import json

from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary


def document_entry(result: DocResult) -> dict:
    stats = result.stats
    entry = {"path": result.path, "doc": result.doc, "record": result.record}
    entry.update(
        {
            "score": stats.get("score"),
            "words": stats.get("words"),
            "language": stats.get("language"),
            "language_probability": stats.get("language_probability"),
            "date": stats.get("date"),
            "date_source": stats.get("date_source"),
            "counts": stats.get("counts", {}),
            "findings": len(result.findings),
        }
    )
    for key, value in stats.items():
        entry.setdefault(key, value)
    return entry


class JsonlFormatter(Formatter):
    name = "jsonl"
    description = "one JSON object per finding, one per line, written as found"

    @staticmethod
    def prerender(findings: list[Finding]) -> str:
        return "".join(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n" for finding in findings)

    def _write(self, findings: list[Finding]) -> None:
        self.stream.write(self.prerender(findings))

    def document(self, result: DocResult) -> None:
        if result.rendered is not None:
            self.stream.write(result.rendered)
        else:
            self._write(result.findings)

    def corpus(self, findings: list[Finding]) -> None:
        self._write(findings)


class JsonFormatter(Formatter):
    uses_document_stats = True
    name = "json"
    description = "one JSON object: findings, documents and summary"

    def start(self) -> None:
        self.findings: list[dict] = []
        self.documents: list[dict] = []

    def document(self, result: DocResult) -> None:
        self.findings.extend(f.to_dict() for f in result.findings)
        self.documents.append(document_entry(result))

    def corpus(self, findings: list[Finding]) -> None:
        self.findings.extend(f.to_dict() for f in findings)

    def finish(self, summary: Summary) -> None:
        payload = {"findings": self.findings, "documents": self.documents, "summary": summary.to_dict()}
        json.dump(payload, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
