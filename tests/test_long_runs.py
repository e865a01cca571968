"""Shortcuts that keep long runs linear give the answers of the plain definitions."""

from __future__ import annotations

import random

import pytest
from scrapelint.rules.casing.rules import _easy_words, familiar_compound
from scrapelint.text.markdown import HTML_COMMENT, SUPPRESSION_COMMENT, _closed_comments


def test_a_compound_of_two_familiar_words_is_found_as_by_trying_every_split():
    words = sorted(_easy_words())
    if not words:
        pytest.skip("textstat's familiar-word list is not installed")
    rng = random.Random(2)
    keys = [rng.choice(words) + rng.choice(words) for _ in range(300)]
    keys += ["".join(rng.choice("abcdefghijst") for _ in range(rng.randint(4, 70))) for _ in range(500)]
    for key in keys:
        every_split = any(key[:i] in words and key[i:] in words for i in range(3, len(key) - 2))
        assert familiar_compound(key) == every_split, key
    assert familiar_compound("healthcare")


def test_comment_spans_are_those_of_the_pattern_over_the_whole_text():
    rng = random.Random(4)
    pieces = ["<!--", "-->", "->", " scrapelint: disable ", "text ", "\n", "<!-- scrapelint:"]
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pattern in (HTML_COMMENT, SUPPRESSION_COMMENT):
            expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert list(_closed_comments(pattern, text)) == expected, text
