"""Bytes to text, with clear problems for binary data and invalid UTF-8."""

from __future__ import annotations

from dataclasses import dataclass

from scrapelint.model.finding import Finding, Severity

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
        problem = Finding(
            code="SL003",
            message=(
                f"{what} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start}); "
                f"{bad} undecodable byte sequence(s) replaced with U+FFFD and linted anyway"
            ),
            start=offset,
            end=offset + 1,
            severity=Severity.ERROR,
        )
        return Decoded(text, [problem])


def binary_problem(what: str = "file") -> Finding:
    return Finding(
        code="SL002",
        message=f"{what} looks binary (contains NUL bytes); skipped",
        start=0,
        end=0,
        severity=Severity.ERROR,
    )
