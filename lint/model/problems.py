"""The SL family: the linter's own problems with an input, every code in one table.

Readers, the decoder, the runner and the suppression filter report these; the engine
declares the family itself (it has no rule classes). Codes never change meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scrapelint.model.family import Family
from scrapelint.model.finding import Finding, Severity

FAMILY = Family("SL", "problems with the input", weight=3.0)


@dataclass(frozen=True)
class Problem:
    """One SL code: its name, severity, what it means, and its message template."""

    code: str
    name: str
    severity: Severity
    summary: str
    message: str

    def finding(self, start: int = 0, end: int = 0, **fields: Any) -> Finding:
        """A finding of this code; ``fields`` fill the message template."""
        return self.finding_with(self.text(**fields), start, end)

    def text(self, **fields: Any) -> str:
        """The message with ``fields`` filled in."""
        return self.message.format(**fields)

    def finding_with(self, message: str, start: int = 0, end: int = 0, **located: Any) -> Finding:
        """A finding of this code with a message built elsewhere (kept verbatim).

        ``located`` sets the engine's fields (path, line, ...) for a finding made after locating.
        """
        return Finding(self.code, message, start, end, self.severity, name=self.name, family=FAMILY.prefix, **located)


UNREADABLE_INPUT = Problem(
    "SL001",
    "unreadable-input",
    Severity.ERROR,
    "An input that could not be read: a missing file, a permission error, a reader that failed.",
    "cannot read {path}: {reason}",
)
BINARY_INPUT = Problem(
    "SL002",
    "binary-input",
    Severity.ERROR,
    "An input that looks binary (NUL bytes in its first block); it is skipped.",
    "{what} looks binary (contains NUL bytes); skipped",
)
INVALID_UTF8 = Problem(
    "SL003",
    "invalid-utf8",
    Severity.ERROR,
    "An input that is not valid UTF-8; the bad bytes become U+FFFD and the rest is linted.",
    "{what} is not valid UTF-8 (byte 0x{byte:02x} at byte offset {offset}); "
    "{bad} undecodable byte sequence(s) replaced with U+FFFD and linted anyway",
)
MALFORMED_RECORD = Problem(
    "SL004",
    "malformed-record",
    Severity.ERROR,
    "A corpus record that is not valid JSON, or not a JSON object.",
    "record {record} is not valid JSON: {error}",
)
MISSING_TEXT_FIELD = Problem(
    "SL005",
    "missing-text-field",
    Severity.ERROR,
    "A corpus record without a string in its text field.",
    "record {record} {what} {field!r} field",
)
DOCUMENT_TOO_LARGE = Problem(
    "SL006",
    "document-too-large",
    Severity.WARNING,
    "A document over the size limit; only its first part is linted.",
    "document has {size:,} characters, over the limit of {limit:,}; only the first {limit:,} were linted",
)
EMPTY_DOCUMENT = Problem(
    "SL007",
    "empty-document",
    Severity.WARNING,
    "A file or record with no text to lint.",
    "empty {what}: no text to lint",
)
RULE_CRASHED = Problem(
    "SL008",
    "rule-crashed",
    Severity.ERROR,
    "A rule raised an exception on a document (or while finishing a corpus); the run goes on.",
    "rule {code} ({name}) crashed on this document: {error} [{where}]",
)
NO_MAIN_TEXT = Problem(
    "SL009",
    "no-main-text",
    Severity.WARNING,
    "An HTML page from which no main text could be extracted.",
    "no main text could be extracted from this page (try --html raw)",
)
UNUSED_SUPPRESSION = Problem(
    "SL010",
    "unused-suppression",
    Severity.WARNING,
    "A suppression comment or record field that silenced nothing (with --warn-unused-suppressions).",
    "unused suppression: {detail}",
)
UNFIXABLE_RECORD = Problem(
    "SL011",
    "unfixable-record",
    Severity.ERROR,
    "A corpus record that fixing failed on; it is written unchanged and the rest goes on.",
    "record {record} was not fixed: {error}",
)

#: Every SL code, in code order.
PROBLEMS: dict[str, Problem] = {
    problem.code: problem
    for problem in (
        UNREADABLE_INPUT,
        BINARY_INPUT,
        INVALID_UTF8,
        MALFORMED_RECORD,
        MISSING_TEXT_FIELD,
        DOCUMENT_TOO_LARGE,
        EMPTY_DOCUMENT,
        RULE_CRASHED,
        NO_MAIN_TEXT,
        UNUSED_SUPPRESSION,
        UNFIXABLE_RECORD,
    )
}


def problem_name(code: str) -> str:
    """The name of an SL code, or an empty string for any other code."""
    problem = PROBLEMS.get(code)
    return problem.name if problem else ""
