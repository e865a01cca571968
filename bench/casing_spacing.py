"""Measure the table (TB), casing (CS) and spacing (SP) rules on real edited article text.

(1) False alarms: the ``content`` lines of ``../shared/bench/boilerplate/dev.jsonl``
    (edited articles in several languages) are linted as one document per page;
    every TB/CS/SP finding there is a false alarm. Reported per 10,000 words,
    English and non-English apart (language detected per page).
(2) Recall: ``bench.inject_errors`` damages that clean English text with one
    known error at a time; an error counts as found when a finding of the
    expected rule overlaps the damaged span.

    python -m bench.casing_spacing [--render blocks] [--show 20] [--per-kind 60]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from scrapelint.api import make_engine
from scrapelint.io.config import Settings
from scrapelint.model.document import Document
from scrapelint.plugin.host import build_registry
from scrapelint.text.language import detect_language

from bench.inject_errors import INJECTORS, clean_table_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "boilerplate" / "dev.jsonl"
FAMILIES = ["TB", "CS", "SP"]


def load_pages(path: Path, render: str) -> list[tuple[str, str, str]]:
    """(page id, language, content text) for every page of one rendering."""
    pages = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["render"] != render:
                continue
            lines = record["text"].split("\n")
            content = [text.strip() for text, label in zip(lines, record["labels"], strict=True) if label == "content"]
            text = "\n".join(t for t in content if t)
            if not text:
                continue
            detected = detect_language(text)
            pages.append((record["id"], detected[0] if detected else "??", text))
    return pages


def lint(engine, text: str, name: str = "page"):
    result, _ = engine.lint_document(Document(text=text, path=name))
    return result.findings


def false_alarms(engine, pages, show: int) -> None:
    words: Counter = Counter()
    alarms: Counter = Counter()
    by_code: dict[str, Counter] = defaultdict(Counter)
    examples = []
    for page_id, lang, text in pages:
        group = "en" if lang == "en" else "other"
        doc = Document(text=text, path=page_id)
        words[group] += doc.word_count
        findings = lint(engine, text, page_id)
        alarms[group] += len(findings)
        for f in findings:
            by_code[group][f.code] += 1
            if group == "en" or len(examples) < show * 2:
                examples.append(
                    (group, lang, page_id, f.code, text[max(0, f.start - 40) : f.end + 40].replace("\n", "⏎"))
                )
    print("== false alarms on clean text (TB/CS/SP findings per 10,000 words)")
    for group in ("en", "other"):
        rate = 10000 * alarms[group] / max(words[group], 1)
        pages_n = sum(1 for _, lang, _ in pages if (lang == "en") == (group == "en"))
        print(
            f"{group:6} pages={pages_n:4} words={words[group]:7} findings={alarms[group]:4} per10k={rate:6.2f}  {dict(by_code[group])}"
        )
    for group, lang, page_id, code, snippet in examples[:show]:
        print(f"  [{group}/{lang}] {code} {page_id[-24:]}: …{snippet}…")


def recall(engine, pages, per_kind: int, seed: int) -> None:
    english = [text for _, lang, text in pages if lang == "en"]
    rng = random.Random(seed)
    print(f"== recall on injected errors ({len(english)} English pages, up to {per_kind} per kind)")
    total_found = total = 0
    for kind, inject in INJECTORS.items():
        found = tried = 0
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
        total_found += found
        total += tried
        print(f"  {kind:26} {code:6} found {found:3}/{tried:3}")
    print(f"  overall recall: {total_found}/{total} = {100 * total_found / max(total, 1):.1f}%")
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
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    started = time.time()
    registry = build_registry()
    present = [family for family in FAMILIES if any(code.startswith(family) for code in registry.rules)]
    engine = make_engine(Settings().with_overrides(select=present), registry)
    pages = load_pages(args.data, args.render)
    false_alarms(engine, pages, args.show)
    if not args.no_recall:
        recall(engine, pages, args.per_kind, args.seed)
    print(f"({time.time() - started:.0f}s, render={args.render})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
