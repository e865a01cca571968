"""Broken tables (TB): pipe tables that no longer parse as the table they were."""

from scrapelint.rules.tables.rules import RULES

__all__ = ["RULES"]
