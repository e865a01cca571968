"""The built-in rules' plugin: every family module's ``RULES`` list."""

from __future__ import annotations

import importlib
import pkgutil

import rules
from lint import hookimpl

#: Modules of the package that hold no rules.
NOT_FAMILIES = frozenset({"plugin"})


def family_modules() -> list[str]:
    return sorted(
        f"rules.{info.name}"
        for info in pkgutil.iter_modules(rules.__path__)
        if info.name not in NOT_FAMILIES and not info.name.startswith("_")
    )


@hookimpl
def scrapelint_rules() -> list[type]:
    found: list[type] = []
    for name in family_modules():
        module = importlib.import_module(name)
        found.extend(getattr(module, "RULES", ()))
    return found
