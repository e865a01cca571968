"""Measure the AI rules on real text from the wild: leftovers and look-alikes, each with its source.

Usage: python bench/assistant_wild.py [--split tune|valid|fresh|fresh2|fresh3|...] [--show] [--by-language] [--data PATH]
       [--extend-select AI016]

``bench/data/assistant_wild.jsonl`` holds short excerpts of public pages and files (see
``bench/README.md`` for origin and licence): chatbot leftovers published by mistake
(label ``leftover``) and look-alikes written by people (label ``clean``: bloggers addressing
readers, forum and mailing-list replies, templates and docs with placeholders on purpose,
transcripts, fiction dialogue, articles discussing AI and its artifacts).

Split by source, never by record: :func:`split_of` hashes the source (a page's host, a
repository, or an index file) so every record of one site lands in the same part. ``tune``
is what the rules may be tuned on; ``valid`` was written before the rules changed and is
measured once per round (its first-pass figure is kept in docs/rules-assistant.md);
``fresh`` was collected after the work, ``fresh2`` after a later rule change, ``fresh3`` (a
larger batch, mostly public GitHub files) before the next round, ``fresh4`` (web pages and
named repositories as well, in several languages) after it, and any later ``freshN`` batch
the same way; each comes from new sources and is measured once. ``--data`` measures another
file of the same shape (a batch kept apart until it is measured).

A leftover counts as found when any AI finding overlaps it; a look-alike is a false alarm
when any AI finding lands in it. Figures are printed per category and per source kind, with
a bootstrap interval over sources (a few sites with many records cannot dominate unseen).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data" / "assistant_wild.jsonl"


def source_key(source: dict) -> str:
    """The unit of the split: a page's host, a GitHub repository, or one index file."""
    if source.get("kind") == "github-index":
        return f"index:{source['index_id']}"
    parts = urlsplit(source["url"])
    host = parts.netloc.lower().removeprefix("www.").split(":")[0]
    if host == "github.com":
        return "github:" + "/".join(parts.path.strip("/").split("/")[:2]).lower()
    return host


def split_of(key: str) -> str:
    """One source in three tunes the rules; the other two validate them."""
    return "tune" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0 else "valid"


