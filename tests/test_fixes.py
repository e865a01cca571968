"""Fixes: deterministic overlap resolution, idempotence, in-place and corpus fixing."""

from __future__ import annotations

import gzip
import json
import os
import random
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.api import make_engine
from scrapelint.cli.app import main
from scrapelint.engine.fixing import fix_until_stable, replace_field, value_span
from scrapelint.io.atomic import write_atomically
from scrapelint.io.config import Settings
from scrapelint.model.finding import Edit, Finding, Fix
from scrapelint.model.fixes import apply_edits, apply_fixes
from scrapelint.plugin.host import build_registry
from scrapelint.testing import lint_case, load_cases

from tests import inline_rules

RULES_FILE = Path(inline_rules.__file__).resolve()
CASES = Path(__file__).parent / "rules" / "cases"


def finding(code: str, *edits: tuple[int, int, str], safe: bool = True) -> Finding:
    start = min(e[0] for e in edits)
    return Finding(code, "m", start, max(e[1] for e in edits), fix=Fix(tuple(Edit(*e) for e in edits), safe))


# -- applying edits -----------------------------------------------------------


def test_overlapping_fixes_resolve_the_same_way_whatever_the_input_order():
    text = "abcdefghij"
    findings = [
        finding("AA001", (2, 5, "X")),
        finding("AA002", (4, 6, "Y")),  # overlaps the first: skipped
        finding("AA003", (6, 6, "+")),  # insertion at the end of a replaced range: fine
        finding("AA004", (6, 6, "-")),  # second insertion at the same point: skipped
        finding("AA005", (8, 9, ""), (0, 1, "Z")),  # multi-edit fix, no conflict
    ]
    outcomes = set()
    for seed in range(20):
        shuffled = findings[:]
        random.Random(seed).shuffle(shuffled)
        outcome = apply_fixes(text, shuffled)
        outcomes.add((outcome.text, tuple(f.code for f in outcome.skipped)))
    assert outcomes == {("ZbXf+ghj", ("AA002", "AA004"))}


def test_unsafe_fixes_need_the_flag_and_insertions_at_a_range_start_are_kept():
    text = "one two"
    fixes = [finding("AA001", (4, 7, "TWO"), safe=False), finding("AA002", (4, 4, ">"))]
    assert apply_fixes(text, fixes).text == "one >two"
    assert apply_fixes(text, fixes, unsafe=True).text == "one >TWO"


def test_apply_edits_is_linear_and_keeps_untouched_text():
    text = "x" * 200_000
    edits = [Edit(i, i + 1, "y") for i in range(0, 200_000, 2)]
    result = apply_edits(text, edits)
    assert result[:6] == "yxyxyx" and len(result) == 200_000


# -- fixing until stable ----------------------------------------------------------


@pytest.fixture(scope="module")
def engine():
    registry = build_registry(extra_plugins=[inline_rules], entry_points=False)
    return make_engine(Settings(select=["XB001", "XF"]), registry)


def linter(engine):
    from scrapelint.model.document import Document

    def lint(text: str) -> list[Finding]:
        result, _ = engine.lint_document(Document(text=text, path="t.md", format="markdown"))
        return result.findings

    return lint


def test_fixing_twice_changes_nothing_the_second_time(engine):
    text = "teh  cat is LOUD  and bad.\n<!-- scrapelint: disable-next-line=XF001 -->\nkept  as is\n"
    first = fix_until_stable(text, linter(engine), unsafe=True)
    assert first.text == "the cat is loud and bad.\n<!-- scrapelint: disable-next-line=XF001 -->\nkept  as is\n"
    assert first.fixed == {"XF001": 2, "XF002": 1, "XF003": 1}
    assert [f.code for f in first.remaining] == ["XB001"]
    second = fix_until_stable(first.text, linter(engine), unsafe=True)
    assert second.text == first.text and not second.fixed and second.passes == 0


def test_fixes_that_conflict_are_applied_on_a_later_pass():
    class Grow:
        """Each pass wraps the text once more, up to three times: needs three passes."""

        def __call__(self, text: str) -> list[Finding]:
            if text.count("[") >= 3:
                return []
            return [finding("AA001", (0, 0, "[")), finding("AA002", (0, 0, "["))]

    result = fix_until_stable("x", Grow())
    assert result.text == "[[[x" and result.passes == 3 and result.settled


