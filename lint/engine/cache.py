"""The result cache: a second run over an unchanged corpus reads results instead of linting.

What is cached is what the engine computes per input: the ``DocResult`` of each
document (findings and statistics) and the corpus rules' partials, so corpus
rules still finalize correctly from cached documents.

The unit of caching is chosen so that a small change costs little and a large
corpus does not become millions of tiny files:

- a single-document file (text, Markdown, HTML) is one unit, one cache file;
- the records of a JSONL shard form units of ``RECORD_BLOCK`` consecutive
  record numbers (aligned on the record number, not on the run's chunking, so a
  change in one shard or file never shifts the units of another); one changed
  record re-lints its block only.

A unit's key hashes the run's fingerprint (package version, selected rules with
their severities, options and source files, the settings that change findings),
each task's path and record number, and its content. Each entry carries a
magic, its own key and a checksum and is ignored (then rewritten) when any of
them does not match, so a half-written, corrupt or foreign file is never
trusted; several worker processes or runs can share one cache.

The checksum has no secret, so an entry is data anyone could have written: it
is stored as plain JSON (``plaindata``), which can describe findings and
statistics but cannot run code when read. A unit whose results hold something
else is simply not stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapelint.engine.runner import Engine
    from scrapelint.io.config import Settings
    from scrapelint.io.readers import Task
from scrapelint.engine.plaindata import Codec, PlainDataError, allowed_types
from scrapelint.engine.runner import CHUNK_BYTES, CHUNK_TASKS
from scrapelint.model.results import ChunkResult

CACHE_DIR_NAME = ".scrapelint_cache"
#: 2: entries are plain JSON (``plaindata``); format 1 was pickle and is never read.
FORMAT = 2
MAGIC = b"SLCACHE" + bytes([FORMAT])
DIGEST = 32
#: Records per cache entry. Also the smallest piece of work a worker gets in a cached run, so
#: small enough that two workers share 100 whole pages evenly (with 64, one did twice the other's work).
RECORD_BLOCK = 8
TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# scrapelint's result cache; `scrapelint clean` deletes it.\n"


def _hash(*parts: bytes) -> bytes:
    digest = hashlib.blake2b(digest_size=DIGEST)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.digest()


# -- what the key is made of ------------------------------------------------------------


def _stat_tree(folder: Path) -> list[str]:
    """Name, size and mtime of every file under a package folder (edits anywhere invalidate)."""
    rows = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            full = os.path.join(current, name)
            try:
                stat = os.stat(full)
            except OSError:
                continue
            rows.append(f"{os.path.relpath(full, folder)}:{stat.st_size}:{stat.st_mtime_ns}")
    return rows


def _code_fingerprint(module_name: str, seen: dict[str, list[str]]) -> list[str]:
    """Files and version of the package (or single module) a class comes from."""
    module = sys.modules.get(module_name)
    if module is None:
        return [module_name]
    top = sys.modules.get(module_name.split(".")[0], module)
    version = str(getattr(module, "__version__", getattr(top, "__version__", "")))
    if getattr(top, "__path__", None) and getattr(top, "__file__", None):
        folder = Path(top.__file__).parent  # type: ignore[arg-type]
    elif getattr(module, "__file__", None):
        folder = Path(module.__file__)  # type: ignore[arg-type]
    else:
        return [module_name, version]
    parts = [*_stat_once(folder, seen), version]
    own = Path(module.__file__).parent if getattr(module, "__file__", None) else None  # type: ignore[arg-type]
    if own is not None and folder.is_dir() and not own.is_relative_to(folder):
        # a subpackage mapped in from outside the top package's folder (an editable install
        # maps ``rules/`` so): its own files count too, or editing a rule would keep the key
        parts += _stat_once(own, seen)
    return parts


def _stat_once(folder: Path, seen: dict[str, list[str]]) -> list[str]:
    """``folder``'s name and the stat rows of its files (or of the one file), read once per run."""
    key = str(folder)
    if key not in seen:
        if folder.is_dir():
            seen[key] = _stat_tree(folder)
        else:
            stat = folder.stat()
            seen[key] = [f"{folder.name}:{stat.st_size}:{stat.st_mtime_ns}"]
    return [key, *seen[key]]


def _settings_fingerprint(settings: Settings) -> list[str]:
    """The settings that change what a document's findings are."""
    baseline = ""
    if settings.baseline:
        path = Path(settings.baseline)
        if not path.is_absolute():
            path = settings.root / path
        try:
            stat = path.stat()
            baseline = f"{path}:{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            baseline = str(path)
    return [
        f"as_of={settings.as_of}",
        f"language={settings.language}",
        f"fields={sorted(settings.fields.items())}",
        f"html={settings.html_mode}",
        f"max_chars={settings.max_chars}",
        f"per_file_ignores={sorted((k, sorted(v)) for k, v in settings.per_file_ignores.items())}",
        f"baseline={baseline}",
        f"document_stats={settings.document_stats}",
    ]


