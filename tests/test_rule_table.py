"""The static rule table matches the rules, and a run imports only the selected rules' modules.

``scrapelint.rules._table`` lets selection, ``scrapelint rules`` and the gate work without
importing rule modules. It is generated from the families' ``RULES``; after adding, renaming or
moving a rule (or changing its default severity, default state, fix safety or first docstring
line) regenerate it with ``SCRAPELINT_UPDATE_DOCS=1 pytest tests/test_rule_table.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scrapelint.model.rule import RuleInfo
from scrapelint.plugin.host import build_registry
from scrapelint.rules import _table
from scrapelint.rules.plugin import FAMILIES, scrapelint_rules

from tests.generated import check_generated

TABLE = Path(_table.__file__)
HEADER = '''"""Every built-in rule, so a run can select and list rules without importing their modules.

Generated from the families' ``RULES``; do not edit. After adding, renaming or moving a rule, or
changing its default severity, default state, fix safety or summary, regenerate it with
``SCRAPELINT_UPDATE_DOCS=1 pytest tests/test_rule_table.py``.
"""

#: (code, name, default severity, on by default, fixable, corpus rule, module, class, summary)
# fmt: off
RULES = (
'''


def expected_rows() -> tuple[tuple, ...]:
    return tuple(RuleInfo.of(rule).row() for rule in sorted(scrapelint_rules(), key=lambda r: r.code))


def render(rows: tuple[tuple, ...]) -> str:
    return HEADER + "".join(f"    {row!r},\n" for row in rows) + ")\n# fmt: on\n"


def test_table_lists_exactly_the_rules_the_families_export():
    rows = expected_rows()
    check_generated(
        "scrapelint/rules/_table.py",
        str(TABLE),
        tuple(_table.RULES) == rows,
        lambda: render(rows),
        "tests/test_rule_table.py",
    )


def test_every_table_entry_loads_the_registered_class():
    registry = build_registry(entry_points=True)
    by_code = {rule.code: rule for rule in scrapelint_rules()}
    for code, info in registry.rules.infos().items():
        if code in by_code:
            assert info.load() is by_code[code]
            assert registry.rules[code] is by_code[code]


def test_building_the_registry_imports_no_rule_module():
    probe = (
        "import sys\n"
        "from scrapelint.plugin.host import build_registry\n"
        "registry = build_registry()\n"
        "assert len(registry.rules) > 50 and not registry.rules.loaded()\n"
        "print(sorted(m for m in sys.modules if m.startswith('scrapelint.rules.') and m.count('.') >= 3))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def imported_rule_modules(args: list[str], cwd: Path) -> set[str]:
    probe = (
        "import sys\n"
        "from scrapelint.cli.app import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('MODULES=' + ','.join(m for m in sys.modules if m.startswith('scrapelint.rules.')) + '\\n')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], cwd=cwd, capture_output=True, text=True, check=False)
    line = next(line for line in done.stderr.splitlines() if line.startswith("MODULES="))
    return {name for name in line.removeprefix("MODULES=").split(",") if name}


def test_selecting_one_family_imports_no_other_family_module(project):
    (project / "a.txt").write_text("Plain text,here. And  more.\n")
    modules = imported_rule_modules(["check", "a.txt", "--select", "SP", "--no-cache"], project)
    spacing = {m for m in modules if m.startswith("scrapelint.rules.spacing.")}
    assert spacing, modules
    others = {m.split(".")[2] for m in modules - spacing if m.count(".") >= 3}
    families = {name.rsplit(".", 1)[1] for name in FAMILIES} - {"spacing"}
    assert not others & families, sorted(modules - spacing)


def test_listing_rules_imports_no_rule_module(project):
    modules = imported_rule_modules(["rules", "--format", "json"], project)
    assert not {m for m in modules if m.count(".") >= 3}, sorted(modules)


def test_listing_from_the_table_agrees_with_the_classes(project):
    done = subprocess.run(
        [sys.executable, "-m", "scrapelint", "rules", "--format", "json"], cwd=project, capture_output=True, text=True
    )
    listed = {row["code"]: row for row in json.loads(done.stdout)}
    for rule in scrapelint_rules():
        row = listed[rule.code]
        assert (row["name"], row["severity"], row["default"], row["fixable"], row["summary"]) == (
            rule.name,
            rule.severity.value,
            rule.default_enabled,
            rule.fixable,
            rule.summary(),
        )
        assert row["corpus"] == rule.is_corpus_rule()


class _TablePlugin:
    """A plugin that lists one rule by table only, in a module that does not exist."""

    @staticmethod
    def scrapelint_rule_table():
        return [
            RuleInfo("QT001", "table-only", "warning", True, None, False, "no_such_module_xyz", "Rule", "A stand-in.")
        ]


def test_a_table_rule_is_imported_only_when_selected():
    from scrapelint import hookimpl
    from scrapelint.engine.selection import select_rules
    from scrapelint.io.config import ConfigError, Settings
    from scrapelint.plugin.host import RuleLoadError

    plugin = _TablePlugin()
    plugin.scrapelint_rule_table = hookimpl(_TablePlugin.scrapelint_rule_table)
    registry = build_registry(extra_plugins=[plugin])
    assert "QT001" in registry.rules and registry.rules.info("QT001").name == "table-only"
    specs = select_rules(Settings(select=["SP001"]), registry.rules)
    assert [spec.rule.code for spec in specs] == ["SP001"]
    with pytest.raises(RuleLoadError, match="no_such_module_xyz") as raised:
        select_rules(Settings(select=["QT"]), registry.rules)
    assert isinstance(raised.value, ConfigError)
