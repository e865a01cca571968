"""Result-cache benchmark: a cold run, a warm run and an uncached run over the same corpus.

Writes a folder of 10,000 short articles (one file each) and a JSONL shard of
10,000 records, and times the installed CLI on each:

    python bench/cache.py                      # the default rule set
    python bench/cache.py --files 2000 -- --select SP,BP

Arguments after ``--`` go to ``scrapelint check``. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine import article, run


def write_files(folder: Path, count: int) -> int:
    rng = random.Random(3)
    folder.mkdir()
    size = 0
    for index in range(count):
        text = article(rng, index)
        (folder / f"article-{index:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def write_shard(path: Path, count: int) -> int:
    rng = random.Random(5)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps({"id": f"doc-{index}", "text": article(rng, index)}) + "\n")
    return path.stat().st_size


def measure(label: str, target: Path, cache: Path, extra: list[str], jobs: str) -> None:
    common = ["check", str(target), "--isolated", "--format", "jsonl", "--jobs", jobs, *extra]
    shutil.rmtree(cache, ignore_errors=True)
    uncached, _, _ = run([*common, "--no-cache"])
    cold, _, _ = run([*common, "--cache-dir", str(cache)])
    warm, peak, _ = run([*common, "--cache-dir", str(cache)])
    entries = sum(1 for p in cache.rglob("*") if p.is_file()) - 2
    print(
        f"{label:<28} {uncached:>9.2f} {cold:>9.2f} {warm:>9.2f} {warm / cold:>10.0%} {uncached / warm:>8.1f}x"
        f" {entries:>8,} {peak:>8}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000, help="documents in each corpus")
    parser.add_argument("--jobs", default="0", help="--jobs for every run (0: all cores)")
    parser.add_argument("extra", nargs="*", help="arguments for scrapelint check (after --)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = write_files(folder / "files", options.files)
        shard_size = write_shard(folder / "corpus.jsonl", options.files)
        print(
            f"{options.files:,} documents: {size / 1e6:.1f} MB as files, {shard_size / 1e6:.1f} MB as one JSONL shard"
        )
        print(f"--jobs {options.jobs}; extra arguments: {' '.join(options.extra) or '(none: default rules)'}\n")
        print(
            f"{'corpus':<28} {'no cache':>9} {'cold s':>9} {'warm s':>9} {'warm/cold':>10} {'speedup':>9}"
            f" {'entries':>8} {'peak MB':>8}"
        )
        measure(f"{options.files:,} text files", folder / "files", folder / "cache-files", options.extra, options.jobs)
        measure(
            f"{options.files:,} JSONL records",
            folder / "corpus.jsonl",
            folder / "cache-shard",
            options.extra,
            options.jobs,
        )


if __name__ == "__main__":
    main()
