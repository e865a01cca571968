"""Boilerplate rules on the seed articles, the corpus rule across processes, and the judge's limits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scrapelint.api import lint_text
from scrapelint.rules.boilerplate.site_lines import normalise_line

ROOT = Path(__file__).resolve().parents[1]


def _covered(text: str, findings, needle: str) -> bool:
    """Whether some finding's span contains the line holding ``needle``."""
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


def _bp(text: str):
    return lint_text(text, select=["BP"])


def test_seed_000_boilerplate_lines_are_flagged_and_article_is_not(seeds):
    text = seeds["000"]
    findings = _bp(text)
    for line in (
        "Updating Data",
        "AvatarMB",
        "By MoneyOval Bureau",
        "3 min read",
        "Total votes: 163",
        "Please sign in to leave a comment",
        "Related Articles",
        "All rights reserved.",
    ):
        assert _covered(text, findings, line), line
    for line in (
        "Japan abruptly canceled the scheduled annual 2+2",
        "Domestic political factors shape",
        "The talks, involving Japan’s foreign and defense ministers",
    ):
        assert not _covered(text, findings, line), line


def test_seed_002_menus_footer_and_share_bar(seeds):
    text = seeds["002"]
    findings = _bp(text)
    for line in (
        "LOGIN",
        "Home > World",
        "Updated : 2025-06-22",
        "#NATO",
        "Popular articles",
        "Copy URL copied.",
        "Comments 0",
        "Most Viewed",
        "Registration number",
        "Copyright ©",
    ):
        assert _covered(text, findings, line), line
    for line in (
        "TOKYO – Japan has abruptly canceled",
        "Japan Cancels Key US Security Talks",
        'The cancellation of the "2+2" talks serves as a significant test',
    ):
        assert not _covered(text, findings, line), line
    menu = next(f for f in findings if f.code == "BP001" and text.index("LOGIN") < f.end)
    assert menu.end > text.index("Cherry Garden Story"), "the whole menu is one finding"


def test_block_kind_is_in_the_message():
    text = (
        "A story\n\n"
        + "The council met on Tuesday and voted for the plan after a long debate. " * 3
        + "\n\nShare\nFacebook\nX\n"
    )
    [finding] = [f for f in _bp(text) if f.code == "BP002"]
    assert "Share or follow bar" in finding.message and "3 lines" in finding.message


def test_extra_site_phrase_option():
    text = "Today in Springfield\n\n" + "The council met on Tuesday and voted for the plan after a long debate. " * 3
    assert not any("Springfield" in text[f.start : f.end] for f in _bp(text))
    settings = {"rules": {"BP009": {"phrases": ["Today in Springfield"]}}}
    from scrapelint.io.config import settings_from_table

    config = settings_from_table({"select": ["BP009"], **settings}, "inline")
    findings = lint_text(text, settings=config)
    assert any("Today in Springfield" in text[f.start : f.end] for f in findings)


@pytest.mark.slow
def test_huge_single_line_does_not_hang():
    text = "word, " * 2_000_000  # one 12 MB line of prose-like text (speed: bench/boilerplate.py)
    assert _bp(text) == []


def test_line_normalisation_for_corpus_dedup():
    assert normalise_line("  Example  Times, 2024!! ") == normalise_line("example times 2025")
    assert normalise_line("Example Times 2024") != normalise_line("Example Tides 2024")


def _write_site(folder: Path, pages: int) -> None:
    folder.mkdir()
    topics = ["harbour", "library", "bridge", "market", "school", "museum", "railway", "park"]
    for n in range(pages):
        topic = topics[n % len(topics)] + "-" + "".join(chr(97 + int(d)) for d in str(n))  # unique after digit folding
        body = (
            f"The {topic} committee met on day {n} and agreed on a plan for the {topic} after a long debate "
            f"that ran well into the evening, with residents asking about costs and timing.\n"
        )
        (folder / f"page{n:03d}.txt").write_text(
            f"Springfield Courier - independent local news\n\nStory about the {topic}\n\n{body}", encoding="utf-8"
        )


