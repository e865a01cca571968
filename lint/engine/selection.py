"""Rule selection as in ruff: codes, prefixes, names or ALL; the most specific selector wins."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from scrapelint.io.config import ConfigError, Settings
from scrapelint.model.finding import Severity
from scrapelint.model.rule import OptionError, Rule


@dataclass(frozen=True)
class RuleSpec:
    """A selected rule with its effective severity and options (picklable)."""

    rule: type[Rule]
    severity: Severity
    options: dict[str, Any]

    def instantiate(self) -> Rule:
        return self.rule(**self.options)


def rule_infos(rules: Mapping[str, Any]) -> Mapping[str, Any]:
    """Code to what selection reads of a rule (code, name, severity, default), importing nothing.

    A registry's rule map answers from its static table (``infos()``); a plain mapping of
    rule classes is its own answer.
    """
    infos = getattr(rules, "infos", None)
    return infos() if callable(infos) else rules


def specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule``: -1 when it does not name it at all."""
    token = selector.strip()
    if token.upper() == "ALL":
        return 0
    if token.lower() == rule.name:
        return 10
    upper = token.upper()
    if rule.code.startswith(upper) and upper[:2].isalpha() and len(upper) >= 2:
        return len(upper)
    return -1


def check_selectors(selectors: Iterable[str], rules: Mapping[str, type[Rule]], where: str) -> None:
    infos = rule_infos(rules)
    for selector in selectors:
        if not any(specificity(selector, rule) >= 0 for rule in infos.values()):
            raise ConfigError(f"{where}: unknown rule selector {selector!r} (no rule code, prefix or name matches)")


def select_rules(settings: Settings, rules: Mapping[str, type[Rule]]) -> list[RuleSpec]:
    """The rules a run uses, in code order, with severities and validated options.

    Only the selected rules' classes are taken from ``rules`` (a registry imports their modules then).
    """
    chosen = settings.select
    check_selectors(chosen or (), rules, "select")
    check_selectors(settings.extend_select, rules, "extend-select")
    check_selectors(settings.ignore, rules, "ignore")
    check_selectors(settings.severity, rules, "severity")
    for globbed in settings.per_file_ignores.values():
        check_selectors(globbed, rules, "per-file-ignores")
    strays = unknown_option_tables(settings.rule_options, rules)
    if strays:
        raise ConfigError(f"rules: no rule has the code or name {', '.join(map(repr, strays))}")

    specs = []
    for code, info in rule_infos(rules).items():
        if not _enabled(info, chosen, settings.extend_select, settings.ignore):
            continue
        rule = rules[code]
        specs.append(RuleSpec(rule, _severity_for(info, settings.severity), _options_for(rule, settings.rule_options)))
    return specs


def _enabled(rule: type[Rule], select: list[str] | None, extend: list[str], ignore: list[str]) -> bool:
    """Enabled when the most specific selector naming it selects rather than ignores.

    Rules that are off by default need their exact code or name, or ALL: a
    prefix such as ``BP`` selects the family's default rules only.
    """
    ranks = [specificity(s, rule) for s in [*(select or ()), *extend]]
    if not rule.default_enabled:
        ranks = [rank for rank in ranks if rank == 0 or rank >= 5]
    picked = max(ranks, default=-1)
    if select is None and rule.default_enabled:
        picked = max(picked, 0)
    dropped = max((specificity(s, rule) for s in ignore), default=-1)
    if picked < 0:
        return False
    return picked > dropped


def _severity_for(rule: type[Rule], overrides: Mapping[str, Severity]) -> Severity:
    best, severity = -1, rule.severity
    for selector, level in overrides.items():
        rank = specificity(selector, rule)
        if rank > best:
            best, severity = rank, level
    return severity


def _options_for(rule: type[Rule], table: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for selector in (rule.code, rule.name):
        options.update(table.get(selector, {}))
    if options:
        try:
            rule(**options)
        except OptionError as exc:
            raise ConfigError(f"rules.{rule.code}: {exc}") from None
    return options


def unknown_option_tables(table: Mapping[str, Any], rules: Mapping[str, type[Rule]]) -> list[str]:
    names = {r.name for r in rule_infos(rules).values()} | set(rules)
    return [key for key in table if key not in names]


def ignored_for_path(path: str, per_file_ignores: Mapping[str, list[str]]) -> list[str]:
    """Selectors that ``per-file-ignores`` switches off for ``path``."""
    posix = PurePosixPath(path.replace("\\", "/"))
    result: list[str] = []
    for pattern, selectors in per_file_ignores.items():
        target = posix.name if "/" not in pattern else str(posix)
        if (
            fnmatch.fnmatch(target, pattern)
            or fnmatch.fnmatch(str(posix), pattern)
            or fnmatch.fnmatch(str(posix), f"*/{pattern}")
        ):
            result.extend(selectors)
    return result


def is_ignored(code: str, name: str, selectors: Iterable[str]) -> bool:
    for selector in selectors:
        token = selector.strip()
        if token.upper() == "ALL" or token.lower() == name or code.startswith(token.upper()):
            return True
    return False
