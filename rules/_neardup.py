"""Near-duplicate documents: bottom-k MinHash sketches of word shingles, and clustering.

A sketch is the ``k`` smallest 64-bit hashes of a document's word 5-shingles (Broder's bottom-k
MinHash). Two sketches estimate the Jaccard similarity of the shingle sets: among the ``k``
smallest hashes of their union, the share present in both. Corpus rules carry them packed in a
:class:`CopyIndex`, a picklable partial that merges in any grouping and moves to disk past a
memory budget, so a corpus of any size keeps a bounded footprint while it is read.

Candidate pairs come from an inverted index of sketch values (documents that share enough of
their smallest hashes); only candidates are compared, so a corpus of distinct documents costs
little. Hashes are stable across processes (blake2b), unlike Python's ``hash``.
"""

from __future__ import annotations

import hashlib
import heapq
import os
import pickle
import re
import sys
import threading
import weakref
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

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
    # case folding maps each character alone, so folding the joined words folds each word; and
    # encoding them joined gives each word's UTF-8, so shingles are joined from encoded words
    words = "\n".join(found).casefold().encode("utf-8").split(b"\n")
    shingles = set(map(b" ".join, zip(*(words[i:] for i in range(width)), strict=False)))
    # _hash per shingle: big-endian digests order as their integers do, so only the k smallest
    # are turned into ints (a comprehension calling blake2b with its keyword beats a partial)
    digests = [_BLAKE2B(shingle, digest_size=8).digest() for shingle in shingles]
    smallest = heapq.nsmallest(k, digests)
    if len(set(smallest)) < len(smallest):  # two shingles with one hash: the distinct ones
        smallest = heapq.nsmallest(k, set(digests))
    return tuple(int.from_bytes(digest, "big") for digest in smallest)


_BLAKE2B = hashlib.blake2b


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


def find_copies(index: CopyIndex, threshold: float) -> Iterator[tuple[tuple, tuple, float, bool, object]]:
    """(copy, original, similarity, identical, extra) for every document that copies an earlier one, in key order.

    Exact copies are found by content digest; the rest by MinHash clustering of the originals.
    Two reads of the index: the first finds the copies, the second yields them with their extra.
    """
    exact: dict[bytes, tuple] = {}
    sketches: dict[tuple, bytes] = {}
    order: list[tuple] = []
    originals: dict[tuple, tuple[tuple, float, bool]] = {}
    for key, digest, packed, _ in index.records():
        if digest in exact:
            originals[key] = (exact[digest], 1.0, True)
        else:
            exact[digest] = key
            sketches[key] = packed
            order.append(key)
    del exact
    for key, (original, score) in clusters(_Unpacked(sketches), order, threshold).items():
        originals[key] = (original, score, False)
    del sketches, order
    if not originals:
        return
    for key, _, _, extra in index.records():
        if key in originals:
            yield (key, *originals[key], extra)


class _Unpacked(Mapping):
    """Packed sketches read as tuples, one at a time (the clustering reads each once or twice)."""

    def __init__(self, packed: dict[tuple, bytes]) -> None:
        self._packed = packed

    def __getitem__(self, key: object) -> Sketch:
        return unpack(self._packed[key])

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def document_sketch(doc: Document, min_words: int = MIN_WORDS) -> tuple[bytes, bytes] | None:
    """(content digest, packed sketch) of ``doc.prose``, or ``None`` for a short text; computed once
    per document and ``min_words``: the corpus rules that look for copies share it."""
    cache = doc.__dict__.setdefault("_neardup_sketch", {})
    if min_words not in cache:
        found = sketch(doc.prose, min_words=min_words)
        cache[min_words] = None if found is None else (bytes.fromhex(content_digest(doc.prose)), pack(found))
    return cache[min_words]


