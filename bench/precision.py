"""Each rule's precision on real text, and the default severity it earns (warning at 0.9).

A finding on real scraped text is either a real defect or a false alarm. How often a rule
raises false alarms is measured on clean, edited articles (every finding there counts as
false, which is conservative: some edited pages do carry real slips); how often it fires at
all is measured on real scraped pages, navigation and all. Per rule:

    precision = 1 - (findings per word on clean articles) / (findings per word on scraped pages)

with a page-level bootstrap 95% interval (clean and scraped pages resampled apart). Every
default rule runs, so findings inside a boilerplate block are folded into it, as users see
them. A rule that never fires on scraped pages has no estimate; one that fires a handful
of times has an interval that says so. Data: the validation part
(``bench/_split.py``) of the bench pages (clean: their ``content`` lines; scraped: the whole
pages), plus the external clean prose of ``bench/_external.py`` for the clean side.

Every finding on clean validation text counts as false unless ``bench/data/
judged_clean_findings.jsonl`` says a person read it and found a real slip of the source
(a missing space, a pair left open): edited pages carry some. That file holds only page
ids, rule codes, offsets and the judgement, no text. Both figures are printed: ``raw``
counts every clean finding as false, ``judged`` leaves out the judged real slips.

    python -m bench.precision [--part validation] [--json precision.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from scrapelint.api import make_engine
from scrapelint.io.config import Settings
from scrapelint.plugin.host import build_registry

from bench._external import clean_external
from bench._split import PARTS, content_pages, judged_real, shared_dir, whole_pages
from bench.gate import lint_pages

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.9


def discount(rows: list[dict], real: set[tuple[str, str, int]]) -> list[dict]:
    """The clean rows with judged real slips taken out of the counts."""
    out = []
    for r in rows:
        kept = Counter(code for code, start in r["spans"] if (r["page"].id, code, start) not in real)
        out.append({**r, "all": kept})
    return out


def rates(rows: list[dict], code: str) -> tuple[int, int]:
    return sum(r["all"][code] for r in rows), sum(r["words"] for r in rows)


def estimate(clean: list[tuple[int, int]], scraped: list[tuple[int, int]]) -> float | None:
    fp = sum(n for n, _ in clean) / max(sum(w for _, w in clean), 1)
    total = sum(n for n, _ in scraped) / max(sum(w for _, w in scraped), 1)
    if total == 0:
        return None
    return max(0.0, 1 - fp / total)


def interval(clean, scraped, rounds: int = 500, seed: int = 16) -> tuple[float, float]:
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        c = [clean[rng.randrange(len(clean))] for _ in clean]
        s = [scraped[rng.randrange(len(scraped))] for _ in scraped]
        value = estimate(c, s)
        values.append(0.0 if value is None else value)
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, default="validation")
    parser.add_argument("--families", default="", help="report only these prefixes (all rules still run)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    data = shared_dir(ROOT) / "bench" / "boilerplate" / "dev.jsonl"
    if not data.exists():
        print(f"no bench pages at {data}", file=sys.stderr)
        return 2
    registry = build_registry()
    engine = make_engine(Settings(), registry)  # the default rules, folded as users see them
    codes = sorted(registry.rules)
    if args.families:
        codes = [c for c in codes if c.startswith(tuple(args.families.split(",")))]
    clean_pages = [p for p in content_pages(data) + clean_external() if p.part == args.part]
    scraped_pages = [p for p in whole_pages(data) if p.part == args.part]
    raw_clean = lint_pages(engine, clean_pages)
    clean = discount(raw_clean, judged_real())
    scraped = lint_pages(engine, scraped_pages)
    severities = {code: str(registry.rules[code].severity) for code in codes}
    print(f"part={args.part}: {len(clean)} clean articles, {len(scraped)} scraped pages")
    print(
        f"{'rule':6} {'severity':8} {'raw':>6} {'clean/10k':>9} {'scraped/10k':>11} {'precision (judged)':>22}  earns"
    )
    out = {}
    seen: Counter = Counter()
    for r in clean + scraped:
        seen.update(r["all"])
    for code in codes:
        c_pairs = [(r["all"][code], r["words"]) for r in clean]
        s_pairs = [(r["all"][code], r["words"]) for r in scraped]
        c_n, c_w = rates(clean, code)
        raw_n, _ = rates(raw_clean, code)
        s_n, s_w = rates(scraped, code)
        value = estimate(c_pairs, s_pairs)
        ci = interval(c_pairs, s_pairs) if value is not None and seen[code] else (0.0, 0.0)
        earns = "-" if value is None else ("warning" if value >= THRESHOLD else "info")
        shown = "n/a (never fires)" if value is None else f"{value:.3f} [{ci[0]:.2f}, {ci[1]:.2f}]"
        print(
            f"{code:6} {severities[code]:8} {10000 * raw_n / max(c_w, 1):6.2f} {10000 * c_n / max(c_w, 1):9.2f}"
            f" {10000 * s_n / max(s_w, 1):11.2f}"
            f" {shown:>22}  {earns}"
        )
        out[code] = {
            "severity": severities[code],
            "clean_findings_raw": raw_n,
            "clean_findings": c_n,
            "clean_words": c_w,
            "scraped_findings": s_n,
            "scraped_words": s_w,
            "precision": value,
            "ci": ci,
            "earns": earns,
        }
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
