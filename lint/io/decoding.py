"""Bytes to text, with clear problems for binary data and invalid UTF-8."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrapelint.model.finding import Finding
from scrapelint.model.problems import BINARY_INPUT, INVALID_UTF8

BINARY_SNIFF = 8192


@dataclass
class Decoded:
    text: str | None
    problems: list[Finding]


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first block mean binary (the same test git and grep use)."""
    return b"\x00" in data[:BINARY_SNIFF]


def decode(data: bytes, *, what: str = "file") -> Decoded:
    """Decode UTF-8 (BOM tolerated); invalid bytes become U+FFFD and an SL003 finding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), [])
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        offset = len(data[: exc.start].decode("utf-8", errors="replace"))
        bad = sum(1 for ch in text if ch == "\ufffd")
        problem = INVALID_UTF8.finding(offset, offset + 1, what=what, byte=data[exc.start], offset=exc.start, bad=bad)
        return Decoded(text, [problem])


def binary_problem(what: str = "file") -> Finding:
    return BINARY_INPUT.finding(what=what)


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str, *, what: str = "text") -> tuple[str, Finding | None]:
    """Replace lone surrogates (valid ``\\ud800`` escapes in JSON, never valid Unicode text) with U+FFFD.

    One character becomes one character, so offsets stay right; no writer can
    encode a surrogate, so leaving one would crash reports later. An SL003
    finding at the first one says so, as for invalid UTF-8.
    """
    first = _SURROGATE.search(text)
    if first is None:
        return text, None
    scrubbed, count = _SURROGATE.subn("\ufffd", text)
    message = (
        f"{what} holds {count} lone surrogate(s) (U+{ord(first.group()):04X} at offset {first.start()}), "
        "which are not Unicode text; replaced with U+FFFD and linted anyway"
    )
    problem = INVALID_UTF8.finding_with(message, first.start(), first.start() + 1)
    return scrubbed, problem


def scrub_value(value: object) -> object:
    """Metadata with lone surrogates replaced (strings, and strings inside lists)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [scrub_value(item) for item in value]
    return value
