"""Near-duplicate corpora: one DU004 per copied document, and no BP010 flood on copies."""

from __future__ import annotations

import pickle
import random
from collections import Counter

import pytest
from scrapelint.api import lint_paths
from scrapelint.rules._neardup import clusters, similarity, sketch

FOOTER = "Harbour Courier: independent local news since 1901, all rights reserved."


def article(seed: int, words: int = 260) -> str:
    rng = random.Random(seed)
    vocabulary = [f"{rng.choice('bcdfghklmnprstvz')}{rng.choice('aeiou')}{rng.choice('lmnrst')}{n}" for n in range(900)]
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        body = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 18)))
        sentences.append(body[0].upper() + body[1:] + ".")
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def near_copy(text: str, seed: int) -> str:
    """The text with two words changed and a copy-specific first line, as a re-scrape would give."""
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(2):
        words[rng.randrange(len(words))] = f"edit{seed}"
    return f"Copy {seed} retrieved from mirror {seed % 7}\n\n" + " ".join(words)


def test_sketch_similarity_tracks_edits():
    base = article(1)
    assert similarity(sketch(base), sketch(base)) == 1.0
    assert similarity(sketch(base), sketch(near_copy(base, 3))) >= 0.8
    assert similarity(sketch(base), sketch(article(2))) < 0.1
    assert sketch("too short to compare") is None


def test_clusters_point_copies_at_one_original_in_order():
    texts = {("a", 0, ""): article(1), ("b", 0, ""): near_copy(article(1), 5), ("c", 0, ""): article(2)}
    texts[("d", 0, "")] = near_copy(article(1), 9)
    found = clusters({k: sketch(v) for k, v in texts.items()}, sorted(texts), 0.8)
    assert {k: v[0] for k, v in found.items()} == {("b", 0, ""): ("a", 0, ""), ("d", 0, ""): ("a", 0, "")}


