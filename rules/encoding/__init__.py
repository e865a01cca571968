"""Encoding and markup residue (EN): bytes decoded wrongly, markup that leaked into text."""

from scrapelint.rules.encoding.rules import RULES

__all__ = ["RULES"]
