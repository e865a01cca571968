"""Readers turn one input (a file, stdin) into documents.

Reading happens in two steps so that a corpus run streams and parallelises:
``tasks()`` runs in the main process and cuts an input into small picklable
tasks (a whole file, or one JSONL record's raw bytes); ``load()`` runs in a
worker and turns one task into documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from scrapelint.io.config import DEFAULT_FIELDS
from scrapelint.io.decoding import Decoded, binary_problem, decode, looks_binary
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.problems import UNREADABLE_INPUT


@dataclass(frozen=True)
class ReaderSettings:
    """What readers need from the configuration."""

    fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    html_mode: str = "main"
    max_chars: int = 5_000_000


#: The reader name of a task that only carries a problem met while cutting tasks.
PROBLEM = "problem"


@dataclass(frozen=True)
class Task:
    """One unit of reading work: a file to open, or raw bytes (stdin, one record)."""

    reader: str
    path: str
    payload: bytes | None = None
    record: int | None = None
    size: int = 0


class Reader:
    """Base class for readers; subclasses set ``name`` and ``suffixes``."""

    name: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: ReaderSettings) -> None:
        self.settings = settings

    @classmethod
    def claims(cls, path: str) -> bool:
        lowered = path.lower()
        return any(lowered.endswith(suffix) for suffix in cls.suffixes)

    def tasks(self, path: str, payload: bytes | None = None) -> Iterator[Task]:
        """Default: the whole input is one task."""
        size = len(payload) if payload is not None else _file_size(path)
        yield Task(self.name, path, payload, None, size)

    def load(self, task: Task) -> Iterator[Document]:
        raise NotImplementedError

    def read_text(self, task: Task) -> Decoded | Document:
        """The task's text decoded, or a problem document when it is unreadable or binary."""
        data = self.read_bytes(task)
        if isinstance(data, Finding):
            return problem_document(task, data)
        if looks_binary(data):
            return problem_document(task, binary_problem())
        return decode(data)

    def read_bytes(self, task: Task) -> bytes | Finding:
        if task.payload is not None:
            return task.payload
        try:
            with open(task.path, "rb") as handle:
                return handle.read()
        except OSError as exc:
            return unreadable(task.path, exc)


def unreadable(path: str, exc: OSError) -> Finding:
    reason = exc.strerror or type(exc).__name__
    return UNREADABLE_INPUT.finding(path=path, reason=reason)


def problem_document(task: Task, problem: Finding, doc_id: str | None = None) -> Document:
    """An empty document that only carries a problem with the input."""
    return Document(text="", path=task.path, id=doc_id, record=task.record, problems=[problem])


def _file_size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return 0
