"""The result cache: hits, misses, every input of the key, corrupt entries, corpus rules."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import scrapelint
from scrapelint.api import make_engine
from scrapelint.engine.cache import RECORD_BLOCK, ResultCache
from scrapelint.engine.runner import Run
from scrapelint.io.config import resolve_settings
from scrapelint.io.sources import expand
from scrapelint.plugin.host import build_registry

from tests.conftest import run_check

from .conftest import CHILD_ENV, DEMO_PLUGIN

#: Subprocesses import this checkout, whatever is installed.
ENV = CHILD_ENV

NEWSLETTER = "Subscribe to our newsletter today"


def make_corpus(folder: Path, records: int = 150, pages: int = 4) -> None:
    with (folder / "shard.jsonl").open("w", encoding="utf-8") as out:
        for i in range(records):
            footer = NEWSLETTER if i % 3 == 0 else f"Unique closing line number {i}"
            text = f"Story {i} begins,here.\nA body line that is specific to story {i}.\n{footer}\n"
            out.write(json.dumps({"id": f"s{i}", "text": text}) + "\n")
    for i in range(pages):
        (folder / f"page{i}.txt").write_text(f"Page {i} text,glued.\n{NEWSLETTER}\n", encoding="utf-8")


@pytest.fixture
def corpus(project: Path) -> Path:
    make_corpus(project)
    return project


def lint_once(folder: Path, cache_dir: Path | None = None, target: str | None = None, **overrides):
    """One in-process run with the cache; returns (finding dicts, the cache with its counters)."""
    target = target or str(folder)
    settings = resolve_settings([target]).with_overrides(**overrides)
    registry = build_registry(settings.plugins, settings.root)
    engine = make_engine(settings, registry)
    engine.cache = ResultCache(cache_dir or folder / ".scrapelint_cache", engine)
    sources = list(expand([target], registry.readers, settings.exclude, settings.root))
    run = Run(engine, sources, jobs=1)
    rows = []
    for result in run:
        rows += [f.to_dict() for f in result.findings]
        rows.append({"stats": result.stats, "path": result.path, "doc": result.doc})
    rows += [f.to_dict() for f in run.corpus_findings]
    return rows, engine.cache


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / ".scrapelint_cache").rglob("*") if p.is_file() and len(p.name) == 64)


def units_in(folder: Path, records: int = 150, pages: int = 4) -> int:
    return pages + -(-records // RECORD_BLOCK)


def test_second_run_reads_everything_from_the_cache(corpus):
    first, cache = lint_once(corpus)
    assert (cache.hits, cache.misses) == (0, units_in(corpus))
    second, cache = lint_once(corpus)
    assert (cache.hits, cache.misses) == (units_in(corpus), 0)
    assert first == second
    assert len(entries(corpus)) == units_in(corpus)


def test_cached_results_equal_uncached_ones_including_the_corpus_rule(corpus):
    from scrapelint.api import lint_paths

    uncached = [f.to_dict() for f in lint_paths([str(corpus)])]
    lint_once(corpus)
    cached, cache = lint_once(corpus)
    assert cache.misses == 0
    cached_findings = [row for row in cached if "code" in row]
    assert cached_findings == uncached
    repeated = [r for r in cached_findings if r["code"] == "ZZ003" and r["snippet"] == NEWSLETTER]
    assert len(repeated) == 50 + 4


def test_corpus_rule_is_right_when_some_units_come_from_the_cache(corpus):
    from scrapelint.api import lint_paths

    lint_once(corpus)
    for i in range(4):  # the pages no longer share the newsletter line
        (corpus / f"page{i}.txt").write_text(f"Page {i} text,glued.\nA footer only page {i} has\n", encoding="utf-8")
    rows, cache = lint_once(corpus)
    assert cache.misses == 4 and cache.hits == units_in(corpus) - 4
    repeated = [r for r in rows if r.get("code") == "ZZ003" and r["snippet"] == NEWSLETTER]
    assert len(repeated) == 50
    assert [r for r in rows if "code" in r] == [f.to_dict() for f in lint_paths([str(corpus)])]


def test_one_changed_record_relints_only_its_block(corpus):
    lint_once(corpus)
    shard = corpus / "shard.jsonl"
    lines = shard.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[RECORD_BLOCK + 3] = json.dumps({"id": "changed", "text": "Changed,record text here.\n"}) + "\n"
    shard.write_text("".join(lines), encoding="utf-8")
    rows, cache = lint_once(corpus)
    assert cache.misses == 1
    changed = [r for r in rows if r.get("doc") == "changed" and "code" in r]
    assert [r["record"] for r in changed] == [RECORD_BLOCK + 4]


@pytest.mark.parametrize(
    "overrides",
    [
        {"select": ["ZZ001"]},
        {"severity": {"ZZ001": scrapelint.Severity.ERROR}},
        {"rule_options": {"ZZ003": {"min-documents": 3}}},
        {"as_of": dt.date(2024, 1, 1)},
        {"language": "de"},
        {"fields": {**resolve_settings([]).fields, "text": "body"}},
        {"html_mode": "raw"},
        {"per_file_ignores": {"page0.txt": ["ZZ001"]}},
    ],
    ids=lambda o: next(iter(o)),
)
def test_each_setting_in_the_key_invalidates(corpus, overrides):
    lint_once(corpus)
    changed, cache = lint_once(corpus, **overrides)
    assert cache.hits == 0
    again, cache = lint_once(corpus, **overrides)
    assert cache.misses == 0 and again == changed


def test_a_new_package_version_invalidates(corpus, monkeypatch):
    lint_once(corpus)
    monkeypatch.setattr(scrapelint, "__version__", "99.0.0")
    _, cache = lint_once(corpus)
    assert cache.hits == 0


def test_editing_a_local_rule_module_invalidates(project):
    plugin = project / "my_rules.py"
    shutil.copy(DEMO_PLUGIN, plugin)
    (project / "scrapelint.toml").write_text('plugins = ["my_rules.py"]\nselect = ["ZZ", "ZY"]\n', encoding="utf-8")
    make_corpus(project, records=10, pages=1)
    lint_once(project)
    _, cache = lint_once(project)
    assert cache.misses == 0
    plugin.write_text(plugin.read_text(encoding="utf-8") + "\n# the rules changed\n", encoding="utf-8")
    _, cache = lint_once(project)
    assert cache.hits == 0


def test_same_input_at_another_path_is_another_entry(corpus):
    lint_once(corpus)
    (corpus / "copy.txt").write_text((corpus / "page0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    rows, cache = lint_once(corpus)
    assert cache.misses == 1
    assert {r["path"] for r in rows if r.get("code") == "ZZ001"} >= {str(corpus / "copy.txt")}


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "swapped", "empty"])
def test_damaged_entries_are_ignored_and_rewritten(corpus, damage):
    expected, _ = lint_once(corpus)
    files = entries(corpus)
    for index, path in enumerate(files):
        data = path.read_bytes()
        if damage == "truncate":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "flip":
            path.write_bytes(data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:])
        elif damage == "foreign":
            path.write_bytes(b"not a cache entry at all" * 10)
        elif damage == "swapped":  # a valid entry stored under another key's name
            path.write_bytes(files[(index + 1) % len(files)].read_bytes())
        else:
            path.write_bytes(b"")
    rows, cache = lint_once(corpus)
    assert cache.hits == 0 and rows == expected
    rows, cache = lint_once(corpus)
    assert cache.misses == 0 and rows == expected


def test_a_cache_that_cannot_be_written_only_costs_speed(corpus):
    blocker = corpus / "blocked"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    first, cache = lint_once(corpus, cache_dir=blocker / "cache")
    second, cache = lint_once(corpus, cache_dir=blocker / "cache")
    assert cache.hits == 0 and first == second


@pytest.mark.slow
def test_cli_output_is_the_same_with_and_without_the_cache(corpus):
    plain = run_check(corpus, "--format", "jsonl", "--no-cache")
    assert not (corpus / ".scrapelint_cache").exists()
    cold = run_check(corpus, "--format", "jsonl", "--jobs", "2")
    assert (corpus / ".scrapelint_cache" / "CACHEDIR.TAG").is_file()
    warm = run_check(corpus, "--format", "jsonl", "--jobs", "1")
    assert plain.returncode == cold.returncode == warm.returncode == 1
    assert plain.stdout == cold.stdout == warm.stdout
    assert plain.stdout.count('"ZZ003"') == 54


@pytest.mark.slow
def test_concurrent_runs_share_one_cache_safely(corpus, monkeypatch):
    commands = [sys.executable, "-m", "scrapelint", "check", ".", "--format", "jsonl", "--jobs", "2"]
    processes = [
        subprocess.Popen([*commands, "--cache-dir", "shared"], cwd=corpus, stdout=subprocess.PIPE, text=True, env=ENV)
        for _ in range(3)
    ]
    outputs = {p.communicate()[0] for p in processes}
    assert len(outputs) == 1
    monkeypatch.chdir(corpus)
    _, cache = lint_once(corpus, cache_dir=corpus / "shared", target=".", document_stats=False)  # as --format jsonl
    assert cache.misses == 0
    assert not [p for p in (corpus / "shared").rglob(".tmp-*")]


def test_cache_dir_option_and_clean_command(cli, corpus):
    result = cli("check", ".", "--cache-dir", "elsewhere", "--format", "jsonl")
    assert result.exit_code == 1
    assert (corpus / "elsewhere" / "CACHEDIR.TAG").is_file()
    assert not (corpus / ".scrapelint_cache").exists()
    assert "removed" in cli("clean", "--cache-dir", "elsewhere").output
    assert not (corpus / "elsewhere").exists()
    cli("check", ".", "--format", "jsonl")
    assert (corpus / ".scrapelint_cache").is_dir()
    assert "removed" in cli("clean").output
    assert not (corpus / ".scrapelint_cache").exists()
    assert "no cache" in cli("clean").output


def test_clean_refuses_a_folder_it_did_not_make(cli, corpus):
    keep = corpus / "precious"
    keep.mkdir()
    (keep / "notes.txt").write_text("keep me", encoding="utf-8")
    result = cli("clean", "--cache-dir", "precious")
    assert result.exit_code == 2
    assert (keep / "notes.txt").is_file()


def test_cache_dir_from_the_configuration(project):
    from scrapelint.io.config import load_config

    (project / "scrapelint.toml").write_text('cache-dir = "build/lint-cache"\n', encoding="utf-8")
    settings = load_config(project / "scrapelint.toml")
    assert settings.cache_dir == project / "build" / "lint-cache"


class _Marker:
    """Unpickling this runs code: it touches a file."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


