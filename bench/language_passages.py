"""LG003 on legitimate passages in another language, and on real wrong-language residue.

Two sets, tuning part only:

- **legitimate**: ``bench/data/language_passages.jsonl``, short excerpts of real English
  pages that carry a passage in another language on purpose (a quotation with its
  translation, a poem or hymn, a motto, a bilingual notice, a name list, titles of works,
  greeting lists, an interview that switches language). Each is linted alone with every
  default rule, as ``scrapelint check`` would; every LG003 finding is a false alarm, and a
  page fails the gate when any warning remains.
- **residue**: whole scraped pages in the chosen part, read at bench time (nothing of them is
  copied here): ``../shared/bench/boilerplate/dev.jsonl`` and, when built, WCXB's dev pages
  (tuning only) and L3S-GN1 (split by site) from ``bench/out`` (``bench/BOILERPLATE_DATA.md``),
  linted with the LG rules alone, each of its two renderings apart. LG003 findings are counted by the label of the line they start on: a finding on a
  ``boilerplate`` line is wrong-language residue found (a cookie notice, a menu, comments of
  the site's home edition), one on a ``content`` line lands in the article.

    python -m bench.language_passages --part tuning [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from scrapelint.api import make_engine
from scrapelint.io.config import Settings
from scrapelint.model.document import Document
from scrapelint.model.finding import Severity

from bench._split import PARTS, Page, shared_dir, whole_pages
from bench.boilerplate_split import part_of, site_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "language_passages.jsonl"
CODE = "LG003"


def legitimate_cases(part: str) -> list[dict]:
    """Records of the legitimate set in ``part``."""
    with DATA.open(encoding="utf-8") as handle:
        return [r for r in map(json.loads, handle) if r["split"] == part]


def lint_legitimate(cases: list[dict], show: bool) -> dict:
    engine = make_engine(Settings())
    flagged, failed, lg_failed = [], 0, 0
    for case in cases:
        doc = Document(text=case["text"], path=case["id"])
        result, _ = engine.lint_document(doc)
        gating = [f for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
        failed += bool(gating)
        lg_failed += any(f.code.startswith("LG") for f in gating)
        mine = [f for f in result.findings if f.code == CODE]
        if mine:
            flagged.append(case["id"])
        if show:
            for f in mine:
                snippet = case["text"][f.start : f.end][:90].replace("\n", " | ")
                print(f"    {case['id']:34} {f.message[:60]}: {snippet}")
    return {
        "pages": len(cases),
        "lg003_pages": len(flagged),
        "flagged": flagged,
        "failed": failed,
        "lg_failed": lg_failed,
    }


#: Both renderings of each page are read (a finding may depend on how the page was flattened).
RENDERS = ("blocks", "inscriptis")
#: Scraped pages built by ``bench/build_boilerplate_*.py``, with line labels.
BUILT = ("boilerplate_wcxb_dev.jsonl", "boilerplate_l3s.jsonl")


def scraped_pages(part: str) -> list[Page]:
    """Whole scraped pages of ``part``, with their line labels in ``meta``."""
    pages: list[Page] = []
    data = shared_dir(ROOT) / "bench" / "boilerplate" / "dev.jsonl"
    if data.exists():
        for render in RENDERS:
            for page in whole_pages(data, render):
                if page.part == part:
                    page.meta["render"] = render
                    pages.append(page)
    else:
        print(f"(no bench pages at {data}: skipping them)", file=sys.stderr)
    for name in BUILT:
        path = ROOT / "bench" / "out" / name
        if not path.exists():
            print(f"(no {path}: skipping it)", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as handle:
            for record in map(json.loads, handle):
                if record["render"] not in RENDERS:
                    continue
                site = site_of(record["id"], record["text"], record.get("url"))
                if part_of(site, record["source"]) == part:
                    meta = {"labels": record["labels"], "render": record["render"]}
                    pages.append(Page(record["id"], record["source"], record["text"], meta=meta))
    return pages


def lint_residue(part: str, show: bool) -> dict:
    engine = make_engine(Settings(select=["LG"]))
    by_label: Counter = Counter()
    found = []
    pages = scraped_pages(part)
    for page in pages:
        doc = Document(text=page.text, path=page.id)
        result, _ = engine.lint_document(doc)
        labels = page.meta["labels"]
        for f in result.findings:
            if f.code != CODE:
                continue
            label = labels[doc.position(f.start)[0] - 1]
            by_label[label] += 1
            found.append([page.id, page.meta["render"], label, f.start])
            if show:
                snippet = page.text[f.start : f.end][:80].replace("\n", " | ")
                print(f"    {label:11} {page.meta['render']:10} {page.id[:40]:40} {f.message[:40]}: {snippet}")
    return {"pages": len(pages), "by_label": dict(by_label.most_common()), "findings": found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, required=True)
    parser.add_argument("--show", action="store_true", help="print each LG003 finding")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    legit = lint_legitimate(legitimate_cases(args.part), args.show)
    print(
        f"legitimate passages ({args.part}): pages={legit['pages']} with LG003={legit['lg003_pages']}"
        f"  failing the gate={legit['failed']} (by an LG warning {legit['lg_failed']})"
    )
    residue = lint_residue(args.part, args.show)
    counts = ", ".join(f"{label} {n}" for label, n in residue["by_label"].items()) or "-"
    print(f"scraped pages ({args.part}): pages={residue['pages']} LG003 findings by line label: {counts}")
    if args.json:
        args.json.write_text(json.dumps({"legitimate": legit, "residue": residue}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
