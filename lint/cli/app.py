"""The command line: ``scrapelint check``, plus the commands in :mod:`scrapelint.cli.commands`."""

from __future__ import annotations

import sys
from typing import Any

import click
from scrapelint._version import __version__
from scrapelint.cli.commands import COMMANDS
from scrapelint.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    check_target,
    csv_option,
    fail,
    load_registry,
    plugin_policy,
    require_rules,
)
from scrapelint.cli.modes import add_noqa_step, layout_options, show_files, show_settings
from scrapelint.cli.run import run_check, run_dask
from scrapelint.cli.settings import settings_for
from scrapelint.cli.steps import fix_step, use_baseline
from scrapelint.io.config import ConfigError


class _Group(click.Group):
    """Keeps the command line as given, for report headers (``ctx.meta["argv"]``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta.setdefault("argv", list(args))
        return super().parse_args(ctx, args)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="scrapelint")
def main() -> None:
    """A content-quality linter for scraped articles."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@csv_option("--select", help="Rules to enable: codes, prefixes (BP), names or ALL (replaces the configured set).")
@csv_option("--extend-select", help="Rules to enable on top of the selected ones.")
@csv_option("--ignore", help="Rules to disable: codes, prefixes or names.")
@click.option(
    "--output-format",
    "--format",
    "output_format",
    default="text",
    envvar="SCRAPELINT_OUTPUT_FORMAT",
    show_default=True,
    help="Output format: text (alias concise), full, grouped, json, jsonl (json-lines), sarif, github, junit, "
    "markdown, html (see `scrapelint formats`).",
)
@click.option(
    "-o", "--output", "--output-file", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE."
)
@click.option("--statistics", is_flag=True, help="Show counts per rule (with a fixable mark) instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings, nothing else (no summary).")
@click.option("-s", "--silent", is_flag=True, help="Print nothing; only the exit status tells.")
@click.option("-v", "--verbose", is_flag=True, help="Say which configuration, how many files and how long (stderr).")
@click.option("--show-source", is_flag=True, help="Show the offending line with a caret under the span.")
@click.option("--show-fixes", is_flag=True, help="List the fixes by file and rule (applied, or available).")
@click.option("--show-settings", is_flag=True, help="Print the resolved settings and exit.")
@click.option("--show-files", is_flag=True, help="Print the files that would be linted and exit.")
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=True,
    show_default=True,
    help="Skip files that .gitignore files ignore when walking folders.",
)
@click.option("-w", "--watch", is_flag=True, help="Lint again whenever an input file changes (Ctrl-C stops).")
@click.option(
    "--add-noqa",
    is_flag=True,
    help="Insert a suppression comment above each line with findings (text and Markdown files), then exit.",
)
@click.option("-j", "--jobs", type=click.IntRange(0), default=0, help="Worker processes (0: all cores).")
@click.option("--as-of", help="Publication date (YYYY-MM-DD) for date-relative rules.")
@click.option("--language", help="Expected document language (ISO 639-1 code, e.g. en).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--exclude", multiple=True, help="Glob patterns to exclude (replaces the defaults).")
@click.option("--extend-exclude", multiple=True, help="Glob patterns to exclude on top of the defaults.")
@click.option(
    "--html", "html_mode", type=click.Choice(["main", "raw"]), help="HTML: trafilatura's main text or all visible text."
)
@click.option(
    "--field", "fields", multiple=True, metavar="NAME=KEY", help="JSONL field names, e.g. --field text=content."
)
@click.option("--stdin-filename", help="The name to report (and pick a reader by) for input read from stdin.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="Lowest severity that fails the run.")
@click.option("--fail-under", type=float, help="Fail when any document scores below this (0-100).")
@click.option("-e", "--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="With --fix: exit 1 when any fix was applied.")
@click.option("--fix-only", is_flag=True, help="Apply safe fixes, report nothing about what remains (implies --fix).")
@click.option("--ignore-noqa", is_flag=True, help="Ignore suppression comments and record ignore fields.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to text and Markdown files in place.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of writing them.")
@click.option(
    "--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Ignore the findings recorded in FILE."
)
@click.option("--update-baseline", is_flag=True, help="Record every current finding in the baseline file.")
@click.option("--warn-unused-suppressions", is_flag=True, help="Report suppressions that silence nothing (SL010).")
@click.option("-n", "--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="Result cache folder (default: .scrapelint_cache in the working directory's project root).",
)
@click.option(
    "--engine",
    "engine_name",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Run in local processes, or on a Dask cluster (needs the 'dask' extra).",
)
@click.option(
    "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster sized to the machine)."
)
@plugin_policy
def check(paths: tuple[str, ...], **options: Any) -> None:
    """Lint PATHS (files, folders, or - for stdin; default: the current folder)."""
    inputs = list(paths) or ["."]
    options.update(layout_options(options["output_format"]))
    if options["output"]:
        check_target(options["output"], "the report")
    try:
        settings = settings_for(inputs, options)
    except ConfigError as exc:
        fail(str(exc))
    if options["show_settings"]:
        show_settings(settings)
        sys.exit(EXIT_OK)
    registry = load_registry(settings, strict=options["strict_plugins"])
    formatter_class = registry.formatters.get(options["output_format"])
    if formatter_class is None:
        fail(f"unknown format {options['output_format']!r} (choose from: {', '.join(sorted(registry.formatters))})")
    if options["show_files"]:
        sys.exit(show_files(inputs, settings, registry, options))
    settings.document_stats = formatter_class.uses_document_stats
    try:
        from scrapelint.api import make_engine

        engine = make_engine(settings, registry)
    except ConfigError as exc:
        fail(str(exc))
    require_rules(engine)
    if options["ignore_noqa"]:
        from scrapelint.engine.suppression import SuppressionFilter

        engine.post_filters = [f for f in engine.post_filters if not isinstance(f, SuppressionFilter)]
        options["no_cache"] = True  # cached results had their suppressions applied
    if options["fix_only"]:
        options["fix"] = True
    if options["add_noqa"]:
        sys.exit(add_noqa_step(inputs, settings, registry, engine, options))
    options["baseline_writer"] = use_baseline(settings, engine, options)
    if not options["no_cache"] and options["engine_name"] != "dask":
        from scrapelint.engine.cache import ResultCache, default_cache_dir

        engine.cache = ResultCache(options["cache_dir"] or default_cache_dir(settings), engine)

    def once() -> int:
        if options["fix"] or options["diff"]:
            options["fix_report"] = fix_step(inputs, settings, registry, engine, options)
            if options["diff"]:
                return EXIT_FINDINGS if options["fix_report"].fixed and not options["exit_zero"] else EXIT_OK
            if options["fix_only"]:
                fixed = sum(options["fix_report"].fixed.values())
                if not options["silent"]:
                    click.echo(f"scrapelint: {options['fix_report'].describe()}", err=True)
                return (
                    EXIT_FINDINGS if fixed and options["exit_non_zero_on_fix"] and not options["exit_zero"] else EXIT_OK
                )
        if options["engine_name"] == "dask":
            return run_dask(inputs, settings, registry, engine, formatter_class, options)
        return run_check(inputs, settings, registry, engine, formatter_class, options)

    if options["watch"]:
        if "-" in inputs:
            fail("--watch cannot read standard input")
        from scrapelint.cli.watch import watch

        sys.exit(watch(once, inputs))
    sys.exit(once())


for _command in COMMANDS:
    main.add_command(_command)
