"""Boilerplate and navigation residue (BP): page furniture left in the article text."""

from scrapelint import Family
from scrapelint.rules.boilerplate.blocks import BLOCK_RULES
from scrapelint.rules.boilerplate.site_lines import SiteTemplateLine

RULES = [*BLOCK_RULES, SiteTemplateLine]
FAMILY = Family("BP", "boilerplate and navigation residue", weight=1.0)
