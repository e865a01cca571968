"""The Python API, for notebooks and data pipelines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from scrapelint.engine.runner import Engine, Run
from scrapelint.engine.selection import select_rules
from scrapelint.io.config import Settings, resolve_settings
from scrapelint.io.sources import expand
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.plugin.host import Registry, build_registry


def make_engine(settings: Settings, registry: Registry | None = None) -> Engine:
    registry = registry or build_registry(settings.plugins, settings.root)
    return Engine(select_rules(settings, registry.rules), registry.readers, settings, families=registry.families)


def _settings(settings: Settings | None, overrides: dict[str, Any], inputs: list[str]) -> Settings:
    base = settings or resolve_settings(inputs)
    return base.with_overrides(**overrides) if overrides else base


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
    """Lint one string; ``overrides`` are Settings fields (``select=["SP"]``, ``as_of=...``)."""
    config = settings.with_overrides(**overrides) if settings else Settings().with_overrides(**overrides)
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
    config = settings.with_overrides(**overrides) if settings else Settings().with_overrides(**overrides)
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
    **overrides: Any,
) -> list[Finding]:
    """Lint files and folders as the CLI does; returns every finding, corpus ones last."""
    inputs = [str(p) for p in paths]
    config = _settings(settings, overrides, inputs)
    registry = registry or build_registry(config.plugins, config.root)
    engine = make_engine(config, registry)
    sources = expand(inputs, registry.readers, config.exclude + config.extend_exclude, config.root)
    run = Run(engine, sources, jobs)
    findings: list[Finding] = []
    for result in run:
        findings.extend(result.findings)
    return findings + run.corpus_findings
