"""The boilerplate judge trusts page structure: wrapped paragraphs, list-heavy articles, flattened tables."""

from __future__ import annotations

import textwrap

import pytest
from scrapelint.api import lint_text

MENU = "Home\nNews\nSport\nTravel\nWeather\nContact\n\n"


def _bp(text: str):
    return lint_text(text, select=["BP"])


def _covered(text: str, findings, needle: str) -> bool:
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


GARDEN = (
    "Community gardens in the river district have doubled in number over the last five years, and the "
    "volunteers who run them say the waiting lists for a plot are now longer than ever before. Most of "
    "the gardens sit on land that the council leases for a token rent, and the leases run out next year. "
    "The volunteers want the council to extend the leases for ten years so that they can plan the soil "
    "work, the water tanks and the tool sheds that a garden needs, and they have asked every councillor "
    "to visit a garden before the vote in the spring."
)


def test_hard_wrapped_paragraph_is_prose_not_a_run_of_short_lines():
    wrapped = textwrap.fill(GARDEN, width=55)
    assert all(len(line.split()) < 12 for line in wrapped.split("\n"))  # each line alone is short
    text = MENU + wrapped + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "the volunteers who")
    assert not any(f.line > 7 for f in findings), [(f.code, f.line, f.snippet) for f in findings]


TRENDS_INTRO = (
    "Cloud spending keeps growing, and the trends below show where cloud budgets are going this year, "
    "from quantum services to greener data centres and tighter cloud security.\n\n"
)
TREND = "{n}. {title}\n\nCompany in focus: {company}\n\nCEO: {ceo}\n\nProduct in focus: {product}\n\n{body}\n\n"
TRENDS = [
    ("Quantum computing as a service", "Qubitworks", "Ada Marsh", "Qubit Cloud",
     "Quantum computing reaches firms through the cloud: Qubitworks rents quantum time on its Qubit Cloud, "
     "so that banks and drug makers can try quantum algorithms without building machines of their own."),
    ("Industry clouds", "Veritas Systems", "Tom Reyes", "Veritas Health Cloud",
     "Industry clouds bundle the rules and data models of one sector: Veritas Systems sells a health cloud "
     "to hospitals, which move to the cloud faster and spend less time on compliance work."),
    ("Greener data centres", "Northwind", "Lena Ortiz", "Carbon Ledger",
     "Data centres use a growing share of the world's electricity, and Northwind's Carbon Ledger reports "
     "the carbon that cloud workloads cause, region by region and month by month, to cloud buyers."),
]  # fmt: skip


def test_listicle_items_between_paragraphs_stay_in_the_article():
    body = TRENDS_INTRO + "".join(
        TREND.format(n=10 - i, title=t, company=c, ceo=ceo, product=p, body=b)
        for i, (t, c, ceo, p, b) in enumerate(TRENDS)
    )
    text = MENU + body + "Share\nFacebook\nX\nCopy link\n"
    findings = _bp(text)
    for line in (
        "10. Quantum computing as a service",
        "Company in focus: Veritas Systems",
        "Product in focus: Carbon Ledger",
    ):
        assert not _covered(text, findings, line), line
    assert _covered(text, findings, "Weather")
    assert _covered(text, findings, "Copy link")


def test_list_between_paragraphs_that_is_about_something_else_is_not_taken_in():
    stray = "Winter fashion week\n\nCEO: Ada Marsh\n\nCelebrity weddings\n\nLottery numbers\n\nBest pizza in town\n\n"
    body = TRENDS_INTRO + TREND.format(n=1, title=TRENDS[0][0], company="Qubitworks", ceo="Ada Marsh",
                                       product="Qubit Cloud", body=TRENDS[0][4])  # fmt: skip
    text = MENU + body + stray + TRENDS[1][4] + "\n\n" + TRENDS[2][4] + "\n"
    assert _covered(text, _bp(text), "Celebrity weddings")


def test_a_known_field_among_the_fields_of_a_listed_item_is_the_article_s():
    """An imprint label ("CEO: ...") between "Company in focus" and "Product in focus" of each
    item of a ranking is one of the item's fields."""
    body = TRENDS_INTRO + "".join(
        TREND.format(n=10 - i, title=t, company=c, ceo=ceo, product=p, body=b)
        for i, (t, c, ceo, p, b) in enumerate(TRENDS)
    )
    text = MENU + body + "Share\nFacebook\nX\nCopy link\n"
    findings = _bp(text)
    for ceo in ("CEO: Ada Marsh", "CEO: Tom Reyes", "CEO: Lena Ortiz"):
        assert not _covered(text, findings, ceo), ceo
    assert _covered(text, findings, "Copy link")


def test_fields_beside_a_consent_line_stay_furniture():
    box = "We use cookies on this site.\n\nPowered by: Cookie Hub\n\nDomains: example.org\n\nPurpose: statistics\n\n"
    body = TRENDS_INTRO + box + TRENDS[1][4] + "\n\n" + TRENDS[2][4] + "\n"
    text = MENU + body
    assert _covered(text, _bp(text), "Powered by: Cookie Hub")


MOVERS_INTRO = (
    "Moving across the state is expensive, and the movers we compared differ a lot in how they price "
    "packing, storage and long moves. Here is what each moving company offers and what movers charge.\n\n"
)
MOVER = (
    "{name}\n\n"
    "{name} offers local moving, long moves, packing and storage, and its movers handle pianos and safes "
    "for an extra charge; customers praise the careful packing and the storage rooms.\n\n"
    "Pros\n\nCareful packing\n\nFriendly movers\n\nFree storage for a month\n\n"
    "Cons\n\nSlow quotes\n\nDeposit for long moves\n\n"
    "Services\n\nPacking\n\nStorage\n\nPiano moving\n\nLong-distance moving\n\nLocal moving\n\n"
)


def test_long_lists_of_a_review_article_do_not_end_the_article():
    body = MOVERS_INTRO + "".join(MOVER.format(name=n) for n in ("Harbor Movers", "Pine Moving", "Atlas Vans"))
    text = MENU + body
    findings = _bp(text)
    for line in ("Free storage for a month", "Deposit for long moves", "Piano moving"):
        assert not _covered(text, findings, line), line


def test_table_flattened_with_repeating_column_values_is_kept():
    rows = [("Riverbank Care", "Non-Profit", "Yes"), ("Hillside Health", "For-Profit", "Yes"),
            ("Lakeview Plans", "For-Profit", "Yes"), ("Meadow Mutual", "Non-Profit", "Yes"),
            ("Summit Assurance", "For-Profit", "No"), ("Valley Trust", "Non-Profit", "Yes")]  # fmt: skip
    table = "Insurer\n\nType\n\nMedicare\n\n" + "".join(f"{a}\n\n{b}\n\n{c}\n\n" for a, b, c in rows)
    opening = (
        "Health insurers in the state differ in who owns them and whether they sell Medicare plans, "
        "which matters for retirees choosing a plan this autumn.\n\n"
    )
    closing = "Retirees should compare the plans of at least three insurers before the enrolment period ends.\n"
    text = MENU + opening + table + closing
    findings = _bp(text)
    assert not _covered(text, findings, "Hillside Health")
    assert not _covered(text, findings, "Non-Profit")
    assert _covered(text, findings, "Weather")


