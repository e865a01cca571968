"""The boilerplate judge reads a page's own structure: feeds of story cards and furniture the page repeats."""

from __future__ import annotations

from scrapelint.api import lint_text

MENU = "Home\nNews\nSport\nTravel\nWeather\nContact\n\n"


def _bp(text: str):
    return lint_text(text, select=["BP"])


def _covered(text: str, findings, needle: str) -> bool:
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


def _paragraph(topic: str) -> str:
    return (
        f"The volunteers who look after the {topic} met again this week to plan the work of the coming "
        "season, and they agreed that the new water tanks, the tool shed and the paths need attention "
        "before spring. The council has promised to pay for the tanks if the volunteers build the shed, "
        "and the first work party is set for the last Saturday of the month.\n"
    )


ARTICLE = "Gardeners plan the spring work\n" + "".join(_paragraph(t) for t in ("gardens", "hives"))

#: Story cards of a site's feed: a kicker, the headline, the outlet and topics, a one-paragraph blurb.
CARDS = [
    ("OFF THE RAILS", "Night Trains Are Back On The Long Routes Across Europe", "1 vote rail.example Travel",
     "Sleeper services that closed a decade ago are running again, and the tickets sell out within hours."),
    ("HIGH WATER", "The River Town That Learned To Live With Floods", "3 votes news.example Nature",
     "Every spring the river rises into the streets, and the town has rebuilt its houses on stilts to let it."),
    ("SMALL WONDERS", "Watch A Spider Build Its Web In Under A Minute", "Video Nature",
     "A macro lens catches every strand as the spider spins a full web on a garden fence at dawn."),
    ("PRICE CHECK", "Why A Cup Of Coffee Costs More This Year", "2 votes money.example Food",
     "Drought in the growing regions and the cost of shipping have pushed the price of beans to a record."),
    ("LOST AND FOUND", "A Wallet Comes Home Forty Years Late", "5 votes local.example Culture",
     "A builder found the wallet behind a wall, and its owner's daughter recognised the photos inside."),
    ("UP IN THE AIR", "The Kite Festival That Fills The Sky Over The Bay", "Photos Culture",
     "Thousands of kites rose over the beach this weekend, from paper diamonds to dragons thirty metres long."),
    ("FAST LANE", "How A Town Built Its Cycle Paths In A Single Summer", "4 votes city.example Cities",
     "Paint, posts and planters did most of the work, and the paths were busy before the council made them last."),
    ("NIGHT SHIFT", "The Bakers Who Start Work At Two In The Morning", "2 votes food.example Food",
     "Bread for the whole town comes out of one oven before dawn, and the queue forms before it opens."),
    ("SMALL STEPS", "A School Swaps Its Car Park For A Playground", "6 votes city.example Cities",
     "Parents walk the last stretch now, and the children have twice the room they had at break time."),
    ("DEEP BLUE", "What Divers Found On The Wreck Off The Point", "3 votes sea.example History",
     "The ship sank in a storm two centuries ago, and its bell still hangs where the crew left it."),
    ("HOME GROWN", "The Allotment That Feeds A Soup Kitchen", "4 votes local.example Food",
     "Twenty plot holders give a share of every harvest, and the kitchen plans its menu around them."),
    ("ON TRACK", "A Retired Driver Restores The Last Steam Engine", "1 vote rail.example History",
     "It took him eleven winters in a shed by the line, and the engine ran again on its birthday."),
    ("LATE BLOOM", "Why The Cherry Trees Flowered Twice This Year", "5 votes news.example Nature",
     "A warm autumn fooled the buds, and the second flowers came out in the middle of November."),
    ("LOUD AND CLEAR", "The Choir That Sings In Every Hospital Ward", "2 votes culture.example Culture",
     "Nurses asked for one song a week, and now the singers visit every ward on a Friday evening."),
]  # fmt: skip


MORE = "Readers sent in their own pictures, and we picked the best of them."


