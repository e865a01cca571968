"""Spacing and punctuation rules (SP): each rule lives in a module of its own.

Every rule knows where odd punctuation is correct (URLs, e-mails, domains,
file names, numbers, dotted abbreviations; see ``scrapelint.rules._tokens``) and stays
quiet there. Fixes are safe only where the repair is certain. This module lists them in
code order for the family.
"""

from __future__ import annotations

from scrapelint.rules.spacing.after_closing import MissingSpaceAfterClosing
from scrapelint.rules.spacing.after_punctuation import MissingSpaceAfterPunctuation
from scrapelint.rules.spacing.before_punctuation import SpaceBeforePunctuation
from scrapelint.rules.spacing.doubled_punctuation import DoubledPunctuation
from scrapelint.rules.spacing.doubled_space import DoubledSpace
from scrapelint.rules.spacing.pairs import UnbalancedPairs

RULES = [
    MissingSpaceAfterPunctuation,
    MissingSpaceAfterClosing,
    SpaceBeforePunctuation,
    DoubledSpace,
    DoubledPunctuation,
    UnbalancedPairs,
]
