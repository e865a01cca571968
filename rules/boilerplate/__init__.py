"""Boilerplate and navigation residue (BP): page furniture left in the article text."""

from rules.boilerplate.blocks import BLOCK_RULES

RULES = [*BLOCK_RULES]
