"""A list that the article's last paragraph announces with its colon is the article's."""

from __future__ import annotations

from tests.gating_lines import flagged_lines

#: Furniture above the article, so that the page is judged as a scraped one, not as an article alone.
MENU = ["Home", "News", "Services", "Pricing", "Contact us", "Log in"]
ARTICLE = [
    "A weekend of civic hacking",
    "Our colleagues are ready for the events this weekend, and many teams across the agencies have "
    "prepared data sets, challenges and mentors for the people who will come to build with them.",
    "Hack days are a good way to learn what people think of your data, and a chance to meet the "
    "communities that solve problems with it, long before you plan a larger competition of your own.",
]
ANNOUNCING = "Here is the most complete list we have of the agencies taking part in the events:"
EVENTS = [
    "Transparency Camp, Arlington",
    "Science Hackathon, May 31",
    "Health Data Week, June 1 to 3",
    "Census Event, May 27",
    "Challenges",
    "Education data challenge",
    "Harmful algae detection",
    "Highway performance data",
]
FOOTER = ["About us", "Privacy policy", "Terms of use", "Accessibility", "Contact us", "© 2024 The Agency"]


def test_list_announced_by_the_last_paragraph_is_content():
    text = "\n".join([*MENU, *ARTICLE, ANNOUNCING, *EVENTS]) + "\n"
    assert not flagged_lines(text) & set(EVENTS), flagged_lines(text)


def test_list_under_a_plain_caption_after_the_last_paragraph_is_content():
    text = "\n".join([*MENU, *ARTICLE, "Three presentations:", *EVENTS[:4]]) + "\n"
    assert not flagged_lines(text) & {"Three presentations:", *EVENTS[:4]}, flagged_lines(text)


def test_same_list_without_the_colon_is_still_flagged():
    unannounced = ANNOUNCING.replace(" in the events:", " in the events.")
    text = "\n".join([*MENU, *ARTICLE, unannounced, *EVENTS]) + "\n"
    assert flagged_lines(text) & set(EVENTS)


def test_footer_after_an_announcing_paragraph_is_still_flagged():
    text = "\n".join([*MENU, *ARTICLE, ANNOUNCING, *EVENTS[:4], *FOOTER]) + "\n"
    assert {"Privacy policy", "Terms of use"} <= flagged_lines(text)


def test_a_caption_over_two_lines_at_the_page_end_is_not_enough():
    closing = ["Awards:", "2010 nomination for the national design prize", "All content is under this licence"]
    text = "\n".join([*MENU, *ARTICLE, *closing]) + "\n"
    assert "All content is under this licence" in flagged_lines(text)
