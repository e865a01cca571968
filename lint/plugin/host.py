"""The plugin host: builds the plugin manager and collects rules, readers and formatters.

Each entry point loads on its own; one that fails is recorded by name with its
kind, and the caller decides: a third-party plugin that fails is a warning (an
error under ``--strict-plugins``), while the built-in rules failing to load, or
a plugin file named in the configuration that does not exist, stops the run, so
a quality gate can never pass because it checked nothing.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy
from scrapelint.io.config import ConfigError
from scrapelint.model.family import Family
from scrapelint.model.rule import RuleInfo
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


class RuleLoadError(ConfigError):
    """A rule listed in a plugin's table could not be imported when it was needed."""


class RuleMap(Mapping[str, type]):
    """Rule code to rule class, in code order; a class listed by a table is imported on first access.

    ``info(code)`` and ``infos()`` answer what selection and listings need (code, name,
    severity, default, summary) without importing anything.
    """

    def __init__(self, infos: dict[str, RuleInfo], classes: dict[str, type], plugins: dict[str, str]) -> None:
        self._infos = dict(sorted(infos.items()))
        self._classes = classes
        self._plugins = plugins

    def __getitem__(self, code: str) -> type:
        rule = self._classes.get(code)
        if rule is None:
            info = self._infos[code]
            try:
                rule = info.load()
            except Exception as exc:
                raise RuleLoadError(
                    f"rule {code} of plugin {self._plugins.get(code, '?')!r} failed to load from {info.module}: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            self._classes[code] = rule
        return rule

    def __contains__(self, code: object) -> bool:
        return code in self._infos

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)

    def info(self, code: str) -> RuleInfo | None:
        return self._infos.get(code)

    def infos(self) -> dict[str, RuleInfo]:
        """Code to :class:`RuleInfo`, in code order (imports nothing)."""
        return self._infos

    def loaded(self) -> list[str]:
        """The codes whose class is imported."""
        return sorted(self._classes)


@dataclass
class Registry:
    """Everything the loaded plugins provide, keyed for lookup."""

    manager: pluggy.PluginManager
    rules: RuleMap = field(default_factory=lambda: RuleMap({}, {}, {}))
    readers: dict[str, type] = field(default_factory=dict)
    formatters: dict[str, type] = field(default_factory=dict)
    #: Every declared family by prefix (the engine's own SL first), in prefix order.
    families: dict[str, Family] = field(default_factory=dict)
    failures: list[PluginFailure] = field(default_factory=list)

    def rule_by_code(self, code: str) -> type | None:
        return self.rules.get(code.upper())

    def rule_by_name(self, name: str) -> type | None:
        """The rule whose code or kebab-case name this is (only its module is imported)."""
        code = name.upper()
        if code not in self.rules:
            code = next((c for c, info in self.rules.infos().items() if info.name == name.lower()), "")
        return self.rules.get(code)

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
    for name, value in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda item: item[0]):
        if manager.has_plugin(name):
            continue
        kind = BUILTIN if value.split(":")[0].strip() == BUILTIN_RULES else THIRD_PARTY
        try:
            plugin = load_entry_point(value)
            manager.register(plugin, name=name)
        except Exception as exc:  # reported by name; the caller decides whether the run goes on
            failures.append(PluginFailure(name, f"{type(exc).__name__}: {exc}", kind))


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, value) of every installed entry point in ``group``, as ``importlib.metadata`` lists them.

    Importing ``importlib.metadata`` (email, zipfile, csv, ...) was a tenth of a one-file
    run; the installed distributions' ``entry_points.txt`` files are read here directly from
    the ``*.dist-info`` and ``*.egg-info`` folders of ``sys.path``, the first distribution of
    a name winning as there. Anything else on the path (a zip, an egg, a finder of its own
    that lists distributions) is left to ``importlib.metadata``.
    """
    if any(_lists_distributions(finder) for finder in sys.meta_path):
        return _metadata_entry_points(group)
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder) or folder.endswith(".egg"):
            if os.path.exists(folder):
                return _metadata_entry_points(group)
            continue
        try:
            children = os.listdir(folder)
        except OSError:
            continue
        for child in children:
            stem, dot, suffix = child.rpartition(".")
            if not dot or suffix.lower() not in ("dist-info", "egg-info"):
                continue
            distribution = re.sub(r"[-_.]+", "_", stem.partition("-")[0]).lower()
            if distribution in seen:
                continue
            seen.add(distribution)
            found += _group_entries(os.path.join(folder, child, "entry_points.txt"), group)
    return found


def _lists_distributions(finder: Any) -> bool:
    """Does a meta-path finder other than the standard path finder list distributions of its own?"""
    return finder is not importlib.machinery.PathFinder and hasattr(finder, "find_distributions")


def _group_entries(path: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of section ``[group]`` of an ``entry_points.txt``."""
    try:
        with open(path, encoding="utf-8") as text:
            lines = text.read().splitlines()
    except OSError:  # no entry points (or an egg-info file rather than a folder)
        return []
    entries, section = [], None
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group and "=" in line:
            name, _, value = line.partition("=")
            entries.append((name.strip(), value.strip()))
    return entries


