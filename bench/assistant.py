"""Measure the AI rules: recall per leftover category, false alarms on look-alikes, rate on clean text.

Usage: python bench/assistant.py [--show] [--split NAME]

- ``bench/data/assistant.jsonl``: leftovers as they were reported in published news,
  papers, product listings and books (each with its source), written variants, and
  written look-alike negatives (quotations of leftovers, articles about AI, disclosures,
  transcripts, templates, reader advice).
- Clean text: the lines labelled ``content`` in ``../shared/bench/boilerplate/dev.jsonl``
  (read at run time, one document per page), for findings per 10,000 words.

A leftover counts as found when a finding of its category's rule overlaps it.
Each record has a ``split``: ``dev`` is the set the rules were tuned on; ``fresh2`` and
``fresh3`` were written later as held-out batches (``fresh3`` measured once, untuned).
Figures are printed per split, so the tuned set never hides the held-out ones.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapelint.api import lint_text  # noqa: E402

DATA = ROOT / "bench" / "data" / "assistant.jsonl"
CODES = {
    "offer": "AI001",
    "sign-off": "AI002",
    "self-reference": "AI003",
    "knowledge-cutoff": "AI004",
    "refusal": "AI005",
    "interface": "AI006",
    "meta": "AI007",
    "placeholder": "AI008",
    "advice": "AI009",
}


def shared_dir() -> Path:
    return Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def found(record: dict) -> bool:
    text, leftover = record["text"], record["leftover"]
    start = text.index(leftover)
    end = start + len(leftover)
    code = CODES[record["category"]]
    return any(f.code == code and f.start < end and start < f.end for f in lint_text(text, select=["AI"]))


def evaluate(records: list[dict], show: bool, title: str = "") -> None:
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    reported = [0, 0]
    false_alarms = []
    negatives = 0
    for record in records:
        if record["label"] == "leftover":
            ok = found(record)
            hits[record["category"]][0] += ok
            hits[record["category"]][1] += 1
            if record["source"]["kind"] == "reported":
                reported[0] += ok
                reported[1] += 1
            if show and not ok:
                print(f"  missed {record['id']}: {record['leftover']!r}")
        else:
            negatives += 1
            flagged = lint_text(record["text"], select=["AI"])
            if flagged:
                false_alarms.append(record["id"])
                if show:
                    for f in flagged:
                        print(f"  false alarm {record['id']} {f.code}: {record['text'][f.start : f.end]!r}")
    total = [sum(h[0] for h in hits.values()), sum(h[1] for h in hits.values())]
    print(f"== {title}: recall per category (leftover found by its own rule):")
    for category, code in CODES.items():
        got, of = hits[category]
        print(f"  {code} {category:<17} {got:>3}/{of:<3} {100 * got / of if of else 0:5.1f}%")
    print(f"  all leftovers          {total[0]:>3}/{total[1]:<3} {100 * total[0] / total[1]:5.1f}%")
    print(f"  reported ones only     {reported[0]:>3}/{reported[1]:<3} {100 * reported[0] / max(1, reported[1]):5.1f}%")
    rate = 100 * len(false_alarms) / max(1, negatives)
    print(f"False alarms on look-alike negatives: {len(false_alarms)}/{negatives} = {rate:.1f}%")


def clean_text_rate(show: bool) -> None:
    path = shared_dir() / "bench" / "boilerplate" / "dev.jsonl"
    if not path.is_file():
        print(f"Clean text: {path} not found, skipped")
        return
    words = findings = 0
    by_code: dict[str, int] = defaultdict(int)
    for row in load(path):
        lines = [
            line for line, label in zip(row["text"].split("\n"), row["labels"], strict=False) if label == "content"
        ]
        if not lines:
            continue
        text = "\n".join(lines)
        words += len(text.split())
        for f in lint_text(text, select=["AI"]):
            findings += 1
            by_code[f.code] += 1
            if show:
                print(f"  clean-text finding {row['id']} {f.code}: {text[f.start : f.end]!r}")
    detail = ", ".join(f"{code} {n}" for code, n in sorted(by_code.items())) or "none"
    print(
        f"Clean text: {findings} findings in {words:,} words = {10000 * findings / max(1, words):.2f} per 10,000 words ({detail})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    parser.add_argument("--split", help="only this split (dev, fresh2, fresh3)")
    parser.add_argument("--skip-clean", action="store_true", help="skip the clean-text run")
    args = parser.parse_args()
    records = load(DATA)
    splits = sorted({record.get("split", "dev") for record in records})
    for split in splits:
        if args.split in (None, split):
            evaluate([r for r in records if r.get("split", "dev") == split], args.show, f"split {split}")
    if not args.skip_clean:
        clean_text_rate(args.show)


if __name__ == "__main__":
    main()
