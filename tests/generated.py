"""Drift checks for the modules generated when the package is built (tables of derived data)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest


def check_generated(name: str, module_file: str, current: bool, render: Callable[[], str], test_file: str) -> None:
    """Pass when the generated module ``name`` (at ``module_file``) is current.

    With ``SCRAPELINT_UPDATE_DOCS`` set, a stale module is rewritten from ``render()`` and the
    test skips; otherwise the test fails and names the command that regenerates it.
    """
    if current:
        return
    if os.environ.get("SCRAPELINT_UPDATE_DOCS"):
        Path(module_file).write_text(render(), encoding="utf-8")
        pytest.skip(f"{name} regenerated")
    pytest.fail(f"{name} is out of date: SCRAPELINT_UPDATE_DOCS=1 pytest {test_file}")


def render_mapping(header: str, mapping: dict) -> str:
    """A generated module whose ``header`` opens a dict literal: one ``key: value`` line per entry."""
    body = "".join(f"    {key!r}: {value!r},\n" for key, value in mapping.items())
    return header + body + "}\n# fmt: on\n"