def test_table_with_range_cells_is_kept_whole():
    # a range of figures in a cell ("3.1-3.9") reads like a date, but ends no flattened table
    names = ["Harbor", "Lakeside", "Northfield", "Riverton", "Westbrook", "Eastgate", "Hillcrest", "Fairview",
             "Brookside", "Oakmont", "Pinecrest", "Maplewood", "Stonebridge", "Clearwater", "Ridgeview"]  # fmt: skip
    cells = []
    for i, name in enumerate(names):
        gpa = "3.1-3.9" if i in (2, 11) else f"3.{i % 9 + 1}"
        cells += [f"{name} School of Business", str(i + 1), gpa, str(700 + i), f"${150000 + i * 1371:,}"]
    table = "School\n\nRank\n\nGPA\n\nGMAT\n\nSalary\n\n" + "".join(f"{c}\n\n" for c in cells)
    opening = (
        "The ranking data for the top business schools this year show small changes at the top and "
        "larger ones further down the list, as the chart below sets out for each school.\n\n"
    )
    closing = (
        "Schools further down the list moved more than those at the top, and the average test scores "
        "rose for the third year in a row across almost every school in the chart.\n"
    )
    text = MENU + opening + table + closing
    findings = _bp(text)
    for line in ("Oakmont School of Business", "$163,710", "Clearwater School of Business"):
        assert not _covered(text, findings, line), line
    assert _covered(text, findings, "Weather")


def test_headline_wins_over_a_longer_widget_line_of_fields():
    # a weather box or a menu bar of fields ("a / b / c", "a | b | c") is longer than the
    # headline below it, but no headline: the headline stays, the widget goes
    top = (
        "Weather: Riverton, March 3rd / -4°C / Partly cloudy / Wind: 13 km/h / Humidity: 68 %\n\n"
        "Our advertisers\n\nSpecial sections\n\nSearch archive\n\n"
        "Gardeners ask council for ten-year leases\n\nPublished March 3rd 2008, 10:00\n\n"
    )
    text = MENU + top + GARDEN + "\n\n" + GARDEN.replace("Community", "The") + "\n"
    findings = _bp(text)
    assert not _covered(text, findings, "Gardeners ask council")
    assert _covered(text, findings, "Partly cloudy")


def test_lede_cut_off_by_a_byline_block_stays_with_the_article():
    lede = (
        "Community gardens in the river district want ten-year leases from the council, and their "
        "volunteers have asked every councillor to visit a garden before the vote in the spring.\n\n"
    )
    byline = "By Staff Reporter\n\n5 min read\n\nShare\n\nFacebook\n\nX\n\nCopy link\n\nUpdated\n\nMarch 3\n\n"
    text = MENU + lede + byline + GARDEN + "\n"
    findings = _bp(text)
    assert not _covered(text, findings, "ten-year leases")
    assert _covered(text, findings, "Copy link")


def test_teasers_cut_short_with_an_ellipsis_are_not_article_prose():
    teasers = (
        "The harbour board will vote next week on a plan to replace the two oldest ferries, which have "
        "carried commuters across the bay since the early eighties and now spend a month a year in the dry dock fo…\n\n"
        "Bus drivers in the valley towns have agreed a new contract after talks that ran through the night, "
        "the union said, ending a dispute that had threatened to close three routes in the wint…\n\n"
        "A new cycle path along the old railway line opened on Saturday, and the council says it hopes the "
        "route will take cars off the coast road during the summer months when traffic is at its wor…\n"
    )
    text = MENU + GARDEN + "\n\n" + GARDEN.replace("Community gardens", "The allotments") + "\n\n" + teasers
    findings = _bp(text)
    assert _covered(text, findings, "Bus drivers in the valley")
    assert not _covered(text, findings, "The allotments")


GUIDE = (
    "The old harbour town sits at the mouth of the river, and most visitors arrive in the summer months "
    "when the ferries run every hour and the markets stay open late into the evening.\n"
    "The town is small enough to walk across in half an hour, and the old quarter keeps its narrow lanes "
    "and its fish market, which opens before dawn on every day of the week.\n"
    "Getting there\n"
    "By plane\n"
    "The regional airport lies twenty kilometres to the south, and a shuttle bus meets every arriving flight "
    "and drops travellers at the harbour square in about thirty minutes.\n"
    "By boat\n"
    "Ferries from the islands dock at the north pier several times a day, and the crossing takes a little "
    "under two hours when the sea is calm.\n"
)


def test_by_heading_between_paragraphs_of_a_guide_is_a_section_not_a_byline():
    text = MENU + GUIDE
    findings = _bp(text)
    for heading in ("By plane", "By boat", "Getting there"):
        assert not _covered(text, findings, heading), [(f.code, f.snippet) for f in findings]
    assert _covered(text, findings, "Weather")


def test_byline_naming_a_person_between_paragraphs_stays_a_byline():
    text = MENU + GUIDE.replace("By boat", "By Jane Doe Smith")
    assert _covered(text, _bp(text), "By Jane Doe Smith")


BLURB = (
    "Share\nFacebook\nEmail\n"
    "The Example Gazette is an independent weekly founded by local printers, and every issue reaches forty "
    "thousand homes across the valley with news, sport, recipes and the classified pages.\n"
    "Subscribers receive the printed edition on Thursday mornings, and the digital archive holds every issue "
    "since the first one, searchable by date, author and keyword for members.\n"
)


def test_prose_on_another_subject_after_a_share_bar_ends_the_article():
    text = MENU + GUIDE + BLURB
    findings = _bp(text)
    assert _covered(text, findings, "independent weekly founded")
    assert not _covered(text, findings, "regional airport lies")


def test_paragraphs_on_the_same_subject_after_a_share_bar_stay():
    more = (
        "The harbour ferries also stop at the old town pier in the summer months, and the market square "
        "sits a short walk from the ferries, the fish market and the lanes of the old quarter.\n"
        "Visitors who arrive by ferry in the evening find the harbour square busy with the night market, "
        "and the fish market stalls by the pier sell the day's catch until late in the summer.\n"
    )
    text = MENU + GUIDE + "Share\nFacebook\nEmail\n" + more
    assert not _covered(text, _bp(text), "old town pier")


def _article(topic: str, paragraphs: int = 4) -> str:
    sentence = (
        f"The volunteers who look after the {topic} met again this week to plan the work of the coming season, "
        "and they agreed that the new water tanks, the tool shed and the paths need attention before spring. "
    )
    return "\n".join(sentence * 2 for _ in range(paragraphs)) + "\n"


CARDS = [
    ("Tool library", "Volunteers lend spades and rakes for the garden paths from the tool shed."),
    ("Seed swap", "Volunteers trade the seeds they saved for the garden beds of the coming season."),
    ("Compost club", "Volunteers turn kitchen scraps into soil for the garden beds before spring."),
    ("Plot finder", "See which garden near your home still has a free plot for the coming season."),
    ("Water rota", "Volunteers sign up to fill the water tanks of the garden during the summer."),
    ("Kids corner", "Volunteers run weekend sessions in the garden for children and their parents."),
    ("Bee keeping", "Volunteers keep the hives at the far end of the garden paths in good health."),
    ("Orchard walks", "Volunteers guide walks along the garden paths through the old fruit trees."),
    ("Workshops", "Volunteers teach pruning and grafting in the garden before the spring work."),
    ("Volunteer days", "Join the volunteers for a work party in the garden on the first Saturday."),
]


def test_grid_of_title_and_one_sentence_cards_after_the_article_is_furniture():
    cards = "".join(f"{name}\n{blurb}\n" for name, blurb in CARDS)
    text = MENU + _article("gardens") + "Share\nContact us\nMore from us\n" + cards
    findings = _bp(text)
    assert _covered(text, findings, "Seed swap")
    assert _covered(text, findings, "guide walks along")
    assert not _covered(text, findings, "The volunteers who")


def test_sections_under_headings_inside_the_article_are_not_cards():
    body = "".join(f"{name}\n{_article(name.lower(), 1)}" for name, _ in CARDS[:9])
    text = MENU + body
    findings = _bp(text)
    assert not _covered(text, findings, "Orchard walks")
    assert not _covered(text, findings, "look after the workshops")


