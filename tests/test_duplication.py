"""Duplication rules on a seed article and on their edge cases."""

from __future__ import annotations

from scrapelint.api import lint_text


def test_seed_000_headline_printed_twice(seeds):
    text = seeds["000"]
    headline = "US demands for higher defense spending strain the Japan-US alliance"
    findings = [f for f in lint_text(text, select=["DU"]) if f.code == "DU002"]
    first = text.index(headline)
    second = text.index(headline, first + 1)
    assert [(f.start, f.end) for f in findings] == [(second, second + len(headline))]


def test_repeated_title_from_metadata_only_flags_later_copies():
    title = "Harbour reopens after repairs"
    text = f"{title}\n\nThe harbour reopened on Monday after two months of repairs to the quay walls.\n\n{title}\n"
    findings = lint_text(text, select=["DU001"], meta={"title": title})
    assert len(findings) == 1 and findings[0].start == text.rindex(title)


def test_repeated_title_is_not_also_a_repeated_line():
    title = "Harbour reopens after repairs"
    text = f"{title}\n\nThe harbour reopened on Monday after repairs.\n\n{title}\n"
    codes = sorted(f.code for f in lint_text(text, select=["DU"]))
    assert codes == ["DU001"]


def test_boilerplate_block_folds_duplicates_inside_it():
    para = "The council met on Tuesday and voted for the plan after a long debate about roads and schools. "
    text = f"Council backs plan\n\n{para * 3}\n\nRelated Articles\nCouncil backs plan for new roads\nCouncil backs plan for new roads\n"
    codes = [f.code for f in lint_text(text, select=["BP", "DU"])]
    assert "BP004" in codes and "DU002" not in codes


def _du002(text: str) -> list[int]:
    return [f.start for f in lint_text(text, select=["DU002"])]


def test_a_title_typed_again_in_other_letter_case_is_a_heading_and_its_box():
    body = "The crossing was the longest on the coast, and the crews kept logs of every storm they met.\n\n"
    boxed = f"THE NIGHT CROSSING OF 1921\n\n{body}Primary sources\n\nThe Night Crossing of 1921\n\n{body[:-2]} again.\n"
    assert _du002(boxed) == []
    kept_twice = f"Harbour history\n\nThe Night Crossing of 1921\n\n{body}The Night Crossing of 1921\n"
    assert _du002(kept_twice) == [kept_twice.rindex("The Night Crossing")]


def test_the_refrain_of_a_quoted_song_is_not_a_repeat():
    intro = "The crews sang on the night crossings, and one of their songs was printed in the harbour paper.\n\n"
    refrain = "And if the tide runs out on us, we will row the whole way home"
    verse = f"{refrain}\n\nWe will row the whole way home, we will row the whole way home\n\n{refrain}\n\n"
    assert _du002(f"Songs of the ferry crews\n\n{intro}{verse}—Anna Berg, “The Night Boat”\n") == []
    uncredited = f"Songs of the ferry crews\n\n{intro}{verse}"
    assert _du002(uncredited) == [uncredited.rindex(refrain)]


SECTION = (
    "The team met every week for a year and wrote down what worked, what failed and what it would change next time. "
)


def test_an_outline_of_the_sections_that_follow_is_not_a_repeat():
    headings = [
        "Set specific and measurable goals",
        "Bring the right people to the table",
        "Start small and learn fast",
    ]
    outline = "\n".join(headings)
    body = "".join(f"{h}\n{SECTION}\n{SECTION}\n" for h in headings)
    text = f"Lessons from a year of work\nWe learned three things.\n{outline}\n{body}"
    assert _du002(text) == []


def test_a_list_of_teasers_repeating_the_outline_is_still_a_repeat():
    headings = [
        "Set specific and measurable goals",
        "Bring the right people to the table",
        "Start small and learn fast",
    ]
    outline = "\n".join(headings)
    teasers = "".join(f"{h}\n{SECTION}\n" for h in headings)  # one sentence under each: a list of teasers
    text = f"Lessons from a year of work\nWe learned three things.\n{outline}\n{teasers}"
    assert len(_du002(text)) == 3


