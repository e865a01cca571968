"""The Python API and inline plugins (registered for one test, then gone)."""

from __future__ import annotations

import re

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
