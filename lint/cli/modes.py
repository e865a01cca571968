"""Modes of ``check`` that print something other than findings: settings, files, noqa insertion.

Also the ``--output-format`` names ruff users know (``concise``, ``full``, ``grouped``,
``json-lines``), mapped onto scrapelint's formatters.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import click
from scrapelint.cli.common import EXIT_OK, EXIT_USAGE
from scrapelint.io.config import Settings

#: ruff's format names: (scrapelint format, text layout).
FORMAT_ALIASES = {
    "concise": ("text", "concise"),
    "full": ("text", "full"),
    "grouped": ("text", "grouped"),
    "json-lines": ("jsonl", None),
}


def layout_options(output_format: str) -> dict[str, Any]:
    """The formatter and text layout an ``--output-format`` value stands for."""
    name, layout = FORMAT_ALIASES.get(output_format, (output_format, None))
    return {"output_format": name, "layout": layout}


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def show_settings(settings: Settings) -> None:
    """Every resolved setting, one ``name = value`` a line (values as JSON), like ruff's --show-settings."""
    click.echo(f"Settings path: {settings.config_path or '(none: defaults)'}")
    for item in dataclasses.fields(settings):
        if item.name.startswith("_"):
            continue
        value = _plain(getattr(settings, item.name))
        click.echo(f"{item.name.replace('_', '-')} = {json.dumps(value, ensure_ascii=False)}")


def show_files(inputs: list[str], settings: Settings, registry, options: dict[str, Any]) -> int:
    """The files a run would lint, sorted, one a line (like ruff's --show-files)."""
    from scrapelint.cli.run import list_sources

    sources, missing = list_sources(inputs, settings, registry, options)
    for message in missing:
        click.echo(f"scrapelint: error: {message}", err=True)
    for path in sorted({s.path for s in sources}):
        click.echo(path)
    return EXIT_USAGE if missing else EXIT_OK


def add_noqa_step(inputs: list[str], settings: Settings, registry, engine, options: dict[str, Any]) -> int:
    """Insert suppression comments for the current findings in text and Markdown files, in place."""
    from scrapelint.cli.run import list_sources
    from scrapelint.engine.fixing import FIXABLE_READERS
    from scrapelint.engine.noqa import add_noqa
    from scrapelint.engine.runner import Run
    from scrapelint.io.atomic import write_atomically

    sources, missing = list_sources(inputs, settings, registry, options)
    for message in missing:
        click.echo(f"scrapelint: error: {message}", err=True)
    editable = [s for s in sources if s.reader in FIXABLE_READERS and s.payload is None]
    findings: dict[str, list] = {s.path: [] for s in editable}
    run = Run(engine, editable, options["jobs"])
    for result in run:
        findings.setdefault(result.path, []).extend(result.findings)
    for finding in run.corpus_findings:
        findings.setdefault(finding.path, []).append(finding)
    added = files = 0
    for path, found in findings.items():
        data = Path(path).read_bytes()
        bom = data.startswith(b"\xef\xbb\xbf")
        try:
            text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError:
            continue
        new_text, count = add_noqa(text, found)
        if count:
            write_atomically(Path(path), (b"\xef\xbb\xbf" if bom else b"") + new_text.encode("utf-8"))
            added += count
            files += 1
    click.echo(f"Added {added} suppression comment(s) in {files} file(s).")
    return EXIT_USAGE if missing else EXIT_OK
