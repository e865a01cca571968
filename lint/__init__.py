"""scrapelint: a content-quality linter for scraped articles.

The public API: ``lint_text``, ``lint_paths``, ``lint_documents``; and for
plugin authors ``hookimpl``, ``Rule``, ``CorpusRule``, ``Family``, ``Option``,
``Finding``, ``Fix``, ``Edit``, ``Location``, ``Severity``, ``Document``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import scrapelint.text  # noqa: F401  (installs the text analysis every Document uses)
from scrapelint._version import __version__
from scrapelint.model.family import Family
from scrapelint.model.finding import Edit, Finding, Fix, Location, Severity
from scrapelint.model.rule import CorpusRule, Option, Rule
from scrapelint.plugin.hookspecs import hookimpl

__all__ = [
    "CorpusRule",
    "Document",
    "Edit",
    "Family",
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
    from scrapelint.api import lint_documents, lint_paths, lint_text
    from scrapelint.model.document import Document

_LAZY = {
    "Document": "scrapelint.model.document",
    "lint_text": "scrapelint.api",
    "lint_paths": "scrapelint.api",
    "lint_documents": "scrapelint.api",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'scrapelint' has no attribute {name!r}")
