"""The engine's layers hold: import-linter's contracts are kept and there is no import cycle.

Both run on the installed package (the wheel unpacked into a folder): in a checkout
`scrapelint` and `scrapelint.rules` live in two folders, which the tools cannot follow.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _run(args: list[str], installed: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=300)


def test_import_contracts_are_kept(installed, tmp_path):
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        pytest.skip("import-linter is not installed (pip install scrapelint[test])")
    done = _run([str(lint_imports), str(ROOT / "pyproject.toml")], installed, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 broken" in done.stdout


def test_no_import_cycles(installed, tmp_path):
    """No two modules reach each other through imports (type-checking imports aside)."""
    script = textwrap.dedent(
        """
        import grimp
        graph = grimp.build_graph("scrapelint", exclude_type_checking_imports=True)
        assert "scrapelint.rules.plugin" in graph.modules, "the rules were not found"
        cycles = sorted(
            {tuple(sorted((a, b)))
             for a in graph.modules
             for b in graph.find_modules_directly_imported_by(a)
             if a != b and graph.chain_exists(importer=b, imported=a)}
        )
        print(len(graph.modules), "modules")
        for cycle in cycles:
            print("CYCLE", *cycle)
        """
    )
    done = _run([sys.executable, "-c", script], installed, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "CYCLE" not in done.stdout, done.stdout
