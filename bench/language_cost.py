"""What language detection and the default rule set cost.

Prints four tables:

1. langdetect per document (``Document.language``) by document size: it reads
   a bounded sample, so the cost must not grow with the length;
2. the time each default rule takes per document on a generated corpus
   (in-process, one core);
3. the wall time of a one-file run (process start included);
4. the throughput of ``scrapelint check`` over a generated JSONL corpus with
   ``--jobs 1`` and ``--jobs 2`` (documents/s and MB/s).

    python bench/language_cost.py [--documents 2000] [--repeat 3]

The corpus is generated from the project's own examples (paragraphs shuffled
and recombined with a fixed seed), so the figures are reproducible.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapelint.api import make_engine  # noqa: E402
from scrapelint.io.config import Settings  # noqa: E402
from scrapelint.model.document import Document  # noqa: E402

EXAMPLES = ROOT / "examples"


def paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted(EXAMPLES.glob("*")):
        if path.suffix in {".txt", ".md"}:
            found.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    return found


def generate(count: int, seed: int = 7) -> list[str]:
    """Documents of 4-12 paragraphs drawn from the examples."""
    pool = paragraphs()
    rng = random.Random(seed)
    return ["\n\n".join(rng.choice(pool) for _ in range(rng.randint(4, 12))) + "\n" for _ in range(count)]


def langdetect_cost(repeat: int) -> None:
    base = (EXAMPLES / "clean-article.txt").read_text(encoding="utf-8")
    start = time.perf_counter()
    Document(base).language  # noqa: B018  (loads the language profiles)
    print(f"langdetect first call (loads profiles): {time.perf_counter() - start:.2f} s")
    print(f"{'document':>12} {'ms per document':>16}")
    for size in (2_000, 20_000, 200_000, 2_000_000):
        text = (base * (size // len(base) + 1))[:size]
        timings = []
        for _ in range(repeat):
            doc = Document(text)
            doc.prose  # noqa: B018  (not part of detection)
            start = time.perf_counter()
            doc.language  # noqa: B018
            timings.append(time.perf_counter() - start)
        print(f"{size:>10} B {statistics.median(timings) * 1000:>16.1f}")


def per_rule_cost(texts: list[str]) -> None:
    engine = make_engine(Settings())
    totals: dict[str, float] = {}
    for text in texts[:1]:  # warm-up: lazy imports and profiles
        doc = Document(text)
        for rule, _ in engine.document_rules:
            list(rule.check(doc))
    for text in texts:
        doc = Document(text)
        for rule, _ in engine.document_rules:
            start = time.perf_counter()
            list(rule.check(doc))
            totals[rule.code] = totals.get(rule.code, 0.0) + time.perf_counter() - start
    print(f"\nper-rule cost on {len(texts)} generated documents (ms per document, one core):")
    for code, total in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {code}  {total / len(texts) * 1000:7.3f}")
    print(f"  all   {sum(totals.values()) / len(texts) * 1000:7.3f}")


def check(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", "--isolated", "--exit-zero", "--no-progress", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def startup(repeat: int) -> None:
    one = str(EXAMPLES / "clean-article.txt")
    print("\none-file run, wall time (median):")
    for label, extra in (("default rules", []), ("without LG and RD", ["--ignore", "LG,RD"])):
        timings = [check([one, *extra]) for _ in range(repeat)]
        print(f"  {label:<20} {statistics.median(timings):.2f} s")


def throughput(texts: list[str], repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": str(i), "text": text}) + "\n")
        size = corpus.stat().st_size / 1e6
        print(f"\nthroughput, default rules, {len(texts)} documents, {size:.1f} MB JSONL (best of {repeat}):")
        for jobs in ("1", "2"):
            best = min(
                check([str(corpus), "--jobs", jobs, "--format", "json", "-o", os.devnull]) for _ in range(repeat)
            )
            print(f"  --jobs {jobs}: {best:6.2f} s  {len(texts) / best:7.1f} documents/s  {size / best:5.2f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = generate(args.documents)
    langdetect_cost(args.repeat)
    per_rule_cost(texts[:300])
    startup(args.repeat)
    throughput(texts, args.repeat)


if __name__ == "__main__":
    main()
