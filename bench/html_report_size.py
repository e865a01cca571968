"""How large the HTML audit report gets, and what it costs, on a synthetic corpus.

    python bench/html_report_size.py --documents 100000

writes a JSONL corpus of random word soup with planted defects, lints it with the small
test rules of ``tests/inline_rules.py`` into ``--format html``, and prints the report's size,
the wall time and the peak resident memory of the largest process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["the", "a", "cat", "dog", "bad", "LOUD", "teh", "house", "river", "market", "report", "city"]


def write_corpus(path: Path, documents: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for index in range(documents):
            words = (rng.choice(WORDS) + ("  " if rng.random() < 0.05 else "") for _ in range(rng.randint(40, 200)))
            handle.write(json.dumps({"id": f"d{index}", "text": " ".join(words)}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "scrapelint.toml").write_text(
            f'plugins = ["{(ROOT / "tests" / "inline_rules.py").as_posix()}"]\n', encoding="utf-8"
        )
        corpus = work / "corpus.jsonl"
        write_corpus(corpus, args.documents)
        report = work / "report.html"
        command = [sys.executable, "-m", "scrapelint", "check", str(corpus), "--select", "XB001,XF", "--format", "html"]
        command += ["--output", str(report), "--jobs", str(args.jobs), "--exit-zero"]
        started = time.perf_counter()
        subprocess.run(command, cwd=work, check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"documents:        {args.documents:,}")
        print(f"corpus:           {corpus.stat().st_size / 1e6:.1f} MB")
        print(f"report:           {report.stat().st_size / 1e6:.2f} MB")
        print(f"wall time:        {elapsed:.1f} s")
        print(f"peak memory:      {peak:.0f} MB (largest process)")


if __name__ == "__main__":
    main()
