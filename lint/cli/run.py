"""One check run: sources through the engine to the formatter, and the exit code."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import sys
import time
from collections import Counter
from contextlib import contextmanager

import click
from scrapelint._version import __version__
from scrapelint.cli.common import EXIT_OK, EXIT_USAGE, fail, isatty
from scrapelint.cli.progress import progress
from scrapelint.report.formatters.text import display_path
from scrapelint.report.gate import Gate


@contextmanager
def open_output(path: str | None):
    if not path:
        yield sys.stdout
        return
    from scrapelint.io.atomic import atomic_writer

    with atomic_writer(path, "w", encoding="utf-8") as handle:
        yield handle


def list_sources(inputs, settings, registry, options, *, read_stdin: bool = True):
    """The sources of a run and the error messages about inputs that do not exist."""
    from scrapelint.io.sources import expand

    stdin = sys.stdin.buffer.read() if "-" in inputs and read_stdin else None
    excludes = settings.exclude + settings.extend_exclude
    items = list(
        expand(
            inputs,
            registry.readers,
            excludes,
            settings.root,
            options["stdin_filename"],
            stdin,
            respect_gitignore=options.get("respect_gitignore", True),
        )
    )
    return [s for s in items if not isinstance(s, str)], [s for s in items if isinstance(s, str)]


def make_gate(settings, options) -> Gate:
    return Gate(
        fail_on=settings.fail_on,
        fail_under=settings.fail_under,
        exit_zero=bool(options.get("exit_zero")),
        exit_non_zero_on_fix=bool(options.get("exit_non_zero_on_fix")),
    )


def run_info(inputs: list[str], settings, engine) -> dict:
    """What a saved report needs to be traced to its run."""
    return {
        "time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "command": shlex.join(["scrapelint", *_argv()]),
        "inputs": list(inputs),
        "as_of": settings.as_of.isoformat() if settings.as_of else None,
        "config": str(settings.config_path) if settings.config_path else None,
        "select": settings.select,
        "extend_select": settings.extend_select,
        "ignore": settings.ignore,
        "rules": sorted(rule.code for rule, _ in getattr(engine, "rules", [])),
    }


def _argv() -> list[str]:
    context = click.get_current_context(silent=True)
    if context is not None and "argv" in context.meta:
        return context.meta["argv"]
    return sys.argv[1:]


def _corpus_order(finding) -> tuple:
    return (finding.path, finding.record or 0, finding.start, finding.end, finding.code)


def run_check(inputs, settings, registry, engine, formatter_class, options) -> int:
    from scrapelint.engine.runner import Run
    from scrapelint.report.formatters import Context
    from scrapelint.report.summary import Summary

    started = time.monotonic()
    sources, missing = list_sources(inputs, settings, registry, options)
    for message in missing:
        click.echo(f"scrapelint: error: {message}", err=True)
    if missing and not sources:
        return EXIT_USAGE
    if options.get("verbose"):
        config = settings.config_path or "none (defaults)"
        click.echo(f"scrapelint: configuration: {config}", err=True)
        click.echo(f"scrapelint: {len(sources)} input file(s), {len(engine.rules)} rule(s) enabled", err=True)

    gate = make_gate(settings, options)
    summary = Summary(gate=gate, unsafe_fixes=bool(options.get("unsafe_fixes")))
    fix_report = options.get("fix_report")
    summary.usage_errors = len(missing)
    summary.fixes_applied = sum(fix_report.fixed.values()) if fix_report is not None and not options["diff"] else 0
    quiet = options["quiet"] or options.get("silent")
    with open_output(options["output"]) as stream:
        color = options["color"]
        if color is None:
            color = not options["output"] and isatty(stream) and "NO_COLOR" not in os.environ
        fixed_by_file = None
        if fix_report is not None and not options["diff"]:
            fixed_by_file = {
                display_path(path): Counter({(code, _rule_name(registry, code)): n for code, n in counts.items()})
                for path, counts in fix_report.by_file.items()
            }
        context = Context(
            rules=registry.rules,
            families=registry.families,
            version=__version__,
            show_source=options["show_source"],
            color=color,
            statistics=options["statistics"],
            quiet=bool(quiet),
            gate=gate,
            run_info={**run_info(inputs, settings, engine), "output": options["output"]},
            options={
                "layout": options.get("layout"),
                "silent": options.get("silent"),
                "unsafe_fixes": options.get("unsafe_fixes"),
                "show_fixes": options.get("show_fixes"),
                "fixed_by_file": fixed_by_file,
            },
        )
        formatter = formatter_class(stream, context)
        _settle_memory()
        run = options.get("make_run", Run)(engine, sources, options["jobs"])
        if isinstance(run, Run) and not options.get("baseline_writer") and formatter_class.prerender([]) is not None:
            run.render = formatter_class.prerender  # jsonl: workers send lines, not whole findings
        with progress(options["progress"], sources, bool(quiet), options["jobs"]) as advance:
            run.progress = advance
            formatter.start()
            for result in run:
                summary.add_document(result)
                formatter.document(result)
                if options.get("baseline_writer"):
                    options["baseline_writer"].add(result.findings)
            corpus = sorted(run.corpus_findings, key=_corpus_order)
            summary.add_findings(corpus)
            if options.get("baseline_writer"):
                options["baseline_writer"].add(corpus)
            formatter.corpus(corpus)
        formatter.finish(summary)
        stream.flush()
    verdict = summary.verdict()
    if summary.below_threshold and not quiet:
        worst = ", ".join(
            f"{display_path(w['path'])}{'#' + w['doc'] if w['doc'] else ''} ({w['score']})" for w in summary.below[:5]
        )
        click.echo(
            f"scrapelint: {summary.below_threshold} document(s) score below {settings.fail_under:g}: {worst}", err=True
        )
    if options.get("baseline_writer"):
        try:
            written = options["baseline_writer"].write()
        except OSError as exc:
            fail(f"cannot write the baseline {options['baseline_writer'].path}: {exc.strerror or exc}")
        click.echo(
            f"scrapelint: recorded {written} finding(s) in the baseline {options['baseline_writer'].path}", err=True
        )
        return EXIT_OK
    if fix_report is not None and not options["diff"] and not options.get("silent"):
        remaining = f"{summary.findings} finding(s) remain" + (
            f", {summary.fixable} of them fixable with --fix" if summary.fixable else ""
        )
        if summary.hidden_fixes:
            hidden = summary.hidden_fixes
            remaining += f"; {hidden} hidden fix{'' if hidden == 1 else 'es'} can be enabled with --unsafe-fixes"
        click.echo(f"scrapelint: {fix_report.describe()} {remaining}.", err=True)
    if options.get("verbose"):
        click.echo(
            f"scrapelint: checked {summary.documents} document(s) in {time.monotonic() - started:.2f} s", err=True
        )
    return verdict.exit_code


def _settle_memory() -> None:
    """Before the documents: what start-up built (modules, rules, compiled patterns) lives as
    long as the process, so it leaves the garbage collector's generations (``gc.freeze``, which
    also keeps forked workers from copying it on the collector's writes), and collections of
    the young generation wait for 20,000 new containers instead of 700: a document's analysis
    keeps tens of thousands alive while its rules run and frees them by reference counting
    afterwards. On 100 real pages the collector's CPU fell from 0.25 s to 0.08 s of a 3.5 s run.

    Once per process: a later check in the same process (``--watch``, a test runner) leaves
    its own objects to the collector, so cycles that die later are still freed."""
    global _SETTLED
    if _SETTLED:
        return
    _SETTLED = True
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 10)


_SETTLED = False


def _rule_name(registry, code: str) -> str:
    info = registry.rules.info(code)
    return info.name if info is not None else ""


def run_dask(inputs, settings, registry, engine, formatter_class, options) -> int:
    """The same check, with the documents linted on a Dask cluster."""
    try:
        from scrapelint.distributed import DaskRun, missing_dask_message

        message = missing_dask_message()
    except ImportError as exc:  # pragma: no cover - only when lint itself is broken
        message = str(exc)
    if message:
        fail(message)
    scheduler = options["scheduler"]

    def make_run(engine, sources, jobs):
        return DaskRun(engine, sources, scheduler=scheduler, workers=jobs or None)

    try:
        return run_check(inputs, settings, registry, engine, formatter_class, {**options, "make_run": make_run})
    except (OSError, TimeoutError) as exc:
        fail(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}")
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("distributed", "dask"):
            raise
        fail(f"the Dask run failed: {type(exc).__name__}: {exc}")
    return EXIT_USAGE
