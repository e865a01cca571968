"""Fixing files and corpora: lint, apply fixes, re-lint until the text settles.

``check --fix`` rewrites text and Markdown files in place, atomically (a
temporary file in the same folder, then ``os.replace``), so an interrupted run
never leaves half a file. ``--diff`` prints what would change instead.
``scrapelint fix CORPUS.jsonl --output CLEAN.jsonl`` writes cleaned records to a
new file and leaves every other field of a record exactly as it was.
"""

from __future__ import annotations

import difflib
import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from json.decoder import JSONDecoder, scanstring
from pathlib import Path

from scrapelint.io.atomic import atomic_writer, write_atomically
from scrapelint.io.readers import Task
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.fixes import apply_fixes
from scrapelint.model.problems import MALFORMED_RECORD, MISSING_TEXT_FIELD, UNFIXABLE_RECORD

MAX_PASSES = 10
#: Readers whose files ``check --fix`` may rewrite (the text is the whole file).
FIXABLE_READERS = frozenset({"text", "markdown"})
_BOM = b"\xef\xbb\xbf"


@dataclass
class FixResult:
    """What fixing one text did: the new text, fixes applied by code, what remains."""

    original: str
    text: str
    fixed: Counter = field(default_factory=Counter)
    remaining: list[Finding] = field(default_factory=list)
    passes: int = 0
    settled: bool = True

    @property
    def changed(self) -> bool:
        return self.text != self.original


def fix_until_stable(
    text: str, lint: Callable[[str], list[Finding]], *, unsafe: bool = False, max_passes: int = MAX_PASSES
) -> FixResult:
    """Lint, apply the non-conflicting fixes, repeat until nothing changes (at most ``max_passes``)."""
    result = FixResult(text, text)
    findings = lint(text)
    for _ in range(max_passes):
        outcome = apply_fixes(result.text, findings, unsafe=unsafe)
        if outcome.text == result.text:
            break
        result.passes += 1
        result.fixed.update(f.code for f in outcome.applied)
        result.text = outcome.text
        findings = lint(result.text)
    else:
        result.settled = apply_fixes(result.text, findings, unsafe=unsafe).text == result.text
    result.remaining = findings
    return result


def document_linter(engine, template: Document) -> Callable[[str], list[Finding]]:
    """A function linting ``text`` as ``template`` was linted (same path, format, metadata)."""
    meta = dict(template.meta)

    def lint(text: str) -> list[Finding]:
        doc = replace(template, text=text, meta=dict(meta), problems=[], masked=list(template.masked))
        result, _ = engine.lint_document(doc)
        return result.findings

    return lint


# -- files ----------------------------------------------------------------


@dataclass
class FileFix:
    path: str
    result: FixResult | None
    skipped: str | None = None
    bom: bool = False

    def new_bytes(self) -> bytes:
        assert self.result is not None
        return (_BOM if self.bom else b"") + self.result.text.encode("utf-8")


def fix_file(path: str, reader: str, engine, *, unsafe: bool = False, payload: bytes | None = None) -> FileFix:
    """Fix one text or Markdown file in memory; nothing is written here."""
    if reader not in FIXABLE_READERS:
        return FileFix(path, None, f"{reader} inputs are not fixed in place (use `scrapelint fix`)")
    try:
        data = payload if payload is not None else Path(path).read_bytes()
    except OSError as exc:
        return FileFix(path, None, f"cannot read: {exc.strerror or exc}")
    try:
        text = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        return FileFix(path, None, "not valid UTF-8; left untouched")
    documents = list(engine.load(Task(reader, path, data, None, len(data))))
    if len(documents) != 1 or documents[0].text != text:
        return FileFix(path, None, "the reader changed the text; left untouched")
    result = fix_until_stable(text, document_linter(engine, documents[0]), unsafe=unsafe)
    return FileFix(path, result, bom=data.startswith(_BOM))


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass
class FixReport:
    """Totals of a ``--fix`` or ``--diff`` run."""

    files: int = 0
    changed_files: int = 0
    fixed: Counter = field(default_factory=Counter)
    #: What was fixed in each file, by rule code.
    by_file: dict[str, Counter] = field(default_factory=dict)
    unsettled: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def add(self, item: FileFix) -> None:
        if item.result is None:
            if item.skipped:
                self.skipped.append((item.path, item.skipped))
            return
        self.files += 1
        self.fixed.update(item.result.fixed)
        if item.result.fixed:
            self.by_file.setdefault(item.path, Counter()).update(item.result.fixed)
        if item.result.changed:
            self.changed_files += 1
        if not item.result.settled:
            self.unsettled.append(item.path)

    def describe(self, verb: str = "Fixed") -> str:
        total = sum(self.fixed.values())
        if not total:
            return "No fixes to apply."
        codes = ", ".join(f"{code} ×{count}" for code, count in sorted(self.fixed.items()))
        return f"{verb} {total} finding(s) in {self.changed_files} file(s): {codes}."


