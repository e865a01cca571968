"""The publication-date resolver and the compact date parser the figures rules share."""

from __future__ import annotations

import datetime as dt

import pytest
from scrapelint.model.document import Document
from scrapelint.text.dates import find_dates, parse_iso_date, publication_date, text_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last", "weekday"),
    [
        ("Monday, June 24, 2025", D(2025, 6, 24), D(2025, 6, 24), 0),
        ("2025.10.26 (Sun)", D(2025, 10, 26), D(2025, 10, 26), 6),
        ("Sat, 25 Oct 2025", D(2025, 10, 25), D(2025, 10, 25), 5),
        # a range is kept whole, not cut to its start
        ("June 15-17, 2025", D(2025, 6, 15), D(2025, 6, 17), None),
        ("15–17 June 2025", D(2025, 6, 15), D(2025, 6, 17), None),
        ("30 June - 2 July 2025", D(2025, 6, 30), D(2025, 7, 2), None),
        ("June 30 to July 2, 2025", D(2025, 6, 30), D(2025, 7, 2), None),
        ("Dec. 31, 2024", D(2024, 12, 31), D(2024, 12, 31), None),
        ("the 3rd of March 2024", D(2024, 3, 3), D(2024, 3, 3), None),
        ("2024/03/09", D(2024, 3, 9), D(2024, 3, 9), None),
    ],
)
def test_find_dates_reads_each_form(text, first, last, weekday):
    (mention,) = find_dates(text)
    assert (mention.date, mention.last_date, mention.weekday) == (first, last, weekday)


def test_impossible_dates_keep_their_parts():
    (mention,) = find_dates("June 31, 2025")
    assert mention.date is None and (mention.month, mention.day) == (6, 31)


@pytest.mark.parametrize(
    "text",
    ["version 2025.1.2.3", "Mark 12, 2025 was long", "may 5, 2025", "1.2025.10.10", "12/06/2025", "in 2025 alone"],
)
def test_find_dates_ignores_look_alikes(text):
    assert find_dates(text) == []


def test_weekday_look_alike_does_not_swallow_the_date():
    (mention,) = find_dates("Sunshine, 12 June 2025")
    assert mention.text == "12 June 2025" and mention.weekday is None


def test_text_date_prefers_a_labelled_stamp_over_a_page_header():
    text = "• 2025.10.26 (Sun)\n  • Menu\nReporter / Updated : 2025-06-22 10:39:35\nBody."
    assert text_date(text)[0] == D(2025, 6, 22)


def test_text_date_prefers_published_over_updated():
    text = "Updated: July 2, 2025\nPublished June 3, 2025\n\nBody text."
    assert text_date(text)[0] == D(2025, 6, 3)


def test_an_editors_update_note_is_a_revision_stamp_not_a_dateline():
    text = "Endpoint coming in January\nUpdate, April 27, 2018\nIt is available now.\nBody."
    stamp = text_date(text)
    assert stamp.date == D(2018, 4, 27) and stamp.revision
    assert not text_date("GENEVA, March 4, 2024 — Delegates met.").revision
    assert not text_date("Published June 3, 2025\nUpdated June 22, 2025").revision
    assert not text_date("Updated : 2025-06-22 10:39:35\nBody.").revision


def test_text_date_reads_a_dateline():
    assert text_date("GENEVA, March 4, 2024 — Delegates met.")[0] == D(2024, 3, 4)


def test_text_date_ignores_dates_inside_sentences():
    assert text_date("The council met on March 4, 2024 and again later.") is None


@pytest.mark.parametrize(
    ("meta", "text", "expected", "source"),
    [
        ({"as_of": D(2025, 1, 2), "date": "2024-05-05", "date_source": "record"}, "", D(2025, 1, 2), "as-of"),
        ({"date": "2024-05-05T10:00:00Z", "date_source": "record"}, "Published June 3, 2025", D(2024, 5, 5), "record"),
        ({"date": "2024-05-05", "date_source": "html-metadata"}, "", D(2024, 5, 5), "html-metadata"),
        ({"date": "2024-05-05", "date_source": "front-matter"}, "", D(2024, 5, 5), "front-matter"),
        ({}, "Published June 3, 2025\n\nBody.", D(2025, 6, 3), "text"),
        ({"date": "not a date"}, "Posted: 2023-01-09\nBody.", D(2023, 1, 9), "text"),
        ({}, "Last updated: 2023-01-09\nBody.", D(2023, 1, 9), "text"),
        ({}, "Title\nUpdate, January 9, 2023\nBody.", D(2023, 1, 9), "text-revision"),
    ],
)
def test_publication_date_order_and_source(meta, text, expected, source):
    doc = Document(text=text or "Body.", meta=dict(meta))
    assert publication_date(doc) == expected
    assert doc.meta["date_source_used"] == source


def test_no_date_anywhere():
    doc = Document(text="Nothing dated here.")
    assert publication_date(doc) is None


def test_parse_iso_date():
    assert parse_iso_date("2025-06-22 10:39:35") == D(2025, 6, 22)
    assert parse_iso_date(dt.datetime(2025, 6, 22, 10)) == D(2025, 6, 22)
    assert parse_iso_date("2025-02-30") is None
    assert parse_iso_date(20250622) is None


def test_anchor_scan_finds_month_words_and_year_first_numbers_in_order():
    import re

    from scrapelint.text.dates import _MON, _anchors

    combined = re.compile(rf"{_MON}|(?<!\d)(?:1[6-9]|2\d)\d\d[-/.]\d")
    text = "Jan 2024-05-06, 12024-05 x 2024/1 Sept. 3 1999.12.31 MAR 2020-1-2 Decimal 3.2024-1"
    assert [m.span() for m in _anchors(text, 0, len(text))] == [m.span() for m in combined.finditer(text)]
    assert [m.span() for m in _anchors(text, 4, 40)] == [m.span() for m in combined.finditer(text, 4, 40)]
