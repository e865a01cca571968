"""A video's time-coded chapters under the talk the article embeds are the article's."""

from __future__ import annotations

from tests.gating_lines import flagged_lines

#: Furniture above the article, so that the page is judged as a scraped one, not as an article alone.
MENU = ["Home", "News", "Services", "Pricing", "Contact us", "Log in"]
ARTICLE = [
    "An introduction to secure connections",
    "Our team gave two talks on secure connections this spring, one for beginners and one for the "
    "people who run websites and have to move them over, and both are now online for everyone.",
    "Introduction for beginners",
    "This talk explains how a browser talks to a website today, what a stranger on the same network "
    "can see of it, and how a secure connection keeps the pages and passwords away from them.",
    "There is no technical background needed for this video: anyone who has used the web can follow it.",
]
CHAPTERS = [
    "Table of contents:",
    "0:00 – Introduction to the webinar",
    "2:34 – What happens when you use the web",
    "10:12 – Exploring a website with the browser tools",
    "14:54 – How secure connections help",
    "1:02:10 – Questions until the end",
]
AFTER = [
    "We have also written down the links we used in the talk, for those who want to read further on their own.",
]


def test_time_coded_chapters_of_a_talk_are_content():
    text = "\n".join([*MENU, *ARTICLE, *CHAPTERS, *AFTER]) + "\n"
    assert not flagged_lines(text) & set(CHAPTERS), flagged_lines(text)


def test_clock_times_that_do_not_start_at_zero_are_no_chapters():
    schedule = ["Table of contents:", "9:00 – Morning news", "9:30 – Weather", "10:00 – Sport", "10:30 – Culture"]
    text = "\n".join([*MENU, *ARTICLE, *schedule, *AFTER]) + "\n"
    assert flagged_lines(text) & set(schedule)
