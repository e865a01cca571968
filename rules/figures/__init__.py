"""FG: figures and dates that contradict the calendar, the publication date, arithmetic or each other."""

from scrapelint import Family
from scrapelint.rules.figures.arithmetic import ArithmeticMismatch
from scrapelint.rules.figures.calendar import ImpossibleDate, WeekdayMismatch
from scrapelint.rules.figures.consistency import ConflictingFigures, CorpusConflictingFigures
from scrapelint.rules.figures.timeline import FutureEventReportedPast, StaleCurrentClaim, UpcomingEventPast

RULES = [
    WeekdayMismatch,
    UpcomingEventPast,
    FutureEventReportedPast,
    StaleCurrentClaim,
    ArithmeticMismatch,
    ConflictingFigures,
    ImpossibleDate,
    CorpusConflictingFigures,
]
FAMILY = Family("FG", "figures and dates", weight=1.5)  # figures that contradict each other mislead
