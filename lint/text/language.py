"""Language detection, seeded and on a bounded sample (langdetect is imported lazily)."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: langdetect's cost grows with the text it reads (about 4 ms per 1,000 characters);
#: 1,500 characters from three places decide a document's language reliably.
SAMPLE_CHARS = 1500
MIN_LETTERS = 20


def warm_up() -> None:
    """Load langdetect's language profiles now, e.g. once before worker processes fork.

    langdetect's own loader builds a probability list per n-gram of every profile (about
    90,000 lists, 0.3 s of CPU per process) although a document's sample meets a few
    thousand of them; here the profiles are read as they are and each n-gram's list is
    built the first time a sample meets it (:class:`_Probabilities`), with the same
    values in the same language order, so detection answers exactly as before.

    Everything loaded by then (the profiles, the modules, the compiled patterns) is moved out
    of the garbage collector's generations (``gc.freeze``): later full collections do not
    walk it again.
    """
    import gc

    from langdetect import detector_factory

    if detector_factory._factory is None:
        detector_factory._factory = _load_factory(detector_factory)
        gc.freeze()


def _load_factory(detector_factory):
    """A ``DetectorFactory`` over the profile folder, in langdetect's own order (``os.listdir``)."""
    import json
    import os

    folder = detector_factory.PROFILES_DIRECTORY
    names = os.listdir(folder)
    profiles = []
    langlist = []
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if data["name"] in langlist:
            raise ValueError(f"duplicate language profile {data['name']!r} in {folder}")
        langlist.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    factory = detector_factory.DetectorFactory()
    factory.langlist = langlist
    factory.word_lang_prob_map = _Probabilities(profiles, len(names))
    return factory


class _Probabilities(dict):
    """langdetect's n-gram -> per-language probability map, each list built on first use.

    Holds every n-gram of every profile as a key from the start (membership, which langdetect
    tests for each n-gram of a sample, stays a plain dict lookup); the value is ``None`` until
    the n-gram is first read, then what ``DetectorFactory.add_profile`` stores: a list of
    ``size`` floats, the n-gram's frequency over the profile's count of n-grams of its length
    for each profile that has it (1 to 3 characters), 0.0 elsewhere.
    """

    __slots__ = ("_profiles", "_size")

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], size: int) -> None:
        super().__init__(dict.fromkeys(itertools.chain.from_iterable(freq for freq, _ in profiles)))
        self._profiles = profiles
        self._size = size

    def __getitem__(self, word: str) -> list[float]:
        entry = dict.__getitem__(self, word)
        if entry is None:
            entry = [0.0] * self._size
            length = len(word)
            if 1 <= length <= 3:
                for index, (freq, n_words) in enumerate(self._profiles):
                    count = freq.get(word)
                    if count is not None:
                        entry[index] = 1.0 * count / n_words[length - 1]
            dict.__setitem__(self, word, entry)
        return entry


#: The function-word test decides alone with at least this many words ...
FAST_MIN_WORDS = 60
#: ... when the best language's function words are this share of them ...
FAST_MIN_SHARE = 0.25
#: ... and at least this many times the runner-up's share (bench/language_fastpath.py:
#: on 1,149 real page samples, 3.0 decides 82% and langdetect never contradicts it).
FAST_MARGIN = 3.0
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def function_word_verdict(text: str) -> tuple[str, float] | None:
    """A language decided by function words alone, when the evidence is overwhelming.

    Edited prose is a third to a half function words; a sample of 60+ words
    in which one language's function words are a quarter or more, and three
    times any other language's, is that language. Returns the language and
    ``1 - runner-up share / winner share`` as the margin of the decision;
    undecided samples go to langdetect.
    """
    from scrapelint.text.stopwords import language_shares

    words = _WORD.findall(text)
    if len(words) < FAST_MIN_WORDS:
        return None
    (best, share), (_, runner_up) = language_shares(words)[:2]
    if share >= FAST_MIN_SHARE and share >= FAST_MARGIN * runner_up:
        return best, round(1 - runner_up / share, 4)
    return None


