"""scrapelint: a content-quality linter for scraped articles.

The public API: ``lint_text``, ``lint_paths``, ``lint_documents``; and for
plugin authors ``hookimpl``, ``Rule``, ``CorpusRule``, ``Option``,
``Finding``, ``Fix``, ``Edit``, ``Location``, ``Severity``, ``Document``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lint.finding import Edit, Finding, Fix, Location, Severity
from lint.hookspecs import hookimpl
from lint.rule import CorpusRule, Option, Rule

__version__ = "0.1.0"

__all__ = [
    "CorpusRule",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "Location",
    "Option",
    "Rule",
    "Severity",
    "__version__",
    "hookimpl",
    "lint_documents",
    "lint_paths",
    "lint_text",
]

if TYPE_CHECKING:
    from lint.api import lint_documents, lint_paths, lint_text
    from lint.document import Document

_LAZY = {
    "Document": "lint.document",
    "lint_text": "lint.api",
    "lint_paths": "lint.api",
    "lint_documents": "lint.api",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'lint' has no attribute {name!r}")
