"""A data literal that lost its code block: lines of brackets and quoted keys.

A post that shows a schema or an API's answer as JSON may reach the linter as plain lines, its
code fence gone: "{", "“agency”: “DOABC”,", "“tags”: [", "],". One line a value, they run like
a menu of short lines, and a key may even read as a phrase ("“tags”: [", "“contact”: {"). No
menu is written as brackets that open and close around quoted keys, so such a run is the text's
own data, its keys no furniture.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SHORT, LineInfo

#: Only brackets and separators ("{", "],", "}").
_BRACKETS = re.compile(r"[\[\]{}(),;\s]+")
#: A quoted key and its colon ("“agency”: “DOABC”,", "\"tags\": [").
_KEY = re.compile(r"[\"“'][^\"“”']{1,60}[\"”']\s*:")
#: A quoted value alone, as an array's item ("“platform”,").
_VALUE = re.compile(r"[\"“'][^\"“”']{0,200}[\"”'],?")


def mark_code_runs(infos: list[LineInfo], text: str, min_lines: int = 5, min_each: int = 2) -> list[LineInfo]:
    """Mark as list items, and no phrase, the lines of runs of ``min_lines`` or more lines that
    are each a bracket line, a quoted key or a quoted value, with ``min_each`` opening bracket
    lines, closing bracket lines and keys at least, the first line opening a bracket."""
    marked = list(infos)
    count = len(infos)
    shapes = [_shape(text[i.start : i.end].strip()) if i.cls != PROSE else None for i in infos]
    k = 0
    while k < count:
        if shapes[k] != "open":
            k += 1
            continue
        end = k
        while end + 1 < count and shapes[end + 1] is not None:
            end += 1
        run = shapes[k : end + 1]
        opens = sum(1 for s in run if s == "open")
        closes = sum(1 for s in run if s == "close")
        keys = sum(1 for s in run if s in ("key", "open"))
        if len(run) >= min_lines and opens >= min_each and closes >= min_each and keys >= min_each:
            for j in range(k, end + 1):
                info = infos[j]
                cls = SHORT if info.cls == PHRASE else info.cls
                marked[j] = replace(info, in_list=True, cls=cls, kind=None, heading_kind=None)
        k = end + 1
    return marked


def _shape(line: str) -> str | None:
    """ "open" for a line that opens a bracket (alone or after a key), "close" for brackets that
    close, "key" and "value" for a quoted key or value, else None."""
    if not line or len(line) > 300:
        return None
    if line[-1] in "[{" and (len(line) == 1 or _KEY.match(line)):
        return "open"
    if _BRACKETS.fullmatch(line):
        return "close" if any(c in line for c in "]}") else None
    if _KEY.match(line):
        return "key"
    if _VALUE.fullmatch(line):
        return "value"
    return None
