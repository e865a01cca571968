"""Line-level boilerplate benchmark, run through the command line like a user would.

Reads ``../shared/bench/boilerplate/dev.jsonl`` (pages rendered as text with a
label per line), lints the pages with ``python -m scrapelint check --select BP
--format jsonl``, maps every finding's span to the page's lines and prints,
per source and rendering, recall for boilerplate lines, the share of content
lines flagged, precision and F1 (only lines labelled ``content`` or
``boilerplate`` count; boilerplate is the positive class). It also lints the
content lines alone, joined as a clean article, and prints findings per
10,000 words there (false alarms on clean text).

    python bench/boilerplate.py [--data FILE] [--select BP] [--jobs 0] [--show-false]

``--show-false`` prints, per source, the content lines that were flagged
(page, line number, text), pages with the most false flags first.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_data() -> Path:
    shared = Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))
    return shared / "bench" / "boilerplate" / "dev.jsonl"


def run_cli(pages: list[str], select: str, jobs: int) -> dict[int, list[tuple[int, int]]]:
    """Lint ``pages`` (one JSONL record each) and return finding spans by 1-based record number."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for number, text in enumerate(pages, 1):
                out.write(json.dumps({"id": f"page-{number}", "text": text}, ensure_ascii=False) + "\n")
        command = [sys.executable, "-m", "scrapelint", "check", str(path), "--select", select, "--format", "jsonl"]
        command += ["--isolated", "--exit-zero", "--no-progress", "--jobs", str(jobs)]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
        if done.returncode not in (0, 1):
            sys.exit(f"scrapelint failed ({done.returncode}):\n{done.stderr}")
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in done.stdout.splitlines():
        if row.strip():
            finding = json.loads(row)
            if finding.get("record") and finding["code"].startswith(tuple(select.split(","))):
                spans[finding["record"]].append((finding["start"], finding["end"]))
    return spans


def flagged_lines(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """0-based numbers of the lines a set of character spans touches."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    lines: set[int] = set()
    for start, end in spans:
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        lines.update(range(first, last + 1))
    return lines


def score(counts: dict[str, int]) -> dict[str, float]:
    tp, fn, fp, tn = counts["tp"], counts["fn"], counts["fp"], counts["tn"]
    recall = tp / (tp + fn) if tp + fn else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    flagged = fp / (fp + tn) if fp + tn else 0.0
    return {"recall": recall, "content_flagged": flagged, "precision": precision, "f1": f1, "lines": tp + fn + fp + tn}


def show_false(false_flags: dict[str, list[tuple[str, list[tuple[int, str]]]]]) -> None:
    """Print the content lines flagged, per source, the pages with the most of them first."""
    for source, pages in sorted(false_flags.items()):
        total = sum(len(lines) for _, lines in pages)
        print(f"\n== {source}: {total} content lines flagged on {len(pages)} renderings")
        for page, lines in sorted(pages, key=lambda p: -len(p[1])):
            print(f"-- {page}: {len(lines)}")
            for number, text in lines:
                print(f"   {number:>5}  {text[:110]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--select", default="BP")
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--show-false", action="store_true", help="print the content lines flagged, per source")
    parser.add_argument("--skip-clean", action="store_true", help="do not lint the clean content text")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        sys.exit(f"no benchmark data at {args.data}")
    records = [json.loads(row) for row in args.data.open(encoding="utf-8") if row.strip()]

    spans = run_cli([r["text"] for r in records], args.select, args.jobs)
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0, "tn": 0})
    false_flags: dict[str, list[tuple[str, list[tuple[int, str]]]]] = defaultdict(list)
    for number, record in enumerate(records, 1):
        hits = flagged_lines(record["text"], spans.get(number, []))
        page_lines = record["text"].split("\n")
        wrong: list[tuple[int, str]] = []
        for index, label in enumerate(record["labels"]):
            if label not in ("content", "boilerplate"):
                continue
            key = ("tp" if index in hits else "fn") if label == "boilerplate" else ("fp" if index in hits else "tn")
            if key == "fp":
                wrong.append((index + 1, page_lines[index].strip()))
            for group in ((record["source"], record["render"]), ("all", record["render"]), ("all", "all")):
                table[group][key] += 1
        if wrong:
            false_flags[record["source"]].append((f"{record['id']} [{record['render']}]", wrong))

    print(f"{'source':<18} {'render':<11} {'recall':>7} {'content':>8} {'prec':>6} {'F1':>6} {'lines':>7}")
    for (source, render), counts in sorted(table.items(), key=lambda kv: (kv[0][0] == "all", kv[0])):
        s = score(counts)
        print(
            f"{source:<18} {render:<11} {s['recall']:>7.3f} {s['content_flagged']:>8.3f} "
            f"{s['precision']:>6.3f} {s['f1']:>6.3f} {s['lines']:>7}"
        )

    if args.show_false:
        show_false(false_flags)
    if args.skip_clean:
        return

    clean = []
    for record in records:
        lines = [
            t for t, label in zip(record["text"].split("\n"), record["labels"], strict=False) if label == "content"
        ]
        if lines:
            clean.append("\n\n".join(line.strip() for line in lines))
    words = sum(len(text.split()) for text in clean)
    clean_spans = run_cli(clean, args.select, args.jobs)
    findings = sum(len(v) for v in clean_spans.values())
    print(
        f"\nclean content text: {len(clean)} articles, {words} words, {findings} {args.select} findings, "
        f"{findings * 10000 / max(words, 1):.2f} per 10,000 words"
    )


if __name__ == "__main__":
    main()
