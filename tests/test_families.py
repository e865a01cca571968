"""Families declare their own prefix, title and weight; the engine holds no table of them."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from scrapelint import Family, Rule, hookimpl
from scrapelint.api import lint_documents, make_engine
from scrapelint.io.config import Settings
from scrapelint.model.document import Document
from scrapelint.model.problems import PROBLEMS
from scrapelint.plugin.host import build_registry
from scrapelint.report.formatters import Context
from scrapelint.report.formatters.html import HtmlFormatter
from scrapelint.report.summary import Summary

ROOT = Path(__file__).resolve().parents[1]


class Wobble(Rule):
    """The word wobble."""

    code = "WB001"
    name = "wobble"

    def check(self, doc):
        for match in re.finditer(r"\bwobble\b", doc.text):
            yield self.finding(match.start(), match.end(), "wobble")


class WobblePlugin:
    def __init__(self, weight: float) -> None:
        self.family = Family("WB", "wobbly words", weight=weight)

    @hookimpl
    def scrapelint_rules(self):
        return [Wobble]

    @hookimpl
    def scrapelint_families(self):
        return [self.family]


def test_every_built_in_prefix_is_declared_by_its_family():
    registry = build_registry(entry_points=True)
    prefixes = {code[:2] for code in registry.rules}
    assert prefixes <= set(registry.families)
    assert registry.families["SL"].title == "problems with the input"
    assert registry.families["SP"].weight < registry.families["AI"].weight


def _score(weight: float) -> float:
    registry = build_registry(extra_plugins=[WobblePlugin(weight)], entry_points=False)
    settings = Settings().with_overrides(select=["WB"])
    text = "A sentence with a wobble in it, and some more words."
    [result] = lint_documents([Document(text=text, path="a.txt")], settings=settings, registry=registry)
    return result.stats["score"]


def test_a_third_party_family_scores_with_its_declared_weight():
    light, heavy = _score(0.5), _score(4.0)
    assert light > heavy
    assert _score(1.0) == pytest.approx(100.0 / (1.0 + 3.0 / 10.0), abs=0.1)


def test_a_third_party_family_shows_its_title_in_the_html_report():
    registry = build_registry(extra_plugins=[WobblePlugin(1.0)], entry_points=False)
    engine = make_engine(Settings().with_overrides(select=["WB"]), registry)
    result, _ = engine.lint_document(Document(text="one wobble here", path="a.txt"))
    stream = io.StringIO()
    formatter = HtmlFormatter(stream, Context(rules=registry.rules, families=registry.families, version="t"))
    summary = Summary()
    formatter.start()
    summary.add_document(result)
    formatter.document(result)
    formatter.corpus([])
    formatter.finish(summary)
    assert re.search(r'<tr data-family="WB">.*?<td>wobbly words</td>', stream.getvalue())


def test_a_family_declared_twice_is_a_plugin_failure():
    class Clash:
        @hookimpl
        def scrapelint_families(self):
            return [Family("SL", "something else")]

    registry = build_registry(extra_plugins=[Clash()], entry_points=False)
    assert registry.families["SL"].title == "problems with the input"
    assert any("family SL is already declared" in f.error for f in registry.failures)


def test_family_prefix_is_checked():
    with pytest.raises(ValueError):
        Family("Wobble", "bad prefix")


def test_sl_codes_live_in_one_table():
    assert list(PROBLEMS) == [f"SL{n:03d}" for n in range(1, 12)]
    literal = re.compile(r"[\"']SL\d{3}[\"']")
    elsewhere = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "lint").rglob("*.py")
        if path.name != "problems.py" and literal.search(path.read_text(encoding="utf-8"))
    ]
    assert elsewhere == []


def test_engine_names_no_family():
    """The engine and the reports hold no family title (titles and weights come from declarations)."""
    families = build_registry(entry_points=True).families
    titles = [f.title for prefix, f in families.items() if prefix != "SL" and " " in f.title]
    found = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "lint").rglob("*.py")
        if any(f'"{title}"' in path.read_text(encoding="utf-8") for title in titles)
    ]
    assert len(titles) >= 6 and found == []
