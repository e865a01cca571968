"""Train the register model of AI016 and measure it on batches held out of its training.

Usage:
    python bench/train_register_model.py --evaluate fresh11 fresh12 fresh13   # leave each batch out
    python bench/train_register_model.py --write                              # train on all, write the model

Positives are the real chatbot leftovers of ``bench/data/assistant_wild.jsonl``; negatives are
its real look-alikes and lines of clean edited articles from the *tuning* part of the gate's
sources (``bench/_split.py``, ``bench/_external.py``; the external ones need their clones, see
``bench/README.md``). Validation pages are never read here.

The features are :func:`scrapelint.rules.assistant.model.features`, so the weights written are
exactly what the rule computes. Needs scikit-learn (``pip install scikit-learn``), which the
rule itself does not.

``--evaluate`` trains without one batch at a time and scores that batch the way the rule does
(each line, any line over the threshold), alone and together with the other AI rules' findings
on the same records, for several thresholds: the figure a new, unseen batch should show.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapelint.rules.assistant.model import MODEL_PATH, features, units  # noqa: E402

from bench.assistant_wild import load  # noqa: E402

#: Lines of clean articles sampled as negatives (a fixed seed keeps the model reproducible).
PROSE_LINES = 10_000
#: Share of the training weight each kind carries: leftovers, look-alikes, article lines.
WEIGHTS = {"leftover": 0.5, "clean": 0.3, "prose": 0.2}
#: Inverse regularisation strength, chosen by leaving batches out (``--evaluate``).
C = 16.0
#: Features kept in the shipped table (the largest weights), refitted on that vocabulary.
KEEP = 30_000
THRESHOLDS = (0.85, 0.9, 0.93, 0.95, 0.97)
SHIPPED_THRESHOLD = 0.95
VETO_FLOORS = (0.05, 0.1, 0.2, 0.3)
STRONG = {"AI003", "AI005", "AI006", "AI010", "AI011"}


def prose_lines(seed: int = 1) -> list[str]:
    """Lines of clean tuning articles: what the rule reads on most pages it sees."""
    from bench._external import clean_external
    from bench._split import content_pages, shared_dir

    pages = []
    data = shared_dir(ROOT) / "bench" / "boilerplate" / "dev.jsonl"
    if data.exists():
        pages += content_pages(data)
    pages += clean_external()
    lines = [page.text[start:end] for page in pages if page.part == "tuning" for start, end in units(page.text)]
    random.Random(seed).shuffle(lines)
    return lines[:PROSE_LINES]


def fit(records: list[dict], prose: list[str], vocabulary: list[str] | None = None):
    """Logistic regression on binary features, L2-normalised, weighted by kind."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [r["text"] for r in records] + prose
    kinds = [r["label"] for r in records] + ["prose"] * len(prose)
    counts = {kind: kinds.count(kind) for kind in WEIGHTS}
    sample_weight = np.array([WEIGHTS[k] * len(kinds) / counts[k] for k in kinds])
    vectorizer = TfidfVectorizer(
        analyzer=features, min_df=2, binary=True, use_idf=False, norm="l2", vocabulary=vocabulary
    )
    matrix = vectorizer.fit_transform(texts)
    labels = [k == "leftover" for k in kinds]
    classifier = LogisticRegression(C=C, max_iter=5000).fit(matrix, labels, sample_weight=sample_weight)
    names = vectorizer.get_feature_names_out()
    return dict(zip(names, classifier.coef_[0].tolist(), strict=True)), float(classifier.intercept_[0])


def train(records: list[dict], prose: list[str]) -> tuple[dict[str, float], float]:
    weights, _ = fit(records, prose)
    kept = sorted(weights, key=lambda f: -abs(weights[f]))[:KEEP]
    return fit(records, prose, vocabulary=sorted(kept))


def best_line(scorer, text: str) -> float:
    return max((scorer.score(text[s:e]) for s, e in units(text)), default=0.0)


def evaluate(records: list[dict], prose: list[str], held: str) -> None:
    from scrapelint.rules.assistant.model import RegisterModel

    from bench.assistant_wild import findings

    train_on = [r for r in records if r["split"] != held]
    test = [r for r in records if r["split"] == held]
    weights, bias = train(train_on, prose)
    scorer = RegisterModel(weights, bias, SHIPPED_THRESHOLD)
    scores = [best_line(scorer, r["text"]) for r in test]
    codes = [{f.code for f in findings(r["text"])} - {"AI016"} for r in test]
    others = [bool(c) for c in codes]
    leftovers = [i for i, r in enumerate(test) if r["label"] == "leftover"]
    clean = [i for i, r in enumerate(test) if r["label"] == "clean"]
    print(
        f"[{held}] {len(leftovers)} leftovers, {len(clean)} look-alikes; other AI rules alone: "
        f"recall {sum(others[i] for i in leftovers) / len(leftovers):.3f}, "
        f"false alarms {sum(others[i] for i in clean) / len(clean):.3f}"
    )
    for threshold in THRESHOLDS:
        alone = [s >= threshold for s in scores]
        both = [a or o for a, o in zip(alone, others, strict=True)]
        print(
            f"  threshold {threshold:.2f}: model alone recall {sum(alone[i] for i in leftovers) / len(leftovers):.3f}"
            f" false alarms {sum(alone[i] for i in clean) / len(clean):.3f}; with the other rules recall "
            f"{sum(both[i] for i in leftovers) / len(leftovers):.3f} false alarms {sum(both[i] for i in clean) / len(clean):.3f}"
        )
        for floor in VETO_FLOORS:
            kept = [
                bool(c & STRONG) or (bool(c) and s >= floor) or s >= threshold
                for c, s in zip(codes, scores, strict=True)
            ]
            print(
                f"    weak findings kept only over {floor}: recall {sum(kept[i] for i in leftovers) / len(leftovers):.3f}"
                f" false alarms {sum(kept[i] for i in clean) / len(clean):.3f}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--evaluate", nargs="*", default=[], metavar="SPLIT", help="batches to leave out, one at a time"
    )
    parser.add_argument("--write", action="store_true", help=f"train on every batch and write {MODEL_PATH.name}")
    args = parser.parse_args()
    records = load()
    prose = prose_lines()
    print(f"{len(records)} wild records, {len(prose)} article lines")
    for held in args.evaluate:
        evaluate(records, prose, held)
    if args.write:
        weights, bias = train(records, prose)
        payload = {
            "about": "AI016 register model: logistic regression on binary word and word-pair features, "
            "L2-normalised over known features; written by bench/train_register_model.py",
            "trained_on": {
                "leftovers": sum(r["label"] == "leftover" for r in records),
                "look_alikes": sum(r["label"] == "clean" for r in records),
                "article_lines": len(prose),
            },
            "threshold": SHIPPED_THRESHOLD,
            "bias": round(bias, 4),
            "weights": {f: round(w, 4) for f, w in sorted(weights.items())},
        }
        MODEL_PATH.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH} ({len(weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
