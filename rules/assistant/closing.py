"""Where a text ends or hands a file over: advice and remarks that count only there."""

from __future__ import annotations

import re

from scrapelint.rules.assistant import languages, phrases

#: The phrases of advice that count only after a handed-over file closes, at the end of the text.
CLOSING_ADVICE = frozenset(phrases.CLOSING_ADVICE)
#: The last line before the advice closes the file: a thematic break or a code fence.
_FILE_CLOSED = re.compile(r"(?:^|\n)[ \t]*(?:-{3,8}+|\*{3,8}+|_{3,8}+|`{3,}+)[ \t]*+$")
#: A list item's line (a sentence's own list, "This README now includes:" and its points).
_LIST_LINE = re.compile(r"(?m)^[ \t]*+(?:[-*+•]|\d{1,3}[.)])[ \t][^\n]*+\n?")
#: A heading or a code fence: a new section or file, after which the text has not ended.
_SECTION_START = re.compile(r"(?m)^[ \t]*+(?:#{1,6}[ \t]|```|~~~)")
#: How much text may follow the advice and still leave it at the text's end.
_CLOSING_TAIL = 300

CLOSING_REPORT = frozenset(phrases.CLOSING_REPORT)
#: The remarks on the text handed over, in English and the data languages: said where a reply hands a text over.
HANDOVER = frozenset(phrases.HANDOVER + languages.PHRASES.get("handover", ()))


def file_closed_before(prose: str, start: int) -> bool:
    """Whether the last line before ``start`` closes a handed-over file (a thematic break or a code fence)."""
    return bool(_FILE_CLOSED.search(prose[max(0, start - 200) : start].rstrip()))


def handed_over(prose: str, start: int, end: int) -> bool:
    """Whether ``prose[start:end]`` sits where a reply hands a text over and remarks on it.

    Right after the file closes (a thematic break or a code fence) or opening the text, and with at
    most a short paragraph after it.
    """
    return (file_closed_before(prose, start) or not prose[:start].strip()) and at_text_end(prose, end)


#: A reminder to fill in placeholders ("Remember to replace the placeholder values with your own").
FILL_PLACEHOLDERS = re.compile(
    r"\b(?:replace|fill in|substitute|swap out)\b[^.!?\n]{0,60}?\bplaceholders?\b|\bplaceholders?\b[^.!?\n]{0,40}?\b(?:replace|fill in)",
    re.IGNORECASE,
)
#: A line that opens or closes code or an admonition (a fence, ":::note").
_CODE_EDGE = re.compile(r"[ \t>]*+(?:```|~~~|:::)")
#: How many lines on either side of a reminder are its neighbourhood.
_NEAR_LINES = 3


def reminder_beside_code(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``text[start:end]`` sits beside the code it is about.

    A code fence or an admonition's mark within a few lines before or after it, or a code span
    in it or just before it ("in the following `curl` command. Remember to replace ...").
    """
    before = text[max(0, start - 400) : start].split("\n")[-_NEAR_LINES:]
    after = text[end : end + 400].split("\n")[:_NEAR_LINES]
    return any(_CODE_EDGE.match(line) for line in before + after) or "`" in text[max(0, start - 200) : end]


def at_text_end(prose: str, end: int) -> bool:
    """Whether at most one short paragraph (besides the sentence's own list) follows ``end``: the text's close."""
    after = _LIST_LINE.sub("", prose[end:]).strip()
    return len(after) <= _CLOSING_TAIL and after.count("\n\n") <= 1 and not _SECTION_START.search(after)
