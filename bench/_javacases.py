"""Read LanguageTool's rule test cases (JUnit, Java) as (text, expected match count) pairs.

Understands the assertion forms those tests use: ``assertMatches(n, "text")``,
``assertMatches("text", n)``, ``assertGood/assertCorrect("text")`` (0),
``assertIncorrect/assertBad("text")`` (1), ``assertEquals(n, lt.check("text").size())`` and
``x = ...("text"); assertEquals(n, x.length)``. Strings joined with ``+`` are joined.
"""

from __future__ import annotations

import re

from bench._jscases import _unescape

STR = r'"(?:\\.|[^"\\\n])*"'
EXPR = rf"{STR}(?:\s*\+\s*{STR})*"
FORMS = [
    (re.compile(rf"assertMatches\(\s*(\d+)\s*,\s*({EXPR})\s*\)"), 1, 2),
    (re.compile(rf"assertMatches\(\s*({EXPR})\s*,\s*(\d+)\s*\)"), 2, 1),
    (re.compile(rf"assertEquals\(\s*(\d+)\s*,\s*(?:\w+\.)?(?:check|getMatches)\(\s*({EXPR})"), 1, 2),
]
GOOD = re.compile(rf"assert(?:Good|Correct|CorrectText)\(\s*({EXPR})\s*[,)]")
BAD = re.compile(rf"assert(?:Bad|Incorrect)\(\s*({EXPR})\s*[,)]")
CALL_THEN_COUNT = re.compile(
    rf"(?:analyzeText|getAnalyzedSentence|check)\(\s*({EXPR})\s*\)[^;]*;\s*assertEquals\(\s*(\d+)\s*,\s*\w+(?:\.length|\.size\(\))"
)


def _text(expr: str) -> str:
    return "".join(_unescape(m.group()[1:-1]) for m in re.finditer(STR, expr))


#: A line commented out (``// assertIncorrect("&'");``): a case the peer no longer checks.
COMMENTED = re.compile(r"^[ \t]*//.*$", re.M)


def cases(source: str) -> list[tuple[str, int]]:
    """(text, expected number of matches), in file order; commented-out lines are not cases."""
    source = COMMENTED.sub("", source)
    found: list[tuple[int, str, int]] = []
    for pattern, count_group, text_group in FORMS:
        for m in pattern.finditer(source):
            found.append((m.start(), _text(m.group(text_group)), int(m.group(count_group))))
    for m in GOOD.finditer(source):
        found.append((m.start(), _text(m.group(1)), 0))
    for m in BAD.finditer(source):
        found.append((m.start(), _text(m.group(1)), 1))
    for m in CALL_THEN_COUNT.finditer(source):
        found.append((m.start(), _text(m.group(1)), int(m.group(2))))
    return [(text, count) for _, text, count in sorted(found)]