def fingerprint(engine: Engine) -> bytes:
    """Everything besides the input itself that a cached result depends on."""
    from scrapelint._version import __version__

    seen: dict[str, list[str]] = {}
    parts = [f"scrapelint {__version__} cache {FORMAT}", f"python {sys.version_info[:2]}"]
    parts += _code_fingerprint("scrapelint.engine.runner", seen)
    for spec in engine.specs:
        rule = spec.rule
        options = sorted((k, repr(v)) for k, v in spec.options.items())
        # the module's name is not stable for plugins loaded by path; its file (below) is
        parts.append(f"rule {rule.code} {rule.__qualname__} {spec.severity} {options}")
        parts += _code_fingerprint(rule.__module__, seen)
    for name, reader in sorted(engine.readers.items()):
        parts.append(f"reader {name} {type(reader).__qualname__}")
        parts += _code_fingerprint(type(reader).__module__, seen)
    parts.append(f"weights {sorted(engine.weights.items())}")
    parts += _settings_fingerprint(engine.settings)
    for post_filter in engine.post_filters:
        name = getattr(post_filter, "__qualname__", type(post_filter).__qualname__)
        parts.append(f"filter {getattr(post_filter, 'cache_key', '') or name}")
    return _hash(*(part.encode("utf-8", "surrogatepass") for part in parts))


# -- units ------------------------------------------------------------------------------


