"""The Readability boilerplate pages: address lookup, labelling and (with a clone) the built set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from build_boilerplate_readability import page_url  # noqa: E402
from build_boilerplate_wcxb import label_lines  # noqa: E402


def test_page_url_reads_canonical_then_og_url():
    html = '<head><link rel="canonical" href="https://example.org/a/b"><meta property="og:url" content="https://x.y/"></head>'
    assert page_url(html) == "https://example.org/a/b"
    assert (
        page_url('<meta property="og:url" content="http://news.example.com/story">') == "http://news.example.com/story"
    )
    assert page_url("<head><title>no address</title></head>") is None


def test_lines_of_the_expected_article_are_content_and_the_menu_is_not():
    body = (
        "The council met on Tuesday to discuss the new bridge over the river.\n"
        "Members agreed that the old crossing could not carry modern traffic safely.\n"
        "Work is planned to start next spring and to last two years."
    )
    page = "\n".join(
        [
            "Home",
            "Sign in to your account for more stories",
            "The council met on Tuesday to discuss the new bridge over the river.",
            "Members agreed that the old crossing could not carry modern traffic safely.",
            "Work is planned to start next spring and to last two years.",
            "Subscribe to our newsletter for daily updates",
        ]
    )
    labels = label_lines(page, body, "Bridge plans")
    assert labels[2:5] == ["content"] * 3
    assert labels[1] == labels[5] == "boilerplate"


def _mirror() -> Path | None:
    base = Path(os.environ.get("SCRAPELINT_MIRRORS", ROOT.parent.parent / ".mirror"))
    for name in ("mozilla+readability/repo", "mozilla+readability", "mozilla/readability"):
        if (base / name / "HEAD").is_file() or (base / name / ".git").exists():
            return base / name
    return None


@pytest.mark.slow
def test_built_pages_have_one_label_per_line(tmp_path):
    git_dir = _mirror()
    if git_dir is None:
        pytest.skip("no clone of mozilla/readability under SCRAPELINT_MIRRORS")
    out = tmp_path / "pages.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "build_boilerplate_readability.py"), str(git_dir), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    records = [json.loads(row) for row in out.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in records}) >= 50
    for record in records:
        assert len(record["labels"]) == len(record["text"].split("\n"))
        assert record["labels"].count("content") >= 1
