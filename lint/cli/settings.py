"""Command-line flags over the configuration file: the settings of one run."""

from __future__ import annotations

from typing import Any

from scrapelint.cli.common import split_csv
from scrapelint.io.config import ConfigError, Settings, parse_date, resolve_settings
from scrapelint.model.finding import Severity


def settings_for(inputs: list[str], options: dict[str, Any]) -> Settings:
    settings = resolve_settings(
        inputs,
        options["config_path"],
        options["isolated"],
        allow_local_plugins=options.get("allow_local_plugins", False),
        local_plugins=not options.get("no_local_plugins", False),
    )
    overrides: dict[str, Any] = {
        "select": split_csv(options["select"]),
        "ignore": None,
        "language": options["language"],
        "html_mode": options["html_mode"],
        "fail_under": options["fail_under"],
    }
    if options["extend_select"]:
        overrides["extend_select"] = settings.extend_select + (split_csv(options["extend_select"]) or [])
    if options["ignore"]:
        overrides["ignore"] = settings.ignore + (split_csv(options["ignore"]) or [])
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
