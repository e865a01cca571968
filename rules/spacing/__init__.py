"""Spacing and punctuation (SP): the small typographic damage scrapers and careless edits leave."""

from scrapelint.rules.spacing.rules import RULES

__all__ = ["RULES"]