def test_a_fix_that_never_settles_stops_after_the_bounded_passes():
    def always(text: str) -> list[Finding]:
        return [finding("AA001", (0, 0, "."))]

    result = fix_until_stable("x", always, max_passes=4)
    assert result.text == "....x" and not result.settled


def _fixable_rules():
    registry = build_registry(extra_plugins=[inline_rules])
    return [rule for rule in registry.rules.values() if rule.fixable and not rule.is_corpus_rule()]


@pytest.mark.parametrize("rule", _fixable_rules(), ids=lambda r: r.code)
def test_no_fix_produces_text_its_rule_flags_again(rule):
    """Every fixable rule in the registry: fix its failing cases; the rule must not flag the result."""
    if rule in inline_rules.RULES:
        samples = [(None, "teh  cat  is LOUD, teh end")]
    else:
        path = CASES / f"{rule.code}.yml"
        samples = [(c, c.text) for c in load_cases(path)] if path.exists() else []
        samples = [(c, t) for c, t in samples if c.should_fail]
    if not samples:
        pytest.skip(f"{rule.code} has no failing YAML case to fix")
    registry = build_registry(extra_plugins=[inline_rules])
    engine = make_engine(Settings(select=[rule.code]), registry)
    for case, text in samples:
        lint = (lambda t, case=case: lint_case(case, t)) if case else linter(engine)
        fixed = fix_until_stable(text, lint, unsafe=True)
        assert fixed.settled, f"{rule.code}: fixes did not settle on {text!r}"
        again = [f for f in lint(fixed.text) if f.code == rule.code and f.fix is not None]
        assert not again, f"{rule.code}: fixing {text!r} gave {fixed.text!r}, flagged again: {again}"
        assert fix_until_stable(fixed.text, lint, unsafe=True).text == fixed.text


