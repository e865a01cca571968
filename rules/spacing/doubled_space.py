"""SP004: two or three spaces between words on one line.

A line of columns aligned with spaces is a table set as text, not damage: the alignment test
lives here with the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule

#: Two or three spaces between words, a no-break space beside a space counted as a space ("a \xa0b").
DOUBLE_SPACE = re.compile(r"(?<=[^\s|])((?=[ \xa0]{0,2} )[ \xa0]{2,3})(?=[^\s|])")
COLUMN_GAPS = re.compile(r"\S(?: {2,}|\t)(?=\S)")
COLUMN_SPLIT = re.compile(r" {2,}|\t")


class DoubledSpace(Rule):
    """Two or three spaces between words on one line.

    ## What it does
    Flags a run of two or three spaces inside a line of prose (a no-break space beside a
    space counts as a space). Lines that use runs of spaces to align columns (two or more
    such runs) are left to the table rules, unless the line reads as one sentence: it ends
    with a full stop and every word after a run continues it in lower case.

    ## Why it matters
    Doubled spaces mark text glued from fragments; they also break exact-match
    de-duplication of otherwise identical sentences.

    Measured: precision not measurable yet: no finding on 451,080 words of scraped pages; 0
    false on 187,190 words of clean articles (2 more judged real slips of the source);
    recall 60/60 injected errors (validation part; bench/precision.py, bench/README.md).

    ## Example
    "The talks  were cancelled." is flagged; the safe fix keeps one space.

    ## Use instead
    "The talks were cancelled."

    ## Fix safety
    Safe: the fix only inserts or removes spaces or a doubled mark; the words stay as they are, so `--fix` applies it.

    ## Options
    None.
    """

    code = "SP004"
    name = "doubled-space"
    severity = Severity.INFO
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        for block in doc.blocks:
            if block.kind not in ("text", "list_item", "quote", "heading"):
                continue
            line = doc.prose[block.content_start : block.end]
            if "  " not in line and " \xa0" not in line and "\xa0 " not in line:
                continue
            runs = list(DOUBLE_SPACE.finditer(line))
            if not runs or _aligned(line):
                continue
            for run in runs:
                start = block.content_start + run.start()
                if doc.text[start : start + len(run.group())].strip():
                    continue  # code blanked out of the prose
                yield self.finding(
                    start,
                    start + len(run.group()),
                    "doubled space",
                    fix=Fix.replace(start, start + len(run.group()), " "),
                )


def _aligned(line: str) -> bool:
    """Runs of spaces that line up columns (a table flattened to text), not stray doubles: two
    or more runs, unless the line reads as one sentence (it ends with a full stop, question or
    exclamation mark, and every word after a run continues it in lower case, where a column
    starts a new cell)."""
    if len(COLUMN_GAPS.findall(line)) < 2:
        return False
    stripped = line.strip()
    cells = COLUMN_SPLIT.split(stripped)[1:]
    return not (stripped.endswith((".", "!", "?")) and all(cell[:1].islower() for cell in cells))
