"""Near-duplicate documents: bottom-k MinHash sketches of word shingles, and clustering.

A sketch is the ``k`` smallest 64-bit hashes of a document's word 5-shingles (Broder's bottom-k
MinHash). Two sketches estimate the Jaccard similarity of the shingle sets: among the ``k``
smallest hashes of their union, the share present in both. Sketches are small tuples of ints,
so corpus rules can carry them in picklable partials and merge them in any grouping.

Candidate pairs come from an inverted index of sketch values (documents that share enough of
their smallest hashes); only candidates are compared, so a corpus of distinct documents costs
little. Hashes are stable across processes (blake2b), unlike Python's ``hash``.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapelint.model.document import Document

_WORD = re.compile(r"\w+", re.UNICODE)

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
#: Documents shorter than this (in words) are not compared: short texts share too much by chance.
MIN_WORDS = 50
#: Inverted-index postings longer than this are sampled, so a value shared by thousands of
#: identical documents does not make candidate generation quadratic.
MAX_POSTINGS = 256

Sketch = tuple[int, ...]


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def sketch(text: str, k: int = SKETCH_SIZE, width: int = SHINGLE_WORDS, min_words: int = MIN_WORDS) -> Sketch | None:
    """The bottom-k sketch of ``text``'s word shingles (case folded), or None for a short text."""
    found = _WORD.findall(text)
    if len(found) < max(min_words, width):
        return None
    # case folding maps each character alone, so folding the joined words folds each word
    words = "\n".join(found).casefold().split("\n")
    shingles = set(map(" ".join, zip(*(words[i:] for i in range(width)), strict=False)))
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes  # _hash, inlined: it runs per shingle
    hashes = {from_bytes(blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") for s in shingles}
    return tuple(sorted(heapq.nsmallest(k, hashes)))


def similarity(left: Sketch, right: Sketch, k: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    size = min(k, len(left), len(right))
    if size == 0:
        return 0.0
    union = heapq.nsmallest(size, set(left) | set(right))
    shared = set(left) & set(right)
    return sum(1 for value in union if value in shared) / size


def clusters(
    sketches: Mapping[object, Sketch], order: Iterable[object], threshold: float
) -> dict[object, tuple[object, float]]:
    """Each near-duplicate document mapped to the earlier document it copies, and their similarity.

    ``order`` fixes which copy counts as the original (the first in it); documents that copy no
    earlier one are absent from the result. Each document points at its best earlier match that
    is itself an original, so a cluster of copies names one document.
    """
    index: dict[int, list[object]] = {}
    copies: dict[object, tuple[object, float]] = {}
    # Enough shared values for the threshold to be reachable (with slack for estimate noise).
    for key in order:
        mine = sketches.get(key)
        if not mine:
            continue
        needed = max(2, int(len(mine) * threshold * 0.5))
        counts: Counter = Counter()
        for value in mine:
            for other in index.get(value, ()):
                counts[other] += 1
        best, best_score = None, 0.0
        for other, shared in counts.most_common(32):
            if shared < needed:
                break
            score = similarity(mine, sketches[other])
            if score >= threshold and score > best_score:
                best, best_score = other, score
        if best is not None:
            original = copies[best][0] if best in copies else best
            copies[key] = (original, best_score)
            continue  # only originals enter the index: copies point at them
        for value in mine:
            postings = index.setdefault(value, [])
            if len(postings) < MAX_POSTINGS:
                postings.append(key)
    return copies


def document_key(doc: Document) -> tuple:
    """(path, record, id): unique per document, sorting in input order."""
    return (doc.path, doc.record or 0, doc.id or "")


def content_digest(text: str) -> str:
    """Identity of a text up to spacing and case: exact copies share it."""
    return hashlib.blake2b(" ".join(text.split()).casefold().encode("utf-8"), digest_size=16).hexdigest()


def find_copies(partial: Mapping[tuple, tuple], threshold: float) -> Iterator[tuple[tuple, tuple, float, bool]]:
    """(copy, original, similarity, identical) for every document that copies an earlier one.

    Exact copies are found by content digest; the rest by MinHash clustering of the originals.
    """
    order = sorted(partial)
    exact: dict[str, tuple] = {}
    sketches: dict[tuple, tuple[int, ...]] = {}
    originals: dict[tuple, tuple[tuple, float, bool]] = {}
    for key in order:
        digest, found = partial[key][0], partial[key][1]
        if digest in exact:
            originals[key] = (exact[digest], 1.0, True)
        else:
            exact[digest] = key
            sketches[key] = found
    for key, (original, score) in clusters(sketches, order, threshold).items():
        originals[key] = (original, score, False)
    for key in order:
        if key in originals:
            yield (key, *originals[key])


def document_sketch(doc: Document, min_words: int = MIN_WORDS) -> tuple[str, Sketch | None]:
    """(content digest, sketch) of ``doc.prose``, computed once per document and ``min_words``:
    the corpus rules that look for copies share it."""
    cache = doc.__dict__.setdefault("_neardup_sketch", {})
    if min_words not in cache:
        found = sketch(doc.prose, min_words=min_words)
        cache[min_words] = (content_digest(doc.prose) if found is not None else "", found)
    return cache[min_words]
