"""Atomic file writes: a temporary file beside the target, renamed over it when complete.

A crash or an error mid-write leaves the target as it was; the new file gets
the target's permissions, or those a plain ``open()`` would give.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def new_file_mode() -> int:
    """The mode a plain ``open()`` would give a new file (temporary files start private)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """Yield a handle whose content replaces ``path`` only if the block completes."""
    target = Path(path)
    file_mode = new_file_mode()
    with contextlib.suppress(FileNotFoundError):
        file_mode = target.stat().st_mode & 0o7777
    descriptor, temporary = tempfile.mkstemp(dir=target.resolve().parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, file_mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_atomically(path: str | Path, data: bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data)
