"""A register model (AI016): a line that reads as written to whoever asked for the text.

Every batch of real leftovers brought wordings and languages no listed pattern covered, while
the rules' grammar (AI013) reads English best. This rule reads the register instead: a linear
model over the words and word pairs of one line (and character pairs of Chinese, Japanese and
Korean), trained by ``bench/train_register_model.py`` on real leftovers against real
look-alikes (letters, forum replies, tutorials, templates) and against paragraphs of clean
edited articles. It scores the line as a whole, in any language the data holds, and reports
only lines it scores above a high threshold.

The model is a plain table of weights (``data/register_model.json``): scoring a line is a
set of its features, a sum, and a logistic, so the rule needs no numeric library.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Rule

if TYPE_CHECKING:
    from scrapelint.model.document import Document

MODEL_PATH = Path(__file__).with_name("data") / "register_model.json"
#: Scripts written without spaces between words: read as overlapping character pairs.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[?!:]")
#: A unit longer than this is read as windows of sentences: the weights were learned on
#: excerpts of one to six sentences, and a long paragraph dilutes a leftover glued to it.
_LONGEST_UNIT = 400
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_WINDOW = 3
#: A unit shorter than this many words is a heading, label or caption: a few words say
#: too little about who is addressed, and the model's weights are strongest on such words.
_FEWEST_WORDS = 6


def features(text: str) -> set[str]:
    """The words, punctuation marks of address (``? ! :``) and adjacent word pairs of a text."""
    words: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        if len(token) > 1 and _DENSE.search(token):
            words.extend(token[i : i + 2] for i in range(len(token) - 1))
        else:
            words.append(token)
    found = set(words)
    found.update(f"{a} {b}" for a, b in pairwise(words))
    return found


class RegisterModel:
    """Logistic regression over binary features, L2-normalised over the features it knows."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> RegisterModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"])

    def score(self, text: str) -> float:
        """The probability that ``text`` was written to the person who asked for it."""
        known = [self.weights[f] for f in features(text) if f in self.weights]
        if not known:
            return 1.0 / (1.0 + math.exp(-self.bias))
        z = self.bias + sum(known) / math.sqrt(len(known))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@cache
def model() -> RegisterModel:
    """The shipped model, read on first use so start-up stays fast."""
    return RegisterModel.load()


def units(text: str) -> Iterator[tuple[int, int]]:
    """Spans to score: each line, or windows of three sentences in a long line."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if len(stripped) >= 12 and _wordy(stripped):
            lead = start + len(line) - len(line.lstrip())
            if len(stripped) <= _LONGEST_UNIT:
                yield lead, lead + len(stripped)
            else:
                yield from _windows(stripped, lead)
        start = end + 1


def _wordy(line: str) -> bool:
    """At least ``_FEWEST_WORDS`` words, or a dozen characters of a script without spaces."""
    if _DENSE.search(line):
        return len(_DENSE.findall(line[:200])) >= 12
    return len(line.split(None, _FEWEST_WORDS)) > _FEWEST_WORDS - 1 and any(ch.isalpha() for ch in line)


def _windows(sentence_run: str, offset: int) -> Iterator[tuple[int, int]]:
    """Overlapping windows of ``_WINDOW`` sentences (stride two) over one long line."""
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(sentence_run)), len(sentence_run)]
    starts = bounds[:-1]
    if len(starts) <= _WINDOW:
        yield offset, offset + len(sentence_run)
        return
    for i in range(0, len(starts), _WINDOW - 1):
        start, end = starts[i], bounds[min(i + _WINDOW, len(bounds) - 1)]
        yield offset + start, offset + start + len(sentence_run[start:end].rstrip())
        if i + _WINDOW >= len(starts):
            break


class ChatbotRegister(Rule):
    """Flags a line whose wording reads as written to whoever asked for the text.

    ## What it does
    Scores each line of prose (a long line as windows of three sentences) with a linear model
    of the words and word pairs that separate real chatbot leftovers from real human
    look-alikes and clean edited articles, and reports the lines it scores above its
    threshold. It reads every language its data holds, where the grammar of AI013 reads
    English best.

    ## Why it matters
    A reply's offers, preambles, sign-offs and advice come in wordings no list foresees;
    a model of their register finds wordings the phrase and grammar rules have never seen.
    Measured: on a batch of real leftovers collected after the model was written
    (``python bench/assistant_wild.py --split fresh14 --extend-select AI016``) the AI family
    found 66.7% of leftovers with it and 56.4% without, and flagged 13.0% of real look-alikes
    with it and 9.3% without; it also flags, rarely, a line of technical prose in a clean
    article. Its precision is below 0.9, so it is off by default: select it by its code
    (``--extend-select AI016``) where recall matters more than noise, as when curating a
    training corpus (``docs/rules-assistant.md`` has the figures).

    ## Example
    "Si tu veux, je peux aussi te proposer une version plus courte." as the last line of an
    article is flagged.

    ## Use instead
    Delete the line, or keep it if a person wrote it to the reader.

    ## Fix safety
    No fix: a model's reading is evidence for a reviewer, not proof.

    ## Options
    None.
    """

    code = "AI016"
    name = "chatbot-register"
    category = "reads as written to the requester"
    severity = Severity.INFO
    default_enabled = False

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        scorer = model()
        for start, end in units(prose):
            probability = scorer.score(prose[start:end])
            if probability >= scorer.threshold:
                yield self.finding(start, end, f"{self.category} (register score {probability:.2f})")


RULES = [ChatbotRegister]
