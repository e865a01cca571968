"""Language detection, seeded and on a bounded sample (langdetect is imported lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.document import Document

#: langdetect's cost grows with the text it reads (about 4 ms per 1,000 characters);
#: 1,500 characters from three places decide a document's language reliably.
SAMPLE_CHARS = 1500
MIN_LETTERS = 20


def warm_up() -> None:
    """Load langdetect's language profiles now (about 1 s), e.g. once before worker processes fork."""
    from langdetect.detector_factory import init_factory

    init_factory()


def detect_language(text: str) -> tuple[str, float] | None:
    """(language code, probability) of ``text``, or None when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    return best.lang, round(best.prob, 4)


#: Lines at least this long are prose; menus, bylines and buttons are shorter.
PROSE_LINE_CHARS = 80
#: Prose lines the sample draws from, evenly spaced over the document.
SAMPLE_LINES = 6
#: Fewer characters of prose lines than this: sample the raw text instead.
MIN_PROSE_SAMPLE = 200


def detect_document_language(doc: Document) -> tuple[str, float] | None:
    """Detect on a bounded sample of the document's prose lines, so long documents cost no more.

    A scraped page often starts and ends with navigation in the site's own
    language (or in English), so the sample is drawn from long lines spread
    over the document, falling back to evenly spaced slices of the text when
    it has too few of them.
    """
    sample = _prose_line_sample(doc)
    if len(sample) < MIN_PROSE_SAMPLE:
        text = doc.prose
        if len(text) > SAMPLE_CHARS:
            step = len(text) // 3
            sample = " ".join(text[i * step : i * step + SAMPLE_CHARS // 3] for i in range(3))
        else:
            sample = text
    return detect_language(sample)


def _prose_line_sample(doc: Document) -> str:
    prose = [line for line in doc.lines if line.end - line.start >= PROSE_LINE_CHARS]
    if not prose:
        return ""
    step = max(1, len(prose) // SAMPLE_LINES)
    per_line = SAMPLE_CHARS // min(SAMPLE_LINES, len(prose))
    chosen = prose[::step][:SAMPLE_LINES]
    return " ".join(line.text.strip()[:per_line] for line in chosen)[:SAMPLE_CHARS]
