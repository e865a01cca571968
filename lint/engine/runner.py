"""The runner: tasks to documents to located, folded, filtered findings; in parallel.

The main process cuts inputs into tasks and keeps a bounded number of chunks
in flight, so memory stays flat however large the corpus; results come back
in input order, so output is deterministic whatever ``--jobs`` is.
"""

from __future__ import annotations

import functools
import os
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from scrapelint.engine.folding import fold
from scrapelint.engine.selection import RuleSpec, ignored_for_path, is_ignored
from scrapelint.engine.suppression import SuppressionFilter
from scrapelint.io.config import Settings
from scrapelint.io.readers import PROBLEM, Reader, ReaderSettings, Task, problem_document
from scrapelint.io.sources import Source
from scrapelint.model.document import Document, snippet
from scrapelint.model.family import Family, weights
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.problems import FAMILY as SL_FAMILY
from scrapelint.model.problems import RULE_CRASHED, UNREADABLE_INPUT, problem_name
from scrapelint.model.results import ChunkResult, DocResult
from scrapelint.model.rule import CorpusRule, Rule

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Chunks are cut by input bytes: large enough that a chunk's fixed cost (pickling, a future,
#: well under a millisecond) is noise, small enough (two or three whole pages) that workers end
#: together: on 100 real pages, two workers' CPU times came within 2% of each other (10% apart
#: with 128 kB chunks, 64/36 documents with the former 32-record chunks). The task count only
#: caps chunks of many tiny records.
CHUNK_BYTES = 32_000
CHUNK_TASKS = 2_000
#: Chunks in flight per worker: enough to keep every worker busy, few enough that memory stays flat.
IN_FLIGHT = 4


