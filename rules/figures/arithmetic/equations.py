"""Calculations written out with "=": each side is evaluated and the sides must agree.

Worked examples, solutions and reports write the arithmetic itself ("3.6 - 3 = .6 billion",
"(1,200 / 2,000) * 100 = 60%", a chain "= 0.2 × 100% = 20%" continued on the next line).
The sides are read as figures of the unit model's kind (grouped thousands, a leading-dot
decimal, a currency sign, a scale word, a percent sign) joined by + - × x * / ÷ and brackets.
A percent sign and a scale word are read both ways (kept and dropped), so "0.2 × 100% = 20%"
and "3.6 - 3 = .6 billion" agree; a pair is reported only when no reading makes it agree.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.model.finding import Finding
from scrapelint.text.lazy import lazy

#: A written calculation is short; a longer run of figures and signs is a table or a list
_MAX_TOKENS = 40

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

#: one token of a written calculation; anything else ends it
_TOKEN = lazy(
    r"(?P<num>(?:(?:US)?[$€£]\s?)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))(?P<pct>\s?%)?"
    r"(?:\s(?P<scale>thousand|million|billion|trillion)\b)?"
    r"|(?P<op>[-+−–×*/÷]|(?<=[\s\d)])x(?=[\s\d(]))"
    r"|(?P<open>\()|(?P<close>\))"
)

#: "=" alone: not "==", "<=", ">=", "!=", "=>", ":="
_EQUALS = lazy(r"(?<![=<>!:])=(?![=>])")

#: before a calculation: nothing glued to it that would make it part of a larger expression
_GLUED = re.compile(r"[\w^√!.,)]$")
_NEWLINE = re.compile(r"\n")
_NON_SPACE = re.compile(r"\S")
#: after a calculation: a power, a root, a factorial or a word glued to its last figure ("3^2")
_GLUED_AFTER = re.compile(r"[\w^√!(]")


@dataclass(frozen=True)
class _Tok:
    kind: str  # "num", "op", "(", ")"
    start: int
    end: int
    value: float = 0.0
    pct: bool = False
    scale: float = 1.0
    decimals: int = 0


@dataclass(frozen=True)
class _Side:
    tokens: tuple[_Tok, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def has_op(self) -> bool:
        return any(t.kind == "op" for t in self.tokens[1:])


def _tokens(text: str, start: int, end: int) -> list[list[_Tok]]:
    """Runs of calculation tokens in ``text[start:end]``, split where anything else comes between."""
    runs: list[list[_Tok]] = [[]]
    pos = start
    for m in _TOKEN.finditer(text, start, end):
        gap = text[pos : m.start()]
        if gap.strip() or "\n" in gap:
            runs.append([])
        pos = m.end()
        if m.group("num"):
            raw = re.sub(r"[^\d.]", "", m.group("num"))
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            scale = _SCALE[m.group("scale")] if m.group("scale") else 1.0
            runs[-1].append(_Tok("num", m.start(), m.end(), float(raw), bool(m.group("pct")), scale, decimals))
        elif m.group("op"):
            runs[-1].append(_Tok("op", m.start(), m.end()))
        else:
            runs[-1].append(_Tok("(" if m.group("open") else ")", m.start(), m.end()))
    if text[pos:end].strip():
        runs.append([])
    return runs


class _Parser:
    """Recursive descent over one side; ``mode`` says how to read percent signs and scale words."""

    def __init__(self, text: str, tokens: tuple[_Tok, ...], pct_div: bool, scaled: bool) -> None:
        self.text, self.tokens, self.i, self.pct_div, self.scaled = text, tokens, 0, pct_div, scaled

    def parse(self) -> float | None:
        try:
            value = self._expr()
        except (IndexError, ValueError, ZeroDivisionError):
            return None
        return value if self.i == len(self.tokens) else None

    def _peek(self, *texts: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i].kind == "op" and self._op() in texts

    def _op(self) -> str:
        return self.text[self.tokens[self.i].start : self.tokens[self.i].end]

    def _expr(self) -> float:
        value = self._term()
        while self._peek("+", "-", "−", "–"):
            sign = self._op()
            self.i += 1
            right = self._term()
            value = value + right if sign == "+" else value - right
        return value

    def _term(self) -> float:
        value = self._factor()
        while self._peek("×", "x", "*", "/", "÷"):
            op = self._op()
            self.i += 1
            right = self._factor()
            value = value * right if op in ("×", "x", "*") else value / right
        return value

    def _factor(self) -> float:
        tok = self.tokens[self.i]
        if tok.kind == "op" and self._op() in ("-", "−", "–"):
            self.i += 1
            return -self._factor()
        if tok.kind == "(":
            self.i += 1
            value = self._expr()
            if self.tokens[self.i].kind != ")":
                raise ValueError
            self.i += 1
            return value
        if tok.kind != "num":
            raise ValueError
        self.i += 1
        value = tok.value * (tok.scale if self.scaled else 1.0)
        return value / 100 if tok.pct and self.pct_div else value


def _evaluate(text: str, side: _Side) -> list[tuple[float, float]] | None:
    """(value, rounding slack) under each reading of percent signs and scale words."""
    readings = []
    for pct_div in (False, True):
        for scaled in (False, True):
            parser = _Parser(text, side.tokens, pct_div, scaled)
            value = parser.parse()
            if value is None:
                return None
            slack = 0.0
            if len(side.tokens) == 1:  # a single written figure: half its last digit
                tok = side.tokens[0]
                slack = 0.5 * 10.0**-tok.decimals * (tok.scale if scaled else 1.0)
                slack /= 100 if tok.pct and pct_div else 1
            readings.append((value, slack))
    return readings


def _left_side(text: str, run: list[_Tok]) -> _Side | None:
    """The calculation that ends right before an "=": the whole run, less unmatched leading ")"."""
    while run and run[0].kind == ")":
        run = run[1:]
    if not run or len(run) > _MAX_TOKENS or _GLUED.search(text[max(0, run[0].start - 1) : run[0].start]):
        return None
    side = _Side(tuple(run))
    return side if _evaluate(text, side) is not None else None


def _right_side(text: str, run: list[_Tok]) -> _Side | None:
    """The calculation that starts right after an "=": the longest opening of the run that reads."""
    for stop in range(min(len(run), _MAX_TOKENS), 0, -1):
        side = _Side(tuple(run[:stop]))
        if _evaluate(text, side) is not None:
            return None if _GLUED_AFTER.match(text, side.end) else side
    return None


class EquationReaders:
    """The readers of FG005 for: calculations written out with "=" whose sides do not agree."""

    def _equations(self, prose: str) -> Iterator[Finding]:
        if "=" not in prose:
            return
        tolerance = self.config["tolerance"] / 100  # type: ignore[attr-defined]
        marks = [m.start() for m in _EQUALS.finditer(prose)]
        # line bounds found once, not searched for from each mark: a long line of marks stays linear
        breaks = [m.start() for m in _NEWLINE.finditer(prose)]
        first_word: dict[int, int] = {}  # line start -> offset of the line's first non-space character
        for k, mark in enumerate(marks):
            line = bisect_left(breaks, mark)
            line_start = breaks[line - 1] + 1 if line else 0
            line_end = breaks[line] if line < len(breaks) else len(prose)
            if line_start not in first_word:
                word = _NON_SPACE.search(prose, line_start, line_end)
                first_word[line_start] = word.start() if word else line_end
            left_from = marks[k - 1] + 1 if k and marks[k - 1] >= line_start else line_start
            if first_word[line_start] >= mark and k and "\n\n\n" not in prose[marks[k - 1] : mark]:
                left_from = marks[k - 1] + 1  # a line opening with "=" continues the calculation above
            right_to = marks[k + 1] if k + 1 < len(marks) and marks[k + 1] < line_end else line_end
            left_runs = _tokens(prose, left_from, mark)
            right_runs = _tokens(prose, mark + 1, right_to)
            if not left_runs[-1] or not right_runs[0]:
                continue
            left = _left_side(prose, left_runs[-1])
            right = _right_side(prose, right_runs[0])
            if left is None or right is None or not (left.has_op or right.has_op):
                continue
            a, b = _evaluate(prose, left), _evaluate(prose, right)
            if a is None or b is None:
                continue
            if any(
                abs(x - y) <= sx + sy + tolerance * max(abs(x), abs(y)) + 1e-9
                for (x, sx), (y, sy) in zip(a, b, strict=True)
            ):
                continue
            written = prose[right.start : right.end]
            yield self.finding(  # type: ignore[attr-defined]
                left.start,
                right.end,
                f"'{prose[left.start : left.end]}' comes to {_show(a[0][0])}, not {written}",
                expected=round(a[0][0], 6),
            )


def _show(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")
