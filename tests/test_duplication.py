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
