"""Change logs: runs of short lines that name versions or changes are content, not a menu.

A release note lists its components and what changed in each ("Go Buildpack v1.10.19", "Add go
1.22.3, remove go 1.22.2", "capi bumped to 1.182.0"): short lines, many of them, read like a link
list by shape alone. A version number (three dotted parts, or two after a "v") beside a name is
what a menu, a share bar or a footer never carries line after line, nor a change's pull request
number ("Upgrade the parser (Jane Doe) #4110").
"""

from __future__ import annotations

import re
from dataclasses import replace

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo

#: A version: three or more dotted parts of up to three digits ("1.182.0", "v40.9.0"), or two
#: after a "v" ("v1.2"); a date with dots ("30.05.2024") has a part of four digits.
_VERSION = re.compile(r"(?<![\w.])(?:v?\d{1,3}(?:\.\d{1,3}){2,}|v\d{1,3}\.\d{1,3})(?![\d.]*\d)")
_WORD = re.compile(r"[A-Za-z][\w-]*")
#: A change's pull request or issue number ("#4110"); a hashtag is a word, not a number.
_CHANGE_REF = re.compile(r"(?<![\w&])#\d{2,}\b")


def version_line(line: str) -> bool:
    """A short line that names something and a version of it ("Add ruby 3.3.1"), or a change
    and the number of its pull request ("Fix handling of timeouts (Jane Doe) #3884")."""
    pattern = _VERSION if _VERSION.search(line) else _CHANGE_REF if _CHANGE_REF.search(line) else None
    return pattern is not None and bool(_WORD.search(pattern.sub(" ", line)))


def mark_change_logs(
    infos: list[LineInfo], text: str, min_versions: int = 4, gap: int = 4, reach: int = 3, long_log: int = 8
) -> list[LineInfo]:
    """Mark as list items the runs of lines where lines naming versions come at most ``gap``
    lines apart, hold at least half the run and number ``min_versions`` or more, when a
    paragraph or sentence stands within ``reach`` lines of the run or the run names ``long_log``
    versions or more (a change log; a version picker names versions alone, no thing beside them). A phrase line inside the run is one more
    entry of the log ("Updating github-config"), not a status string."""
    count = len(infos)
    versions = [infos[k].cls != PROSE and version_line(text[infos[k].start : infos[k].end]) for k in range(count)]
    marked = list(infos)
    k = 0
    while k < count:
        if not versions[k]:
            k += 1
            continue
        end, found = k, 1
        j = k + 1
        while j < count and j - end <= gap and infos[j].cls != PROSE:
            if versions[j]:
                end, found = j, found + 1
            j += 1
        beside = any(
            infos[j].cls in (PROSE, SENTENCE)
            for j in [*range(max(0, k - reach), k), *range(end + 1, min(count, end + 1 + reach))]
        )
        if found >= min_versions and 2 * found >= end - k + 1 and (beside or found >= long_log):
            for j in range(k, end + 1):
                if infos[j].cls == PHRASE:  # an entry between entries ("Updating github-config")
                    marked[j] = replace(marked[j], in_list=True, cls=SHORT, kind=None, heading_kind=None)
                elif infos[j].cls != PROSE:
                    marked[j] = replace(marked[j], in_list=True)
        k = end + 1
    return marked
