"""Adversarial documents: long runs of one shape that make a careless pattern backtrack.

Each generator returns a document of about ``size`` characters. Scraped data
holds all of these (hex dumps, minified text, table dumps, separator lines),
so a rule must stay linear on each. Used by tests/test_adversarial.py (work
counted) and bench/adversarial.py (time per family).
"""

from __future__ import annotations

from collections.abc import Callable


def _fill(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _lines(row: str, size: int) -> str:
    return _fill(row + "\n", size)


INPUTS: dict[str, Callable[[int], str]] = {
    "letters": lambda n: _fill("a", n),
    "hex": lambda n: _fill("deadbeef0123", n),
    "digits": lambda n: _fill("7", n),
    "punctuation": lambda n: "word " + _fill(".,;:!?-", n) + " word",
    "punctuation-between-words": lambda n: "Alpha " + _fill("-", n) + " beta.",
    "brackets": lambda n: _fill("(", n // 2) + _fill(")", n // 2),
    "quotes": lambda n: _fill("\"'“", n),
    "capitals": lambda n: _fill("A", n),
    "caps-words": lambda n: _fill("ABC DEF ", n),
    "mixed-scripts": lambda n: _fill("aбγ中ع", n),
    "mixed-script-words": lambda n: _fill("Moscow Москва 東京 ", n),
    "camel": lambda n: _fill("aB", n),
    "spaces": lambda n: "a" + _fill(" ", n) + "b",
    "dots-words": lambda n: _fill("a.", n),
    "code-like": lambda n: _fill("x=y", n),
    "identifier-dots": lambda n: _fill("a.b", n),
    "glued-sentences": lambda n: _fill("policies.You", n),
    "table-rows": lambda n: "| a | b | c |\n|---|---|---|\n" + _lines("| 1 | two | 3.5 |", n),
    "table-columns": lambda n: "|" + _fill(" x |", n // 2) + "\n|" + _fill("---|", n // 2) + "\n",
    "plain-table": lambda n: _lines("Item 12 Price 3.50 Count 7 Total 24.50", n),
    "repeated-phrase": lambda n: _fill("Subscribe to our newsletter. ", n),
    "repeated-lines": lambda n: _lines("The same line again", n),
    # every line of a block printed twice: each repeated line is judged once, with no walk
    # over the rest of the text per line
    "block-twice": lambda n: "".join(f"Entry {i} of the list is here.\n" for i in range(n // 60)) * 2,
    "dates": lambda n: _fill("Monday, 3 March 2025, ", n),
    "numbers-units": lambda n: _fill("12.5% 3,400 km 1 tsp. ", n),
    "html-ish": lambda n: _fill("<b>&amp;", n),
    "sentences": lambda n: _fill("The council met on Tuesday. ", n),
    "one-long-sentence": lambda n: _fill("and the ", n) + ".",
    "newlines": lambda n: _fill("\n", n),
    "save-this-file-lines": lambda n: _lines("Please save this file as a.py now.", n),
    "chat-label-lines": lambda n: _lines("Thought for 2m 1s and ChatGPT said:x", n),
    "fence-label-lines": lambda n: _lines("```\nCopy codex", n),
    "glued-thought-process": lambda n: _fill("aThought processBRetry", n),
    "dot-run": lambda n: "Leaders" + _fill(".", n) + "page 4",
    "dash-run": lambda n: "a" + _fill("-", n) + "a",
    "dash-cell": lambda n: "| a | b |\n|---|---|\n| " + _fill("-", n) + "x | y |\n",
    "exclamations": lambda n: "Wow" + _fill("!?", n) + "x",
    "underscores": lambda n: "a" + _fill("_", n) + "a",
    "open-directive": lambda n: "Text.\n<!-- scrapelint: disable=" + _fill(" ", n) + "x! -->",
    "directive-openings": lambda n: _fill("<!-- scrapelint: disable ", n),
    "here-spaces": lambda n: "I'm here" + _fill(" ", n) + "x",
    "caps-then-word": lambda n: _fill("A", n) + " b",
    # one sentence of wholes and parts that point back to them ("N of them"): each whole's list of
    # parts must end where the pointing ends, not run on to the end of the sentence
    "parts-of-them": lambda n: _fill("visitors 2,290, 537 of them campers and 1,853 of them hikers, ", n) + ".",
    # one sentence of wholes, each with its own change, then parts after "with", each with its
    # change in a clause: every figure joins the next, so a whole's parts must stop at a bound
    "parts-with-changes": lambda n: (
        _fill(
            "output 9.3 million mt, down 6.2 percent, with A at 2.8 million mt, up 4 percent, and B at 1.1 million mt, ",
            n,
        )
        + "."
    ),
    # a wide table of quarters, each with its share and change columns
    "share-change-columns": lambda n: (
        "|"
        + _fill(" 1Q16 Units | 1Q16 Share | Change |", n // 2)
        + "\n|"
        + _fill("---|", n // 4)
        + "\n|"
        + _fill(" 50.0 | 40.0% | 25.0% |", n // 4)
        + "\n"
    ),
    # a row of figures in every cell, two to a cell: stacked-row reading of each cell stays local
    "paired-figure-cells": lambda n: (
        "| a | b | c | d |\n|---|---|---|---|\n" + _lines("| x | 0.91 0.88 | 1 2 | 3 4 |", n)
    ),
    # a header of one name over many columns (a spanning cell copied over the grid)
    "copied-header": lambda n: "|" + _fill(" Share |", n // 2) + "\n|" + _fill("---|", n // 2) + "\n",
    # one line of many short runs of smart-dash cells (each run judged as a collapsed table)
    "smart-dash-runs": lambda n: "|" + _fill("x|—|—|", n) + "\n",
    # rows indented into code, and a simple table's column rules between flattened rows
    "indented-rows": lambda n: "a | b\n--: | :--\n" + _lines("      1 | x", n),
    "column-rules": lambda n: _lines("aa  bb  cc\n--  --  --", n),
    # one long delimiter row with text glued on
    "long-glued-delimiter": lambda n: "| a | b |\n|" + _fill("---|", n) + "x\n",
    # one table whose every row is a cell short (each row judged against the table's last row)
    "short-rows": lambda n: "| a | b | c |\n|---|---|---|\n" + _lines("| 1 | 2 |", n),
    # thousands of one-row tables, each a boilerplate block holding other families' findings
    "glued-delimiter-tables": lambda n: _lines("| a | b |\n|---|---|x", n),
}
