"""Language rules (LG): the document's language, and passages in another language or script."""

from scrapelint.rules.language.rules import RULES

__all__ = ["RULES"]
