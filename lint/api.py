"""The Python API, for notebooks and data pipelines (documented in docs/api.md).

Keyword overrides are the configuration keys with ``_`` for ``-`` (``select="SP"``,
``extend_select=["FG010"]``, ``as_of="2025-06-22"``), checked exactly as the configuration file
is: a bad key or value raises :class:`ConfigError` with the message the command line prints.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from scrapelint.engine.runner import Engine, Run
from scrapelint.engine.selection import select_rules
from scrapelint.io.config import KEYS, ConfigError, Settings, resolve_settings
from scrapelint.io.sources import expand
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.plugin.host import Registry, build_registry


def make_engine(settings: Settings, registry: Registry | None = None) -> Engine:
    registry = registry or build_registry(settings.plugins, settings.root)
    return Engine(select_rules(settings, registry.rules), registry.readers, settings, families=registry.families)


__all__ = ["ConfigError", "lint_documents", "lint_paths", "lint_text", "make_engine"]

_ATTRIBUTES = {attribute for attribute, _ in KEYS.values()} | {
    f.name for f in dataclasses.fields(Settings) if not f.name.startswith("_")
}


def apply_overrides(base: Settings, overrides: dict[str, Any], source: str) -> Settings:
    """``base`` with keyword overrides parsed like configuration keys; unknown ones raise ConfigError."""
    parsed: dict[str, Any] = {}
    for name, value in overrides.items():
        if value is None:
            continue
        key = name.replace("_", "-")
        if key in KEYS:
            attribute, parser = KEYS[key]
            parsed[attribute] = parser(key, value, source)
        elif name in _ATTRIBUTES:
            parsed[name] = value
        else:
            import difflib

            close = difflib.get_close_matches(name, sorted({k.replace("-", "_") for k in KEYS}), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"{source}: unknown key '{name}'{hint}")
    return base.with_overrides(**parsed) if parsed else base


def _settings(settings: Settings | None, overrides: dict[str, Any], inputs: list[str], source: str) -> Settings:
    base = settings or resolve_settings(inputs)
    return apply_overrides(base, overrides, source)


def lint_text(
    text: str,
    *,
    path: str = "-",
    format: str = "text",
    meta: dict[str, Any] | None = None,
    settings: Settings | None = None,
    registry: Registry | None = None,
    **overrides: Any,
) -> list[Finding]:
    """Lint one string; ``overrides`` are configuration keys (``select="SP"``, ``as_of="2025-06-22"``)."""
    config = apply_overrides(settings or Settings(), overrides, "lint_text()")
    engine = make_engine(config, registry)
    document = Document(text=text, path=path, format=format, meta=dict(meta or {}))
    result, partials = engine.lint_document(document)
    merged = {code: partial for code, partial in partials.items()}
    return result.findings + engine.finalize(merged)


def lint_documents(
    documents: Iterable[Document],
    *,
    settings: Settings | None = None,
    registry: Registry | None = None,
    **overrides: Any,
) -> Iterator[DocResult]:
    """Lint documents you built yourself; corpus findings come last, as a pseudo-result."""
    config = apply_overrides(settings or Settings(), overrides, "lint_documents()")
    engine = make_engine(config, registry)
    partials: dict[str, Any] = {}
    for document in documents:
        result, collected = engine.lint_document(document)
        engine.merge_partials(partials, collected)
        yield result
    corpus = engine.finalize(partials)
    if corpus:
        yield DocResult("<corpus>", None, None, corpus)


def lint_paths(
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    settings: Settings | None = None,
    registry: Registry | None = None,
    respect_gitignore: bool = True,
    **overrides: Any,
) -> Iterator[Finding]:
    """Lint files and folders as the CLI does; yields findings as documents finish, corpus ones last.

    Settings are checked before the first finding is produced: a bad key or selector raises
    ConfigError at the call, not on the first ``next()``.
    """
    inputs = [str(p) for p in paths]
    config = _settings(settings, overrides, inputs, "lint_paths()")
    registry = registry or build_registry(config.plugins, config.root)
    engine = make_engine(config, registry)
    sources = expand(
        inputs,
        registry.readers,
        config.exclude + config.extend_exclude,
        config.root,
        respect_gitignore=respect_gitignore,
    )
    return _stream(Run(engine, sources, jobs))


def _stream(run: Run) -> Iterator[Finding]:
    for result in run:
        yield from result.findings
    yield from run.corpus_findings
