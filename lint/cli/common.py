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


def load_registry(settings: Settings, *, strict: bool = False, gate: bool = True):
    """Load the plugins; stop (exit 2) when the run would check less than it was asked to."""
    from scrapelint.plugin.host import build_registry, gate_problems

    for refused in settings.refused:
        click.echo(f"scrapelint: warning: {refused}", err=True)
    registry = build_registry(settings.plugins, settings.root)
    problems = gate_problems(registry, strict=strict) if gate else []
    if problems:
        fail(problems[0] + "".join(f"\nscrapelint: error: {p}" for p in problems[1:]))
    for failure in registry.failures:
        click.echo(f"scrapelint: warning: plugin {failure.name!r} failed to load: {failure.error}", err=True)
    return registry


def plugin_policy(command):
    """The flags that decide which plugin code a run may load."""
    for option in reversed(
        (
            click.option(
                "--strict-plugins", is_flag=True, help="Exit 2 when any plugin fails to load (not only the built-ins)."
            ),
            click.option(
                "--allow-local-plugins",
                is_flag=True,
                help="Load plugins named by a configuration found beside the inputs (it runs their code).",
            ),
            click.option(
                "--no-local-plugins",
                is_flag=True,
                help="Load no configuration-named plugins, only installed ones (CI on untrusted forks).",
            ),
        )
    ):
        command = option(command)
    return command


def check_target(path: str, what: str) -> None:
    """A file to be written must have a folder to go in: say so before the run, not in a traceback after."""
    from scrapelint.io.atomic import target_problem

    problem = target_problem(path)
    if problem:
        fail(f"cannot write {what} to {path}: {problem}")


def require_rules(engine) -> None:
    if not engine.specs:
        fail("no rule is active: the selection (select, ignore, configuration and flags) leaves nothing to check")


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
