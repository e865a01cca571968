"""Inject one known table, casing or spacing error into clean text, at a known position.

Each injector takes clean text and a seeded ``random.Random`` and returns an
``Injection`` (the damaged text, the span of the damage and the rule code that
should report it) or ``None`` when the text offers no place for that error.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Injection:
    kind: str
    code: str
    text: str
    start: int
    end: int


Injector = Callable[[str, random.Random], "Injection | None"]

SENTENCE_GAP = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z][a-z]{2,} [a-z])")
COMMA_GAP = re.compile(r"(?<=[a-z]{3}), (?=[a-z]{3})")
WORD_GAP = re.compile(r"(?<=[a-z]{3}) (?=[a-z]{3})")
WORD_COMMA = re.compile(r"(?<=[a-z]{3}),(?= [a-z])")
CLOSE_PAREN = re.compile(r"(?<=[a-z])\) (?=[a-z]{3})")
PAREN_PAIR = re.compile(r"\([^()\n]{3,80}\)")
MID_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})(?= [a-z])")
MID_LOWER = re.compile(r"(?<=[a-z] )(the|and|with|from|that|their|this|for)(?= [a-z]{3})")
SENTENCE_WORDS = re.compile(r"(?<=[a-z]\. )((?:[A-Za-z]{2,} ){4}[A-Za-z]{2,})")


def _pick(matches: list[re.Match], rng: random.Random) -> re.Match | None:
    return rng.choice(matches) if matches else None


def _edit(kind: str, code: str, text: str, start: int, end: int, new: str) -> Injection:
    damaged = text[:start] + new + text[end:]
    return Injection(kind, code, damaged, start, start + max(len(new), 1))


def _substitution(kind: str, code: str, pattern: re.Pattern, replacement: str) -> Injector:
    """An injector that replaces one random match of ``pattern`` with ``replacement``."""

    def inject(text: str, rng: random.Random) -> Injection | None:
        m = _pick(list(pattern.finditer(text)), rng)
        return m and _edit(kind, code, text, m.start(), m.end(), replacement)

    return inject


comma_glued = _substitution("comma-glued", "SP001", COMMA_GAP, ",")
stop_glued = _substitution("stop-glued", "SP001", SENTENCE_GAP, ".")
space_before = _substitution("space-before", "SP003", WORD_COMMA, " ,")
doubled_space = _substitution("doubled-space", "SP004", WORD_GAP, "  ")
doubled_comma = _substitution("doubled-punctuation", "SP005", WORD_COMMA, ",,")


def closing_glued(text: str, rng: random.Random) -> Injection | None:
    candidates = [m for m in CLOSE_PAREN.finditer(text) if " " in text[text.rfind("(", 0, m.start()) : m.start()]]
    m = _pick(candidates, rng)
    return m and _edit("closing-glued", "SP002", text, m.start(), m.end(), ")")


QUOTE_PAIR = re.compile(r"“[^“”\n]{3,120}”|(?<=\s)\"[^\"\n]{3,120}\"(?=[\s.,])")
CLOSE_QUOTE = re.compile(r"(?<=[a-z])[”\"] (?=[a-z]{3})")
SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.(?= [A-Z])")
QUESTION = re.compile(r"(?<=[a-z]{3})\?(?=\s)")
COLON_GAP = re.compile(r"(?<=[a-z]{3}): (?=[a-z]{3})")


def _unclosed(kind: str, pattern: re.Pattern) -> Injector:
    """An injector that deletes the closing mark of one random ``pattern`` pair; the
    expected finding spans the paragraph, where the pair no longer balances."""

    def inject(text: str, rng: random.Random) -> Injection | None:
        m = _pick(list(pattern.finditer(text)), rng)
        if not m:
            return None
        close = m.end() - 1
        damaged = text[:close] + text[close + 1 :]
        paragraph_start = damaged.rfind("\n", 0, m.start()) + 1
        paragraph_end = damaged.find("\n", close)
        return Injection(
            kind, "SP006", damaged, paragraph_start, paragraph_end if paragraph_end != -1 else len(damaged)
        )

    return inject


unbalanced_quote = _unclosed("unbalanced-quote", QUOTE_PAIR)


def quote_glued(text: str, rng: random.Random) -> Injection | None:
    candidates = [
        m
        for m in CLOSE_QUOTE.finditer(text)
        if m.group()[0] == "”" or text.count('"', text.rfind("\n", 0, m.start()) + 1, m.start()) % 2
    ]
    m = _pick(candidates, rng)
    return m and _edit("quote-glued", "SP002", text, m.start(), m.end(), m.group()[0])


def doubled_stop(text: str, rng: random.Random) -> Injection | None:
    m = _pick(list(SENTENCE_STOP.finditer(text)), rng)
    return m and _edit("doubled-full-stop", "SP005", text, m.start(), m.end(), "..")


def space_before_question(text: str, rng: random.Random) -> Injection | None:
    m = _pick(list(QUESTION.finditer(text)), rng)
    return m and _edit("space-before-question", "SP003", text, m.start(), m.end(), " ?")


def colon_glued(text: str, rng: random.Random) -> Injection | None:
    m = _pick(list(COLON_GAP.finditer(text)), rng)
    return m and _edit("colon-glued", "SP001", text, m.start(), m.end(), ":")


unbalanced = _unclosed("unbalanced", PAREN_PAIR)


def sentence_lower(text: str, rng: random.Random) -> Injection | None:
    m = _pick(list(SENTENCE_GAP.finditer(text)), rng)
    if not m:
        return None
    at = m.end()
    return _edit("sentence-lower", "CS001", text, at, at + 1, text[at].lower())


def name_lower(text: str, rng: random.Random) -> Injection | None:
    matches = list(MID_NAME.finditer(text))
    counts: dict[str, int] = {}
    for m in matches:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    names = [m for m in matches if counts[m.group(1)] >= 3 and not re.search(rf"\b{m.group(1).lower()}\b", text)]
    m = _pick(names, rng)
    return m and _edit("name-lower", "CS002", text, m.start(1), m.end(1), m.group(1).lower())


def stray_capital(text: str, rng: random.Random) -> Injection | None:
    m = _pick(list(MID_LOWER.finditer(text)), rng)
    return m and _edit("stray-capital", "CS003", text, m.start(1), m.end(1), m.group(1).capitalize())


def caps_run(text: str, rng: random.Random) -> Injection | None:
    m = _pick(list(SENTENCE_WORDS.finditer(text)), rng)
    return m and _edit("caps-run", "CS004", text, m.start(1), m.end(1), m.group(1).upper())


# -- tables: a clean table is appended, then damaged ---------------------------------------------

TABLE_WORD = re.compile(r"\b[A-Z][a-z]{3,12}\b")


def clean_table(text: str, rng: random.Random, rows: int = 5, outer: bool = True) -> list[list[str]]:
    """A small table whose cells are words of the text and numbers (unique rows)."""
    words = sorted(set(TABLE_WORD.findall(text))) or ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma"]
    header = ["Name", "Region", "Share (%)", "Change"]
    table = [header]
    for i in range(rows):
        table.append(
            [
                rng.choice(words) + f" {i + 1}",
                rng.choice(words),
                f"{rng.randint(1, 99)}.{i}",
                rng.choice(["up", "down", ""]),
            ]
        )
    return table


def render_row(cells: list[str], outer: bool = True) -> str:
    inner = " | ".join(cells)
    return f"| {inner} |" if outer else inner


def render_table(table: list[list[str]], outer: bool = True) -> list[str]:
    delimiter = ["---"] * len(table[0])
    if outer:
        delimiter[2] = "--:"
    return [render_row(table[0], outer), render_row(delimiter, outer)] + [render_row(r, outer) for r in table[1:]]


def _with_table(text: str, kind: str, code: str, lines: list[str], bad: int) -> Injection:
    prefix = text.rstrip("\n") + "\n\n"
    start = len(prefix) + sum(len(line) + 1 for line in lines[:bad])
    return Injection(kind, code, prefix + "\n".join(lines) + "\n", start, start + len(lines[bad]))


def _table_injector(
    kind: str, code: str, damage: Callable[[list[str], list[list[str]], random.Random, bool], int]
) -> Injector:
    def inject(text: str, rng: random.Random) -> Injection:
        outer = rng.random() < 0.6
        table = clean_table(text, rng)
        lines = render_table(table, outer)
        bad = damage(lines, table, rng, outer)
        return _with_table(text, kind, code, lines, bad)

    inject.__name__ = kind
    return inject


def _drop_cell(lines, table, rng, outer):
    row = rng.randrange(2, len(lines) - 1)  # a short last row is a table cut off (TB006)
    cells = table[row - 1][:]
    del cells[rng.randrange(len(cells))]
    lines[row] = render_row(cells, outer)
    return row


def _empty_header(lines, table, rng, outer):
    header = table[0][:]
    header[rng.randrange(1, len(header))] = ""  # an empty first (corner) cell is allowed
    lines[0] = render_row(header, outer)
    return 0


def _no_delimiter(lines, table, rng, outer):
    del lines[1]
    return 0


def _misplaced_delimiter(lines, table, rng, outer):
    delimiter = lines.pop(1)
    lines.insert(3, delimiter)
    return 3


def _repeated_header(lines, table, rng, outer):
    lines.insert(4, lines[0])
    return 4


def _merged_header(lines, table, rng, outer):
    row = 4
    cells = table[row - 1][:1] + table[0] + table[row - 1][1:]
    lines[row] = render_row(cells[: len(table[0]) + 1], outer)
    return row


def _duplicate_row(lines, table, rng, outer):
    lines.insert(4, lines[3])
    return 4


def _cut_off(lines, table, rng, outer):
    last = lines[-1]
    cut = last.rfind("|", 0, len(last) - 2) if outer else last.rfind("|")
    lines[-1] = last[: cut - 3].rstrip()
    return len(lines) - 1


def _lone_delimiter(lines, table, rng, outer):
    # a table that lost its header: the delimiter row opens it
    del lines[0]
    return 0


def _flattened(lines, table, rng, outer):
    lines[:] = ["    ".join(c or "-" for c in row) for row in table]
    return 0


INJECTORS: dict[str, Injector] = {
    "comma-glued": comma_glued,
    "stop-glued": stop_glued,
    "space-before": space_before,
    "doubled-space": doubled_space,
    "doubled-punctuation": doubled_comma,
    "closing-glued": closing_glued,
    "quote-glued": quote_glued,
    "colon-glued": colon_glued,
    "doubled-full-stop": doubled_stop,
    "space-before-question": space_before_question,
    "unbalanced-quote": unbalanced_quote,
    "unbalanced": unbalanced,
    "sentence-lower": sentence_lower,
    "name-lower": name_lower,
    "stray-capital": stray_capital,
    "caps-run": caps_run,
    "table-cell-count": _table_injector("table-cell-count", "TB001", _drop_cell),
    "table-empty-header": _table_injector("table-empty-header", "TB002", _empty_header),
    "table-no-delimiter": _table_injector("table-no-delimiter", "TB003", _no_delimiter),
    "table-misplaced-delimiter": _table_injector("table-misplaced-delimiter", "TB003", _misplaced_delimiter),
    "table-lone-delimiter": _table_injector("table-lone-delimiter", "TB003", _lone_delimiter),
    "table-repeated-header": _table_injector("table-repeated-header", "TB004", _repeated_header),
    "table-merged-header": _table_injector("table-merged-header", "TB004", _merged_header),
    "table-duplicate-row": _table_injector("table-duplicate-row", "TB005", _duplicate_row),
    "table-cut-off": _table_injector("table-cut-off", "TB006", _cut_off),
    "table-flattened": _table_injector("table-flattened", "TB007", _flattened),
}


def clean_table_text(text: str, rng: random.Random) -> str:
    """The text with a well-formed table appended (it must stay clean)."""
    outer = rng.random() < 0.5
    return text.rstrip("\n") + "\n\n" + "\n".join(render_table(clean_table(text, rng), outer)) + "\n"
