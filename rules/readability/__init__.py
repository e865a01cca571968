"""Readability and text-statistics rules (RD): outliers that signal broken text."""

from scrapelint import Family
from scrapelint.rules.readability.rules import RULES

FAMILY = Family("RD", "readability", weight=1.0)

__all__ = ["FAMILY", "RULES"]