def test_list_item_ending_with_a_full_stop_does_not_close_the_list():
    items = ["Acme Movers", "Bright Van Lines", "City Storage", "Delta Moving Co", "Eastside Removals"]
    items += ["Fairway Moving and Storage Inc.", "Green Truck Moving", "Harbour Removals", "Island Movers"]
    items += ["Jolly Van Hire", "Kingsway Storage", "Lakeside Movers", "Metro Moving Group", "North Star Vans"]
    text = MENU + _article("gardens", 3) + "The council lists these licensed movers:\n" + "\n".join(items) + "\n"
    text += "The list was last checked in May.\n"
    findings = _bp(text)
    assert not _covered(text, findings, "Kingsway Storage")
    assert not _covered(text, findings, "Fairway Moving")


def test_table_with_spaced_columns_stays_without_a_paragraph_beside_it():
    rows = [("Red salad onions", "2 each", "4 each"), ("Small sweet carrots", "400 g", "800 g")]
    rows += [("New salad potatoes", "650 g", "1300 g"), ("Crisp green apples", "3 each", "6 each")]
    rows += [("Ripe soft pears", "5 each", "10 each"), ("Fresh free-range eggs", "6 each", "12 each")]
    rows += [("Semi-skimmed fresh milk", "2 pints", "4 pints")]
    table = "".join(f"{a:<24}{b:<12}{c}\n" for a, b, c in rows)
    text = _article("gardens", 3) + "Weekly shopping list\nFresh foods\n" + table + "What to cook\n"
    text += _article("kitchens", 2) + "Share\nFacebook\n"
    findings = _bp(text)
    assert not _covered(text, findings, "New salad potatoes")
    assert not _covered(text, findings, "Semi-skimmed fresh milk")


def test_list_that_runs_into_page_furniture_does_not_extend_the_article():
    countries = ["Albania", "Algeria", "Andorra", "Argentina", "Armenia", "Australia", "Austria", "Bahamas"]
    countries += ["Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Brazil", "Bulgaria", "Canada", "Chile"]
    countries += ["Colombia", "Croatia", "Cyprus", "Denmark", "Egypt", "Estonia", "Finland", "France"]
    form = "Book a demo with our team today and see the planner at work in your own garden:\n"
    text = MENU + _article("gardens", 3) + form + "\n".join(countries) + "\nPrivacy Policy\nCookie settings\n"
    findings = _bp(text)
    assert _covered(text, findings, "Estonia")
    assert not _covered(text, findings, "The volunteers who")


def test_long_line_opening_with_the_copyright_sign_is_the_legal_footer():
    legal = (
        "© 2005-2025 Example Media Group, a River Holdings company. All rights reserved. The Example name "
        "and logo are registered trade marks of Example Media Group, and the content of this site is for "
        "information only."
    )
    assert len(legal.split()) > 25
    mention = (
        "Copyright law was the subject of the second session, where the volunteers asked whether photos of the "
        "gardens taken by visitors could be printed in the newsletter without asking each of them first."
    )
    text = MENU + _article("gardens", 3) + mention + "\n" + _article("parks", 1) + legal + "\n"
    findings = _bp(text)
    assert any(f.code == "BP007" and _covered(text, [f], "Example Media Group") for f in findings)
    assert not _covered(text, findings, "Copyright law was")


def test_form_lists_after_the_article_do_not_make_a_stretch_of_their_own():
    makes = ["Alfa Romeo", "Aston Martin", "Audi", "Bentley", "BMW", "Cadillac", "Chevrolet", "Chrysler"]
    makes += ["Citroen", "Dacia", "Ferrari", "Fiat", "Ford", "Honda", "Hyundai", "Jaguar", "Jeep", "Kia"]
    makes += ["Lamborghini", "Lancia", "Land Rover", "Lexus", "Lotus", "Maserati", "Mazda", "Nissan"]
    prices = [f"{n},000" for n in range(20, 400, 10)]
    text = MENU + _article("gardens", 2) + "Copyright and Trade Mark Notice\n© 2008 Example Media Ltd.\n"
    text += "Find your new car:\nMake\nAll\n" + "\n".join(makes) + "\nMaximum price\n" + "\n".join(prices)
    text += "\nFind singles in your area:\nI am a\nman\nwoman\nPostcode\n"
    findings = _bp(text)
    assert _covered(text, findings, "Lamborghini")
    assert _covered(text, findings, "350,000")
    assert not _covered(text, findings, "The volunteers who")


SECTIONS = "Web performance\nCustomer satisfaction\nSearch\nUsability\nMobile\nSocial media\n"


def test_one_menu_word_among_the_items_of_a_list_in_the_article_is_an_item():
    intro = "The guidance on common metrics is divided into the following sections, which describe what to measure.\n"
    text = MENU + _article("gardens", 2) + intro + SECTIONS + _article("metrics", 2)
    findings = _bp(text)
    assert not _covered(text, findings, "Search\n")
    assert not _covered(text, findings, "Customer satisfaction")
    assert _covered(text, findings, "Weather")


def test_a_share_bar_between_paragraphs_stays_furniture():
    text = MENU + _article("gardens", 2) + "Tool library\nShare\nFacebook\nEmail\nSeed swap\n" + _article("parks", 2)
    assert _covered(text, _bp(text), "Facebook")


def test_list_announced_by_the_last_sentence_stays_when_the_text_after_it_changes_subject():
    intro = "For the garden theme this month, the articles on the volunteers and their gardens will include:\n"
    items = "An overview of the gardens open to volunteers\nA look at how the volunteers plan the water tanks\n"
    items += "Insights on the tool shed rota of the garden volunteers\nA recap of the spring work in the gardens\n"
    other = (
        "The city's new parking rules take effect on Monday, and drivers who park in the old loading bays "
        "will be fined, the transport office said in a statement issued to local radio stations.\n"
    )
    text = MENU + _article("gardens", 3) + intro + items + "Updated on 3 May 2024\nShare\n" + other
    findings = _bp(text)
    assert not _covered(text, findings, "A look at how the volunteers")
    assert not _covered(text, findings, "A recap of the spring work")
    assert _covered(text, findings, "new parking rules")


def test_a_one_word_phrase_over_the_last_paragraphs_is_a_section_heading():
    text = MENU + _article("registry", 3) + "Results\n" + _article("results of the registry", 2)
    findings = _bp(text)
    assert not _covered(text, findings, "Results\n")
    assert _covered(text, findings, "Weather")


def test_an_advertisement_marker_between_paragraphs_stays_furniture():
    text = MENU + _article("registry", 3) + "Advertisement\n" + _article("results of the registry", 2)
    assert _covered(text, _bp(text), "Advertisement")


LEARNED = "What We Learned\nCommon gov-wide terms of service speed time to market.\n"


def test_a_sentence_naming_furniture_under_its_heading_is_the_text_when_nothing_else_is_suspect():
    text = "My Garden App\n" + _article("app", 3) + LEARNED + _article("app store", 2)
    assert _bp(text) == []


def test_the_same_sentence_on_a_page_with_a_menu_stays_a_suspect():
    text = MENU + _article("app", 3) + LEARNED + _article("app store", 2)
    assert _covered(text, _bp(text), "terms of service")


def test_an_updated_or_published_line_without_a_figure_is_no_timestamp():
    news = "Updated mobile development resources from the community of practice\n"
    text = MENU + _article("gardens", 2) + "Updated Design & Hosting\n" + _article("maps", 2)
    findings = _bp(text)
    assert not any(f.code == "BP003" for f in findings), [(f.code, f.snippet) for f in findings]
    stamped = MENU + "Garden volunteers plan the spring\nLast updated: January 7, 2008 14:47 EST\n"
    stamped += _article("gardens", 3) + news
    assert any(f.code == "BP003" and _covered(stamped, [f], "Last updated") for f in _bp(stamped))
    label = MENU + "Garden volunteers plan the spring\nLast updated:\nAugust 19, 2025\n" + _article("gardens", 3)
    assert any(f.code == "BP003" and _covered(label, [f], "Last updated") for f in _bp(label))


