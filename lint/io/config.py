"""Configuration: ``[tool.scrapelint]`` in pyproject.toml or a ``scrapelint.toml``.

Found by walking up from the first input (or ``--config``); command-line
flags override the file. Unknown keys and bad values are errors that name
the key and the file.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scrapelint.model.finding import Severity

CONFIG_FILES = ("scrapelint.toml", ".scrapelint.toml", "pyproject.toml")
DEFAULT_FIELDS = {
    "text": "text",
    "id": "id",
    "url": "url",
    "title": "title",
    "date": "date",
    "language": "language",
    "ignore": "scrapelint_ignore",
}
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "__pycache__",
    "node_modules",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".scrapelint_cache",
    "site-packages",
)


class ConfigError(Exception):
    """A configuration problem the user must fix (exit code 2)."""


@dataclass
class Settings:
    """The resolved settings of one run."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    language: str | None = None
    as_of: dt.date | None = None
    fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = field(default_factory=list)
    html_mode: str = "main"
    fail_on: Severity = Severity.WARNING
    fail_under: float | None = None
    plugins: list[str] = field(default_factory=list)
    max_chars: int = 5_000_000
    baseline: str | None = None
    warn_unused_suppressions: bool = False
    config_path: Path | None = None
    #: Compute costly per-document statistics (readability) for outputs that show them.
    document_stats: bool = True
    #: The result cache folder, from ``cache-dir`` (relative to the configuration file).
    cache_dir: Path | None = None
    #: What an untrusted configuration asked for and did not get (plugins, cache-dir), one line each.
    refused: list[str] = field(default_factory=list)

    @property
    def root(self) -> Path:
        """The folder paths in the configuration are relative to."""
        return self.config_path.parent if self.config_path else Path.cwd()

    def with_overrides(self, **overrides: Any) -> Settings:
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _list_of_str(key: str, value: Any, source: str) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: '{key}' must be a list of strings, not {value!r}")
    return list(value)