def _cli(*args: str) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapelint",
            "check",
            *args,
            "--format",
            "jsonl",
            "--isolated",
            "--no-progress",
            "--exit-zero",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(row) for row in done.stdout.splitlines() if row.strip()]


@pytest.mark.slow
def test_site_template_line_across_two_processes(tmp_path):
    site = tmp_path / "site"
    _write_site(site, 70)  # more than two chunks of work, so --jobs 2 really splits it
    serial = _cli(str(site), "--select", "BP010", "--jobs", "1")
    parallel = _cli(str(site), "--select", "BP010", "--jobs", "2")
    assert serial == parallel
    lines = {f["snippet"] for f in serial}
    assert any("Springfield Courier" in s for s in lines)
    assert not any("committee met" in s for s in lines), "article sentences differ per page"
    assert len([f for f in serial if "Springfield Courier" in f["snippet"]]) == 70


def test_site_template_line_groups_by_host(tmp_path):
    shard = tmp_path / "shard.jsonl"
    rows = []
    for n in range(6):
        host = "a.example" if n % 2 else "b.example"
        word = "abcdef"[n] * 3
        footer = "Alpha Daily all rights kept" if host == "a.example" else f"unique line about {word} here"
        rows.append({"id": f"d{n}", "url": f"https://{host}/story/{n}", "text": f"{footer}\n\nStory text {word}."})
    shard.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    found = _cli(str(shard), "--select", "BP010", "--jobs", "1")
    assert {f["doc"] for f in found} == {"d1", "d3", "d5"}
    assert all("3 of 3 documents" in f["message"] for f in found)


CLEAN_ARTICLE = """# Ferry line adds winter crossings

The island ferry will run two extra crossings a day from December.

The operator said on Monday that demand had grown by a fifth since the new terminal opened, and that the
early crossing would leave at half past five so that commuters could reach the mainland before seven.

## What changes

- First crossing: 05:30
- Last crossing: 23:10
- Fares: unchanged

"We listened to the people who use the boat every day," the harbour master said.

Local councillors welcomed the decision but asked the operator to publish a timetable for the holiday weeks,
when crossings have been cancelled at short notice in previous years.
"""


def test_clean_article_gets_no_boilerplate_or_duplication_findings():
    findings = lint_text(CLEAN_ARTICLE, select=["BP", "DU"], format="markdown")
    assert findings == [], [(f.code, f.snippet) for f in findings]


def test_same_article_with_a_menu_gets_one_block():
    text = "Home\nNews\nSport\nTravel\nWeather\nContact\n\n" + CLEAN_ARTICLE
    findings = lint_text(text, select=["BP"], format="markdown")
    assert [(f.code, f.line, f.end_line) for f in findings] == [("BP001", 1, 6)]


FERRY_BODY = (
    "Harbour ferry fares will rise by a fifth next spring, the regional transport board said on Tuesday, "
    "blaming fuel costs and an ageing fleet that needs repairs.\n\n"
    "The board said the new ferry fares would apply from March and that season tickets would rise less "
    "than single tickets, to protect daily commuters.\n\n"
    "Commuter groups said the rise was steep and asked the board to publish the repair bills it cited.\n"
)
CAPTIONS = (
    "The old pier",
    "Dawn crossing",
    "Ticket hall",
    "Upper deck",
    "Harbour lights",
    "Night queue",
    "Car ramp",
    "Crew room",
    "Lifeboat drill",
    "Last sailing",
)
GALLERY = "".join(f"{caption}\n\nImage {n} of 10\n\n" for n, caption in enumerate(CAPTIONS, 1))


def _page_with_gallery(title: str) -> str:
    return f"Home\nNews\nSport\nTravel\n\n{title}\n\nBy Staff Reporter\n\n{GALLERY}{FERRY_BODY}"


def test_headline_far_above_the_body_is_kept_when_the_body_echoes_it():
    title = "Ferry fares to rise by a fifth next spring"
    text = _page_with_gallery(title)
    findings = _bp(text)
    assert not _covered(text, findings, title)
    assert _covered(text, findings, "Image 3 of 10")  # the gallery is still residue


