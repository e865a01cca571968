"""FG005 read by structure: the unit model and the roles of figures, on short self-written examples.

Each test states one reading the arithmetic rule makes without naming a sample's words: an
amount "per" a thing is a rate of another measure, a number after a date's dash is part of the
date, a percentage may be written in words, a level no word marks is the newer one of the
increment after it, a comparison may name what it compares before the older value, and a rate
joined to a change by a short phrase of its own belongs to it.
"""

from __future__ import annotations

from scrapelint.api import lint_text
from scrapelint.rules.figures.quantities import find_quantities


def fg005(text: str) -> list[str]:
    return [finding.message for finding in lint_text(text, select=["FG005"])]


def test_an_amount_per_thing_is_a_rate_of_another_measure():
    share, yearly = find_quantities("$0.46 per share and $5 million per year")
    assert share.unit == "USD/share"
    assert yearly.unit == "USD"  # a period of time keeps the amount's own measure
    assert [q.unit for q in find_quantities("12 per cent")] == ["%"]


def test_two_values_of_one_measure_among_others_are_the_change():
    sentence = "Profit rose to $7.0 million, or $1.10 per share, up {} percent from $5.0 million, or $0.90 per share."
    assert fg005(sentence.format(40)) == []
    (message,) = fg005(sentence.format(20))
    assert "$5.0 million to $7.0 million" in message


def test_a_number_after_a_dates_dash_ends_the_range_of_dates():
    found = find_quantities("shipped in the period from May-June 10-12, 500 tonnes")
    assert [q.value for q in found if not q.is_year] == [500.0]


def test_a_whole_percentage_may_be_written_in_words():
    (rate,) = find_quantities("a rise of twenty-five percent")
    assert (rate.value, rate.unit) == (25.0, "%")
    assert find_quantities("one of them")[0:] == []
    text = "Our sales grew by {} this season. Our sales came to 46 million units against 40 million units last season."
    assert fg005(text.format("fifteen percent")) == []
    assert fg005(text.format("thirty per cent"))


def test_an_unmarked_level_before_its_increment_is_the_newer_one():
    text = "The mill made 120.0 million tonnes of steel, an increase of 6.0 million tonnes, or {} percent."
    assert fg005(text.format("5.3")) == []
    (message,) = fg005(text.format("8.0"))
    assert "+5.3%" in message


def test_an_increment_may_point_back_to_the_level_of_the_sentence_before():
    text = "The port handled 50.0 million tonnes of cargo. This was a decrease of 2.0 million tonnes, or {} percent."
    assert fg005(text.format("3.8")) == []
    assert fg005(text.format("7.5"))
    # no pointer and no word in common: the level before is another thing's
    assert fg005("Revenue was $5 million. Costs rose by $1 million, or 40%.") == []


def test_a_comparison_may_name_what_it_compares_before_the_older_value():
    text = "Imports grew by {} percent in the year. Imports were recorded at $4.4 billion against the imports of $4.0 billion."
    assert fg005(text.format(10)) == []
    assert fg005(text.format(30))


def test_a_rate_joined_by_a_short_phrase_of_its_own_belongs_to_the_change():
    text = "Output increased from 200 tonnes in 2020 to 250 tonnes in 2021, showing growth of {} percent."
    assert fg005(text.format(25)) == []
    assert fg005(text.format(35))
    # a clause of its own: the rate is another measure's
    assert fg005("Output increased from 200 tonnes to 250 tonnes, while prices rose 35 percent.") == []


def test_parts_each_reached_by_a_change_of_their_own_then_their_total():
    text = (
        "Goods sales rose 10 percent to $8.8 billion, from $8.0 billion, while service sales rose 5 percent"
        " to $2.1 billion, bringing the total to {}."
    )
    assert fg005(text.format("$10.9 billion")) == []
    (message,) = fg005(text.format("$11.9 billion"))
    assert "$8.8 billion + $2.1 billion" in message
    # a level of another role (no "to") ends the run of parts: one part is no sum
    assert (
        fg005(
            "Goods sales were $8.8 billion, while service sales rose 5 percent to $2.1 billion, bringing the total to $11.9 billion."
        )
        == []
    )


def test_an_increment_joined_after_the_pair_by_a_phrase_of_its_own():
    text = "Wheat output is put at 112.5 lakh tonne as compared to 105.0 lakh tonne in 2022-23, showing an increase of {} lakh tonne."
    assert fg005(text.format("7.5")) == []
    (message,) = fg005(text.format("5.7"))
    assert "is a change of" in message


