"""Function words per language, kept as data in ``stopwords.toml``.

Ordinary prose in any of these languages is built on its function words
(articles, pronouns, prepositions, conjunctions, auxiliaries): in edited
text they are roughly a third to a half of all words. Word salad, keyword
stuffing and lists pasted as prose have few of them. The lists also tell
which language a passage is probably in, cheaply, before langdetect is asked.
Keys are ISO 639-1 codes, as langdetect reports them.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

with Path(__file__).with_name("stopwords.toml").open("rb") as _handle:
    _RAW: dict[str, str] = tomllib.load(_handle)

FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _RAW.items()}

#: Each function word with the languages (positions in ``FUNCTION_WORDS``) that list it, so that
#: one pass over a sample counts every language's function words at once.
_LANGUAGES_OF: dict[str, tuple[int, ...]] = {}
for _index, _vocabulary in enumerate(FUNCTION_WORDS.values()):
    for _word in _vocabulary:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _index)
_NAMES = tuple(FUNCTION_WORDS)


def _lowered(words: list[str]) -> list[str]:
    """``[word.lower() for word in words]`` in one call: lower-casing never adds or removes a line
    break, and a line break ends the context of a final sigma as the end of a word does."""
    lowered = "\n".join(words).lower().split("\n")
    if len(lowered) != len(words):  # a word held a line break itself
        return [word.lower() for word in words]
    return lowered


def _counts(words: list[str]) -> list[int]:
    """Per language (in ``FUNCTION_WORDS`` order), how many of ``words`` (any case) it lists."""
    counts = [0] * len(_NAMES)
    get = _LANGUAGES_OF.get
    for languages in filter(None, map(get, _lowered(words))):
        for index in languages:
            counts[index] += 1
    return counts


def base_language(code: str | None) -> str | None:
    """``"zh-cn"`` -> ``"zh"``, ``"en_US"`` -> ``"en"``; Norwegian variants as langdetect names them."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return {"nb": "no", "nn": "no", "iw": "he", "in": "id"}.get(base, base)


def function_words(language: str | None) -> frozenset[str] | None:
    """The function words of ``language``, or ``None`` when there is no list for it."""
    return FUNCTION_WORDS.get(base_language(language) or "")


def function_word_share(words: list[str], vocabulary: frozenset[str]) -> float:
    """The share of ``words`` (any case) that are in ``vocabulary``."""
    if not words:
        return 0.0
    return sum(map(vocabulary.__contains__, _lowered(words))) / len(words)


def language_shares(words: list[str]) -> list[tuple[str, float]]:
    """Every listed language with the share of ``words`` it covers, largest first."""
    total = max(1, len(words))
    shares = [(language, count / total) for language, count in zip(_NAMES, _counts(words), strict=True)]
    return sorted(shares, key=lambda pair: -pair[1])


def likeliest_language(words: list[str]) -> tuple[str, float]:
    """The language whose function words cover most of ``words``, with that share."""
    total = max(1, len(words))
    best, share = "", 0.0
    for language, count in zip(_NAMES, _counts(words), strict=True):
        current = count / total
        if current > share:
            best, share = language, current
    return best, share
