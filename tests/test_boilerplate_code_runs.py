"""A JSON literal whose code fence was lost is the text's data, its keys no furniture."""

from __future__ import annotations

from scrapelint.api import lint_text
from scrapelint.model.finding import Severity

#: Furniture above the article, so that the page is judged as a scraped one, not as an article alone.
MENU = ["Home", "News", "Services", "Pricing", "Contact us", "Log in"]
BEFORE = [
    "Defining the inventory schema",
    "Every agency has to list its custom software in one file, and we spent a month agreeing on the "
    "fields of that file with the people who will have to fill it in for their agencies.",
    "Here is the example we published with the first draft, so that each team could see a whole "
    "entry before reading the description of every field in the guidance.",
]
JSON = [
    "{",
    "“agency”: “DOABC”,",
    "“projects”: [",
    "{",
    "“name”: “mygov”,",
    "“tags”: [",
    "“platform”,",
    "“government”",
    "],",
    "“contact”: {",
    "“email”: “project@agency.gov”,",
    "“name”: “Project Coordinator Name”",
    "}",
    "}",
    "]",
    "}",
]
AFTER = [
    "We then asked for a second round of feedback, to make sure that no agency would find a field it "
    "could not fill in before the deadline, and changed two of the names the teams found confusing.",
]


def _flagged_lines(text: str) -> set[str]:
    lines = set()
    for f in lint_text(text, select=["BP"]):
        if f.severity.rank >= Severity.WARNING.rank:
            lines.update(line for line in text[f.start : f.end].split("\n") if line)
    return lines


def test_json_lines_between_paragraphs_are_content():
    text = "\n".join([*MENU, *BEFORE, *JSON, *AFTER]) + "\n"
    assert not _flagged_lines(text) & set(JSON), _flagged_lines(text)


def test_a_menu_between_paragraphs_is_still_flagged():
    menu = ["Tags", "Platform", "Government", "Contact", "Follow us", "Share"]
    text = "\n".join([*MENU, *BEFORE, *menu, *AFTER]) + "\n"
    assert _flagged_lines(text) & set(menu)