def document_index(doc: Document, min_words: int = MIN_WORDS, extra: object = None) -> CopyIndex:
    """A :class:`CopyIndex` of this one document (empty for a short text), to merge into the corpus's."""
    index = CopyIndex()
    found = document_sketch(doc, min_words)
    if found is not None:
        index.add(document_key(doc), *found, extra() if callable(extra) else extra)
    return index


#: Copy records (one per document) that every :class:`CopyIndex` of a process holds in memory
#: together, at most; past it they move to a temporary SQLite database on disk. A record is about
#: 0.7 kB in memory (with DU004's location), so the indexes stay under ~10 MB per process.
MEMORY_RECORDS = 15_000


def pack(found: Sketch) -> bytes:
    """A sketch as bytes: its 64-bit hashes, big-endian (the order of the tuple kept)."""
    return array("Q", found).tobytes() if _NATIVE_BIG else _byteswapped(array("Q", found)).tobytes()


def unpack(packed: bytes) -> Sketch:
    values = array("Q")
    values.frombytes(packed)
    return tuple(values if _NATIVE_BIG else _byteswapped(values))


def _byteswapped(values: array) -> array:
    values.byteswap()
    return values


_NATIVE_BIG = sys.byteorder == "big"


class CopyIndex:
    """Every document of a corpus as copy detection needs it: key -> (content digest, sketch, extra).

    The partial DU004 and BP010 carry over the whole corpus, so it is kept small and bounded:
    a digest is 16 bytes and a sketch its hashes packed in bytes (not a tuple of Python ints),
    and past :data:`MEMORY_RECORDS` records held by all the indexes of the process, the records
    move to a private temporary SQLite database on disk (removed when the process ends). Reading
    back (:meth:`records`) yields them in key order, whichever part holds them, so copies are
    found exactly as from a dict. Adding a key again replaces its record, as a dict does.
    Keys are ``(path, record, id)`` (:func:`document_key`); one of other types stays in memory.
    """

    __slots__ = ("__weakref__", "_id", "_memory", "_stored")

    def __init__(self) -> None:
        self._memory: dict[tuple, tuple[bytes, bytes, object]] = {}
        self._stored = 0  # records in the database (an upper bound when keys repeat)
        self._id = _Spill.register(self)

    def __len__(self) -> int:
        return len(self._memory) + self._stored

    def add(self, key: tuple, digest: bytes, packed: bytes, extra: object = None) -> None:
        self._memory[key] = (digest, packed, extra)
        _Spill.grew(1)

    def update(self, other: CopyIndex) -> CopyIndex:
        """Add ``other``'s records (they replace this index's records of the same keys); returns self."""
        if other._stored:
            self.spill()  # both in the database: other's rows replace ours by key there
            _Spill.copy(other._id, self._id)
            self._stored += other._stored
        self._memory.update(other._memory)
        _Spill.grew(len(other._memory))
        return self

    def spill(self) -> None:
        """Move the records held in memory to the database (keys of other types stay)."""
        kept = _Spill.store(self._id, self._memory)
        if len(kept) < len(self._memory):
            if not self._stored:  # its rows leave the database with it
                weakref.finalize(self, _Spill.drop, self._id)
            self._stored += len(self._memory) - len(kept)
        self._memory = kept

    def records(self) -> Iterator[tuple[tuple, bytes, bytes, object]]:
        """(key, digest, packed sketch, extra) of every document, in key order."""
        memory = ((key, 0, value) for key, value in sorted(self._memory.items(), key=lambda item: item[0]))
        if not self._stored:
            for key, _, (digest, packed, extra) in memory:
                yield key, digest, packed, extra
            return
        stored = ((key, 1, value) for key, value in _Spill.read(self._id))
        last: object = _NOTHING
        for key, _, (digest, packed, extra) in heapq.merge(memory, stored, key=lambda item: item[:2]):
            if key != last:  # the same key in memory and on disk: memory holds the later record
                last = key
                yield key, digest, packed, extra

    def __getstate__(self) -> list:
        return list(self.records())

    def __setstate__(self, state: list) -> None:
        self._memory = {key: (digest, packed, extra) for key, digest, packed, extra in state}
        self._stored = 0
        self._id = _Spill.register(self)
        _Spill.grew(len(self._memory))

    def __repr__(self) -> str:
        return f"CopyIndex({len(self)} documents)"


