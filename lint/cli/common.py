"""What every command shares: exit codes, usage errors, the plugin registry, comma lists."""

from __future__ import annotations

import sys
from typing import TextIO

import click
from scrapelint.io.config import ConfigError, Settings, resolve_settings

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def split_csv(values: tuple[str, ...]) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def fail(message: str) -> None:
    click.echo(f"scrapelint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def load_registry(settings: Settings):
    from scrapelint.plugin.host import build_registry

    registry = build_registry(settings.plugins, settings.root)
    for failure in registry.failures:
        click.echo(f"scrapelint: warning: plugin {failure.name!r} failed to load: {failure.error}", err=True)
    return registry


def csv_option(*names: str, help: str):
    return click.option(*names, multiple=True, metavar="SELECTORS", help=help)


def isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def settings_quiet() -> Settings:
    try:
        return resolve_settings(["."])
    except ConfigError as exc:
        fail(str(exc))
        raise