def _block(task: Task) -> tuple | None:
    """Adjacent record tasks with the same block share one entry; None: a unit of its own."""
    from scrapelint.io.readers import PROBLEM

    if task.record is None or task.reader == PROBLEM:
        return None
    return (task.reader, task.path, (task.record - 1) // RECORD_BLOCK)


def units(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    """Group tasks into cache units, in order."""
    unit: list[Task] = []
    current: tuple | None = None
    for task in tasks:
        block = _block(task)
        if unit and (block is None or block != current):
            yield unit
            unit = []
        unit.append(task)
        current = block
    if unit:
        yield unit


# -- the cache --------------------------------------------------------------------------


class ResultCache:
    """Cached chunk results in ``directory``, valid for one engine fingerprint.

    Picklable (a folder and a fingerprint), so it travels with the engine to
    worker processes; lookups and writes happen in the workers, in parallel.
    """

    def __init__(self, directory: str | Path, engine: Engine) -> None:
        self.directory = Path(directory)
        self.fingerprint = fingerprint(engine)
        self.hits = 0
        self.misses = 0
        self._made: set[Path] = set()
        self._modules = sorted(
            {spec.rule.__module__ for spec in engine.specs}
            | {type(reader).__module__ for reader in engine.readers.values()}
        )
        self._codec: Codec | None = None

    @property
    def codec(self) -> Codec:
        """Built on first use (in each worker), from the modules the rules and readers come from."""
        if self._codec is None:
            tops = {name.split(".")[0] for name in self._modules}
            loaded = [name for name in list(sys.modules) if name.split(".")[0] in tops]
            self._codec = Codec(allowed_types(loaded))
        return self._codec

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_codec": None}

    # -- keys and entries ------------------------------------------------

    def key(self, unit: list[Task]) -> bytes | None:
        from scrapelint.io.readers import PROBLEM

        parts = [self.fingerprint]
        for task in unit:
            if task.reader == PROBLEM:
                return None
            content = task.payload
            if content is None:
                try:
                    with open(task.path, "rb") as handle:
                        content = handle.read()
                except OSError:
                    return None  # an unreadable file is reported afresh each run
            parts += [task.reader.encode(), task.path.encode("utf-8", "surrogateescape")]
            parts += [str(task.record).encode(), hashlib.blake2b(content, digest_size=DIGEST).digest()]
        return _hash(*parts)

    def _entry_path(self, key: bytes) -> Path:
        name = key.hex()
        return self.directory / f"v{FORMAT}" / name[:2] / name

    def load(self, key: bytes) -> ChunkResult | None:
        """The stored result, or None when absent, corrupt, truncated or not ours."""

        try:
            data = self._entry_path(key).read_bytes()
        except OSError:
            return None
        header = len(MAGIC) + 2 * DIGEST
        if len(data) < header or not data.startswith(MAGIC):
            return None
        stored_key = data[len(MAGIC) : len(MAGIC) + DIGEST]
        checksum = data[len(MAGIC) + DIGEST : header]
        body = data[header:]
        if stored_key != key or _hash(key, body) != checksum:
            return None
        try:
            result = self.codec.loads(body)
        except (PlainDataError, TypeError, ValueError):
            return None
        return result if _is_chunk_result(result) else None

    def store(self, key: bytes, result: ChunkResult) -> None:
        """Write an entry; a failure to write only costs the next run a miss.

        A new entry is created in place (``O_EXCL``: one file creation, the cost
        that dominates a cold run); a reader never trusts it before its checksum
        verifies, so a half-written entry is only a miss. An existing entry (one
        that ``load`` rejected, or a concurrent writer's) is replaced atomically.
        """
        path = self._entry_path(key)
        try:
            body = self.codec.dumps(result)
        except (PlainDataError, ValueError, RecursionError):
            return  # not plain data: this unit is linted afresh each run
        data = MAGIC + key + _hash(key, body) + body
        try:
            if path.parent not in self._made:
                if not self.directory.exists():
                    _create_cache_dir(self.directory)
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                _replace(path, data)
                return
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
        except OSError:
            return

    # -- running ---------------------------------------------------------

    def chunks(self, tasks: Iterable[Task]) -> Iterator[list[Task]]:
        """Chunks for the pool that never split a unit, so each worker owns whole units."""
        batch: list[Task] = []
        size = 0
        for unit in units(tasks):
            batch.extend(unit)
            size += sum(task.size for task in unit)
            if len(batch) >= CHUNK_TASKS or size >= CHUNK_BYTES:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def lint_chunk(self, engine: Engine, tasks: list[Task]) -> ChunkResult:
        """Read each unit's result from the cache, or lint it and store it."""
        from scrapelint.model.results import ChunkResult

        documents = []
        merged: dict[str, Any] = {}
        for unit in units(tasks):
            key = self.key(unit)
            result = self.load(key) if key is not None else None
            if result is None:
                self.misses += 1
                result = engine.lint_chunk(unit, use_cache=False)
                if key is not None:
                    self.store(key, result)
            else:
                self.hits += 1
            documents.extend(result.documents)
            merge_partials(engine, merged, result.partials)
        return ChunkResult(documents, merged)


def _is_chunk_result(value: Any) -> bool:
    from scrapelint.model.finding import Finding
    from scrapelint.model.results import DocResult

    return (
        isinstance(value, ChunkResult)
        and isinstance(value.partials, dict)
        and isinstance(value.documents, list)
        and all(
            isinstance(d, DocResult)
            and isinstance(d.findings, list)
            and all(isinstance(f, Finding) for f in d.findings)
            for d in value.documents
        )
    )


def _replace(path: Path, data: bytes) -> None:
    """Write through a temporary file and rename it over ``path``: readers see old or new."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def merge_partials(engine: Engine, into: dict[str, Any], partials: dict[str, Any]) -> None:
    """Fold a unit's corpus partials into ``into``, rule by rule (merge is associative)."""
    for rule, _ in engine.corpus_rules:
        if rule.code in partials:
            current = into.get(rule.code)
            into[rule.code] = partials[rule.code] if current is None else rule.merge(current, partials[rule.code])


# -- the folder -------------------------------------------------------------------------


def default_cache_dir(settings: Settings) -> Path:
    """The configured ``cache-dir`` (kept only from a trusted configuration), else
    ``.scrapelint_cache`` in the project root of the working directory: beside the
    working directory's own configuration, or in the working directory itself.

    Never beside a configuration found next to the inputs, so linting a corpus
    neither writes into it nor reads a cache that came with it.
    """
    if settings.cache_dir is not None:
        return settings.cache_dir
    from scrapelint.io.config import find_config

    own = find_config(Path.cwd())
    return (own.parent if own else Path.cwd()) / CACHE_DIR_NAME


def _create_cache_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in (("CACHEDIR.TAG", TAG), (".gitignore", "# created by scrapelint\n*\n")):
        target = directory / name
        if not target.exists():
            with contextlib.suppress(OSError):
                target.write_text(text, encoding="utf-8")


def is_cache_dir(directory: Path) -> bool:
    """Only a folder scrapelint made may be deleted by ``scrapelint clean``."""
    return (directory / "CACHEDIR.TAG").is_file() and "scrapelint" in (directory / "CACHEDIR.TAG").read_text(
        encoding="utf-8", errors="replace"
    )


def clean(directory: Path) -> bool:
    """Delete the cache folder; False when there was none."""
    if not directory.exists():
        return False
    if not is_cache_dir(directory):
        raise ValueError(f"{directory} does not look like a scrapelint cache (no CACHEDIR.TAG); not deleting it")
    shutil.rmtree(directory)
    return True