def test_title_like_line_far_above_the_body_is_flagged_when_the_body_does_not_echo_it():
    title = "Winter markets open across the old town"
    text = _page_with_gallery(title)
    assert _covered(text, _bp(text), title)


def test_echo_needs_two_shared_content_words_and_a_share_of_the_line():
    from scrapelint.rules.boilerplate.headlines import echoes as _echoes
    from scrapelint.rules.boilerplate.words import stems as _stems

    body = _stems("Harbour ferry fares will rise by a fifth next spring".split())
    line = _line_with_stems("Ferry fares to rise sharply")
    assert _echoes(line, body)
    assert not _echoes(_line_with_stems("Ferry timetable for winter weekends announced"), body)
    assert not _echoes(_line_with_stems("Spring"), body)


def _line_with_stems(text: str):
    from scrapelint.model.document import Document
    from scrapelint.rules.boilerplate.classify import Profile, _describe, phrase_table_for

    doc = Document(text, path="t.txt")
    profile = Profile()
    return _describe(doc, 0, doc.lines[0], phrase_table_for(profile), profile)


TOUR_OPENING = (
    "The county's youth orchestra finished its autumn tour on Sunday with a sold-out concert in the "
    "old market hall, and the organisers published the attendance for each stop.\n\n"
)
TOUR_CLOSING = (
    "Next year the orchestra plans to add two towns to the tour and to record the programme in the "
    "spring, its director said after the final concert.\n"
)
MENU = "Home\nNews\nSport\nTravel\n\n"


def test_table_flattened_to_one_cell_a_line_between_paragraphs_is_kept():
    table = "Town\n\nSeats\n\nSold\n\nRiverton\n\n420\n\n98%\n\nMillbrook\n\n310\n\n87%\n\nEastwick\n\n280\n\n91%\n\n"
    text = MENU + TOUR_OPENING + table + TOUR_CLOSING
    findings = _bp(text)
    assert [(f.code, f.line, f.end_line) for f in findings] == [("BP001", 1, 4)]


def test_menu_with_counts_is_not_taken_for_data():
    archive = "Archive\n\n2024 (12)\n\n2023 (30)\n\n2022 (41)\n\n2021 (17)\n\n"
    text = archive + MENU + TOUR_OPENING + TOUR_CLOSING
    findings = _bp(text)
    assert _covered(text, findings, "2022 (41)")
    assert not _covered(text, findings, "youth orchestra")


def test_year_archive_under_its_heading_after_the_article_is_flagged():
    text = MENU + TOUR_OPENING + TOUR_CLOSING + "\nArchive\n\n2024\n\n2023\n\n2022\n\n2021\n"
    assert _covered(text, _bp(text), "2022")


def test_gallery_counters_are_interface_residue():
    text = MENU + "Image 2 of 9\n\n2 / 9\n\nRead later\n\n" + TOUR_OPENING + TOUR_CLOSING
    findings = _bp(text)
    for line in ("Image 2 of 9", "2 / 9", "Read later"):
        assert _covered(text, findings, line)
    assert not _covered(text, findings, "youth orchestra")


def test_fraction_in_a_sentence_is_not_a_gallery_counter():
    text = MENU + TOUR_OPENING + "About 2 / 3 of the seats went to season ticket holders, the organisers said.\n\n"
    text += TOUR_CLOSING
    assert not _covered(text, _bp(text), "About 2 / 3")


def test_titles_may_start_with_a_figure_or_a_quote():
    from scrapelint.rules.boilerplate.lines import _capitalised

    assert _capitalised("2020 ferry timetable published")
    assert _capitalised("‘We will not sell’: harbour board keeps the old pier")
    assert _capitalised("“Fares must rise”, board says")
    assert not _capitalised("‘and then the ferry left’")
    assert not _capitalised("ferry fares rise")


BAND_TEASER = (
    "The city's brass band celebrates its centenary with a parade through the old town and a free "
    "concert in the park on Saturday afternoon.\n\n"
)


