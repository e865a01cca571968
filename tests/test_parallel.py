"""The process pool: same findings, same order, corpus rules merged across workers."""

from __future__ import annotations

import json
from pathlib import Path

import scrapelint.engine.runner

from tests.conftest import run_check


def make_corpus(folder: Path, documents: int = 200) -> None:
    with (folder / "shard.jsonl").open("w", encoding="utf-8") as out:
        for i in range(documents):
            footer = "Subscribe to our newsletter today" if i % 3 == 0 else f"Unique closing line number {i}"
            text = f"Story {i} begins,here.\nA body line that is specific to story {i}.\n{footer}\n"
            out.write(json.dumps({"id": f"s{i}", "text": text}) + "\n")
    for i in range(5):
        (folder / f"page{i}.txt").write_text(f"Page {i} text,glued.\nSubscribe to our newsletter today\n")


def test_jobs_two_equals_jobs_one_including_corpus_rules(project, monkeypatch):
    make_corpus(project)
    one = run_check(project, "--format", "jsonl", "--jobs", "1")
    two = run_check(project, "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 1, one.stderr + two.stderr
    assert one.stdout == two.stdout
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    repeated = [r for r in rows if r["code"] == "ZZ003" and r["snippet"] == "Subscribe to our newsletter today"]
    assert len(repeated) == 67 + 5  # every third record and every page
    assert {r["path"] for r in repeated} == {"shard.jsonl"} | {f"page{i}.txt" for i in range(5)}
    assert sum(r["code"] == "ZZ001" for r in rows) == 205


def test_pool_really_runs_in_several_chunks(project, monkeypatch):
    """With small chunks the run takes the parallel path and still keeps input order."""
    from scrapelint.api import lint_paths

    make_corpus(project, documents=120)
    monkeypatch.setattr(scrapelint.engine.runner, "CHUNK_TASKS", 7)
    monkeypatch.chdir(project)
    serial = list(lint_paths(["."], jobs=1))
    parallel = list(lint_paths(["."], jobs=2))
    assert [f.to_dict() for f in serial] == [f.to_dict() for f in parallel]
    records = [f.record for f in parallel if f.code == "ZZ001" and f.record is not None]
    assert records == sorted(records)


def test_chunks_are_cut_by_bytes_not_by_record_count(monkeypatch):
    from scrapelint.io.readers import Task

    monkeypatch.setattr(scrapelint.engine.runner, "CHUNK_BYTES", 1000)
    tasks = [Task("jsonl", "a.jsonl", b"x", n, 300 if n % 2 else 10) for n in range(40)]
    batches = list(scrapelint.engine.runner.chunks(tasks))
    assert [task for batch in batches for task in batch] == tasks
    assert all(sum(t.size for t in batch) >= 1000 for batch in batches[:-1])
    assert all(sum(t.size for t in batch[:-1]) < 1000 for batch in batches)
    assert [len(batch) for batch in batches] == [8] * 5  # 10 + 300 bytes a pair: 1,240 bytes per chunk


def test_jsonl_pre_serialised_in_workers_equals_plain_formatting(project, monkeypatch):
    """The lines a worker writes equal the formatter's own, and the summary still counts every finding."""
    from scrapelint.api import make_engine
    from scrapelint.engine.runner import compact
    from scrapelint.io.config import resolve_settings
    from scrapelint.io.sources import Source
    from scrapelint.model.results import ChunkResult
    from scrapelint.report.formatters.json import JsonlFormatter

    make_corpus(project)
    engine = make_engine(resolve_settings([str(project)]))
    tasks = list(engine.tasks([Source(str(project / "shard.jsonl"), "jsonl")]))
    plain = engine.lint_chunk(tasks)
    expected = [
        "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in d.findings) for d in plain.documents
    ]
    codes = [[(f.code, f.severity, f.line) for f in d.findings] for d in plain.documents]
    packed = compact(engine.lint_chunk(tasks), JsonlFormatter.prerender)
    assert isinstance(packed, ChunkResult)
    assert [d.rendered for d in packed.documents] == expected
    assert [[(f.code, f.severity, f.line) for f in d.findings] for d in packed.documents] == codes
    assert all(f.snippet == f.source_line == "" for d in packed.documents for f in d.findings)
