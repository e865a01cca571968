"""LLM-assistant leftovers (AI): text a chatbot wrote to its user, published by mistake."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("AI", "assistant leftovers", weight=2.0)  # chatbot leftovers: the text was never edited

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.assistant import address, artifacts, model, verdict
        from scrapelint.rules.assistant.rules import RULES as phrase_rules

        return [*phrase_rules, *artifacts.RULES, *address.RULES, *verdict.RULES, *model.RULES]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