class Engine:
    """Selected rules plus readers; one per process, built once."""

    def __init__(
        self,
        specs: list[RuleSpec],
        readers: dict[str, type[Reader]],
        settings: Settings,
        families: Mapping[str, Family] | None = None,
    ) -> None:
        self.settings = settings
        #: Score weight per family prefix, from the families the plugins declared.
        self.weights: dict[str, float] = weights((families or {}).values())
        self.specs = specs
        self.rules: list[tuple[Rule, Severity]] = [(spec.instantiate(), spec.severity) for spec in specs]
        self.document_rules = [(r, s) for r, s in self.rules if not r.is_corpus_rule()]
        self.corpus_rules: list[tuple[CorpusRule, Severity]] = [(r, s) for r, s in self.rules if r.is_corpus_rule()]  # type: ignore[misc]
        self.reader_settings = ReaderSettings(
            fields=dict(settings.fields), html_mode=settings.html_mode, max_chars=settings.max_chars
        )
        self.readers = {name: cls(self.reader_settings) for name, cls in readers.items()}
        self.names = {spec.rule.code: spec.rule.name for spec in specs}
        self.folding_codes = frozenset(spec.rule.code for spec in specs if spec.rule.folds)
        self.post_filters: list[Callable[[Document, list[Finding]], list[Finding]]] = [
            SuppressionFilter(settings.warn_unused_suppressions, self.names)
        ]
        #: Filters over the corpus rules' findings (e.g. the baseline), applied after ``finalize``.
        self.corpus_filters: list[Callable[[list[Finding]], list[Finding]]] = []
        #: A ``scrapelint.engine.cache.ResultCache`` to read and store results per input, or None.
        self.cache: Any = None

    # -- one document -----------------------------------------------------

    def prepare(self, doc: Document) -> None:
        """Give a document the run's settings (expected language, as-of date, stats wanted)."""
        doc.meta["document_stats"] = self.settings.document_stats
        if self.settings.as_of is not None:
            doc.meta["as_of"] = self.settings.as_of
        if self.settings.language and "expected_language" not in doc.meta:
            doc.meta["expected_language"] = self.settings.language

    def lint_document(self, doc: Document) -> tuple[DocResult, dict[str, Any]]:
        _scrub(doc)
        self.prepare(doc)
        findings: list[Finding] = list(doc.problems)
        partials: dict[str, Any] = {}
        if doc.text:
            for rule, severity in self.document_rules:
                findings.extend(self._run_rule(rule, severity, doc))
            for rule, _severity in self.corpus_rules:
                try:
                    partials[rule.code] = rule.collect(doc)
                except Exception as exc:
                    findings.append(_crash(rule, doc, exc))
        located = [self.locate(doc, f) for f in findings]
        located = fold(located, self.folding_codes)
        located = self.filter(doc, located)
        located.sort(key=lambda f: f.sort_key)
        return DocResult(
            doc.path, _doc_id(doc), doc.record, located, document_stats(doc, located, self.weights)
        ), partials

    def _run_rule(self, rule: Rule, severity: Severity, doc: Document) -> list[Finding]:
        try:
            produced = list(rule.check(doc))
        except Exception as exc:
            return [_crash(rule, doc, exc)]
        for finding in produced:
            if finding.severity == rule.severity:
                finding.severity = severity
        return produced

    def locate(self, doc: Document, finding: Finding) -> Finding:
        size = len(doc.text)
        start = max(0, min(finding.start, size))
        end = max(start, min(finding.end, size))
        finding.start, finding.end = start, end
        finding.path = doc.path
        finding.doc = _doc_id(doc)
        finding.record = doc.record
        finding.line, finding.column = doc.position(start)
        finding.end_line, finding.end_column = doc.position(end)
        finding.family = finding.code[:2]
        finding.name = finding.name or self.names.get(finding.code) or problem_name(finding.code)
        finding.snippet = snippet(doc, start, end)
        line = doc.lines[finding.line - 1]
        finding.source_line = doc.text[line.start : min(line.end, line.start + 1000)]
        return finding

    def filter(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        selectors = ignored_for_path(doc.path, self.settings.per_file_ignores) if self.settings.per_file_ignores else []
        if selectors:
            findings = [
                f for f in findings if f.family == SL_FAMILY.prefix or not is_ignored(f.code, f.name, selectors)
            ]
        for post_filter in self.post_filters:
            findings = post_filter(doc, findings)
        return findings

    # -- tasks and chunks -------------------------------------------------

    def load(self, task: Task) -> Iterator[Document]:
        if task.reader == PROBLEM:
            message = (task.payload or b"").decode("utf-8", "replace")
            yield problem_document(task, UNREADABLE_INPUT.finding_with(message))
            return
        reader = self.readers[task.reader]
        try:
            yield from reader.load(task)
        except Exception as exc:
            message = f"reader {task.reader!r} failed on this input: {type(exc).__name__}: {exc}"
            yield problem_document(task, UNREADABLE_INPUT.finding_with(message))

    def lint_chunk(self, tasks: list[Task], use_cache: bool = True) -> ChunkResult:
        if use_cache and self.cache is not None:
            return self.cache.lint_chunk(self, tasks)
        documents: list[DocResult] = []
        merged: dict[str, Any] = {}
        for task in tasks:
            for doc in self.load(task):
                result, partials = self.lint_document(doc)
                documents.append(result)
                self.merge_partials(merged, partials)
        return ChunkResult(documents, merged)

    def merge_partials(self, into: dict[str, Any], partials: dict[str, Any]) -> None:
        """Fold one document's (or chunk's) corpus partials into ``into``, rule by rule."""
        for rule, _ in self.corpus_rules:
            if rule.code in partials:
                current = into.get(rule.code)
                into[rule.code] = partials[rule.code] if current is None else rule.merge(current, partials[rule.code])

    def finalize(self, partials: dict[str, Any]) -> list[Finding]:
        """Corpus findings, after every document was collected."""
        findings: list[Finding] = []
        for rule, severity in self.corpus_rules:
            partial = partials.get(rule.code, rule.empty())
            try:
                produced = list(rule.finalize(partial))
            except Exception as exc:
                produced = [_corpus_crash(rule, exc)]
            for finding in produced:
                if finding.severity == rule.severity:
                    finding.severity = severity
                finding.family = finding.code[:2]
                finding.name = finding.name or rule.name
                ignored = ignored_for_path(finding.path, self.settings.per_file_ignores) if finding.path else []
                if not is_ignored(finding.code, finding.name, ignored):
                    findings.append(finding)
        findings.sort(key=lambda f: (f.path, f.record or 0, f.start, f.code))
        for corpus_filter in self.corpus_filters:
            findings = corpus_filter(findings)
        return findings

    def tasks(self, sources: Iterable[Source | str]) -> Iterator[Task]:
        for source in sources:
            if isinstance(source, str):
                yield Task(PROBLEM, source.split(":", 1)[0], source.encode(), None, 0)
                continue
            reader = self.readers.get(source.reader) or self.readers["text"]
            yield from reader.tasks(source.path, source.payload)


def _doc_id(doc: Document) -> str | None:
    if doc.id is not None:
        return doc.id
    return str(doc.record) if doc.record is not None else None


def _scrub(doc: Document) -> None:
    """Lone surrogates out of a document that no reader cleaned (the API, a plugin's reader):
    no report writer can encode one."""
    from scrapelint.io.decoding import scrub_surrogates, scrub_value

    text, problem = scrub_surrogates(doc.text)
    if problem is not None:
        doc.text = text
        for name, value in vars(type(doc)).items():  # views computed from the old text
            if isinstance(value, functools.cached_property):
                doc.__dict__.pop(name, None)
        doc.problems = [*doc.problems, problem]
    if doc.id is not None:
        doc.id = str(scrub_value(doc.id))
    doc.path = str(scrub_value(doc.path))
    for key, value in list(doc.meta.items()):
        doc.meta[key] = scrub_value(value)


def _crash(rule: Rule, doc: Document, exc: Exception) -> Finding:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    location = f"{os.path.basename(where.filename)}:{where.lineno}"
    return RULE_CRASHED.finding(code=rule.code, name=rule.name, error=f"{type(exc).__name__}: {exc}", where=location)


def _corpus_crash(rule: Rule, exc: Exception) -> Finding:
    message = f"corpus rule {rule.code} ({rule.name}) crashed while finishing: {type(exc).__name__}: {exc}"
    return RULE_CRASHED.finding_with(message, path="-")


def document_stats(
    doc: Document, findings: list[Finding], weights: Mapping[str, float] | None = None
) -> dict[str, Any]:
    from scrapelint.engine.score import score_document

    by_family: dict[str, int] = {}
    for finding in findings:
        by_family[finding.family] = by_family.get(finding.family, 0) + 1
    words = doc.word_count if doc.text else 0
    date = doc.publication_date if doc.text else None
    stats: dict[str, Any] = {
        "words": words,
        "characters": len(doc.text),
        "language": doc.meta.get("language"),
        "language_probability": doc.meta.get("language_probability"),
        "language_method": doc.meta.get("language_method"),
        "date": date.isoformat() if date else None,
        "date_source": doc.meta.get("date_source_used") if date else None,
        "title": doc.meta.get("title"),
        "url": doc.meta.get("url"),
        "counts": dict(sorted(by_family.items())),
    }
    stats.update({k: v for k, v in doc.meta.get("stats", {}).items()})
    stats["score"] = score_document(words, findings, weights)
    return stats


# -- the parallel driver --------------------------------------------------

_WORKER_ENGINE: Engine | None = None


_WORKER_RENDER: Callable[[list[Finding]], str | None] | None = None


def _init_worker(engine: Engine, render: Callable[[list[Finding]], str | None] | None = None) -> None:
    global _WORKER_ENGINE, _WORKER_RENDER
    _WORKER_ENGINE = engine
    _WORKER_RENDER = render


def _work(tasks: list[Task]) -> ChunkResult:
    assert _WORKER_ENGINE is not None
    return compact(_WORKER_ENGINE.lint_chunk(tasks), _WORKER_RENDER)


def compact(chunk: ChunkResult, render: Callable[[list[Finding]], str | None] | None) -> ChunkResult:
    """Pre-serialise each document's findings with ``render`` and drop the text only it needed.

    What stays on a finding is what the summary and the exit code read (code, name, family,
    severity, fix, position); snippet, source line, message and extras travel inside
    ``rendered``. Without ``render`` the chunk is returned as it is.
    """
    if render is None:
        return chunk
    for document in chunk.documents:
        rendered = render(document.findings)
        if rendered is None:
            continue
        document.rendered = rendered
        for finding in document.findings:
            finding.snippet = finding.source_line = finding.message = ""
            finding.extra = {}
    return chunk


def chunks(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    batch: list[Task] = []
    size = 0
    for task in tasks:
        batch.append(task)
        size += task.size
        if len(batch) >= CHUNK_TASKS or size >= CHUNK_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class Run:
    """Iterate to get per-document results in input order; then read ``corpus_findings``."""

    def __init__(self, engine: Engine, sources: Iterable[Source | str], jobs: int = 0) -> None:
        self.engine = engine
        self.sources = sources
        self.jobs = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
        self.partials: dict[str, Any] = {}
        self.corpus_findings: list[Finding] = []
        self.progress: Callable[[int, int], None] | None = None
        #: Pre-serialises a document's findings in the worker (``Formatter.prerender``), or None.
        self.render: Callable[[list[Finding]], str | None] | None = None
        self._documents = 0
        self._bytes = 0

    def __iter__(self) -> Iterator[DocResult]:
        chunker = self.engine.cache.chunks if self.engine.cache is not None else chunks
        batches = chunker(self.engine.tasks(self.sources))
        first = next(batches, None)
        second = next(batches, None) if first is not None else None
        if first is None:
            results: Iterator[ChunkResult] = iter(())
        elif second is None or self.jobs == 1:
            results = (compact(self.engine.lint_chunk(b), self.render) for b in _chain(first, second, batches))
        else:
            results = self._parallel(_chain(first, second, batches))
        for chunk in results:
            self.engine.merge_partials(self.partials, chunk.partials)
            for document in chunk.documents:
                self._documents += 1
                self._bytes += document.stats.get("characters", 0)
                yield document
            if self.progress:
                self.progress(self._documents, self._bytes)
        self.corpus_findings = self.engine.finalize(self.partials)

    def _parallel(self, batches: Iterator[list[Task]]) -> Iterator[ChunkResult]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        for rule, _ in self.engine.rules:
            rule.prepare_for_workers()
        window = self.jobs * IN_FLIGHT
        with ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_init_worker, initargs=(self.engine, self.render)
        ) as pool:
            pending: list[Future] = []
            for batch in batches:
                pending.append(pool.submit(_work, batch))
                if len(pending) >= window:
                    yield pending.pop(0).result()
            while pending:
                yield pending.pop(0).result()


def _chain(first, second, rest):
    yield first
    if second is not None:
        yield second
    yield from rest