def test_parts_each_followed_by_their_own_rate_then_their_total():
    text = (
        "Plant A made 5,200 units, down 4% on the year, and plant B made 3,100 units, up 2% on the year;"
        " together they make up the {} units of the year."
    )
    assert fg005(text.format("8,300")) == []
    (message,) = fg005(text.format("7,300"))
    assert "5,200 + 3,100" in message


def test_currencies_written_as_letter_prefixes_or_names_after_the_number():
    found = find_quantities("RM80.3 million, NZ$5.2m, Rp. 4,000, S$ 12 billion, ¥300 and 885,630 ringgits")
    assert [q.unit for q in found] == ["MYR", "NZD", "IDR", "SGD", "JPY", "MYR"]
    assert found[0].value == 80.3e6
    text = "Revenue for the half increased {}% from RM40.0 million to RM50.0 million."
    assert fg005(text.format(25)) == []
    assert fg005(text.format(52))


def test_a_gain_as_a_noun_is_a_change_word():
    text = "Net income was 300,000 pesos, a gain of {}% from 200,000 pesos a year earlier."
    assert fg005(text.format(50)) == []
    assert fg005(text.format(30))


def test_the_newer_end_of_a_from_to_pair_starts_no_other_change():
    text = "Profit grew 50% from $2 million to $3 million on the back of a {}% rise in sales from $40 million to $44 million."
    assert fg005(text.format(10)) == []
    (message,) = fg005(text.format(30))
    assert "$40 million to $44 million" in message


def test_a_share_given_beside_its_figure_marks_a_part_not_the_whole():
    # 3,000 carries its own share, so "of the total" points past it to the whole of both
    text = "Of the members, 30%, or 3,000 people are over 60, 1,000 ({}% of the total) of whom are over 80."
    assert fg005(text.format(10)) == []


def test_a_verb_right_before_an_increment_joined_to_its_rate_by_or():
    text = "The jobless rate fell to 5.0 percent from 5.5 percent, as the number employed rose 20,000 or {} percent to 2.02 million."
    assert fg005(text.format(1)) == []
    (message,) = fg005(text.format(4))
    assert "+1.0%" in message
    # a small bare number before "or" is one of two guesses, not an increment
    assert fg005("Sales fell 3 or 4 percent to 2,000 units.") == []


def test_an_increment_points_back_to_the_level_whose_clause_names_its_subject():
    text = (
        "The north plant employs 5,000 people, or 50% of the staff, while its engineers, numbering 2,000, make up "
        "20%. Since 2015, the number of engineers has increased by 400 or {}%."
    )
    assert fg005(text.format(25)) == []
    assert fg005(text.format(40))


def test_the_prior_period_in_brackets_after_a_colon_marks_the_older_value():
    lines = "- Revenue up {}% to £60.0m (2019: £50.0m)\n- Profit doubled to £8.0m (FY2019: {}m)"
    assert fg005(lines.format(20, "£4.0")) == []
    assert len(fg005(lines.format(12, "£5.5"))) == 2


def test_a_lead_with_a_multiplier_and_its_levels_in_the_next_paragraph():
    text = "Visits to the museum have doubled in five years, figures show.\n\nThe museum counted {} visitors last year, compared with 40,000 in 2015."
    assert fg005(text.format("81,000")) == []
    assert fg005(text.format("60,000"))
    # a sentence inside a longer paragraph speaks to its own paragraph only
    longer = "Staff were hired. Museum visits have doubled in five years.\n\nThe museum counted 60,000 visitors, compared with 40,000 in 2015."
    assert fg005(longer) == []


def test_a_measure_with_its_value_in_another_unit_in_brackets():
    (short, metric) = find_quantities("37 billion US tons (34 billion metric tonnes)")
    assert (short.unit, metric.unit) == ("short t", "t")  # US tons are another measure than tonnes
    assert [q.unit for q in find_quantities("20 billion US dollars")] == ["USD"]
    assert fg005("The road is 40 miles (64 km) long and the farm covers 500 acres (202 hectares).") == []
    # conversions are written rounded: "(5 km)" to the kilometre, "(100 km)" to the hundred
    assert fg005("A 3 miles (5 km) walk, 60 miles (100 km) from town.") == []
    (message,) = fg005("The road is 40 miles (84 km) long.")
    assert "about 64" in message
    assert fg005("The world emitted 37 billion US tons (34 billion metric tonnes) of CO2.") == []
    assert fg005("The world emitted 37 billion US tons (31 billion metric tonnes) of CO2.")


