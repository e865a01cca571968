"""Phrase and word data, stored one way across the families: TOML files beside the rules.

A family keeps the phrases its rules match in ``rules/<family>/data/*.toml`` and word lists
shared by several families sit in ``rules/_data/*.toml``; comments in the files say why an
entry is there. Loading is plain ``tomllib`` (standard library), once per file and process.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any


@cache
def load_data(path: Path) -> dict[str, Any]:
    """The parsed TOML file at ``path`` (cached: callers must not change it)."""
    with Path(path).open("rb") as handle:
        return tomllib.load(handle)
