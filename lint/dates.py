"""The publication date that date-relative rules judge against, and where it came from.

Order: ``--as-of`` / config ``as-of``, the record's date field, HTML
metadata, Markdown front matter, then a dateline or "Updated" stamp found in
the text by the figures family (which stores it in ``meta["text_date"]``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.document import Document

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


def parse_iso_date(value: object) -> dt.date | None:
    """Dates as metadata carries them: ISO dates and timestamps, or date objects."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO.search(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def publication_date(doc: Document) -> dt.date | None:
    meta = doc.meta
    if meta.get("as_of"):
        meta["date_source_used"] = "as-of"
        return parse_iso_date(meta["as_of"])
    if "date" in meta:
        parsed = parse_iso_date(meta["date"])
        if parsed:
            meta["date_source_used"] = meta.get("date_source", "metadata")
            return parsed
    if meta.get("text_date"):
        meta["date_source_used"] = "text"
        return parse_iso_date(meta["text_date"])
    return None
