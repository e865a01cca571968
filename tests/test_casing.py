"""Casing rules on the seed articles (read at run time) and on documents in other languages."""

from __future__ import annotations

import re
from collections import Counter

from scrapelint.api import lint_text


def _covered(findings, start: int, end: int) -> bool:
    return any(f.start < end and f.end > start for f in findings)


def test_seed_lower_case_sentence_starts_are_found(seeds):
    text = seeds["001"]
    findings = lint_text(text, select=["CS001"])
    starts = [m.start(1) for m in re.finditer(r"[?!] ([a-z]+)", text)]
    starts += [m.start() for m in re.finditer(r"(?m)^[a-z]+ [A-Z][a-z]+ ", text)]
    assert len(starts) >= 2
    assert all(_covered(findings, s, s + 1) for s in starts)


def test_seed_stray_capital_after_a_lower_case_word_is_found(seeds):
    text = seeds["001"]
    findings = lint_text(text, select=["CS003"])
    spots = [m.start(1) for m in re.finditer(r"\b[a-z]+ (You)\b", text)]
    assert spots
    assert all(_covered(findings, s, s + 3) for s in spots)


def test_seed_name_in_lower_case_is_found_everywhere(seeds):
    """Every lower-case use of the seed's most capitalised name is flagged (by CS002 or, at a
    sentence start, by CS001)."""
    text = seeds["001"]
    names = Counter(re.findall(r"(?<=[a-z] )([A-Z][a-z]{3,})\b", text))
    name = names.most_common(1)[0][0]
    findings = lint_text(text, select=["CS001", "CS002"])
    spots = [m.start() for m in re.finditer(rf"\b{name.lower()}\b", text)]
    assert len(spots) >= 3
    assert all(_covered(findings, s, s + len(name)) for s in spots)
    after_hyphen = [s for s in spots if text[s - 1] == "-"]
    assert after_hyphen and all(_covered(findings, s, s + 1) for s in after_hyphen)


def test_seed_broken_capitalised_pairs_are_found(seeds):
    text = seeds["001"]
    findings = [f for f in lint_text(text, select=["CS002"]) if f.code == "CS002"]
    first_word = [m.start() for m in re.finditer(r"\b[a-z]+(?= Minister\b)", text)]
    surname_in_cell = [m.start(1) for m in re.finditer(r"\| [A-Z][a-z]+ ([a-z]+) \|", text)]
    assert first_word and surname_in_cell
    assert all(_covered(findings, s, s + 1) for s in first_word + surname_in_cell)
    messages = " ".join(f.message for f in findings)
    assert "Minister" in messages


def test_seed_without_casing_defects_in_prose_stays_nearly_clean(seeds):
    assert len(lint_text(seeds["004"], select=["CS002", "CS003", "CS004"])) == 0


def test_name_rules_skip_german_documents():
    text = (
        "Die Stadt Essen liegt im Ruhrgebiet. In Essen wohnen viele Menschen, und in Essen gibt es gutes essen. "
        "Der Bürgermeister von Essen sagte am Montag, dass die Stadt Essen weiter wachsen werde."
    )
    assert not lint_text(text, select=["CS002", "CS003"])


def test_unsafe_fix_is_marked_unsafe():
    findings = lint_text("The talks ended. the ministry said nothing.", select=["CS001"])
    assert findings and all(f.fix is not None and not f.fix.safe for f in findings)
