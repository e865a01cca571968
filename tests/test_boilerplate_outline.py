"""Labelled sections of a digest that run on past its last paragraph are the text's own."""

from __future__ import annotations

from scrapelint.api import lint_text

MENU = "Home\nNews\nSport\nTravel\nWeather\nContact\n\n"

SECTIONS = (
    "Garden news:\n"
    "The river district gardens doubled in number over five years, and the volunteers who run them say the "
    "waiting lists for a plot are longer than ever before.\n"
    "The council leases most of the garden land for a token rent, and the volunteers want the garden leases "
    "extended for ten years.\n"
    "Soil and water:\n"
    "A new rain tank scheme lets each garden collect water from the roofs of its sheds, and the first tanks "
    "went in last month.\n"
    "The soil tests of the spring found the garden beds in good health, with enough compost for the season.\n"
    "Volunteers:\n"
    "Forty new volunteers joined the gardens this spring, and most of them came to the open day in April.\n"
)
#: Two more sections with no paragraph: items of a few words, as a digest's last sections are.
TAIL = (
    "Garden events:\n"
    "Seed swap at the river garden shed\n"
    "A talk on compost for new plot holders\n"
    "Reading:\n"
    "A short history of the river district gardens\n"
)
CLOSING = "See also: the garden calendar, the volunteer rota, the council minutes\n"


def _bp(text: str):
    return lint_text(text, select=["BP"])


def _covered(text: str, findings, needle: str) -> bool:
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


def test_labelled_sections_after_the_last_paragraph_are_the_digests_own():
    text = MENU + "River Garden Digest\n" + SECTIONS + TAIL + CLOSING
    findings = _bp(text)
    for needle in ("Garden events:", "Seed swap", "A short history"):
        assert not _covered(text, findings, needle), [(f.code, f.snippet) for f in findings]
    assert _covered(text, findings, "Weather")


def test_a_menu_under_a_label_after_a_digest_stays_furniture():
    menu = "Sections:\nNews\nSport\nWeather\nTravel\nCulture\n"
    text = MENU + "River Garden Digest\n" + SECTIONS + menu
    assert _covered(text, _bp(text), "Culture")


def test_labelled_items_after_an_article_without_an_outline_stay_furniture():
    plain = SECTIONS.replace("Garden news:\n", "").replace("Soil and water:\n", "").replace("Volunteers:\n", "")
    text = MENU + "River Garden Digest\n" + plain + TAIL
    assert _covered(text, _bp(text), "Seed swap")


def test_a_network_of_sites_after_a_digest_stays_furniture():
    network = "Our network:\nGarden sites: Plot Weekly . Seed News . Shed Life . Compost Today\n"
    text = MENU + "River Garden Digest\n" + SECTIONS + network + CLOSING
    assert _covered(text, _bp(text), "Plot Weekly")


def test_labelled_items_closed_by_a_copyright_line_stay_furniture():
    text = MENU + "River Garden Digest\n" + SECTIONS + TAIL + "Copyright © 2024 Garden News. All rights reserved.\n"
    assert _covered(text, _bp(text), "Seed swap")
