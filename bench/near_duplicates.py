"""Near-duplicate corpus: 300 near-copies of the five seed articles, counted by rule.

Run: python bench/near_duplicates.py [--copies 300] [--jobs 2]
Each copy gets a copy-specific first line and two changed words, as a re-scrape from a mirror
would. Before DU004 and the copy-aware BP010, such a corpus drowned in BP010 findings on every
line of prose; the figures printed here are what a run reports now.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def near_copy(text: str, seed: int) -> str:
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(2):
        words[rng.randrange(len(words))] = f"edit{seed}"
    return f"Copy {seed} retrieved from mirror {seed % 7}\n\n" + " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    seeds = sorted(args.seeds.glob("*.txt"))
    if len(seeds) < 5:
        sys.exit(f"needs five seed articles in {args.seeds}")
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.copies):
            text = seeds[n % 5].read_text(encoding="utf-8")
            Path(folder, f"copy{n:03d}.txt").write_text(text if n < 5 else near_copy(text, n), encoding="utf-8")
        started = time.monotonic()
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapelint",
                "check",
                folder,
                "--isolated",
                "--no-cache",
                "--format",
                "jsonl",
                "--jobs",
                str(args.jobs),
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        elapsed = time.monotonic() - started
    import json

    codes = Counter(json.loads(line)["code"] for line in run.stdout.splitlines() if line.startswith("{"))
    print(f"{args.copies} documents ({args.copies - 5} near-copies of 5 articles), {elapsed:.1f} s, jobs={args.jobs}")
    print(f"findings: {sum(codes.values())}; BP010: {codes['BP010']}; DU004: {codes['DU004']}")
    print("by rule:", ", ".join(f"{code} {count}" for code, count in codes.most_common()))


if __name__ == "__main__":
    main()