def _metadata_entry_points(group: str) -> list[tuple[str, str]]:
    from importlib.metadata import entry_points as listed

    return [(entry.name, entry.value) for entry in listed(group=group)]


def load_entry_point(value: str) -> Any:
    """The object an entry point's ``module:attr.attr [extras]`` value names."""
    module_name, _, attrs = value.split("[", 1)[0].partition(":")
    loaded: Any = importlib.import_module(module_name.strip())
    for attr in filter(None, attrs.strip().split(".")):
        loaded = getattr(loaded, attr)
    return loaded


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
    registry.rules = _collect_rules(manager, failures)
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
    registry.families = dict(sorted(registry.families.items()))
    return registry


def _collect_rules(manager: pluggy.PluginManager, failures: list[PluginFailure]) -> RuleMap:
    """Every plugin's rules: from its table when it has one (nothing imported), else its classes."""
    tables: dict[str, list] = {}
    for plugin_name, result in _call_each(manager, "scrapelint_rule_table", failures):
        tables[plugin_name] = list(result or ())
    infos: dict[str, RuleInfo] = {}
    classes: dict[str, type] = {}
    plugins: dict[str, str] = {}

    def add(plugin_name: str, rules: list) -> None:
        for rule in rules:
            try:
                info = _checked_info(rule)
            except TypeError as exc:
                failures.append(PluginFailure(plugin_name, str(exc), _kind_of(manager, plugin_name)))
                continue
            existing = infos.get(info.code)
            if existing is not None and (existing.module, existing.qualname) != (info.module, info.qualname):
                failures.append(
                    PluginFailure(
                        plugin_name,
                        f"rule code {info.code} is already taken by {existing.module}",
                        _kind_of(manager, plugin_name),
                    )
                )
                continue
            infos[info.code] = info
            plugins[info.code] = plugin_name
            if isinstance(rule, type):
                classes[info.code] = rule

    for plugin_name, result in _call_each(manager, "scrapelint_rules", failures, skip=set(tables)):
        add(plugin_name, tables.pop(plugin_name, None) or list(result or ()))
    for plugin_name, table in tables.items():  # a table without a scrapelint_rules implementation
        add(plugin_name, table)
    return RuleMap(infos, classes, plugins)


def _checked_info(rule: Any) -> RuleInfo:
    """A rule class (validated) or a table row, as a RuleInfo; ``TypeError`` when it is neither."""
    from scrapelint.model.rule import CODE_PATTERN, validate_rule_class

    if isinstance(rule, RuleInfo):
        if not CODE_PATTERN.match(rule.code or ""):
            raise TypeError(f"table entry {rule!r}: code {rule.code!r} is not two capitals and three digits")
        return rule
    validate_rule_class(rule)
    return RuleInfo.of(rule)


def _call_each(
    manager: pluggy.PluginManager,
    hook_name: str,
    failures: list[PluginFailure],
    oldest_first: bool = False,
    skip: set[str] | None = None,
):
    """Call a hook plugin by plugin, so one that raises is reported by name.

    ``oldest_first`` asks the engine and the built-ins first, so their declarations win a clash.
    A plugin named in ``skip`` is not called; it yields None in its turn.
    """
    hook = getattr(manager.hook, hook_name)
    impls = hook.get_hookimpls()
    for impl in impls if oldest_first else reversed(impls):
        if skip and impl.plugin_name in skip:
            yield impl.plugin_name, None
            continue
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
