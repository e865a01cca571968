"""The commands besides ``check``: rules, rule, plugins, formats, clean, fix."""

from __future__ import annotations

import os
from typing import Any

import click
from scrapelint.cli.common import (
    check_target,
    csv_option,
    fail,
    load_registry,
    plugin_policy,
    require_rules,
    settings_quiet,
)
from scrapelint.cli.settings import settings_for
from scrapelint.io.config import ConfigError, resolve_settings


@click.command("clean")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="The cache folder to delete.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
def clean_command(cache_dir: str | None, config_path: str | None) -> None:
    """Delete the result cache (.scrapelint_cache in the working directory's project root)."""
    from pathlib import Path

    from scrapelint.engine.cache import clean, default_cache_dir

    try:
        settings = resolve_settings(["."], config_path)
    except ConfigError as exc:
        fail(str(exc))
    folder = Path(cache_dir) if cache_dir else default_cache_dir(settings)
    try:
        removed = clean(Path(folder))
    except ValueError as exc:
        fail(str(exc))
    click.echo(f"removed {folder}" if removed else f"no cache at {folder}")


@click.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def rules_command(output_format: str) -> None:
    """List every rule: code, name, family, default severity, fixable."""
    registry = load_registry(settings_quiet())
    rows = list(registry.rules.infos().values())
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


@click.command("rule")
@click.argument("code")
def rule_command(code: str) -> None:
    """Print a rule's page: what it does, why, an example, what to write instead, fix safety, options; and its source file."""
    registry = load_registry(settings_quiet())
    rule = registry.rule_by_name(code)
    from scrapelint.report.rule_docs import PROBLEMS, problem_page, rule_page

    if rule is None and code.upper() in PROBLEMS:
        click.echo(problem_page(PROBLEMS[code.upper()]), nl=False)
        return
    if rule is None:
        import difflib
        import re

        infos = registry.rules.infos().values()
        names = [r.code for r in infos] + [r.name for r in infos]
        close = []
        short = re.fullmatch(r"([A-Za-z]{2})0*(\d{1,3})", code)
        if short:  # "AI01", "ai1": the number without its leading zeros
            padded = f"{short.group(1).upper()}{int(short.group(2)):03d}"
            close = [padded] if padded in names else []
        close += [
            n
            for n in difflib.get_close_matches(code.upper() if code[:2].isalpha() else code, names, n=3, cutoff=0.6)
            if n not in close
        ]
        close += [n for n in difflib.get_close_matches(code.lower(), names, n=3, cutoff=0.6) if n not in close]
        hint = f"; did you mean {' or '.join(close[:3])}?" if close else ""
        fail(f"no rule {code!r}{hint} (see `scrapelint rules`)")
    click.echo(rule_page(rule))


@click.command("plugins")
def plugins_command() -> None:
    """List the loaded plugins and what each provides."""
    registry = load_registry(settings_quiet(), gate=False)
    provided: dict[str, list[str]] = {}
    for code, info in registry.rules.infos().items():
        provided.setdefault(info.module.split(".")[0], []).append(code)
    for name, module in registry.plugin_names():
        click.echo(f"{name:<28} {module}")
    click.echo("")
    for package, codes in sorted(provided.items()):
        click.echo(f"rules from {package}: {len(codes)} ({codes[0]}..{codes[-1]})")
    click.echo(f"readers: {', '.join(sorted(registry.readers))}")
    click.echo(f"formats: {', '.join(sorted(registry.formatters))}")
    for failure in registry.failures:
        click.echo(f"FAILED {failure.name}: {failure.error}")


@click.command("formats")
def formats_command() -> None:
    """List the output formats."""
    registry = load_registry(settings_quiet())
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


@click.command("fix")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Write the cleaned copy to FILE.")
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too.")
@csv_option("--select", help="Rules whose fixes to apply (default: the configured set).")
@csv_option("--ignore", help="Rules whose fixes not to apply.")
@click.option(
    "--field", "fields", multiple=True, metavar="NAME=KEY", help="JSONL field names, e.g. --field text=content."
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, help="Worker processes (0: all cores).")
@plugin_policy
def fix_command(source: str, output: str, unsafe_fixes: bool, jobs: int, **options: Any) -> None:
    """Write a fixed copy of SOURCE (a JSONL corpus, or a text or Markdown file) to OUTPUT.

    The input is never rewritten; in a corpus only each record's text field changes.
    """
    from scrapelint.engine.fixing import fix_to_file

    if os.path.exists(output) and os.path.samefile(source, output):
        fail("--output must not be the input file (use `scrapelint check --fix` to fix files in place)")
    check_target(output, "the fixed copy")
    try:
        settings = settings_for([source], {**_FIX_DEFAULTS, **options})
        registry = load_registry(settings, strict=options["strict_plugins"])
        from scrapelint.api import make_engine

        engine = make_engine(settings, registry)
    except ConfigError as exc:
        fail(str(exc))
    require_rules(engine)
    from scrapelint.io.sources import reader_for

    reader = reader_for(source, registry.readers) or "text"
    message = fix_to_file(source, reader, output, engine, unsafe=unsafe_fixes, jobs=jobs or (os.cpu_count() or 1))
    click.echo(f"scrapelint: {message}", err=True)


COMMANDS = [clean_command, rules_command, rule_command, plugins_command, formats_command, fix_command]
