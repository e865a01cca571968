"""False alarms of the LG and RD rules on clean article text.

Builds one document per page of ``../shared/bench/boilerplate/dev.jsonl``
from its lines labelled ``content`` (article text, joined as paragraphs),
lints it with the LG and RD rules, and prints findings per 10,000 words for
English pages and for pages in other languages, per rule.

    python bench/language_readability_clean.py [--render blocks] [--show 5]

With ``--pages`` it lints the whole pages instead (navigation left in) and
counts on which labelled lines the findings start: on ``boilerplate`` lines
they point at real residue, on ``content`` lines they are false alarms.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapelint.api import lint_documents  # noqa: E402
from scrapelint.model.document import Document  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "boilerplate" / "dev.jsonl"


def clean_documents(render: str):
    with DATA.open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record["render"] != render:
                continue
            lines = [
                line.strip()
                for line, label in zip(record["text"].split("\n"), record["labels"], strict=True)
                if label == "content"
            ]
            if sum(len(line.split()) for line in lines) >= 50:
                yield record["id"], "\n\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render", default="blocks", choices=["blocks", "inscriptis"])
    parser.add_argument("--select", default="LG,RD")
    parser.add_argument("--show", type=int, default=0, help="print this many findings per rule")
    parser.add_argument("--pages", action="store_true", help="lint whole pages; count findings by line label")
    args = parser.parse_args()
    if not DATA.is_file():
        sys.exit(f"missing {DATA}")
    if args.pages:
        return whole_pages(args)
    words: Counter = Counter()
    docs: Counter = Counter()
    findings: Counter = Counter()
    shown: Counter = Counter()
    documents = (Document(text, path=doc_id) for doc_id, text in clean_documents(args.render))
    for result in lint_documents(documents, select=args.select.split(",")):
        doc_id = result.path
        language = result.stats.get("language") or "?"
        group = "en" if language == "en" else "other"
        words[group] += result.stats["words"]
        docs[group] += 1
        for finding in result.findings:
            findings[(group, finding.code)] += 1
            if shown[finding.code] < args.show:
                shown[finding.code] += 1
                print(f"{finding.code} {doc_id} [{language}] {finding.message}\n    {finding.snippet[:160]!r}")
    print(f"\nclean article text from {DATA.name} ({args.render} rendering), rules {args.select}")
    for group in ("en", "other"):
        total = sum(count for (g, _), count in findings.items() if g == group)
        per = total / max(1, words[group]) * 10_000
        print(
            f"{group:>5}: {docs[group]} documents, {words[group]} words, {total} findings, {per:.2f} per 10,000 words"
        )
        for (g, code), count in sorted(findings.items()):
            if g == group:
                print(f"         {code}: {count} ({count / max(1, words[group]) * 10_000:.2f} per 10,000 words)")


def whole_pages(args) -> None:
    records = []
    with DATA.open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record["render"] == args.render:
                records.append(record)
    documents = (Document(r["text"], path=r["id"]) for r in records)
    by_label: Counter = Counter()
    for record, result in zip(records, lint_documents(documents, select=args.select.split(",")), strict=False):
        labels = record["labels"]
        for finding in result.findings:
            by_label[(finding.code, labels[finding.line - 1])] += 1
    print(f"whole pages ({args.render} rendering, {len(records)} pages): findings by the label of their first line")
    codes = sorted({code for code, _ in by_label})
    print(f"{'rule':<6} {'boilerplate':>11} {'content':>8} {'skip':>5} {'unknown':>8}")
    for code in codes:
        row = [by_label[(code, label)] for label in ("boilerplate", "content", "skip", "unknown")]
        print(f"{code:<6} {row[0]:>11} {row[1]:>8} {row[2]:>5} {row[3]:>8}")


if __name__ == "__main__":
    main()