PEOPLE = (
    "Jane Doe, Harbour Authority\nJohn Q. Public, River District Council\nMary Major, Valley Gardens Trust\n"
    "Richard Roe, Department of Parks\nAnna Example (former member), Regional Water Board\n"
)
THANKS = (
    "The lease committee met every week through the winter, and its members wrote the proposal that the "
    "council will vote on in the spring after the last round of visits to the gardens.\n"
)


def test_a_list_of_people_between_paragraphs_is_the_article_own():
    text = MENU + GARDEN + "\nMembers of the lease committee\n" + PEOPLE + THANKS
    findings = _bp(text)
    for name in ("Jane Doe", "Richard Roe", "Anna Example"):
        assert not _covered(text, findings, name), [(f.code, f.snippet) for f in findings]
    assert _covered(text, findings, "Weather")


def test_names_after_the_article_with_no_paragraph_below_stay_furniture():
    text = MENU + GARDEN + "\n" + PEOPLE + "Home\nAbout us\nContact\nPrivacy policy\n"
    findings = _bp(text)
    assert _covered(text, findings, "Privacy policy")
    assert _covered(text, findings, "Richard Roe"), [(f.code, f.snippet) for f in findings]


TEASERS = [
    ("Council delays the bridge vote again", "The vote on the river crossing moves to March, and volunteers plan a protest."),
    ("Rail strike ends after three weeks", "Drivers return to work on Monday this season under a deal that raises pay."),
    ("New library opens in the old mill", "The library holds forty thousand books and a reading room on the top floor."),
    ("School meals get a new supplier", "A local firm will cook the meals of twelve schools before spring next year."),
    ("Harbour market moves indoors", "The traders of the harbour market will sell from the old fish hall this winter."),
]  # fmt: skip


def test_headlines_with_one_summary_each_after_the_article_are_teasers():
    teasers = "".join(f"{title}\n{summary}\n" for title, summary in TEASERS)
    text = MENU + _article("gardens") + "Back to top\nLatest News\nMore Headlines\n" + teasers
    findings = _bp(text)
    assert _covered(text, findings, "Rail strike ends")
    assert _covered(text, findings, "forty thousand books")
    assert not _covered(text, findings, "The volunteers who")


def test_sections_with_several_paragraphs_after_a_share_bar_are_not_teasers():
    sections = "".join(f"{title}\n{_article('gardens', 2)}" for title, _ in TEASERS[:4])
    text = MENU + _article("gardens") + "Share\nFacebook\nEmail\n" + sections
    assert not _covered(text, _bp(text), "New library opens")


def test_form_labels_under_a_colon_label_are_no_list_of_the_article():
    form = (
        "Article from:\nFont size: Decrease Increase\nEmail article: Email\nPrint article: Print\n"
        "Submit comment: Submit comment\nJane Doe\n"
    )
    text = MENU + form + _article("gardens")
    findings = _bp(text)
    assert _covered(text, findings, "Email article: Email")
    assert not _covered(text, findings, "The volunteers who")


def test_items_under_a_related_label_with_a_colon_are_links_and_the_next_heading_stays():
    related = "More on the gardens:\nSeed swap dates for the spring\nHow the tool library works\nWhere to find a plot\n"
    text = MENU + _article("gardens", 2) + related + "The orchard\n" + _article("orchard", 2)
    findings = _bp(text)
    assert _covered(text, findings, "How the tool library works")
    assert not _covered(text, findings, "The orchard")
    assert not _covered(text, findings, "look after the orchard")


PERMISSIONS = (
    "Every content system lets an administrator decide what each contributor may do, and the choice "
    "shapes the whole workflow of the team that writes and publishes the pages of the site. Many times "
    "this is handled through a specific user type such as:"
)
AFTER_LIST = (
    "Within these user groups you need to decide whether the user may write raw markup or only use the "
    "editor, and whether a draft needs a second reader before it goes live on the site for everyone."
)


def test_items_a_sentence_announces_stay_though_they_read_as_a_byline():
    items = "Author,\nEditor,\nContributor or\nPublisher."
    text = MENU + GARDEN + "\n" + PERMISSIONS + "\n" + items + "\n" + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Author,"), [(f.code, f.snippet) for f in findings]
    assert not _covered(text, findings, "Publisher.")


def test_announced_phrase_lines_with_no_paragraph_below_are_still_furniture():
    tail = "Share this:\nFacebook\nTwitter\nEmail\n"
    text = GARDEN + "\n" + AFTER_LIST + "\n" + tail
    findings = _bp(text)
    assert _covered(text, findings, "Facebook")


CHECKLIST = (
    "Does this tool have (or has it had) any federal government clients?\n"
    "Is the tool compliant with the accessibility standards?\n"
    "Do they have a federally-compatible terms of service agreement?\n"
    "How many developers visit the site? How does the site reach out to software developers?\n"
)


def test_a_consent_phrase_in_a_run_of_questions_is_the_articles_checklist():
    text = MENU + GARDEN + "\n" + CHECKLIST + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "terms of service"), [(f.code, f.snippet) for f in findings]


def test_a_sign_up_call_between_paragraphs_is_still_flagged():
    text = MENU + GARDEN + "\nSign up for our daily newsletter to receive more great stories like this in your inbox!\n"
    text += AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Sign up for our daily")


def test_a_contact_heading_under_an_announced_list_still_heads_a_contact_block():
    items = "favouring design over development\nusing no more than five major functions\nfreedom of choice\n"
    contact = (
        "Contact\nJane Doe, Psy.D. | email (See Dr. Doe talk about creating the coach app in a webinar on mobile "
        "user experience that the community recorded last spring for every agency team.)\n"
    )
    text = GARDEN + "\nThe team kept to a few principles. They include:\n" + items + contact
    findings = _bp(text)
    assert _covered(text, findings, "Contact\n")


def _sections(topic: str, headings: tuple[str, ...]) -> str:
    return "".join(f"{heading}\n" + _article(f"{topic} {heading.lower()}", 1) for heading in headings)


TOOLS = "Potential tools\nBlogger\nTumblr\nWordPress\nGhost\nTwitter\nJekyll\nHugo\nExamples\nWater Board\nCensus Bureau\nParks Office\n"


def test_a_few_phrase_words_among_many_items_of_a_list_in_the_article_are_items():
    text = MENU + _article("gardens", 2) + TOOLS + _article("blogs", 2)
    findings = _bp(text)
    assert not _covered(text, findings, "Twitter")
    assert not _covered(text, findings, "Census Bureau")
    assert not _covered(text, findings, "WordPress")
    assert _covered(text, findings, "Weather")


def test_two_phrase_words_side_by_side_in_a_long_run_are_a_share_bar():
    run = "Garden themes\nSeed saving\nCompost heaps\nRain water\nLink\nMail\nWhatsApp\nPrint version\n"
    run += "Highlights\nTool library\nWater rota\nBee keeping\n"
    text = MENU + _article("gardens", 2) + run + _article("parks", 2)
    assert _covered(text, _bp(text), "WhatsApp")


def test_phrase_words_that_are_half_of_a_run_between_paragraphs_stay_furniture():
    bar = "Share this\nFacebook\nTwitter\nSeed swap\nEmail\nPinterest\n"
    text = MENU + _article("gardens", 2) + bar + _article("parks", 2)
    assert _covered(text, _bp(text), "Pinterest")


TASKS = "Corrective tasks\nRepair the water tanks\nPaint the tool shed\nClear the garden paths\nPlan the season rota\n"


def test_a_list_section_that_ends_an_article_in_sections_is_the_articles_own():
    text = MENU + "Garden Report\n" + _sections("garden", ("Summary", "Timeline", "Lessons")) + TASKS
    findings = _bp(text)
    assert not _covered(text, findings, "Paint the tool shed"), [(f.code, f.snippet) for f in findings]
    assert _covered(text, findings, "Weather")


