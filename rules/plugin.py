"""The built-in rules' plugin: the ``RULES`` and ``FAMILY`` of every family, named in one explicit list.

It is registered through the ``scrapelint`` entry-point group, like any third-party rule
package, so the plugin API is proven by the project's own rules.

It also offers the static table of every rule (``scrapelint.rules._table``, generated from the
families' ``RULES`` and checked against them by tests/test_rule_table.py), so a run selects
rules, and ``scrapelint rules`` lists them, without importing a rule module: only the modules
of the selected rules are imported. The family packages themselves are cheap to import (their
``RULES`` is read on first access).
"""

from __future__ import annotations

from scrapelint import Family, hookimpl
from scrapelint.model.rule import RuleInfo

#: Every built-in family module, in code order. A new family is added here.
FAMILIES = (
    "scrapelint.rules.assistant",
    "scrapelint.rules.boilerplate",
    "scrapelint.rules.casing",
    "scrapelint.rules.duplication",
    "scrapelint.rules.encoding",
    "scrapelint.rules.figures",
    "scrapelint.rules.language",
    "scrapelint.rules.readability",
    "scrapelint.rules.spacing",
    "scrapelint.rules.tables",
)


@hookimpl
def scrapelint_rules() -> list[type]:
    found: list[type] = []
    for name in FAMILIES:
        found.extend(_family(name).RULES)
    return found


@hookimpl
def scrapelint_families() -> list[Family]:
    return [_family(name).FAMILY for name in FAMILIES]


def _family(name: str):
    # __import__ rather than importlib.import_module: the same import, and ``-X importtime`` sees it.
    return __import__(name, fromlist=["FAMILY"])


@hookimpl
def scrapelint_rule_table() -> list[RuleInfo]:
    from scrapelint.rules._table import RULES

    return [RuleInfo(*row) for row in RULES]
