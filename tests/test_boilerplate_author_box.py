"""The author's box under the article is known by the byline's name, not by its words."""

from __future__ import annotations

from scrapelint.api import lint_text

from tests.gating_lines import covered


def _bp(text: str):
    return lint_text(text, select=["BP"])


_covered = covered


HEAD = "Home\nNews\nGardens\nContact\nHow to plan a spring garden on a small budget\nBy Mara Lindqvist\nMarch 3, 2024\n"

BODY = (
    "A small garden can look full by June if the planting starts in March, and most of the work costs "
    "nothing but time and a few packets of seed from the local shop.\n"
    "Start with the soil: dig in the compost you made over the winter, and leave the beds to settle for a "
    "week before you sow anything in them.\n"
    "Sow the hardy annuals first, in short rows that you can weed easily, and keep the tender plants indoors "
    "until the last frost has passed in your area.\n"
    "By May the beds will need water every other day, so set up a rain barrel early and mulch the soil to "
    "keep the moisture in during the warm afternoons.\n"
)

FOOT = "Share this article\nFacebook\nTwitter\n© 2024 Garden Weekly. All rights reserved.\n"


def test_the_bylines_name_over_a_bio_after_the_article_is_the_author_box() -> None:
    box = (
        "Mara Lindqvist\n"
        "Contributing Writer\n"
        "Mara Lindqvist is a garden writer who has tended allotments in three cities and writes about growing "
        "food in small spaces.\n"
    )
    text = HEAD + BODY + box + FOOT
    findings = _bp(text)
    assert _covered(text, findings, "Mara Lindqvist\nContributing")
    assert _covered(text, findings, "Mara Lindqvist is a garden writer")
    assert not _covered(text, findings, "By May the beds")


def test_a_bio_in_the_first_person_names_the_author_by_first_name() -> None:
    box = (
        "Mara Lindqvist\n"
        "I'm Mara, a garden writer who has tended allotments in three cities and writes about growing food in "
        "small spaces.\n"
    )
    text = HEAD + BODY + box + FOOT
    assert _covered(text, _bp(text), "I'm Mara, a garden writer")


def test_people_the_byline_does_not_name_are_the_texts_own() -> None:
    experts = (
        "Jonas Berg\n"
        "Jonas Berg runs a seed library and says the cheapest seed is the seed you save from last year's "
        "plants in the autumn.\n"
    )
    text = HEAD + BODY + experts + BODY.replace("A small garden", "Any garden") + FOOT
    findings = _bp(text)
    assert not _covered(text, findings, "Jonas Berg runs a seed library")


def test_a_release_named_in_an_updated_line_is_no_author() -> None:
    text = (
        "Garden Planner 2.12 and 2.13 Released\n"
        "Updated on December 19, 2017 to include information about Planner 2.12-LTS.\n" + BODY + "Planner 2.12-LTS\n"
        "Planner 2.12-LTS is our third long-term support release, and you can install it by upgrading the "
        "package in your project.\n" + BODY.replace("A small garden", "Any garden")
    )
    findings = _bp(text)
    assert not _covered(text, findings, "Planner 2.12-LTS is our third")


def test_a_byline_label_over_the_name_heads_the_box() -> None:
    head = "Home\nNews\nGardens\nContact\nHow to plan a spring garden on a small budget\nMarch 3, 2024\n"
    box = (
        "Written by\n"
        "Mara Lindqvist\n"
        "Mara is a garden writer who has tended allotments in three cities and writes about growing food "
        "in small spaces.\n"
    )
    text = head + BODY + box + FOOT
    findings = _bp(text)
    assert _covered(text, findings, "Mara is a garden writer")
    assert not _covered(text, findings, "By May the beds")