def test_a_closing_list_with_a_copyright_line_at_the_page_end_stays_furniture():
    text = (
        MENU
        + "Garden Report\n"
        + _sections("garden", ("Summary", "Timeline", "Lessons"))
        + TASKS
        + "© 2024 Garden News\n"
    )
    assert _covered(text, _bp(text), "Paint the tool shed")


def test_a_closing_list_on_other_subjects_stays_furniture():
    links = "Trending now\nStock markets slide\nElection night live\nBest phones of the year\nCelebrity news\n"
    text = MENU + "Garden Report\n" + _sections("garden", ("Summary", "Timeline", "Lessons")) + links
    assert _covered(text, _bp(text), "Election night live")


def _about(subject: str, paragraphs: int = 4) -> str:
    sentence = (
        f"Agencies that sign up for a new tool first read its {subject}, and the lawyers check that the "
        f"{subject} allow the agency to use the tool for public work before anyone posts there. "
    )
    return "\n".join(sentence * 2 for _ in range(paragraphs)) + "\n"


def test_a_phrase_line_on_the_articles_own_subject_is_a_heading_of_it():
    items = "Terms of Service\nWhat agencies sign\n"
    text = MENU + _about("terms of service", 3) + items + _about("terms of service", 2)
    findings = _bp(text)
    assert not _covered(text, findings, "Terms of Service\n"), [(f.code, f.snippet) for f in findings]
    assert _covered(text, findings, "Weather")


def test_the_same_phrase_line_in_an_article_on_another_subject_stays_furniture():
    text = MENU + _article("gardens", 3) + "Terms of Service\nWhat agencies sign\n" + _article("parks", 2)
    assert _covered(text, _bp(text), "Terms of Service\n")


def test_a_breadcrumb_or_notice_on_the_articles_subject_stays_furniture():
    crumb = "Terms of Service | Privacy\n"
    text = MENU + _about("terms of service", 3) + crumb + "What agencies sign\n" + _about("terms of service", 2)
    assert _covered(text, _bp(text), crumb.strip())


LONG_ITEMS = (
    "Why We Did It\n"
    "By next year our city expects the number of cars in its centre to fall by a third or more\n"
    "Recruit traders from the market squares so that the shops on the high street have their say early\n"
    "Ask the bus company to publish its timetables for the new routes before the first of the summer months\n"
    "What We Did\n"
)


def test_long_sentence_case_items_between_paragraphs_are_no_teaser_list():
    text = MENU + _article("gardens", 2) + LONG_ITEMS + _article("gardens", 2)
    findings = _bp(text)
    assert not _covered(text, findings, "Recruit traders"), [(f.code, f.snippet) for f in findings]


def test_short_title_case_teasers_between_paragraphs_stay_furniture():
    teasers = "More stories\nCity Council Votes On New Budget\nLocal Team Wins Cup Final Again\nStorm Closes Coastal Roads Overnight\n"
    text = MENU + _article("gardens", 2) + teasers + _article("gardens", 2)
    assert _covered(text, _bp(text), "Local Team Wins Cup Final Again")


def test_a_list_a_sentence_announces_may_end_at_a_sentence_of_the_text():
    intro = "For more examples of the work the volunteers did in the gardens, see the following issues:\n"
    refs = "#98353\n#98415\n#97093\n"
    outro = "For more examples, see the issues labelled gardens.\n"
    text = MENU + _article("gardens", 3) + intro + refs + outro + _article("gardens", 2)
    findings = _bp(text)
    assert not _covered(text, findings, "#98415"), [(f.code, f.snippet) for f in findings]


def test_teaser_blurbs_that_end_a_sentence_then_a_date_stay_teasers():
    teasers = (
        "From the regional desk\n"
        "Harbour Ferry Returns In Spring\n"
        "The second harbour ferry of the city celebrated its return to the water last week. 31.01.2022\n"
        "Market Hall Reopens\n"
        "The market hall on the square opens its doors again to the traders of the old town. 30.01.2022\n"
    )
    text = MENU + _article("gardens", 2) + teasers + _article("gardens", 2)
    assert _covered(text, _bp(text), "Harbour Ferry Returns In Spring")


def test_dated_byline_with_the_name_after_or_before_the_date_is_a_byline():
    for line in ("October 11, 2023 by Jane Doe", "By JANE DOE – 3 days ago", "BY JDOE77 AT 01/09/08 02:32 PM"):
        text = MENU + "Community gardens ask for longer leases\n" + line + "\n" + GARDEN + "\n" + GARDEN + "\n"
        findings = _bp(text)
        assert _covered(text, findings, line), (line, [(f.code, f.snippet) for f in findings])
        assert any(f.code == "BP003" and f.start <= text.index(line) < f.end for f in findings)


def test_a_date_and_a_by_that_names_no_author_is_no_byline():
    for line in (
        "Rates were cut on 12 March 2020 by the central bank",
        "Submissions are due by March 23, 2023",
        "Plot holders interviewed by Gazette Radio Saturday, January 31, 2009",
    ):
        text = MENU + GARDEN + "\n" + line + "\n" + GARDEN + "\n"
        assert not _covered(text, _bp(text), line), line


def test_a_long_menu_under_a_label_with_a_colon_does_not_carry_the_article_stretch():
    sections = [
        f"{word} {kind}"
        for word in ("Cloud", "Network", "Mobile", "Data", "Email", "Web", "Game")
        for kind in ("Security", "Privacy", "Policy", "Tools", "Events", "Reports", "Podcasts")
    ]
    menu = "OUR NETWORK:\n" + "\n".join(sections[:45]) + "\n"
    text = MENU + menu + "Community gardens ask for longer leases\n" + GARDEN + "\n" + GARDEN + "\n"
    findings = _bp(text)
    for line in ("Cloud Security", "Data Tools", sections[44]):
        assert _covered(text, findings, line + "\n"), line
    assert not _covered(text, findings, "waiting lists")


def test_a_short_list_under_a_label_still_leads_into_the_article():
    items = "\n".join(f"Garden plot {n} by the river" for n in range(1, 9))
    text = MENU + GARDEN + "\nOpen plots this season:\n" + items + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert not _covered(text, findings, "Garden plot 3")


def _closing_page(run: list[str]) -> str:
    tail = "Share\nFacebook\nEmail\n© 2024 Example Gazette. All rights reserved.\n"
    return (
        MENU
        + "Community gardens ask for longer leases\n"
        + GARDEN
        + "\n"
        + GARDEN
        + "\n"
        + "\n".join(run)
        + "\n"
        + tail
    )


def test_a_table_flattened_right_after_the_last_paragraph_stays_with_the_article():
    rows = [
        ("North Field", "Vegetables", "Tap water", "Weekly"),
        ("River Bend", "Flowers", "Rain tanks", "Daily"),
        ("Old Mill", "Vegetables", "Tap water", "Weekly"),
        ("School Lane", "Herbs", "Rain tanks", "Daily"),
        ("Station Road", "Flowers", "Tap water", "Weekly"),
    ]
    run = ["Gardens at a glance", "Garden", "Grows", "Water", "Watered"] + [cell for row in rows for cell in row]
    text = _closing_page(run)
    findings = _bp(text)
    for cell in ("Gardens at a glance", "Station Road", "Rain tanks"):
        assert not _covered(text, findings, cell), cell
    assert _covered(text, findings, "All rights reserved")


def test_teasers_under_a_recurring_label_after_the_article_stay_furniture():
    titles = ["The good fight", "Reality bites", "Unwanted gift", "In the flesh", "Kind rewind", "Fleet Street"]
    run = [line for title in titles for line in ("FILM REVIEW:", title)]
    text = _closing_page(run)
    assert _covered(text, _bp(text), "Reality bites")


