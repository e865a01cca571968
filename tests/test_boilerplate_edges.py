"""A box of teasers that the article stretch runs into: the same shape on both sides of its end."""

from __future__ import annotations

from scrapelint.api import lint_text
from scrapelint.model.document import Document
from scrapelint.rules.boilerplate.classify import _describe_page, phrase_table_for
from scrapelint.rules.boilerplate.edges import teasers_across_the_end
from scrapelint.rules.boilerplate.lines import Profile

from tests.gating_lines import covered


def _bp(text: str):
    return lint_text(text, select=["BP"])


_covered = covered


ARTICLE = (
    "Long legs score higher in a study of attraction\n"
    "Researchers at a university in Poland asked two hundred volunteers to rate pictures of men and women "
    "whose legs had been stretched or shortened by a few per cent on a computer.\n"
    "The pictures with legs five per cent longer than average were rated the most attractive by both the men "
    "and the women who took part, whatever their own height was.\n"
    "Pictures with legs ten per cent longer came next, and those with shorter legs were rated the least "
    "attractive of all, which the researchers link to what long legs say about health.\n"
    "The team says each culture would be likely to find long legs attractive, though the study only asked "
    "people from one country and a wider survey is planned for next year.\n"
)

TEASERS = (
    "More headline news...\n"
    "Also In The News\n"
    "Churchgoers outnumber the faithful of old\n"
    "More people are attending the smaller churches than the older ones in the country for the first time, "
    "a new study says.\n"
    "Migrant fear after border change\n"
    "The head of the border agency has said changes in the border zones will make crossing the frontier "
    "harder for everyone.\n"
    "Free travel zone grows to twenty four\n"
    "Nine more countries have joined the agreement which now allows travel without a passport Full Story\n"
    "© 2008 Advertise | Privacy | Terms of Use\n"
)


def test_teasers_the_stretch_runs_into_are_flagged_with_their_label() -> None:
    text = ARTICLE + TEASERS
    findings = _bp(text)
    for needle in ("Also In The News", "Churchgoers outnumber", "More people are attending", "Migrant fear"):
        assert _covered(text, findings, needle), needle
    assert not _covered(text, findings, "The team says each culture")


def test_closing_sections_without_teasers_after_them_stay() -> None:
    sections = (
        "What comes next\n"
        "The team will repeat the study in three more countries next year to see whether the taste holds.\n"
        "Who paid for it\n"
        "The work was paid for by a national science fund and took the team two years to finish.\n"
    )
    text = ARTICLE + sections + "© 2008 Advertise | Privacy | Terms of Use\n"
    findings = _bp(text)
    assert not _covered(text, findings, "What comes next")
    assert not _covered(text, findings, "The work was paid for")


def test_the_cut_needs_more_prose_left_than_it_takes() -> None:
    profile = Profile(prose_words=12, heading_reach=2, headline_reach=8, languages=("en",), extra=())
    short = "One paragraph of the article that is long enough to count as prose in the judge.\n" + TEASERS
    infos = _describe_page(Document(text=short, path="x", format="text", meta={}), phrase_table_for(profile), profile)
    last = max(k for k, i in enumerate(infos) if i.text_key.startswith("the head of"))
    assert teasers_across_the_end(infos, 0, last) == last
    infos = _describe_page(
        Document(text=ARTICLE + TEASERS, path="x", format="text", meta={}), phrase_table_for(profile), profile
    )
    last = max(k for k, i in enumerate(infos) if i.text_key.startswith("the head of"))
    assert infos[teasers_across_the_end(infos, 0, last)].text_key.startswith("the team says")


DATED_CARDS = (
    "Health Library\n"
    "December 8, 2025/Mental Health\n"
    "How To Relax: Seven Techniques To Try\n"
    "Breathing, exercise, mindfulness and more can help you unwind and step away from your stress at the end "
    "of a long day.\n"
    "June 13, 2024/Mental Health\n"
    "Put Intention Behind Your Walking\n"
    "While walking, be mindful of your body, your mind, your place in the world and all five of your senses as "
    "you go.\n"
    "March 28, 2024/Brain & Nervous System\n"
    "Brown Noise May Help You Focus\n"
    "Thunder, waterfalls and heavy rain are low sounds that might help cancel out the noise around you\n"
    "May 12, 2023/Wellness\n"
    "Four Benefits of Sleep Meditation\n"
    "This bedtime exercise can help you fall asleep faster (and stay asleep)\n"
    "Trending Topics\n"
)


def test_dated_cards_on_both_sides_of_the_end_are_one_box() -> None:
    text = ARTICLE + DATED_CARDS
    findings = _bp(text)
    assert _covered(text, findings, "Health Library")
    assert _covered(text, findings, "Put Intention Behind Your Walking")
    assert _covered(text, findings, "While walking, be mindful")
    assert not _covered(text, findings, "The team says each culture")


def test_a_footer_under_a_short_line_is_no_teaser() -> None:
    recaps = "".join(
        f"{home} {a} {away} {b}\nAt {town}, the home side scored twice in the third period and held on for the win.\n"
        for home, a, away, b, town in (
            ("Flyers", 6, "Capitals", 4, "Washington"),
            ("Wild", 4, "Coyotes", 1, "St. Paul"),
            ("Oilers", 2, "Flames", 1, "Edmonton"),
        )
    )
    text = ARTICLE + recaps + "Hosted by\nCopyright © 2008 The Press Agency. All rights reserved.\n"
    findings = _bp(text)
    assert not _covered(text, findings, "Wild 4 Coyotes 1")
    assert not _covered(text, findings, "At Edmonton")
