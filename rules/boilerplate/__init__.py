"""Boilerplate and navigation residue (BP): page furniture left in the article text."""

from rules.boilerplate.blocks import BLOCK_RULES
from rules.boilerplate.site_lines import SiteTemplateLine

RULES = [*BLOCK_RULES, SiteTemplateLine]
