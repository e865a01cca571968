"""Measure the EN rules on real pages: findings per 10,000 words on clean article text and on whole pages.

Usage: python bench/encoding.py [--show]

Clean text is the lines labelled ``content`` in ``../shared/bench/boilerplate/dev.jsonl``
(read at run time, one document per page); whole pages are the same records with their
navigation left in, where residue such as entities and script links is expected.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapelint.api import lint_text  # noqa: E402


def rows() -> list[dict]:
    path = Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared")) / "bench" / "boilerplate" / "dev.jsonl"
    if not path.is_file():
        sys.exit(f"{path} not found")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def measure(documents: list[tuple[str, str]], label: str, show: bool) -> None:
    words = 0
    by_code: Counter[str] = Counter()
    for doc_id, text in documents:
        words += len(text.split())
        for finding in lint_text(text, select=["EN"]):
            by_code[finding.code] += 1
            if show:
                print(f"  {label} {doc_id} {finding.code}: {text[max(0, finding.start - 20) : finding.end + 20]!r}")
    total = sum(by_code.values())
    detail = ", ".join(f"{code} {count}" for code, count in sorted(by_code.items())) or "none"
    print(
        f"{label}: {total} findings in {words:,} words = {10000 * total / max(1, words):.2f} per 10,000 words ({detail})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every finding with its context")
    args = parser.parse_args()
    records = rows()
    clean = []
    for row in records:
        lines = [
            line for line, label in zip(row["text"].split("\n"), row["labels"], strict=False) if label == "content"
        ]
        if lines:
            clean.append((row["id"], "\n".join(lines)))
    measure(clean, "Clean article text", args.show)
    measure([(row["id"], row["text"]) for row in records], "Whole pages", args.show)


if __name__ == "__main__":
    main()
