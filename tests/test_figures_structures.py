"""FG005 and FG006 read relations by their structure, whatever the words: each test writes a
relation in sentences of its own and checks the clean version passes and a changed figure is found."""

from __future__ import annotations

from scrapelint.api import lint_text


def fg005(text: str) -> list[str]:
    return [finding.message for finding in lint_text(text, select=["FG005"])]


def fg006(text: str) -> list[str]:
    return [finding.message for finding in lint_text(text, select=["FG006"])]


def test_an_increment_and_its_rate_against_an_older_level_named_after_than():
    clean = (
        "Exports this season are put at 52.6 million bales, which is higher by 4.1 million bales (8.5%) "
        "than the previous record shipment of 48.5 million bales."
    )
    assert fg005(clean) == []
    assert fg005(clean.replace("(8.5%)", "(9.5%)"))


def test_a_comparative_after_an_increment_and_its_rate_makes_them_one_step():
    clean = "Output reached 61.2 GW, which is 3.2 GW or 5.5% higher than the earlier peak of 58.0 GW."
    assert fg005(clean) == []
    assert fg005(clean.replace("3.2 GW", "4.2 GW"))


def test_a_range_written_as_one_hyphened_word_is_no_amount():
    clean = "In the 18-to-24 group, spending has tripled, from $1,200 to $3,650."
    assert fg005(clean) == []
    assert any("factor" in message for message in fg005(clean.replace("$3,650", "$2,100")))


RATE_TABLE = (
    "| Region | Applications | Approved | Approval rate (%) |\n|---|---|---|---|\n"
    "| North | 820 | 410 | 50 |\n| South | 1,240 | 930 | 75 |\n| East | 600 | 120 | 20 |\n"
    "| West | 950 | 380 | {west} |\n| Total | 3,610 | 1,840 | 51 |\n"
)


def test_a_rate_column_is_one_column_over_another_in_every_row():
    assert fg005(RATE_TABLE.format(west="40")) == []
    found = fg005(RATE_TABLE.format(west="48"))
    assert len(found) == 1 and "'West'" in found[0] and "40.0%" in found[0]


def test_a_rate_column_is_never_added_up_as_shares():
    # each row's approvals over its own applications: no "add up to 100%" reading
    assert not any("add up" in message for message in fg005(RATE_TABLE.format(west="40")))


def test_a_change_column_is_not_summed_with_the_value_columns():
    table = (
        "| | 2021 | 2022 | Change (%) |\n|---|---|---|---|\n| All visitors | 5 400 | 6 100 | 13.0 |\n"
        "| by air | 3 100 | 3 500 | 12.9 |\n| by land | 2 300 | 2 600 | 13.0 |\n"
    )
    assert fg005(table) == []


SUM_TABLE = (
    "| Month | Day visits | Overnight visits | All visits |\n|---|---|---|---|\n"
    "| April | 1,204 | 388 | 1,592 |\n| May | 1,377 | 415 | {may} |\n| June | 1,512 | 603 | 2,115 |\n"
    "| July | 1,890 | 955 | 2,845 |\n"
)


def test_a_column_that_adds_up_two_others_in_every_row_but_one():
    assert fg005(SUM_TABLE.format(may="1,792")) == []
    found = fg005(SUM_TABLE.format(may="1,892"))
    assert len(found) == 1 and "'May'" in found[0] and "1,792" in found[0]


DIFFERENCE_TABLE = (
    "| Team | Played | GF | GA | GD |\n|---|---|---|---|---|\n"
    "| Rovers | 10 | 21 | 9 | 12 |\n| United | 10 | 17 | 11 | {united} |\n| Athletic | 10 | 12 | 15 | -3 |\n"
    "| Wanderers | 10 | 8 | 19 | -11 |\n"
)


def test_a_column_that_is_one_column_less_another_in_every_row_but_one():
    assert fg005(DIFFERENCE_TABLE.format(united="6")) == []
    found = fg005(DIFFERENCE_TABLE.format(united="8"))
    assert len(found) == 1 and "'United'" in found[0] and "17 less 11 is 6" in found[0]


