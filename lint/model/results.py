"""What a run produces: one result per document, and per chunk of work the corpus partials."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapelint.model.finding import Finding


@dataclass
class DocResult:
    """Everything reported about one document."""

    path: str
    doc: str | None
    record: int | None
    findings: list[Finding]
    stats: dict[str, Any] = field(default_factory=dict)
    #: The findings already written in the output format (set by a run that pre-serialises
    #: in its workers; the findings are then compact: no snippet, source line or message).
    rendered: str | None = None


@dataclass
class ChunkResult:
    documents: list[DocResult]
    partials: dict[str, Any]
