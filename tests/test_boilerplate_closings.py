"""Change logs, a figure's source line and a closing pointer are the article's own text."""

from __future__ import annotations

from scrapelint.api import lint_text
from scrapelint.rules.boilerplate.changelog import version_line

from tests.gating_lines import flagged_lines

INTRO = (
    "This month the platform team moved every application runtime to a newer release, and most of "
    "the changes below need nothing from the teams that run applications on the platform."
)
OUTRO = (
    "If your application pins an older runtime, test it against the new one before the end of the "
    "month, and write to the support desk when a build that used to pass starts to fail."
)
PACKAGES = ["nginx", "ruby", "bundler", "node", "python", "composer"]
CHANGES = [
    "Components",
    *[
        f"Add {name} {major}.{minor}.3, remove {name} {major}.{minor}.1"
        for name in PACKAGES
        for major in (2, 3)
        for minor in (4, 7)
    ],
    "Static Buildpack 2.4.11",
    "Refreshing shared-config",
    "Add nginx 1.27.1, remove nginx 1.26.2",
    "Add nginx 1.26.3, remove nginx 1.26.1",
    "Ruby Buildpack v1.11.4",
    "Add ruby 3.4.1, remove ruby 3.3.5",
    "Add bundler 2.6.2, remove bundler 2.5.21",
    "Tidy the packaging script",
    "Add rubygems 3.6.2",
    "Java Buildpack v4.77.0",
    "Add jre 21.0.5, remove jre 21.0.4",
]


#: Furniture above the article, so that the page is judged as a scraped one, not as an article alone.
MENU = ["Home", "News", "Services", "Pricing", "Contact us", "Log in"]


def _bp(text: str):
    return lint_text(text, select=["BP"])


def test_version_line_names_a_thing_and_its_version():
    assert version_line("Add go 1.23.4, remove go 1.23.2")
    assert version_line("Ruby Buildpack v1.11.4")
    assert version_line("routing bumped to 0.301.0")
    assert not version_line("v3.2")  # a version picker's entry names no thing
    assert not version_line("Meeting on 30.05.2024 in Berlin")  # a date with dots
    assert not version_line("Python 3.12")  # two parts without a "v": a decimal as often
    assert version_line("Fix handling of timeouts (Jane Doe) #3884")  # a change and its pull request
    assert not version_line("Follow us #govtech")  # a hashtag is a word


def test_change_log_list_in_a_release_note_is_content():
    text = "\n".join([*MENU, "Release notes for March", INTRO, *CHANGES, OUTRO]) + "\n"
    assert not flagged_lines(text) & set(CHANGES), flagged_lines(text)


def test_link_list_without_versions_is_still_flagged():
    text = "\n".join(["Release notes for March", INTRO, *CHANGES, OUTRO, *MENU]) + "\n"
    flagged = flagged_lines(text)
    assert "Pricing" in flagged
    assert not flagged & set(CHANGES)


ARTICLE = [
    "Platform notes for March",
    "Here is what changed on the platform this month for the teams that build and run applications on it.",
    "Added",
    "The dashboard now warns you when it cannot fetch the latest figures for an application, so you can tell a slow page from a broken one.",
    "Changed",
    "Application logs now travel over the standard web port instead of a separate one, so that office networks no longer block them.",
    "Security",
    "The base image of every application was rebuilt to fix the issues listed below, each under its notice number.",
    "IS-2101-1: image library memory errors",
    "IS-2107-2: secure socket library timing leak",
    "IS-2112-1: compression library overflow",
    "IS-2115-1: font library vulnerabilities",
    "IS-2118-3: kernel vulnerability",
    "IS-2120-1: archive library vulnerabilities",
    "IS-2124-1: text library vulnerabilities",
]
POINTER = (
    "If you want the details of the smaller dashboard updates, you can also read the dashboard's own release notes."
)


def test_see_also_heading_over_one_closing_sentence_is_content():
    text = "\n".join([*MENU, *ARTICLE, "See also", POINTER]) + "\n"
    flagged = flagged_lines(text)
    assert "See also" not in flagged and POINTER not in flagged, flagged


def test_see_also_over_headlines_is_still_flagged():
    headlines = ["Ten tips for faster builds", "Why we moved our logs", "Meet the new support team"]
    text = "\n".join([*MENU, *ARTICLE, "See also", *headlines]) + "\n"
    assert "See also" in flagged_lines(text)


CHART = [
    "Faster builds this year",
    "We promised that sites would publish faster after the change to the build system, and the figures from the last twelve months bear that out for nearly every site we host.",
    "Large sites gained the most, because the old system copied every file one by one and the new one copies only the files that changed.",
    "Median build time in minutes by month",
    "The largest site took eighteen minutes to build at the start of the year and took under four minutes by the end of it.",
    "Source: internal build analytics",
    "Caching dependencies",
    "Sites used to install every dependency on each build, which took most of the build time for the smaller sites.",
]


def test_figure_source_line_between_paragraphs_is_content():
    text = "\n".join(CHART) + "\n"
    assert "Source: internal build analytics" not in flagged_lines(text)


