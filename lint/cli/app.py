"""The command line: ``scrapelint check``, ``rules``, ``rule``, ``plugins``."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Any, TextIO

import click
from scrapelint._version import __version__
from scrapelint.io.config import ConfigError, Settings, parse_date, resolve_settings
from scrapelint.model.finding import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _fail(message: str) -> None:
    click.echo(f"scrapelint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _registry(settings: Settings, *, strict: bool = False, gate: bool = True):
    """Load the plugins; stop (exit 2) when the run would check less than it was asked to."""
    from scrapelint.plugin.host import build_registry, gate_problems

    for refused in settings.refused:
        click.echo(f"scrapelint: warning: {refused}", err=True)
    registry = build_registry(settings.plugins, settings.root)
    problems = gate_problems(registry, strict=strict) if gate else []
    for failure in registry.failures:
        click.echo(f"scrapelint: warning: plugin {failure.name!r} failed to load: {failure.error}", err=True)
    if problems:
        _fail(problems[0] + "".join(f"\nscrapelint: error: {p}" for p in problems[1:]))
    return registry


def _plugin_policy(command):
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


def _check_target(path: str, what: str) -> None:
    """A file to be written must have a folder to go in: say so before the run, not in a traceback after."""
    from scrapelint.io.atomic import target_problem

    problem = target_problem(path)
    if problem:
        _fail(f"cannot write {what} to {path}: {problem}")


def _require_rules(engine) -> None:
    if not engine.specs:
        _fail("no rule is active: the selection (select, ignore, configuration and flags) leaves nothing to check")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="scrapelint")
def main() -> None:
    """A content-quality linter for scraped articles."""


def _csv_option(*names: str, help: str):
    return click.option(*names, multiple=True, metavar="SELECTORS", help=help)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_csv_option("--select", help="Rules to enable: codes, prefixes (BP), names or ALL (replaces the configured set).")
@_csv_option("--extend-select", help="Rules to enable on top of the selected ones.")
@_csv_option("--ignore", help="Rules to disable: codes, prefixes or names.")
@click.option(
    "--format", "output_format", default="text", show_default=True, help="Output format (see `scrapelint formats`)."
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--statistics", is_flag=True, help="Show counts per rule.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary (text format).")
@click.option("--show-source", is_flag=True, help="Show the offending line with a caret under the span.")
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
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
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
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
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
@_plugin_policy
def check(paths: tuple[str, ...], **options: Any) -> None:
    """Lint PATHS (files, folders, or - for stdin; default: the current folder)."""
    inputs = list(paths) or ["."]
    if options["output"]:
        _check_target(options["output"], "the report")
    try:
        settings = _settings_for(inputs, options)
    except ConfigError as exc:
        _fail(str(exc))
    registry = _registry(settings, strict=options["strict_plugins"])
    formatter_class = registry.formatters.get(options["output_format"])
    if formatter_class is None:
        _fail(f"unknown format {options['output_format']!r} (choose from: {', '.join(sorted(registry.formatters))})")
    settings.document_stats = formatter_class.uses_document_stats
    try:
        from scrapelint.api import make_engine

        engine = make_engine(settings, registry)
    except ConfigError as exc:
        _fail(str(exc))
    _require_rules(engine)
    options["baseline_writer"] = _use_baseline(settings, engine, options)
    if options["fix"] or options["diff"]:
        options["fix_report"] = _fix_step(inputs, settings, registry, engine, options)
        if options["diff"]:
            sys.exit(EXIT_FINDINGS if options["fix_report"].fixed and not options["exit_zero"] else EXIT_OK)
    if options["engine_name"] == "dask":
        code = _run_dask(inputs, settings, registry, engine, formatter_class, options)
        sys.exit(EXIT_OK if options["exit_zero"] else code)
    if not options["no_cache"]:
        from scrapelint.engine.cache import ResultCache, default_cache_dir

        engine.cache = ResultCache(options["cache_dir"] or default_cache_dir(settings), engine)
    code = _run_check(inputs, settings, registry, engine, formatter_class, options)
    sys.exit(EXIT_OK if options["exit_zero"] else code)


def _use_baseline(settings: Settings, engine, options: dict[str, Any]):
    """Install the baseline filter, or return a writer for --update-baseline."""
    from scrapelint.engine.baseline import Baseline, BaselineError, BaselineWriter

    path = options["baseline_file"] or (str(settings.root / settings.baseline) if settings.baseline else None)
    if options["update_baseline"]:
        if not path:
            _fail("--update-baseline needs --baseline FILE (or `baseline` in the configuration)")
        _check_target(path, "the baseline")
        try:
            return BaselineWriter(path)
        except OSError as exc:
            _fail(f"cannot write the baseline {path}: {exc.strerror or exc}")
    if path:
        try:
            baseline = Baseline.load(path)
        except BaselineError as exc:
            _fail(str(exc))
        engine.post_filters.append(baseline)
        engine.corpus_filters.append(baseline.filter)
    return None


def _fix_step(inputs, settings, registry, engine, options):
    from scrapelint.engine.fixing import fix_sources
    from scrapelint.io.sources import expand

    stdin = sys.stdin.buffer.read() if "-" in inputs and options["diff"] else None
    excludes = settings.exclude + settings.extend_exclude
    sources = [
        s
        for s in expand(inputs, registry.readers, excludes, settings.root, options["stdin_filename"], stdin)
        if not isinstance(s, str)
    ]
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


def _settings_for(inputs: list[str], options: dict[str, Any]) -> Settings:
    settings = resolve_settings(
        inputs,
        options["config_path"],
        options["isolated"],
        allow_local_plugins=options.get("allow_local_plugins", False),
        local_plugins=not options.get("no_local_plugins", False),
    )
    overrides: dict[str, Any] = {
        "select": _split(options["select"]),
        "ignore": None,
        "language": options["language"],
        "html_mode": options["html_mode"],
        "fail_under": options["fail_under"],
    }
    if options["extend_select"]:
        overrides["extend_select"] = settings.extend_select + (_split(options["extend_select"]) or [])
    if options["ignore"]:
        overrides["ignore"] = settings.ignore + (_split(options["ignore"]) or [])
    if options.get("warn_unused_suppressions"):
        overrides["warn_unused_suppressions"] = True
    if options["as_of"]:
        overrides["as_of"] = parse_date(options["as_of"], "--as-of")
    if options["fail_on"]:
        overrides["fail_on"] = Severity.parse(options["fail_on"])
    if options["exclude"]:
        overrides["exclude"] = list(options["exclude"])
    if options["extend_exclude"]:
        overrides["extend_exclude"] = settings.extend_exclude + list(options["extend_exclude"])
    if options["fields"]:
        fields = dict(settings.fields)
        for item in options["fields"]:
            name, sep, key = item.partition("=")
            if not sep or name not in fields or not key:
                raise ConfigError(f"--field takes NAME=KEY with NAME one of {', '.join(fields)}, not {item!r}")
            fields[name] = key
        overrides["fields"] = fields
    return settings.with_overrides(**overrides)


@contextmanager
def _open_output(path: str | None):
    if not path:
        yield sys.stdout
        return
    from scrapelint.io.atomic import atomic_writer

    with atomic_writer(path, "w", encoding="utf-8") as handle:
        yield handle


def _run_check(inputs, settings, registry, engine, formatter_class, options) -> int:
    from scrapelint.engine.runner import Run
    from scrapelint.io.sources import expand
    from scrapelint.report.formatters import Context
    from scrapelint.report.summary import Summary

    stdin = sys.stdin.buffer.read() if "-" in inputs else None
    excludes = settings.exclude + settings.extend_exclude
    sources = list(expand(inputs, registry.readers, excludes, settings.root, options["stdin_filename"], stdin))
    for source in sources:
        if isinstance(source, str):
            click.echo(f"scrapelint: error: {source}", err=True)
    missing = [s for s in sources if isinstance(s, str)]
    sources = [s for s in sources if not isinstance(s, str)]
    if missing and not sources:
        return EXIT_USAGE

    summary = Summary(fail_on=settings.fail_on, fail_under=settings.fail_under)
    with _open_output(options["output"]) as stream:
        color = options["color"]
        if color is None:
            color = not options["output"] and _isatty(stream) and "NO_COLOR" not in os.environ
        context = Context(
            rules=registry.rules,
            families=registry.families,
            version=__version__,
            show_source=options["show_source"],
            color=color,
            statistics=options["statistics"],
            quiet=options["quiet"],
        )
        formatter = formatter_class(stream, context)
        run = options.get("make_run", Run)(engine, sources, options["jobs"])
        with _progress(options["progress"], sources, options["quiet"]) as advance:
            run.progress = advance
            formatter.start()
            for result in run:
                summary.add_document(result)
                formatter.document(result)
                if options.get("baseline_writer"):
                    options["baseline_writer"].add(result.findings)
            summary.add_findings(run.corpus_findings)
            if options.get("baseline_writer"):
                options["baseline_writer"].add(run.corpus_findings)
            formatter.corpus(run.corpus_findings)
        formatter.finish(summary)
        stream.flush()
    if summary.below_threshold:
        worst = ", ".join(
            f"{w['path']}{'#' + w['doc'] if w['doc'] else ''} ({w['score']})"
            for w in summary.worst_documents()[:5]
            if w["score"] < (settings.fail_under or 0)
        )
        click.echo(
            f"scrapelint: {summary.below_threshold} document(s) score below {settings.fail_under:g}: {worst}", err=True
        )
    if options.get("baseline_writer"):
        try:
            written = options["baseline_writer"].write()
        except OSError as exc:
            _fail(f"cannot write the baseline {options['baseline_writer'].path}: {exc.strerror or exc}")
        click.echo(
            f"scrapelint: recorded {written} finding(s) in the baseline {options['baseline_writer'].path}", err=True
        )
        return EXIT_OK
    if options.get("fix_report") is not None:
        remaining = f"{summary.findings} finding(s) remain" + (
            f", {summary.fixable} of them fixable" if summary.fixable else ""
        )
        click.echo(f"scrapelint: {options['fix_report'].describe()} {remaining}.", err=True)
    if missing:
        return EXIT_USAGE
    return EXIT_FINDINGS if summary.failing or summary.below_threshold else EXIT_OK


def _run_dask(inputs, settings, registry, engine, formatter_class, options) -> int:
    """The same check, with the documents linted on a Dask cluster."""
    try:
        from scrapelint.distributed import DaskRun, missing_dask_message

        message = missing_dask_message()
    except ImportError as exc:  # pragma: no cover - only when lint itself is broken
        message = str(exc)
    if message:
        _fail(message)
    scheduler = options["scheduler"]

    def make_run(engine, sources, jobs):
        return DaskRun(engine, sources, scheduler=scheduler, workers=jobs or None)

    try:
        return _run_check(inputs, settings, registry, engine, formatter_class, {**options, "make_run": make_run})
    except (OSError, TimeoutError) as exc:
        _fail(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}")
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("distributed", "dask"):
            raise
        _fail(f"the Dask run failed: {type(exc).__name__}: {exc}")
    return EXIT_USAGE


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def _progress(wanted: bool | None, sources: list, quiet: bool):
    """A rich progress line on stderr for long runs on a terminal."""
    if wanted is False or (wanted is None and (quiet or not sys.stderr.isatty())):
        yield None
        return
    total = sum(_size(s.path) for s in sources if s.payload is None)
    if wanted is None and total <= 5_000_000:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("linting"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[docs]} docs"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as progress:
        task = progress.add_task("lint", total=total or None, docs=0)

        def advance(documents: int, characters: int) -> None:
            progress.update(task, completed=characters, docs=documents)

        yield advance


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


@main.command("clean")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="The cache folder to delete.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
def clean_command(cache_dir: str | None, config_path: str | None) -> None:
    """Delete the result cache (.scrapelint_cache in the working directory's project root)."""
    from pathlib import Path

    from scrapelint.engine.cache import clean, default_cache_dir

    try:
        settings = resolve_settings(["."], config_path)
    except ConfigError as exc:
        _fail(str(exc))
    folder = Path(cache_dir) if cache_dir else default_cache_dir(settings)
    try:
        removed = clean(Path(folder))
    except ValueError as exc:
        _fail(str(exc))
    click.echo(f"removed {folder}" if removed else f"no cache at {folder}")


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def rules_command(output_format: str) -> None:
    """List every rule: code, name, family, default severity, fixable."""
    registry = _registry(_settings_quiet())
    rows = list(registry.rules.values())
    if output_format == "markdown":
        from scrapelint.report.rule_docs import rules_markdown

        click.echo(rules_markdown(registry.rules, registry.families), nl=False)
        return
    if output_format == "json":
        import json

        payload = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family(),
                "severity": r.severity.value,
                "fixable": r.fixable,
                "default": r.default_enabled,
                "corpus": r.is_corpus_rule(),
                "summary": r.summary(),
            }
            for r in rows
        ]
        click.echo(json.dumps(payload, indent=2))
        return
    for rule in rows:
        fix = {"safe": "[*]", "unsafe": "[!]"}.get(rule.fixable or "", "   ")
        default = "" if rule.default_enabled else " (off by default)"
        click.echo(f"{rule.code}  {rule.name:<32} {rule.severity.value:<8} {fix} {rule.summary()}{default}")
    click.echo(f"\n{len(rows)} rules. [*] safe fix, [!] unsafe fix. `scrapelint rule CODE` for details.")


