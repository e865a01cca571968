"""Suppression comments for today's findings: scrapelint's ``--add-noqa``.

A team adopting the linter on an existing corpus can silence what is there and fail only on
new problems, with the silencing visible in the files (unlike a baseline). Each line where a
finding starts gets ``<!-- scrapelint: disable-next-line=CODES -->`` on a line of its own above
it, indented like it; codes already silenced there are merged, not repeated.
"""

from __future__ import annotations

from collections.abc import Iterable

from scrapelint.model.finding import Finding

COMMENT = "<!-- scrapelint: disable-next-line={codes} -->"


def add_noqa(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """``text`` with a suppression comment above each line where a finding starts; and how many were added.

    SL findings are about the input itself and are never suppressed, so they get no comment.
    """
    codes_by_line: dict[int, set[str]] = {}
    for finding in findings:
        if finding.family == "SL" or finding.code.startswith("SL") or finding.line < 1:
            continue
        codes_by_line.setdefault(finding.line, set()).add(finding.code)
    if not codes_by_line:
        return text, 0
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        codes = codes_by_line.get(number)
        if codes:
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            out.append(indent + COMMENT.format(codes=",".join(sorted(codes))) + newline)
        out.append(line)
    return "".join(out), len(codes_by_line)
