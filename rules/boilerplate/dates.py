"""Bylines and timestamps: does a line read as a date, or as a date beside "by" and a name?

A site sets its byline and its date in every order and language; these patterns are separate
from the phrase tables because they read the shape of the line (figures, a capitalised name
after "by"), not its words.
"""

from __future__ import annotations

import re

from scrapelint.rules.boilerplate.words import TOKEN

_DATED_BYLINE = re.compile(
    r"(?:^|[\s|,–—-])(?i:by|von|par|por|przez)\s+"
    r"(?!(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?)\b)[A-ZÀ-ÖØ-Þ]"
)
_TIME_WORDS = frozenset({"am", "pm", "a.m", "p.m", "at", "on", "um", "le", "el", "de", "the"})


DATELIKE = re.compile(
    r"^[\W\d_]*(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{1,2}:\d{2})|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|"
    r"\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|"
    r"\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[hmd])\s+ago\b|"
    r"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE,
)


def dated_byline(body: str) -> bool:
    """Does "by" and a name open the line, or follow a date and nothing else? ("By JANE DOE -
    3 days ago", "Monday November 18, 2019 7:45 am PST by Jane Doe"; not "Submissions are due
    by March 23", nor a title's "Founder interviewed by Wikinews Saturday, January 31, 2009")."""
    found = _DATED_BYLINE.search(body)
    if found is None:
        return False
    before = TOKEN.findall(body[: found.start()])
    return not before or (
        any(any(c.isdigit() for c in word) for word in before)
        and all(not word[0].islower() or word.lower() in _TIME_WORDS for word in before)
    )
