"""The plugin host: builds the plugin manager and collects rules, readers and formatters.

Each entry point loads on its own; one that fails is recorded by name with its
kind, and the caller decides: a third-party plugin that fails is a warning (an
error under ``--strict-plugins``), while the built-in rules failing to load, or
a plugin file named in the configuration that does not exist, stops the run, so
a quality gate can never pass because it checked nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy
from scrapelint.model.family import Family
from scrapelint.plugin import hookspecs

ENTRY_POINT_GROUP = "scrapelint"
#: The module behind the built-in rules' entry point.
BUILTIN_RULES = "scrapelint.rules.plugin"

#: Kinds of failure: the built-in rules, an installed third-party plugin, a
#: configuration-named plugin that raised, one whose file does not exist.
BUILTIN, THIRD_PARTY, LOCAL, MISSING = "builtin", "third-party", "local", "missing"


@dataclass
class PluginFailure:
    name: str
    error: str
    kind: str = THIRD_PARTY

    @property
    def fatal(self) -> bool:
        """Failures no run may go on with, whatever the flags."""
        return self.kind in (BUILTIN, MISSING)


@dataclass
class Registry:
    """Everything the loaded plugins provide, keyed for lookup."""

    manager: pluggy.PluginManager
    rules: dict[str, type] = field(default_factory=dict)
    readers: dict[str, type] = field(default_factory=dict)
    formatters: dict[str, type] = field(default_factory=dict)
    #: Every declared family by prefix (the engine's own SL first), in prefix order.
    families: dict[str, Family] = field(default_factory=dict)
    failures: list[PluginFailure] = field(default_factory=list)

    def rule_by_code(self, code: str) -> type | None:
        return self.rules.get(code.upper())

    @property
    def builtin_rules_loaded(self) -> bool:
        return any(getattr(plugin, "__name__", "") == BUILTIN_RULES for plugin in self.manager.get_plugins())

    def plugin_names(self) -> list[tuple[str, str]]:
        """(name, module) of every registered plugin, built-ins first."""
        result = []
        for name, plugin in self.manager.list_name_plugin():
            module = getattr(plugin, "__name__", type(plugin).__name__)
            result.append((name, module))
        return result


def make_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    return manager


def load_entry_points(manager: pluggy.PluginManager, failures: list[PluginFailure]) -> None:
    from importlib.metadata import entry_points

    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if manager.has_plugin(entry_point.name):
            continue
        kind = BUILTIN if entry_point.value.split(":")[0] == BUILTIN_RULES else THIRD_PARTY
        try:
            plugin = entry_point.load()
            manager.register(plugin, name=entry_point.name)
        except Exception as exc:  # reported by name; the caller decides whether the run goes on
            failures.append(PluginFailure(entry_point.name, f"{type(exc).__name__}: {exc}", kind))


def load_local_plugins(
    manager: pluggy.PluginManager, paths: list[str], base: Path | None, failures: list[PluginFailure]
) -> None:
    """Register rule modules kept in the corpus repository (``plugins = ["tools/rules.py"]``)."""
    for entry in paths:
        path = Path(entry)
        if base is not None and not path.is_absolute():
            path = base / path
        name = f"local:{entry}"
        by_path = path.suffix == ".py" or path.is_dir()
        if by_path and not (path / "__init__.py" if path.is_dir() else path).is_file():
            failures.append(PluginFailure(name, f"no such plugin file: {path}", MISSING))
            continue
        try:
            module = _import_path(path) if by_path else importlib.import_module(entry)
            manager.register(module, name=name)
        except ModuleNotFoundError as exc:
            kind = MISSING if not by_path and exc.name == entry else LOCAL
            failures.append(PluginFailure(name, f"{type(exc).__name__}: {exc}", kind))
        except Exception as exc:
            failures.append(PluginFailure(name, f"{type(exc).__name__}: {exc}", LOCAL))


def _import_path(path: Path) -> Any:
    target = path / "__init__.py" if path.is_dir() else path
    if not target.exists():
        raise FileNotFoundError(f"no such plugin file: {target}")
    module_name = f"scrapelint_local_{abs(hash(str(target.resolve())))}"
    spec = importlib.util.spec_from_file_location(module_name, target)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {target}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def build_registry(
    local_plugins: list[str] | None = None,
    base: Path | None = None,
    extra_plugins: list[Any] | None = None,
    entry_points: bool = True,
) -> Registry:
    """Load every plugin and collect what it provides."""
    from scrapelint.model.rule import validate_rule_class
    from scrapelint.plugin import builtins

    manager = make_manager()
    failures: list[PluginFailure] = []
    manager.register(builtins, name="scrapelint.builtins")
    if entry_points:
        load_entry_points(manager, failures)
    for plugin in extra_plugins or ():
        manager.register(plugin)
    if local_plugins:
        load_local_plugins(manager, local_plugins, base, failures)

    registry = Registry(manager, failures=failures)
    for plugin_name, result in _call_each(manager, "scrapelint_rules", failures):
        for rule in result or ():
            try:
                validate_rule_class(rule)
            except TypeError as exc:
                failures.append(PluginFailure(plugin_name, str(exc), _kind_of(manager, plugin_name)))
                continue
            existing = registry.rules.get(rule.code)
            if existing is not None and existing is not rule:
                failures.append(
                    PluginFailure(
                        plugin_name,
                        f"rule code {rule.code} is already taken by {existing.__module__}",
                        _kind_of(manager, plugin_name),
                    )
                )
                continue
            registry.rules[rule.code] = rule
    for plugin_name, result in _call_each(manager, "scrapelint_families", failures, oldest_first=True):
        for family in result or ():
            if not isinstance(family, Family):
                failures.append(PluginFailure(plugin_name, f"{family!r} is not a scrapelint.Family"))
                continue
            existing = registry.families.get(family.prefix)
            if existing is not None and existing != family:
                failures.append(PluginFailure(plugin_name, f"family {family.prefix} is already declared"))
                continue
            registry.families[family.prefix] = family
    for _, result in _call_each(manager, "scrapelint_readers", failures):
        for reader in result or ():
            registry.readers[reader.name] = reader
    for _, result in _call_each(manager, "scrapelint_formatters", failures):
        for formatter in result or ():
            registry.formatters[formatter.name] = formatter
    registry.rules = dict(sorted(registry.rules.items()))
    registry.families = dict(sorted(registry.families.items()))
    return registry


def _call_each(
    manager: pluggy.PluginManager, hook_name: str, failures: list[PluginFailure], oldest_first: bool = False
):
    """Call a hook plugin by plugin, so one that raises is reported by name.

    ``oldest_first`` asks the engine and the built-ins first, so their declarations win a clash.
    """
    hook = getattr(manager.hook, hook_name)
    impls = hook.get_hookimpls()
    for impl in impls if oldest_first else reversed(impls):
        try:
            yield impl.plugin_name, impl.function()
        except Exception as exc:
            failures.append(
                PluginFailure(
                    impl.plugin_name,
                    f"{hook_name} raised {type(exc).__name__}: {exc}",
                    _kind_of(manager, impl.plugin_name),
                )
            )


def _kind_of(manager: pluggy.PluginManager, name: str) -> str:
    plugin = manager.get_plugin(name)
    if getattr(plugin, "__name__", "") == BUILTIN_RULES:
        return BUILTIN
    return LOCAL if name.startswith("local:") else THIRD_PARTY


def gate_problems(registry: Registry, *, strict: bool = False) -> list[str]:
    """Why a run must stop (exit 2) rather than go on with fewer rules than it was asked for.

    The built-in rules failing to load, or a configuration naming a plugin file
    that does not exist, always stop it; any other plugin failure only with
    ``strict`` (``--strict-plugins``).
    """
    problems = []
    for failure in registry.failures:
        if failure.kind == BUILTIN:
            problems.append(f"the built-in rules ({failure.name!r}) failed to load: {failure.error}")
        elif failure.fatal or strict:
            problems.append(f"plugin {failure.name!r} failed to load: {failure.error}")
    if not registry.builtin_rules_loaded and not any(f.kind == BUILTIN for f in registry.failures):
        problems.append(
            f"the built-in rules plugin ({BUILTIN_RULES}) is not registered under the {ENTRY_POINT_GROUP!r} "
            "entry point group: reinstall scrapelint"
        )
    return problems
