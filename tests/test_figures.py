"""The FG family beyond single YAML cases: the number parser, the seeds, the corpus rule via the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scrapelint.api import lint_text
from scrapelint.rules.figures.facts import header_unit
from scrapelint.rules.figures.quantities import find_quantities, parse_number

ROOT = Path(__file__).resolve().parents[1]


def only(text: str):
    (quantity,) = find_quantities(text)
    return quantity


def test_amount_with_scale_and_currency_is_positive():
    quantity = only("a $70 billion package")
    assert (quantity.value, quantity.unit) == (70e9, "USD")


def test_dash_between_percentages_is_a_range_not_a_minus():
    values = [q.value for q in find_quantities("a rise of 15%-20%")]
    assert values == [15.0, 20.0]


def test_thousands_separators():
    assert only("1,000 people").value == 1000
    assert parse_number("1.000") is None  # European thousands or a decimal: not guessed
    assert only("2.5 million").value == 2.5e6


def test_years_are_not_quantities():
    assert only("in 2024 alone").is_year
    assert not only("$2024").is_year
    assert not only("2,024 tonnes").is_year
    assert not only("2024%").is_year


def test_currency_after_the_number():
    quantity = only("9.9 trillion yen")
    assert (quantity.value, quantity.unit) == (9.9e12, "JPY")


def test_scale_letters_need_a_currency():
    assert only("a 5 m wall").value == 5
    assert only("$5m deal").value == 5e6


def test_unit_model_spellings():
    assert (only("up 12.5pc").value, only("up 12.5pc").unit) == (12.5, "%")
    assert only("4,000 PCs sold").unit == ""  # a plural noun, not a percentage
    assert (only("1.2 million bbl/d").value, only("1.2 million bbl/d").unit) == (1.2e6, "bbl/day")
    assert only("80,000 barrel a day").unit == "bbl/day"
    assert (only("12,500m3 of timber").value, only("12,500m3 of timber").unit) == (12500, "m3")
    assert only("US$ 7.5 million").unit == "USD"
    assert only("$ 12 billion").value == 12e9


def test_mt_is_million_tonnes_unless_the_count_is_grouped_in_thousands():
    assert only("21.23 mt of coal").value == pytest.approx(21.23e6)
    assert only("74.8 Mt of steel").value == pytest.approx(74.8e6)
    assert only("939,000 mt of steel").value == 939_000  # metric tonnes, not 939,000 million
    assert only("1,869.9 Mt of steel").value == pytest.approx(1_869.9e6)  # megatonnes, as written


def test_the_end_of_a_season_is_part_of_its_year():
    values = [q for q in find_quantities("in 2020-21 to 33.3 million tonnes") if not q.is_year]
    assert [q.text for q in values] == ["33.3 million tonnes"]
    assert [q.text for q in find_quantities("21 farms in 2014/15") if not q.is_year] == ["21"]


def test_indian_digit_grouping():
    assert only("12,34,567 visitors").value == 1234567
    assert only("3,04,210 tonnes").value == 304210
    assert only("1,234,567 visitors").value == 1234567


def test_metric_prefixes_fold_into_one_unit():
    small, large = find_quantities("from 800 MW to 1.2 GW")
    assert small.unit == large.unit == "W"
    assert (small.value, large.value) == (800e6, 1.2e9)
    assert only("4.1 TWh").value == pytest.approx(only("4,100 GWh").value)


def test_header_units():
    assert header_unit("USD Billion") == ("USD", 1e9)
    assert header_unit("$ bn") == ("USD", 1e9)
    assert header_unit("%") == ("%", 1.0)


# -- the seeds -------------------------------------------------------------


def _codes(findings, code):
    return [f for f in findings if f.code == code]


def test_seed_003_upcoming_summit_already_past(seeds):
    findings = lint_text(seeds["003"], select=["FG"], as_of=dt.date(2025, 6, 22))
    upcoming = _codes(findings, "FG002")
    assert len(upcoming) == 1
    assert "June 15-17, 2025" in seeds["003"][upcoming[0].start : upcoming[0].end]
    assert "2025-06-17" in upcoming[0].message and "2025-06-22" in upcoming[0].message


def test_seed_003_is_silent_without_a_date(seeds):
    assert not _codes(lint_text(seeds["003"], select=["FG"]), "FG002")


def test_an_upcoming_event_is_not_judged_against_an_editors_update_note():
    body = "The upcoming summit (June 15-17, 2025) may help.\n"
    published = lint_text("Published June 22, 2025\n" + body, select=["FG002"])
    noted = lint_text("Update, June 22, 2025\nThe summit took place.\n" + body, select=["FG002"])
    assert len(_codes(published, "FG002")) == 1
    assert not _codes(noted, "FG002")


def test_seed_002_date_comes_from_its_stamp_and_its_weekday_is_right(seeds):
    findings = lint_text(seeds["002"], select=["FG"])
    assert not _codes(findings, "FG001")  # 2025-10-26 is a Sunday
    assert dt.date(2025, 10, 26).weekday() == 6


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", "--isolated", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_json_reports_the_text_stamp_as_date_source(seeds, tmp_path):
    (tmp_path / "page.txt").write_text(seeds["002"], encoding="utf-8")
    out = _run_cli("--select", "FG", "--format", "json", str(tmp_path))
    (document,) = json.loads(out.stdout)["documents"]
    assert (document["date"], document["date_source"]) == ("2025-06-22", "text")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corpus_conflict_between_seed_001_and_004(seeds, tmp_path, jobs):
    (tmp_path / "a.txt").write_text(seeds["001"], encoding="utf-8")
    (tmp_path / "b.txt").write_text(seeds["004"], encoding="utf-8")
    out = _run_cli("--select", "FG008", "--format", "jsonl", "--jobs", jobs, str(tmp_path))
    findings = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert {Path(f["path"]).name for f in findings} == {"a.txt", "b.txt"}
    for finding in findings:
        assert finding["severity"] == "info"
        assert "2024" in finding["message"]
        assert "$56 billion" in finding["message"] and "61.5" in finding["message"]
        assert "a.txt:" in finding["message"] and "b.txt:" in finding["message"]


def test_corpus_agreeing_documents_are_silent(tmp_path):
    (tmp_path / "a.txt").write_text("In 2023, Norland's wheat exports reached $4.1 billion.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "| Year | Norland Wheat Exports (USD billion) |\n|---|---|\n| 2023 | 4.1 |\n", encoding="utf-8"
    )
    out = _run_cli("--select", "FG008", "--format", "jsonl", str(tmp_path))
    assert out.stdout.strip() == ""


def test_corpus_conflict_between_prose_and_table_files(tmp_path):
    (tmp_path / "a.txt").write_text("In 2023, Norland's wheat exports reached $4.1 billion.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "| Year | Norland Wheat Exports (USD billion) |\n|---|---|\n| 2023 | 4.9 |\n", encoding="utf-8"
    )
    out = _run_cli("--select", "FG008", "--format", "jsonl", str(tmp_path))
    assert len(out.stdout.strip().splitlines()) == 2


def _brute_force_clashing(entries, tolerance):
    from scrapelint.rules.figures.facts import conflict

    def source(loc):
        return (loc.path, loc.doc, loc.record)

    return [
        (fact, loc)
        for fact, loc in entries
        if any(conflict(fact, other, tolerance) for other, where in entries if source(where) != source(loc))
    ]


def test_corpus_clash_search_agrees_with_comparing_every_pair():
    """The per-value search with its distance bound finds exactly the mentions a pairwise check finds."""
    import random

    from scrapelint.model.finding import Location
    from scrapelint.rules.figures.consistency import _clashing
    from scrapelint.rules.figures.facts import Fact

    rng = random.Random(7)
    for _ in range(300):
        entries = []
        for index in range(rng.randint(2, 12)):
            value = rng.choice([100.0, 101.0, 104.0, 250.0, -3.0, 0.0]) + rng.choice([0.0, 0.4, 2.5])
            fact = Fact(("a",), "2023", "USD", value, 0, 3, "x", "x", rng.random() < 0.2, rng.choice([0.0, 0.5, 5.0]))
            path = f"{rng.randint(0, 3)}.txt"
            entries.append((fact, Location(path, None, None, 0, 3, index + 1, 1, index + 1, 4, "x")))
        tolerance = rng.choice([0.0, 0.01, 0.05])
        assert _clashing(entries, tolerance) == _brute_force_clashing(entries, tolerance)


def test_corpus_conflict_lists_at_most_twenty_mentions(tmp_path):
    for index in range(30):
        figure = "4.1" if index else "4.9"
        (tmp_path / f"d{index:02}.txt").write_text(
            f"In 2023, Norland's wheat exports reached ${figure} billion.\n", encoding="utf-8"
        )
    out = _run_cli("--select", "FG008", "--format", "jsonl", str(tmp_path))
    findings = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(findings) == 30  # every mention disagrees with one in another document
    assert all(finding["message"].endswith("; and 10 more") for finding in findings)


# -- clean text and speed ----------------------------------------------------

CLEAN = """Published March 12, 2024

