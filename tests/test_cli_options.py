"""The options ruff users reach for, and the text output they expect from a linter."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.cli.app import main

from tests import inline_rules
from tests.test_cli import ARTICLE, CLEAN, write

RULES_FILE = Path(inline_rules.__file__).resolve()


@pytest.fixture
def fixrepo(tmp_path, monkeypatch):
    (tmp_path / "scrapelint.toml").write_text(f'plugins = ["{RULES_FILE.as_posix()}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def xcheck(*args: str):
    return CliRunner().invoke(main, ["check", "--select", "XB001,XF", "--no-color", "--no-cache", *args])


# -- fix marks ---------------------------------------------------------------------------------


def test_star_marks_only_fixes_that_fix_applies_and_unsafe_ones_are_hidden(fixrepo):
    (fixrepo / "a.md").write_text("teh  cat is LOUD and bad.\n", encoding="utf-8")
    out = xcheck("a.md").output
    lines = {line.split(": ", 1)[1].split(" ", 1)[0]: line for line in out.splitlines() if line.startswith("a.md:")}
    assert "[*]" in lines["XF001"] and "[*]" in lines["XF003"]
    assert "[*]" not in lines["XF002"]  # unsafe: --fix alone does not apply it
    assert "[*] 2 fixable with the `--fix` option." in out
    assert "1 hidden fix can be enabled with the `--unsafe-fixes` option." in out
    unsafe = xcheck("a.md", "--unsafe-fixes").output
    assert "[*] 3 fixable with the `--fix` option." in unsafe and "hidden" not in unsafe


def test_counts_after_fix_are_what_remains(fixrepo):
    (fixrepo / "a.md").write_text("teh  cat is LOUD and bad.\n", encoding="utf-8")
    result = xcheck("a.md", "--fix")
    assert "[*]" not in result.stdout  # nothing --fix could still apply
    assert "1 hidden fix can be enabled" in result.stdout
    assert xcheck("a.md", "--fix").stdout.count("[*]") == 0


def test_exit_non_zero_on_fix(fixrepo):
    (fixrepo / "a.md").write_text("teh  cat is quiet.\n", encoding="utf-8")
    assert xcheck("a.md", "--fix").exit_code == 0  # every finding was fixed
    (fixrepo / "a.md").write_text("teh  cat is quiet.\n", encoding="utf-8")
    result = xcheck("a.md", "--fix", "--exit-non-zero-on-fix")
    assert result.exit_code == 1
    assert "--exit-non-zero-on-fix" in result.stdout
    assert xcheck("a.md", "--fix", "--exit-non-zero-on-fix").exit_code == 0  # nothing left to fix


def test_show_fixes_lists_fixes_by_file_and_rule(fixrepo):
    (fixrepo / "a.md").write_text("teh  cat is LOUD.\n", encoding="utf-8")
    available = xcheck("a.md", "--show-fixes").stdout
    assert "Fixable with --fix:\n- a.md:\n    1 × XF001 (double-space)" in available or "1 × XF001" in available
    assert "XF002" not in available.split("Fixable with --fix:")[1]
    applied = xcheck("a.md", "--fix", "--show-fixes").stdout
    assert "Fixed 2 findings:\n- a.md:\n" in applied
    assert "1 × XF003" in applied


# -- --show-source -----------------------------------------------------------------------------


def test_show_source_centres_a_window_on_the_span_of_a_long_line(cli, project):
    prose = "The council met again to discuss the harbour budget and the new ferry timetable. " * 6
    line = prose + "Members argued,however, about the plan. " + prose
    write(project, "long.txt", line + "\n")
    out = cli("check", "long.txt", "--show-source").output
    shown = next(x for x in out.splitlines() if x.startswith("1 | "))[4:]
    caret = next(x for x in out.splitlines() if x.strip().startswith("|") and "^" in x)
    assert "argued,however" in shown and shown.startswith("…") and shown.endswith("…")
    column = caret.index("^") - caret.index("|") - 2
    assert shown[column:].startswith(",however") or shown[column - 1 :].startswith(",h")
    assert len(shown) <= 102


def test_source_window_unit():
    from scrapelint.report.formatters.text import source_window

    assert source_window("short line", 7, 11) == ("short line", "      ^^^^")
    line = "x" * 300 + "TARGET" + "y" * 300
    shown, caret = source_window(line, 301, 307, width=40)
    assert shown[caret.index("^") : caret.index("^") + 6] == "TARGET"
    assert caret.count("^") == 6


# -- ruff's output options ---------------------------------------------------------------------


def test_quiet_keeps_findings_and_hides_the_summary_silent_prints_nothing(cli, project):
    write(project, "bad.txt", ARTICLE)
    quiet = cli("check", "bad.txt", "--quiet")
    assert "bad.txt:2:15: ZZ001" in quiet.output
    assert "Found" not in quiet.output and "Gate" not in quiet.output
    assert quiet.exit_code == 1
    silent = cli("check", "bad.txt", "--silent")
    assert silent.output == "" and silent.exit_code == 1


def test_statistics_replaces_the_listing(cli, project):
    write(project, "bad.txt", ARTICLE)
    out = cli("check", "bad.txt", "--statistics").output
    assert "1\tZZ001\t[*] glued-comma" in out
    assert "bad.txt:2:15" not in out


def test_output_format_alias_and_ruff_layouts(cli, project):
    write(project, "bad.txt", ARTICLE)
    write(project, "sub/worse.txt", ARTICLE + "LOUD LINE HERE\n")
    concise = cli("check", ".", "--output-format", "concise").output
    assert "bad.txt:2:15: ZZ001 [*] missing space after comma (warning)" in concise
    full = cli("check", "bad.txt", "--output-format", "full").output
    assert "2 | Members argued,however, about the plan." in full
    grouped = cli("check", ".", "--output-format", "grouped").output
    assert "bad.txt:\n  2:15 ZZ001 [*] missing space after comma (warning)" in grouped
    assert os.path.join("sub", "worse.txt") + ":\n" in grouped
    lines = cli("check", "bad.txt", "--output-format", "json-lines").output.splitlines()
    assert json.loads(lines[0])["code"] == "ZZ001"
    assert cli("check", "bad.txt", "--format", "jsonl").output.splitlines() == lines


def test_show_settings_and_show_files(cli, project):
    write(project, "a.txt", CLEAN)
    write(project, "sub/b.md", CLEAN)
    write(project, "sub/skip.csv", "a,b\n")
    settings = cli("check", ".", "--show-settings", "--select", "ZZ001")
    assert settings.exit_code == 0
    assert 'select = ["ZZ001"]' in settings.output
    assert "Settings path: " in settings.output and "scrapelint.toml" in settings.output
    files = cli("check", ".", "--show-files")
    assert files.exit_code == 0
    assert files.output.splitlines() == ["a.txt", os.path.join("sub", "b.md")]


def test_verbose_says_what_it_does_on_stderr(project, monkeypatch):
    monkeypatch.chdir(project)
    write(project, "a.txt", CLEAN)
    result = CliRunner().invoke(main, ["check", "a.txt", "-v", "--no-cache"], catch_exceptions=False)
    assert "configuration: " in result.stderr and "1 input file(s)" in result.stderr
    assert "configuration" not in result.stdout


def test_rule_suggests_the_nearest_code(cli):
    result = cli("rule", "ZZ01")
    assert result.exit_code == 2
    assert "did you mean ZZ001" in result.output
    assert "did you mean glued-comma" in cli("rule", "glued-coma").output


def test_rule_ai01_suggests_ai001(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["rule", "AI01"])
    assert result.exit_code == 2
    assert "did you mean AI001" in result.output


def test_watch_lints_again_after_a_change(cli, project, monkeypatch):
    from scrapelint.cli.watch import watch

    article = write(project, "a.txt", CLEAN)
    codes = []

    def once():
        text = article.read_text(encoding="utf-8")
        codes.append("," in text.replace(", ", ""))
        return 1 if codes[-1] else 0

    def sleep(_):
        article.write_text(ARTICLE, encoding="utf-8")
        os.utime(article, ns=(1, 10**18))

    assert watch(once, [str(project)], iterations=1, sleep=sleep) == 1
    assert codes == [False, True]


def test_watch_refuses_stdin(cli, project):
    result = cli("check", "-", "--watch", input="x")
    assert result.exit_code == 2


def test_add_noqa_silences_todays_findings_in_place(cli, project):
    write(project, "bad.txt", ARTICLE + "HOME\nMENU\nLOUD LINE OK\n")
    write(project, "notes.md", "# Notes\n\nOne,two and three.\n")
    before = cli("check", ".", "--format", "jsonl")
    assert before.exit_code == 1
    result = cli("check", ".", "--add-noqa")
    assert result.exit_code == 0
    assert "Added " in result.output
    text = (project / "bad.txt").read_text(encoding="utf-8")
    assert "<!-- scrapelint: disable-next-line=ZZ001 -->\nMembers argued,however" in text
    after = cli("check", ".", "--format", "jsonl")
    assert after.output == "" and after.exit_code == 0
    again = cli("check", ".", "--add-noqa")
    assert "Added 0 suppression comment(s)" in again.output


# -- text output -------------------------------------------------------------------------------


def test_text_output_shows_severity_and_paths_without_dot_slash(cli, project):
    write(project, "bad.txt", ARTICLE)
    out = cli("check", ".").output
    assert "\nbad.txt:2:15: ZZ001 [*] missing space after comma (warning)" in "\n" + out
    assert "./" not in out
    absolute = cli("check", str(project / "bad.txt")).output
    assert absolute.startswith("bad.txt:2:15:")


def test_corpus_findings_come_in_path_order(cli, project):
    """Findings of two corpus rules interleave by path, not rule after rule."""
    template = "Harbour Courier: independent local news since 1901"
    for name in ("c.txt", "d.txt", "e.txt", "b/a.txt"):
        write(project, name, f"Story {name} about the ferry timetable and the harbour budget.\n\n{template}\n")
    output = cli("check", ".", "--select", "ZZ003,BP010").output
    paths = [line.split(":")[0] for line in output.splitlines() if ": BP010" in line or ": ZZ003" in line]
    assert len(paths) == 7  # b/ is its own BP010 group of one document: only ZZ003 there
    assert paths == sorted(paths)


def test_lowest_scores_never_lists_perfect_documents(cli, project):
    write(project, "bad.txt", ARTICLE)
    for n in range(3):
        write(project, f"good{n}.txt", CLEAN)
    out = cli("check", ".").output
    lowest = next(x for x in out.splitlines() if x.startswith("Mean score"))
    assert "bad.txt" in lowest and "good" not in lowest


def test_table_header_cells_are_not_sentences():
    from scrapelint import lint_text

    assert lint_text("| Name | title |\n| --- | --- |\n| Ann | Editor |\n", format="markdown", select="CS") == []
    table = "| Name | title | Party |\n|---|---|---|\n| Ana Ruiz | Foreign Minister | Green |\n"
    assert [f.code for f in lint_text(table, format="markdown", select=["CS001"])] == []


# -- progress ----------------------------------------------------------------------------------


def test_progress_bar_only_for_long_runs_on_a_terminal_outside_ci():
    from scrapelint.cli.progress import estimated_seconds, should_show

    long_run = estimated_seconds(300, 300 * 6_000, jobs=2)
    short_run = estimated_seconds(1, 8_000, jobs=2)
    assert long_run > 2 > short_run
    assert should_show(None, False, True, {}, long_run)
    assert not should_show(None, False, True, {}, short_run)
    assert not should_show(None, False, False, {}, long_run)  # a pipe
    assert not should_show(None, False, True, {"CI": "true"}, long_run)
    assert not should_show(None, False, True, {"GITHUB_ACTIONS": "true"}, long_run)
    assert not should_show(None, True, True, {}, long_run)  # --quiet
    assert should_show(True, False, False, {}, short_run)  # --progress forces it
    assert not should_show(False, False, True, {}, long_run)


def test_fix_only_fixes_and_reports_nothing_else(fixrepo):
    (fixrepo / "a.md").write_text("teh  cat is LOUD and bad.\n", encoding="utf-8")
    result = xcheck("a.md", "--fix-only")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert (fixrepo / "a.md").read_text(encoding="utf-8") == "the cat is LOUD and bad.\n"
    (fixrepo / "a.md").write_text("teh end.\n", encoding="utf-8")
    assert xcheck("a.md", "--fix-only", "--exit-non-zero-on-fix").exit_code == 1


def test_ignore_noqa_reports_suppressed_findings(cli, project):
    write(project, "a.md", "<!-- scrapelint: disable-next-line=ZZ001 -->\nMembers argued,however, about it.\n")
    assert cli("check", "a.md").exit_code == 0
    result = cli("check", "a.md", "--ignore-noqa")
    assert result.exit_code == 1 and "ZZ001" in result.output


def test_ruff_short_options_and_output_file(cli, project):
    write(project, "bad.txt", ARTICLE)
    result = cli("check", "bad.txt", "-e", "-n", "--output-file", "out.txt")
    assert result.exit_code == 0 and (project / "out.txt").read_text().startswith("bad.txt:2:15: ZZ001")
