"""How the TB rules do on real tables: clean ones from public repositories, broken ones from converters.

Clean tables: ``bench/out/tables_clean.jsonl``, rebuilt by ``bench/tables_sources.py build``
from the manifest of repo/path/commit (README and docs Markdown of 30+ projects).
Broken tables: ``bench/data/tables_broken.jsonl``, one case per real report of a converter
or scraper emitting a broken table (issue or pull request URL in ``source``), the
defect's shape kept, cell text shortened.

Both sets are split by repository (``tables_sources.split_of``): ``validation`` is the
reported figure, ``tuning`` is what the rules may be adjusted on. Each table is linted on
its own as a Markdown document with the TB rules only; a clean table passes when it
draws no finding, a broken one is found when it draws any TB finding. Clean figures are
given pooled and per repository, with a bootstrap interval over repositories (a few
table-heavy repositories would otherwise dominate).

    python bench/tables.py [--split validation|tuning|all] [--round N] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scrapelint.api import lint_text  # noqa: E402
from scrapelint.plugin.host import build_registry  # noqa: E402
from tables_sources import BROKEN_MANIFEST, BROKEN_OUT, cells, split_of_entry  # noqa: E402
from tables_sources import OUT as CLEAN  # noqa: E402

BROKEN = ROOT / "bench" / "data" / "tables_broken.jsonl"


def findings(text: str, registry) -> list:
    return lint_text(text, path="table.md", format="markdown", registry=registry, select=["TB"])


def gfm_breaks(table: str) -> bool:
    """GFM itself loses part of the table: a body row has a filled cell past the header's last
    (GFM drops the excess), or a body line has no pipe (GFM reads it as a one-cell row).
    Such a table is not clean whatever its repository meant; it is left out of the clean count."""
    lines = table.splitlines()
    width = len(cells(lines[0]))
    return any("|" not in row or any(cells(row)[width:]) for row in lines[2:])


def named_broken() -> set[tuple[str, str, int]]:
    """``(repo, path, first line)`` of the tables the broken manifest names: cut out of clean
    repositories' files and read by eye as broken, they are counted once, as broken."""
    if not BROKEN_MANIFEST.is_file():
        return set()
    entries = [json.loads(line) for line in BROKEN_MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(e["repo"], e["path"], e["first"]) for e in entries}


def bootstrap(groups: dict[str, tuple[int, int]], rounds: int = 2000, seed: int = 7) -> tuple[float, float]:
    """95% interval of the pooled share, resampling whole repositories."""
    keys = sorted(groups)
    rng = random.Random(seed)
    shares = []
    for _ in range(rounds):
        good = total = 0
        for key in (rng.choice(keys) for _ in keys):
            good += groups[key][0]
            total += groups[key][1]
        shares.append(good / total if total else 1.0)
    shares.sort()
    return shares[int(0.025 * rounds)], shares[int(0.975 * rounds) - 1]


def clean(split: str, registry, verbose: bool, rounds: set[int] | None) -> None:
    if not CLEAN.is_file():
        print(f"no clean tables at {CLEAN.relative_to(ROOT)}: run `python bench/tables_sources.py build --mirror DIR`")
        return
    rows = [json.loads(line) for line in CLEAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [
        r for r in rows if (split == "all" or r["split"] == split) and (rounds is None or r.get("round", 1) in rounds)
    ]
    named = named_broken()
    rows = [r for r in rows if (r["repo"], r["path"], r["line"]) not in named]
    per_repo: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_code: Counter = Counter()
    gfm_broken = [r for r in rows if gfm_breaks(r["text"])]
    rows = [r for r in rows if not gfm_breaks(r["text"])]
    caught = sum(bool(findings(r["text"], registry)) for r in gfm_broken)
    for row in rows:
        found = findings(row["text"], registry)
        per_repo[row["repo"]][0] += not found
        per_repo[row["repo"]][1] += 1
        by_code.update(f.code for f in found)
        if found and verbose:
            print(f"  flagged {row['repo']} {row['path']}:{row['line']}")
            for f in found:
                print(f"      {f.code} line {f.line}: {f.message}")
    if not per_repo:
        print(f"clean tables ({split}): no table in these rounds")
        return
    good = sum(g for g, _ in per_repo.values())
    total = sum(t for _, t in per_repo.values())
    low, high = bootstrap({k: (v[0], v[1]) for k, v in per_repo.items()})
    macro = sum(g / t for g, t in per_repo.values()) / len(per_repo)
    print(f"clean tables ({split}): {good}/{total} unflagged = {good / total:.3f} [{low:.3f}, {high:.3f}]")
    print(f"  repositories: {len(per_repo)}, mean per repository {macro:.3f}; findings by rule {dict(by_code)}")
    print(
        f"  left out: {len(gfm_broken)} tables that GFM itself breaks (a filled cell past the header, a line"
        f" without a pipe read as a row); TB flags {caught} of them"
    )
    for repo, (g, t) in sorted(per_repo.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        if g < t or verbose:
            print(f"    {repo:45} {g}/{t}")


def broken(split: str, registry, verbose: bool, rounds: set[int] | None) -> None:
    cases = [json.loads(line) for line in BROKEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    if BROKEN_OUT.is_file():
        cases += [json.loads(line) for line in BROKEN_OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [
        c
        for c in cases
        if (split == "all" or split_of_entry(c) == split) and (rounds is None or c.get("round", 1) in rounds)
    ]
    found_count = 0
    by_code: Counter = Counter()
    per_repo: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        found = findings(case["text"], registry)
        found_count += bool(found)
        per_repo[case["repo"]][0] += bool(found)
        per_repo[case["repo"]][1] += 1
        by_code.update({f.code for f in found})
        if verbose:
            status = "found " if found else "MISSED"
            print(f"  {status} {case['id']} {case['kind']} ({case['source']})")
            if verbose:
                for f in found:
                    print(f"      {f.code} line {f.line}: {f.message}")
    if not cases:
        print(f"broken tables ({split}): no case in these rounds")
        return
    low, high = bootstrap({k: (v[0], v[1]) for k, v in per_repo.items()})
    print(
        f"broken tables ({split}): {found_count}/{len(cases)} found = {found_count / len(cases):.3f} "
        f"[{low:.3f}, {high:.3f}] from {len(per_repo)} sources"
    )
    print(f"  cases drawing each rule: {dict(by_code)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["validation", "tuning", "all"], default="validation")
    parser.add_argument("--verbose", action="store_true", help="every flagged clean table and every broken case")
    parser.add_argument(
        "--round",
        type=int,
        action="append",
        help="collection round(s) to read (default all); round 2 was gathered after round 1 had been tuned on",
    )
    args = parser.parse_args()
    registry = build_registry()
    rounds = set(args.round) if args.round else None
    clean(args.split, registry, args.verbose, rounds)
    broken(args.split, registry, args.verbose, rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