def detect_language(
    text: str, expected: str | None = None, method: dict | None = None, *, quick: bool = True
) -> tuple[str, float | None] | None:
    """(language code, probability) of ``text``, or None when it is too short to tell.

    The function-word test answers clear cases without loading langdetect's
    profiles (about 0.4 s per process) when no language is expected or it
    confirms the expected one; langdetect decides everything else, so a
    document in the wrong language is always judged by langdetect. ``method``
    receives which of the two answered. A function-word answer has no
    probability (``None``); callers that threshold on langdetect's
    probability pass ``quick=False``.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None
    verdict = function_word_verdict(sample) if quick else None
    if verdict is not None and (expected is None or verdict[0] == expected.split("-")[0].lower()):
        if method is not None:
            method["language_method"] = "function-words"
        return verdict[0], None
    if method is not None:
        method["language_method"] = "langdetect"
    from langdetect import DetectorFactory, detector_factory

    warm_up()
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector = _detector_class()(detector_factory._factory)  # what langdetect.detect_langs builds
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return None
    return best.lang, round(best.prob, 4)


_DETECTOR = None


def _detector_class():
    """langdetect's ``Detector`` with its two loops written over whole lists.

    Reading a sample's n-grams normalises each character through a chain of Unicode block
    tests (here: once per distinct character, remembered), and each random trial multiplies
    the 55 language probabilities one index at a time (here: one comprehension over the pairs).
    Every float operation is the one langdetect does, in the same order, with the same random
    draws, so the answers are langdetect's to the last bit (``tests/test_language.py``).
    """
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = _build_detector_class()
    return _DETECTOR


def _build_detector_class():
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    normalise = NGram.normalize
    normal: dict[str, str] = {}

    class FastDetector(Detector):
        def _extract_ngrams(self) -> list[str]:
            # NGram.add_char and the 1- to 3-grams it offers, as langdetect's loop reads them
            known = self.word_lang_prob_map
            result: list[str] = []
            append = result.append
            get = normal.get
            grams = " "
            capital = False
            for raw in self.text:
                ch = get(raw)
                if ch is None:
                    ch = normal[raw] = normalise(raw)
                last = grams[-1]
                if last == " ":
                    grams = " "
                    capital = False
                    if ch == " ":
                        continue
                elif len(grams) >= 3:
                    grams = grams[1:]
                grams += ch
                if ch.isupper():
                    if last.isupper():
                        capital = True
                else:
                    capital = False
                if capital:
                    continue
                if ch != " " and ch in known:
                    append(ch)
                size = len(grams)
                if size >= 2:
                    pair = grams[-2:]
                    if pair in known:
                        append(pair)
                    if size >= 3 and grams in known:
                        append(grams)
            return result

        def _detect_block(self) -> None:
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            table = self.word_lang_prob_map
            langprob = [0.0] * len(self.langlist)
            indices = range(len(langprob))
            self.random.seed(self.seed)
            choice = self.random.choice
            threshold, limit, trials = self.CONV_THRESHOLD, self.ITERATION_LIMIT, self.n_trial
            for _ in range(trials):
                prob = self._init_probability()
                alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                i = 0
                while True:
                    row = table[choice(ngrams)]
                    for k in indices:  # in place, index by index: faster than building a list
                        prob[k] *= weight + row[k]
                    if i % 5 == 0:
                        total = sum(prob)
                        for k in indices:
                            prob[k] /= total
                        # langdetect's running maximum from 0.0: probabilities are never negative
                        if max(prob) > threshold or i >= limit:
                            break
                    i += 1
                for k in indices:
                    langprob[k] += prob[k] / trials
            self.langprob = langprob

    return FastDetector


#: Lines at least this long are prose; menus, bylines and buttons are shorter.
PROSE_LINE_CHARS = 80
#: Prose lines the sample draws from, evenly spaced over the document.
SAMPLE_LINES = 6
#: Fewer characters of prose lines than this: sample the raw text instead.
MIN_PROSE_SAMPLE = 200


def detect_document_language(doc: Document) -> tuple[str, float | None] | None:
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
    return detect_language(sample, doc.meta.get("expected_language"), doc.meta)


def _prose_line_sample(doc: Document) -> str:
    prose = [line for line in doc.lines if line.end - line.start >= PROSE_LINE_CHARS]
    if not prose:
        return ""
    step = max(1, len(prose) // SAMPLE_LINES)
    per_line = SAMPLE_CHARS // min(SAMPLE_LINES, len(prose))
    chosen = prose[::step][:SAMPLE_LINES]
    return " ".join(line.text.strip()[:per_line] for line in chosen)[:SAMPLE_CHARS]
