"""Word tokens and crude stems of a line.

Kept apart because the line fields, the byline test and the headline echo all read words the
same way: one tokenizer and one stemmer, so that they agree on what a word is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)


def stems(tokens: Sequence[str]) -> frozenset[str]:
    """Crude language-neutral stems of the content words: long words cut to five
    letters ("plunge", "plunged"), and numbers; short function words drop out."""
    if not tokens:
        return frozenset()
    # case folding maps each character alone: folding the joined words folds each word
    words = "\n".join(tokens[:200]).casefold().split("\n")
    return frozenset(
        word[:5] for word in words if len(word) >= 4 or (not word.isalpha() and any(map(str.isdigit, word)))
    )
