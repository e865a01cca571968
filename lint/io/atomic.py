"""Atomic file writes: a temporary file beside the target, renamed over it when complete.

A crash or an error mid-write leaves the target as it was; the new file gets
the target's permissions, or those a plain ``open()`` would give. Only a
regular file (or a new one) is replaced so: a device, a FIFO or ``/dev/stdout``
is opened and written through, since replacing it would put a regular file
where the device or pipe was, and a symlink's target is replaced, not the link.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def new_file_mode() -> int:
    """The mode a plain ``open()`` would give a new file (temporary files start private)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def writes_through(path: str | Path) -> bool:
    """Whether ``path`` is something other than a regular file (or a descriptor alias such as
    ``/dev/stdout``, whatever it points to): written through, never replaced."""
    target = Path(path)
    try:
        info = target.stat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return True
    return str(target.absolute()).startswith(("/dev/", "/proc/"))


def target_problem(path: str | Path) -> str | None:
    """Why a file cannot be written at ``path`` (its folder is missing, or the name is too long), else None."""
    target = Path(path)
    if writes_through(target):
        return None
    folder = target.absolute().parent
    try:
        if target.is_dir():
            return f"{path} is a folder"
        if not folder.is_dir():
            return f"the folder {folder} does not exist"
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """Yield a handle whose content replaces ``path`` only if the block completes."""
    if writes_through(path):
        # appending never truncates what the caller's shell already wrote (``>>``); on a device or pipe it is a write
        with open(path, mode.replace("w", "a"), **open_args) as handle:
            yield handle
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
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