GENEVA — Ministers from 40 countries will meet on Thursday, March 21, 2024, to discuss a fund that
grew 12% from $50 million in 2022 to $56 million in 2023. The fund's board has 15 members: 5 from
donors, 5 from recipients and 5 independents. As of 2023, the fund employed 30 staff.
The 2019-20 review ran from January 6, 2020 to February 28, 2020. The next review, due in 2026, will
be published in Geneva. Prices are now double what they were in 2015.
"""


def test_clean_news_text_is_clean():
    assert lint_text(CLEAN, select=["FG"]) == []


@pytest.mark.slow
def test_single_line_megabytes_stay_linear():
    """The rules' own work on a 3 MB single line (sentences given, so only FG code is timed)."""
    import re

    from scrapelint.api import lint_documents
    from scrapelint.model.document import Document, Span

    chunk = "On Monday, June 24, 2025 revenue rose 12% from $50 million to $56 million, 1,000 of 2,000 (50%). "
    text = chunk * (3_000_000 // len(chunk))
    doc = Document(text=text, meta={"as_of": dt.date(2025, 6, 22)})
    doc.__dict__["sentences"] = [Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\\.", text)]
    (result,) = [r for r in lint_documents([doc], select=["FG"]) if r.findings]  # speed: bench/figures.py
    assert {f.code for f in result.findings} == {"FG001"}  # the weekday is wrong; the 12% is right


@pytest.mark.parametrize(
    "text",
    [
        "US$ 5 billion, USD 7bn and Rs. 40 crore; A4 paper, v2.5, 1,000.5 tonnes",
        "no digits here at all, only words and $ signs",
        "x12 12x 1.2.3 ,5 .5 €3.2m £1 ₹25,553 crore 3 per cent 40 km",
        "USD5 EUR 6 GBP7 INR  8 rs.9",
    ],
)
def test_number_search_skips_prose_without_changing_the_matches(text):
    from scrapelint.rules.figures.quantities import _QUANTITY, _matches

    for start, end in ((0, len(text)), (3, len(text) - 2)):
        expected = [m.span() for m in _QUANTITY.finditer(text, start, end)]
        assert [m.span() for m in _matches(text, start, end)] == expected


def test_year_range_candidates_keep_the_look_behind():
    from scrapelint.rules.figures.calendar import _YEAR_RANGE, _YEAR_RANGE_CANDIDATE
    from scrapelint.rules.figures.mentions import guarded

    text = "from 2019-2020 on, v1.2019-2018, 12020-2018 and 2021 –2019 then 1999-2001/2 or 2010-2012"
    expected = [m.span() for m in _YEAR_RANGE.finditer(text)]
    assert [m.span() for m in guarded(_YEAR_RANGE, _YEAR_RANGE_CANDIDATE, text)] == expected
    assert expected  # the text holds real ranges


def test_prefixed_units_are_reported_as_written():
    (finding,) = lint_text("Capacity rose by 300 MW to 1.52 GW, from 1.12 GW.", select=["FG005"])
    assert "a change of 0.4 GW, not 300 MW" in finding.message
    (finding,) = lint_text("Wind output increased by 340 TWh to 7,503 TWh, up 14.7%.", select=["FG005"])
    assert finding.message.startswith("7,163 (implied) to 7,503 TWh")


def test_a_day_of_the_month_is_not_a_quantity():
    assert only("by Nov. 7 this year").is_year
    assert only("on 14 March").is_year
    assert not only("7 tonnes").is_year


def test_parts_of_one_whole_are_read_in_a_bounded_run(monkeypatch):
    """One sentence in which every figure joins the next ("9.3 million mt, down 6.2 percent, with A
    at 2.8 million mt, up 4 percent, and B at ..."): each candidate whole reads a bounded run of
    parts, so the joins tried grow with the text, not with its square."""
    from scrapelint.rules.figures.arithmetic import totals

    pattern = totals._PART_JOIN
    calls = [0]

    class Counting:
        def match(self, *args):
            calls[0] += 1
            return pattern.match(*args)

    monkeypatch.setattr(totals, "_PART_JOIN", Counting())
    unit = "output 9.3 million mt, down 6.2 percent, with A at 2.8 million mt, up 4 percent, and B at 1.1 million mt, "
    counts = []
    for repeat in (40, 160):
        calls[0] = 0
        lint_text(unit * repeat + ".", select=["FG005"])
        counts.append(calls[0])
    assert counts[0] > 0
    assert counts[1] < 6 * counts[0]
