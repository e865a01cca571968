"""``--watch``: lint, then lint again whenever an input file changes.

Polling the files' modification times every half second needs no extra dependency and
works the same on every platform and network file system; a corpus folder of a few thousand
files is stat-ed in milliseconds.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

import click
from scrapelint.cli.common import EXIT_OK

Snapshot = dict[str, tuple[int, int]]


def snapshot(inputs: Iterable[str]) -> Snapshot:
    """Modification time and size of every file under ``inputs``."""
    state: Snapshot = {}
    for item in inputs:
        if os.path.isdir(item):
            for current, dirs, files in os.walk(item):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    _stat(os.path.join(current, name), state)
        else:
            _stat(item, state)
    return state


def _stat(path: str, state: Snapshot) -> None:
    try:
        info = os.stat(path)
    except OSError:
        return
    state[path] = (info.st_mtime_ns, info.st_size)


def watch(
    run_once: Callable[[], int],
    inputs: list[str],
    *,
    interval: float = 0.5,
    iterations: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Run, then re-run after each change; ``iterations`` bounds the re-runs (tests), Ctrl-C ends."""
    click.echo("Starting linter in watch mode...", err=True)
    code = run_once()
    before = snapshot(inputs)
    runs = 0
    try:
        while iterations is None or runs < iterations:
            sleep(interval)
            now = snapshot(inputs)
            if now == before:
                continue
            before = now
            runs += 1
            click.echo("\nFile change detected...", err=True)
            code = run_once()
    except KeyboardInterrupt:
        return EXIT_OK
    return code
