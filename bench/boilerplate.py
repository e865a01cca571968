"""Line-level boilerplate benchmark, run through the command line like a user would.

Reads ``../shared/bench/boilerplate/dev.jsonl`` (pages rendered as text with a
label per line) and, when built, ``bench/out/boilerplate_wcxb.jsonl`` (more
pages from other sites, rebuilt by ``bench/build_boilerplate_wcxb.py``) and
``bench/out/boilerplate_readability.jsonl`` (Mozilla Readability's test pages,
``bench/build_boilerplate_readability.py``) and ``bench/out/boilerplate_dragnet.jsonl``
(Dragnet's 2012 crawl, ``bench/build_boilerplate_dragnet.py``) and
``bench/out/boilerplate_l3s.jsonl`` (the L3S-GN1 news set, split by site like
the shared pages, ``bench/build_boilerplate_l3s.py``) and
``bench/out/boilerplate_cpe.jsonl`` (CleanPortalEval, ``bench/build_boilerplate_cpe.py``); origin and licence in
``bench/BOILERPLATE_DATA.md``. It lints the pages with
``python -m scrapelint check --select BP --format jsonl``, maps every finding's
span to the page's lines and prints recall for boilerplate lines, the share of
content lines flagged, precision and F1 (only lines labelled ``content`` or
``boilerplate`` count; boilerplate is the positive class):

- split by site into a **tuning** and a **validation** part
  (``bench/boilerplate_split.py`` states the hash); tune on the first only;
- per source, per rendering and per language (the project's own detector on
  the page's content lines), pooled over lines;
- per page (one rendering of one page): the mean share of its content lines
  flagged, the share of pages with more than 20% flagged, and the worst pages;
  pages with fewer than ``--min-content`` content lines are left out of those;
- 95% bootstrap intervals that resample pages (``--rounds``), so that a few
  pages cannot hide behind a pooled figure.

    python bench/boilerplate.py [--part validation] [--source zyte-aeb] [--limit 100]
    python bench/boilerplate.py --part tuning --show-false     # flagged content lines to study

``--show-false`` prints the content lines that were flagged (page, line, text),
worst pages first, ``--show-missed`` the boilerplate lines not flagged: use them
on the tuning part only. ``--clean`` also lints the
content lines alone, joined as clean articles, and prints findings per 10,000 words.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from boilerplate_split import language_of, part_of, site_of

ROOT = Path(__file__).resolve().parents[1]
PAGE_LIMIT = 0.20


#: The built sets: each is read when ``bench/out`` holds it; the script named rebuilds it.
BUILT_SETS = {
    "boilerplate_wcxb.jsonl": "bench/build_boilerplate_wcxb.py",
    "boilerplate_wcxb_dev.jsonl": "bench/build_boilerplate_wcxb.py",
    "boilerplate_readability.jsonl": "bench/build_boilerplate_readability.py",
    "boilerplate_dragnet.jsonl": "bench/build_boilerplate_dragnet.py",
    "boilerplate_l3s.jsonl": "bench/build_boilerplate_l3s.py",
    "boilerplate_cpe.jsonl": "bench/build_boilerplate_cpe.py",
}


def default_data() -> list[Path]:
    """The shared pages and every built set present. A set not built is named on stderr, since
    the figures of a checkout without it cover fewer pages and are not comparable."""
    shared = Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))
    found = [shared / "bench" / "boilerplate" / "dev.jsonl"]
    for name, script in BUILT_SETS.items():
        path = ROOT / "bench" / "out" / name
        if path.is_file():
            found.append(path)
        else:
            print(f"left out, not built: bench/out/{name} (python {script})", file=sys.stderr)
    return found


def run_cli(pages: list[str], select: str, jobs: int) -> dict[int, list[tuple[int, int, str]]]:
    """Lint ``pages`` (one JSONL record each) and return (start, end, code) of each finding by record number."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for number, text in enumerate(pages, 1):
                out.write(json.dumps({"id": f"page-{number}", "text": text}, ensure_ascii=False) + "\n")
        command = [sys.executable, "-m", "scrapelint", "check", str(path), "--select", select, "--format", "jsonl"]
        command += ["--isolated", "--exit-zero", "--no-progress", "--jobs", str(jobs)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        if done.returncode not in (0, 1):
            sys.exit(f"scrapelint failed ({done.returncode}):\n{done.stderr}")
    spans: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for row in done.stdout.split("\n"):
        if row.strip():
            finding = json.loads(row)
            if finding.get("record") and finding["code"].startswith(tuple(select.split(","))):
                spans[finding["record"]].append((finding["start"], finding["end"], finding["code"]))
    return spans


def flagged_lines(text: str, spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """0-based numbers of the lines the findings touch, each with the code of one finding on it."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    lines: dict[int, str] = {}
    for start, end, code in spans:
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        for line in range(first, last + 1):
            lines.setdefault(line, code)
    return lines


@dataclass
class Page:
    """One rendering of one page, scored."""

    id: str
    source: str
    render: str
    site: str
    part: str
    language: str
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    by_code: dict[str, list[int]] = field(default_factory=dict)  # code -> [boilerplate lines, content lines]
    wrong: list[tuple[int, str]] = field(default_factory=list)
    missed: list[tuple[int, str]] = field(default_factory=list)

    @property
    def content(self) -> int:
        return self.fp + self.tn

    @property
    def flagged_share(self) -> float:
        return self.fp / self.content if self.content else 0.0


def score(pages: list[Page]) -> dict[str, float]:
    tp = sum(p.tp for p in pages)
    fn = sum(p.fn for p in pages)
    fp = sum(p.fp for p in pages)
    tn = sum(p.tn for p in pages)
    recall = tp / (tp + fn) if tp + fn else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    flagged = fp / (fp + tn) if fp + tn else 0.0
    return {"recall": recall, "content_flagged": flagged, "precision": precision, "f1": f1, "lines": tp + fn + fp + tn}


def page_figures(pages: list[Page], min_content: int) -> dict[str, float]:
    judged = [p for p in pages if p.content >= min_content]
    if not judged:
        return {"pages": 0, "mean_share": 0.0, "over": 0.0}
    return {
        "pages": len(judged),
        "mean_share": sum(p.flagged_share for p in judged) / len(judged),
        "over": sum(p.flagged_share > PAGE_LIMIT for p in judged) / len(judged),
    }


def bootstrap(pages: list[Page], min_content: int, rounds: int, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% intervals of the pooled and page-level figures, resampling whole pages."""
    if rounds <= 0 or len(pages) < 2:
        return {}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        sample = [pages[rng.randrange(len(pages))] for _ in pages]
        pooled = score(sample)
        level = page_figures(sample, min_content)
        for key, value in (
            ("recall", pooled["recall"]),
            ("content_flagged", pooled["content_flagged"]),
            ("precision", pooled["precision"]),
            ("mean_share", level["mean_share"]),
            ("over", level["over"]),
        ):
            draws[key].append(value)
    out = {}
    for key, values in draws.items():
        values.sort()
        out[key] = (values[int(0.025 * len(values))], values[min(len(values) - 1, int(0.975 * len(values)))])
    return out


def load(paths: list[Path], parts: set[str], sources: set[str], limit: int) -> list[dict]:
    """Records of the chosen parts and sources, each with its site, part and language."""
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as rows:
            records += [json.loads(row) for row in rows if row.strip()]
    by_page: dict[str, dict] = {}
    for record in records:  # the site and language of a page come from one rendering, the same for both
        if record["id"] not in by_page or record["render"] == "inscriptis":
            by_page[record["id"]] = record
    info = {}
    for page_id, record in by_page.items():
        site = site_of(page_id, record["text"], record.get("url"))
        info[page_id] = (site, part_of(site, record["source"]))
    validation_sites = {site for site, part in info.values() if part == "validation"}
    for page_id, (site, part) in info.items():  # a tuning page never shares its site with a validation page
        if part == "tuning" and site in validation_sites:
            info[page_id] = (site, "excluded")
    chosen = [r for r in records if info[r["id"]][1] in parts and (not sources or r["source"] in sources)]
    if limit:
        keep = sorted({r["id"] for r in chosen})[:limit]
        chosen = [r for r in chosen if r["id"] in set(keep)]
    languages: dict[str, str] = {}
    for record in chosen:
        if record["id"] not in languages:
            base = by_page[record["id"]]
            content = "\n".join(
                t for t, label in zip(base["text"].split("\n"), base["labels"], strict=False) if label == "content"
            )
            languages[record["id"]] = language_of(content if len(content) >= 200 else base["text"])
        record["_site"], record["_part"] = info[record["id"]]
        record["_language"] = languages[record["id"]]
    return chosen


def score_pages(records: list[dict], spans: dict[int, list[tuple[int, int]]]) -> list[Page]:
    pages = []
    for number, record in enumerate(records, 1):
        hits = flagged_lines(record["text"], spans.get(number, []))
        page_lines = record["text"].split("\n")
        page = Page(
            record["id"], record["source"], record["render"], record["_site"], record["_part"], record["_language"]
        )
        for index, label in enumerate(record["labels"]):
            if index in hits and label in ("boilerplate", "content"):
                page.by_code.setdefault(hits[index], [0, 0])[label == "content"] += 1
            if label == "boilerplate":
                if index in hits:
                    page.tp += 1
                else:
                    page.fn += 1
                    page.missed.append((index + 1, page_lines[index].strip()))
            elif label == "content":
                if index in hits:
                    page.fp += 1
                    page.wrong.append((index + 1, f"{hits[index]} {page_lines[index].strip()}"))
                else:
                    page.tn += 1
        pages.append(page)
    return pages


def _interval(box: dict[str, tuple[float, float]], key: str) -> str:
    if key not in box:
        return ""
    low, high = box[key]
    return f"[{low:.3f}-{high:.3f}]"


def report(pages: list[Page], min_content: int, rounds: int, worst: int) -> None:
    groups: dict[tuple[str, str, str, str], list[Page]] = defaultdict(list)
    for p in pages:
        language = "en" if p.language == "en" else "other"
        for source in (p.source, "all"):
            for render in (p.render, "all"):
                groups[(p.part, source, render, "all")].append(p)
            groups[(p.part, source, "all", language)].append(p)
    header = (
        f"{'part':<10} {'source':<16} {'render':<10} {'lang':<5} {'pages':>5} {'recall':>6} {'[95%]':>13} "
        f"{'cflag':>6} {'[95%]':>13} {'prec':>6} {'pg-mean':>7} {'[95%]':>13} {'>20%':>6} {'[95%]':>13} {'lines':>6}"
    )
    print(header)
    order = sorted(groups, key=lambda k: (k[0], k[1] == "all", k[1], k[2] == "all", k[2], k[3] != "all", k[3]))
    for key in order:
        members = groups[key]
        s = score(members)
        level = page_figures(members, min_content)
        box = bootstrap(members, min_content, rounds)
        part, source, render, language = key
        print(
            f"{part:<10} {source:<16} {render:<10} {language:<5} {len(members):>5} {s['recall']:>6.3f} "
            f"{_interval(box, 'recall'):>13} {s['content_flagged']:>6.3f} {_interval(box, 'content_flagged'):>13} "
            f"{s['precision']:>6.3f} {level['mean_share']:>7.3f} {_interval(box, 'mean_share'):>13} "
            f"{level['over']:>6.3f} {_interval(box, 'over'):>13} {s['lines']:>6}"
        )
    by_language: dict[tuple[str, str], list[Page]] = defaultdict(list)
    for p in pages:
        by_language[(p.part, p.language)].append(p)
    print("\nper language (all sources and renderings):")
    for (part, language), members in sorted(by_language.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        s = score(members)
        print(
            f"  {part:<10} {language:<6} {len(members):>4} renderings  recall {s['recall']:.3f}  "
            f"content flagged {s['content_flagged']:.3f}  precision {s['precision']:.3f}  lines {s['lines']}"
        )
    judged = sorted((p for p in pages if p.content >= min_content), key=lambda p: -p.flagged_share)
    print(f"\nworst pages (content flagged, of pages with >= {min_content} content lines):")
    for p in judged[:worst]:
        print(f"  {p.flagged_share:.2f} ({p.fp}/{p.content})  {p.part:<10} {p.id} [{p.render}] {p.language} {p.site}")


def rule_precision(pages: list[Page], rounds: int) -> None:
    """Line precision of each rule: of the labelled lines its findings cover, the share that is boilerplate."""
    codes = sorted({code for p in pages for code in p.by_code})
    print("\nper rule (lines its findings cover; precision with a page bootstrap interval):")
    rng = random.Random(0)
    for code in codes:
        counts = [p.by_code.get(code, [0, 0]) for p in pages]
        hit, miss = sum(c[0] for c in counts), sum(c[1] for c in counts)
        draws = []
        for _ in range(rounds):
            sample = [counts[rng.randrange(len(counts))] for _ in counts]
            h, m = sum(c[0] for c in sample), sum(c[1] for c in sample)
            draws.append(h / (h + m) if h + m else 1.0)
        draws.sort()
        box = f"[{draws[int(0.025 * rounds)]:.3f}-{draws[int(0.975 * rounds) - 1]:.3f}]" if rounds else ""
        share = hit / (hit + miss) if hit + miss else 0.0
        print(f"  {code}  precision {share:.3f} {box:>13}  boilerplate {hit:>6}  content {miss:>5}")


def show_lines(pages: list[Page], attribute: str, what: str) -> None:
    """Print the content lines flagged (or boilerplate lines missed), the pages with the most first."""
    print(f"\n== {what}")
    for p in sorted((p for p in pages if getattr(p, attribute)), key=lambda p: -len(getattr(p, attribute))):
        lines = getattr(p, attribute)
        print(f"-- {p.id} [{p.render}] {p.part} {p.language}: {len(lines)}")
        for number, text in lines:
            print(f"   {number:>5}  {text[:110]}")


def clean_rate(records: list[dict], select: str, jobs: int) -> None:
    clean = []
    for record in records:
        lines = [
            t for t, label in zip(record["text"].split("\n"), record["labels"], strict=False) if label == "content"
        ]
        if lines:
            clean.append("\n\n".join(line.strip() for line in lines))
    words = sum(len(text.split()) for text in clean)
    clean_spans = run_cli(clean, select, jobs)
    findings = sum(len(v) for v in clean_spans.values())
    print(
        f"\nclean content text: {len(clean)} articles, {words} words, {findings} {select} findings, "
        f"{findings * 10000 / max(words, 1):.2f} per 10,000 words"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, action="append", help="a labelled JSONL file (repeatable)")
    parser.add_argument("--part", choices=("tuning", "validation", "all"), default="validation")
    parser.add_argument("--source", action="append", default=[], help="only this source (repeatable)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (by id) of the chosen part")
    parser.add_argument("--select", default="BP")
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--min-content", type=int, default=5, help="content lines a page needs for page figures")
    parser.add_argument("--rounds", type=int, default=1000, help="bootstrap rounds (0: no intervals)")
    parser.add_argument("--worst", type=int, default=12)
    parser.add_argument("--show-false", action="store_true", help="print the content lines flagged")
    parser.add_argument("--show-missed", action="store_true", help="print the boilerplate lines not flagged")
    parser.add_argument("--clean", action="store_true", help="also lint the content lines alone")
    args = parser.parse_args(argv)
    paths = args.data or default_data()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"no benchmark data at {missing[0]}")
    parts = {"tuning", "validation"} if args.part == "all" else {args.part}
    records = load(paths, parts, set(args.source), args.limit)
    spans = run_cli([r["text"] for r in records], args.select, args.jobs)
    pages = score_pages(records, spans)
    report(pages, args.min_content, args.rounds, args.worst)
    rule_precision(pages, args.rounds)
    if args.show_false:
        show_lines(pages, "wrong", "content lines flagged")
    if args.show_missed:
        show_lines(pages, "missed", "boilerplate lines missed")
    if args.clean:
        clean_rate(records, args.select, args.jobs)


if __name__ == "__main__":
    main()
