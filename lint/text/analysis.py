"""The text layer's answers to ``Document``'s questions (see ``model.document.TextAnalysis``)."""

from __future__ import annotations

import datetime
from typing import Any

from scrapelint.model.document import Document, Span
from scrapelint.text import markdown, sentences


class DocumentAnalysis:
    """Markdown structure, sentences, language and publication date of one document."""

    def prose(self, doc: Document) -> str:
        spans = list(doc.masked)
        spans.extend(markdown.code_spans(doc.text, markdown=doc.format == "markdown"))
        return markdown.blank_out(doc.text, spans)

    def blocks(self, doc: Document) -> list[Any]:
        return markdown.parse_blocks(doc.text, doc.lines, doc.format == "markdown")

    def sentences(self, doc: Document) -> list[Span]:
        return sentences.sentences(doc)

    def language(self, doc: Document) -> tuple[str, float | None] | None:
        from scrapelint.text.language import detect_document_language

        return detect_document_language(doc)

    def publication_date(self, doc: Document) -> datetime.date | None:
        from scrapelint.text.dates import publication_date

        return publication_date(doc)


def install() -> None:
    Document.analysis = DocumentAnalysis()
