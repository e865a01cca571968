"""Per-document text statistics: readability (textstat) and plain counts, computed once.

The statistics go to ``doc.meta["stats"]["readability"]``, which the engine
merges into each document's stats in the JSON output. textstat is imported
lazily and given a bounded sample of whole sentences, so the cost does not
grow with the document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from scrapelint.model.document import Document
from scrapelint.text.stopwords import base_language, function_word_share, function_words

#: Characters of whole sentences handed to textstat.
SAMPLE_CHARS = 10_000
#: Languages textstat has formulas and hyphenation for.
TEXTSTAT_LANGUAGES = {
    "en": "en_US",
    "de": "de_DE",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "ru": "ru_RU",
    "cs": "cs_CZ",
    "hu": "hu_HU",
    "sv": "sv_SE",
    "da": "da_DK",
    "pt": "pt_PT",
}


def warm_up() -> None:
    """Load langdetect's profiles now, once, rather than in every worker.

    textstat is not loaded here: it is needed only for formats that show
    readability, and its import brings nltk (and scipy, where installed)
    into every worker's memory.
    """
    from scrapelint.text.language import warm_up as load_language_profiles

    load_language_profiles()


def readability(doc: Document) -> dict[str, Any]:
    """The document's readability statistics (cached in its metadata)."""
    stats = doc.meta.setdefault("stats", {})
    if "readability" not in stats:
        stats["readability"] = _compute(doc)
    return stats["readability"]


def _compute(doc: Document) -> dict[str, Any]:
    from scrapelint.rules.language.rules import document_language

    language = document_language(doc) or base_language(doc.meta.get("expected_language"))
    sentences = doc.sentences
    words = doc.word_texts
    result: dict[str, Any] = {
        "language": language,
        "sentences": len(sentences),
        "words": len(words),
        "mean_sentence_words": None,
        "longest_sentence_words": 0,
        "function_word_ratio": None,
        "flesch_reading_ease": None,
        "flesch_kincaid_grade": None,
        "coleman_liau_index": None,
    }
    if sentences:
        lengths = [sentence_words(s.text) for s in sentences]
        result["mean_sentence_words"] = round(sum(lengths) / len(lengths), 1)
        result["longest_sentence_words"] = max(lengths)
    vocabulary = function_words(language)
    if vocabulary is not None and words:
        sample = words[:20_000]
        result["function_word_ratio"] = round(function_word_share(sample, vocabulary), 3)
    sample_text = _sentence_sample(doc) if doc.meta.get("document_stats", True) else ""
    if sample_text and language in TEXTSTAT_LANGUAGES:
        result.update(_textstat_measures(sample_text, TEXTSTAT_LANGUAGES[language]))
    return result


#: A whitespace-separated token without a letter or digit (``[^\W_]`` is ``str.isalnum``); it
#: starts only after whitespace and never gives back, so a long run of marks is read once.
_TOKEN_WITHOUT_ALNUM = re.compile(r"(?<!\S)(?:[^\s\w]|_)++(?!\S)")


def sentence_words(text: str) -> int:
    """Whitespace-separated tokens holding a letter or digit."""
    return len(text.split()) - len(_TOKEN_WITHOUT_ALNUM.findall(text))


def _sentence_sample(doc: Document) -> str:
    parts: list[str] = []
    size = 0
    for sentence in doc.sentences:
        if size >= SAMPLE_CHARS:
            break
        text = sentence.text[: SAMPLE_CHARS - size]
        parts.append(text)
        size += len(text) + 1
    return " ".join(parts)


def _textstat_measures(text: str, locale: str) -> dict[str, float]:
    measures: dict[str, float] = {}
    engine = _textstat(locale)
    try:
        measures["coleman_liau_index"] = round(engine.coleman_liau_index(text), 1)
        if locale.startswith("en") and not _cmudict_installed():
            # textstat counts English syllables with the CMU dictionary and tries to
            # download it when absent; without it, apply the same formulas to the
            # pyphen syllable counts textstat itself falls back to per word.
            measures.update(_flesch_with_pyphen(text, locale))
        else:
            measures["flesch_reading_ease"] = round(engine.flesch_reading_ease(text), 1)
            measures["flesch_kincaid_grade"] = round(engine.flesch_kincaid_grade(text), 1)
    except (KeyError, ValueError, ZeroDivisionError, LookupError):
        return measures
    return measures


@lru_cache(maxsize=16)
def _textstat(locale: str):
    from textstat.textstat import textstatistics

    engine = textstatistics()
    engine.set_lang(locale)
    return engine


@lru_cache(maxsize=1)
def _cmudict_installed() -> bool:
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
    except (LookupError, ImportError):
        return False
    return True


@lru_cache(maxsize=4)
def _hyphenator(locale: str):
    from pyphen import Pyphen

    return Pyphen(lang=locale)


def _flesch_with_pyphen(text: str, locale: str) -> dict[str, float]:
    import textstat

    hyphenator = _hyphenator(locale)
    words = textstat.lexicon_count(text)
    sentences = max(1, textstat.sentence_count(text))
    if not words:
        return {}
    syllables = sum(
        len(hyphenator.positions(word)) + 1 for word in (token.strip(".,;:!?\"'()[]") for token in text.split()) if word
    )
    per_sentence = words / sentences
    per_word = syllables / words
    return {
        "flesch_reading_ease": round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1),
        "flesch_kincaid_grade": round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1),
    }
