"""The held-out rounds of the TB and FG benches are well formed and new: records complete, every
one on the validation side, no source shared with an earlier round."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"
TB_ROUND = 36
FG_ROUND = 40
COMMIT = re.compile(r"[0-9a-f]{40}")


def records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def split_round(rows: list[dict], held: int) -> tuple[list[dict], list[dict]]:
    return [r for r in rows if r.get("round") == held], [r for r in rows if r.get("round", 1) != held]


def test_every_bench_id_is_unique():
    for name in ("tables_broken.jsonl", "tables_broken_manifest.jsonl", "figures_cases.jsonl"):
        ids = [r["id"] for r in records(name)]
        assert len(ids) == len(set(ids)), name


def test_the_held_out_tables_round_is_complete_and_from_new_repositories():
    written, earlier_written = split_round(records("tables_broken.jsonl"), TB_ROUND)
    real, earlier_real = split_round(records("tables_broken_manifest.jsonl"), TB_ROUND)
    clean, earlier_clean = split_round(records("tables_clean_manifest.jsonl"), TB_ROUND)
    assert len(written) + len(real) >= 16
    assert len({r["repo"].lower() for r in written + real}) >= 9
    for row in written + real + clean:
        assert row["split"] == "validation", row
    for row in written:
        assert row["source"].startswith("https://github.com/" + row["repo"] + "/"), row["id"]
        assert row["kind"] and row["gfm"] and "|" in row["text"], row["id"]
    for row in real:
        assert COMMIT.fullmatch(row["commit"]) and 1 <= row["first"] < row["last"], row["id"]
        assert row["kind"] and row["gfm"] and row["licence"] and row["path"], row["id"]
    for row in clean:
        assert COMMIT.fullmatch(row["commit"]) and row["path"].endswith(".md") and row["licence"], row
    clean_repos = {r["repo"].lower() for r in clean}
    assert len(clean_repos) >= 8
    # the clean tables come from other repositories than the broken ones
    assert clean_repos.isdisjoint({r["repo"].lower() for r in written + real})
    earlier = {r["repo"].lower() for r in earlier_written + earlier_real + earlier_clean}
    assert clean_repos.isdisjoint(earlier)
    assert {r["repo"].lower() for r in written + real}.isdisjoint(earlier)


def test_the_held_out_figures_round_is_balanced_and_from_new_pages():
    held, earlier = split_round(records("figures_cases.jsonl"), FG_ROUND)
    if not held:
        pytest.fail(f"no round {FG_ROUND} cases")
    assert len(held) >= 30
    assert sum(case["flag"] for case in held) * 2 == len(held)
    for case in held:
        assert case["split"] == "validation" and case["rule"] and case["kind"] and case["text"], case["id"]
        assert urlparse(case["source"]).scheme in ("http", "https"), case["id"]
    hosts = {urlparse(case["source"]).netloc.removeprefix("www.") for case in held}
    assert hosts.isdisjoint({urlparse(case["source"]).netloc.removeprefix("www.") for case in earlier})
