"""One check run: sources through the engine to the formatter, and the exit code."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

import click
from scrapelint._version import __version__
from scrapelint.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail, isatty
from scrapelint.cli.progress import progress


@contextmanager
def open_output(path: str | None):
    if not path:
        yield sys.stdout
        return
    from scrapelint.io.atomic import atomic_writer

    with atomic_writer(path, "w", encoding="utf-8") as handle:
        yield handle


def run_check(inputs, settings, registry, engine, formatter_class, options) -> int:
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
    with open_output(options["output"]) as stream:
        color = options["color"]
        if color is None:
            color = not options["output"] and isatty(stream) and "NO_COLOR" not in os.environ
        context = Context(
            rules=registry.rules,
            version=__version__,
            show_source=options["show_source"],
            color=color,
            statistics=options["statistics"],
            quiet=options["quiet"],
        )
        formatter = formatter_class(stream, context)
        run = options.get("make_run", Run)(engine, sources, options["jobs"])
        with progress(options["progress"], sources, options["quiet"]) as advance:
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
        written = options["baseline_writer"].write()
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
