"""Small rules for the report, fix, baseline and suppression tests, registered through the hooks.

Used both as an extra plugin object (``build_registry(extra_plugins=[inline_rules])``) and as a
local plugin file named in a test corpus's ``scrapelint.toml``.
"""

from __future__ import annotations

import re

from scrapelint import hookimpl
from scrapelint.model.finding import Fix, Location, Severity
from scrapelint.model.rule import CorpusRule, Rule

DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
SHOUT = re.compile(r"\bLOUD\b")
TYPO = re.compile(r"\bteh\b")
BAD = re.compile(r"\bbad\b")


class DoubleSpace(Rule):
    """Two or more spaces between words.

    ## What it does
    Flags runs of spaces between words; the safe fix keeps one.
    """

    code = "XF001"
    name = "double-space"
    fixable = "safe"

    def check(self, doc):
        for match in DOUBLE_SPACE.finditer(doc.prose):
            yield self.finding(
                match.start(), match.end(), "doubled space", fix=Fix.replace(match.start(), match.end(), " ")
            )


class Shout(Rule):
    """The word LOUD in capitals; the fix lower-cases it, which may change meaning (unsafe)."""

    code = "XF002"
    name = "shouting"
    fixable = "unsafe"

    def check(self, doc):
        for match in SHOUT.finditer(doc.prose):
            fix = Fix.replace(match.start(), match.end(), "loud", safe=False)
            yield self.finding(match.start(), match.end(), "shouting", fix=fix)


class Typo(Rule):
    """The typo "teh"; the safe fix writes "the"."""

    code = "XF003"
    name = "teh-typo"
    fixable = "safe"
    severity = Severity.INFO

    def check(self, doc):
        for match in TYPO.finditer(doc.prose):
            yield self.finding(match.start(), match.end(), "typo", fix=Fix.replace(match.start(), match.end(), "the"))


class BadWord(Rule):
    """The word "bad" (no fix)."""

    code = "XB001"
    name = "bad-word"
    severity = Severity.ERROR

    def check(self, doc):
        for match in BAD.finditer(doc.prose):
            yield self.finding(match.start(), match.end(), "bad word")


class SharedFirstLine(CorpusRule):
    """A first line that more than one document starts with."""

    code = "XB900"
    name = "shared-first-line"

    def collect(self, doc):
        line = doc.lines[0]
        if not line.text.strip():
            return {}
        line_no, column = doc.position(line.start)
        end_line, end_column = doc.position(line.end)
        location = Location(
            doc.path, doc.id, doc.record, line.start, line.end, line_no, column, end_line, end_column, line.text
        )
        return {line.text.strip(): [location]}

    def empty(self):
        return {}

    def merge(self, left, right):
        merged = {key: list(value) for key, value in left.items()}
        for key, value in right.items():
            merged.setdefault(key, []).extend(value)
        return merged

    def finalize(self, partial):
        for locations in partial.values():
            if len(locations) > 1:
                for location in locations:
                    yield self.finding_at(location, f"first line shared by {len(locations)} documents")


RULES = [DoubleSpace, Shout, Typo, BadWord, SharedFirstLine]


@hookimpl
def scrapelint_rules():
    return RULES
