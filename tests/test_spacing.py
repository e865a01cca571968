"""Spacing and punctuation rules on the seed articles, and their cost on long lines."""

from __future__ import annotations

import re

from scrapelint.api import lint_text
from scrapelint.model.fixes import apply_fixes


def _flagged(text: str, code: str, pattern: str) -> list[tuple[str, bool]]:
    """Every match of ``pattern`` in ``text`` and whether a ``code`` finding covers it."""
    findings = [f for f in lint_text(text, select=[code]) if f.code == code]
    return [
        (m.group(), any(f.start < m.end() and f.end > m.start() for f in findings)) for m in re.finditer(pattern, text)
    ]


def test_seed_commas_glued_between_words_are_found(seeds):
    found = _flagged(seeds["001"], "SP001", r"[a-z]{3},[a-z]{3}")
    assert len(found) >= 3
    assert all(hit for _, hit in found), found


def test_seed_full_stops_glued_to_the_next_sentence_are_found(seeds):
    found = _flagged(seeds["001"], "SP001", r"[a-z]{3}\.[A-Z][a-z]+")
    assert len(found) >= 2
    assert all(hit for _, hit in found), found


def test_seed_dotted_abbreviation_glued_to_a_word_is_found(seeds):
    found = _flagged(seeds["001"], "SP001", r"[A-Z]\.[A-Z]\.[a-z]{2,}")
    assert len(found) >= 2
    assert all(hit for _, hit in found), found


def test_seed_lower_case_sentence_glued_to_a_full_stop_is_found(seeds):
    found = _flagged(seeds["001"], "SP001", r"[a-z]{4}\.the\b")
    assert found
    assert all(hit for _, hit in found), found


def test_seed_abbreviations_and_numbers_stay_clean(seeds):
    findings = lint_text(seeds["001"], select=["SP001"])
    text = seeds["001"]
    for f in findings:
        around = text[f.start - 1 : f.end + 1]
        assert not re.fullmatch(r"\d[.,]\d", around), around


def test_safe_fixes_repair_the_seed_without_new_findings(seeds):
    text = seeds["001"]
    fixed = apply_fixes(text, lint_text(text, select=["SP001"])).text
    assert len(fixed) > len(text)
    assert not lint_text(fixed, select=["SP001"])


def test_clean_seed_has_no_spacing_findings(seeds):
    assert not lint_text(seeds["004"], select=["SP001", "SP002", "SP004", "SP005"])


def test_long_single_line_gives_one_finding_per_defect():
    """Ten times the text, ten times the findings: no defect lost or doubled on a long line
    (speed is measured in bench/casing_spacing.py, not here)."""
    unit = "The U.S. talks (in Oslo) ended,then “resumed” at 10:39 | a | b  c. the end... Norway and norway "
    small = lint_text(unit * 400, select=["SP"])
    large = lint_text(unit * 4000, select=["SP"])
    assert [f.code for f in small] == ["SP001"] * 400
    assert [f.code for f in large] == ["SP001"] * 4000


def test_pathological_runs_of_punctuation_are_not_prose():
    text = "(" * 50000 + "“" * 20000 + "," * 20000 + "." * 20000 + " " * 20000 + "a.b" * 20000
    assert lint_text(text, select=["SP"]) == []