def parse_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ConfigError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def _severity_table(key: str, value: Any, source: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: '{key}' must be a table of selector = severity")
    result = {}
    for selector, level in value.items():
        try:
            result[selector] = Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{source}: '{key}.{selector}': {exc}") from None
    return result


def _rule_options(key: str, value: Any, source: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{source}: '{key}' must hold one table per rule, e.g. [{key}.BP001]")
    return {selector: dict(options) for selector, options in value.items()}


def _fields(key: str, value: Any, source: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: '{key}' must be a table such as {{text = \"content\"}}")
    unknown = sorted(set(value) - set(DEFAULT_FIELDS))
    if unknown:
        raise ConfigError(
            f"{source}: unknown field name(s) {', '.join(unknown)} in '{key}' (known: {', '.join(DEFAULT_FIELDS)})"
        )
    merged = dict(DEFAULT_FIELDS)
    for name, column in value.items():
        if not isinstance(column, str) or not column:
            raise ConfigError(f"{source}: '{key}.{name}' must be a non-empty string")
        merged[name] = column
    return merged


def _choice(*choices: str):
    def check(key: str, value: Any, source: str) -> str:
        if value not in choices:
            raise ConfigError(f"{source}: '{key}' must be one of {', '.join(choices)}, not {value!r}")
        return value

    return check


def _number(key: str, value: Any, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{source}: '{key}' must be a number, not {value!r}")
    return float(value)


def _positive_int(key: str, value: Any, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(f"{source}: '{key}' must be a positive whole number, not {value!r}")
    return value


def _string(key: str, value: Any, source: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{source}: '{key}' must be a string, not {value!r}")
    return value


def _bool(key: str, value: Any, source: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{source}: '{key}' must be true or false, not {value!r}")
    return value


def _per_file_ignores(key: str, value: Any, source: str) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: '{key}' must be a table of glob = [codes]")
    return {glob: _list_of_str(f"{key}.{glob}", codes, source) for glob, codes in value.items()}


def _severity(key: str, value: Any, source: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{source}: '{key}': {exc}") from None


def _date(key: str, value: Any, source: str) -> dt.date:
    return parse_date(value, f"{source}: '{key}'")


#: key in the file -> (attribute, parser)
KEYS = {
    "select": ("select", _list_of_str),
    "extend-select": ("extend_select", _list_of_str),
    "ignore": ("ignore", _list_of_str),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "severity": ("severity", _severity_table),
    "rules": ("rule_options", _rule_options),
    "language": ("language", _string),
    "as-of": ("as_of", _date),
    "fields": ("fields", _fields),
    "exclude": ("exclude", _list_of_str),
    "extend-exclude": ("extend_exclude", _list_of_str),
    "html": ("html_mode", _choice("main", "raw")),
    "fail-on": ("fail_on", _severity),
    "fail-under": ("fail_under", _number),
    "plugins": ("plugins", _list_of_str),
    "max-chars": ("max_chars", _positive_int),
    "baseline": ("baseline", _string),
    "warn-unused-suppressions": ("warn_unused_suppressions", _bool),
    "cache-dir": ("cache_dir", _string),
}


def find_config(start: Path) -> Path | None:
    """The nearest scrapelint.toml, or pyproject.toml with a [tool.scrapelint] table."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_dir / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "scrapelint" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: Path) -> Settings:
    """Read and validate one configuration file."""
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read configuration {source}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: configuration is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("scrapelint", {})
        prefix = "tool.scrapelint."
    else:
        table = data.get("tool", {}).get("scrapelint", data) if "tool" in data else data
        prefix = ""
    return settings_from_table(table, source, prefix, path)


def settings_from_table(table: dict[str, Any], source: str, prefix: str = "", path: Path | None = None) -> Settings:
    settings = Settings(config_path=path)
    for key, value in table.items():
        if key not in KEYS:
            close = _closest(key, KEYS)
            hint = f" (did you mean '{close}'?)" if close else ""
            raise ConfigError(f"{source}: unknown key '{prefix}{key}'{hint}")
        attribute, parser = KEYS[key]
        setattr(settings, attribute, parser(prefix + key, value, source))
    if settings.cache_dir is not None:
        settings.cache_dir = settings.root / settings.cache_dir
    return settings


def _closest(word: str, choices) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1)
    return found[0] if found else None


def resolve_settings(
    inputs: list[str],
    config: str | None = None,
    isolated: bool = False,
    *,
    allow_local_plugins: bool = False,
    local_plugins: bool = True,
) -> Settings:
    """The settings for a run: the explicit file, the discovered one, or defaults.

    A configuration found by walking up from the inputs may belong to the
    corpus being linted rather than to the user, so the code it names
    (``plugins``) and the folder it writes to (``cache-dir``) are used only
    when it is trusted: given with ``--config``, the working directory's own
    project configuration, or ``allow_local_plugins``. ``local_plugins=False``
    (``--no-local-plugins``) loads no configuration-named code at all.
    """
    if isolated:
        return Settings()
    if config:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"configuration file not found: {config}")
        settings = load_config(path)
        trusted = True
    else:
        start = next((Path(p) for p in inputs if p != "-"), Path.cwd())
        found = find_config(start if start.exists() else Path.cwd())
        if found is None:
            return Settings()
        settings = load_config(found)
        trusted = allow_local_plugins or is_project_config(found)
    if not trusted:
        distrust(settings)
    if not local_plugins and settings.plugins:
        settings.refused += [f"plugin {name!r} was not loaded (--no-local-plugins)" for name in settings.plugins]
        settings.plugins = []
    return settings


def is_project_config(path: Path) -> bool:
    """Whether ``path`` is the configuration of the project the working directory is in."""
    own = find_config(Path.cwd())
    return own is not None and own.resolve() == path.resolve()


def distrust(settings: Settings) -> None:
    """Drop what an untrusted configuration may not do: name code to run, or a folder to write."""
    where = settings.config_path
    why = (
        f"{where} is not the working directory's project configuration "
        f"(run from its project, pass --config {where}, or --allow-local-plugins)"
    )
    settings.refused += [f"plugin {name!r} was not loaded: {why}" for name in settings.plugins]
    if settings.cache_dir is not None:
        settings.refused.append(f"cache-dir {str(settings.cache_dir)!r} was not used: {why}")
    settings.plugins = []
    settings.cache_dir = None
