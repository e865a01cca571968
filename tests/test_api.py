"""The Python API and inline plugins (registered for one test, then gone)."""

from __future__ import annotations

import json
import os
import re
import sys

import pytest
from scrapelint import Document, Rule, hookimpl, lint_documents, lint_text
from scrapelint.plugin.host import build_registry


class DoubledWord(Rule):
    """Flags a word written twice in a row."""

    code = "QQ001"
    name = "doubled-word"

    def check(self, doc):
        for match in re.finditer(r"\b(\w+) \1\b", doc.prose):
            yield self.finding(match.start(), match.end(), f"doubled word {match.group(1)!r}")


class InlinePlugin:
    @hookimpl
    def scrapelint_rules(self):
        return [DoubledWord]


def registry():
    return build_registry(extra_plugins=[InlinePlugin()], entry_points=False)


def test_lint_text_with_an_inline_plugin():
    findings = lint_text("It was the the best.", registry=registry(), select=["QQ"])
    assert [(f.code, f.line, f.column, f.snippet) for f in findings] == [("QQ001", 1, 8, "the the")]


def test_the_plugin_is_gone_from_a_fresh_registry():
    assert "QQ001" not in build_registry(entry_points=False).rules


def test_lint_documents_streams_results():
    docs = [Document(text="a a", id="1"), Document(text="b c", id="2")]
    results = list(lint_documents(docs, registry=registry(), select=["QQ001"]))
    assert [(r.doc, len(r.findings)) for r in results] == [("1", 1), ("2", 0)]
    assert results[1].stats["score"] == 100.0


def test_rule_validation_rejects_bad_codes():
    class Bad(Rule):
        code = "bad"
        name = "Bad Name"

    class Plugin:
        @hookimpl
        def scrapelint_rules(self):
            return [Bad]

    reg = build_registry(extra_plugins=[Plugin()], entry_points=False)
    assert "bad" not in reg.rules
    assert any("is not two capitals and three digits" in f.error for f in reg.failures)


def test_duplicate_codes_are_refused():
    class Twin(DoubledWord):
        """A second rule claiming QQ001."""

        name = "twin"

    class Plugin:
        @hookimpl
        def scrapelint_rules(self):
            return [Twin]

    reg = build_registry(extra_plugins=[InlinePlugin(), Plugin()], entry_points=False)
    assert reg.rules["QQ001"] in (DoubledWord, Twin)
    assert any("already taken" in f.error for f in reg.failures)


def test_hook_that_raises_is_reported_by_name():
    class Raising:
        @hookimpl
        def scrapelint_rules(self):
            raise ValueError("nope")

    reg = build_registry(extra_plugins=[Raising(), InlinePlugin()], entry_points=False)
    assert "QQ001" in reg.rules
    assert any("scrapelint_rules raised ValueError: nope" in f.error for f in reg.failures)


def test_builtin_rules_load_through_the_entry_point():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="scrapelint")}
    assert names.get("rules") == "scrapelint.rules.plugin"
    reg = build_registry()
    assert ("rules", "scrapelint.rules.plugin") in reg.plugin_names()
    assert not [f for f in reg.failures if f.name == "rules"]


@pytest.mark.parametrize("group", ["scrapelint", "console_scripts", "pytest11"])
def test_entry_points_are_listed_as_importlib_metadata_lists_them(group):
    from importlib.metadata import entry_points as listed

    from scrapelint.plugin.host import entry_points

    assert sorted(entry_points(group)) == sorted((entry.name, entry.value) for entry in listed(group=group))


def test_entry_points_of_a_shadowed_distribution_are_not_listed(tmp_path, monkeypatch):
    from importlib.metadata import entry_points as listed

    from scrapelint.plugin.host import entry_points, load_entry_point

    for folder, value in (("first", "json:dumps"), ("second", "json:loads")):
        info = tmp_path / folder / "demo_plugin-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "entry_points.txt").write_text(
            f"# listed\n[other]\nx = os:sep\n\n[scrapelint]\ndemo = {value} [extra]\n"
        )
    (tmp_path / "first" / "no_entry_points-2.0.dist-info").mkdir()
    monkeypatch.setattr(sys, "path", [str(tmp_path / "first"), str(tmp_path / "second"), str(tmp_path / "absent")])
    assert entry_points("scrapelint") == [("demo", "json:dumps [extra]")]
    assert entry_points("scrapelint") == [(entry.name, entry.value) for entry in listed(group="scrapelint")]
    assert load_entry_point("json:dumps [extra]") is json.dumps
    assert load_entry_point("os.path:join") is os.path.join
