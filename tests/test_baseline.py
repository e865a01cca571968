"""Baselines: fingerprints without line numbers, so old findings stay silenced after edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.cli.app import main
from scrapelint.engine.baseline import Baseline, BaselineError, fingerprints, normalise
from scrapelint.model.finding import Finding

from tests import inline_rules

RULES_FILE = Path(inline_rules.__file__).resolve()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "scrapelint.toml").write_text(f'plugins = ["{RULES_FILE.as_posix()}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, select: str = "XB,XF") -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", *args, "--format", "jsonl", "--select", select])
    findings = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, findings, result.stderr


def test_baseline_survives_lines_inserted_above_and_still_reports_new_findings(repo):
    article = repo / "article.md"
    article.write_text("Intro.\n\nA bad  sentence.\nAnother bad one.\n", encoding="utf-8")
    code, before, _ = run("article.md", "--baseline", "baseline.json", "--update-baseline")
    assert code == 0 and len(before) == 3
    recorded = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    assert len(recorded["findings"]) == 3
    assert all("line" not in entry for entry in recorded["findings"])

    article.write_text(
        "New headline.\nNew  paragraph,\nmore lines.\n\nIntro.\n\nA bad  sentence.\nAnother bad one.\nA new bad line.\n",
        encoding="utf-8",
    )
    code, after, _ = run("article.md", "--baseline", "baseline.json")
    assert code == 1
    assert sorted((f["code"], f["line"]) for f in after) == [("XB001", 9), ("XF001", 2)]

    _, without, _ = run("article.md")
    assert len(without) == 5


def test_occurrence_index_lets_one_more_identical_finding_through(repo):
    (repo / "a.txt").write_text("bad and bad\n", encoding="utf-8")
    run("a.txt", "--baseline", "b.json", "--update-baseline")
    (repo / "a.txt").write_text("bad, bad and bad\n", encoding="utf-8")
    code, found, _ = run("a.txt", "--baseline", "b.json")
    assert code == 1 and len(found) == 1 and found[0]["code"] == "XB001"


def test_a_new_repeat_of_a_recorded_text_is_reported_where_it_was_added(repo):
    (repo / "a.txt").write_text("The old bad news.\nMore bad weather today.\n", encoding="utf-8")
    run("a.txt", "--baseline", "b.json", "--update-baseline")
    (repo / "a.txt").write_text("A fresh bad take.\nThe old bad news.\nMore bad weather today.\n", encoding="utf-8")
    code, found, _ = run("a.txt", "--baseline", "b.json")
    assert code == 1 and [(f["code"], f["line"]) for f in found] == [("XB001", 1)]


def test_records_match_by_document_id_even_when_reordered(repo):
    rows = [{"id": "x", "text": "bad"}, {"id": "y", "text": "fine  here"}]
    corpus = repo / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run("c.jsonl", "--baseline", "b.json", "--update-baseline", select="XB001,XF")
    corpus.write_text(
        "".join(json.dumps(r) + "\n" for r in [{"id": "new", "text": "bad"}, *reversed(rows)]), encoding="utf-8"
    )
    code, found, _ = run("c.jsonl", "--baseline", "b.json", select="XB001,XF")
    assert code == 1
    assert [(f["doc"], f["code"]) for f in found] == [("new", "XB001")]


def test_baseline_from_the_configuration_and_corpus_findings(repo):
    (repo / "scrapelint.toml").write_text(
        f'plugins = ["{RULES_FILE.as_posix()}"]\nbaseline = "lint-baseline.json"\n', encoding="utf-8"
    )
    for name in ("one", "two"):
        (repo / f"{name}.txt").write_text("Shared title\nbody\n", encoding="utf-8")
    code, found, _ = run(".", "--update-baseline")
    assert code == 0 and [f["code"] for f in found] == ["XB900", "XB900"]
    (repo / "three.txt").write_text("Shared title\nthird\n", encoding="utf-8")
    code, found, _ = run(".")
    assert code == 1 and [(Path(f["path"]).name, f["code"]) for f in found] == [("three.txt", "XB900")]


def test_missing_or_foreign_baseline_is_a_usage_error(repo):
    (repo / "a.txt").write_text("bad\n", encoding="utf-8")
    code, _, err = run("a.txt", "--baseline", "nope.json")
    assert code == 2 and "baseline file not found" in err
    (repo / "other.json").write_text('{"findings": []}', encoding="utf-8")
    code, _, err = run("a.txt", "--baseline", "other.json")
    assert code == 2 and "not a scrapelint baseline" in err
    code, _, err = run("a.txt", "--update-baseline")
    assert code == 2 and "needs --baseline" in err


def test_spans_without_words_are_told_apart_by_their_neighbours(tmp_path):
    def space(line: str) -> Finding:
        column = line.index("  ") + 1
        return Finding(
            "XF001",
            "m",
            0,
            2,
            path="a.md",
            line=1,
            column=column,
            end_line=1,
            end_column=column + 2,
            snippet="  ",
            source_line=line,
        )

    (first,) = fingerprints([space("A bad  sentence.")], tmp_path)
    (again,) = fingerprints([space("Other words. A bad  sentence.")], tmp_path)
    (other,) = fingerprints([space("New  paragraph.")], tmp_path)
    assert first[2] == "bad[ ]sentence." and first == again and first != other


def test_fingerprints_ignore_lines_and_normalise_whitespace(tmp_path):
    first = Finding("XB001", "m", 5, 8, path="a.md", line=1, snippet="bad  \n text")
    moved = Finding("XB001", "m", 50, 53, path="a.md", line=9, snippet="bad text")
    assert fingerprints([first], tmp_path) == fingerprints([moved], tmp_path)
    assert normalise(" a\t b\n") == "a b"
    other_doc = Finding("XB001", "m", 5, 8, path="b.md", snippet="bad text")
    assert fingerprints([other_doc], tmp_path) != fingerprints([first], tmp_path)


def test_baseline_load_rejects_malformed_entries(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"scrapelint-baseline": 1, "findings": [{"code": "X"}]}', encoding="utf-8")
    with pytest.raises(BaselineError, match="malformed"):
        Baseline.load(path)
