"""Bytes to text, with clear problems for binary data and invalid UTF-8."""

from __future__ import annotations

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
