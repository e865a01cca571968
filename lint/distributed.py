"""Linting on a Dask cluster: the CLI's ``--engine dask`` and an API for Dask pipelines.

Dask is an optional extra (``pip install 'scrapelint[dask]'``) and is imported
only here, only when asked for.

The shape is the one corpus rules were designed for: every partition runs the
per-document rules and ``collect``; the partials are merged in a tree
(``Bag.reduction`` with each rule's associative ``merge``); ``finalize`` runs
once, on the client. Workers rebuild the engine from the run's settings (a
plain, picklable value) rather than receiving rule objects, so rules from
installed packages and from plugin files on a shared path work alike.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapelint.engine.runner import Engine
from scrapelint.io.config import Settings
from scrapelint.io.readers import Reader, Task
from scrapelint.io.sources import Source
from scrapelint.model.finding import Finding
from scrapelint.model.results import ChunkResult, DocResult

if TYPE_CHECKING:
    import dask.bag

EXTRA_HINT = "the dask engine needs the 'dask' extra: pip install 'scrapelint[dask]'"
#: Single-document files (text, Markdown, HTML) travel in partitions of this many files.
FILES_PER_PARTITION = 32
#: How many partials one merge task combines in the tree reduction.
SPLIT_EVERY = 8


def missing_dask_message() -> str | None:
    """None when dask.distributed imports, else a message that names the extra."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        return f"{EXTRA_HINT} ({exc})"
    return None


# -- the engine on a worker -------------------------------------------------------------

_ENGINES: dict[bytes, Engine] = {}


def engine_for(settings: Settings) -> Engine:
    """The engine for these settings, built once per worker process."""
    key = hashlib.blake2b(pickle.dumps(settings), digest_size=16).digest()
    engine = _ENGINES.get(key)
    if engine is None:
        from scrapelint.api import make_engine

        engine = _ENGINES[key] = make_engine(settings)
    return engine


def lint_partition(sources: list[Source], settings: Settings, cwd: str) -> ChunkResult:
    """Lint whole inputs (a JSONL shard, or a group of files) where they are readable.

    Paths are reported as the user gave them; relative ones are read from the
    client's working folder, which workers see on a shared filesystem.
    """
    engine = engine_for(settings)
    relative = any(not os.path.isabs(source.path) for source in sources)
    folder = contextlib.chdir(cwd) if relative and os.path.isdir(cwd) else contextlib.nullcontext()
    with folder:
        return engine.lint_chunk(engine.tasks(sources), use_cache=False)


def partials_of(result: ChunkResult) -> dict[str, Any]:
    return result.partials


