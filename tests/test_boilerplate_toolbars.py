"""A row of interface labels on one line is a toolbar, judged by its items, not by the whole line."""

from __future__ import annotations

import pytest
from scrapelint.api import lint_text
from scrapelint.rules.boilerplate.classify import phrase_table_for
from scrapelint.rules.boilerplate.lines import Profile, line_fields
from scrapelint.rules.boilerplate.toolbars import label_with_object, toolbar_kind

TABLE = phrase_table_for(Profile())


@pytest.mark.parametrize(
    "row",
    [
        "Email | Print | Text size",
        "Email    Print      Text Size",
        "Post comment | Terms | Report Abuse",
        "Share Tweet LinkedIn",
        "SMS Facebook Twitter Email",
        "Drucken | Teilen | Schriftgröße",
        "Imprimer · Partager · Taille du texte",
    ],
)
def test_rows_of_known_labels_are_toolbars(row):
    assert toolbar_kind(row, TABLE) is not None


@pytest.mark.parametrize(
    "line",
    [
        "X X X",  # a row of one-letter items is a placeholder, not a toolbar
        "Video production.",  # a list item closed with a full stop
        "2. Video, video, video.",
        "Email your local council",  # one label and prose
        "Print | Our history | Annual report 2023",  # items that are no labels
        "print and email",  # a phrase that starts lower-case runs on from the line above
        "Email by line",  # a small word among the labels: a phrase of the text
        "“email”: “project@doxyz.gov”",  # an address is no tool
    ],
)
def test_other_lines_are_no_toolbars(line):
    assert toolbar_kind(line, TABLE) is None


def test_a_toolbar_line_gets_a_phrase_kind_and_the_toolbar_mark():
    fields = line_fields("Email | Print | Text size", TABLE, Profile())
    assert fields[3] == "share"  # kind
    assert fields[-1] is True  # toolbar
    assert line_fields("Share", TABLE, Profile())[-1] is False  # a phrase line alone is no row


PARAGRAPH = (
    "The harbour board voted on Tuesday to rebuild the northern breakwater, which storms have battered "
    "for three winters, and the work will start in the spring once the fishing season has ended. "
    "Engineers say the new wall will be two metres higher and will protect the moorings behind it."
)
SECOND = (
    "Fishermen welcomed the decision but asked the board to keep one berth open during the works, so "
    "that the smaller boats can still land their catch in the town rather than sail to the next port."
)


def test_toolbar_inside_the_article_is_flagged_and_the_headline_under_it_kept():
    text = (
        "Home\nNews\nSport\nWeather\n\n"
        "Harbour board votes to rebuild the northern breakwater\n\n"
        f"{PARAGRAPH}\n\n"
        "Email    Print      Text Size\n\n"
        "Long wait ends for local anglers\n\n"
        f"{SECOND}\n"
    )
    findings = lint_text(text, select=["BP"])
    at = text.index("Email    Print")
    title = text.index("Long wait ends")
    assert any(f.start <= at < f.end for f in findings)
    assert not any(f.start <= title < f.end for f in findings), [(f.code, f.snippet) for f in findings]


def test_field_labels_between_headline_and_article_do_not_push_the_headline_away():
    text = (
        "Home\nNews\nSport\nWeather\nArchives\n\n"
        "Long wait ends for local anglers\n\n"  # no word of it echoed below: only its place keeps it
        "By Jane Doe\n\nJanuary 07, 2008 12:52pm\n\n"
        "Article from:\n\nFont size: + -\n\nSend this article: Print Email\n\n"
        f"{PARAGRAPH}\n\n{SECOND}\n"
    )
    findings = lint_text(text, select=["BP"])
    title = text.index("Long wait ends")
    assert not any(f.start <= title < f.end for f in findings), [(f.code, f.snippet) for f in findings]
    assert any(f.start <= text.index("Font size") < f.end for f in findings)


@pytest.mark.parametrize(
    "line",
    ["Diese Seite teilen", "Save this story", "Imprimir esta página", "Partager cet article", "Also in the News"],
)
def test_a_label_with_the_page_as_its_object_is_that_labels_kind(line):
    assert label_with_object(line, TABLE) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Save the whales",  # a word of content beside the label
        "Share this story.",  # closed with a full stop: a sentence
        "Email Print",  # two labels: a row, read apart
        "share this story",  # lower-case: a sentence carried over from the line above
        "Print",  # a label alone is the phrase table's
        "Share Your Story!",  # labels do not exclaim
        "Where do you advertise?",  # nor ask
        "We will subscribe:",  # a subscription is no tool of the page
    ],
)
def test_a_label_among_other_words_is_not(line):
    assert label_with_object(line, TABLE) is None


def test_a_label_with_its_object_gets_the_labels_kind_but_no_toolbar_mark():
    fields = line_fields("Diese Seite teilen", TABLE, Profile())
    assert fields[3] == "share"
    assert fields[-1] is False  # it may head what follows ("Also in Business" over teasers)


def test_a_rows_kind_is_its_items_most_common_of_a_tie_the_last():
    assert toolbar_kind("Photo News", TABLE) == "navigation"  # a menu entry stays with its menu
    assert toolbar_kind("Email    Print      Text Size", TABLE) == "share"
