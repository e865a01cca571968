"""Time spent in each rule, per document, on a JSONL corpus: where a run's time goes.

    python bench/rule_cost.py CORPUS.jsonl [--top 15]
    python bench/rule_cost.py                 # a generated 1 MB corpus (bench/engine.py's)
    python bench/rule_cost.py --pages         # 100 real whole pages from ../shared (bench/peers.py's)

Shared, lazily computed document structure (sentences, words, language) is charged to
the first rule that asks for it; one-time loads that a run does before its workers start
(``prepare_for_workers``) are left out. Times are CPU time of this process (``time.process_time``),
so that other work on the machine disturbs them less than wall time. Prints each rule's
share, each family's MB/s (the corpus's megabytes over the family's time) and the rules'
MB/s together. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from scrapelint.api import make_engine
from scrapelint.io.config import Settings
from scrapelint.model.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--pages", action="store_true", help="the 100 real whole pages of bench/peers.py")
    options = parser.parse_args()
    corpus = options.corpus
    if options.pages:
        from peers import pages_corpus

        corpus = Path(tempfile.mkdtemp()) / "pages.jsonl"
        built = pages_corpus(corpus)
        if isinstance(built, str):
            sys.exit(built)
    elif corpus is None:
        from engine import write_corpus

        corpus = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        write_corpus(corpus, 1.0)
    engine = make_engine(Settings(document_stats=False))
    for rule, _ in engine.document_rules + engine.corpus_rules:
        rule.prepare_for_workers()  # one-time loads (langdetect's profiles) happen before the clock, as in a run
    cost: Counter = Counter()
    documents = 0
    megabytes = 0.0
    clock = time.process_time
    with corpus.open(encoding="utf-8") as lines:
        for raw in lines:
            record = json.loads(raw)
            text = record.get("text", "")
            megabytes += len(text.encode("utf-8")) / 1e6
            doc = Document(text, id=str(record.get("id", documents)))
            engine.prepare(doc)
            documents += 1
            for rule, _ in engine.document_rules:
                started = clock()
                list(rule.check(doc))
                cost[rule.code] += clock() - started
            for rule, _ in engine.corpus_rules:
                started = clock()
                rule.collect(doc)
                cost[rule.code] += clock() - started
    total = sum(cost.values())
    print(
        f"{documents:,} documents, {megabytes:.2f} MB, {1000 * total / max(documents, 1):.1f} ms per document"
        f" in rules: {megabytes / max(total, 1e-9):.2f} MB/s"
    )
    for code, seconds in cost.most_common(options.top):
        print(f"{code}  {1000 * seconds / max(documents, 1):6.2f} ms/doc  {100 * seconds / total:4.1f}%")
    families: Counter = Counter()
    for code, seconds in cost.items():
        families[code.rstrip("0123456789")] += seconds
    print("per family:")
    for family, seconds in families.most_common():
        print(f"{family:4} {100 * seconds / total:5.1f}%  {megabytes / max(seconds, 1e-9):8.2f} MB/s")


if __name__ == "__main__":
    main()
