"""Grid tables (pandoc's ``+---+---+`` borders round ``| a | b |`` rows): GFM has no such table,
so it renders the borders and rows as one paragraph of dashes, plus signs and pipes.
"""

from __future__ import annotations

from scrapelint.model.document import Document, Line
from scrapelint.rules.tables.reader import unquoted_lines
from scrapelint.text.lazy import lazy

#: A grid border: plus signs joining runs of dashes, equals signs (the header's lower border)
#: or colons (alignment), indented less than four columns.
BORDER = lazy(r"[ ]{0,3}+\+(?:[-=:]++\+)++[ \t]*+")


#: A line inside a grid: opened and closed by a pipe or a plus sign (a border that a spanning
#: cell interrupts, "+-----+      |").
GRID_LINE = lazy(r"[ ]{0,3}+[|+].*[|+][ \t]*+")


def grid_tables(doc: Document) -> list[list[Line]]:
    """Runs of three or more lines opened by a grid border and closed by one, every line between
    opened and closed by a pipe or a plus sign, with a row among them: a grid table, which GFM
    renders as a paragraph. One pass over the lines."""
    if "+-" not in doc.text and "+=" not in doc.text and "+:" not in doc.text:
        return []
    kinds = {b.line: b.kind for b in doc.blocks}
    found: list[list[Line]] = []
    run: list[Line] = []

    def close() -> None:
        while run and not BORDER.fullmatch(run[-1].text):
            run.pop()
        if len(run) >= 3 and any(line.text.lstrip().startswith("|") for line in run):
            found.append(list(run))
        run.clear()

    lines, _ = unquoted_lines(doc)
    for line in lines:
        if kinds.get(line.number) == "code":
            close()
            continue
        if BORDER.fullmatch(line.text) or (run and GRID_LINE.fullmatch(line.text)):
            run.append(line)
            continue
        close()
    close()
    return found
