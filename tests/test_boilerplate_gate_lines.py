"""A stray boilerplate line on a page of prose is reported at info; a block of residue gates."""

from __future__ import annotations

import pytest
from scrapelint.api import lint_text
from scrapelint.io.config import Settings
from scrapelint.model.finding import Severity
from scrapelint.rules.boilerplate.blocks import GATING_KINDS, gating_lines
from scrapelint.rules.boilerplate.segments import Segment

ARTICLE = [
    "Library hours extended",
    "The council voted on Tuesday to extend the library's opening hours into the evening, after a "
    "year in which visits rose by a fifth and the reading rooms were full most afternoons.",
    "Staff will be hired for the new evening shifts from the spring, and the branch libraries will "
    "follow once the budget for next year has been agreed by the council in March.",
]


def _bp(tail: list[str], settings: Settings | None = None):
    return lint_text("\n".join([*ARTICLE, *tail]) + "\n", select=["BP"], settings=settings)


@pytest.mark.parametrize("tail", [["Share this article"], ["Share", "Facebook"], ["Read more"]])
def test_one_or_two_lines_of_residue_are_info(tail):
    findings = _bp(tail)
    assert findings, "the stray line is still reported"
    assert {f.severity for f in findings} == {Severity.INFO}
    assert all("of boilerplate, under the 3 that fail the gate" in f.message for f in findings)


def test_a_block_of_residue_is_a_warning():
    findings = _bp(["Share", "Facebook", "X", "Email"])
    assert [(f.code, f.severity) for f in findings] == [("BP002", Severity.WARNING)]
    assert "fail the gate" not in findings[0].message


def test_lines_of_two_kinds_add_up():
    findings = _bp(["Share", "Facebook", "© 2024 The Gazette. All rights reserved."])
    assert {f.code for f in findings} == {"BP002", "BP007"}
    assert {f.severity for f in findings} == {Severity.WARNING}


def test_gate_lines_option_restores_the_strict_gate():
    strict = Settings(rule_options={code: {"gate_lines": 1} for code in ("BP002", "BP004")})
    assert {f.severity for f in _bp(["Share this article"], strict)} == {Severity.WARNING}
    assert {f.severity for f in _bp(["Read more"], strict)} == {Severity.WARNING}


def test_info_kinds_are_no_evidence():
    assert "comments" not in GATING_KINDS and "ui" not in GATING_KINDS
    segments = [Segment("ui", 0, 10, 1, 5, 5, "Loading..."), Segment("share", 11, 20, 6, 6, 1, "Share")]
    assert gating_lines(segments) == 1
