"""Casing (CS): sentence starts, names written in lower case, stray capitals, shouting."""

from scrapelint import Family
from scrapelint.rules.casing.rules import RULES

FAMILY = Family("CS", "casing", weight=0.75)  # casing slips are cosmetic

__all__ = ["FAMILY", "RULES"]
