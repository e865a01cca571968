"""Precision and recall of the FG rules on a case set drawn from real articles.

Each line of ``bench/data/figures_cases.jsonl`` is one case: the rule it
tests, whether that rule should flag it, the text (or ``texts`` for the
corpus rule), an optional publication date (``as_of``) and the ``source``
article it was drawn from. ``kind`` says how: a paraphrase of the article's
own statement (should pass), a one-figure mutation of it or the same text
under a later publication date (should be flagged), or a hand-written
look-alike. The script also counts findings of the other FG rules on every
case, which should stay near zero.

    python bench/figures.py            # the table
    python bench/figures.py --verbose  # plus every miss and false alarm
    python bench/figures.py --split fresh  # only the cases written after the rules
    python bench/figures.py --split validation  # unit-model cases never tuned on (split by source)
    python bench/figures.py --real     # false alarms on ../shared/bench real pages, each with its own date
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _split import bootstrap  # noqa: E402
from scrapelint.api import lint_documents  # noqa: E402
from scrapelint.model.document import Document  # noqa: E402
from scrapelint.plugin.host import build_registry  # noqa: E402
from scrapelint.text.markdown import DELIMITER_ROW  # noqa: E402

CASES = ROOT / "bench" / "data" / "figures_cases.jsonl"


def has_table(text: str) -> bool:
    """A GFM delimiter row with a pipe ("|---|", "| --- |", "--- | ---") marks a Markdown case."""
    return any("|" in line and DELIMITER_ROW.match(line) for line in text.splitlines())


def run_case(case: dict, registry) -> list:
    as_of = dt.date.fromisoformat(case["as_of"]) if case.get("as_of") else None
    texts = case.get("texts") or [case["text"]]
    fmt = case.get("format", "markdown" if any(map(has_table, texts)) else "text")
    docs = [Document(text=t, path=f"case{i}.txt", format=fmt) for i, t in enumerate(texts)]
    overrides = {"select": ["FG"]}
    if as_of:
        overrides["as_of"] = as_of
    findings = []
    for result in lint_documents(docs, registry=registry, **overrides):
        findings.extend(result.findings)
    return findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--split",
        choices=["dev", "fresh", "tuning", "validation", "all"],
        default="all",
        help="dev: the cases the rules were developed against; fresh: cases written afterwards, never tuned on;"
        " tuning / validation: the unit-model cases (other units, shares, totals, multipliers, change"
        " columns), split by source article and written before the unit model; only tuning is tuned on",
    )
    parser.add_argument(
        "--round", type=int, help="only cases of this collection round (round 2 was written after round 1 was tuned on)"
    )
    parser.add_argument("--real", action="store_true", help="also lint the real pages of ../shared/bench/boilerplate")
    args = parser.parse_args()
    registry = build_registry()
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.split != "all":
        cases = [case for case in cases if case.get("split") == args.split]
    if args.round:
        cases = [case for case in cases if case.get("round", 1) == args.round]
    counts: dict[str, Counter] = {}
    per_source: dict[str, list[int]] = {}
    other: Counter = Counter()
    started = time.perf_counter()
    for case in cases:
        findings = run_case(case, registry)
        rule = case["rule"]
        flagged = any(f.code == rule for f in findings)
        outcome = {(True, True): "tp", (False, True): "fp", (True, False): "fn", (False, False): "tn"}[
            (case["flag"], flagged)
        ]
        counts.setdefault(rule, Counter())[outcome] += 1
        if case["flag"]:
            found_here = per_source.setdefault(case.get("source", case["id"]), [0, 0])
            found_here[0] += flagged
            found_here[1] += 1
        for finding in findings:
            if finding.code != rule:
                other[finding.code] += 1
                if args.verbose:
                    print(f"  other {case['id']}: {finding.code} {finding.message}")
        if args.verbose and outcome in ("fp", "fn"):
            print(f"  {outcome} {case['id']}: {case.get('text') or case.get('texts')!r}")
            for finding in findings:
                print(f"      {finding.code} {finding.message}")
    elapsed = time.perf_counter() - started
    print(f"{'rule':6} {'cases':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3} {'precision':>9} {'recall':>7}")
    for rule in sorted(counts):
        c = counts[rule]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        total = sum(c.values())
        print(f"{rule:6} {total:5} {c['tp']:3} {c['fp']:3} {c['fn']:3} {c['tn']:3} {precision:9.2f} {recall:7.2f}")
    if per_source:
        found, total = (sum(v[i] for v in per_source.values()) for i in (0, 1))
        low, high = bootstrap([(a, b) for a, b in per_source.values()])
        print(
            f"recall, all rules together: {found}/{total} = {found / total:.2f} [{low:.2f}, {high:.2f}]"
            f" (95% bootstrap over {len(per_source)} source pages)"
        )
    print(f"findings of other FG rules on these cases: {sum(other.values())} {dict(other)}")
    print(f"{len(cases)} cases ({args.split}) in {elapsed:.2f}s")
    if args.real:
        real_pages(registry)
    return 0


def real_pages(registry) -> None:
    """Every FG finding on real, edited pages (one rendering each): each one is a candidate false alarm."""
    shared = Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))
    pages = shared / "bench" / "boilerplate" / "dev.jsonl"
    if not pages.is_file():
        print(f"no real pages at {pages}")
        return
    docs = []
    with pages.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["render"] == "blocks":
                docs.append(Document(text=row["text"], path=row["id"], id=row["id"]))
    started = time.perf_counter()
    findings, dated = [], 0
    for result in lint_documents(docs, registry=registry, select=["FG"]):
        dated += result.stats.get("date") is not None
        findings.extend((result.path, f) for f in result.findings)
    elapsed = time.perf_counter() - started
    print(
        f"real pages: {len(docs)} ({dated} with a date found in the text), {len(findings)} FG findings, {elapsed:.1f}s"
    )
    for path, finding in findings:
        print(f"  {path}: {finding.code} {finding.message}")


if __name__ == "__main__":
    raise SystemExit(main())
