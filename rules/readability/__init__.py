"""Readability and text-statistics rules (RD): outliers that signal broken text."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("RD", "readability", weight=1.0)

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.readability.rules import RULES

        return RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
