"""The AI family's candidate sets: an RE2 superset of every pattern, so no match is ever skipped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from scrapelint.api import lint_text
from scrapelint.rules.assistant import candidates
from scrapelint.rules.assistant.candidates import PATTERNS, superset

re2 = pytest.importorskip("re2")

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*")) if path.is_file()]
    for name in ("assistant.jsonl", "assistant_wild.jsonl"):
        with (ROOT / "bench" / "data" / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def _register_every_rule() -> None:
    import scrapelint.rules.assistant

    assert scrapelint.rules.assistant.RULES  # importing the rule modules registers their patterns


def test_every_family_pattern_is_registered_and_translated():
    _register_every_rule()
    registered = PATTERNS.registered()
    assert len(registered) > 150
    for _group, _number, source, flags in registered:
        re2.compile(superset(source, flags))  # raises if the superset is not RE2 syntax


def test_a_pattern_that_matches_a_text_is_always_a_candidate():
    _register_every_rule()
    registered = PATTERNS.registered()
    compiled = [(group, number, re.compile(source, flags)) for group, number, source, flags in registered]
    missed = []
    for text in _texts():
        encoded = text.encode("utf-8")
        answers = {}
        for group, number, pattern in compiled:
            if pattern.search(text):
                if group not in answers:
                    answers[group] = PATTERNS.scan(encoded, group)
                found = answers[group]
                if found is not None and number not in found:
                    missed.append((group, pattern.pattern[:60], text[:60]))
    assert not missed, missed[:5]


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\bis\b", re.IGNORECASE, "İS"),  # Python folds dotted and dotless i; RE2 does not
        (r"(?<![A-Za-z])cite\w+", 0, "1citeéé"),  # lookbehind dropped, \w beyond ASCII
        (r"^[ \t]*Copy$", re.MULTILINE, "a\n  Copy\nb"),  # anchors dropped
        (r"a\s++b", 0, "a\u2003b"),  # possessive repeat, Unicode space
        (r"(?>ab|a)c", 0, "xac"),  # an atomic group
        (r"x[^.!?\n]{0,80}?yz", 0, "x" + "-" * 70 + "yz"),  # long gap: the core ("yz") stands alone
        (r"\d{2,}", 0, "١٢"),  # Arabic-Indic digits are \d in Python
    ],
)
def test_superset_matches_wherever_python_may(pattern, flags, text):
    assert re.search(pattern, text, flags)
    assert re2.search(superset(pattern, flags), text)


def test_a_text_that_cannot_be_encoded_runs_every_pattern():
    """A lone surrogate cannot go to RE2: the rules fall back to their full scan and still find the leftover."""
    text = "Would you like me to add a table?"
    clean = [(f.code, f.start) for f in lint_text(text, select=["AI"]) if f.code.startswith("AI")]
    broken = [(f.code, f.start) for f in lint_text(text + "\ud800", select=["AI"]) if f.code.startswith("AI")]
    assert ("AI001", 0) in clean
    assert broken == clean


def test_the_answer_is_computed_once_per_document():
    from scrapelint.model.document import Document

    doc = Document("I hope this helps with your essay!")
    first = candidates.scan(doc, "sign-off")
    assert first is candidates.scan(doc, "sign-off")
    assert first  # the sign-off phrase is a candidate


def test_located_search_finds_exactly_what_a_full_scan_finds():
    """Skipping to where the superset matches changes no match of any phrase, windows or not."""
    from scrapelint.rules.assistant.rules import RULES

    phrases = [phrase for rule in RULES for phrase in rule.phrases]
    differences = []
    for text in _texts():
        for phrase in phrases:
            spans = phrase.locator.spans(text)
            if spans is None:
                continue
            ends = [end for _, end in spans]
            for start, end in ((0, len(text)), (len(text) // 3, len(text))):
                full = [m.span() for m in phrase.regex.finditer(text, start, end)]
                located = [m.span() for m in phrase.locator.finditer(phrase.regex, text, start, end, spans, ends)]
                if full != located:
                    differences.append((phrase.source[:50], text[:50]))
    assert not differences, differences[:5]
