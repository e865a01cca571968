"""Findings: what a rule reports, and the located form the engine hands to formatters."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Severity(enum.StrEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {choices})") from None

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of edits that repairs one finding; unsafe fixes may change meaning."""

    edits: tuple[Edit, ...]
    safe: bool = True

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, *, safe: bool = True) -> Fix:
        return cls((Edit(start, end, replacement),), safe)

    @classmethod
    def delete(cls, start: int, end: int, *, safe: bool = False) -> Fix:
        return cls((Edit(start, end, ""),), safe)

    def to_dict(self) -> dict[str, Any]:
        return {"safe": self.safe, "edits": [asdict(e) for e in self.edits]}


@dataclass(slots=True)
class Finding:
    """One problem at a character span of a document's text.

    Rules fill ``code``, ``message`` and the span; the engine fills the rest
    (rule name and family, path, document id, line and column, snippet).
    """

    code: str
    message: str
    start: int
    end: int
    severity: Severity = Severity.WARNING
    fix: Fix | None = None
    name: str = ""
    family: str = ""
    path: str = ""
    doc: str | None = None
    record: int | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    snippet: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: The first line of the span, for ``--show-source`` (not part of the JSON output).
    source_line: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape (the keys DESIGN.md fixes, in a stable order)."""
        data: dict[str, Any] = {
            "path": self.path,
            "doc": self.doc,
            "record": self.record,
            "code": self.code,
            "name": self.name,
            "family": self.family,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
            "fix": self.fix.to_dict() if self.fix else None,
        }
        if self.extra:
            data["extra"] = self.extra
        return data

    @property
    def sort_key(self) -> tuple:
        return (self.start, self.end, self.code, self.message)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a span sits, kept by corpus rules that report after the document is gone."""

    path: str
    doc: str | None
    record: int | None
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    snippet: str