# -- check --fix / --diff on files ------------------------------------------------------


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "scrapelint.toml").write_text(f'plugins = ["{RULES_FILE.as_posix()}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return CliRunner().invoke(main, ["check", "--select", "XB001,XF", "--no-color", *args])


def test_fix_rewrites_files_in_place_and_reports_what_remains(repo):
    article = repo / "a.md"
    article.write_bytes(b"\xef\xbb\xbfteh  cat is LOUD and bad.\n")
    article.chmod(0o640)
    notes = repo / "b.txt"
    notes.write_text("clean text\n", encoding="utf-8")
    before = notes.stat().st_mtime_ns
    result = check(".", "--fix")
    assert result.exit_code == 1
    assert article.read_bytes() == b"\xef\xbb\xbfthe cat is LOUD and bad.\n"
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    assert notes.stat().st_mtime_ns == before
    assert "Fixed 2 finding(s) in 1 file(s): XF001 ×1, XF003 ×1." in result.stderr
    # The one fix left is unsafe: --fix would not apply it, so it is a hidden fix, not "fixable".
    assert "2 finding(s) remain; 1 hidden fix can be enabled with --unsafe-fixes" in result.stderr
    assert "fixable" not in result.stderr
    assert "XB001" in result.stdout and "XF002" in result.stdout and "XF001" not in result.stdout
    assert sorted(p.name for p in repo.iterdir() if p.name != ".scrapelint_cache") == [
        "a.md",
        "b.txt",
        "scrapelint.toml",
    ]

    result = check(".", "--fix", "--unsafe-fixes")
    assert article.read_bytes() == b"\xef\xbb\xbfthe cat is loud and bad.\n"
    assert "XF002 ×1" in result.stderr


def test_diff_prints_a_unified_diff_and_writes_nothing(repo):
    article = repo / "a.md"
    article.write_text("teh  end\n", encoding="utf-8")
    result = check("a.md", "--diff")
    assert result.exit_code == 1
    assert "--- a/a.md\n+++ b/a.md\n" in result.stdout
    assert "-teh  end\n+the end\n" in result.stdout
    assert article.read_text(encoding="utf-8") == "teh  end\n"
    article.write_text("fine\n", encoding="utf-8")
    assert check("a.md", "--diff").exit_code == 0


def test_an_interrupted_write_leaves_the_original_and_no_temporary_file(repo, monkeypatch):
    target = repo / "a.txt"
    target.write_text("original", encoding="utf-8")

    def fail(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_text(encoding="utf-8") == "original"
    assert [p.name for p in repo.iterdir() if p.name.endswith(".tmp")] == []


def test_jsonl_files_are_not_rewritten_in_place(repo):
    corpus = repo / "c.jsonl"
    corpus.write_text('{"text": "teh  end"}\n', encoding="utf-8")
    result = check("c.jsonl", "--fix")
    assert corpus.read_text(encoding="utf-8") == '{"text": "teh  end"}\n'
    assert "scrapelint fix" in result.stderr


# -- scrapelint fix CORPUS --output CLEAN ---------------------------------------------------------


def test_fix_corpus_changes_only_the_text_field(repo):
    lines = [
        '{"id": "1",  "text": "teh  cat", "meta": {"k": [1, 2.50, "\\u00e9"]}, "z": null}\n',
        "\n",
        '{"id":"2","text":"nothing to fix","n":1e3}\r\n',
        '{"text": "caf\\u00e9  au lait", "id": "3"}\n',
        "not json\n",
        '{"id": "5", "text": "teh end"}',
    ]
    corpus = repo / "corpus.jsonl"
    corpus.write_bytes("".join(lines).encode("utf-8"))
    original = corpus.read_bytes()
    result = CliRunner().invoke(main, ["fix", "corpus.jsonl", "-o", "clean.jsonl", "--select", "XF"])
    assert result.exit_code == 0, result.output
    out = (repo / "clean.jsonl").read_bytes().decode("utf-8").splitlines(keepends=True)
    assert out == [
        '{"id": "1",  "text": "the cat", "meta": {"k": [1, 2.50, "\\u00e9"]}, "z": null}\n',
        "\n",
        '{"id":"2","text":"nothing to fix","n":1e3}\r\n',
        '{"text": "caf\\u00e9 au lait", "id": "3"}\n',
        "not json\n",
        '{"id": "5", "text": "the end"}',
    ]
    assert corpus.read_bytes() == original
    assert "3 changed" in result.stderr

    parallel = CliRunner().invoke(main, ["fix", "corpus.jsonl", "-o", "p.jsonl.gz", "--select", "XF", "-j", "2"])
    assert parallel.exit_code == 0
    assert gzip.decompress((repo / "p.jsonl.gz").read_bytes()) == (repo / "clean.jsonl").read_bytes()


def test_fix_refuses_to_overwrite_its_input(repo):
    corpus = repo / "c.jsonl"
    corpus.write_text('{"text": "teh"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "c.jsonl", "-o", "./c.jsonl"])
    assert result.exit_code == 2 and corpus.read_text(encoding="utf-8") == '{"text": "teh"}\n'


def test_value_span_finds_the_last_top_level_key_only():
    line = '{"a": {"text": "inner"}, "text": "one", "b": "text", "text": "two"}'
    start, end = value_span(line, "text")
    assert line[start:end] == '"two"'
    assert value_span('{"x": 1}', "text") is None
    assert json.loads(replace_field(line.encode(), "text", "new"))["a"] == {"text": "inner"}


def test_fix_command_writes_a_fixed_copy_of_a_markdown_file(repo):
    source = repo / "a.md"
    source.write_bytes(b"---\ntitle: teh  title\n---\nteh  cat\r\nbad  line\r\n")
    result = CliRunner().invoke(main, ["fix", "a.md", "--output", "fixed.md", "--select", "XF"])
    assert result.exit_code == 0, result.output
    assert (repo / "fixed.md").read_bytes() == b"---\ntitle: teh  title\n---\nthe cat\r\nbad line\r\n"
    assert source.read_bytes() == b"---\ntitle: teh  title\n---\nteh  cat\r\nbad  line\r\n"


def test_new_output_files_get_ordinary_permissions(repo):
    (repo / "c.jsonl").write_text('{"text": "teh"}\n', encoding="utf-8")
    CliRunner().invoke(main, ["fix", "c.jsonl", "-o", "clean.jsonl"])
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((repo / "clean.jsonl").stat().st_mode) == 0o666 & ~mask
