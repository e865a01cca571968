"""Spacing and punctuation (SP): the small typographic damage scrapers and careless edits leave."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("SP", "spacing and punctuation", weight=0.5)  # cosmetic, though many of them still add up

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.spacing.rules import RULES

        return RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