PROBLEMS = (
    "Once the routes and the data work, the team still has to settle a long list of other questions before the "
    "site can launch, and each of them takes a week or more of careful work. There are whole categories of "
    "problems to solve, like:"
)
PROBLEM_ITEMS = "Accessibility\nAsset loading\nCaching\nError handling\nNavigations\nOptimistic updates\n"


def test_an_announced_list_whose_first_item_names_what_a_consent_link_names_stays():
    text = MENU + GARDEN + "\n" + PROBLEMS + "\n" + PROBLEM_ITEMS + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Accessibility"), [(f.code, f.snippet) for f in findings]
    assert not _covered(text, findings, "Error handling")


def test_an_announced_list_of_consent_links_side_by_side_is_still_furniture():
    items = "Privacy Policy\nCookie Policy\nAccessibility\nTerms of Use\n"
    text = MENU + GARDEN + "\n" + PROBLEMS + "\n" + items + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Cookie Policy")


def test_a_short_clause_with_a_colon_announces_the_list_of_people_under_it():
    members = "Initially, its members are:\nJane Doe (team lead)\nJohn Roe (team lead)\nAnn Poe (team member, editor)\n"
    members += "Eve Moe (team member)\n"
    text = MENU + GARDEN + "\n" + GARDEN + "\n" + members + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Ann Poe"), [(f.code, f.snippet) for f in findings]


def test_a_credit_label_over_names_is_no_clause_and_stays_furniture():
    credits = "Written by:\nJane Doe, editor\nJohn Roe, reporter\n"
    text = MENU + credits + GARDEN + "\n" + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Jane Doe, editor")


ANNOUNCED_SENTENCES = (
    "The team announced four changes for the next release of the compiler:\n"
    "Automatic memoization that understands the code.\n"
    "New lint rules powered by the compiler to teach best practices.\n"
    "Default support for new apps in every starter kit.\n"
)


def test_a_sentence_of_the_text_that_uses_a_footers_words_stays():
    text = MENU + GARDEN + "\n" + ANNOUNCED_SENTENCES + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "New lint rules powered"), [(f.code, f.snippet) for f in findings]


def test_a_related_label_written_as_a_sentence_between_sections_stays():
    text = MENU + GARDEN + "\nMore on that in the issue tracker.\nThe orchard\n" + _article("orchard", 2)
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "More on that"), [(f.code, f.snippet) for f in findings]
    assert not _covered(text, findings, "The orchard")


def test_a_powered_by_footer_line_after_the_article_is_still_a_footer():
    text = MENU + GARDEN + "\n" + AFTER_LIST + "\nThis site is proudly powered by WordPress.\n© 2024 Garden News\n"
    findings = _bp(text)
    assert _covered(text, findings, "proudly powered")


def test_a_one_word_role_heading_deep_in_the_article_heads_its_section():
    text = MENU + GARDEN + "\n" + AFTER_LIST + "\nEditor\n" + GARDEN + "\n" + AFTER_LIST + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Editor\n"), [(f.code, f.snippet) for f in findings]


BLOG_OPENING = (
    "The compiler team spent the last six months on the new borrow checker, and this post explains what changed, "
    "why it matters for your code, and what we plan to do next with the feedback that we get from all of you."
)
BLOG_SECTION = (
    "Most programs compile exactly as before, but a few patterns that used to be rejected are now accepted, and the "
    "error messages for the ones that are still rejected point at the actual conflict instead of a distant line."
)
BLOG_SECTIONS = ["Background", "What changed", "Performance", "Known issues", "Next steps"]


def _blog_sections(names) -> str:
    return "".join(f"{name}\n{BLOG_SECTION}\n{BLOG_OPENING}\n" for name in names)


#: A blog post as a page shows it without furniture: its title, its opening and two sections.
BLOG_POST = "Announcing the new borrow checker\n" + BLOG_OPENING + "\n" + _blog_sections(BLOG_SECTIONS[:2])


def test_a_table_of_contents_whose_entries_head_the_sections_below_is_the_articles():
    text = (
        MENU + "Announcing the new borrow checker\n" + BLOG_OPENING + "\nContents\n" + "\n".join(BLOG_SECTIONS) + "\n"
    )
    text += _blog_sections(BLOG_SECTIONS)
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Contents"), [(f.code, f.snippet) for f in findings]
    assert not _covered(text, findings, "Known issues")


def test_a_contents_list_whose_sections_open_with_one_short_sentence_is_the_articles():
    short = {"Performance": "Builds are a little faster.", "Known issues": "Two known bugs remain open."}
    sections = "".join(
        f"{name}\n{short[name]}\n" if name in short else f"{name}\n{BLOG_SECTION}\n{BLOG_OPENING}\n"
        for name in BLOG_SECTIONS
    )
    text = MENU + "Announcing the new borrow checker\n" + BLOG_OPENING + "\nTopics\n" + "\n".join(BLOG_SECTIONS)
    text += "\n" + sections
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Known issues"), [(f.code, f.snippet) for f in findings]


def test_a_list_whose_entries_no_section_takes_up_is_still_a_menu():
    menu = "Contents\nBlog\nReleases\nCommunity\nDonate\n"
    text = "Announcing the new borrow checker\n" + BLOG_OPENING + "\n" + menu + _blog_sections(BLOG_SECTIONS)
    findings = _bp(text)
    assert _covered(text, findings, "Releases")


READING = (
    "Further reading\nHow the borrow checker works\nTwo-phase borrows explained\nNon-lexical lifetimes in practice\n"
)


#: A reading list under its label, and under its label with one sentence that announces it.
ANNOUNCED = "Further reading\nThese links do not imply endorsement but are shared as other resources on this topic:\n"


@pytest.mark.parametrize(
    "reading", [READING, READING.replace("Further reading\n", ANNOUNCED)], ids=["plain", "announced"]
)
def test_a_reading_list_right_under_the_last_paragraph_closes_the_article(reading):
    text = MENU + BLOG_POST + reading
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Two-phase borrows"), [(f.code, f.snippet) for f in findings]


def test_a_related_block_among_the_pages_furniture_is_still_flagged():
    text = BLOG_POST + READING
    text += "Share\nFacebook\nTwitter\n© 2024 The Compiler Blog\n"
    findings = _bp(text)
    assert _covered(text, findings, "Two-phase borrows")
    dated = BLOG_POST
    dated += "Related posts\nHow the borrow checker works\nMay 5, 2024\nTwo-phase borrows explained\nMay 2, 2024\n"
    assert _covered(dated, _bp(dated), "Two-phase borrows")


def test_a_reading_list_under_any_related_label_standing_alone_closes_the_article():
    for label in ("See also", "More resources"):
        reading = READING.replace("Further reading", label)
        text = MENU + BLOG_POST + reading
        findings = _bp(text)
        assert _covered(text, findings, "Weather")
        assert not _covered(text, findings, "Two-phase borrows"), (label, [(f.code, f.snippet) for f in findings])


def test_a_related_label_with_furniture_after_or_a_headline_on_its_line_is_still_flagged():
    opening = BLOG_POST
    footer = opening + READING.replace("Further reading", "See also") + "Share\nFacebook\nTwitter\n© 2024 The Blog\n"
    assert _covered(footer, _bp(footer), "Two-phase borrows")
    inline = opening + "See also: How the borrow checker works\nTwo-phase borrows explained\nNon-lexical lifetimes\n"
    assert _covered(inline, _bp(inline), "See also: How the borrow checker works")


#: A guide's closing section under its reading list: a heading over one sentence on the subject.
SUPPORT = "Support\nTo report a problem with the new borrow checker, open an issue in the compiler repository.\n"


def test_a_reading_list_over_a_closing_section_on_the_subject_is_the_articles():
    opening = MENU + BLOG_POST
    text = opening + READING.replace("Further reading", "Related links") + SUPPORT
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Two-phase borrows"), [(f.code, f.snippet) for f in findings]
    assert not _covered(text, findings, "To report a problem"), [(f.code, f.snippet) for f in findings]