def test_parts_with_bracketed_shares_that_make_a_whole_imply_one_whole():
    lines = "Ann 600 (60.0%)\nBob 300 (30.0%)\nCy 100 (10.0%)\nValid votes {} (98.0%)\nSpoilt votes 20 (2.0%)"
    assert fg005(lines.format("1,000")) == []
    (message,) = fg005(lines.format("1,100"))
    assert "1,100 (98.0%)" in message and "20 (2.0%)" in message
    (message,) = fg005(lines.replace("Bob 300", "Bob 400").format("1,000"))
    assert message.startswith("400 (30.0%) implies a whole of 1,333")
    # shares that do not make 100% are no breakdown of one whole
    assert fg005("Ann 600 (60.0%) and Bob 500 (30.0%) were named.") == []


def test_a_count_over_a_year_restated_per_day():
    text = "Police recorded 73,000 thefts in the year, or {} a day."
    assert fg005(text.format(200)) == []
    (message,) = fg005(text.format(300))
    assert "about 200 a day" in message
    assert fg005("Police recorded 84,000 thefts in the year, or 200 a day.") == []  # a round figure


def test_a_lead_with_a_rate_and_its_levels_in_the_next_paragraph():
    text = "Sales of the brand rose {}% last year.\n\nThe brand sold 55,000 cars, against 50,000 the year before."
    assert fg005(text.format(10)) == []
    assert fg005(text.format(20))
    # the rate's sentence inside a longer paragraph is not read with the next paragraph
    longer = "Prices held. Sales of the brand rose 20% last year.\n\nThe brand sold 55,000 cars, against 50,000 before."
    assert fg005(longer) == []


def test_a_rate_on_another_basis_than_its_levels_is_left_alone():
    assert fg005("- Revenue up 5% at constant currency to £49.0m (2013: £47.4m)") == []
    assert fg005("Like-for-like sales rose 8% to $49.0m from $47.4m.") == []
    assert fg005("- Revenue up 5% to £49.0m (2013: £47.4m)")


def test_an_increment_with_its_rate_in_brackets():
    text = "The population has grown by 500 ({}% increase) to 10,000."
    assert fg005(text.format("5.3")) == []
    assert fg005(text.format("8.3"))
    # an increment with its rate in brackets is no part of a whole with its share
    assert fg005("Sales rose by 500 (50.0%) and costs rose by 300 (50.0%).") == []


def test_an_abbreviation_defined_in_brackets_names_the_measure_later():
    text = "Output is put at 11.0 million metric tons (mmt), down 2.1 mmt from last year; 3 mmtx is no unit."
    found = {q.text: q for q in find_quantities(text)}
    assert found["2.1 mmt"].unit == "t"
    assert found["2.1 mmt"].value == 2.1e6
    assert found["3"].unit == ""


def test_a_hyphenated_percent_is_a_percent():
    assert [(q.text, q.unit) for q in find_quantities("a 31-per-cent rise and a 106-percent jump")] == [
        ("31-per-cent", "%"),
        ("106-percent", "%"),
    ]


def test_an_older_value_after_a_comparison_that_names_it():
    # "in comparison to" marks the older value as "compared to" does, and a name of a few
    # words, a year among them, may stand between "over" and the older value
    text = "There were {} thefts this spring, in comparison to last year's 3,243, a seven per cent decrease."
    assert fg005(text.format("3,009")) == []
    assert fg005(text.format("2,709"))
    text = (
        "The count of 308,745,538 was an increase of {} percent over the 2000 U.S. resident population of 281,421,906."
    )
    assert fg005(text.format("9.7")) == []
    assert fg005(text.format("7.9"))


def test_percentage_points_are_the_gap_between_two_percentages():
    assert fg005("The rate rose 4.8 percentage points from 72.2% to 77%.") == []
    (message,) = fg005("The rate rose 2.8 percentage points from 72.2% to 77%.")
    assert "4.8 percentage points" in message
    assert fg005("The bank cut its rate by 25 basis points to 4.5% from 4.75%.") == []
    assert fg005("The bank cut its rate by 50 basis points to 4.5% from 4.75%.")
    # the two percentages may be the next sentence's, on the same thing; "almost" is a hedge
    lead = "The district's graduation rate jumped almost 5 percentage points. The district hit {}, up from 72.2%."
    assert fg005(lead.format("77%")) == []
    assert fg005(lead.format("79%"))
    # points alone count goals or index points; a third percentage leaves the pair unknown
    assert fg005("The team rose 5 points to 77% of its games from 70%.") == []
    assert fg005("The rate rose 2.8 percentage points from 72.2% to 77%, and 60% voted.") == []


def table_fg005(text: str) -> list[str]:
    return [finding.message for finding in lint_text(text, format="markdown", select=["FG005"])]


