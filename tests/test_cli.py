"""The command line: exit codes, selection flags, inputs, stdin, bad input, listings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ARTICLE = "The council met on Tuesday.\nMembers argued,however, about the plan.\n"
CLEAN = "The council met on Tuesday.\nMembers argued, however, about the plan.\n"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_findings_exit_1_clean_exit_0(cli, project):
    write(project, "bad.txt", ARTICLE)
    write(project, "good.txt", CLEAN)
    result = cli("check", "bad.txt")
    assert result.exit_code == 1
    assert "bad.txt:2:15: ZZ001 [*] missing space after comma" in result.output
    assert cli("check", "good.txt").exit_code == 0
    assert "All clean" in cli("check", "good.txt").output


def test_exit_zero_and_fail_on(cli, project):
    write(project, "bad.txt", ARTICLE)
    assert cli("check", "bad.txt", "--exit-zero").exit_code == 0
    assert cli("check", "bad.txt", "--fail-on", "error").exit_code == 0
    assert cli("check", "bad.txt", "--fail-on", "warning").exit_code == 1


def test_info_findings_do_not_fail_by_default(cli, project):
    write(project, "shout.txt", "BREAKING NEWS\nThe rest is calm.\n")
    result = cli("check", "shout.txt")
    assert "ZY001" in result.output
    assert result.exit_code == 0
    assert cli("check", "shout.txt", "--fail-on", "info").exit_code == 1


def test_usage_errors_exit_2(cli, project):
    write(project, "bad.txt", ARTICLE)
    assert cli("check", "--no-such-option").exit_code == 2
    result = cli("check", "bad.txt", "--select", "QQ9")
    assert result.exit_code == 2
    assert "unknown rule selector 'QQ9'" in result.output
    assert cli("check", "bad.txt", "--format", "yaml").exit_code == 2
    assert cli("check", "bad.txt", "--as-of", "soon").exit_code == 2
    assert cli("check", "missing.txt").exit_code == 2


def test_config_error_exit_2_names_file(cli, project):
    (project / "scrapelint.toml").write_text("fail-on = 'loud'\n")
    write(project, "bad.txt", ARTICLE)
    result = cli("check", "bad.txt")
    assert result.exit_code == 2
    assert "scrapelint.toml" in result.output and "unknown severity 'loud'" in result.output


def test_cli_flags_override_the_file(cli, project):
    write(project, "bad.txt", ARTICLE + "MENU\nHOME\n")
    codes = {json.loads(line)["code"] for line in cli("check", "bad.txt", "--format", "jsonl").output.splitlines()}
    assert codes == {"ZZ001", "ZZ004"}
    only = cli("check", "bad.txt", "--format", "jsonl", "--select", "ZZ004").output.splitlines()
    assert {json.loads(line)["code"] for line in only} == {"ZZ004"}
    ignored = cli("check", "bad.txt", "--format", "jsonl", "--ignore", "glued-comma").output.splitlines()
    assert {json.loads(line)["code"] for line in ignored} == {"ZZ004"}


def test_folders_are_walked_with_default_excludes(cli, project):
    write(project, "corpus/a.txt", ARTICLE)
    write(project, "corpus/sub/b.md", ARTICLE)
    write(project, "corpus/.git/c.txt", ARTICLE)
    write(project, "corpus/.venv/d.txt", ARTICLE)
    write(project, "corpus/image.png", b"\x89PNG\x00")
    write(project, "corpus/drafts/e.txt", ARTICLE)
    out = cli("check", "corpus", "--format", "jsonl", "--extend-exclude", "drafts").output
    paths = sorted({json.loads(line)["path"] for line in out.splitlines()})
    assert paths == [os.path.join("corpus", "a.txt"), os.path.join("corpus", "sub", "b.md")]


def test_config_exclude_applies_to_explicit_files(cli, project):
    (project / "scrapelint.toml").write_text(
        (project / "scrapelint.toml").read_text() + 'extend-exclude = ["vendor"]\n'
    )
    write(project, "vendor/x.txt", ARTICLE)
    result = cli("check", "vendor/x.txt")
    assert result.exit_code == 0


def test_per_file_ignores(cli, project):
    (project / "scrapelint.toml").write_text(
        (project / "scrapelint.toml").read_text() + '[per-file-ignores]\n"legacy/*" = ["ZZ001"]\n'
    )
    write(project, "legacy/a.txt", ARTICLE)
    write(project, "new/a.txt", ARTICLE)
    out = cli("check", ".", "--format", "jsonl", "--select", "ZZ001").output
    assert {json.loads(line)["path"] for line in out.splitlines()} == {os.path.join("new", "a.txt")}


def test_stdin_with_filename(cli, project):
    result = cli("check", "-", "--stdin-filename", "piped.md", "--format", "jsonl", input=ARTICLE)
    [finding] = [json.loads(line) for line in result.output.splitlines()]
    assert finding["path"] == "piped.md" and finding["line"] == 2
    result = cli("check", "-", "--format", "jsonl", input='{"id": "r1", "text": "a,b"}\n')
    assert json.loads(result.output)["path"] == "-"


def test_stdin_jsonl(cli, project):
    data = '{"id": "r1", "text": "x,y"}\n{"id": "r2", "text": "fine"}\n'
    result = cli("check", "-", "--stdin-filename", "s.jsonl", "--format", "jsonl", input=data)
    [finding] = [json.loads(line) for line in result.output.splitlines()]
    assert (finding["doc"], finding["record"]) == ("r1", 1)


def test_bad_inputs_become_sl_findings_and_the_rest_is_linted(cli, project):
    write(project, "in/binary.txt", b"\x00\x01\x02garbage")
    write(project, "in/latin1.txt", "Caf\xe9 ok,here.".encode("latin-1"))
    write(project, "in/empty.txt", "")
    write(project, "in/c.jsonl", '{"id": "1", "text": "a,b"}\n{broken\n{"id": "3"}\n{"id": "4", "text": "c,d"}\n')
    write(project, "in/huge.txt", "word " * 200_000 + "a,b")
    result = cli("check", "in", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    got = {(Path(r["path"]).name, r["record"], r["code"]) for r in rows}
    assert ("binary.txt", None, "SL002") in got
    assert ("latin1.txt", None, "SL003") in got
    assert ("latin1.txt", None, "ZZ001") in got
    assert ("empty.txt", None, "SL007") in got
    assert ("c.jsonl", 2, "SL004") in got
    assert ("c.jsonl", 3, "SL005") in got
    assert ("c.jsonl", 1, "ZZ001") in got and ("c.jsonl", 4, "ZZ001") in got
    assert ("huge.txt", None, "ZZ001") in got
    assert result.exit_code == 1


def test_crashing_rule_becomes_a_finding(cli, project):
    write(project, "a.txt", ARTICLE)
    result = cli("check", "a.txt", "--extend-select", "ZZ002", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    crash = [r for r in rows if r["code"] == "SL008"]
    assert len(crash) == 1
    assert "ZZ002 (explodes) crashed" in crash[0]["message"] and "RuntimeError: boom" in crash[0]["message"]
    assert any(r["code"] == "ZZ001" for r in rows)


def test_folding_hides_other_families_inside_a_block(cli, project):
    write(project, "menu.txt", "MENU\nHOME\nLOGIN\nBody text,here.\n")
    rows = [json.loads(line) for line in cli("check", "menu.txt", "--format", "jsonl").output.splitlines()]
    assert [(r["code"], r["line"], r["end_line"]) for r in rows] == [("ZZ004", 1, 3), ("ZZ001", 4, 10 - 6)]


def test_statistics_quiet_and_show_source(cli, project):
    write(project, "bad.txt", ARTICLE)
    stats = cli("check", "bad.txt", "--statistics", "--quiet").output
    assert "1\tZZ001\t[*] glued-comma" in stats  # ruff's shape: count, code, fixable mark, name
    assert "bad.txt:2" not in stats
    assert "Scores of 1 document(s): mean " in stats
    assert "90-100: 0" in stats and "0-49: 0" in stats  # one warning in 13 words: in a middle band
    source = cli("check", "bad.txt", "--show-source").output
    assert "2 | Members argued,however, about the plan." in source
    assert "  |               ^" in source


def test_output_file(cli, project):
    write(project, "bad.txt", ARTICLE)
    result = cli("check", "bad.txt", "--format", "json", "--output", "report.json")
    assert result.output == ""
    data = json.loads((project / "report.json").read_text())
    assert data["summary"]["findings"] == 1


def test_as_of_reaches_documents(cli, project):
    write(project, "a.txt", "Some words here,too.")
    data = json.loads(cli("check", "a.txt", "--format", "json", "--as-of", "2025-06-22").output)
    assert data["documents"][0]["date"] == "2025-06-22"
    assert data["documents"][0]["date_source"] == "as-of"


def test_rules_rule_plugins_formats(cli, project):
    listing = cli("rules").output
    assert "ZZ001  glued-comma" in listing and "(off by default)" in listing
    doc = cli("rule", "ZZ001").output
    assert "# ZZ001 (glued-comma)" in doc and "## Why it matters" in doc
    assert "`words` (default: ['MENU', 'HOME', 'LOGIN'])" in cli("rule", "menu-block").output
    assert cli("rule", "QQ123").exit_code == 2
    plugins = cli("plugins").output
    assert "demo_plugin.py" in plugins and "readers: html, jsonl, markdown, parquet, text" in plugins
    assert "count" in cli("formats").output
    rules_json = json.loads(cli("rules", "--format", "json").output)
    assert {"code": "ZZ001", "fixable": "safe"}.items() <= next(r for r in rules_json if r["code"] == "ZZ001").items()


def test_plugin_formatter_is_usable(cli, project):
    write(project, "bad.txt", ARTICLE + "MENU\nHOME\n")
    assert cli("check", "bad.txt", "--format", "count").output.strip() == "2"


def test_broken_plugin_is_reported_and_the_run_goes_on(cli, project):
    broken = Path(__file__).parent / "plugins" / "broken_plugin.py"
    config = project / "scrapelint.toml"
    config.write_text(config.read_text().replace("plugins = [", f'plugins = ["{broken.as_posix()}", '))
    write(project, "bad.txt", ARTICLE)
    result = cli("check", "bad.txt")
    assert "plugin 'local:" in result.output and "broken on purpose" in result.output
    assert "ZZ001" in result.output
    assert result.exit_code == 1


def test_python_dash_m_scrapelint_works(project):
    write(project, "bad.txt", ARTICLE)
    result = subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", "bad.txt", "--format", "jsonl"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["code"] == "ZZ001"


def test_start_up_objects_leave_the_collector_once_per_process(cli, project, monkeypatch):
    """The first check of a process freezes what start-up built; a second check in the same
    process (``--watch``, a test runner) freezes nothing more, so its dead cycles are freed."""
    import gc

    from scrapelint.cli import run

    write(project, "good.txt", CLEAN)
    threshold = gc.get_threshold()
    monkeypatch.setattr(run, "_SETTLED", False)
    gc.unfreeze()
    try:
        cli("check", "good.txt", "--no-cache")
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert gc.get_threshold()[0] == 20_000
        kept = [[] for _ in range(1000)]  # new containers, alive during the second check
        cli("check", "good.txt", "--no-cache")
        assert gc.get_freeze_count() == frozen
        assert kept
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
