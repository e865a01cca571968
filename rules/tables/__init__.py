"""Broken tables (TB): pipe tables that no longer parse as the table they were."""

from scrapelint import Family
from scrapelint.rules.tables.rules import RULES

FAMILY = Family("TB", "broken tables", weight=1.0)

__all__ = ["FAMILY", "RULES"]
