"""What the distribution installs: one import name, every package listed, no clash with `lint` or `rules`.

The repository keeps its folders `lint/` (installed as `scrapelint`) and `rules/` (as
`scrapelint.rules`); nothing may install a generic top-level `lint`, `rules` or `tests`,
which other PyPI distributions own (django-rules is `rules`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FOLDERS = {"lint": "scrapelint", "rules": "scrapelint.rules"}


def _package_folders() -> set[str]:
    found = set()
    for folder, name in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join([name, *relative]))
    return found


def test_every_package_folder_is_listed_in_pyproject():
    assert _package_folders() == set(PYPROJECT["tool"]["setuptools"]["packages"])


def test_every_folder_with_python_code_is_a_package():
    """A folder of modules without __init__.py would be left out of the wheel silently."""
    missing = sorted(
        str(path.parent.relative_to(ROOT))
        for folder in FOLDERS
        for path in (ROOT / folder).rglob("*.py")
        if not (path.parent / "__init__.py").exists()
    )
    assert missing == []


@pytest.mark.slow
def test_the_wheel_installs_only_the_scrapelint_import_name(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"scrapelint"}
    # the rule families, their phrase data and the text layer's word lists travel with the code
    for member in (
        "scrapelint/rules/plugin.py",
        "scrapelint/rules/boilerplate/data/en.toml",
        "scrapelint/rules/_data/closed_class_words.toml",
        "scrapelint/text/abbreviations.toml",
        "scrapelint/text/stopwords.toml",
        "scrapelint/py.typed",
    ):
        assert member in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[scrapelint]\nrules = scrapelint.rules.plugin" in text


FAKES = {
    "raise": "raise ImportError(\"this is another distribution's {name}, not scrapelint's\")\n",
    "empty": "",
}


def _fake_packages(folder: Path, kind: str) -> Path:
    for name in ("lint", "rules"):
        (folder / name).mkdir(parents=True)
        (folder / name / "__init__.py").write_text(FAKES[kind].format(name=name), encoding="utf-8")
    return folder


def _run(args: list[str], cwd: Path, pythonpath: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": pythonpath}
    return subprocess.run(
        [sys.executable, "-m", "scrapelint", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _expected_codes() -> set[str]:
    from scrapelint import lint_paths
    from scrapelint.io.config import Settings

    return {f.code for f in lint_paths([ROOT / "examples"], settings=Settings(), jobs=1)}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FAKES))
def test_foreign_top_level_lint_and_rules_packages_change_nothing(tmp_path, kind):
    """Other distributions' `lint` and `rules` first on the path: the full rule set still runs."""
    fakes = _fake_packages(tmp_path / "fakes", kind)
    work = tmp_path / "work"
    work.mkdir()
    listing = _run(["rules", "--format", "json"], work, str(fakes))
    assert listing.returncode == 0, listing.stderr
    from scrapelint.plugin.host import build_registry

    built_in = {c for c, r in build_registry().rules.items() if r.__module__.startswith("scrapelint.rules")}
    assert {rule["code"] for rule in json.loads(listing.stdout)} >= built_in
    check = _run(["check", str(ROOT / "examples"), "--isolated", "--no-cache", "--format", "jsonl"], work, str(fakes))
    assert check.returncode == 1, check.stderr
    codes = {json.loads(line)["code"] for line in check.stdout.splitlines()}
    assert codes == _expected_codes()
    assert {code[:2] for code in codes} >= {"AI", "BP", "CS", "SP", "EN", "FG", "LG", "RD", "TB"}


def _pip(venv: Path, *args: str) -> None:
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if done.returncode != 0 and any(word in done.stderr for word in ("connection", "Could not fetch", "No matching")):
        pytest.skip(f"PyPI is unreachable: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, done.stderr


def _works(python: str, cwd: Path, *, scrapelint: bool = True) -> None:
    """django-rules and PyPI's lint import as themselves; scrapelint lints with its full rule set."""
    others = "import rules, lint; assert callable(rules.predicate) and 'site-packages' in lint.__file__"
    done = subprocess.run([python, "-c", others], capture_output=True, text=True, check=False, cwd=cwd)
    assert done.returncode == 0, done.stderr
    if not scrapelint:
        return
    listing = subprocess.run(
        [python, "-m", "scrapelint", "rules", "--format", "json"], capture_output=True, text=True, cwd=cwd
    )
    assert listing.returncode == 0, listing.stderr
    from scrapelint.plugin.host import build_registry

    built_in = {c for c, r in build_registry().rules.items() if r.__module__.startswith("scrapelint.rules")}
    assert {rule["code"] for rule in json.loads(listing.stdout)} == built_in
    check = subprocess.run(
        [python, "-m", "scrapelint", "check", str(ROOT / "examples"), "--isolated", "--no-cache", "--format", "jsonl"],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    assert check.returncode == 1, check.stderr
    assert {json.loads(line)["code"] for line in check.stdout.splitlines()} == _expected_codes()


@pytest.mark.slow
@pytest.mark.network
def test_real_django_rules_and_pypi_lint_coexist_in_either_install_order(tmp_path, wheel):
    """django-rules (`rules`) and PyPI's `lint`, each installed before and after scrapelint.

    One virtualenv, so scrapelint's dependencies download once: rules, scrapelint, lint; then
    scrapelint uninstalled (the others intact) and installed again after both; then rules
    installed again after scrapelint. Run outside the checkout, whose own lint/ and rules/
    folders must not be the ones imported.
    """
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = str(venv / "bin" / "python")
    _pip(venv, "rules")
    _pip(venv, str(wheel))
    _pip(venv, "lint")
    _works(python, tmp_path)
    subprocess.run([python, "-m", "pip", "uninstall", "-y", "-q", "scrapelint"], check=True, capture_output=True)
    _works(python, tmp_path, scrapelint=False)
    _pip(venv, "--no-deps", str(wheel))
    _works(python, tmp_path)
    subprocess.run([python, "-m", "pip", "uninstall", "-y", "-q", "rules"], check=True, capture_output=True)
    _pip(venv, "rules")
    _works(python, tmp_path)


@pytest.mark.slow
def test_the_wheel_ships_the_licence_its_metadata_names(wheel):
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    licences = [n for n in names if ".dist-info/" in n and n.rsplit("/", 1)[-1].startswith("LICENSE")]
    assert licences, names
    assert archive.read(licences[0]).decode().startswith("MIT License")
    metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "MIT" in metadata
    assert "scrapelint/py.typed" in names
