"""The steps before linting: installing a baseline, applying fixes."""

from __future__ import annotations

from typing import Any

import click
from scrapelint.cli.common import check_target, fail
from scrapelint.io.config import Settings


def use_baseline(settings: Settings, engine, options: dict[str, Any]):
    """Install the baseline filter, or return a writer for --update-baseline."""
    path = options["baseline_file"] or (str(settings.root / settings.baseline) if settings.baseline else None)
    if not path and not options["update_baseline"]:
        return None
    from scrapelint.engine.baseline import Baseline, BaselineError, BaselineWriter

    if options["update_baseline"]:
        if not path:
            fail("--update-baseline needs --baseline FILE (or `baseline` in the configuration)")
        check_target(path, "the baseline")
        try:
            return BaselineWriter(path)
        except OSError as exc:
            fail(f"cannot write the baseline {path}: {exc.strerror or exc}")
    if path:
        try:
            baseline = Baseline.load(path)
        except BaselineError as exc:
            fail(str(exc))
        engine.post_filters.append(baseline)
        engine.corpus_filters.append(baseline.filter)
    return None


def fix_step(inputs, settings, registry, engine, options):
    from scrapelint.cli.run import list_sources
    from scrapelint.engine.fixing import fix_sources

    # standard input is read here only to show a diff of it
    sources, _missing = list_sources(inputs, settings, registry, options, read_stdin=options["diff"])
    report = fix_sources(
        sources,
        engine,
        unsafe=options["unsafe_fixes"],
        diff=options["diff"],
        write=click.echo if options["diff"] else _no_echo,
    )
    for path, reason in report.skipped:
        click.echo(f"scrapelint: not fixed: {path}: {reason}", err=True)
    for path in report.unsettled:
        click.echo(f"scrapelint: warning: fixes on {path} did not settle after the maximum number of passes", err=True)
    if options["diff"]:
        click.echo(report.describe("Would fix"), err=True)
    return report


def _no_echo(_: str) -> None:
    """Fixed files are written, not printed."""