def test_a_related_block_over_the_sites_blurb_is_still_flagged():
    opening = BLOG_POST
    blurb = "About us\nThe Harbour Weekly is an independent newspaper founded in 1921 and owned by its readers.\n"
    text = opening + READING.replace("Further reading", "Related links") + blurb
    assert _covered(text, _bp(text), "Two-phase borrows")


def test_a_reading_list_under_a_kept_closing_line_is_the_articles():
    """A section that ends on a kept line with no full stop (an item of its list), not on a
    paragraph, may still be closed by the author's reading list."""
    closing = "A link to the tracking issue where the team collects the reports on the new checker\n"
    text = MENU + BLOG_POST + BLOG_SECTION + "\n" + closing + READING.replace("Further reading", "See also")
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "A link to the tracking issue")
    assert not _covered(text, findings, "Two-phase borrows"), [(f.code, f.snippet) for f in findings]


def test_a_list_of_useful_links_on_the_subject_closes_the_article():
    opening = MENU + BLOG_POST
    text = opening + READING.replace("Further reading", "Useful links")
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Two-phase borrows"), [(f.code, f.snippet) for f in findings]


def test_a_sites_list_of_links_off_the_subject_after_the_article_is_still_flagged():
    opening = BLOG_POST
    text = opening + "Useful links\nCareers at the Harbour Group\nPrint editions and archives\nThe Harbour shop\n"
    assert _covered(text, _bp(text), "Print editions and archives")


def test_a_two_part_title_that_names_furniture_heads_the_article():
    text = "The Official Garden App: Powered by Open Data\n" + GARDEN + "\n" + AFTER_LIST + "\n"
    findings = _bp(text)
    assert not _covered(text, findings, "Powered by Open Data"), [(f.code, f.snippet) for f in findings]


def test_a_subscription_call_atop_the_article_is_no_title():
    text = "Subscribe to Our Weekly Newsletter\n" + GARDEN + "\n" + AFTER_LIST + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weekly Newsletter")


def test_issue_numbers_listed_between_paragraphs_are_no_hashtags():
    refs = "To see how these changes simplify the code, see\n#13609\n#13619\n"
    text = MENU + GARDEN + "\n" + refs + AFTER_LIST + "\n" + GARDEN + "\n"
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "#13609"), [(f.code, f.snippet) for f in findings]


def test_hashtags_with_letters_are_still_a_tag_list():
    text = GARDEN + "\n" + AFTER_LIST + "\n#NATO\n#G20\n#Summit2024\n"
    assert "BP008" in [f.code for f in _bp(text)]


def test_a_byline_under_a_section_heading_deep_in_the_article_is_the_sections_author():
    section = "Compiler team\nBy Jane Doe and John Roe\n" + BLOG_SECTION + "\n" + BLOG_OPENING + "\n"
    text = MENU + "Announcing the new borrow checker\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n" + section
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "By Jane Doe"), [(f.code, f.snippet) for f in findings]


def test_a_byline_under_the_title_and_a_credit_under_a_heading_are_still_flagged():
    top = "Announcing the new borrow checker\nBy Jane Doe and John Roe\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n"
    assert _covered(top, _bp(top), "By Jane Doe")
    credit = top + "Compiler team\nPhoto credit: Jane Doe\n" + BLOG_SECTION + "\n" + BLOG_OPENING + "\n"
    assert _covered(credit, _bp(credit), "Photo credit")


def test_a_credit_closing_a_paragraph_deep_in_the_article_is_that_parts_credit():
    part = "Reported by Jane Doe and John Roe.\nImpact\nAll versions of the parser are affected\n"
    section = BLOG_SECTION + "\n" + part + "Compiler team\n" + BLOG_OPENING + "\n"
    text = MENU + "Announcing the new borrow checker\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n" + section
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Reported by Jane Doe"), [(f.code, f.snippet) for f in findings]


def test_a_credit_with_furniture_below_it_is_still_flagged():
    text = "Announcing the new borrow checker\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n" + BLOG_SECTION + "\n"
    text += "Reported by Jane Doe and John Roe.\nShare\nFacebook\nTwitter\n"
    assert _covered(text, _bp(text), "Reported by Jane Doe")


def test_a_related_label_over_paragraphs_heads_a_section_of_the_text():
    body = BLOG_SECTION + "\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n"
    text = MENU + "Announcing the new borrow checker\n" + BLOG_OPENING + "\n" + "More about the new members:\n" + body
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "More about the new"), [(f.code, f.snippet) for f in findings]


def test_a_sentence_opening_with_by_that_exclaims_is_no_byline():
    text = "Announcing the new borrow checker\nBy now you've noticed example.org's bright new look!\n"
    text += BLOG_OPENING + "\n" + BLOG_SECTION + "\n"
    findings = _bp(text)
    assert not _covered(text, findings, "By now"), [(f.code, f.snippet) for f in findings]


def test_a_disclaimer_heading_before_most_of_the_text_is_the_writers_caveat():
    caveat = "All of this is an internal detail of the implementation, and it may change at any time without notice."
    body = BLOG_SECTION + "\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n"
    text = MENU + "How reflection works\n" + BLOG_OPENING + "\nDisclaimer\n" + caveat + "\nInterface\n" + body
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    assert not _covered(text, findings, "Disclaimer"), [(f.code, f.snippet) for f in findings]


def test_a_disclaimer_heading_closing_the_page_is_still_flagged():
    notice = "The views expressed here are those of the authors and do not reflect the views of the publisher."
    text = "How reflection works\n" + BLOG_OPENING + "\n" + BLOG_SECTION + "\n" + BLOG_SECTION + "\n"
    text += "Disclaimer\n" + notice + "\nShare\nFacebook\nTwitter\n"
    assert _covered(text, _bp(text), "Disclaimer")


def _line_infos(text: str):
    from scrapelint.model.document import Document
    from scrapelint.rules.boilerplate import classify
    from scrapelint.rules.boilerplate.context import join_wrapped, mark_lists

    profile = classify.Profile()
    doc = Document(text=text)
    infos = classify._describe_page(doc, classify.phrase_table_for(profile), profile)
    return mark_lists(join_wrapped(infos), set())


def test_a_rights_notice_is_no_sentence_of_the_text_whatever_its_neighbours():
    from scrapelint.rules.boilerplate.sections import sentence_among_items

    def page(line: str) -> str:
        above = "The volunteers meet on Sundays in the old barn.\n"
        below = "The orchard opens in May for every family.\n"
        return GARDEN + "\n" + above + line + "\n" + below + GARDEN + "\n"

    notice = _line_infos(page("Copyright 2024 the garden news, all rights reserved."))
    assert notice[2].kind == "footer"
    assert not sentence_among_items(notice, [True] * len(notice), 2)
    plain = _line_infos(page("New lint rules powered by the compiler teach practices."))
    assert plain[2].kind == "footer"
    assert sentence_among_items(plain, [True] * len(plain), 2)


MINUTES_OPENING = (
    "The planning committee meets every other week to decide which requests the team takes on next, "
    "and these notes record what it discussed and what it resolved at the meeting."
)
MINUTES_SECTION = (
    "Several readers asked for the committee's notes to be published within a day of each meeting, "
    "so that anyone who wants to comment on a decision can do so before work on it starts."
)
MINUTES_NEXT = (
    "The new office opens in the spring, and the committee agreed to move its meetings there once the "
    "rooms have screens and the network is in place for the members who join from home."
)


def _minutes(after_label: list[str]) -> str:
    return "\n".join([*MENU.split(), "Committee notes for June", MINUTES_OPENING, *after_label]) + "\n"


