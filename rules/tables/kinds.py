"""What a table cell holds (a figure, a link, code or text), and the kind a column shares:
the checks compare a cell with its column by kind, not by its words.
"""

from __future__ import annotations

from collections import Counter

from scrapelint.text.lazy import lazy

SENTENCE_END = lazy(r"[.!?:;,]$")


def cell_kind(cell: str) -> str:
    text = cell.strip().strip("*_").strip()
    if text.startswith("`"):
        return "code"
    if text.startswith(("[", "![", "<a", "<img", "http")):
        return "link"
    alnum = [ch for ch in text if ch.isalnum()]
    if alnum and alnum[0].isdigit() and sum(ch.isdigit() for ch in alnum) * 2 >= len(alnum):
        return "number"
    return "text"


def column_kind(cells: list[str]) -> str | None:
    """The kind most of a column's filled cells share, if more than half share one."""
    filled = [cell_kind(cell) for cell in cells if cell]
    if not filled:
        return None
    kind, count = Counter(filled).most_common(1)[0]
    return kind if count * 2 > len(filled) else None
