"""Boilerplate and navigation residue (BP): page furniture left in the article text."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("BP", "boilerplate and navigation residue", weight=1.0)

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.boilerplate.blocks import BLOCK_RULES
        from scrapelint.rules.boilerplate.site_lines import SiteTemplateLine

        return [*BLOCK_RULES, SiteTemplateLine]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
