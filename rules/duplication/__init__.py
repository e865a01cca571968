"""Duplication (DU): the title repeated in the body, repeated lines and repeated paragraphs."""

from scrapelint.rules.duplication.rules import RULES

__all__ = ["RULES"]
