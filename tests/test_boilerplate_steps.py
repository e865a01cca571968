"""A call to sign up written as one step of a list the text announces is the text's own."""

from __future__ import annotations

from scrapelint.api import lint_text

OPENING = (
    "The county library has run its summer reading challenge for twenty years, and this year the "
    "organisers want more of the older readers to take part. Last year most of the entries came from "
    "children under twelve, and the staff think the rules put adults off before they had read a page."
)
STEPS = (
    "Here's how the challenge will work:\n"
    "First, you sign up for our email list.\n"
    "Each week, the library sends every reader a short list of three books picked by its staff.\n"
    "You read at least one of them and write two sentences about it on the card at the desk.\n"
    "At the end of August, every reader with eight cards gets a free tote bag.\n"
)
AFTER = (
    "The staff hope the lists will bring readers to shelves they never visit, and that the cards will "
    "give them something to talk about at the desk when they come back for the next book in the series."
)


def _bp(text: str):
    return [f for f in lint_text(text, select=["BP"]) if f.code == "BP006"]


def test_a_sign_up_step_among_the_steps_a_sentence_announces_is_kept():
    text = f"{OPENING}\n{STEPS}{AFTER}\n"
    assert not _bp(text), [(f.line, f.snippet) for f in _bp(text)]


def test_the_same_call_under_a_label_after_the_article_is_still_flagged():
    box = "Stay informed:\nFirst, you sign up for our email list.\nNo spam, unsubscribe at any time.\n"
    text = f"{OPENING}\n{AFTER}\n{box}"
    assert _bp(text)


def test_the_same_call_with_no_steps_around_it_is_still_flagged():
    text = f"{OPENING}\nHere's how the challenge will work:\nFirst, you sign up for our email list.\n{AFTER}\n"
    assert _bp(text)
