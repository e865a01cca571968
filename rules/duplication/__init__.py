"""Duplication (DU): the title repeated in the body, repeated lines and paragraphs, copied documents."""

from scrapelint import Family
from scrapelint.rules.duplication.near import NearDuplicateDocument
from scrapelint.rules.duplication.rules import RULES as _WITHIN_DOCUMENT

RULES = [*_WITHIN_DOCUMENT, NearDuplicateDocument]

FAMILY = Family("DU", "duplication", weight=1.0)

__all__ = ["FAMILY", "RULES"]
