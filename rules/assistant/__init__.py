"""LLM-assistant leftovers (AI): text a chatbot wrote to its user, published by mistake."""

from scrapelint import Family
from scrapelint.rules.assistant.rules import RULES

FAMILY = Family("AI", "assistant leftovers", weight=2.0)  # chatbot leftovers: the text was never edited

__all__ = ["FAMILY", "RULES"]
