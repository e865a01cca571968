"""Line-bound patterns run only on the lines holding their literals find what a whole-text scan finds."""

import random

from scrapelint.rules.assistant import labels, saveas
from scrapelint.rules.assistant.literal_lines import finditer_on_lines, lines_with

PIECES = [
    "Guarda este archivo como socket.js",
    "# Speichere diese Datei als app.py",
    "Thought for 12s",
    "ChatGPT said:Here it is",
    "The minister said the talks ended.",
    "save the date",
    "İstanbul",
    "plain line of prose",
    "",
]


def _texts(count: int = 300):
    rng = random.Random(5)
    for _ in range(count):
        yield "\n".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))


def test_same_matches_as_a_whole_text_scan():
    patterns = [
        (saveas.SAVE_THIS_FILE, saveas.LITERALS),
        (labels.REASONING_TIME, labels._REASONING_LITERALS),
        (labels._said_labels(), labels._SAID_LITERALS),
    ]
    for text in _texts():
        for pattern, literals in patterns:
            whole = [m.span() for m in pattern.finditer(text)]
            lined = [m.span() for m in finditer_on_lines(pattern, text, text.lower(), literals)]
            assert lined == whole, text


def test_lines_are_found_in_order_and_once():
    text = "a save the b save the\nnothing\nsave the c\n"
    assert lines_with(text, text.lower(), ["save the", "c"]) == [(0, 21), (30, 40)]


def test_offsets_moved_by_lower_casing_fall_back_to_the_whole_text():
    text = "İ\nGuarda este archivo como a.js"
    assert lines_with(text, text.lower(), saveas.LITERALS) is None
    assert [m.group() for m in finditer_on_lines(saveas.SAVE_THIS_FILE, text, text.lower(), saveas.LITERALS)] == [
        "Guarda este archivo como"
    ]