def fix_sources(sources, engine, *, unsafe: bool, diff: bool, write: Callable[[str], None]) -> FixReport:
    """Fix every text and Markdown source; print diffs (``diff``) or rewrite the files."""
    report = FixReport()
    for source in sources:
        if source.payload is not None and not diff:
            report.skipped.append((source.path, "standard input is not rewritten (use --diff)"))
            continue
        item = fix_file(source.path, source.reader, engine, unsafe=unsafe, payload=source.payload)
        report.add(item)
        if item.result is None or not item.result.changed:
            continue
        if diff:
            write(unified_diff(source.path, item.result.original, item.result.text))
        else:
            write_atomically(source.path, item.new_bytes())
    return report


# -- JSONL corpora ----------------------------------------------------------


def value_span(line: str, key: str) -> tuple[int, int] | None:
    """Where the value of top-level ``key`` sits in one JSON object's text (the last one wins, as in ``json.loads``)."""
    decoder = JSONDecoder()
    index = _skip_space(line, 0)
    if index >= len(line) or line[index] != "{":
        return None
    index = _skip_space(line, index + 1)
    found = None
    while index < len(line) and line[index] != "}":
        if line[index] != '"':
            return None
        name, index = scanstring(line, index + 1)
        index = _skip_space(line, index)
        if line[index : index + 1] != ":":
            return None
        start = _skip_space(line, index + 1)
        _, end = decoder.raw_decode(line, start)
        if name == key:
            found = (start, end)
        index = _skip_space(line, end)
        if line[index : index + 1] == ",":
            index = _skip_space(line, index + 1)
    return found


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def replace_field(raw: bytes, key: str, value: str) -> bytes:
    """``raw`` with only the string value of ``key`` re-encoded; every other byte kept."""
    body = raw.rstrip(b"\r\n")
    ending = raw[len(body) :]
    bom = _BOM if body.startswith(_BOM) else b""  # a BOM mid-file prefixes one record line; it is kept
    line = body[len(bom) :].decode("utf-8")
    span = value_span(line, key)
    if span is None:
        record = json.loads(line)
        record[key] = value
        return bom + json.dumps(record, ensure_ascii=False).encode("utf-8") + ending
    old = line[span[0] : span[1]]
    escaped = old.isascii() and not json.loads(old).isascii()
    encoded = json.dumps(value, ensure_ascii=escaped)
    return bom + (line[: span[0]] + encoded + line[span[1] :]).encode("utf-8") + ending


@dataclass
class CorpusFixReport:
    records: int = 0
    changed: int = 0
    fixed: Counter = field(default_factory=Counter)
    remaining: Counter = field(default_factory=Counter)
    unsettled: int = 0
    #: ``path:record: CODE message`` for each record written unchanged because it could not be fixed.
    problems: list[str] = field(default_factory=list)


#: (the record's bytes to write, what fixing did or None, why it was not fixed or None)
RecordFix = tuple[bytes, "FixResult | None", "str | None"]


def fix_record(engine, task: Task, text_field: str, unsafe: bool) -> RecordFix:
    """The record's bytes after fixing its text (unchanged bytes when nothing applies).

    A record that cannot be fixed (malformed, or anything failing on the way)
    is written unchanged, with the reason; the rest of the corpus goes on.
    """
    raw = task.payload or b""
    try:
        documents = list(engine.load(task))
        if len(documents) != 1 or not documents[0].text:
            problems = [
                p for d in documents for p in d.problems if p.code in (MALFORMED_RECORD.code, MISSING_TEXT_FIELD.code)
            ]
            return raw, None, (f"{problems[0].code} {problems[0].message}" if problems else None)
        doc = documents[0]
        result = fix_until_stable(doc.text, document_linter(engine, doc), unsafe=unsafe)
        if not result.changed:
            return raw, result, None
        return replace_field(raw, text_field, result.text), result, None
    except Exception as exc:  # one record must not cost the corpus its output
        reason = UNFIXABLE_RECORD.text(record=task.record, error=f"{type(exc).__name__}: {exc}")
        return raw, None, f"{UNFIXABLE_RECORD.code} {reason}"


