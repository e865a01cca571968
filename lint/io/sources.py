"""Inputs to files: walk folders, apply excludes, pick a reader per file."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

STDIN = "-"


@dataclass(frozen=True)
class Source:
    path: str
    reader: str
    payload: bytes | None = None


def is_excluded(path: str, patterns: Iterable[str], root: Path | None = None) -> bool:
    """A pattern without a slash matches any path component; with one, the path from ``root``."""
    posix = PurePosixPath(path.replace(os.sep, "/"))
    relative: str | None = None  # resolved only when a pattern needs it (it costs a stat per file)
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if "/" in pattern:
            if relative is None:
                relative = _relative(path, root) or str(posix)
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern + "/*"):
                return True
        elif any(fnmatch.fnmatch(part, pattern) for part in posix.parts):
            return True
    return False


def _relative(path: str, root: Path | None) -> str | None:
    if root is None:
        return None
    try:
        return Path(path).resolve().relative_to(_resolved(root)).as_posix()
    except ValueError:
        return None


@lru_cache(maxsize=8)
def _resolved(root: Path) -> Path:
    return root.resolve()


def reader_for(path: str, readers: Mapping[str, type]) -> str | None:
    """The reader that claims ``path`` by its suffix, the longest suffix winning."""
    best, best_len = None, -1
    lowered = path.lower()
    for name, reader in readers.items():
        for suffix in getattr(reader, "suffixes", ()):
            if lowered.endswith(suffix) and len(suffix) > best_len:
                best, best_len = name, len(suffix)
    return best


def expand(
    inputs: Iterable[str],
    readers: Mapping[str, type],
    excludes: list[str],
    root: Path | None,
    stdin_filename: str | None = None,
    stdin: bytes | None = None,
    respect_gitignore: bool = True,
) -> Iterator[Source | str]:
    """Yield sources in a stable order; a string is an error message about an input.

    Walked folders skip what their ``.gitignore`` files ignore (``respect_gitignore``); files
    named explicitly are always linted. Paths keep the user's spelling, minus ``./``.
    """
    for item in inputs:
        if item == STDIN:
            name = stdin_filename or STDIN
            yield Source(name, reader_for(name, readers) or "text", stdin if stdin is not None else b"")
            continue
        path = Path(item)
        if path.is_dir():
            yield from _walk(path, readers, excludes, root, respect_gitignore)
        elif path.exists():
            if not is_excluded(item, excludes, root):
                yield Source(os.path.normpath(item), reader_for(item, readers) or "text")
        else:
            yield f"{item}: no such file or directory"


def _walk(
    folder: Path, readers: Mapping[str, type], excludes: list[str], root: Path | None, respect_gitignore: bool
) -> Iterator[Source]:
    ignore = None
    if respect_gitignore:
        from scrapelint.io.gitignore import GitIgnore

        ignore = GitIgnore.for_walk(folder)
    for current, dirs, files in os.walk(os.path.normpath(folder)):
        if ignore is not None:
            ignore.enter(current)
        dirs[:] = sorted(
            d
            for d in dirs
            if not is_excluded(os.path.join(current, d), excludes, root)
            and not (ignore is not None and ignore.ignored(os.path.join(current, d), is_dir=True))
        )
        for name in sorted(files):
            full = os.path.normpath(os.path.join(current, name))
            reader = reader_for(name, readers)
            if reader and not is_excluded(full, excludes, root) and not (ignore is not None and ignore.ignored(full)):
                yield Source(full, reader)