def test_a_section_label_over_a_subheading_and_its_paragraph_is_part_of_the_text():
    attendees = ["Attendees", "Ana Ruiz, Tom Berg, Li Wei, Sam Cole"]
    text = _minutes([*attendees, "Topics", "Faster notes", MINUTES_SECTION, "Moving offices", MINUTES_NEXT])
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    for line in ("Attendees", "Topics", "Faster notes"):
        assert not _covered(text, findings, line), [(f.code, f.snippet) for f in findings]


def test_a_section_label_over_nested_headings_and_items_is_part_of_the_text():
    # minutes nest "Topics" over a sub-heading over each item before the first paragraph
    attendees = ["Attendees", "Ana Ruiz, Tom Berg, Li Wei, Sam Cole"]
    agenda = ["Topics", "Requests To Review", "Publish the notes within a day", "Faster notes for readers"]
    text = _minutes([*attendees, *agenda, MINUTES_SECTION, MINUTES_NEXT, "Moving offices", MINUTES_NEXT])
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    for line in ("Topics", "Requests To Review", "Publish the notes"):
        assert not _covered(text, findings, line), [(f.code, f.snippet) for f in findings]


def test_a_tag_over_a_widget_note_and_a_paragraph_is_still_flagged():
    # a tag's name of two words is no sub-heading: the line under it is the widget's, not an item
    text = _minutes([MINUTES_SECTION, "Topics", "Planning Office", "No items found.", MINUTES_NEXT, MINUTES_NEXT])
    assert _covered(text, _bp(text), "Topics")


def test_a_tag_list_closing_the_article_is_still_flagged():
    text = _minutes([MINUTES_SECTION, "Topics", "Planning", "Offices", "Meetings", "Privacy policy"])
    assert _covered(text, _bp(text), "Topics")


def test_a_tag_over_one_topic_and_a_last_paragraph_is_still_flagged():
    # the section under the label runs to the end: no next heading of the text, so no part of it
    text = _minutes([MINUTES_SECTION, "Topics", "Planning", MINUTES_NEXT])
    assert _covered(text, _bp(text), "Topics")


ISSUE_OPENING = (
    "This issue brings a new release of the command line tools, an interview with one of the "
    "people who keep the documentation site running, and a call for talks for the spring meetup."
)
INTERVIEW = [
    "Meet the docs team",
    "For this issue we spoke with one of the volunteers who look after the documentation site, "
    "about how she started, what the team is working on and what she would like to see next, "
    "and about the review process that every page goes through before it is published.",
    "You can find the whole interview on the community forum.",
]
CALL_FOR_TALKS = [
    "Call for talks",
    "The spring meetup is looking for speakers, and talks from first-time speakers are especially "
    "welcome; send a short outline of your idea to the organisers before the end of the month, and "
    "they will help you shape it into a talk if it is accepted.",
]


def _issue(*blocks: list[str]) -> str:
    lines = [*MENU.split(), "The Community Letter", ISSUE_OPENING]
    for block in blocks:
        lines.extend(block)
    return "\n".join(lines) + "\n"


def test_a_link_label_closing_a_section_of_a_newsletter_is_part_of_the_text():
    text = _issue(INTERVIEW, ["Read more"], CALL_FOR_TALKS)
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    for line in ("Read more", "Call for talks"):
        assert not _covered(text, findings, line), [(f.code, f.snippet) for f in findings]


def test_a_link_label_over_a_headline_dropped_into_the_text_is_still_flagged():
    headline = ["New Bridge Over the River Opens After Six Years of Delays and Rising Costs"]
    text = _issue(INTERVIEW, ["Read more"], headline, CALL_FOR_TALKS[1:])
    assert _covered(text, _bp(text), "Read more")


def test_a_link_label_over_a_teaser_is_still_flagged():
    teaser = ["Call for talks", "The spring meetup wants speakers."]
    text = _issue(INTERVIEW, ["Read more"], teaser, CALL_FOR_TALKS)
    assert _covered(text, _bp(text), "Read more")


#: A post's section that closes with the resources it names, then its next section under a block
#: heading ("Up Next") over paragraphs only.
JOURNEY = (
    "Journey maps help a team see every step a person takes to reach a service, from the first search "
    "to the last form, and they show where the journey breaks down for the people who use it.\n"
)
NEXT_STEPS = (
    "Next month the journey mapping group meets again to compare the maps that teams made this spring, "
    "and everyone who drew a journey map is welcome to bring it along and show it to the group.\n"
)


def _journey(between: str) -> str:
    return MENU + "Mapping the journey\n" + JOURNEY * 2 + between + "Up Next\n" + NEXT_STEPS * 2


def test_a_block_heading_after_a_sections_resource_list_heads_a_section():
    text = _journey("Journey mapping cards from the methods collection\nA series on journey mapping for teams\n")
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    for line in ("Journey mapping cards", "Up Next"):
        assert not _covered(text, findings, line), [(f.code, f.snippet) for f in findings]


def test_a_block_heading_after_another_storys_headline_stays_furniture():
    # it shares the post's words, but it is set as a headline: title case, five words or more
    text = _journey("Journey Mapping Team Plan Suffers Setback Over New Budget Rules\n")
    assert _covered(text, _bp(text), "Up Next")


def test_an_announced_reading_list_with_furniture_after_it_is_still_flagged():
    note = "Further reading\nThese links are shared as other resources on this topic:\n"
    text = BLOG_POST
    text += READING.replace("Further reading\n", note) + "Share\nFacebook\nTwitter\n© 2024 The Compiler Blog\n"
    assert _covered(text, _bp(text), "Two-phase borrows")


#: A release note's sections, each closing with a sentence that points to its pull request.
RELEASE_OPENING = (
    "This release brings a handful of fixes and two small features, and we thank everyone who "
    "reported a regression after the last one."
)
RELEASE_SECTIONS = [
    ["Struct copies", "A record now has a copy_with method that copies it with some values changed.",
     "Read more in #5736."],
    ["Refinements in JSON::Any and YAML::Any", "These wrappers are handy but they confuse people.",
     "Duplicating a wrapper now duplicates the value inside it, which is what most callers expect "
     "when they copy a document before changing part of it.", "Read more in #6266."],
    ["Cached static files", "The static file handler sends an ETag header now and answers a "
     "conditional request with a short response when the file has not changed since the client asked.",
     "Read more in #6145."],
    ["Next step", "Please update and report any issues you find.",
     "A further release may follow soon if a regression turns up in the next weeks."],
]  # fmt: skip


def _release(sections: list[list[str]]) -> str:
    lines = [*MENU.split(), "Version 9.1 released", RELEASE_OPENING]
    for section in sections:
        lines.extend(section)
    return "\n".join(lines) + "\n"


def test_a_sentence_pointing_to_where_a_change_is_told_closes_its_section():
    text = _release(RELEASE_SECTIONS)
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    for line in ("Read more in #5736.", "Read more in #6266.", "Read more in #6145.", "Refinements in", "Next step"):
        assert not _covered(text, findings, line), [(f.code, f.snippet) for f in findings]


def test_a_pointer_repeated_under_each_blurb_of_a_teaser_stream_is_still_flagged():
    teasers = [
        ["Bridge reopens", "The river bridge opens again after six years of repairs.", "Read more on the site."],
        ["Market moves", "The Saturday market moves to the square for the summer.", "Read more on the site."],
        ["Library hours", "The library opens later on Sundays from next month.", "Read more on the site."],
    ]
    text = _release([RELEASE_SECTIONS[0][:2], *teasers])
    assert _covered(text, _bp(text), "Read more on the site.")


def test_a_read_more_label_with_a_colon_over_a_headline_is_still_flagged():
    text = _release(
        [RELEASE_SECTIONS[1][:3], ["Read more: Bridge Reopens After Six Years of Repairs."], RELEASE_SECTIONS[3]]
    )
    assert _covered(text, _bp(text), "Read more:")
