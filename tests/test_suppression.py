"""Inline suppression comments, the per-record ignore field, and --warn-unused-suppressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.api import lint_text
from scrapelint.cli.app import main
from scrapelint.engine.suppression import UNUSED_CODE
from scrapelint.plugin.host import build_registry

from tests import inline_rules

RULES_FILE = Path(inline_rules.__file__).resolve()


@pytest.fixture(scope="module")
def registry():
    return build_registry(extra_plugins=[inline_rules], entry_points=False)


def codes_at(findings, text):
    return [(f.code, text[f.start : f.end]) for f in findings]


def lint(registry, text, **overrides):
    return lint_text(text, format="markdown", registry=registry, select=["XB001", "XF"], **overrides)


def test_disable_enable_region_silences_only_inside(registry):
    text = (
        "A bad start.\n"
        "<!-- scrapelint: disable=XB001 -->\n"
        "Inside, bad  things are silenced.\n"
        "<!-- scrapelint: enable=XB001 -->\n"
        "After, bad again.\n"
    )
    found = codes_at(lint(registry, text), text)
    bad_lines = [text.count("\n", 0, text.index(s)) + 1 for s in ("A bad", "After, bad")]
    assert [c for c in found if c[0] == "XB001"] == [("XB001", "bad"), ("XB001", "bad")]
    assert [f.line for f in lint(registry, text) if f.code == "XB001"] == bad_lines
    # Only the named rule is silenced: the doubled space inside the region is still reported.
    assert ("XF001", "  ") in found


def test_disable_without_enable_runs_to_the_end_and_takes_prefixes_and_names(registry):
    text = "bad  one\n<!-- scrapelint: disable=XF, bad-word -->\nbad  two\nbad  three\n"
    findings = lint(registry, text)
    assert [f.line for f in findings] == [1, 1]


def test_disable_without_codes_silences_every_rule_until_enable(registry):
    text = "<!-- scrapelint: disable -->\nbad  LOUD\n<!-- scrapelint: enable -->\nbad\n"
    findings = lint(registry, text)
    assert [(f.code, f.line) for f in findings] == [("XB001", 4)]


def test_disable_next_line_silences_the_next_line_only(registry):
    text = "<!-- scrapelint: disable-next-line=XB001 -->\nThis bad line is fine.\nThis bad line is not.\n"
    findings = lint(registry, text)
    assert [(f.code, f.line) for f in findings] == [("XB001", 3)]


def test_comments_that_look_similar_do_not_suppress(registry):
    text = "<!-- disable=XB001 -->\nbad\n<!-- scrapelint disable XB001 -->\nbad\n"
    assert [f.line for f in lint(registry, text)] == [2, 4]


def test_suppression_works_in_plain_text_files_too(registry):
    text = "<!-- scrapelint: disable-next-line=XB001 -->\nbad\n"
    assert lint_text(text, format="text", registry=registry, select=["XB001"]) == []


def test_unused_suppressions_are_reported_only_when_asked(registry):
    text = (
        "<!-- scrapelint: disable-next-line=XB001,XF003 -->\n"
        "a bad line\n"
        "<!-- scrapelint: disable-next-line=XF001 -->\n"
        "clean line\n"
    )
    assert lint(registry, text) == []
    unused = [f for f in lint(registry, text, warn_unused_suppressions=True) if f.code == UNUSED_CODE]
    assert sorted((f.line, f.message.split(": ")[1].split()[0]) for f in unused) == [(1, "XF003"), (3, "XF001")]
    assert all(f.name == "unused-suppression" and f.family == "SL" for f in unused)
    assert unused[0].snippet.startswith("<!-- scrapelint")


def test_a_suppression_of_a_rule_not_selected_is_not_called_unused(registry):
    text = "<!-- scrapelint: disable-next-line=XF002 -->\nclean\n"
    findings = lint_text(text, registry=registry, select=["XB001"], warn_unused_suppressions=True)
    assert findings == []


def _corpus(tmp_path: Path, records: list[dict], config: str = "") -> Path:
    (tmp_path / "scrapelint.toml").write_text(f'plugins = ["{RULES_FILE.as_posix()}"]\n{config}', encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return corpus


def _jsonl_findings(corpus: Path, *flags: str) -> list[dict]:
    result = CliRunner().invoke(
        main, ["check", str(corpus), "--format", "jsonl", "--select", "XB001,XF", "--allow-local-plugins", *flags]
    )
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_record_ignore_field_silences_listed_codes_for_that_record_only(tmp_path):
    corpus = _corpus(
        tmp_path,
        [
            {"id": "a", "text": "bad  text", "scrapelint_ignore": ["XB001"]},
            {"id": "b", "text": "bad  text"},
        ],
    )
    found = sorted((f["doc"], f["code"]) for f in _jsonl_findings(corpus))
    assert found == [("a", "XF001"), ("b", "XB001"), ("b", "XF001")]


def test_record_ignore_field_name_comes_from_the_configuration(tmp_path):
    corpus = _corpus(
        tmp_path,
        [{"id": "a", "text": "bad text", "skip": "XB001", "scrapelint_ignore": "XF001"}],
        config='[fields]\nignore = "skip"\n',
    )
    assert _jsonl_findings(corpus) == []


def test_unused_record_ignores_are_reported(tmp_path):
    corpus = _corpus(tmp_path, [{"id": "a", "text": "bad text", "scrapelint_ignore": "XB001,XF001"}])
    found = _jsonl_findings(corpus, "--warn-unused-suppressions")
    assert [(f["doc"], f["code"]) for f in found] == [("a", UNUSED_CODE)]
    assert "XF001" in found[0]["message"]
