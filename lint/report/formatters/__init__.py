"""Formatters turn the stream of results into an output format.

A formatter gets ``start(context)``, one ``document(result)`` per document in
input order, ``corpus(findings)`` once for corpus-rule findings, and
``finish(summary)``. Formats that allow it write as results arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, TextIO

from scrapelint.model.family import Family
from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.report.gate import Gate
from scrapelint.report.summary import Summary


@dataclass
class Context:
    """What a formatter may need besides the findings."""

    rules: dict[str, type] = field(default_factory=dict)
    #: The declared families by prefix (``scrapelint.model.family.Family``): titles, weights.
    families: dict[str, Family] = field(default_factory=dict)
    version: str = "0"
    show_source: bool = False
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    sources: dict[str, str] = field(default_factory=dict)
    #: The exit-code policy; per-document decisions (JUnit failures) come from it.
    gate: Gate = field(default_factory=Gate)
    #: The run as the user asked for it, for report headers: argv, inputs, as-of date, selection.
    run_info: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)


class Formatter:
    """Base class; subclasses set ``name`` and ``description``."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    #: Whether the format shows costly per-document statistics (readability measures).
    uses_document_stats: ClassVar[bool] = False

    @staticmethod
    def prerender(findings: list[Finding]) -> str | None:
        """A document's findings as this format writes them, or None when the format cannot say alone.

        The run calls it in the worker that linted the document, where the format allows
        (``jsonl``), so the main process only writes ``result.rendered`` and the worker sends
        back compact findings (no snippet, source line or message).
        """
        return None

    def __init__(self, stream: TextIO, context: Context) -> None:
        self.stream = stream
        self.context = context

    def start(self) -> None:
        """Called once before any result."""

    def document(self, result: DocResult) -> None:
        """Called for each document, in input order."""

    def corpus(self, findings: list[Finding]) -> None:
        """Called once with the corpus rules' findings (possibly empty)."""

    def finish(self, summary: Summary) -> None:
        """Called once at the end."""