def test_a_headline_level_against_the_level_the_text_gives():
    clean = "# Inflation eases to 2.4%\n\nAnnual inflation eased to 2.4% in March, the statistics office said."
    assert fg006(clean) == []
    assert fg006(clean.replace("eased to 2.4%", "eased to 2.9%"))


def test_a_headline_level_is_not_held_against_an_older_level():
    assert fg006("# Inflation eases to 2.4%\n\nInflation was 3.1% a year ago, the statistics office said.") == []


def test_parts_that_narrow_the_subject_of_a_whole_cannot_add_past_it():
    text = (
        "Shipments of bicycles were 41,200 units in May. Shipments of electric bicycles were 23,900 units "
        "and shipments of folding bicycles were {folding} units."
    )
    assert fg005(text.format(folding="17,300")) == []
    assert fg005(text.format(folding="19,800"))


def test_clauses_of_other_subjects_are_no_parts():
    text = "Revenue of Acme was $10 billion. Revenue of Globex was $8 billion and revenue of Initech was $6 billion."
    assert fg005(text) == []


def test_a_net_against_the_gain_and_the_loss_it_balances():
    text = "The region gained 3,400 residents from other states but lost 2,100 to emigration, a net gain of {net}."
    assert fg005(text.format(net="1,300")) == []
    assert fg005(text.format(net="1,900"))


def test_a_net_in_its_own_sentence_opened_by_in_all():
    text = (
        "In all, the county added 900 jobs in the quarter. Factories took on 1,250 workers, "
        "while farms shed {shed} jobs."
    )
    assert fg005(text.format(shed="350")) == []
    assert fg005(text.format(shed="550"))


def test_shares_of_a_noun_and_its_non_complement_make_one_hundred():
    assert fg005("Union members (24%) now earn more than non-members (76%) of the sector.") == []
    assert fg005("Union members (24%) now earn more than non-members (71%) of the sector.")
    # rates within two groups are not shares of one whole
    assert fg005("Turnout rose among members (60%) and among non-members (70%).") == []


def test_a_share_of_the_whole_a_noun_named_sentences_before():
    text = (
        "The number of registered voters rose by 12,000 to 2.4 million. Turnout is expected to be high. "
        "Voters under 30 numbered 0.6 million and made up {share}% of the registered voters."
    )
    assert fg005(text.format(share="25")) == []
    assert fg005(text.format(share="35"))


def test_a_headline_step_against_the_levels_of_the_lead():
    text = (
        "# Wheat harvest up by {step} million tonnes\n\nThe wheat harvest came in at 31.0 million tonnes, "
        "against 29.5 million tonnes a year earlier."
    )
    assert fg005(text.format(step="1.5")) == []
    assert fg005(text.format(step="2.5"))


def test_a_multiplier_against_two_percentage_levels_of_one_share():
    text = (
        "The share of homes heated by heat pumps has tripled since 2010. In 2022, 18 percent of homes had one, "
        "up from {old} percent in 2010."
    )
    assert fg005(text.format(old="6")) == []
    assert fg005(text.format(old="9"))


def test_a_rate_above_a_reference_given_in_brackets():
    assert fg005("Snowfall reached 150cm, 25% above the seasonal norm (120cm).") == []
    assert fg005("Snowfall reached 150cm, 25% above the seasonal norm (110cm).")


def test_an_average_per_something_against_its_two_counts_on_label_lines():
    text = "Trips logged: 64\nKilometres ridden: 1,856\nKilometres per trip: {avg}\nLongest trip in kilometres: 88 kilometres"
    assert fg005(text.format(avg="29.0")) == []
    assert fg005(text.format(avg="31.0"))


def test_an_average_per_something_against_its_two_counts_in_a_sentence():
    assert fg005("The clinic logged 1,240 visits by 400 patients, an average of 3.1 visits per patient.") == []
    assert fg005("The clinic logged 1,240 visits by 400 patients, an average of 3.4 visits per patient.")


def test_a_step_and_older_level_against_the_newer_level_of_the_sentence_before():
    text = (
        "Barley output is put at 14.80 mt this season. The current season's output is higher by 1.60 mt "
        "({rate}%) as compared to barley output of {old} mt a year ago."
    )
    assert fg005(text.format(rate="12.1", old="13.20")) == []
    assert fg005(text.format(rate="12.1", old="13.70"))