@pytest.fixture
def copied_corpus(tmp_path):
    """5 articles, each with 59 near copies (300 documents), every one ending with the site footer."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(300):
        original = article(n % 5)
        text = original if n < 5 else near_copy(original, n)
        (folder / f"doc{n:03d}.txt").write_text(f"{text}\n\n{FOOTER}\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_three_hundred_near_copies_give_one_finding_per_copy_and_no_bp010_flood(copied_corpus):
    findings = list(lint_paths([copied_corpus], select=["DU004", "BP010"], jobs=1))
    counts = Counter(f.code for f in findings)
    assert counts["DU004"] == 295
    copies = [f for f in findings if f.code == "DU004"]
    for finding in copies:
        number = int(finding.path[-7:-4])
        assert finding.message.endswith(f"doc{number % 5:03d}.txt"), finding.message
        assert finding.line == 1
    # The footer recurs in all five originals: that is template residue, flagged there only.
    bp010 = [f for f in findings if f.code == "BP010"]
    assert len(bp010) == 5
    assert {f.path[-10:] for f in bp010} == {f"doc{n:03d}.txt" for n in range(5)}


def test_exact_copies_say_so(tmp_path):
    (tmp_path / "a.txt").write_text(article(4), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(4).upper(), encoding="utf-8")
    [finding] = [f for f in lint_paths([tmp_path], select=["DU004"]) if f.code == "DU004"]
    assert finding.path.endswith("b.txt")
    assert "exact duplicate of " in finding.message and finding.message.endswith("a.txt")


def test_jsonl_records_name_the_record_they_copy(tmp_path):
    import json

    rows = [
        {"id": "r1", "text": article(7)},
        {"id": "r2", "text": article(8)},
        {"id": "r3", "text": near_copy(article(7), 11)},
    ]
    (tmp_path / "shard.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    [finding] = [f for f in lint_paths([tmp_path], select=["DU004"]) if f.code == "DU004"]
    assert finding.doc == "r3" and finding.message.endswith("shard.jsonl#r1")


@pytest.mark.slow
def test_seed_articles_copied_many_times(shared, tmp_path):
    seeds = sorted((shared / "seeds").glob("*.txt"))
    if len(seeds) < 5:
        pytest.skip("../shared/seeds holds fewer than five articles")
    for n in range(60):
        text = seeds[n % 5].read_text(encoding="utf-8")
        (tmp_path / f"copy{n:03d}.txt").write_text(text if n < 5 else near_copy(text, n), encoding="utf-8")
    findings = list(lint_paths([tmp_path], select=["DU004", "BP010"]))
    counts = Counter(f.code for f in findings)
    assert counts["DU004"] == 55
    assert counts["BP010"] <= 5 * 10  # residue shared by the five articles at most, never their prose


def _corpus_index(texts: dict[tuple, str]) -> dict[tuple, tuple]:
    """key -> (digest, packed sketch, extra) as the corpus rules record them, for texts long enough."""
    from scrapelint.rules._neardup import content_digest, pack

    return {
        key: (bytes.fromhex(content_digest(text)), pack(sketch(text)), f"extra {key[2]}")
        for key, text in texts.items()
        if sketch(text) is not None
    }


def _copy_corpus() -> dict[tuple, str]:
    texts = {}
    for n in range(40):
        original = article(n % 6)
        text = original if n < 6 else near_copy(original, n) if n % 3 else original.upper()
        texts[(f"shard{n % 3}.jsonl", 40 - n, f"r{n}")] = text
    texts[("short.txt", 0, "")] = "too short"
    return texts


def test_a_copy_index_past_its_memory_budget_finds_the_same_copies(monkeypatch):
    from scrapelint.rules import _neardup
    from scrapelint.rules._neardup import CopyIndex, find_copies

    records = _corpus_index(_copy_corpus())
    in_memory = CopyIndex()
    for key, record in records.items():
        in_memory.add(key, *record)
    expected = list(find_copies(in_memory, 0.8))
    assert len([row for row in expected if row[3]]) == 12 and len(expected) > 12 + 15  # exact and near copies

    monkeypatch.setattr(_neardup, "MEMORY_RECORDS", 5)
    merged = CopyIndex()
    keys = list(records)
    for start in range(0, len(keys), 4):  # chunk partials merged in input order, as the engine merges them
        chunk = CopyIndex()
        for key in keys[start : start + 4]:
            chunk.add(key, *records[key])
        merged.update(chunk)
    assert merged._stored > 0 and len(merged._memory) <= 5  # most records went to disk
    assert [tuple(row) for row in merged.records()] == [(key, *records[key]) for key in sorted(records)]
    assert list(find_copies(merged, 0.8)) == expected
    assert list(find_copies(pickle.loads(pickle.dumps(merged)), 0.8)) == expected


def test_a_copy_index_replaces_a_key_added_again_as_a_dict_does(monkeypatch):
    from scrapelint.rules import _neardup
    from scrapelint.rules._neardup import CopyIndex

    monkeypatch.setattr(_neardup, "MEMORY_RECORDS", 2)
    left, right = CopyIndex(), CopyIndex()
    for n in range(4):
        left.add(("a.jsonl", n, ""), b"old", b"", n)
    right.add(("a.jsonl", 1, ""), b"new", b"", "one")
    right.add(("a.jsonl", 9, ""), b"new", b"", "nine")
    right.spill()
    right.add(("a.jsonl", 9, ""), b"newer", b"", "nine again")
    left.update(right)
    got = {key[1]: (digest, extra) for key, digest, _, extra in left.records()}
    assert got == {0: (b"old", 0), 1: (b"new", "one"), 2: (b"old", 2), 3: (b"old", 3), 9: (b"newer", "nine again")}
    assert [key for key, *_ in right.records()] == [("a.jsonl", 1, ""), ("a.jsonl", 9, "")]  # right is unchanged
