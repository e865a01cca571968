"""Shared fixtures: the engine without third-party plugins, and the shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# the shared assertions of the bench reader tests report their values as a test's own would
pytest.register_assert_rewrite("tests.mirror_pages")


def shared_dir() -> Path | None:
    """``../shared`` beside the checkout (or $SCRAPELINT_SHARED), if it is there."""
    candidate = Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))
    return candidate if candidate.is_dir() else None


@pytest.fixture
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("../shared (seeds, bench data, schemas) is not beside this checkout")
    return found


@pytest.fixture
def seeds(shared: Path) -> dict[str, str]:
    """Seed articles by their number prefix ("000" .. "004")."""
    folder = shared / "seeds"
    if not folder.is_dir():
        pytest.skip("../shared/seeds is absent")
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


DEMO_PLUGIN = ROOT / "tests" / "plugins" / "demo_plugin.py"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus folder whose scrapelint.toml loads the demo plugin and selects only its rules.

    The test runs from inside it: only the working directory's own configuration
    may name plugin code to load.
    """
    (tmp_path / "scrapelint.toml").write_text(
        f'plugins = ["{DEMO_PLUGIN.as_posix()}"]\nselect = ["ZZ", "ZY"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def cli(project: Path, monkeypatch: pytest.MonkeyPatch):
    """Run ``scrapelint`` in-process from inside the demo project; returns click's Result."""
    from click.testing import CliRunner
    from scrapelint.cli.app import main

    monkeypatch.chdir(project)
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


#: The environment for subprocess runs: this checkout's packages first.
CHILD_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def run_check(folder: Path, *args: str, timeout: float = 300):
    """``python -m scrapelint check . ARGS`` in ``folder``, as a user runs it; the completed process."""
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", ".", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env=CHILD_ENV,
        timeout=timeout,
    )


def clean_articles(shared: Path, *, every: int = 1, source: str | None = None, render: str | None = None):
    """The article text (lines labelled ``content``) of the boilerplate benchmark's pages:
    real, professionally edited articles, for measuring false alarms. Skips when absent."""
    import json

    path = shared / "bench" / "boilerplate" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/bench/boilerplate/dev.jsonl is absent")
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle):
            if number % every:
                continue
            page = json.loads(raw)
            if (source and page["source"] != source) or (render and page["render"] != render):
                continue
            lines = zip(page["text"].split("\n"), page["labels"], strict=False)
            yield "\n".join(text for text, label in lines if label == "content")


def build_wheel(target: Path) -> Path:
    """``pip wheel --no-deps`` of this checkout (with build isolation: PyPI brings setuptools).

    The wheel is built from a copy without build outputs: setuptools builds in the source
    folder and never deletes stale files from ``build/``, which would end up in the wheel.
    """
    import shutil
    import subprocess
    import sys

    source = target / "source"
    outputs = shutil.ignore_patterns("build", "dist", "*.egg-info", ".git", "__pycache__", ".venv")
    shutil.copytree(ROOT, source, ignore=outputs)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(target), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0 and any(word in done.stderr for word in ("connection", "Could not fetch", "NewConnection")):
        pytest.skip(f"cannot build the wheel without PyPI: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, done.stderr
    [wheel] = target.glob("scrapelint-*.whl")
    return wheel


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built once per test session."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel unpacked into a folder, as ``pip install --no-deps --target`` lays it out."""
    import zipfile

    target = tmp_path_factory.mktemp("installed")
    zipfile.ZipFile(wheel).extractall(target)
    return target
