"""A document's lone space before a mark (SP003) is reported at info; two or more gate."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from scrapelint.api import lint_text
from scrapelint.cli.app import main
from scrapelint.io.config import Settings
from scrapelint.model.finding import Severity

ONE_SLIP = {"SP003": "The minister resigned , officials said. The vote is on Monday.\n"}
TWO_SLIPS = {"SP003": "The minister resigned , officials said. The vote is on Monday .\n"}


@pytest.mark.parametrize("code", sorted(ONE_SLIP))
def test_one_slip_is_info_and_says_why(code):
    findings = lint_text(ONE_SLIP[code], select=[code])
    assert [(f.code, f.severity) for f in findings] == [(code, Severity.INFO)]
    assert findings[0].message.endswith("; the document holds 1 finding of this rule, under the 2 that fail the gate")
    assert findings[0].fix is not None, "the fix is offered whatever the severity"


@pytest.mark.parametrize("code", sorted(TWO_SLIPS))
def test_two_slips_are_warnings(code):
    findings = lint_text(TWO_SLIPS[code], select=[code])
    assert [(f.code, f.severity) for f in findings] == [(code, Severity.WARNING)] * 2
    assert all("fail the gate" not in f.message for f in findings)


def test_a_glued_closing_bracket_is_info_however_many():
    """SP002 ships at info by its measured precision (under 0.9), so it never gates by default."""
    text = "The talks (in Washington)were cancelled. He said “no”and left.\n"
    assert [(f.code, f.severity) for f in lint_text(text, select=["SP002"])] == [("SP002", Severity.INFO)] * 2


@pytest.mark.parametrize("code", sorted(ONE_SLIP))
def test_gate_count_one_restores_the_strict_gate(code):
    strict = Settings(rule_options={code: {"gate_count": 1}})
    findings = lint_text(ONE_SLIP[code], select=[code], settings=strict)
    assert [(f.code, f.severity) for f in findings] == [(code, Severity.WARNING)]


def test_gate_count_three_needs_three():
    lenient = Settings(rule_options={"SP003": {"gate_count": 3}})
    assert {f.severity for f in lint_text(TWO_SLIPS["SP003"], select=["SP003"], settings=lenient)} == {Severity.INFO}


def test_the_gate_counts_per_document(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text(ONE_SLIP["SP003"], encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text(TWO_SLIPS["SP003"], encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(one), "--isolated", "--no-cache"]).exit_code == 0
    assert runner.invoke(main, ["check", str(one), str(two), "--isolated", "--no-cache"]).exit_code == 1


def test_a_configured_severity_applies_to_the_gating_findings_only():
    """Raising the rule maps its gating findings; a lone slip stays info until gate-count is 1."""
    raised = Settings(severity={"SP003": Severity.ERROR})
    assert {f.severity for f in lint_text(TWO_SLIPS["SP003"], select=["SP003"], settings=raised)} == {Severity.ERROR}
    assert {f.severity for f in lint_text(ONE_SLIP["SP003"], select=["SP003"], settings=raised)} == {Severity.INFO}
