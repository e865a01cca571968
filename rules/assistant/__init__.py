"""LLM-assistant leftovers (AI): text a chatbot wrote to its user, published by mistake."""

from scrapelint import Family
from scrapelint.rules.assistant import address, artifacts, verdict
from scrapelint.rules.assistant.rules import RULES as _PHRASE_RULES

FAMILY = Family("AI", "assistant leftovers", weight=2.0)  # chatbot leftovers: the text was never edited
RULES = [*_PHRASE_RULES, *artifacts.RULES, *address.RULES, *verdict.RULES]

__all__ = ["FAMILY", "RULES"]
