"""The article's own first and last lines: a closing line under the last paragraph, and the
headline of an article whose page holds a widget's prose above it."""

from __future__ import annotations

from scrapelint.api import lint_text

from tests.gating_lines import covered


def _bp(text: str):
    return lint_text(text, select=["BP"])


HEAD = "Home\nNews\nSport\nContact\nCity beat the league leaders in the rain\nMarch 3, 2024\n"

BODY = (
    "City won their first match of the season against the league leaders on Saturday, scoring twice in the "
    "last ten minutes after a long spell of pressure in heavy rain.\n"
    "The home side had the better of the first half but could not find a way past the visiting goalkeeper, "
    "who saved a penalty and two shots from close range before the break.\n"
    "The leaders scored first after an hour, when a corner was headed in at the far post, and for a while "
    "it looked as if their run of wins would go on for another week.\n"
    "Two late goals from the substitutes turned the match, the second a low shot from the edge of the area "
    "in the third minute of added time that the goalkeeper never saw.\n"
)

FOOT = "Share this article\nFacebook\nTwitter\n© 2024 City Weekly. All rights reserved.\n"


def test_a_short_statement_under_the_last_paragraph_is_the_texts_last_sentence() -> None:
    text = HEAD + BODY + "Both teams finish level.\n" + FOOT
    findings = _bp(text)
    assert not covered(text, findings, "Both teams finish"), [(f.line, f.snippet) for f in findings]
    assert covered(text, findings, "Share this article")


def test_a_sentence_that_lost_its_full_stop_under_the_last_paragraph_is_kept() -> None:
    closing = "Smith and Jones are both three points behind the leaders in a tie for fourth place after the weekend\n"
    text = HEAD + BODY + closing + FOOT
    assert not covered(text, _bp(text), "Smith and Jones are both")


def test_a_line_up_under_the_last_paragraph_is_the_texts_own() -> None:
    lineup = "City: Ward; Hill, Stone, Baker, Reed; Cole, Fox, Lane; Park, Wood, Ross.\n"
    text = HEAD + BODY + lineup + FOOT
    assert not covered(text, _bp(text), "City: Ward; Hill")


def test_a_call_to_action_under_the_last_paragraph_stays_flagged() -> None:
    text = HEAD + BODY + "Talk to us today!\nSubscribe to our newsletter\n" + FOOT
    assert covered(text, _bp(text), "Talk to us today!")


def test_a_forms_field_under_the_last_paragraph_stays_flagged() -> None:
    box = "Region: All regions.\nSeason: Winter.\nSearch\nArchive\nAbout us\n"
    text = HEAD + BODY + box + FOOT
    assert covered(text, _bp(text), "Region: All regions.")


def test_a_footnote_mark_is_no_closing_sentence() -> None:
    text = HEAD + BODY + "*Prices vary by region.\nAbout us\nCareers\nAdvertise\n" + FOOT
    assert covered(text, _bp(text), "*Prices vary by region.")


WIDGET = (
    "Your Photos\n"
    "Check out this great photo of the week in the reader album on our pages:\n"
    "Want to see your own picture here? Try sending one in! It is fast and easy, and only the most popular "
    "pictures are shown on the front page of the site each week.\n"
    "Send your pictures with your name and the place where you took them, and we will do the rest for you.\n"
)

SIDEBAR = (
    "Hockey Headlines\n"
    "Late goal cannot stop the visitors in the cup\n"
    "Captain out for up to six weeks with a knee injury\n"
    "Hosts lose their star forward then the match\n"
    "Football Headlines\n"
    "Coach and former player settle their dispute\n"
    "Two students win the national player award\n"
    "Rovers finally name an assistant coach\n"
    "Veteran signs a new deal with his old club\n"
    "Town lose their star striker to injury\n"
    "Basketball Headlines\n"
    "Guards lead the comeback in the second half\n"
    "Rookie scores a career high in the home win\n"
    "Coach signs a contract extension for three years\n"
    "Injured forward will miss the rest of the season\n"
    "Cricket Headlines\n"
    "Openers put on a century stand before lunch\n"
    "Spinner takes five wickets on the final day\n"
    "Board names a new captain for the winter tour\n"
    "Rain washes out the second day at the ground\n"
    "Young batsman called up for the first test\n"
)

TOOLS = "Save Email Print\nPosted: 6:12 PM Mar 3, 2024\nA | A | A\n"


def test_the_articles_headline_under_a_sidebar_of_headlines_is_kept() -> None:
    title = "City Beat the League Leaders Late in the Rain\n"
    text = WIDGET + SIDEBAR + title + TOOLS + BODY + FOOT
    findings = _bp(text)
    assert not covered(text, findings, "City Beat the League Leaders"), [(f.line, f.snippet) for f in findings]
    assert covered(text, findings, "Town lose their star striker")


def test_a_teaser_right_above_the_article_that_the_body_does_not_echo_stays_flagged() -> None:
    teaser = "Harbour Festival Returns With Fireworks and Boats\n"
    text = WIDGET + SIDEBAR + teaser + TOOLS + BODY + FOOT
    assert covered(text, _bp(text), "Harbour Festival Returns")


INTRO = (
    "A good agency knows the market it works in, and the ones below have all run campaigns for companies "
    "like yours over the last few years, with results that their clients were willing to talk about.\n"
    "We compared them on the year they were founded, what they do best, one result they can show, their "
    "prices and the rating their clients gave them.\n"
    "Here's a summary of the agencies we will cover in this review:\n"
)

TABLE = (
    "#\nCompany\nYear Founded\nClients\nSpecialty\nPrice Range\nRating\n"
    "1\nNorthwind\n2020\n120\nSearch for shops and small brands\n$$\n4.9\n"
    "2\nBluebird\n2018\n85\nPress and search for start-ups\n$$$\n4.7\n"
    "3\nHarbour Works\n2022\n40\nTechnical search for software makers\n$$\n4.6\n"
    "4\nRed Kite\n2017\n210\nCampaigns for shops and restaurants\n$$$\n4.4\n"
    "5\nSilver Fern\n2019\n65\nSearch and content for travel firms\n$$\n4.3\n"
)

AFTER = (
    "Each agency is described below with the work it has done, what it charges and what its clients said "
    "about working with it, so that you can draw up a short list before you call any of them.\n"
)


def test_a_table_with_cells_of_signs_under_the_sentence_that_announces_it_is_kept() -> None:
    text = "Home\nBlog\nContact\n" + INTRO + TABLE + AFTER + FOOT
    findings = _bp(text)
    for cell in ("Northwind", "Press and search for start-ups", "Red Kite"):
        assert not covered(text, findings, cell), [(f.line, f.snippet) for f in findings]


def test_a_pager_of_figures_and_arrows_above_the_article_is_no_table() -> None:
    pager = "Top Stories\nClick photo to enlarge\n«\n1\n2\n3\n4\n5\n»\n"
    text = "Home\nNews\nSport\nContact\n" + pager + BODY + FOOT
    assert covered(text, _bp(text), "Click photo to enlarge")
