"""Measure the table (TB), casing (CS) and spacing (SP) rules on real edited article text.

(1) False alarms: the ``content`` lines of ``../shared/bench/boilerplate/dev.jsonl``
    (edited articles in several languages) and the external clean prose of
    ``bench/_external.py`` are linted as one document per page; every TB/CS/SP finding
    there counts, and is a false alarm unless ``bench/data/judged_clean_findings.jsonl``
    records it as a real slip of the source (both figures are printed). Reported per
    10,000 words, English and non-English apart (language per page), per source, for one
    part of the split of ``bench/_split.py`` (validation by default), with page-level
    bootstrap intervals; ``--gating`` counts only findings that fail the default gate
    (warning and above).
(2) Recall: ``bench.inject_errors`` damages that clean English text with one
    known error at a time; an error counts as found when a finding of the
    expected rule overlaps the damaged span.

    python -m bench.casing_spacing [--part validation] [--gating] [--show 20] [--per-kind 60]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from scrapelint.api import make_engine
from scrapelint.io.config import Settings
from scrapelint.model.document import Document
from scrapelint.model.finding import Severity
from scrapelint.plugin.host import build_registry

from bench._external import clean_external
from bench._split import PARTS, bootstrap, content_pages, judged_real, shared_dir
from bench.inject_errors import INJECTORS, clean_table_text

ROOT = Path(__file__).resolve().parents[1]
DATA = shared_dir(ROOT) / "bench" / "boilerplate" / "dev.jsonl"
FAMILIES = ["TB", "CS", "SP"]


def load_pages(path: Path, render: str, part: str, external: bool = True) -> list[tuple[str, str, str]]:
    """(page id, language, content text) for every clean page of one part of the split."""
    pages = content_pages(path, render) if path.exists() else []
    if external:
        pages += clean_external()
    return [(p.id, p.language, p.text) for p in pages if part == "both" or p.part == part]


def lint(engine, text: str, name: str = "page"):
    result, _ = engine.lint_document(Document(text=text, path=name))
    return result.findings


def false_alarms(engine, pages, show: int, gating: bool = False) -> None:
    """Findings per 10,000 words of clean text: all of them, then apart the false alarms and the
    real slips of the source a person judged (``judged_real``: a missing space in the edited
    text is a true finding, not a false alarm)."""
    real = judged_real()
    words: Counter = Counter()
    per_page: dict[str, list[tuple[float, float]]] = defaultdict(list)
    per_page_false: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_source: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0])
    alarms: Counter = Counter()
    judged: Counter = Counter()
    by_code: dict[str, Counter] = defaultdict(Counter)
    examples = []
    for page_id, lang, text in pages:
        group = "en" if lang == "en" else "other"
        doc = Document(text=text, path=page_id)
        words[group] += doc.word_count
        findings = lint(engine, text, page_id)
        if gating:
            findings = [f for f in findings if f.severity.rank >= Severity.WARNING.rank]
        slips = sum((page_id, f.code, f.start) in real for f in findings)
        alarms[group] += len(findings)
        judged[group] += slips
        per_page[group].append((len(findings), doc.word_count / 10000))
        per_page_false[group].append((len(findings) - slips, doc.word_count / 10000))
        source = f"{page_id.split('/')[0]}/{group}"
        by_source[source][0] += len(findings)
        by_source[source][1] += doc.word_count
        by_source[source][2] += slips
        for f in findings:
            by_code[group][f.code] += 1
            if group == "en" or len(examples) < show * 2:
                mark = "real" if (page_id, f.code, f.start) in real else "false?"
                examples.append((group, lang, page_id, f.code, f.start, mark, text[max(0, f.start - 40) : f.end + 40]))
    print("== findings on clean text (TB/CS/SP per 10,000 words; real = judged real slips of the source)")
    for group in ("en", "other"):
        rate = 10000 * alarms[group] / max(words[group], 1)
        false_rate = 10000 * (alarms[group] - judged[group]) / max(words[group], 1)
        pages_n = sum(1 for _, lang, _ in pages if (lang == "en") == (group == "en"))
        ci = bootstrap(per_page[group])
        ci_false = bootstrap(per_page_false[group])
        print(
            f"{group:6} pages={pages_n:4} words={words[group]:7} findings={alarms[group]:4} "
            f"per10k={rate:.2f} [{ci[0]:.2f}, {ci[1]:.2f}]  {dict(by_code[group])}"
        )
        print(
            f"{'':6} false alarms={alarms[group] - judged[group]:4} per10k={false_rate:.2f} "
            f"[{ci_false[0]:.2f}, {ci_false[1]:.2f}]  judged real={judged[group]}"
        )
    for source, (n, w, slips) in sorted(by_source.items()):
        print(
            f"    {source:28} words={w:7} findings={n:4} per10k={10000 * n / max(w, 1):.2f}"
            f"  false={n - slips} real={slips}"
        )
    for group, lang, page_id, code, start, mark, snippet in examples[:show]:
        snippet = snippet.replace("\n", "⏎")
        print(f"  [{group}/{lang}] {code} {mark} {page_id[-24:]}@{start}: …{snippet}…")


def recall(engine, pages, per_kind: int, seed: int, misses: int = 0) -> None:
    english = [text for _, lang, text in pages if lang == "en"]
    rng = random.Random(seed)
    print(f"== recall on injected errors ({len(english)} English pages, up to {per_kind} per kind)")
    total_found = total = 0
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, inject in INJECTORS.items():
        found = tried = missed = 0
        code = "-"
        for text in english:
            if tried >= per_kind:
                break
            injection = inject(text, rng)
            if injection is None:
                continue
            tried += 1
            code = injection.code
            hits = [
                f
                for f in lint(engine, injection.text)
                if f.code == injection.code and f.start < injection.end and f.end > injection.start - 1
            ]
            found += bool(hits)
            if not hits and missed < misses:
                missed += 1
                around = injection.text[max(0, injection.start - 50) : injection.end + 50].replace("\n", "⏎")
                print(f"    missed {kind} {code}: …{around}…")
        total_found += found
        total += tried
        by_family[code[:2]][0] += found
        by_family[code[:2]][1] += tried
        print(f"  {kind:26} {code:6} found {found:3}/{tried:3}")
    print(f"  overall recall: {total_found}/{total} = {100 * total_found / max(total, 1):.1f}%")
    for family, (f_found, f_tried) in sorted(by_family.items()):
        print(f"  {family} kinds: {f_found}/{f_tried} = {100 * f_found / max(f_tried, 1):.1f}%")
    clean_alarms = sum(
        len(lint(engine, clean_table_text(text, rng))) - len(lint(engine, text)) for text in english[:per_kind]
    )
    print(f"  findings added by appending a well-formed table to {min(len(english), per_kind)} pages: {clean_alarms}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--render", default="blocks", choices=["blocks", "inscriptis"])
    parser.add_argument("--show", type=int, default=30, help="false alarms to print")
    parser.add_argument("--per-kind", type=int, default=60, help="injected errors per kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-recall", action="store_true")
    parser.add_argument("--misses", type=int, default=0, help="missed injections to print per kind")
    parser.add_argument("--part", choices=[*PARTS, "both"], default="validation")
    parser.add_argument("--gating", action="store_true", help="count only warnings and errors")
    parser.add_argument("--no-external", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"(no benchmark pages at {args.data}: external sources only)", file=sys.stderr)
    started = time.time()
    registry = build_registry()
    present = [family for family in FAMILIES if any(code.startswith(family) for code in registry.rules)]
    engine = make_engine(Settings().with_overrides(select=present), registry)
    pages = load_pages(args.data, args.render, args.part, not args.no_external)
    print(f"part={args.part}")
    false_alarms(engine, pages, args.show, args.gating)
    if not args.no_recall:
        recall(engine, pages, args.per_kind, args.seed, args.misses)
    print(f"({time.time() - started:.0f}s, render={args.render})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
