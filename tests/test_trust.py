"""Which code a run may load: trusted configurations, plugin failures, and a gate that cannot pass by accident."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.cli.app import main
from scrapelint.io.config import resolve_settings
from scrapelint.plugin import host

from .conftest import DEMO_PLUGIN

ARTICLE = "The council met on Tuesday.\nMembers argued,however, about the plan.\n"

#: A plugin whose import leaves a mark, so a test can tell whether its code ran.
MARKING_PLUGIN = """
from pathlib import Path
Path(__file__).with_name("ran").write_text("plugin code ran")
"""


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus that ships its own configuration naming plugin code and a cache folder; we run from elsewhere."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.py").write_text(MARKING_PLUGIN, encoding="utf-8")
    (corpus / "scrapelint.toml").write_text('plugins = ["evil.py"]\ncache-dir = "poisoned"\n', encoding="utf-8")
    # two spaces before punctuation: built-in findings at warning (one alone is info), so the
    # built-in rules' run shows in the exit status
    (corpus / "a.txt").write_text(ARTICLE + "Talks ended , officials said .\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.chdir(home)
    return corpus


def test_a_configuration_inside_the_linted_folder_runs_no_code(hostile):
    result = invoke("check", str(hostile), "--format", "jsonl")
    assert not (hostile / "ran").exists()
    assert "plugin 'evil.py' was not loaded" in result.output and "--allow-local-plugins" in result.output
    assert "cache-dir" in result.output and not (hostile / "poisoned").exists()
    assert not (hostile / ".scrapelint_cache").exists()  # the cache stays outside the inputs
    assert result.exit_code == 1  # the built-in rules still ran


def test_allow_local_plugins_and_config_trust_it(hostile):
    result = invoke("check", str(hostile), "--allow-local-plugins", "--no-cache")
    assert (hostile / "ran").exists() and "was not loaded" not in result.output
    (hostile / "ran").unlink()
    invoke("check", str(hostile), "--config", str(hostile / "scrapelint.toml"), "--no-cache")
    assert (hostile / "ran").exists()


def test_running_from_the_project_trusts_its_configuration(hostile, monkeypatch):
    monkeypatch.chdir(hostile)
    invoke("check", ".", "--no-cache")
    assert (hostile / "ran").exists()


def test_no_local_plugins_refuses_even_a_trusted_configuration(hostile, monkeypatch):
    monkeypatch.chdir(hostile)
    result = invoke("check", ".", "--no-local-plugins", "--no-cache")
    assert not (hostile / "ran").exists()
    assert "plugin 'evil.py' was not loaded (--no-local-plugins)" in result.output


def test_the_api_applies_the_same_policy(hostile):
    settings = resolve_settings([str(hostile)])
    assert settings.plugins == [] and settings.cache_dir is None and len(settings.refused) == 2


def test_a_missing_plugin_file_is_a_usage_error(cli, project):
    config = project / "scrapelint.toml"
    config.write_text(config.read_text().replace("plugins = [", 'plugins = ["no_such_rules.py", '))
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert "no_such_rules.py" in result.output and "no such plugin file" in result.output


def test_a_broken_third_party_plugin_fails_the_run_only_when_strict(cli, project):
    broken = Path(__file__).parent / "plugins" / "broken_plugin.py"
    config = project / "scrapelint.toml"
    config.write_text(config.read_text().replace("plugins = [", f'plugins = ["{broken.as_posix()}", '))
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli("check", "a.txt").exit_code == 1
    strict = cli("check", "a.txt", "--strict-plugins")
    assert strict.exit_code == 2 and "broken on purpose" in strict.output


def test_built_in_rules_that_fail_to_load_stop_the_run(cli, project, monkeypatch):
    real = host.load_entry_points

    def failing(manager, failures):
        real(manager, failures)
        manager.unregister(name="rules")
        failures.append(host.PluginFailure("rules", "ImportError: simulated", host.BUILTIN))

    monkeypatch.setattr(host, "load_entry_points", failing)
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("check", "a.txt", "--isolated")
    assert result.exit_code == 2 and "built-in rules" in result.output and "simulated" in result.output


def test_built_in_rules_that_are_not_registered_stop_the_run(cli, project, monkeypatch):
    monkeypatch.setattr(host, "load_entry_points", lambda manager, failures: None)
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("check", "a.txt")
    assert result.exit_code == 2 and "scrapelint.rules.plugin" in result.output


def test_a_run_with_no_active_rule_stops(cli, project):
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("check", "a.txt", "--select", "ZZ001", "--ignore", "ZZ001")
    assert result.exit_code == 2 and "no rule is active" in result.output


def test_plugins_listing_still_shows_failures(cli, project):
    config = project / "scrapelint.toml"
    config.write_text(config.read_text().replace("plugins = [", 'plugins = ["gone.py", '))
    result = cli("plugins")
    assert result.exit_code == 0 and "FAILED local:gone.py" in result.output


def test_demo_plugin_still_loads_from_the_working_directory(cli, project):
    (project / "a.txt").write_text(ARTICLE, encoding="utf-8")
    rows = [json.loads(line) for line in cli("check", "a.txt", "--format", "jsonl").output.splitlines()]
    assert {r["code"] for r in rows} == {"ZZ001"}
    assert DEMO_PLUGIN.is_file()
