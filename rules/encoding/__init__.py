"""Encoding and markup residue (EN): bytes decoded wrongly, markup that leaked into text."""

from scrapelint import Family
from scrapelint.rules.encoding.rules import RULES

FAMILY = Family("EN", "encoding and markup residue", weight=1.0)

__all__ = ["FAMILY", "RULES"]
