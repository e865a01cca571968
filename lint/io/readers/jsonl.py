"""JSONL corpora (optionally gzip-compressed): one document per record, streamed."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator

from scrapelint.io.decoding import scrub_surrogates, scrub_value
from scrapelint.io.readers import PROBLEM, Reader, Task, problem_document, unreadable
from scrapelint.io.readers.text import empty_problem, enforce_limit
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.problems import MALFORMED_RECORD, MISSING_TEXT_FIELD


class JsonlReader(Reader):
    name = "jsonl"
    suffixes = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")

    def tasks(self, path: str, payload: bytes | None = None) -> Iterator[Task]:
        """Stream records line by line; a record's bytes are all the main process holds."""
        try:
            handle = _open(path, payload)
        except OSError as exc:
            yield Task(PROBLEM, path, unreadable(path, exc).message.encode(), None, 0)
            return
        number = 0
        try:
            with handle:
                for raw in handle:
                    number += 1
                    if not raw.strip():
                        continue
                    yield Task(self.name, path, raw, number, len(raw))
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            message = f"cannot read {path} after record {number}: {exc}"
            yield Task(PROBLEM, path, message.encode(), number + 1, 0)

    def load(self, task: Task) -> Iterator[Document]:
        if not task.payload:
            return
        fields = self.settings.fields
        fallback_id = str(task.record)
        try:
            record = json.loads(task.payload)
        except (ValueError, UnicodeDecodeError) as exc:
            yield problem_document(task, MALFORMED_RECORD.finding(record=task.record, error=exc), fallback_id)
            return
        if not isinstance(record, dict):
            message = f"record {task.record} is a JSON {type(record).__name__}, not an object"
            yield problem_document(task, MALFORMED_RECORD.finding_with(message), fallback_id)
            return
        raw_id = record.get(fields["id"])
        doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id
        text = record.get(fields["text"])
        if not isinstance(text, str):
            what = "has no" if text is None else f"has a non-string ({type(text).__name__})"
            problem = MISSING_TEXT_FIELD.finding(record=task.record, what=what, field=fields["text"])
            yield problem_document(task, problem, doc_id)
            return
        problems: list[Finding] = []
        text, surrogates = scrub_surrogates(text, what=f"record {task.record}'s text")
        if surrogates:
            problems.append(surrogates)
        doc_id = str(scrub_value(doc_id))
        text, limit_problem = enforce_limit(text, self.settings.max_chars)
        if limit_problem:
            problems.append(limit_problem)
        if not text.strip():
            problems.append(empty_problem("record"))
        meta: dict[str, object] = {}
        for key in ("url", "title", "date", "language"):
            value = record.get(fields[key])
            if value not in (None, ""):
                meta[key] = str(scrub_value(str(value)))
        if "date" in meta:
            meta["date_source"] = "record"
        if "language" in meta:
            meta["expected_language"] = meta.pop("language")
        ignore = record.get(fields["ignore"])
        if isinstance(ignore, str):
            ignore = [part.strip() for part in ignore.split(",") if part.strip()]
        if isinstance(ignore, list):
            meta["ignore"] = [str(scrub_value(str(code))) for code in ignore]
        yield Document(
            text=text,
            path=task.path,
            id=doc_id,
            record=task.record,
            format="markdown" if record.get("format") == "markdown" else "text",
            meta=meta,
            problems=problems,
        )


def _open(path: str, payload: bytes | None):
    import io

    if payload is not None:
        stream = io.BytesIO(payload)
        if payload[:2] == b"\x1f\x8b":
            return gzip.GzipFile(fileobj=stream)
        return stream
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")
