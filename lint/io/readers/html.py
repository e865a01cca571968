"""HTML pages: trafilatura's main text with title, url and date; or all visible text."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.io.readers import Reader, Task
from scrapelint.io.readers.text import empty_problem, enforce_limit
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.problems import INVALID_UTF8, NO_MAIN_TEXT

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "button",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
DROPPED_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "svg",
        "template",
        "iframe",
        "object",
        "embed",
        "canvas",
        "textarea",
        "math",
        "map",
        "audio",
        "video",
    ]
)


class HtmlReader(Reader):
    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def load(self, task: Task) -> Iterator[Document]:
        decoded = self.read_text(task)
        if isinstance(decoded, Document):
            yield decoded
            return
        html = decoded.text or ""
        problems: list[Finding] = []
        if decoded.problems:
            problems.append(
                INVALID_UTF8.finding_with(decoded.problems[0].message.replace("U+FFFD", "U+FFFD in the HTML"))
            )
        meta: dict[str, str] = {}
        if not html.strip():
            text = ""
        elif self.settings.html_mode == "raw":
            text = visible_text(html)
            meta.update(_metadata_only(html))
        else:
            text, meta = main_text(html)
            if not text.strip() and html.strip():
                problems.append(NO_MAIN_TEXT.finding())
        text, limit_problem = enforce_limit(text, self.settings.max_chars)
        if limit_problem:
            problems.append(limit_problem)
        if not html.strip():
            problems.append(empty_problem("file"))
        doc = Document(text=text, path=task.path, format="html", meta=meta, problems=problems)
        yield doc


def main_text(html: str) -> tuple[str, dict[str, str]]:
    """trafilatura's main text and metadata (imported here: it is slow to import)."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    if result is None:
        return "", _metadata_only(html)
    meta = {}
    for key in ("title", "url", "date", "author", "sitename", "language"):
        value = getattr(result, key, None)
        if value:
            meta[key] = str(value)
    if "date" in meta:
        meta["date_source"] = "html-metadata"
    return result.text or "", meta


def _metadata_only(html: str) -> dict[str, str]:
    try:
        import trafilatura

        found = trafilatura.extract_metadata(html)
    except Exception:
        return {}
    meta = {}
    for key in ("title", "url", "date"):
        value = getattr(found, key, None) if found else None
        if value:
            meta[key] = str(value)
    if "date" in meta:
        meta["date_source"] = "html-metadata"
    return meta


def visible_text(html: str) -> str:
    """Every visible string of the page, one line per block element."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return ""
    pieces: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in DROPPED_TAGS:
            if node.tail:
                pieces.append(node.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            pieces.append("\n")
        if node.text and tag:
            pieces.append(node.text)
        for child in node:
            walk(child)
        if block:
            pieces.append("\n")
        if node.tail:
            pieces.append(node.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)
