"""The default gate on real text: how often it fails clean articles, and whether it still
fails defective ones.

Clean real articles: the ``content`` lines of ``../shared/bench/boilerplate/dev.jsonl``
(one article per page, blocks rendering) and the external clean prose of
``bench/_external.py`` (Wikinews/Wikivoyage from GUM, PUD news and Wikipedia in five
languages). Defective: the seed articles in ``../shared/seeds`` (every one must fail) and
the whole scraped bench pages, navigation and all (they should fail).

Each article is linted alone with every default rule, as ``scrapelint check`` would with
no configuration; an article *fails* when any finding of severity warning or above
remains. Printed per part of the split (``bench/_split.py``: validation is the figure that
counts), per source, per language and per article length (long articles hold more
headings, lists and captions), with page-level bootstrap 95% intervals, and the warnings
per 10,000 words by rule.

    python -m bench.gate                     # validation and tuning, all sources
    python -m bench.gate --part validation --show 20
    python -m bench.gate --json gate.json    # the numbers, for docs and the rule pages
    python -m bench.gate --part validation --source chtc-articles   # one source's first pass
    python -m bench.gate --option SP003.gate_count=1                # the gate with a rule option set
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from scrapelint.api import make_engine
from scrapelint.io.config import Settings
from scrapelint.model.document import Document
from scrapelint.model.finding import Severity

from bench._external import clean_external
from bench._split import PARTS, Page, bootstrap, content_pages, fmt_ci, groups, judged_real, shared_dir, whole_pages

ROOT = Path(__file__).resolve().parents[1]


def lint_pages(engine, pages: list[Page]) -> list[dict]:
    """Per page: words, warnings (and above) by code, every finding's code and severity."""
    rows = []
    for page in pages:
        doc = Document(text=page.text, path=page.id)
        result, _ = engine.lint_document(doc)
        gating = [f for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
        rows.append(
            {
                "page": page,
                "words": max(doc.word_count, 1),
                "warnings": Counter(f.code for f in gating),
                "all": Counter(f.code for f in result.findings),
                "spans": [(f.code, f.start) for f in result.findings],
                "gating": [(f.code, f.start, f.end) for f in gating],
                "examples": [(f.code, page.text[max(0, f.start - 50) : f.end + 50]) for f in gating],
            }
        )
    return rows


def false_alarm_codes(row: dict, real: set[tuple[str, str, int]]) -> set[str]:
    """Codes of the gating findings on a clean page that no one judged a real slip of the
    source: judged false alarms and findings not judged yet (counted as false)."""
    return {code for code, start, _ in row["gating"] if (row["page"].id, code, start) not in real}


def summary(rows: list[dict], real: set[tuple[str, str, int]] | None = None) -> dict:
    real = judged_real() if real is None else real
    failed = [(1.0 if r["warnings"] else 0.0, 1.0) for r in rows]
    by_false = [(1.0 if false_alarm_codes(r, real) else 0.0, 1.0) for r in rows]
    pages_by_rule: Counter = Counter()
    for r in rows:
        pages_by_rule.update(set(r["warnings"]))
    rate = [(sum(r["warnings"].values()), r["words"] / 10000) for r in rows]
    by_rule: Counter = Counter()
    for r in rows:
        by_rule.update(r["warnings"])
    words = sum(r["words"] for r in rows)
    return {
        "pages": len(rows),
        "words": words,
        "failed": sum(f for f, _ in failed),
        "fail_share": sum(f for f, _ in failed) / max(len(rows), 1),
        "fail_ci": bootstrap(failed),
        "false_share": sum(f for f, _ in by_false) / max(len(rows), 1),
        "false_ci": bootstrap(by_false),
        "pages_by_rule": dict(pages_by_rule.most_common()),
        "per10k": 10000 * sum(n for n, _ in rate) / max(words, 1),
        "per10k_ci": bootstrap(rate),
        "by_rule": {code: round(10000 * n / max(words, 1), 2) for code, n in by_rule.most_common()},
    }


def print_block(title: str, rows: list[dict], by_source: bool = True, clean: bool = True) -> dict:
    s = summary(rows)
    print(
        f"{title:34} pages={s['pages']:5} words={s['words']:8} fail={fmt_ci(s['fail_share'], s['fail_ci'], 1, 100)}%"
        f"  warnings/10k={fmt_ci(s['per10k'], s['per10k_ci'])}"
    )
    if clean:
        print(
            f"    failed by false alarms alone (judged real slips left out, unjudged counted false): "
            f"{fmt_ci(s['false_share'], s['false_ci'], 1, 100)}%; pages failed by rule: "
            + (", ".join(f"{code} {n}" for code, n in s["pages_by_rule"].items()) or "-")
        )
    if by_source:
        for name, sub in groups([r["page"] for r in rows], lambda p: f"{p.source}/{p.language}").items():
            ids = {id(p) for p in sub}
            part_rows = [r for r in rows if id(r["page"]) in ids]
            t = summary(part_rows)
            print(
                f"    {name:30} pages={t['pages']:5} fail={fmt_ci(t['fail_share'], t['fail_ci'], 1, 100)}%"
                + (f" (false alarms alone {100 * t['false_share']:.1f}%)" if clean else "")
                + f"  warnings/10k={t['per10k']:.2f}"
            )
    top = list(s["by_rule"].items())[:12]
    if top:
        print("    warnings/10k by rule: " + ", ".join(f"{c} {v}" for c, v in top))
    return s


#: Article length groups (words): long articles carry more headings, lists and captions,
#: so a pooled figure hides what the gate does to them.
LENGTHS = ((0, 300, "<300 words"), (300, 1000, "300-999 words"), (1000, 10**9, "1000+ words"))


def print_lengths(part: str, rows: list[dict]) -> dict:
    """The fail share per language group and article length, with the rules that fail each group's pages."""
    figures = {}
    for lang in ("en", "other"):
        for low, high, label in LENGTHS:
            sub = [r for r in rows if (r["page"].language == "en") == (lang == "en") and low <= r["words"] < high]
            if not sub:
                continue
            s = summary(sub)
            failing: Counter = Counter()
            for r in sub:
                failing.update(set(r["warnings"]))
            top = ", ".join(f"{code} {n}" for code, n in failing.most_common(6))
            print(
                f"    [{part}] {lang:5} {label:14} pages={s['pages']:5} "
                f"fail={fmt_ci(s['fail_share'], s['fail_ci'], 1, 100)}%  pages failed by: {top or '-'}"
            )
            figures[f"{lang}/{label}"] = s
    return figures


def judged_keys() -> set[tuple[str, str, int]]:
    """(page id, code, start) of every judged clean-text finding, real or false."""
    from bench._split import JUDGED

    if not JUDGED.exists():
        return set()
    rows = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["page"], r["code"], r["start"]) for r in rows}


