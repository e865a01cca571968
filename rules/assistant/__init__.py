"""LLM-assistant leftovers (AI): text a chatbot wrote to its user, published by mistake."""

from scrapelint.rules.assistant.rules import RULES

__all__ = ["RULES"]
