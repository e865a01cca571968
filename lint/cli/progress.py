"""The progress bar for long runs on a terminal."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager


@contextmanager
def progress(wanted: bool | None, sources: list, quiet: bool):
    """A rich progress line on stderr for long runs on a terminal."""
    if wanted is False or (wanted is None and (quiet or not sys.stderr.isatty())):
        yield None
        return
    total = sum(_size(s.path) for s in sources if s.payload is None)
    if wanted is None and total <= 5_000_000:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("linting"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[docs]} docs"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as progress:
        task = progress.add_task("lint", total=total or None, docs=0)

        def advance(documents: int, characters: int) -> None:
            progress.update(task, completed=characters, docs=documents)

        yield advance


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