def test_an_outline_out_of_order_is_still_a_repeat():
    headings = ["Set specific and measurable goals", "Bring the right people to the table"]
    body = "".join(f"{h}\n{SECTION}\n{SECTION}\n" for h in reversed(headings))
    text = "Lessons from a year of work\nWe learned two things.\n" + "\n".join(headings) + f"\n{body}"
    assert len(_du002(text)) == 2


def test_the_outline_check_reads_each_line_a_bounded_number_of_times(monkeypatch):
    """Every short line listed twice once walked back over its whole run of short lines, so a
    long list printed twice took time growing with the square of its length."""
    from scrapelint.rules.duplication import rules as duplication_rules

    read = 0
    original = duplication_rules._long

    def counted(line: str) -> bool:
        nonlocal read
        read += 1
        return original(line)

    monkeypatch.setattr(duplication_rules, "_long", counted)
    reads = []
    for size in (200, 800):
        listing = "".join(f"Short line number {i} here\n" for i in range(size))
        read = 0
        findings = lint_text(listing + "\n" + listing, select=["DU002"])
        assert len(findings) >= size - 1  # the second copy is still reported line by line
        reads.append(read)
    assert reads[1] <= 5 * reads[0]


TWO_SENTENCES = "Many customers come to us to renew a passport. Others want to change an address on file with us."


def test_an_outline_whose_sections_are_one_paragraph_of_sentences_is_not_a_repeat():
    headings = [
        "Complete a transaction or prepare one",
        "Find specific information on a known topic",
        "Browse information on a general topic",
    ]
    body = "".join(f"{h}\n{TWO_SENTENCES}\n" for h in headings)
    text = "Our customer types\nWe sorted what people come for into three types.\n" + "\n".join(headings) + f"\n{body}"
    assert _du002(text) == []


def test_an_outline_whose_sections_open_with_a_subheading_is_not_a_repeat():
    headings = ["Tips for running a challenge", "Examples of past challenges", "Platforms and tools to use"]
    body = "".join(f"{h}\nA first example\n{SECTION}\n{SECTION}\n" for h in headings)
    text = "Running a challenge\n" + "\n".join(headings) + f"\n{SECTION}\n{body}"
    assert _du002(text) == []


def test_an_outline_entry_may_run_long_when_it_closes_with_no_full_stop():
    headings = [
        "Start by digging into the problem space",
        "Build a strong coalition of support and partnerships, especially with those on the front lines",
        "Do not let perfect be the enemy of the good",
    ]
    body = "".join(f"{n}. {h}\n{SECTION}\n{SECTION}\n" for n, h in enumerate(headings, 1))
    text = "Product lessons\nWe learned four things.\n" + "\n".join(headings) + f"\n{body}"
    assert _du002(text) == []


def test_a_menu_holding_the_headline_and_a_label_is_not_an_outline():
    """A run of navigation lines above the article holds its headline and a teaser that both
    come back later in order; most of the run's lines never do, so it is no outline."""
    menu = (
        "Home\nNews\nSport\nWeather\nContact us\nNewsletter\nHay is better than its name\nRead a sample chapter today"
    )
    article = f"Hay is better than its name\n{SECTION}\n{SECTION}\nRead a sample chapter today\nSample\n{SECTION}\n"
    text = f"{menu}\n{article}"
    assert len(_du002(text)) == 2


def test_a_records_fields_repeated_across_records_are_not_a_repeat():
    techniques = ["Focus groups", "Usability tests", "Card sorting"]
    durations = [
        "Two to four weeks, not including recruiting.",
        "Varies with the product.",
        "Two to four weeks, not including recruiting.",
    ]
    body = "".join(
        f"{name}\n{SECTION}\nStage: best suited for the early development phase.\nDuration: {duration}\n"
        for name, duration in zip(techniques, durations, strict=True)
    )
    assert _du002(f"Choosing a technique\n{body}") == []


def test_a_headline_with_a_colon_printed_twice_is_still_a_repeat():
    headline = "Winter show: tickets for the fairy-tale exhibition are on sale now"
    text = f"Culture\n{headline}\n{headline}\n{SECTION}\nMore: {headline}\n"
    assert len(_du002(text)) >= 1