def test_figure_source_right_under_an_uncaptioned_figure_title_is_content():
    uncaptioned = [line for line in CHART if not line.startswith("The largest site")]
    text = "\n".join([*MENU, *uncaptioned]) + "\n"
    flagged = flagged_lines(text)
    assert not flagged & {"Source: internal build analytics", "Median build time in minutes by month"}, flagged


def test_a_label_line_amid_a_box_of_headlines_is_no_figure_source():
    box = [
        "Space Agency Mission Could Spot Signs of Life",
        "Photos: Europa, Mysterious Icy Moon of Jupiter",
        "Observatory Twin Telescopes on the Mountain",
    ]
    text = "\n".join([*MENU, *CHART[:3], *box, *CHART[6:]]) + "\n"
    assert "Photos: Europa, Mysterious Icy Moon of Jupiter" in flagged_lines(text)


def test_source_line_under_the_page_headline_is_still_flagged():
    text = "\n".join([*MENU, "Median build time in minutes by month", "Source: internal build analytics", *CHART[1:3]])
    lint = _bp(text + "\n")
    at = text.index("Source:")
    assert any(f.start <= at < f.end for f in lint)


def test_source_line_closing_a_page_is_still_flagged():
    text = "\n".join([*CHART[:5], "Source: internal build analytics"]) + "\n"
    lint = _bp(text)
    at = text.index("Source:")
    assert any(f.start <= at < f.end for f in lint)


INVITATION = [
    "Join us on April 9 for a short talk on how the platform routes traffic between applications, "
    "with time for your questions at the end.",
    "Our engineers will show how to set up private routes, how to test them and what they cost, "
    "and they will walk through two examples from teams that moved to them last year.",
    "The talk is online, and a link to join will be sent to everyone who signs up the day before.",
]


def test_event_date_time_and_sign_up_link_closing_an_invitation_are_content():
    closing = ["April 9, 2025", "1:00 - 1:45 PM EDT", "Register"]
    text = "\n".join([*MENU, "Talk: private routes", *INVITATION, *closing]) + "\n"
    assert not flagged_lines(text) & set(closing), flagged_lines(text)


def test_a_date_the_text_does_not_name_still_closes_as_furniture():
    closing = ["June 30, 2025", "1:00 - 1:45 PM EDT", "Register"]
    text = "\n".join([*MENU, "Talk: private routes", *INVITATION, *closing]) + "\n"
    assert "Register" in flagged_lines(text)


NEWSLETTER = [
    "The Platform Letter - Issue No. 12",
    "This week the build service learned to cache dependencies between runs, and two teams wrote up "
    "how they moved their sites to the new routing layer.",
    "Caching dependencies",
    "Builds used to install every dependency from scratch, which took most of the build time for the "
    "smaller sites; the cache now keeps them between runs and drops them when the lock file changes.",
    "Moving to the new routing layer",
    "Two teams moved their sites this month and wrote down what surprised them, from the order in "
    "which routes are matched to the way redirects are counted in the monthly bill.",
]


def test_a_greeting_and_the_writers_names_closing_a_newsletter_are_content():
    closing = ["Until next week 👋", "Stay well,", "Ana Ruiz, Tom Berg and the Platform Team"]
    text = "\n".join([*MENU, *NEWSLETTER, *closing]) + "\n"
    assert not flagged_lines(text) & set(closing), flagged_lines(text)


def test_a_footer_menu_closing_the_page_is_still_flagged():
    closing = ["Stay well,", "About us", "Careers", "Contact us", "Privacy policy"]
    text = "\n".join([*MENU, *NEWSLETTER, *closing]) + "\n"
    assert {"Careers", "Privacy policy"} <= flagged_lines(text)


def test_a_sign_off_above_a_copyright_line_is_still_flagged():
    closing = ["Stay well,", "The Platform Team", "Copyright 2031 Example Hosting Inc. All rights reserved"]
    text = "\n".join([*MENU, *NEWSLETTER, *closing]) + "\n"
    assert closing[-1] in flagged_lines(text)


RELEASE = [
    "Version 4.2 of the data library",
    "This release replaces the cache with one that keeps records in a flat store, and most "
    "applications get faster without changing a line of their code.",
    "Performance",
    "The figures below compare the new cache with the one in version 4.1 on a large test "
    "application, measured on the same machine with the same records loaded.",
]
GAINS = [
    "Pushing new records into the store is now a third faster",
    "Reading a list of records the first time is now twice as fast",
    "Removing every record of a type is now almost instant",
]
NEXT_SECTION = [
    "Bug fixes",
    "The release also fixes eleven bugs reported since the last version, most of them in how "
    "relationships are loaded when a record is pushed twice.",
]


def test_a_sentence_closing_a_list_of_changes_and_the_list_are_content():
    pointer = "Read the full story in the release notes."
    text = "\n".join([*MENU, *RELEASE, *GAINS, pointer, *NEXT_SECTION]) + "\n"
    assert not flagged_lines(text) & {*GAINS, pointer}, flagged_lines(text)


def test_a_sentence_over_the_footer_closing_the_page_is_still_flagged():
    pointer = "Read the full story in the release notes."
    text = "\n".join([*MENU, *RELEASE, *NEXT_SECTION, pointer, "About us", "Careers", "Privacy policy"]) + "\n"
    assert pointer in flagged_lines(text)