def seed_pages(shared: Path) -> list[Page]:
    folder = shared / "seeds"
    return [
        Page(f"seeds/{p.stem}", "seeds", p.read_text(encoding="utf-8"), part="validation")
        for p in sorted(folder.glob("*.txt"))
    ]


def rule_option(text: str) -> tuple[str, str, object]:
    """``CODE.key=value`` (``SP003.gate_count=1``): one rule option as a configuration file sets
    it, the value read as JSON where it parses (numbers, booleans, lists) and as text otherwise."""
    target, sep, raw = text.partition("=")
    code, dot, key = target.partition(".")
    if not (sep and dot and code and key):
        raise argparse.ArgumentTypeError(f"expected CODE.key=value, got {text!r}")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return code.upper(), key.replace("-", "_"), value


def settings_with(options: list[tuple[str, str, object]]) -> Settings:
    """Default settings with the given rule options, so a variant of the gate (a stricter one,
    say) is measured on the same pages by the same code."""
    rule_options: dict[str, dict[str, object]] = {}
    for code, key, value in options:
        rule_options.setdefault(code, {})[key] = value
    return Settings(rule_options=rule_options) if rule_options else Settings()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=[*PARTS, "both"], default="both")
    parser.add_argument("--render", default="blocks", choices=["blocks", "inscriptis"])
    parser.add_argument(
        "--show", type=int, default=0, help="print this many gating findings on clean tuning text (look only at tuning)"
    )
    parser.add_argument("--no-external", action="store_true", help="only ../shared data")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--failures",
        type=Path,
        help="write every gating finding on clean text here (JSON lines: page, code, start, end, "
        "judged, snippet), to judge them; keep the file out of the repository",
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        help="only the clean pages of this source (as named in the per-source lines; repeatable), "
        "to measure a new source once",
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        type=rule_option,
        metavar="CODE.key=value",
        help="set a rule option for the run (repeatable), e.g. SP003.gate_count=1 for the strict gate",
    )
    args = parser.parse_args(argv)
    started = time.time()
    shared = shared_dir(ROOT)
    data = shared / "bench" / "boilerplate" / "dev.jsonl"
    engine = make_engine(settings_with(args.option))
    clean: list[Page] = []
    if data.exists():
        clean += content_pages(data, args.render)
    else:
        print(f"(no bench pages at {data}: skipping them)", file=sys.stderr)
    if not args.no_external:
        clean += clean_external()
    if args.source:
        clean = [p for p in clean if p.source in set(args.source)]
    parts = PARTS if args.part == "both" else (args.part,)
    figures: dict = {}
    print("== clean real articles: share the default gate fails (page-level bootstrap 95% CI)")
    real = judged_real()
    judged = judged_keys()
    failures = args.failures.open("w", encoding="utf-8") if args.failures else None
    for part in parts:
        rows = lint_pages(engine, [p for p in clean if p.part == part])
        if failures:
            for r in rows:
                for code, start, end in r["gating"]:
                    key = (r["page"].id, code, start)
                    record = {"part": part, "page": key[0], "code": code, "start": start, "end": end}
                    record["judged"] = "real" if key in real else "false" if key in judged else None
                    record["snippet"] = r["page"].text[max(0, start - 60) : end + 60]
                    failures.write(json.dumps(record, ensure_ascii=False) + "\n")
        figures[f"clean/{part}"] = print_block(f"[{part}] clean, all", rows)
        for lang in ("en", "other"):
            sub = [r for r in rows if (r["page"].language == "en") == (lang == "en")]
            figures[f"clean/{part}/{lang}"] = print_block(f"[{part}] clean, {lang}", sub, by_source=False)
        print(f"  [{part}] clean, by language and length (a page counts once for each rule that fails it)")
        figures[f"clean/{part}/length"] = print_lengths(part, rows)
        if args.show and part == "tuning":
            shown = 0
            for r in rows:
                for code, snippet in r["examples"]:
                    if shown < args.show:
                        print(f"      {code} {r['page'].id[-40:]}: …{snippet.replace(chr(10), '⏎')}…")
                        shown += 1
    if failures:
        failures.close()
    print("== defective real pages: the gate must fail them")
    seeds = seed_pages(shared) if (shared / "seeds").exists() else []
    if seeds:
        rows = lint_pages(engine, seeds)
        figures["seeds"] = print_block("seed articles", rows, by_source=False, clean=False)
        for r in rows:
            verdict = "FAILS" if r["warnings"] else "passes (missed)"
            print(f"    {r['page'].id}: {verdict}; {dict(r['warnings'].most_common(6))}")
    if data.exists():
        for part in parts:
            pages = [p for p in whole_pages(data, args.render) if p.part == part]
            rows = lint_pages(engine, pages)
            figures[f"whole/{part}"] = print_block(f"[{part}] whole scraped pages", rows, clean=False)
    print(f"({time.time() - started:.0f}s)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
