"""Language rules (LG): the document's language, and passages in another language or script."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("LG", "language", weight=1.5)  # wrong language or foreign residue

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.language.rules import RULES

        return RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