def fix_corpus(input_path: str, output, engine, *, unsafe: bool = False, jobs: int = 1) -> CorpusFixReport:
    """Stream ``input_path`` record by record into ``output`` (a binary stream)."""
    text_field = engine.settings.fields["text"]
    report = CorpusFixReport()
    for number, (raw, result, problem) in enumerate(
        _map_records(engine, _all_lines(input_path), text_field, unsafe, jobs), 1
    ):
        output.write(raw)
        if problem is not None:
            report.problems.append(f"{input_path}:{number}: {problem}; written unchanged")
        if result is None:
            continue
        report.records += 1
        report.changed += result.changed
        report.fixed.update(result.fixed)
        report.remaining.update(f.code for f in result.remaining)
        report.unsettled += not result.settled
    return report


def _all_lines(path: str) -> Iterator[Task]:
    """Every line as a task, blank ones included, so the output keeps the input's shape."""
    from scrapelint.io.readers.jsonl import _open

    with _open(path, None) as handle:
        for number, raw in enumerate(handle, 1):
            yield Task("jsonl", path, raw, number, len(raw))


_WORKER = None


def _init(engine, text_field: str, unsafe: bool) -> None:
    global _WORKER
    _WORKER = (engine, text_field, unsafe)


def _fix_batch(tasks: list[Task]) -> list[RecordFix]:
    assert _WORKER is not None
    engine, text_field, unsafe = _WORKER
    return [_fix_one(engine, task, text_field, unsafe) for task in tasks]


def _fix_one(engine, task: Task, text_field: str, unsafe: bool) -> RecordFix:
    if not (task.payload or b"").strip():
        return task.payload or b"", None, None
    return fix_record(engine, task, text_field, unsafe)


def _map_records(engine, tasks: Iterator[Task], text_field: str, unsafe: bool, jobs: int):
    """Fixed records in input order; a process pool with a bounded window when ``jobs`` > 1."""
    if jobs <= 1:
        for task in tasks:
            yield _fix_one(engine, task, text_field, unsafe)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from scrapelint.engine.runner import chunks

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init, initargs=(engine, text_field, unsafe)
    ) as pool:
        pending = []
        for batch in chunks(tasks):
            pending.append(pool.submit(_fix_batch, batch))
            if len(pending) >= jobs * 2:
                yield from pending.pop(0).result()
        while pending:
            yield from pending.pop(0).result()


def fix_to_file(source: str, reader: str, output: str, engine, *, unsafe: bool = False, jobs: int = 1) -> str:
    """``scrapelint fix``: write the fixed copy of ``source`` to ``output`` atomically; a one-line report."""
    with atomic_writer(output) as raw:
        if output.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as stream:
                message = _fix_into(source, reader, stream, engine, unsafe, jobs)
        else:
            message = _fix_into(source, reader, raw, engine, unsafe, jobs)
    return message


def _fix_into(source: str, reader: str, stream, engine, unsafe: bool, jobs: int) -> str:
    if reader == "jsonl":
        report = fix_corpus(source, stream, engine, unsafe=unsafe, jobs=jobs)
        fixed = sum(report.fixed.values())
        codes = ", ".join(f"{code} ×{count}" for code, count in sorted(report.fixed.items())) or "none"
        remaining = sum(report.remaining.values())
        return "".join(f"{problem}\n" for problem in report.problems) + (
            f"{report.records} record(s), {report.changed} changed; {fixed} fix(es) applied ({codes}); "
            f"{remaining} finding(s) remain."
        )
    item = fix_file(source, reader, engine, unsafe=unsafe)
    if item.result is None:
        stream.write(Path(source).read_bytes())
        return f"{source} copied unchanged: {item.skipped}"
    stream.write(item.new_bytes())
    report = FixReport()
    report.add(item)
    return f"{report.describe()} {len(item.result.remaining)} finding(s) remain."