_NOTHING = object()


def _storable(key: tuple) -> bool:
    if len(key) != 3:
        return False
    path, record, ident = key
    return (
        type(path) is str
        and type(ident) is str
        and type(record) is int
        and -(1 << 63) <= record < 1 << 63
        and not _SURROGATE.search(path + ident)
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


class _Spill:
    """The process's temporary database of copy records, shared by every :class:`CopyIndex`."""

    lock = threading.RLock()
    held = 0  # records added to memory since the last count
    live: weakref.WeakValueDictionary[int, CopyIndex] = weakref.WeakValueDictionary()
    next_id = 0
    connection: Any = None  # sqlite3.Connection
    pid = 0

    @classmethod
    def register(cls, index: CopyIndex) -> int:
        with cls.lock:
            cls.next_id += 1
            cls.live[cls.next_id] = index
            return cls.next_id

    @classmethod
    def grew(cls, records: int) -> None:
        cls.held += records
        if cls.held <= MEMORY_RECORDS:
            return
        with cls.lock:
            indexes = list(cls.live.values())
            cls.held = sum(len(index._memory) for index in indexes)
            if cls.held > MEMORY_RECORDS:
                for index in indexes:
                    index.spill()
                cls.held = sum(len(index._memory) for index in indexes)

    @classmethod
    def db(cls) -> Any:
        if cls.connection is None or cls.pid != os.getpid():  # a forked process opens its own
            import sqlite3  # only once a corpus outgrows the memory budget

            # "": a private temporary database on disk, deleted when the connection closes
            connection = sqlite3.connect("", check_same_thread=False, isolation_level=None)
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            connection.execute(
                "CREATE TABLE copies (store INTEGER, path TEXT, record INTEGER, ident TEXT, "
                "digest BLOB, sketch BLOB, extra BLOB, PRIMARY KEY (store, path, record, ident))"
            )
            cls.connection, cls.pid = connection, os.getpid()
        return cls.connection

    @classmethod
    def store(cls, store: int, memory: dict[tuple, tuple[bytes, bytes, object]]) -> dict:
        kept = {key: value for key, value in memory.items() if not _storable(key)}
        rows = (
            (store, *key, digest, packed, None if extra is None else pickle.dumps(extra, pickle.HIGHEST_PROTOCOL))
            for key, (digest, packed, extra) in memory.items()
            if key not in kept
        )
        with cls.lock:
            db = cls.db()
            db.execute("BEGIN")
            db.executemany("INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute("COMMIT")
        return kept

    @classmethod
    def copy(cls, source: int, target: int) -> None:
        with cls.lock:
            cls.db().execute(
                "INSERT OR REPLACE INTO copies SELECT ?, path, record, ident, digest, sketch, extra "
                "FROM copies WHERE store = ?",
                (target, source),
            )

    @classmethod
    def read(cls, store: int) -> Iterator[tuple[tuple, tuple[bytes, bytes, object]]]:
        with cls.lock:
            rows = cls.db().execute(
                "SELECT path, record, ident, digest, sketch, extra FROM copies WHERE store = ? "
                "ORDER BY path, record, ident",
                (store,),
            )
            batch = rows.fetchmany(1000)
        while batch:
            for path, record, ident, digest, packed, extra in batch:
                yield (path, record, ident), (digest, packed, None if extra is None else pickle.loads(extra))
            with cls.lock:
                batch = rows.fetchmany(1000)

    @classmethod
    def drop(cls, store: int) -> None:
        with cls.lock:
            if cls.connection is not None and cls.pid == os.getpid():
                cls.connection.execute("DELETE FROM copies WHERE store = ?", (store,))
