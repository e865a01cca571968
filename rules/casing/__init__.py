"""Casing (CS): sentence starts, names written in lower case, stray capitals, shouting."""

from scrapelint.rules.casing.rules import RULES

__all__ = ["RULES"]