@main.command("rule")
@click.argument("code")
def rule_command(code: str) -> None:
    """Print a rule's page: what it does, why, an example, what to write instead, fix safety, options; and its source file."""
    registry = _registry(_settings_quiet())
    rule = registry.rule_by_code(code) or next((r for r in registry.rules.values() if r.name == code.lower()), None)
    if rule is None:
        _fail(f"no rule {code!r} (see `scrapelint rules`)")
    from scrapelint.report.rule_docs import rule_page

    click.echo(rule_page(rule))


@main.command("plugins")
def plugins_command() -> None:
    """List the loaded plugins and what each provides."""
    registry = _registry(_settings_quiet(), gate=False)
    provided: dict[str, list[str]] = {}
    for code, rule in registry.rules.items():
        provided.setdefault(rule.__module__.split(".")[0], []).append(code)
    for name, module in registry.plugin_names():
        click.echo(f"{name:<28} {module}")
    click.echo("")
    for package, codes in sorted(provided.items()):
        click.echo(f"rules from {package}: {len(codes)} ({codes[0]}..{codes[-1]})")
    click.echo(f"readers: {', '.join(sorted(registry.readers))}")
    click.echo(f"formats: {', '.join(sorted(registry.formatters))}")
    for failure in registry.failures:
        click.echo(f"FAILED {failure.name}: {failure.error}")