def test_a_feed_of_story_cards_after_the_article_is_furniture():
    feed = "".join(f"{kicker}\n{headline}\n{meta}\n{blurb} {MORE}\n" for kicker, headline, meta, blurb in CARDS)
    text = MENU + ARTICLE + "Subscribe\n" + feed
    findings = _bp(text)
    assert _covered(text, findings, "Watch A Spider Build")
    assert _covered(text, findings, "Thousands of kites rose")
    assert _covered(text, findings, "Paint, posts and planters")
    assert not _covered(text, findings, "look after the hives")
    assert not _covered(text, findings, "look after the gardens")


def test_a_card_labelled_with_a_known_section_word_stays_in_the_feed():
    labelled = ("WATCH THIS", "Divers Film A Whale Shark Off The Reef", "Photos Video", CARDS[2][3])
    plain = [c for c in CARDS if c[2] not in ("Video Nature", "Photos Culture")]
    cards = [*plain[:4], labelled, *plain[4:8]]  # four cards either side: five in a row only through it
    feed = "".join(f"{kicker}\n{headline}\n{meta}\n{blurb} {MORE}\n" for kicker, headline, meta, blurb in cards)
    text = MENU + ARTICLE + "Subscribe\n" + feed
    findings = _bp(text)
    assert _covered(text, findings, "Divers Film A Whale Shark")
    assert _covered(text, findings, "Paint, posts and planters")
    assert not _covered(text, findings, "look after the hives")


def test_questions_over_one_short_answer_each_are_no_feed():
    faq = "".join(
        f"{headline}?\n{blurb}\n" for _, headline, _, blurb in CARDS[:7]
    )  # one heading over one short paragraph: a glossary, questions and answers
    text = MENU + ARTICLE + faq
    findings = _bp(text)
    assert not _covered(text, findings, "Thousands of kites rose")
    assert not _covered(text, findings, "A macro lens catches")


def test_sections_with_a_heading_and_a_caption_over_long_paragraphs_are_no_feed():
    sections = "".join(
        f"{headline}\nPhoto: {meta}\n{_paragraph(kicker.lower())}" for kicker, headline, meta, _ in CARDS[:7]
    )
    text = MENU + ARTICLE + sections
    findings = _bp(text)
    assert not _covered(text, findings, "look after the small wonders")
    assert not _covered(text, findings, "look after the fast lane")


#: Headlines of other stories on the article's subject, as a site's box sets them.
BOX = [
    "Council votes to extend the garden leases for ten years",
    "Volunteers open a second tool library by the river",
    "Seed swap draws a record crowd to the town hall",
    "Water tanks for every garden promised by spring",
]


def _with_box(box: str) -> str:
    return (
        MENU
        + "Gardeners plan the spring work\n"
        + _paragraph("gardens")
        + _paragraph("orchard")
        + box
        + (_paragraph("paths") + _paragraph("hives"))
    )


def test_headlines_over_a_more_in_link_between_paragraphs_are_a_related_box():
    text = _with_box("\n".join(BOX) + "\nMore in Community Gardens\n")
    findings = _bp(text)
    assert _covered(text, findings, "Volunteers open a second tool library")
    assert _covered(text, findings, "Water tanks for every garden")
    assert not _covered(text, findings, "look after the paths")


def test_a_box_under_its_label_stops_at_the_next_section_heading():
    text = _with_box("More on Community Gardens\n" + "\n".join(BOX[:3]) + "\nThe shed and the paths\n")
    findings = _bp(text)
    assert _covered(text, findings, "Seed swap draws a record crowd")
    assert not _covered(text, findings, "The shed and the paths")
    assert not _covered(text, findings, "look after the paths")


def test_a_list_of_short_items_beside_a_read_more_link_is_no_box():
    items = "Spades\nRakes\nHoses\nWheelbarrows\n"  # items, not headlines of other stories
    text = _with_box("The tool library lends:\n" + items + "Read more\n")
    findings = _bp(text)
    assert not _covered(text, findings, "Wheelbarrows")


def test_a_gallery_of_steps_under_one_recurring_title_is_no_feed():
    steps = "".join(
        f"Build a worm box\nPhoto by the author\n{blurb}\n" for _, _, _, blurb in CARDS[:8]
    )  # a how-to's photo steps: the same title over each step, its own text under it
    text = MENU + ARTICLE + steps
    findings = _bp(text)
    assert not _covered(text, findings, "A macro lens catches")
    assert not _covered(text, findings, "Drought in the growing regions")
