"""Speed against the tools users would otherwise run, on the same corpora, in one run.

    pip install proselint datatrove      # the peers (not scrapelint dependencies; or: pip install '.[bench]')
    python bench/peers.py                # seed-derived articles (5 MB) and 100 real whole pages
    python bench/peers.py --corpus pages --corpus my.jsonl --budget 30 -- --select ALL

The corpora (``--corpus``, repeatable; default ``seeds`` and ``pages``):

- ``seeds``: articles cut from the five real scraped seed articles in ``../shared/seeds``
  (``SCRAPELINT_SHARED`` overrides the folder): each document is a run of one seed's
  paragraphs, from a random start, ``--mb`` MB in all (``random.Random(7)``);
- ``pages``: 100 real whole pages, the ``blocks`` rendering of
  ``../shared/bench/boilerplate/dev.jsonl`` shuffled with ``random.seed(1)``, first 100
  (also a corpus for bench/rule_cost.py);
- ``generated``: bench/engine.py's synthetic news-like generator (no shared data needed);
- a path: any JSONL file with a ``text`` field per record.

A corpus whose shared data is absent is skipped with a message. On each corpus it runs:

- scrapelint (``python -m scrapelint check --isolated --format jsonl --no-cache``) with
  ``--jobs 1`` and with every core, as a user runs it, start-up included;
- proselint, its Python API over each document, in this process;
- datatrove's GopherQualityFilter, GopherRepetitionFilter, C4QualityFilter and
  FineWebQualityFilter, ``filter(Document)`` called directly, each alone and the
  four together. Their English tokenizer is NLTK's, whose Punkt data cannot be
  fetched here; they get the same NLTK pipeline (Punkt sentences, then NLTK's Treebank-style
  words) with an untrained Punkt model, which needs no data and does the same work;
- textlint, when a local install (``node_modules/.bin/textlint`` here or in the
  current folder, or on PATH) with a configuration is present; skipped otherwise.

A slow peer runs on the first documents until ``--budget`` seconds have passed;
its rate is over what it processed. Prints documents/s and MB/s (of document
text) for each, scrapelint's ratio to each, its scaling from 1 to all cores and
its peak memory (whole process tree). A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine import balance, write_corpus
from engine import run as run_cli

ROOT = Path(__file__).resolve().parent.parent
PAGES = 100


def shared_dir() -> Path:
    return Path(os.environ.get("SCRAPELINT_SHARED", ROOT.parent / "shared"))


def seed_corpus(path: Path, megabytes: float, seed: int = 7) -> int | str:
    """Articles cut from the seed articles: a run of one seed's paragraphs each; the count, or why not."""
    seeds = sorted((shared_dir() / "seeds").glob("*.txt"))
    if not seeds:
        return f"no seed articles in {shared_dir() / 'seeds'} (set SCRAPELINT_SHARED)"
    articles = [[p for p in s.read_text(encoding="utf-8").split("\n\n") if p.strip()] for s in seeds]
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    written = documents = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            paragraphs = rng.choice(articles)
            start = rng.randrange(max(1, len(paragraphs) - 3))
            text = "\n\n".join(paragraphs[start : start + rng.randint(4, 14)]) + "\n"
            line = json.dumps({"id": f"seed-{documents}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            documents += 1
    return documents


def pages_corpus(path: Path) -> int | str:
    """The 100 real whole pages of bench/rule_cost.py; the count, or why not."""
    source = shared_dir() / "bench" / "boilerplate" / "dev.jsonl"
    if not source.exists():
        return f"no {source} (set SCRAPELINT_SHARED)"
    with source.open(encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if r.get("render") == "blocks"]
    random.seed(1)
    random.shuffle(records)
    with path.open("w", encoding="utf-8") as out:
        for record in records[:PAGES]:
            out.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
    return min(PAGES, len(records))


def build_corpus(choice: str, folder: Path, megabytes: float) -> tuple[Path, str] | str:
    """The JSONL file and a description for ``--corpus CHOICE``, or why it is skipped."""
    if choice in ("seeds", "pages", "generated"):
        path = folder / f"{choice}.jsonl"
        built = (
            seed_corpus(path, megabytes)
            if choice == "seeds"
            else pages_corpus(path)
            if choice == "pages"
            else write_corpus(path, megabytes)
        )
        if isinstance(built, str):
            return built
        label = {
            "seeds": "seed-derived articles",
            "pages": "real whole pages",
            "generated": "generated news-like articles",
        }[choice]
        return path, label
    path = Path(choice)
    if not path.is_file():
        return f"no such file: {path}"
    return path, path.name


class Result:
    def __init__(self, name: str, documents: int, megabytes: float, seconds: float, note: str = "") -> None:
        self.name, self.documents, self.megabytes, self.seconds, self.note = name, documents, megabytes, seconds, note

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds


def text_mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def timed(name: str, texts: list[str], check: Callable[[str], object], budget: float, note: str = "") -> Result:
    """Run ``check`` over the texts in order until they or the time budget run out."""
    done = 0
    start = time.perf_counter()
    for text in texts:
        check(text)
        done += 1
        if time.perf_counter() - start > budget:
            break
    elapsed = time.perf_counter() - start
    if done < len(texts):
        note = (note + "; " if note else "") + f"first {done:,} of {len(texts):,} documents (time budget)"
    return Result(name, done, text_mb(texts[:done]), elapsed, note)


# -- the peers --------------------------------------------------------------------------


def proselint_check() -> Callable[[str], object] | str:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError as exc:
        return f"not installed ({exc.name}): pip install proselint"
    CheckRegistry().register_many(__register__)
    config = {**DEFAULT, "max_errors": 10**9}
    return lambda text: LintFile("doc", text).lint(config)


def punkt_free_tokenizer():
    """NLTK's word_tokenize pipeline with an untrained Punkt model (no data download)."""
    from datatrove.utils.word_tokenizers import WordTokenizer
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    class PunktFree(WordTokenizer):
        def __init__(self) -> None:
            super().__init__("en")
            self.sentences = PunktSentenceTokenizer()
            self.words = NLTKWordTokenizer()

        def word_tokenize(self, text: str) -> list[str]:
            tokens = [t for s in self.sentences.tokenize(text) for t in self.words.tokenize(s)]
            return [t.strip() for t in tokens if t.strip()]

        def sent_tokenize(self, text: str) -> list[str]:
            return [s.strip() for s in self.sentences.tokenize(text) if s.strip()]

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return list(self.sentences.span_tokenize(text))

    return PunktFree()


def datatrove_filters() -> dict[str, Callable[[str], object]] | str:
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import (
            C4QualityFilter,
            FineWebQualityFilter,
            GopherQualityFilter,
            GopherRepetitionFilter,
        )
    except ImportError as exc:
        return f"not installed ({exc.name}): pip install datatrove"
    try:
        tokenizer = punkt_free_tokenizer()
    except ImportError as exc:
        return f"needs nltk ({exc})"
    filters = {
        "GopherQuality": GopherQualityFilter(language=tokenizer),
        "GopherRepetition": GopherRepetitionFilter(language=tokenizer),
        "C4Quality": C4QualityFilter(language=tokenizer),
        "FineWebQuality": FineWebQualityFilter(language=tokenizer),
    }
    counter = iter(range(10**12))

    def one(flt):
        return lambda text: flt.filter(Document(text=text, id=str(next(counter))))

    checks = {f"datatrove {name}": one(flt) for name, flt in filters.items()}

    def all_four(text: str) -> None:
        document = Document(text=text, id=str(next(counter)))
        for flt in filters.values():
            flt.filter(document)

    checks["datatrove all four filters"] = all_four
    return checks


def textlint_binary() -> str | None:
    for folder in (Path.cwd(), Path(__file__).resolve().parent):
        candidate = folder / "node_modules" / ".bin" / "textlint"
        if candidate.exists():
            return str(candidate)
    return shutil.which("textlint")


def run_textlint(texts: list[str], folder: Path, budget: float) -> Result | str:
    binary = textlint_binary()
    if binary is None or shutil.which("node") is None:
        return "not installed: no local textlint (npm install textlint textlint-rule-... and a .textlintrc)"
    files = Path(tempfile.mkdtemp(prefix="textlint-", dir=folder))
    count = max(1, min(len(texts), int(budget * 20)))
    for index, text in enumerate(texts[:count]):
        (files / f"doc-{index:05d}.txt").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run(
        [binary, "--format", "json", str(files)], capture_output=True, text=True, check=False, cwd=Path.cwd()
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1) or "No rules found" in done.stderr + done.stdout:
        return f"textlint did not run: {(done.stderr or done.stdout).strip().splitlines()[-1:]}"
    return Result("textlint", count, text_mb(texts[:count]), elapsed, "its configured rules, start-up included")


# -- the report -------------------------------------------------------------------------


def measure(corpus: Path, folder: Path, options: argparse.Namespace, cores: int) -> dict:
    """Every tool on one corpus; prints its table and returns the figures for the summary."""
    texts = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text")
            if isinstance(text, str):
                texts.append(text)
    documents = len(texts)
    megabytes = text_mb(texts)
    print(f"corpus: {documents:,} documents, {megabytes:.2f} MB of text ({corpus.stat().st_size / 1e6:.2f} MB JSONL)")

    results: list[Result] = []
    skipped: list[tuple[str, str]] = []
    scrapelint: dict[int, Result] = {}
    peaks: dict[int, int] = {}
    cpu: dict[int, tuple[float, float, float]] = {}
    base = ["check", str(corpus), "--isolated", "--format", "jsonl", "--no-cache", *options.extra]
    selected = options.selected
    for jobs in sorted({1, cores}):
        seconds, peak, code = run_cli([*base, "--jobs", str(jobs)])
        cpu[jobs] = balance()
        if code not in (0, 1):
            skipped.append((f"scrapelint --jobs {jobs}", f"exit code {code}"))
            continue
        note = f"{selected} default rules; CLI, start-up included"
        scrapelint[jobs] = Result(f"scrapelint --jobs {jobs}", documents, megabytes, seconds, note)
        peaks[jobs] = peak
        results.append(scrapelint[jobs])

    check = proselint_check()
    if isinstance(check, str):
        skipped.append(("proselint", check))
    else:
        results.append(timed("proselint", texts, check, options.budget, "Python API, one process"))

    filters = datatrove_filters()
    if isinstance(filters, str):
        skipped.append(("datatrove", filters))
    else:
        note = "filter(Document) in one process; Punkt untrained (no nltk data)"
        results += [timed(name, texts, fn, options.budget, note) for name, fn in filters.items()]

    textlint = run_textlint(texts, folder, options.budget)
    if isinstance(textlint, str):
        skipped.append(("textlint", textlint))
    else:
        results.append(textlint)

    one = scrapelint.get(1)
    print(f"{'tool':<34} {'docs':>7} {'seconds':>8} {'docs/s':>9} {'MB/s':>7} {'scrapelint -j1 is':>18}")
    for result in results:
        ratio = f"{one.mb_per_second / result.mb_per_second:.2f}x" if one else "-"
        print(
            f"{result.name:<34} {result.documents:>7,} {result.seconds:>8.2f} {result.docs_per_second:>9,.1f}"
            f" {result.mb_per_second:>7.3f} {ratio:>18}"
        )
    print("notes:")
    for result in results:
        if result.note:
            print(f"  {result.name}: {result.note}")
    for name, reason in skipped:
        print(f"  {name}: skipped, {reason}")
    if one and cores in scrapelint and cores > 1:
        speedup = scrapelint[cores].mb_per_second / one.mb_per_second
        print(f"scrapelint scaling: {speedup:.2f}x from 1 to {cores} cores ({speedup / cores:.0%} efficiency)")
    if 1 in cpu and cores in cpu and cores > 1 and cpu[cores][2]:
        total, main_cpu, worker = cpu[cores]
        print(
            f"scrapelint CPU: --jobs 1 {cpu[1][0]:.2f} s; --jobs {cores} {total:.2f} s (main {main_cpu:.2f} s, busiest"
            f" worker {worker:.2f} s): on idle cores at most {cpu[1][0] / (main_cpu + worker):.2f}x --jobs 1"
        )
    for jobs, peak in sorted(peaks.items()):
        print(f"scrapelint --jobs {jobs}: peak memory {peak} MB (process tree PSS)")
    return {"documents": documents, "megabytes": megabytes, "results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus",
        action="append",
        help="seeds, pages, generated or a JSONL path; repeatable (default: seeds and pages)",
    )
    parser.add_argument("--mb", type=float, default=5.0, help="size in MB of JSONL of the seeds/generated corpora")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds a slow peer may take on one corpus")
    parser.add_argument("extra", nargs="*", help="arguments for scrapelint check (after --)")
    options = parser.parse_args()
    cores = os.cpu_count() or 1
    rules = subprocess.run(
        [sys.executable, "-m", "scrapelint", "rules", "--format", "json"], capture_output=True, text=True, check=False
    )
    options.selected = sum(1 for rule in json.loads(rules.stdout or "[]") if rule["default"])
    print(f"machine: {cores} cores; python {sys.version.split()[0]}; scrapelint: {options.selected} default rules")

    summary: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for choice in options.corpus or ["seeds", "pages"]:
            built = build_corpus(choice, folder, options.mb)
            print(f"\n== {choice}", end="")
            if isinstance(built, str):
                print(f": skipped, {built}")
                continue
            path, label = built
            print(f" ({label})")
            summary.append((label, measure(path, folder, options, cores)))

    if not summary:
        return
    print("\n== summary: scrapelint --jobs 1 (every default rule, CLI) against the peers, by MB/s of text")
    print(
        f"{'corpus':<32} {'docs':>6} {'MB':>6} {'sl MB/s':>8} {'sl docs/s':>10} {'vs proselint':>13} {'vs datatrove x4':>16}"
    )
    for label, figures in summary:
        by_name = {r.name: r for r in figures["results"]}
        one = by_name.get("scrapelint --jobs 1")
        if one is None:
            continue

        def ratio(name: str, one: Result = one, by_name: dict = by_name) -> str:
            peer = by_name.get(name)
            return f"{one.mb_per_second / peer.mb_per_second:.2f}x" if peer else "-"

        print(
            f"{label:<32} {figures['documents']:>6,} {figures['megabytes']:>6.2f} {one.mb_per_second:>8.3f}"
            f" {one.docs_per_second:>10.1f} {ratio('proselint'):>13} {ratio('datatrove all four filters'):>16}"
        )
    print("(a ratio above 1 means scrapelint is faster)")


if __name__ == "__main__":
    main()
