"""The pages a bench reader builds from its source's pinned mirror, or a skip that names what is missing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bench._external import Source, git_dir
from bench._split import Page


def mirror_pages(source: Source, build: Callable[[], list[Page]]) -> list[Page]:
    """``build()``'s pages; the test skips, saying why, when the mirror or its pinned commit is absent."""
    if git_dir(source) is None:
        pytest.skip(f"no mirror of {source.repo} (set SCRAPELINT_MIRRORS; see bench/README.md)")
    pages = build()
    if not pages:
        pytest.skip(f"the mirror of {source.repo} lacks commit {source.commit[:12]}")
    return pages


def assert_pages(pages: list[Page], *, count: int, part: str, source: str) -> None:
    """A source's pages: as many as its reader is known to build, all in one part and one
    source, and one page per id (two files read as one page would hide a reader's slip)."""
    assert len(pages) == count
    assert {p.part for p in pages} == {part}
    assert {p.source for p in pages} == {source}
    assert len({p.id for p in pages}) == len(pages)
