"""A call to sign up written as one step of a list the text announces.

A site's newsletter box stands on its own: a label or a call ("Sign up for our newsletter")
between the article and the furniture, with a form's button under it. An article that asks
its readers to act lists the steps in its own sentences, under a sentence that announces them
with a colon ("Here's how it will work:"), and goes on in prose after them: a step that asks
the reader to join a mailing list is one of those sentences. Read from the lines' structure.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, PROSE, SENTENCE, SHORT, LineInfo

#: Lines a list of steps holds: sentences, short or long, each ending as a sentence does.
_STEP_CLASSES = (PROSE, SENTENCE, SHORT)


def call_among_steps(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, reach: int = 6) -> bool:
    """A sign-up line (``consent`` kind) written as a sentence of the text (five words or more,
    mostly lower case, ending as a sentence, no label's colon), in a run of sentences under a
    sentence of the article that announces them with its colon (four words or more, prose or a
    sentence line), with two steps or more besides it and prose in or right after the run: the
    text's own step ("Today, you sign up for our email list." among "You install the
    extension ...", "You download ..."). A newsletter box's call has no announcing sentence
    above it, or a label's few words ("Stay informed:"), and no steps of prose around it."""
    info = infos[k]
    if info.cls != PHRASE or info.kind != "consent" or info.heading_kind or info.colon:
        return False
    if info.words < 5 or info.lower_ratio < 0.5 or not info.ends_sentence:
        return False
    first = k
    while first - 1 >= 0 and k - first < reach and _step(infos, inside, first - 1):
        first -= 1
    above = first - 1
    if above < 0 or not inside[above]:
        return False
    announcer = infos[above]
    if not (announcer.colon and announcer.cls in (PROSE, SENTENCE) and announcer.words >= 4):
        return False
    last = k
    while last + 1 < len(infos) and last - k < reach and _step(infos, inside, last + 1):
        last += 1
    if last - first < 2:
        return False  # two steps besides the call
    below = last + 1
    prose_after = any(infos[j].cls == PROSE for j in range(k + 1, last + 1)) or (
        below < len(infos) and inside[below] and infos[below].cls == PROSE
    )
    return prose_after


def _step(infos: Sequence[LineInfo], inside: Sequence[bool], j: int) -> bool:
    info = infos[j]
    return (
        inside[j]
        and info.cls in _STEP_CLASSES
        and info.ends_sentence
        and not info.colon
        and not info.datelike
        and not info.heading_kind
    )
