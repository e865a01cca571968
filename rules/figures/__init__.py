"""FG: figures and dates that contradict the calendar, the publication date, arithmetic or each other."""

from rules.figures.arithmetic import ArithmeticMismatch
from rules.figures.calendar import ImpossibleDate, WeekdayMismatch
from rules.figures.consistency import ConflictingFigures, CorpusConflictingFigures
from rules.figures.timeline import FutureEventReportedPast, StaleCurrentClaim, UpcomingEventPast

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
