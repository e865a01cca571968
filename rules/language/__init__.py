"""Language rules (LG): the document's language, and passages in another language or script."""

from scrapelint import Family
from scrapelint.rules.language.rules import RULES

FAMILY = Family("LG", "language", weight=1.5)  # wrong language or foreign residue

__all__ = ["FAMILY", "RULES"]
