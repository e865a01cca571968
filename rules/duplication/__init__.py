"""Duplication (DU): the title repeated in the body, repeated lines and paragraphs, copied documents."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("DU", "duplication", weight=1.0)

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.duplication.near import NearDuplicateDocument
        from scrapelint.rules.duplication.rules import RULES as within_document

        return [*within_document, NearDuplicateDocument]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
