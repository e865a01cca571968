"""Parquet shards: rows read like JSONL records, locally, from the cache and on Dask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

NEWSLETTER = "Subscribe to our newsletter today"


def write_pair(folder: Path, rows: int = 50) -> None:
    """The same records as a Parquet file (column 'content') and as JSONL (field 'content')."""
    records = [
        {
            "doc_id": f"p{i}",
            "content": f"Row {i} text,glued here.\n{NEWSLETTER if i % 5 == 0 else f'Unique ending of row {i} alone'}\n",
            "views": i,
        }
        for i in range(rows)
    ]
    pq.write_table(pa.Table.from_pylist(records), folder / "rows.parquet", row_group_size=16)
    with (folder / "rows.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record) + "\n")


def lint(path: Path, **overrides):
    from scrapelint.api import lint_paths

    return list(lint_paths([str(path)], **overrides))


def fields() -> dict[str, str]:
    from scrapelint.io.config import DEFAULT_FIELDS

    return {**DEFAULT_FIELDS, "text": "content", "id": "doc_id"}


def comparable(findings) -> list[tuple]:
    return [(f.doc, f.record, f.code, f.start, f.end, f.message) for f in findings]


def test_parquet_rows_lint_like_the_same_jsonl_records(project):
    write_pair(project)
    parquet = lint(project / "rows.parquet", fields=fields())
    jsonl = lint(project / "rows.jsonl", fields=fields())
    assert comparable(parquet) == comparable(jsonl)
    assert sum(f.code == "ZZ001" for f in parquet) == 50
    assert sum(f.code == "ZZ003" for f in parquet) == 10
    assert {f.path for f in parquet} == {str(project / "rows.parquet")}
    assert [f.doc for f in parquet if f.code == "ZZ001"][:2] == ["p0", "p1"]


def test_a_missing_text_column_and_a_broken_file_are_reported(project):
    write_pair(project, rows=3)
    (project / "broken.parquet").write_bytes(b"PAR1 this is not parquet")
    missing = lint(project / "rows.parquet")  # default text field 'text' is not a column
    assert {f.code for f in missing} == {"SL005"}
    broken = lint(project / "broken.parquet")
    assert [f.code for f in broken] == ["SL001"]


def test_parquet_from_the_cache_and_on_dask(project):
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster
    from scrapelint.api import make_engine
    from scrapelint.distributed import DaskRun
    from scrapelint.engine.cache import ResultCache
    from scrapelint.engine.runner import Run
    from scrapelint.io.config import resolve_settings
    from scrapelint.io.sources import expand

    write_pair(project)
    settings = resolve_settings([str(project)]).with_overrides(fields=fields())
    engine = make_engine(settings)
    sources = [s for s in expand([str(project)], engine.readers, settings.exclude, settings.root)]

    def rows(run):
        return [f.to_dict() for r in run for f in r.findings] + [f.to_dict() for f in run.corpus_findings]

    local = rows(Run(engine, sources, jobs=1))
    engine.cache = ResultCache(project / "cache", engine)
    rows(Run(engine, sources, jobs=1))
    engine.cache = ResultCache(project / "cache", engine)
    assert rows(Run(engine, sources, jobs=1)) == local and engine.cache.misses == 0
    engine.cache = None
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        assert rows(DaskRun(engine, sources, client=client)) == local
