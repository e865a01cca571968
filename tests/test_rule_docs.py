"""Rule pages like ruff's, and docs/ tables generated from the registry.

Every rule docstring has the same sections (``scrapelint.report.rule_docs.SECTIONS``), and the
per-family tables in docs/ are what ``scrapelint rules --format markdown`` prints. When a table
drifts, regenerate docs/ with ``SCRAPELINT_UPDATE_DOCS=1 pytest tests/test_rule_docs.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import scrapelint
from click.testing import CliRunner
from scrapelint.cli.app import main
from scrapelint.plugin.host import build_registry
from scrapelint.report.rule_docs import family_table, page_problems, refresh_tables

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "docs").glob("*.md"))
REGISTRY = build_registry(entry_points=True)
BUILT_IN = {code: rule for code, rule in REGISTRY.rules.items() if rule.__module__.startswith("scrapelint.rules")}


@pytest.mark.parametrize("code", sorted(BUILT_IN))
def test_every_rule_docstring_is_a_complete_page(code):
    assert page_problems(BUILT_IN[code]) == []


def test_an_incomplete_page_is_reported():
    class Thin(scrapelint.Rule):
        """Flags things.

        ## What it does
        Flags.
        """

        code = "QQ001"
        name = "thin"
        options = {"limit": scrapelint.Option(3, "A limit.")}

    problems = page_problems(Thin)
    assert any("sections are" in p for p in problems)
    assert any("'Options' lists [], the rule declares ['limit']" in p for p in problems)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_docs_rule_tables_match_the_registry(path):
    text = path.read_text(encoding="utf-8")
    fresh = refresh_tables(text, BUILT_IN)
    if fresh != text and os.environ.get("SCRAPELINT_UPDATE_DOCS"):
        path.write_text(fresh, encoding="utf-8")
        text = fresh
    assert fresh == text, f"{path.name}: rule tables drifted; run SCRAPELINT_UPDATE_DOCS=1 pytest {__file__}"


def test_every_family_has_its_table_in_docs():
    marked = set()
    for path in DOCS:
        marked |= set(re.findall(r"<!-- rules-table ([A-Z]{2}) -->", path.read_text(encoding="utf-8")))
    assert {code[:2] for code in BUILT_IN} | {"SL"} <= marked


def test_sl_codes_have_pages_too():
    result = CliRunner().invoke(main, ["rule", "sl003"])
    assert result.exit_code == 0, result.output
    assert (
        result.output.startswith("# SL003 (invalid-utf8)") and "Source: scrapelint/model/problems.py" in result.output
    )


def test_rules_markdown_prints_the_tables_docs_embed():
    result = CliRunner().invoke(main, ["rules", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    for prefix in sorted({code[:2] for code in BUILT_IN}):
        members = [rule for code, rule in BUILT_IN.items() if code[:2] == prefix]
        assert f"## {prefix}: {REGISTRY.families[prefix].title}\n\n{family_table(members)}" in result.output


def test_rule_command_prints_the_source_file():
    result = CliRunner().invoke(main, ["rule", "SP001"])
    assert result.exit_code == 0, result.output
    source = re.search(r"^Source: (\S+?):(\d+)$", result.output, re.M)
    assert source and source.group(1) == "scrapelint/rules/spacing/after_punctuation.py"
    installed = Path(scrapelint.rules.__file__).parent / "spacing" / "after_punctuation.py"
    line = installed.read_text(encoding="utf-8").splitlines()[int(source.group(2)) - 1]
    assert line.startswith("class ") and "(Rule)" in line
    assert "## Use instead" in result.output and "## Fix safety" in result.output


def test_rule_page_shows_option_defaults():
    result = CliRunner().invoke(main, ["rule", "TB007"])
    assert "- `min-rows` (default: 3): " in result.output
    assert result.output.count("## Options") == 1
