"""The Python API takes settings the way the configuration file does, and streams."""

from __future__ import annotations

import types

import pytest
from scrapelint.api import ConfigError, lint_paths, lint_text

from tests.test_cli import ARTICLE


def test_select_accepts_a_string_or_a_list():
    text = "Members argued,however, about it. THE END IS NEAR FOR ALL OF US HERE."
    as_string = [f.code for f in lint_text(text, select="SP")]
    assert as_string and all(code.startswith("SP") for code in as_string)
    assert [f.code for f in lint_text(text, select=["SP"])] == as_string
    both = {f.code[:2] for f in lint_text(text, select="SP,CS")}
    assert both == {"SP", "CS"}


def test_unknown_keyword_is_the_configuration_error_the_cli_gives(cli, project):
    with pytest.raises(ConfigError, match=r"unknown key 'selct' \(did you mean 'select'\?\)"):
        lint_text("text", selct="SP")
    with pytest.raises(ConfigError, match="unknown rule selector 'QQ9'"):
        lint_text("text", select="QQ9")
    with pytest.raises(ConfigError, match="fail-on"):
        lint_text("text", fail_on="sometimes")
    cli_message = cli("check", ".", "--select", "QQ9").output
    assert "unknown rule selector 'QQ9'" in cli_message


def test_lint_paths_streams_and_checks_settings_at_the_call(project):
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "b.txt").write_text(ARTICLE, encoding="utf-8")
    stream = lint_paths([project], select="ZZ001")
    assert isinstance(stream, types.GeneratorType)
    first = next(stream)
    assert first.code == "ZZ001" and first.path.endswith("a.txt")
    assert [f.path[-5:] for f in stream] == ["b.txt"]
    with pytest.raises(ConfigError):
        lint_paths([project], selct="ZZ")  # raised before any iteration


def test_overrides_keep_settings_fields_for_callers_that_pass_them():
    from scrapelint.model.finding import Severity

    findings = lint_text("Members argued,however, about it.", select="SP001", severity={"SP001": Severity.ERROR})
    assert findings[0].severity is Severity.ERROR