def test_title_after_an_advertisement_line_inside_the_article_is_the_ad_not_a_heading():
    text = MENU + TOUR_OPENING + "Advertisement\n\nPlans for the weekend\n\n" + BAND_TEASER + TOUR_CLOSING
    text += "\n" + TOUR_OPENING.replace("Sunday", "Monday")
    assert _covered(text, _bp(text), "Plans for the weekend")


def test_heading_after_a_paragraph_inside_the_article_is_kept():
    text = MENU + TOUR_OPENING + "Plans for the weekend\n\n" + BAND_TEASER + TOUR_CLOSING
    text += "\n" + TOUR_OPENING.replace("Sunday", "Monday")
    assert not _covered(text, _bp(text), "Plans for the weekend")


def test_headline_and_standfirst_far_above_the_body_are_both_kept():
    title, standfirst = "Ferry fares to rise by a fifth", "Season tickets for daily commuters rise less"
    text = f"{MENU}{title}\n\n{standfirst}\n\nBy Staff Reporter\n\n{GALLERY}{FERRY_BODY}"
    findings = _bp(text)
    assert not _covered(text, findings, title)
    assert not _covered(text, findings, standfirst)
    assert _covered(text, findings, "Image 3 of 10")


def test_site_line_normalisation_of_a_whole_text_is_that_of_each_line():
    from scrapelint.rules.boilerplate.site_lines import _normalised_lines, normalise_line

    text = "Straße_-Nr. 12\r\n\n  --  \n١٢ Mai\u2028X\x0bY\nFOOTER__LINE © 2024\n_lead _ mid_ _\n__\n_\n"
    assert _normalised_lines(text) == [normalise_line(line) for line in text.split("\n")]
    assert _normalised_lines(text)[0] == "strasse nr 0"


def test_remembered_lines_judge_as_fresh_ones(monkeypatch):
    """The per-line memo (full, cleared, or holding another page's lines) never changes a finding."""
    from scrapelint.rules.boilerplate import classify

    pages = [_page_with_gallery("Ferry fares to rise"), "Home\nNews\nSport\nTravel\nWeather\n\n" + CLEAN_ARTICLE]
    classify._memo.clear()
    fresh = [[(f.code, f.line, f.end_line) for f in lint_text(p, select=["BP"])] for p in pages]
    assert fresh[0] and fresh[1]
    for _ in range(2):  # first with every line remembered, then with a memo cleared every few lines
        again = [[(f.code, f.line, f.end_line) for f in lint_text(p, select=["BP"])] for p in reversed(pages)]
        assert again[::-1] == fresh
        monkeypatch.setattr(classify, "MEMO_LINES", 3)
        classify._memo.clear()
    for _ in range(2):
        again = [[(f.code, f.line, f.end_line) for f in lint_text(p, select=["BP"])] for p in reversed(pages)]
        assert again[::-1] == fresh
    assert all(len(memo) <= 3 for memo in classify._memo.values())


LONG_PARAGRAPHS = [
    "The harbour board met on Tuesday evening to weigh the ferry fares for next spring, and its members "
    "spent most of the meeting on the repair bills that the operator had sent them in the autumn.",
    "Commuter groups told the board that the rise would fall hardest on people who cross twice a day, "
    "and they asked for season tickets to be spared while the fleet is being repaired this winter.",
    "The operator said the oldest boat would leave service in March and that a hired vessel would take "
    "its place on the morning crossings until the new ferry arrives from the yard next year.",
]


def _article(middle: str) -> str:
    first, second, third = LONG_PARAGRAPHS
    return f"Ferry fares to rise\n\n{first}\n\n{second}\n\n{middle}\n\n{third}\n"


def test_a_lone_network_name_heading_a_paragraph_about_it_is_a_section_heading():
    about = "The operator now posts every timetable change on its YouTube channel, where crews also film the crossings."
    kept = lint_text(_article(f"YouTube\n\n{about}"), select=["BP"])
    assert [f.code for f in kept] == []
    bar = lint_text(_article(f"Facebook\n\nTwitter\n\nYouTube\n\n{about}"), select=["BP"])
    assert [f.code for f in bar] == ["BP002"]


