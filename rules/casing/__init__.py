"""Casing (CS): sentence starts, names written in lower case, stray capitals, shouting."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("CS", "casing", weight=0.75)  # casing slips are cosmetic

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.casing.rules import RULES

        return RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
