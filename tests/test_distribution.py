"""The built wheel ships the licence the metadata names and the typing marker."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


def test_wheel_ships_license_and_py_typed(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("needs git")
    source = tmp_path / "src"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(source)], check=True, capture_output=True)
    for name in ("LICENSE", "pyproject.toml"):  # the checkout's own, committed or not
        shutil.copy(ROOT / name, source / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), "."],
        cwd=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0 and "setuptools" in built.stderr:
        pytest.skip("setuptools is not installed for a no-isolation build")
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("scrapelint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "scrapelint/py.typed" in names
    licences = [n for n in names if n.endswith("LICENSE") and ".dist-info/" in n]
    assert licences, names
    text = zipfile.ZipFile(wheel).read(licences[0]).decode()
    assert text.startswith("MIT License")
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "MIT" in metadata