def test_a_share_column_beside_counts_implies_one_whole():
    # the shares make about 100%: each count over its share gives the one whole
    result = "| Choice | Percent | Votes |\n|---|---|---|\n| Yes | {}% | 25389 |\n| No | 46.7% | 22265 |\n"
    assert table_fg005(result.format("53.3")) == []
    assert table_fg005(result.format("55.3"))
    # a first row of 100% is the whole, and several breakdowns of it follow; the row that
    # stands apart in widths of its own rounding is the one reported ("54 (0.2%)" is loose)
    profile = (
        "| | 2010 | |\n|---|---|---|\n| TOTAL POPULATION | 26,997 | 100.0% |\n| In households | 26,971 | 99.9% |\n"
        "| In group quarters | 26 | 0.1% |\n| SEX | | |\n| Male | 12,987 | 48.1% |\n| Female | {} | 51.9% |\n"
    )
    assert table_fg005(profile.format("14,010")) == []
    (message,) = table_fg005(profile.format("14,100"))
    assert message.startswith("14,100 (51.9%)")
    # shares of each row's own whole ("% urban") neither make 100% nor have a 100% row
    own = "| District | Population | % urban |\n|---|---|---|\n| North | 12,000 | 40% |\n| South | 30,000 | 75% |\n"
    assert table_fg005(own) == []
    # a change column is no share
    change = "| Year | Sales | % change |\n|---|---|---|\n| 2023 | 500 | 60% |\n| 2024 | 700 | 40% |\n"
    assert table_fg005(change) == []


def test_a_population_tables_percent_plus_minus_column_is_its_change():
    table = (
        "| Census | Pop. | %± |\n|---|---|---|\n| 1950 | 1,366 | 83.8% |\n| 1960 | 1,928 | {} |\n"
        "| 1970 | 2,811 | 45.8% |\n"
    )
    assert table_fg005(table.format("41.1%")) == []
    (message,) = table_fg005(table.format("47.1%"))
    assert "1,366 to 1,928" in message
    # "±" alone heads a margin of error, not a change
    moe = "| Year | Estimate | ± |\n|---|---|---|\n| 2019 | 1,366 | 8.8% |\n| 2020 | 1,928 | 7.1% |\n"
    assert table_fg005(moe) == []


def test_an_increment_with_its_older_level_of_an_earlier_period_speaks_of_the_level_before():
    text = "With {} patients admitted to hospitals, flu is rising. Weekly hospital admissions went up by 1,485 from a total of just 4,268 the week prior."
    assert fg005(text.format("5,753")) == []
    (message,) = fg005(text.format("5,953"))
    assert "1,485" in message
    # no word in common: another thing; no earlier period: the older level may be anyone's
    assert (
        fg005(
            "With 5,953 patients admitted, flu is rising. Clinic visits went up by 1,485 from a total of just 4,268 the week prior."
        )
        == []
    )
    assert (
        fg005(
            "With 5,953 patients admitted to hospitals, flu is rising. Hospital admissions in the north went up by 1,485 from a total of 4,268."
        )
        == []
    )


def test_long_unit_names_and_millimetres_are_measures():
    mw, gw, mm = find_quantities("1,855 megawatts, 2 gigawatts and 630mm")
    assert (mw.unit, mw.value) == ("W", 1.855e9)
    assert (gw.unit, gw.value) == ("W", 2e9)
    assert (mm.unit, round(mm.value, 3)) == ("m", 0.63)


def test_a_scale_letter_against_the_number_scales_the_unit_after_it():
    solids, litres = find_quantities("84.0m kgMS (991m litres)")
    assert (solids.unit, solids.value) == ("t", 84_000.0)  # a code after the unit names what is measured
    assert (litres.unit, litres.value) == ("l", 991e6)
    assert find_quantities("a 5 m tall wall")[0].unit == ""  # spaced: metres, not a scale
    text = "North island collections totalled 84.0m kgMS (991m litres), up {}% on the 76.4m kgMS (901m litres) a year earlier."
    assert fg005(text.format("9.9")) == []
    assert fg005(text.format("19.9"))


def test_an_increment_between_a_newer_level_and_the_older_one_after_from():
    text = "Output recorded 60,076 tons in 2020, decreasing by {} tons (-23.4%) from 78,437 tons in 2019."
    assert fg005(text.format("18,361")) == []
    (message,) = fg005(text.format("18,631"))
    assert "18,361" in message


def test_a_prefixed_unit_written_once_covers_a_bare_count_beside_it():
    assert fg005("Peak demand reached 44,947 megawatts, much lower than the 46,797 seen on Friday.") == []
    assert fg005("Peak demand reached 44,947 MW, much higher than the 46,797 seen on Friday.")


