"""Plain text files: one document each."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.io.readers import Reader, Task
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.problems import DOCUMENT_TOO_LARGE, EMPTY_DOCUMENT


class TextReader(Reader):
    name = "text"
    suffixes = (".txt", ".text")
    document_format = "text"

    def load(self, task: Task) -> Iterator[Document]:
        decoded = self.read_text(task)
        if isinstance(decoded, Document):
            yield decoded
            return
        text = decoded.text or ""
        problems = list(decoded.problems)
        text, limit_problem = enforce_limit(text, self.settings.max_chars)
        if limit_problem:
            problems.append(limit_problem)
        if not text.strip():
            problems.append(empty_problem("file"))
        doc = Document(text=text, path=task.path, format=self.document_format, problems=problems)
        self.enrich(doc)
        yield doc

    def enrich(self, doc: Document) -> None:
        """Hook for subclasses to add metadata."""


def enforce_limit(text: str, max_chars: int) -> tuple[str, Finding | None]:
    """Cut a document over the size limit, saying so, rather than stall a run."""
    if len(text) <= max_chars:
        return text, None
    problem = DOCUMENT_TOO_LARGE.finding(max_chars - 1, max_chars, size=len(text), limit=max_chars)
    return text[:max_chars], problem


def empty_problem(what: str) -> Finding:
    return EMPTY_DOCUMENT.finding(what=what)