def test_a_bracketed_credit_between_paragraphs_is_kept_but_not_under_a_caption():
    credit = "(Copyright 2019 Jane Doe; reprinted with permission)"
    assert [f.code for f in lint_text(_article(credit), select=["BP"])] == []
    caption = "The old ferry at the pier in March."
    flagged = lint_text(_article(f"{caption}\n\n{credit}"), select=["BP"])
    assert [f.code for f in flagged] == ["BP007"]


INFOBOX = (
    "Mara Lind\n\nLind at the regatta in Kiel\n\nBorn: 3 May 1990 (age 35), Tromsø\n\nClub: North Bay\n\n"
    "Boat: Laser\n\nOlympic debut\n\nAugust 2, 2012, in Weymouth\n\nMedals\n\nWorld title (2017)\n\n"
    "European title (2015)\n\nMara Lind\n\n"
)
SAILOR_BODY = (
    "Mara Lind is a Norwegian sailor who has raced single-handed dinghies since she was a child, and who "
    "won her first world title in a storm off the Danish coast after most of the fleet had retired.\n\n"
    "She grew up on an island north of the city, where her father ran the ferry, and she learned to sail "
    "in the harbour between the crossings before the club took her on as a junior.\n\n"
    "After the games she moved to the south coast to train with the national squad, and she has since "
    "coached younger sailors in the winter months when the racing season is over.\n"
)


def test_an_article_alone_keeps_its_info_box_and_lists():
    """No line of the page is known furniture and the tables know its language: its short runs are its own."""
    assert _bp(INFOBOX + SAILOR_BODY) == []


def test_the_same_article_among_furniture_is_judged_line_by_line():
    text = MENU + INFOBOX + SAILOR_BODY
    findings = _bp(text)
    assert _covered(text, findings, "Sport")
    assert not _covered(text, findings, "Norwegian sailor")


def test_silence_of_tables_that_do_not_know_the_language_says_nothing():
    from scrapelint.model.document import Document
    from scrapelint.rules.boilerplate.classify import Profile, analyse

    text = INFOBOX + SAILOR_BODY
    assert analyse(Document(text), Profile()) == []
    assert analyse(Document(text), Profile(languages=("de", "fr")))  # English, judged as any other page


def test_table_with_a_column_of_figures_every_row_is_kept():
    """Names and places recur nowhere, but a figure every fourth line is a four-column table."""
    rows = [
        ("Riverton Choir", "Riverton", "North", "420"),
        ("Millbrook Strings", "Millbrook", "East", "310"),
        ("Eastwick Brass", "Eastwick", "South", "280"),
        ("Harbour Singers", "Port Ellen", "West", "150"),
        ("Valley Winds", "Glenford", "North", "95"),
    ]
    table = "".join(f"{cell}\n\n" for row in rows for cell in row)
    text = MENU + TOUR_OPENING + "Group\n\nTown\n\nRegion\n\nSeats\n\n" + table + TOUR_CLOSING
    findings = _bp(text)
    assert _covered(text, findings, "Travel")
    for cell in ("Millbrook Strings", "Port Ellen", "Glenford", "280"):
        assert not _covered(text, findings, cell)


def test_figure_column_needs_one_period_over_most_of_the_run():
    from scrapelint.rules.boilerplate.structure import figure_column

    assert figure_column([False, False, False, True] * 5)
    assert not figure_column([False] * 12 + [True, False, True, False, True, False, True])  # a few rows at the end
    assert not figure_column([True, False, False, True, False, True, False, False, False, False, True])


def test_a_question_to_the_reader_between_paragraphs_is_a_discussion_question():
    """Inside the text, with paragraphs above and below, it is the chapter's own; after the
    last paragraph it is the call to comment that leads on to the comments."""
    question = "What do you think about the new fares? Should the council have stepped in?"
    assert _bp(_article(question)) == []
    first, second, third = LONG_PARAGRAPHS
    closing = f"Ferry fares to rise\n\n{first}\n\n{second}\n\n{third}\n\n{question}\n"
    assert [f.code for f in _bp(closing)] == ["BP005"]


