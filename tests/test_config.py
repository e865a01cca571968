"""Configuration discovery, validation and rule selection."""

from __future__ import annotations

import datetime as dt

import pytest
from scrapelint.engine.selection import ignored_for_path, select_rules
from scrapelint.io.config import ConfigError, find_config, load_config, resolve_settings
from scrapelint.model.finding import Severity
from scrapelint.plugin.host import build_registry

from tests.plugins import demo_plugin


@pytest.fixture(scope="module")
def registry():
    return build_registry(extra_plugins=[demo_plugin], entry_points=False)


def codes(settings, registry) -> list[str]:
    return [spec.rule.code for spec in select_rules(settings, registry.rules)]


def test_scrapelint_toml_is_found_walking_up(tmp_path):
    (tmp_path / "scrapelint.toml").write_text('select = ["ZZ001"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / "scrapelint.toml").resolve()
    assert resolve_settings([str(deep)]).select == ["ZZ001"]


def test_pyproject_needs_a_tool_scrapelint_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[tool.scrapelint]\nlanguage = "en"\nas-of = "2025-06-22"\n')
    settings = resolve_settings([str(inner)])
    assert settings.language == "en"
    assert settings.as_of == dt.date(2025, 6, 22)
    assert resolve_settings([str(tmp_path)]).language is None


def test_every_key_parses(tmp_path):
    path = tmp_path / "scrapelint.toml"
    path.write_text(
        """
select = ["ZZ"]
extend-select = ["ZY001"]
ignore = ["ZZ004"]
per-file-ignores = {"legacy/*.txt" = ["ZZ001"]}
language = "en"
as-of = 2025-06-22
exclude = ["drafts"]
extend-exclude = ["tmp"]
html = "raw"
fail-on = "error"
fail-under = 70
plugins = ["local_rules.py"]
max-chars = 1000
[severity]
ZZ = "error"
[rules.ZZ004]
words = ["NAV"]
[fields]
text = "content"
"""
    )
    settings = load_config(path)
    assert settings.per_file_ignores == {"legacy/*.txt": ["ZZ001"]}
    assert settings.severity == {"ZZ": Severity.ERROR}
    assert settings.rule_options == {"ZZ004": {"words": ["NAV"]}}
    assert settings.fields["text"] == "content" and settings.fields["id"] == "id"
    assert settings.fail_on is Severity.ERROR and settings.fail_under == 70
    assert settings.html_mode == "raw" and settings.max_chars == 1000
    assert settings.as_of == dt.date(2025, 6, 22)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('selct = ["ZZ"]', "unknown key 'selct' (did you mean 'select'?)"),
        ("select = 3", "'select' must be a list of strings"),
        ('fail-on = "fatal"', "unknown severity 'fatal'"),
        ('as-of = "last week"', "'as-of' must be a date"),
        ('html = "pretty"', "'html' must be one of main, raw"),
        ("[fields]\nbody = 'x'", "unknown field name(s) body"),
        ("max-chars = -5", "'max-chars' must be a positive whole number"),
        ("select = [", "invalid TOML"),
    ],
)
def test_bad_values_name_the_key_and_file(tmp_path, body, message):
    path = tmp_path / "scrapelint.toml"
    path.write_text(body + "\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_pyproject_errors_use_the_full_key(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.scrapelint]\nignores = []\n")
    with pytest.raises(ConfigError, match=r"unknown key 'tool\.scrapelint\.ignores'"):
        load_config(path)


def test_selection_by_code_prefix_name_and_all(registry, tmp_path):
    path = tmp_path / "scrapelint.toml"
    path.write_text('select = ["ZZ0"]\n')
    assert codes(load_config(path), registry) == ["ZZ001", "ZZ003", "ZZ004"]
    assert "ZZ002" in codes(load_config(path).with_overrides(select=["ALL"]), registry)
    assert codes(load_config(path).with_overrides(select=["glued-comma"]), registry) == ["ZZ001"]


def test_default_selection_skips_rules_off_by_default(registry, tmp_path):
    from scrapelint.io.config import Settings

    assert "ZZ002" not in codes(Settings(), registry)
    assert "ZZ002" in codes(Settings(extend_select=["ZZ002"]), registry)


def test_more_specific_selector_wins_and_ties_go_to_ignore(registry):
    from scrapelint.io.config import Settings

    assert codes(Settings(select=["ZZ001"], ignore=["ZZ"]), registry) == ["ZZ001"]
    assert codes(Settings(select=["ZZ"], ignore=["ZZ001"]), registry) == ["ZZ003", "ZZ004"]
    assert codes(Settings(select=["ZZ001"], ignore=["ZZ001"]), registry) == []


def test_unknown_selectors_and_options_are_config_errors(registry):
    from scrapelint.io.config import Settings

    with pytest.raises(ConfigError, match="unknown rule selector 'QQ'"):
        select_rules(Settings(select=["QQ"]), registry.rules)
    with pytest.raises(ConfigError, match="ZZ004 has no option 'colour'"):
        select_rules(Settings(rule_options={"ZZ004": {"colour": 1}}), registry.rules)
    with pytest.raises(ConfigError, match="takes a list"):
        select_rules(Settings(rule_options={"menu-block": {"words": "MENU"}}), registry.rules)
    with pytest.raises(ConfigError, match="no rule has the code or name 'ZZ999'"):
        select_rules(Settings(rule_options={"ZZ999": {}}), registry.rules)


def test_severity_overrides_most_specific_wins(registry):
    from scrapelint.io.config import Settings

    specs = select_rules(
        Settings(select=["ZZ", "ZY"], severity={"ZZ": Severity.ERROR, "ZZ003": Severity.INFO}), registry.rules
    )
    levels = {spec.rule.code: spec.severity for spec in specs}
    assert levels["ZZ001"] is Severity.ERROR
    assert levels["ZZ003"] is Severity.INFO
    assert levels["ZY001"] is Severity.INFO


def test_per_file_ignores_match_names_and_paths():
    table = {"*.md": ["ZZ001"], "legacy/**": ["ZY"], "drafts/old.txt": ["ALL"]}
    assert ignored_for_path("notes/a.md", table) == ["ZZ001"]
    assert ignored_for_path("corpus/legacy/x/y.txt", table) == ["ZY"]
    assert ignored_for_path("drafts/old.txt", table) == ["ALL"]
    assert ignored_for_path("other.txt", table) == []
