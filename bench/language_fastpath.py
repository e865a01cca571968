"""How often the function-word test decides a page's language, and whether it ever disagrees
with langdetect, on the real pages of ../shared/bench/boilerplate/dev.jsonl.

    python bench/language_fastpath.py [--margins 4,3,2.5]

For each margin (the winner's function-word share over the runner-up's) it prints how many
page samples the test decided, how many it left to langdetect, and how many of its
decisions langdetect contradicts. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import scrapelint.text.language as language
from scrapelint.model.document import Document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "boilerplate" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--margins", default="4,3,2.5")
    parser.add_argument("--data", type=Path, default=DATA)
    options = parser.parse_args()
    margins = [float(m) for m in options.margins.split(",")]
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    counts: Counter = Counter()
    contradicted: list[tuple] = []
    with options.data.open(encoding="utf-8") as pages:
        for raw in pages:
            page = json.loads(raw)
            sample = language._prose_line_sample(Document(page["text"]))[: language.SAMPLE_CHARS]
            if len(sample) < language.MIN_PROSE_SAMPLE:
                continue
            try:
                truth = detect_langs(sample)[0].lang.split("-")[0]
            except Exception:
                continue
            for margin in margins:
                language.FAST_MARGIN = margin
                verdict = language.function_word_verdict(sample)
                if verdict is None:
                    counts[margin, "langdetect"] += 1
                elif verdict[0] == truth:
                    counts[margin, "decided, agrees"] += 1
                else:
                    counts[margin, "decided, contradicted"] += 1
                    contradicted.append((margin, page["id"], verdict[0], truth))
    print(f"{'margin':>6} {'decided':>8} {'contradicted':>13} {'to langdetect':>14}")
    for margin in margins:
        decided = counts[margin, "decided, agrees"] + counts[margin, "decided, contradicted"]
        print(
            f"{margin:>6g} {decided:>8} {counts[margin, 'decided, contradicted']:>13} {counts[margin, 'langdetect']:>14}"
        )
    for item in contradicted[:20]:
        print("contradicted:", *item)


if __name__ == "__main__":
    main()
