"""The Dask engine: same findings as a local run, retried partitions, the API, lazy import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DEMO_PLUGIN, ROOT

#: Subprocesses import this checkout, whatever is installed.
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

NEWSLETTER = "Subscribe to our newsletter today"

#: A rule that kills its worker process the first time it sees KILL-ONCE (a marker file
#: remembers), and notes every document it checks, so the test can see retries and duplicates.
KILLER = '''
import os, signal
from scrapelint import Option, Rule, hookimpl


class KillsItsWorker(Rule):
    """Kills the process it runs in, once."""

    code = "ZK001"
    name = "kills-its-worker"
    options = {"marker": Option("", "file that says the kill happened"), "log": Option("", "folder for check logs")}

    def check(self, doc):
        if self.config["log"]:
            with open(os.path.join(self.config["log"], f"{os.getpid()}.log"), "a") as log:
                log.write(f"{doc.path}#{doc.record}\\n")
        if "KILL-ONCE" in doc.text:
            try:
                os.close(os.open(self.config["marker"], os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return
            os.kill(os.getpid(), signal.SIGKILL)
        return
        yield


@hookimpl
def scrapelint_rules():
    return [KillsItsWorker]
'''


def make_corpus(folder: Path, shards: int = 3, records: int = 40) -> None:
    for shard in range(shards):
        with (folder / f"shard{shard}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(records):
                footer = NEWSLETTER if i % 4 == 0 else f"Closing line of story {shard}-{i} only"
                text = f"Story {shard}-{i} opens,glued.\nHOME\nMENU\nBody text of {shard}-{i}.\n{footer}\n"
                if shard == 1 and i == 7:
                    text += "KILL-ONCE\n"
                out.write(json.dumps({"id": f"s{shard}-{i}", "text": text}) + "\n")
    for i in range(3):
        (folder / f"page{i}.txt").write_text(f"Page {i} text,glued.\n{NEWSLETTER}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("distributed")
    import dask
    from distributed import Client, LocalCluster

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 2}),  # a partition may be retried twice
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local,
        Client(local) as client,
    ):
        yield client


@pytest.fixture
def killer_project(tmp_path: Path) -> Path:
    (tmp_path / "killer.py").write_text(KILLER, encoding="utf-8")
    (tmp_path / "logs").mkdir()
    (tmp_path / "scrapelint.toml").write_text(
        f'plugins = ["{DEMO_PLUGIN.as_posix()}", "killer.py"]\n'
        'select = ["ZZ", "ZY", "ZK"]\n'
        f'[rules.ZK001]\nmarker = "{(tmp_path / "killed").as_posix()}"\nlog = "{(tmp_path / "logs").as_posix()}"\n',
        encoding="utf-8",
    )
    make_corpus(tmp_path)
    return tmp_path


def findings_of(run) -> list[dict]:
    rows = [f.to_dict() for result in run for f in result.findings]
    return rows + [f.to_dict() for f in run.corpus_findings]


def local_and_dask(folder: Path, client):
    from scrapelint.api import make_engine
    from scrapelint.distributed import DaskRun
    from scrapelint.engine.runner import Run
    from scrapelint.io.config import resolve_settings
    from scrapelint.io.sources import expand

    settings = resolve_settings([str(folder)], allow_local_plugins=True)
    engine = make_engine(settings)
    sources = list(expand([str(folder)], engine.readers, settings.exclude, settings.root))
    dask_rows = findings_of(DaskRun(engine, sources, client=client))
    local_rows = findings_of(Run(engine, sources, jobs=2))
    return local_rows, dask_rows


def check_log(folder: Path) -> list[str]:
    return [line for log in sorted((folder / "logs").glob("*.log")) for line in log.read_text().splitlines()]


@pytest.mark.slow
def test_dask_findings_equal_a_local_jobs_run_including_the_corpus_rule(killer_project, cluster):
    (killer_project / "killed").touch()  # no kill in this test
    local, distributed = local_and_dask(killer_project, cluster)
    assert distributed == local
    repeated = [r for r in distributed if r["code"] == "ZZ003" and r["snippet"] == NEWSLETTER]
    assert len(repeated) == 3 * 10 + 3
    assert sum(r["code"] == "ZZ004" for r in distributed) == 3 * 40
    assert sum(r["code"] == "ZZ001" for r in distributed) == 3 * 40 + 3
    # every document checked exactly once by each engine: no partition linted twice
    lines = check_log(killer_project)
    assert len(lines) == 2 * (3 * 40 + 3)
    assert len(set(lines)) == 3 * 40 + 3


@pytest.mark.slow
def test_a_worker_that_dies_mid_run_loses_and_duplicates_nothing(killer_project, cluster):
    from scrapelint.api import make_engine
    from scrapelint.distributed import DaskRun
    from scrapelint.engine.runner import Run
    from scrapelint.io.config import resolve_settings
    from scrapelint.io.sources import expand

    settings = resolve_settings([str(killer_project)], allow_local_plugins=True)
    engine = make_engine(settings)
    sources = list(expand([str(killer_project)], engine.readers, settings.exclude, settings.root))
    distributed = findings_of(DaskRun(engine, sources, client=cluster))
    assert (killer_project / "killed").exists(), "the worker was never killed"
    killed_shard_checks = [line for line in check_log(killer_project) if "shard1.jsonl#8" in line]
    assert len(killed_shard_checks) == 2, "the partition was not retried"
    local = findings_of(Run(engine, sources, jobs=2))
    assert distributed == local
    assert len({json.dumps(r, sort_keys=True) for r in distributed}) == len(distributed)


@pytest.mark.slow
def test_cli_engine_dask_on_an_existing_scheduler_writes_what_a_local_run_writes(killer_project, cluster):
    (killer_project / "killed").touch()
    address = cluster.scheduler.address
    common = [sys.executable, "-m", "scrapelint", "check", ".", "--format", "jsonl", "--no-cache"]
    local = subprocess.run(
        [*common, "--jobs", "2"], cwd=killer_project, capture_output=True, text=True, check=False, env=ENV
    )
    remote = subprocess.run(
        [*common, "--engine", "dask", "--scheduler", address],
        cwd=killer_project,
        capture_output=True,
        text=True,
        check=False,
        env=ENV,
    )
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert remote.stdout == local.stdout
    assert remote.stdout.count('"ZZ003"') == 33


@pytest.mark.slow
def test_cli_engine_dask_without_an_address_starts_a_local_cluster(killer_project):
    pytest.importorskip("distributed")
    (killer_project / "killed").touch()
    (killer_project / "extra").mkdir()
    (killer_project / "extra" / "note.md").write_text(f"# A note,glued\n\n{NEWSLETTER}\n", encoding="utf-8")
    common = [sys.executable, "-m", "scrapelint", "check", ".", "--format", "json", "--no-cache"]
    local = subprocess.run([*common, "--jobs", "1"], cwd=killer_project, capture_output=True, text=True, env=ENV)
    dask_run = subprocess.run(
        [*common, "--engine", "dask", "--jobs", "2"], cwd=killer_project, capture_output=True, text=True, env=ENV
    )
    assert dask_run.returncode == local.returncode == 1, dask_run.stderr
    assert json.loads(dask_run.stdout) == json.loads(local.stdout)
    assert json.loads(dask_run.stdout)["summary"]["documents"] == 3 * 40 + 3 + 1


@pytest.mark.slow
def test_bag_api_returns_findings_and_scores_as_dask_collections(cluster):
    import dask
    import dask.bag as db
    from scrapelint.api import lint_documents
    from scrapelint.distributed import lint_bag
    from scrapelint.io.config import Settings
    from scrapelint.model.document import Document

    settings = Settings(plugins=[str(DEMO_PLUGIN)], select=["ZZ", "ZY"])
    records = [
        {"id": f"r{i}", "text": f"Record {i} text,glued.\n{NEWSLETTER}\n" if i % 2 else f"Clean record number {i}.\n"}
        for i in range(30)
    ]
    linted = lint_bag(db.from_sequence(records, npartitions=4), settings=settings)
    assert isinstance(linted.documents, db.Bag) and isinstance(linted.findings, db.Bag)
    kept = linted.documents.filter(lambda d: d["score"] >= 100).pluck("doc")
    documents, findings, corpus, clean = dask.compute(linted.documents, linted.findings, linted.corpus_findings, kept)
    assert [d["doc"] for d in documents] == [f"r{i}" for i in range(30)]
    assert sorted(clean) == sorted(f"r{i}" for i in range(0, 30, 2))
    assert sum(f["code"] == "ZZ001" for f in findings) == 15
    assert all(f["code"] == "ZZ003" for f in corpus) and len(corpus) == 15

    expected = list(
        lint_documents(
            [Document(r["text"], path="x", id=r["id"]) for r in records],
            settings=settings,
        )
    )
    assert len(expected[-1].findings) == len(corpus)  # the corpus pseudo-result
    assert [len(d["findings"]) for d in documents] == [len(r.findings) for r in expected[:-1]]


@pytest.mark.slow
def test_dataframe_api_adds_score_columns(cluster):
    pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd
    from scrapelint.distributed import score_dataframe
    from scrapelint.io.config import Settings

    frame = pd.DataFrame({"content": ["A clean line of text.\n", "Glued,text here,and,there.\n"], "n": [1, 2]})
    scored = score_dataframe(
        dd.from_pandas(frame, npartitions=2),
        text_column="content",
        settings=Settings(plugins=[str(DEMO_PLUGIN)], select=["ZZ"]),
    )
    result = scored[scored.scrapelint_findings == 0].compute()
    assert list(result["n"]) == [1]
    assert list(scored.compute()["scrapelint_findings"]) == [0, 3]


def test_check_without_the_dask_engine_never_imports_dask(project):
    (project / "a.txt").write_text("Some text,glued.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from scrapelint.cli.app import main\n"
        "try:\n    main(['check', '.', '--no-cache'])\n"
        "except SystemExit:\n    pass\n"
        "assert not [m for m in sys.modules if m == 'dask' or m.startswith(('dask.', 'distributed'))], 'dask imported'\n"
        "print('clean')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=False, env=ENV
    )
    assert done.stdout.strip().endswith("clean"), done.stderr


def test_engine_dask_without_dask_installed_exits_2_naming_the_extra(cli, project, monkeypatch):
    (project / "a.txt").write_text("Some text,glued.\n", encoding="utf-8")
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    result = cli("check", ".", "--engine", "dask")
    assert result.exit_code == 2
    assert "scrapelint[dask]" in result.output


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_usage_error(project):
    pytest.importorskip("distributed")
    (project / "a.txt").write_text("Some text,glued.\n", encoding="utf-8")
    env = {**ENV, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", ".", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in done.stderr
