"""FG: figures and dates that contradict the calendar, the publication date, arithmetic or each other."""

from __future__ import annotations

from typing import Any

from scrapelint import Family

FAMILY = Family("FG", "figures and dates", weight=1.5)  # figures that contradict each other mislead

__all__ = ["FAMILY", "RULES"]


def __getattr__(name: str) -> Any:
    """``RULES`` imports the family's rule modules on first access (the family itself stays cheap)."""
    if name == "RULES":
        from scrapelint.rules.figures.arithmetic import ArithmeticMismatch
        from scrapelint.rules.figures.calendar import ImpossibleDate, WeekdayMismatch
        from scrapelint.rules.figures.consistency import ConflictingFigures, CorpusConflictingFigures
        from scrapelint.rules.figures.timeline import FutureEventReportedPast, StaleCurrentClaim, UpcomingEventPast

        return [
            WeekdayMismatch,
            UpcomingEventPast,
            FutureEventReportedPast,
            StaleCurrentClaim,
            ArithmeticMismatch,
            ConflictingFigures,
            ImpossibleDate,
            CorpusConflictingFigures,
        ]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
