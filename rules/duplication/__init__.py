"""Duplication (DU): the title repeated in the body, repeated lines and repeated paragraphs."""

from scrapelint import Family
from scrapelint.rules.duplication.rules import RULES

FAMILY = Family("DU", "duplication", weight=1.0)

__all__ = ["FAMILY", "RULES"]
