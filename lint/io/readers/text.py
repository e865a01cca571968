"""Plain text files: one document each."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.io.readers import Reader, Task
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Severity


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
    problem = Finding(
        "SL006",
        f"document has {len(text):,} characters, over the limit of {max_chars:,}; only the first {max_chars:,} were linted",
        max_chars - 1,
        max_chars,
        Severity.WARNING,
    )
    return text[:max_chars], problem


def empty_problem(what: str) -> Finding:
    return Finding("SL007", f"empty {what}: no text to lint", 0, 0, Severity.WARNING)
