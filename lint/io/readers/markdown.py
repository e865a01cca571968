"""Markdown files: front matter becomes metadata; code is blanked for rules."""

from __future__ import annotations

import re

from scrapelint.io.readers.text import TextReader
from scrapelint.model.document import Document
from scrapelint.text.markdown import front_matter_span

_YAML_PAIR = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


class MarkdownReader(TextReader):
    name = "markdown"
    suffixes = (".md", ".markdown", ".mdown", ".mkd")
    document_format = "markdown"

    def enrich(self, doc: Document) -> None:
        span = front_matter_span(doc.text)
        if not span:
            return
        block = doc.text[span[0] : span[1]]
        values = parse_front_matter(block)
        for key in ("title", "url", "date", "language", "id"):
            if key in values and values[key] not in (None, ""):
                doc.meta[key] = str(values[key])
        if "date" in doc.meta:
            doc.meta["date_source"] = "front-matter"


def parse_front_matter(block: str) -> dict[str, object]:
    """Top-level scalar keys of YAML (``---``) or TOML (``+++``) front matter."""
    lines = block.splitlines()
    body = "\n".join(lines[1:-1])
    if block.startswith("+++"):
        import tomllib

        try:
            return {k: v for k, v in tomllib.loads(body).items() if not isinstance(v, (dict, list))}
        except tomllib.TOMLDecodeError:
            return {}
    values: dict[str, object] = {}
    for line in lines[1:-1]:
        if line[:1].isspace():
            continue
        match = _YAML_PAIR.match(line)
        if match:
            values[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    return values
