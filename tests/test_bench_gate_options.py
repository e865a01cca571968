"""The gate benchmark's variants: one source alone, and rule options set for a run."""

from __future__ import annotations

import argparse

import pytest
from scrapelint.api import make_engine
from scrapelint.model.document import Document
from scrapelint.model.finding import Severity

from bench.gate import rule_option, settings_with

ONE_SLIP = "The minister resigned , officials said. The vote is on Monday.\n"


def test_a_rule_option_is_read_as_json_where_it_parses():
    assert rule_option("SP003.gate_count=1") == ("SP003", "gate_count", 1)
    assert rule_option("bp001.gate-lines=true") == ("BP001", "gate_lines", True)
    assert rule_option('CS001.words=["iPhone"]') == ("CS001", "words", ["iPhone"])
    assert rule_option("RD001.grade=college") == ("RD001", "grade", "college")


@pytest.mark.parametrize("text", ["SP003", "SP003=1", ".gate_count=1", "SP003.=1"])
def test_a_malformed_rule_option_is_refused_with_the_expected_form(text):
    with pytest.raises(argparse.ArgumentTypeError, match=r"CODE\.key=value"):
        rule_option(text)


def severities(settings) -> list[Severity]:
    result, _ = make_engine(settings).lint_document(Document(text=ONE_SLIP, path="page"))
    return [f.severity for f in result.findings if f.code == "SP003"]


def test_the_options_reach_the_rules_the_gate_runs():
    assert severities(settings_with([])) == [Severity.INFO]
    assert severities(settings_with([rule_option("SP003.gate_count=1")])) == [Severity.WARNING]


def test_the_source_filter_keeps_one_source(monkeypatch, tmp_path, capsys):
    import bench.gate as gate
    from bench._split import Page

    pages = [
        Page("a/1", "alpha", "A calm sentence about the weather.\n", "en", part="validation"),
        Page("b/1", "beta", "Another calm sentence about the sea.\n", "en", part="validation"),
    ]
    monkeypatch.setattr(gate, "clean_external", lambda: pages)
    monkeypatch.setattr(gate, "shared_dir", lambda root: tmp_path)
    assert gate.main(["--part", "validation", "--source", "beta"]) == 0
    out = capsys.readouterr().out
    assert "beta/en" in out and "alpha/en" not in out
    assert "pages=    1" in out