def load(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


#: Rules off by default to measure as well (``--extend-select``), by exact code.
EXTEND: list[str] = []


def findings(text: str) -> list:
    from scrapelint.api import lint_text

    return [f for f in lint_text(text, select=["AI", *EXTEND]) if f.code.startswith("AI")]


def bootstrap(per_source: dict[str, list[int]], rounds: int = 1000) -> tuple[float, float]:
    """A 95% interval of the pooled rate, resampling sources (not records)."""
    keys = list(per_source)
    if not keys:
        return 0.0, 0.0
    rng = random.Random(17)
    rates = []
    for _ in range(rounds):
        hit = total = 0
        for key in (rng.choice(keys) for _ in keys):
            hit += sum(per_source[key])
            total += len(per_source[key])
        rates.append(hit / max(1, total))
    rates.sort()
    return rates[int(0.025 * rounds)], rates[int(0.975 * rounds) - 1]


def _print_rate(label: str, width: int, suffix: str, name: str, by_category: dict, by_source: dict) -> None:
    """One line per category, then the pooled rate with its interval over sources."""
    pooled = [v for values in by_category.values() for v in values]
    for category, values in sorted(by_category.items()):
        print(f"  {label} {category:<{width}} {sum(values):>3}/{len(values):<3}{suffix}")
    lo, hi = bootstrap(by_source)
    print(
        f"  {name}: {sum(pooled)}/{len(pooled)} = {100 * sum(pooled) / max(1, len(pooled)):.1f}%"
        f" (95% over {len(by_source)} sources: {100 * lo:.0f}-{100 * hi:.0f}%)"
    )


def language_of(text: str) -> str:
    """The record's language as the project detects it ("?" when undecidable); English or not is the first split."""
    import scrapelint.text  # noqa: F401  (installs the text analysis)
    from scrapelint.model.document import Document

    found = Document(text).language
    return found[0].split("-")[0] if found else "?"


def by_language(records: list[dict]) -> None:
    """Recall and false alarms per detected language: English, then every other language."""
    rows: dict[str, list[list[int]]] = defaultdict(lambda: [[], []])
    for record in records:
        flagged = int(bool(findings(record["text"])))
        language = language_of(record["text"])
        for key in dict.fromkeys((language, "en" if language == "en" else "other languages")):
            rows[key][0 if record["label"] == "leftover" else 1].append(flagged)
    print("  by language (recall | false alarms):")
    for key in ["en", "other languages", *sorted(k for k in rows if k not in ("en", "other languages"))]:
        hits, alarms = rows.get(key, [[], []])
        print(f"    {key:<16} {sum(hits):>3}/{len(hits):<3} | {sum(alarms):>3}/{len(alarms):<3}")


def evaluate(records: list[dict], title: str, show: bool) -> None:
    by_category: dict[str, list[int]] = defaultdict(list)
    by_source: dict[str, list[int]] = defaultdict(list)
    alarms_by_category: dict[str, list[int]] = defaultdict(list)
    alarms_by_source: dict[str, list[int]] = defaultdict(list)
    codes: dict[str, int] = defaultdict(int)
    at_warning = [[], []]  # leftovers found, look-alikes flagged, counting warning findings only
    for record in records:
        got = findings(record["text"])
        key = source_key(record["source"])
        warned = int(any(f.severity.value != "info" for f in got))
        at_warning[record["label"] != "leftover"].append(warned)
        if record["label"] == "leftover":
            ok = int(bool(got))
            by_category[record["category"]].append(ok)
            by_source[key].append(ok)
            for f in got:
                codes[f.code] += 1
            if show and not ok:
                print(f"  missed {record['id']}: {record['text'][:110]!r}")
        else:
            bad = int(bool(got))
            alarms_by_category[record["category"]].append(bad)
            alarms_by_source[key].append(bad)
            if show and bad:
                for f in got:
                    print(f"  false alarm {record['id']} {f.code}: {record['text'][f.start : f.end][:100]!r}")
    print(f"== {title}")
    _print_rate("leftover", 17, "", "recall", by_category, by_source)
    _print_rate("look-alike", 16, " flagged", "false alarms", alarms_by_category, alarms_by_source)
    hits, alarms = at_warning
    print(
        f"  at warning severity: recall {sum(hits)}/{len(hits)} = {100 * sum(hits) / max(1, len(hits)):.1f}%,"
        f" false alarms {sum(alarms)}/{len(alarms)} = {100 * sum(alarms) / max(1, len(alarms)):.1f}%"
    )
    print("  codes on leftovers: " + (", ".join(f"{c} {n}" for c, n in sorted(codes.items())) or "none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", help="only this split (tune, valid, fresh, fresh2, fresh3...)")
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    parser.add_argument("--by-language", action="store_true", help="also per detected language")
    parser.add_argument(
        "--data", type=Path, default=DATA, help=f"records to measure (default {DATA.relative_to(ROOT)})"
    )
    parser.add_argument(
        "--extend-select", nargs="*", default=[], metavar="CODE", help="also measure these off-by-default rules (AI016)"
    )
    args = parser.parse_args()
    EXTEND[:] = args.extend_select
    records = load(args.data)
    splits = list(dict.fromkeys(["tune", "valid", *sorted({r["split"] for r in records})]))
    if args.split is not None and args.split not in splits:
        parser.error(f"no records with split {args.split!r} in {args.data} (splits: {', '.join(splits)})")
    for split in splits:
        if args.split in (None, split):
            part = [r for r in records if r["split"] == split]
            if part:
                evaluate(part, f"split {split}", args.show)
                if args.by_language:
                    by_language(part)


if __name__ == "__main__":
    main()
