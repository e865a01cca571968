"""DU004: documents that are exact or near copies of another document of the corpus."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from scrapelint.model.finding import Location, Severity
from scrapelint.model.rule import CorpusRule, Option
from scrapelint.rules._neardup import CopyIndex, document_index, find_copies

if TYPE_CHECKING:
    from scrapelint.model.document import Document
    from scrapelint.model.finding import Finding

#: Partial: every sketched document's key, content digest, sketch and location tuple (keys sort in input order).
Partial = CopyIndex


def document_label(key: tuple) -> str:
    path, record, doc_id = key
    if record:
        return f"{path}#{doc_id or record}"
    return path


def first_line_location(doc: Document) -> tuple:
    """The document's first non-blank line: where a whole-document finding is shown."""
    line = next((ln for ln in doc.lines if not ln.is_blank), doc.lines[0] if doc.lines else None)
    start = 0 if line is None else line.start + len(line.text) - len(line.text.lstrip())
    end = start if line is None else line.end
    line_no, column = doc.position(start)
    end_line, end_column = doc.position(end)
    snippet = doc.text[start:end][:120]
    return (doc.path, doc.id, doc.record, start, end, line_no, column, end_line, end_column, snippet)


class NearDuplicateDocument(CorpusRule):
    """A document that is an exact or near copy of an earlier document of the corpus.

    ## What it does
    Sketches every document of `min-words` or more with MinHash over its word 5-shingles and
    flags each document whose estimated Jaccard similarity to an earlier document (in path and
    record order) reaches `min-similarity`: one finding per copy, on its first line, naming the
    document it copies. Exact copies (the same text up to spacing and case) say so.

    ## Why it matters
    A corpus that holds the same article many times over (syndicated copies, a page scraped
    from several URLs, print and mobile views) over-weights it in training and statistics, and
    every line of it looks like site template residue to a line counter. Deduplicating
    documents is the first step of every web-corpus pipeline.

    ## Example
    `a/ferry.txt` and `b/ferry-print.txt` hold the same article with a different footer:
    `b/ferry-print.txt` gets "Document is a near-duplicate (similarity 0.93) of a/ferry.txt".

    ## Use instead
    Keep one copy of each article in the corpus (the first, or the one with the best source),
    and drop the others before training or counting.

    ## Fix safety
    No fix: which copy to keep is a corpus decision, not an edit inside one document.

    ## Options
    - `min-similarity`: Estimated Jaccard similarity of word 5-shingles that makes a copy (0 to 1).
    - `min-words`: Shorter documents are not compared.
    """

    code = "DU004"
    name = "near-duplicate-document"
    severity = Severity.WARNING
    options: ClassVar[dict[str, Option]] = {
        "min_similarity": Option(0.8, "Estimated Jaccard similarity of word 5-shingles that makes a copy (0 to 1)."),
        "min_words": Option(50, "Shorter documents are not compared."),
    }

    def empty(self) -> Partial:
        return CopyIndex()

    def collect(self, doc: Document) -> Partial:
        # the same (digest, sketch) BP010 reads: computed once per document
        return document_index(doc, self.config["min_words"], lambda: first_line_location(doc))

    def merge(self, left: Partial, right: Partial) -> Partial:
        return left.update(right)

    def finalize(self, partial: Partial) -> Iterator[Finding]:
        for _key, original, score, identical, location in find_copies(partial, self.config["min_similarity"]):
            if identical:
                message = f"Document is an exact duplicate of {document_label(original)}"
            else:
                message = f"Document is a near-duplicate (similarity {score:.2f}) of {document_label(original)}"
            yield self.finding_at(Location(*location), message, duplicate_of=document_label(original))
