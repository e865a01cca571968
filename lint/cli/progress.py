"""The progress bar: shown on a terminal when a run is expected to take more than about two seconds.

A 300-file run that is silent for forty seconds looks hung; a bar on a one-file pre-commit run
is noise, and a bar in a pipe or a CI log is garbage. The estimate is deliberately rough: a fixed
cost per file plus a cost per byte, shared among the worker processes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from contextlib import contextmanager

#: Rough costs measured on the bundled samples and the seed articles (one core).
SECONDS_PER_FILE = 0.015
SECONDS_PER_BYTE = 1 / 400_000
STARTUP_SECONDS = 0.5
SHOW_AFTER_SECONDS = 2.0
#: Variables that CI systems set; a bar in a CI log is noise.
CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION")


def estimated_seconds(files: int, size: int, jobs: int) -> float:
    """How long linting ``files`` files of ``size`` bytes in all should take on ``jobs`` cores."""
    workers = max(1, jobs or os.cpu_count() or 1)
    if files <= 1:
        workers = 1
    return STARTUP_SECONDS + (files * SECONDS_PER_FILE + size * SECONDS_PER_BYTE) / workers


def should_show(wanted: bool | None, quiet: bool, tty: bool, environ: Mapping[str, str], estimate: float) -> bool:
    """``--progress`` forces the bar, ``--no-progress`` hides it; otherwise a terminal, no CI, a long run."""
    if wanted is not None:
        return wanted
    if quiet or not tty or any(environ.get(name) for name in CI_VARIABLES):
        return False
    return estimate > SHOW_AFTER_SECONDS


@contextmanager
def progress(wanted: bool | None, sources: list, quiet: bool, jobs: int = 0):
    """A rich progress line on stderr; yields the callback the run reports to, or None."""
    if wanted is False:
        yield None
        return
    total = sum(_size(s.path) for s in sources if s.payload is None)
    estimate = estimated_seconds(len(sources), total, jobs)
    if not should_show(wanted, quiet, sys.stderr.isatty(), os.environ, estimate):
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
