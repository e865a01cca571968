"""Writing systems by Unicode block, as compiled character classes.

Finding text in another script must be cheap on any document length, so the
scripts are code-point ranges scanned by ``re`` (C speed) rather than a
per-character ``unicodedata`` lookup. The ranges follow the Unicode block
chart; only letters and combining marks of each block matter here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrapelint.text.lazy import lazy

#: Script name -> character-class body (code-point ranges).
SCRIPT_RANGES: dict[str, str] = {
    "Latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Cyrillic": "\u0400-\u052f",
    "Armenian": "\u0531-\u058f",
    "Hebrew": "\u0591-\u05ff",
    "Arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc",
    "Devanagari": "\u0900-\u097f",
    "Bengali": "\u0980-\u09ff",
    "Gurmukhi": "\u0a00-\u0a7f",
    "Gujarati": "\u0a80-\u0aff",
    "Tamil": "\u0b80-\u0bff",
    "Telugu": "\u0c00-\u0c7f",
    "Kannada": "\u0c80-\u0cff",
    "Malayalam": "\u0d00-\u0d7f",
    "Sinhala": "\u0d80-\u0dff",
    "Thai": "\u0e00-\u0e7f",
    "Lao": "\u0e80-\u0eff",
    "Tibetan": "\u0f00-\u0fff",
    "Myanmar": "\u1000-\u109f",
    "Georgian": "\u10a0-\u10ff",
    "Ethiopic": "\u1200-\u139f",
    "Khmer": "\u1780-\u17ff",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Kana": "\u3041-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d",
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f",
}

#: Scripts written without spaces between words: one character carries about as
#: much text as two or three Latin letters, so it weighs more in a line's share.
DENSE_SCRIPTS = frozenset({"Han", "Kana", "Hangul"})
DENSE_WEIGHT = 3

#: Scripts that normally appear together with the dominant one (Japanese mixes
#: kanji and kana; Korean text may carry hanja).
COMPANIONS: dict[str, frozenset[str]] = {
    "Han": frozenset({"Kana"}),
    "Kana": frozenset({"Han"}),
    "Hangul": frozenset({"Han"}),
}

#: Compiled on first use: classes this large (the Han block reaches beyond the BMP) take
#: milliseconds each to compile, and most runs need only the Latin one or none.
SCRIPT_PATTERNS = {name: lazy(f"[{body}]+") for name, body in SCRIPT_RANGES.items()}
ANY_LETTER = lazy("[" + "".join(SCRIPT_RANGES.values()) + "]")
DENSE_LETTER = lazy("[" + "".join(SCRIPT_RANGES[name] for name in sorted(DENSE_SCRIPTS)) + "]")
#: Letters of every script but Latin: one scan collects them, and the per-script counts then
#: read that (usually short) collection instead of the whole text once per script.
NON_LATIN = lazy("[" + "".join(body for name, body in SCRIPT_RANGES.items() if name != "Latin") + "]+")


_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def weighted_length(text: str) -> int:
    """Length of ``text`` with letters of dense scripts counted ``DENSE_WEIGHT`` times."""
    return len(text) + (DENSE_WEIGHT - 1) * len(DENSE_LETTER.findall(text))


def script_weights(text: str, scripts: Iterable[str] | None = None) -> dict[str, int]:
    """Weighted letter counts per script in ``text`` (scripts absent from it are left out)."""
    counts: dict[str, int] = {}
    if text.isascii():  # the common case, without a pass per script
        wanted = scripts is None or "Latin" in scripts
        # str.isalpha on ASCII is [A-Za-z]: delete every other byte and count what is left
        letters = len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS)) if wanted else 0
        return {"Latin": letters} if letters else {}
    other = None
    for name in scripts or SCRIPT_PATTERNS:
        if name == "Latin":  # what removing the Latin letters takes away (no list of runs)
            total = len(text) - len(SCRIPT_PATTERNS[name].sub("", text))
        else:
            if other is None:
                other = "".join(NON_LATIN.findall(text))
            total = sum(map(len, SCRIPT_PATTERNS[name].findall(other))) if other else 0
        if total:
            counts[name] = total * (DENSE_WEIGHT if name in DENSE_SCRIPTS else 1)
    return counts


def dominant_script(text: str) -> str | None:
    """The script with the most weighted letters, or ``None`` for text without letters."""
    counts = script_weights(text)
    return max(counts, key=counts.__getitem__) if counts else None


def foreign_scripts(dominant: str) -> list[str]:
    """Scripts that count as foreign in a document written in ``dominant``.

    Latin is never foreign in a non-Latin document: brand names, units and
    URLs are written in it everywhere.
    """
    allowed = {dominant, *COMPANIONS.get(dominant, ())}
    if dominant != "Latin":
        allowed.add("Latin")
    return [name for name in SCRIPT_RANGES if name not in allowed]


def pattern_for(scripts: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching runs of letters of any of ``scripts``."""
    return re.compile("[" + "".join(SCRIPT_RANGES[name] for name in scripts) + "]+")
