""".gitignore is respected when walking folders, as ruff does; --no-respect-gitignore turns it off."""

from __future__ import annotations

import os

from scrapelint.io.gitignore import GitIgnore
from scrapelint.io.sources import expand

from tests.test_cli import ARTICLE, write

READERS = {"text": type("R", (), {"suffixes": (".txt",)})}


def walked(folder, **kwargs):
    return sorted(os.path.relpath(s.path, folder) for s in expand([str(folder)], READERS, [], folder, **kwargs))


def test_walk_skips_ignored_files_and_folders_with_negation_and_nesting(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "scratch/\n*.tmp.txt\n")
    write(tmp_path, "a.txt", "x")
    write(tmp_path, "notes.tmp.txt", "x")
    write(tmp_path, "scratch/b.txt", "x")
    write(tmp_path, "sub/.gitignore", "*.txt\n!keep.txt\n")
    write(tmp_path, "sub/drop.txt", "x")
    write(tmp_path, "sub/keep.txt", "x")
    assert walked(tmp_path) == ["a.txt", os.path.join("sub", "keep.txt")]
    assert len(walked(tmp_path, respect_gitignore=False)) == 5


def test_gitignore_above_the_walked_folder_counts_inside_a_repository(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "drafts/\n")
    write(tmp_path, "corpus/drafts/a.txt", "x")
    write(tmp_path, "corpus/b.txt", "x")
    assert walked(tmp_path / "corpus") == ["b.txt"]
    assert GitIgnore.for_walk(tmp_path / "corpus").ignored(str(tmp_path / "corpus" / "drafts"), is_dir=True)


def test_cli_respects_gitignore_and_explicit_files_are_always_linted(cli, project):
    write(project, ".gitignore", "ignored.txt\n")
    write(project, "ignored.txt", ARTICLE)
    assert cli("check", ".").exit_code == 0
    assert "ignored.txt" in cli("check", ".", "--no-respect-gitignore").output
    assert cli("check", "ignored.txt").exit_code == 1
