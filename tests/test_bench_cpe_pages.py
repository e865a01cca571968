"""The CleanPortalEval boilerplate pages: the gold text reader and the headline correction."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from build_boilerplate_cpe import before_headline, gold_text  # noqa: E402


def test_gold_text_drops_marks_reads_entities_and_joins_wrapped_lines():
    raw = (
        "URL: http://example.org/story\n<h>The council&#8217;s bridge\n \n"
        "<p>Members agreed that the old crossing\n could not carry traffic.\n\n<l>Work starts in spring\n"
    )
    body, title = gold_text(raw)
    assert body.split("\n") == [
        "The council\u2019s bridge",
        "Members agreed that the old crossing could not carry traffic.",
        "Work starts in spring",
    ]
    assert title == "The council\u2019s bridge"


def test_short_lines_above_the_headline_are_unknown_and_below_it_are_kept():
    text = "Site - The bridge plan\nHome\nBusiness\nThe bridge plan\nIn brief\nMembers agreed on it today."
    labels = ["content"] * 6
    assert before_headline(text, labels, "The bridge plan") == [
        "content",
        "unknown",
        "unknown",
        "content",
        "content",
        "content",
    ]
    assert before_headline(text, labels, "No such headline") == labels
