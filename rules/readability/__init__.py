"""Readability and text-statistics rules (RD): outliers that signal broken text."""

from scrapelint.rules.readability.rules import RULES

__all__ = ["RULES"]
