"""Speed against the tools users would otherwise run, on one generated corpus.

    pip install proselint datatrove      # the peers (not scrapelint dependencies; or: pip install '.[bench]')
    python bench/peers.py                # 10 MB corpus
    python bench/peers.py --mb 20 --budget 30 -- --select ALL

Runs, on the same news-like corpus (bench/engine.py's generator):

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
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine import run as run_cli
from engine import write_corpus


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
    files = folder / "textlint"
    files.mkdir()
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of JSONL")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds a slow peer may take")
    parser.add_argument("extra", nargs="*", help="arguments for scrapelint check (after --)")
    options = parser.parse_args()
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        documents = write_corpus(corpus, options.mb)
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
        megabytes = text_mb(texts)
        print(
            f"corpus: {documents:,} documents, {megabytes:.1f} MB of text ({corpus.stat().st_size / 1e6:.1f} MB JSONL)"
        )
        print(f"machine: {cores} cores; python {sys.version.split()[0]}\n")

        results: list[Result] = []
        skipped: list[tuple[str, str]] = []
        scrapelint: dict[int, Result] = {}
        peaks: dict[int, int] = {}
        base = ["check", str(corpus), "--isolated", "--format", "jsonl", "--no-cache", *options.extra]
        rules = subprocess.run(
            [sys.executable, "-m", "scrapelint", "rules", "--format", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        selected = sum(1 for rule in json.loads(rules.stdout or "[]") if rule["default"])
        for jobs in sorted({1, cores}):
            seconds, peak, code = run_cli([*base, "--jobs", str(jobs)])
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
        ratio = f"{one.docs_per_second / result.docs_per_second:.2f}x" if one else "-"
        print(
            f"{result.name:<34} {result.documents:>7,} {result.seconds:>8.2f} {result.docs_per_second:>9,.0f}"
            f" {result.mb_per_second:>7.2f} {ratio:>18}"
        )
    print("\nnotes:")
    for result in results:
        if result.note:
            print(f"  {result.name}: {result.note}")
    for name, reason in skipped:
        print(f"  {name}: skipped, {reason}")
    if one and cores in scrapelint and cores > 1:
        speedup = scrapelint[cores].docs_per_second / one.docs_per_second
        print(f"\nscrapelint scaling: {speedup:.2f}x from 1 to {cores} cores ({speedup / cores:.0%} efficiency)")
    for jobs, peak in sorted(peaks.items()):
        print(f"scrapelint --jobs {jobs}: peak memory {peak} MB (process tree PSS)")
    if all_cores := scrapelint.get(cores):
        for result in results:
            if not result.name.startswith("scrapelint"):
                print(
                    f"scrapelint --jobs {cores} is {all_cores.docs_per_second / result.docs_per_second:.2f}x {result.name}"
                )


if __name__ == "__main__":
    main()