def test_a_byline_shaped_title_that_the_paragraphs_below_discuss_is_a_section_heading():
    about = (
        "The ferry bureau was set up in 1921 to run the crossings, and for decades the bureau decided "
        "which islands kept a daily boat and which made do with one a week."
    )
    assert _bp(_article(f"THE FERRY BUREAU\n\n{about}")) == []
    assert _bp(_article(f"The Ferry Bureau\n\n{about}")) == []
    other = "Crews start their shifts at five, before the first boat leaves for the outer islands."
    assert [f.code for f in _bp(_article(f"The Ferry Bureau\n\n{other}"))] == ["BP003"]


PAPER_BODY = (
    "Ferry timetables are usually read as the product of commercial choices, but on a tidal coast the "
    "sea sets limits that no operator can ignore, and the crews who ran the boats knew them best.\n\n"
    "In this study we read the logbooks of four routes and compare the sailing times they record with "
    "the tide tables of the same years, to see how closely the two moved together over six decades.\n\n"
    "2 Data\n\n"
    "The logbooks cover four routes and about nine thousand crossings, with the time of departure, the "
    "state of the sea and the number of passengers noted for each crossing by the mate on duty.\n\n"
    "Discussion\n\n"
    "The results suggest that the move to fixed timetables was less a commercial decision than an "
    "engineering one, since it followed the building of deeper quays rather than any change in demand.\n"
)


def _paper(keywords: str) -> str:
    return (
        "Tidal Timing and the Scheduling of Island Ferries\n\nMaria Keller and Tomas Lindqvist\n\n"
        "Department of Geography, University of Northhaven\n\nAbstract\n\n"
        "We show that island ferry schedules followed the tides far longer than the operators admitted, "
        "and that fixed timetables came only with the deeper quays of the 1980s.\n\n"
        f"{keywords}1 Introduction\n\n{PAPER_BODY}"
    )


def test_a_paper_keeps_its_author_block_keywords_and_discussion_heading():
    """Keywords under the abstract and a "Discussion" section of paragraphs are the paper's
    own parts; with no furniture left, its author block is its own too."""
    assert _bp(_paper("Keywords: ferries, tides, timetables, maritime history\n\n")) == []


def test_a_tag_line_closing_the_article_and_a_comment_section_stay_flagged():
    first, second, third = LONG_PARAGRAPHS
    tags = f"Ferry fares to rise\n\n{first}\n\n{second}\n\n{third}\n\nKeywords: ferries, fares\n\n{first}\n"
    assert "BP008" in [f.code for f in _bp(tags)]
    comments = f"Ferry fares to rise\n\n{first}\n\n{second}\n\nComments\n\n{third}\n\nMarch 3, 2024 at 5:10 pm\n"
    assert "BP005" in [f.code for f in _bp(comments)]


BIOS = [
    ("Anna Berg, Northhaven College", "Dr. Berg teaches maritime history and has written two books on the "
     "coastal trade of the northern islands, where she grew up in a family of ferry crews."),
    ("Tomas Lind, Lead Editor", "Dr. Lind received his degrees from the University of Southport and spent "
     "ten years editing school books and journals before he joined the project in its first year."),
]  # fmt: skip


def test_a_books_about_the_authors_section_and_reviewer_list_are_its_own():
    """Deep in a text, an "About the authors" heading over a name and a paragraph about that
    person, again and again, is a front-matter section; with no furniture left on the page, the
    reviewer list after it is the text's own too."""
    first, second, _ = LONG_PARAGRAPHS
    bios = "\n\n".join(f"{name}\n\n{bio}" for name, bio in BIOS)
    reviewers = "\n".join(f"{n}, {c}" for n, c in [("Ben Hart", "Eastport College"), ("Lea Moss", "Westfield University"),
                                                 ("Ole Dahl", "Harbour State College"), ("Ina Roth", "Bay University")])  # fmt: skip
    book = f"Preface\n\n{first}\n\n{second}\n\nAbout the authors\n\nContributing authors\n\n{bios}\n\nReviewers\n\n{reviewers}\n"
    assert _bp(book) == []
    # one author's box after a news article, with the site's menu under it, stays furniture
    name, bio = BIOS[0]
    page = f"{_article('')}\nAbout the author\n\n{name}\n\n{bio}\n\nHome\nNews\nSport\nWeather\nContact us\n"
    assert "BP003" in [f.code for f in _bp(page)]


