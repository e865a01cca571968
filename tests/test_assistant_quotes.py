"""The quote index answers as a fresh read of everything before the span would."""

from __future__ import annotations

import random
import re

from scrapelint.rules.assistant.quotes import QUOTED_PATTERN, blank_quoted, inside_quotes

_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[{—–:-]))['‘]")
_CLOSE = re.compile(r"['’](?=[\s.,;:!?)\]}—–-]|$)")


def quoted_by_reading_the_prefix(text: str, start: int) -> bool:
    """The definition: read ``text[:start]`` as a text of its own."""
    before = text[:start]
    pairs = (("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"))
    if before.count('"') % 2 == 1 or any(before.count(a) > before.count(b) for a, b in pairs):
        return True
    depth = 0
    events = sorted(
        [(m.start(), 1) for m in _OPEN.finditer(before)] + [(m.start(), -1) for m in _CLOSE.finditer(before)]
    )
    for _, step in events:
        depth = max(0, depth + step)
    if depth > 0:
        return True
    stripped = before.rstrip()
    return bool(stripped) and stripped[-1] in "\"“‘'«„「『"


def test_every_prefix_of_random_quoted_text_reads_as_the_prefix_alone():
    rng = random.Random(11)
    alphabet = [
        "a",
        "b",
        " ",
        " ",
        "\n",
        ".",
        ",",
        "(",
        ")",
        "-",
        "'",
        "‘",
        "’",
        '"',
        "“",
        "”",
        "«",
        "»",
        "„",
        "「",
        "」",
    ]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for start in range(len(text) + 1):
            assert inside_quotes(text, start, start) == quoted_by_reading_the_prefix(text, start), (text, start)


def test_a_span_after_an_open_quote_is_quoted_and_after_a_closed_one_is_not():
    assert inside_quotes("He wrote “let me know if you", 20, 24)
    assert not inside_quotes("He wrote “hi” and let me know", 18, 22)
    assert inside_quotes("She said 'let me know", 10, 13)
    assert not inside_quotes("She said 'no' and let me know", 18, 21)


def test_blanking_quotations_gives_what_the_pattern_gives():
    pattern = re.compile(QUOTED_PATTERN)
    rng = random.Random(5)
    alphabet = ["a", "b", " ", "\t", "\n", '"', "“", "”", "`", ":", "：", "«", "»", "„", ">"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert blank_quoted(text) == pattern.sub(" ", text), text
    long_line = "a" * 700 + "“" + "b" * 700  # a quotation left open further than the pattern reaches
    assert blank_quoted(long_line) == pattern.sub(" ", long_line)
    assert blank_quoted('He said "hi" and left') == "He said   and left"