@main.command("formats")
def formats_command() -> None:
    """List the output formats."""
    registry = _registry(_settings_quiet())
    for name, formatter in sorted(registry.formatters.items()):
        click.echo(f"{name:<10} {formatter.description}")


_FIX_DEFAULTS: dict[str, Any] = {
    "extend_select": (),
    "language": None,
    "html_mode": None,
    "fail_under": None,
    "as_of": None,
    "fail_on": None,
    "exclude": (),
    "extend_exclude": (),
}


@main.command("fix")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Write the cleaned copy to FILE.")
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too.")
@_csv_option("--select", help="Rules whose fixes to apply (default: the configured set).")
@_csv_option("--ignore", help="Rules whose fixes not to apply.")
@click.option(
    "--field", "fields", multiple=True, metavar="NAME=KEY", help="JSONL field names, e.g. --field text=content."
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, help="Worker processes (0: all cores).")
@_plugin_policy
def fix_command(source: str, output: str, unsafe_fixes: bool, jobs: int, **options: Any) -> None:
    """Write a fixed copy of SOURCE (a JSONL corpus, or a text or Markdown file) to OUTPUT.

    The input is never rewritten; in a corpus only each record's text field changes.
    """
    from scrapelint.engine.fixing import fix_to_file

    if os.path.exists(output) and os.path.samefile(source, output):
        _fail("--output must not be the input file (use `scrapelint check --fix` to fix files in place)")
    _check_target(output, "the fixed copy")
    try:
        settings = _settings_for([source], {**_FIX_DEFAULTS, **options})
        registry = _registry(settings, strict=options["strict_plugins"])
        from scrapelint.api import make_engine

        engine = make_engine(settings, registry)
    except ConfigError as exc:
        _fail(str(exc))
    _require_rules(engine)
    from scrapelint.io.sources import reader_for

    reader = reader_for(source, registry.readers) or "text"
    message = fix_to_file(source, reader, output, engine, unsafe=unsafe_fixes, jobs=jobs or (os.cpu_count() or 1))
    click.echo(f"scrapelint: {message}", err=True)


def _settings_quiet() -> Settings:
    try:
        return resolve_settings(["."])
    except ConfigError as exc:
        _fail(str(exc))
        raise