def test_a_multiplier_of_the_figure_after_the():
    text = "The industry installed 1,855 megawatts in 2011, more than double the previous record of {} megawatts."
    assert fg005(text.format("887")) == []
    (message,) = fg005(text.format("987"))
    assert "more than double" in message
    shares = "with {} per cent in rural areas, nearly three times the 9.7 per cent in urban areas."
    assert fg005(shares.format("27.7")) == []
    assert fg005(shares.format("17.7"))
    # the figure compared may stand in the sentence before when the multiplier's sentence points back
    back = "Rainfall for June was {} mm. This is less than half of the ten year average of 70 mm."
    assert fg005(back.format("26")) == []
    assert fg005(back.format("36"))  # 35.5/70.5 is past a half for every reading of the rounding
    # no word pointing back: the figure before is another thing's
    assert fg005("Rainfall for June was 36 mm. Wells hold less than half of the ten year average of 70 mm.") == []


def test_figures_dated_like_each_other_are_a_list_not_a_whole_and_its_parts():
    assert (
        fg005("In 2015, 1.2 million people came on Saturday, with 1.1 million on Friday and 1 million on Sunday.") == []
    )
    # a whole of a month against parts of places is still read
    assert fg005("Sales totalled 500 units in March, with 400 in London and 300 in Paris.")


def test_a_column_of_signed_cells_holds_changes_not_shares():
    table = (
        "| Crop | 2019 | 2020 | Year-on-year (%) |\n|---|---|---|---|\n"
        "| Output (ton) | 12,986 | 6,795 | -47.7 |\n| Area (ha) | 25,159 | 22,930 | {} |\n"
        "| Yield (kg) | 52 | 30 | -42.6 |"
    )
    assert fg005(table.format("-8.9")) == []
    assert fg005(table.format("-9.8"))


def test_a_whole_named_with_a_relative_clause_before_its_parts():
    text = "Of the 4.14 lakh passengers who travelled in December, 2.42 lakh were domestic and {} lakh were foreign."
    assert fg005(text.format("1.72")) == []
    assert fg005(text.format("1.92"))


def test_shares_with_clauses_of_their_own_before_the_total_that_sums_them():
    text = (
        "Then 30.4 per cent said they were very dissatisfied with the provincial response and {} per cent"
        " said they were somewhat dissatisfied, for a total of 46.7 per cent."
    )
    assert fg005(text.format("16.3")) == []
    assert fg005(text.format("19.3"))


def test_an_amount_restated_in_brackets_with_another_scale_word():
    text = "with 21.31 million (213 lakh) domestic and {} million (37 lakh) international passengers"
    assert fg005(text.format("3.73")) == []
    (message,) = fg005(text.format("4.73"))
    assert "47.3 lakh" in message


def test_the_rest_of_a_whole_may_be_named_its_balance():
    text = "Used cars took a 71.2% share of sales, the balance {}% were new."
    assert fg005(text.format("28.8")) == []
    assert fg005(text.format("38.8"))


def test_a_sentence_breaking_down_the_figure_of_the_sentence_before():
    text = "The number of people employed jumped by 37,800. The rise was made up from 32,100 full-time workers and {} part-timers."
    assert fg005(text.format("5,700")) == []
    assert fg005(text.format("7,500"))  # broken down by its verb: the parts are all of it
    # "Of the total" may leave some parts out
    assert (
        fg005("Exports reached 9,000 tonnes. Of the total, 5,000 tonnes went to Asia and 3,000 tonnes to Europe.") == []
    )


def test_a_difference_after_two_levels_joined_by_or():
    text = "The count totaled 20,429 students, compared to 21,216 a year ago, or {} fewer students this year."
    assert fg005(text.format("787")) == []
    assert fg005(text.format("877"))
    # the older level in a sentence that points back by a comparison verb
    back = "The count totaled 20,429 students. That compares to 21,216 a year ago, or {} fewer students."
    assert fg005(back.format("787")) == []
    assert fg005(back.format("877"))


def test_a_comparative_of_size_after_a_figure_marks_a_difference():
    text = "The enrollment is 5,033 FYE, which is 1,050 FYE lower than the previous year, a decline of {}%."
    assert fg005(text.format("17.3")) == []
    assert fg005(text.format("13.7"))


def test_an_earlier_period_then_when_marks_the_older_level():
    text = (
        "The market installed 14.6 megawatts (MW) of new capacity. That was a {}% increase over the"
        " previous year, when 7.5MW were installed."
    )
    assert fg005(text.format("95")) == []
    assert fg005(text.format("75"))
