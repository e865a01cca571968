"""Spacing and punctuation (SP): the small typographic damage scrapers and careless edits leave."""

from scrapelint import Family
from scrapelint.rules.spacing.rules import RULES

FAMILY = Family("SP", "spacing and punctuation", weight=0.5)  # cosmetic, though many of them still add up

__all__ = ["FAMILY", "RULES"]
