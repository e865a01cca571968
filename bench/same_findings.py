"""Are the findings the same as before? Record every finding on the whole bench, then compare.

    python bench/same_findings.py record before.tsv            # every rule (ALL), whole bench
    python bench/same_findings.py record after.tsv --quick     # seeds, examples, 200 pages
    python bench/same_findings.py compare before.tsv after.tsv # per rule code: lost / new

A speed change must leave the findings identical, rule by rule; a deliberate change in what
a rule finds shows here as lost and new findings under its code, to be stated in the commit.

The corpus: ``../shared/seeds``, ``examples/``, every record of
``../shared/bench/boilerplate/dev.jsonl`` (both renderings) and the text of every record in
``bench/data/*.jsonl`` except the held-out batches still to be measured once (``HELD_OUT``,
``HELD_OUT_ROUNDS``:
their findings are read by their own bench, only after the rules are final). Every rule is selected (``ALL``), with a fixed as-of date, so that
findings do not depend on the day the comparison runs. Uses every core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 12, 6)
QUICK_PAGES = 200
HELD_OUT = {("assistant_wild.jsonl", "fresh3"), ("assistant_wild.jsonl", "fresh4")}
#: Held-out collection rounds of files whose ``split`` is shared with earlier, measured rounds.
HELD_OUT_ROUNDS = {
    ("tables_broken.jsonl", 17),
    ("figures_cases.jsonl", 24),
    ("tables_broken.jsonl", 20),
    ("tables_broken.jsonl", 23),
    ("figures_cases.jsonl", 26),
    ("figures_cases.jsonl", 30),
    ("tables_broken.jsonl", 25),
    ("figures_cases.jsonl", 32),
    ("figures_cases.jsonl", 34),
    ("figures_cases.jsonl", 36),
    ("tables_broken.jsonl", 28),
    ("tables_broken.jsonl", 30),
    ("tables_broken.jsonl", 33),
    ("tables_broken.jsonl", 34),
}


def shared_dir() -> Path:
    return Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))


def documents(quick: bool) -> Iterator[tuple[str, str, str]]:
    """(source, id, text) for every document of the comparison corpus."""
    shared = shared_dir()
    if not (shared / "seeds").is_dir():
        sys.exit(
            f"{shared} holds no seeds/: set SCRAPELINT_SHARED to the shared folder (a partial corpus compares wrongly)"
        )
    for folder in (shared / "seeds", ROOT / "examples"):
        for path in sorted(folder.glob("*")):
            if path.is_file():
                yield folder.name, path.name, path.read_text(encoding="utf-8", errors="replace")
    jsonl = [shared / "bench" / "boilerplate" / "dev.jsonl", *sorted((ROOT / "bench" / "data").glob("*.jsonl"))]
    for path in jsonl:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            for number, raw in enumerate(lines, 1):
                if quick and path.name == "dev.jsonl" and number > QUICK_PAGES:
                    break
                record = json.loads(raw)
                if (path.name, record.get("split")) in HELD_OUT or (path.name, record.get("round")) in HELD_OUT_ROUNDS:
                    continue
                text = record.get("text")
                if isinstance(text, str) and text:
                    yield path.name, str(record.get("id", number)), text


_ENGINE = None


def _lint(batch: list[tuple[str, str, str]]) -> list[str]:
    global _ENGINE
    from scrapelint.api import apply_overrides, make_engine
    from scrapelint.io.config import Settings
    from scrapelint.model.document import Document

    if _ENGINE is None:
        settings = apply_overrides(Settings(), {"select": ["ALL"], "as_of": AS_OF.isoformat()}, "same_findings")
        _ENGINE = make_engine(settings)
    rows = []
    for source, ident, text in batch:
        doc = Document(text=text, path=f"{source}:{ident}", id=ident)
        result, _partials = _ENGINE.lint_document(doc)
        for f in result.findings:
            message = f.message.replace("\t", " ").replace("\n", " ")
            rows.append(f"{f.code}\t{source}\t{ident}\t{f.line}\t{f.column}\t{f.severity}\t{message}")
    return rows


def record(out: Path, quick: bool) -> None:
    batch: list[tuple[str, str, str]] = []
    batches = []
    for item in documents(quick):
        batch.append(item)
        if len(batch) == 25:
            batches.append(batch)
            batch = []
    if batch:
        batches.append(batch)
    rows: list[str] = []
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for part in pool.map(_lint, batches):
            rows.extend(part)
    rows.sort()
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows):,} findings in {sum(len(b) for b in batches):,} documents -> {out}")


def compare(before: Path, after: Path, show: int) -> int:
    old = Counter(before.read_text(encoding="utf-8").splitlines())
    new = Counter(after.read_text(encoding="utf-8").splitlines())
    lost, gained = old - new, new - old
    codes = sorted({row.split("\t", 1)[0] for row in (lost + gained)})
    if not codes:
        print(f"identical: {sum(old.values()):,} findings")
        return 0
    for code in codes:
        gone = [row for row in lost.elements() if row.startswith(code + "\t")]
        came = [row for row in gained.elements() if row.startswith(code + "\t")]
        print(f"{code}: {len(gone)} lost, {len(came)} new")
        for row in gone[:show]:
            print("  -", row[:200])
        for row in came[:show]:
            print("  +", row[:200])
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="lint the corpus and write every finding, sorted")
    rec.add_argument("out", type=Path)
    rec.add_argument("--quick", action="store_true", help=f"seeds, examples, bench data and {QUICK_PAGES} pages")
    cmp = sub.add_parser("compare", help="per rule code, the findings lost and gained")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--show", type=int, default=3, help="examples shown per code")
    options = parser.parse_args()
    if options.command == "record":
        record(options.out, options.quick)
        return 0
    return compare(options.before, options.after, options.show)


if __name__ == "__main__":
    sys.exit(main())