def test_a_further_reading_heading_that_opens_the_text_is_its_title():
    entries = (
        "Berg, A. (2003). Island crossings: how the ferries of the northern sea kept to the tides from 1900 "
        "to the deep quays of 1980. Harbour Press.\n\n"
        "Lind, T. (1996). Quays and timetables: what deep water changed on the coast and what it left as "
        "it was. Southport University Press.\n\n"
        "Moss, L. (2010). The mates' logbooks: nine thousand crossings read again by a historian of the "
        "sea and its weather. Bay Books.\n"
    )
    assert _bp(f"Further Reading\n\nTHE FERRY YEARS\n\n{entries}") == []
    # the same heading after the article, over a list of headlines, is a related-links block
    first, second, third = LONG_PARAGRAPHS
    closing = (
        f"Ferry fares to rise\n\n{first}\n\n{second}\n\n{third}\n\nFurther reading:\n"
        "- Harbour News: Board delays vote on ferry fares\n- Island Times: Crews warn of winter cuts\n"
        "- Coast Daily: New ferry leaves the yard late\n"
    )
    assert "BP004" in [f.code for f in _bp(closing)]


def test_a_comments_link_above_the_article_does_not_end_it():
    """ "Write a comment" over a share label and the article's paragraphs is a toolbar link;
    the same line after the article, with a reader's comment and its date, opens the comments."""
    paragraphs = "\n".join([*LONG_PARAGRAPHS, *LONG_PARAGRAPHS[:2]])
    page = f"Ferry fares to rise\n{paragraphs}\nWrite a comment\nShare this article:\n{paragraphs}\n"
    findings = _bp(page)
    below = page.index(LONG_PARAGRAPHS[1], page.index("Share this article:"))
    assert not any(f.start <= below < f.end for f in findings)
    assert "BP005" in [f.code for f in findings]  # the link itself is still residue
    thread = (
        f"Ferry fares to rise\n{LONG_PARAGRAPHS[0]}\n{LONG_PARAGRAPHS[1]}\nWrite a comment\n"
        "Jane Smith March 3, 2024 at 5:10 pm\n"
        f"{LONG_PARAGRAPHS[2]}\n"
        "Tom Lee March 3, 2024 at 6:02 pm\nI agree with the commuter groups here.\n"
    )
    assert _covered(thread, _bp(thread), LONG_PARAGRAPHS[2])


def test_a_heading_under_a_one_line_related_link_is_a_heading():
    """ "Related: <headline>" is a whole block on one line: the short line under it heads the
    next section when a paragraph follows. Under a label alone ("Read more:") the short line is
    the teaser the label announces."""
    first, second, third = LONG_PARAGRAPHS
    link = "Related: How the harbour board sets its fares each year"
    page = f"Ferry fares to rise\n\n{first}\n\n{link}\n\nThe winter timetable\n\n{second}\n\n{third}\n"
    findings = _bp(page)
    assert _covered(page, findings, link)
    assert not _covered(page, findings, "The winter timetable")
    teaser = page.replace(link, "Read more:")
    assert _covered(teaser, _bp(teaser), "The winter timetable")


def test_a_sentence_that_opens_with_a_quoted_title_is_no_breadcrumb():
    assert _bp("« Geronimo » est la chanson à succès de Sheppard.\n") == []
    assert [f.code for f in _bp("Accueil » Actualités » Monde\n")] == ["BP001"]
    assert [f.code for f in _bp("Home » News » World\n")] == ["BP001"]