def merge_all(settings: Settings, partials: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Merge any number of partial tables, rule by rule (a node of the reduction tree)."""
    from scrapelint.engine.cache import merge_partials

    engine = engine_for(settings)
    merged: dict[str, Any] = {}
    for table in partials:
        merge_partials(engine, merged, table)
    return merged


# -- partitions -------------------------------------------------------------------------


def plan_partitions(sources: Iterable[Source], readers: dict[str, Any]) -> list[list[Source]]:
    """One partition per corpus shard; other files grouped, input order kept."""
    partitions: list[list[Source]] = []
    files: list[Source] = []
    for source in sources:
        reader = readers.get(source.reader)
        if reader is not None and type(reader).tasks is not Reader.tasks:  # a corpus shard
            if files:
                partitions.append(files)
                files = []
            partitions.append([source])
            continue
        files.append(source)
        if len(files) >= FILES_PER_PARTITION:
            partitions.append(files)
            files = []
    if files:
        partitions.append(files)
    return partitions


# -- the cluster ------------------------------------------------------------------------


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A client of the given scheduler, or of a local cluster of one process per core."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


class DaskRun:
    """Like ``scrapelint.engine.runner.Run``: per-document results in input order, then ``corpus_findings``."""

    def __init__(
        self,
        engine: Engine,
        sources: Iterable[Source | str],
        scheduler: str | None = None,
        workers: int | None = None,
        client: Any = None,
    ) -> None:
        self.engine = engine
        self.sources = [s for s in sources if isinstance(s, Source)]
        self.scheduler = scheduler
        self.workers = workers
        self.client = client
        self.corpus_findings: list[Finding] = []
        self.progress: Any = None

    def __iter__(self) -> Iterator[DocResult]:
        if self.client is not None:
            yield from self._run(self.client)
            return
        with connect(self.scheduler, self.workers) as client:
            yield from self._run(client)

    def _run(self, client: Any) -> Iterator[DocResult]:
        import dask.bag as db

        partitions = plan_partitions(self.sources, self.engine.readers)
        if not partitions:
            self.corpus_findings = self.engine.finalize({})
            return
        settings = self.engine.settings
        linted = db.from_sequence(partitions, npartitions=len(partitions)).map(lint_partition, settings, os.getcwd())
        merge = functools.partial(merge_all, settings)
        corpus = linted.map(partials_of).reduction(merge, merge, split_every=SPLIT_EVERY)
        # One graph for both, so every partition is linted once and feeds both outputs.
        pieces = linted.to_delayed(optimize_graph=False)
        futures = client.compute([*pieces, corpus], optimize_graph=False)
        corpus_future = futures.pop()
        documents = characters = 0
        for future in futures:
            for chunk in future.result():
                for document in chunk.documents:
                    documents += 1
                    characters += document.stats.get("characters", 0)
                    yield document
            future.release()
            if self.progress:
                self.progress(documents, characters)
        self.corpus_findings = self.engine.finalize(corpus_future.result())


# -- the API for pipelines that already hold documents in Dask ---------------------------


@dataclass
class BagLint:
    """Lazy results of :func:`lint_bag`; compute them together to lint once.

    ``documents``: one dict per document (``path``, ``doc``, ``record``,
    ``score``, ``words``, ``language``, ``counts``, ``findings``);
    ``findings``: every per-document finding as a dict (the ``--format jsonl`` keys);
    ``corpus_findings``: a Dask item, the corpus rules' findings.
    """

    documents: dask.bag.Bag
    findings: dask.bag.Bag
    corpus_findings: Any


def _document(item: Any, task: Task, engine: Engine):
    from scrapelint.model.document import Document

    if isinstance(item, Document):
        return [item]
    record = {engine.settings.fields["text"]: item} if isinstance(item, str) else item
    payload = json.dumps(record, default=str).encode("utf-8")
    return list(engine.load(Task("jsonl", task.path, payload, task.record, len(payload))))


def lint_records(settings: Settings, records: Iterable[Any], name: str) -> list[tuple[dict[str, Any], dict]]:
    """Lint one partition of records (dicts with the configured fields, strings, or Documents)."""
    engine = engine_for(settings)
    out = []
    for number, item in enumerate(records, 1):
        for doc in _document(item, Task("jsonl", name, None, number), engine):
            result, partials = engine.lint_document(doc)
            out.append((document_row(result), partials))
    return out


def document_row(result: DocResult) -> dict[str, Any]:
    stats = result.stats
    return {
        "path": result.path,
        "doc": result.doc,
        "record": result.record,
        "score": stats.get("score"),
        "words": stats.get("words", 0),
        "language": stats.get("language"),
        "counts": stats.get("counts", {}),
        "findings": [f.to_dict() for f in result.findings],
    }


def _finalize(settings: Settings, partials: dict[str, Any]) -> list[dict[str, Any]]:
    return [f.to_dict() for f in engine_for(settings).finalize(partials)]


def lint_bag(
    bag: dask.bag.Bag, *, settings: Settings | None = None, name: str = "partition", **overrides: Any
) -> BagLint:
    """Lint a Dask bag of records without leaving Dask.

    Records are dicts with the configured fields (``text``, ``id``, ``url``,
    ``title``, ``date``...), plain strings, or :class:`scrapelint.Document`.
    ``overrides`` are Settings fields (``select=["SP"]``). A document's
    ``path`` is ``<name>-<partition>`` and its ``record`` its 1-based position
    in the partition. Filter by score without leaving Dask::

        linted = lint_bag(bag)
        kept = linted.documents.filter(lambda d: d["score"] >= 80)
    """
    import dask
    import dask.bag as db

    config = (settings or Settings()).with_overrides(**overrides)
    parts = bag.to_delayed(optimize_graph=False)
    linted = db.from_delayed(
        [dask.delayed(lint_records, pure=True)(config, part, f"{name}-{index:05d}") for index, part in enumerate(parts)]
    )
    documents = linted.pluck(0)
    merge = functools.partial(merge_all, config)
    partials = linted.pluck(1).reduction(merge, merge, split_every=SPLIT_EVERY)
    corpus = partials.apply(functools.partial(_finalize, config))
    return BagLint(documents, documents.pluck("findings").flatten(), corpus)


def score_dataframe(df: Any, *, text_column: str = "text", settings: Settings | None = None, **overrides: Any) -> Any:
    """The dataframe with ``scrapelint_score``, ``scrapelint_words`` and ``scrapelint_findings`` columns.

    ``df`` is a Dask DataFrame with the text in ``text_column`` (other configured
    fields, such as ``id``, ``url`` or ``date``, are used when present).
    """
    config = (settings or Settings()).with_overrides(**overrides)
    if text_column != config.fields["text"]:
        config = config.with_overrides(fields={**config.fields, "text": text_column})
    meta = df._meta.assign(scrapelint_score=0.0, scrapelint_words=0, scrapelint_findings=0)
    return df.map_partitions(_score_frame, config, meta=meta)


def _score_frame(frame: Any, settings: Settings) -> Any:
    rows = lint_records(settings, frame.to_dict(orient="records"), "frame")
    documents = [row for row, _ in rows]
    return frame.assign(
        scrapelint_score=[float(d["score"]) for d in documents],
        scrapelint_words=[int(d["words"]) for d in documents],
        scrapelint_findings=[len(d["findings"]) for d in documents],
    )