def test_a_poisoned_entry_never_runs_code(corpus):
    """The checksum has no secret, so a forged entry must be data that cannot execute."""
    import pickle

    from scrapelint.engine.cache import DIGEST, MAGIC, _hash

    expected, _ = lint_once(corpus)
    marker = corpus / "pwned"
    for path in entries(corpus):
        data = path.read_bytes()
        key = data[len(MAGIC) : len(MAGIC) + DIGEST]
        body = pickle.dumps(_Marker(str(marker)))
        path.write_bytes(MAGIC + key + _hash(key, body) + body)
    rows, cache = lint_once(corpus)
    assert not marker.exists()
    assert cache.hits == 0 and rows == expected


def test_entries_are_plain_json(corpus):
    from scrapelint.engine.cache import DIGEST, MAGIC

    lint_once(corpus)
    for path in entries(corpus):
        body = path.read_bytes()[len(MAGIC) + 2 * DIGEST :]
        assert isinstance(json.loads(body), dict)


def test_default_cache_is_in_the_working_directory_project_not_beside_the_inputs(tmp_path, monkeypatch):
    from scrapelint.engine.cache import default_cache_dir

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "scrapelint.toml").write_text('cache-dir = "inside"\n', encoding="utf-8")
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    (work / "pyproject.toml").write_text("[tool.scrapelint]\n", encoding="utf-8")
    monkeypatch.chdir(work / "sub")
    assert default_cache_dir(resolve_settings([str(corpus)])) == work / ".scrapelint_cache"
    monkeypatch.chdir(corpus)  # the corpus's own project: its cache-dir is trusted
    assert default_cache_dir(resolve_settings(["."])).resolve() == (corpus / "inside").resolve()


def test_a_subpackage_mapped_in_from_outside_its_package_folder_counts_in_the_key(tmp_path, monkeypatch):
    """An editable install maps ``rules/`` into the package from beside ``lint/``: editing a rule
    there must change the key as editing the package's own files does."""
    import types

    from scrapelint.engine.cache import _code_fingerprint

    top_folder, outside = tmp_path / "toppkg", tmp_path / "mapped"
    top_folder.mkdir()
    outside.mkdir()
    (top_folder / "__init__.py").write_text("", encoding="utf-8")
    rule_file = outside / "rule.py"
    rule_file.write_text("X = 1\n", encoding="utf-8")
    top = types.ModuleType("toppkg")
    top.__file__ = str(top_folder / "__init__.py")
    top.__path__ = [str(top_folder)]
    rule = types.ModuleType("toppkg.rule")
    rule.__file__ = str(rule_file)
    monkeypatch.setitem(sys.modules, "toppkg", top)
    monkeypatch.setitem(sys.modules, "toppkg.rule", rule)
    before = _code_fingerprint("toppkg.rule", {})
    rule_file.write_text("X = 2  # the rule changed\n", encoding="utf-8")
    assert _code_fingerprint("toppkg.rule", {}) != before
