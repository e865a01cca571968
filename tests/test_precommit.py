"""The pre-commit hook, exercised the way a user tries it: ``pre-commit try-repo``."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DEMO_PLUGIN, ROOT

pytestmark = [
    pytest.mark.skipif(
        shutil.which("pre-commit") is None or shutil.which("git") is None, reason="needs pre-commit and git"
    ),
    pytest.mark.slow,
]


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def make_repo(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    git(folder, "init", "-q")
    git(folder, "config", "user.email", "corpus@example.org")
    git(folder, "config", "user.name", "Corpus")
    (folder / "scrapelint.toml").write_text(f'plugins = ["{DEMO_PLUGIN.as_posix()}"]\nselect = ["ZZ001"]\n')
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "corpus")
    return folder


def try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        ["pre-commit", "try-repo", str(ROOT), "scrapelint", "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_try_repo_fails_on_defects_and_passes_clean_files(tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-home")
    dirty = make_repo(
        tmp_path_factory.mktemp("dirty") / "corpus",
        {"article.md": "# Title\n\nThe plan,however, stalled.\n", "notes.txt": "All fine here.\n", "data.csv": "a,b\n"},
    )
    result = try_repo(dirty, home)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "article.md:3:9: ZZ001" in output
    assert "data.csv" not in output

    clean = make_repo(
        tmp_path_factory.mktemp("clean") / "corpus", {"article.md": "# Title\n\nThe plan, however, stalled.\n"}
    )
    result = try_repo(clean, home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
