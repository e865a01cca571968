"""markdownlint's fixtures read as table cases for the TB rules: markers, configuration,
tables, the kinds TB claims, and (with a mirror) the cases of a known fixture."""

from __future__ import annotations

import pytest

pytest.importorskip("markdown_it")

from bench._external import MARKDOWNLINT, git_dir, read
from bench._mdlintcases import expected, md056_off_lines, other_kinds, short_row_claimed, tables

FIXTURE = """# Title

| Fruit | Price |
|-------|-------|
| Pear  |
| Plum  | 3     |

{MD056:-3} {MD055:+1}

Text
| Fruit | Price {MD058} |
| ----- | ----- |
| Pear  | 2     |

```
| Not | A |
|-----|---|
| table |
```
"""


def test_markers_name_their_own_line_a_line_before_or_after_or_a_line_number():
    text = "a {MD001}\nb\nc {MD056:-2} {MD056:+1} {MD009:7}\n"
    assert expected(text) == {"MD001": {1}, "MD056": {1, 4}, "MD009": {7}}


def test_fixture_configuration_turns_md056_off_for_the_file_or_a_region():
    assert md056_off_lines("<!-- markdownlint-disable-file -->\n")[0]
    assert md056_off_lines("<!-- markdownlint-disable-file table-column-count -->\n")[0]
    assert not md056_off_lines("<!-- markdownlint-disable-file MD013 -->\n")[0]
    assert md056_off_lines('<!-- markdownlint-configure-file { "MD056": false } -->\n')[0]
    assert md056_off_lines('<!-- markdownlint-configure-file { "default": false } -->\n')[0]
    assert not md056_off_lines('<!-- markdownlint-configure-file { "table-pipe-style": false } -->\n')[0]
    whole, off = md056_off_lines("a\n<!-- markdownlint-disable MD056 -->\nb\n<!-- markdownlint-enable MD056 -->\nc\n")
    assert not whole and off == {2, 3, 4}
    assert md056_off_lines("a\n<!-- markdownlint-disable-next-line -->\nb\n")[1] == {3}


def test_tables_are_cut_as_gfm_reads_them_with_their_md056_rows():
    found = tables("test/x.md", FIXTURE)
    assert [(t.first, t.md056_rows) for t in found] == [(3, [2]), (10, [])]
    assert found[0].block.startswith("| Fruit | Price |\n") and found[0].block.endswith("| Plum  | 3     |\n")
    assert found[1].block.startswith("Text\n| Fruit |")
    assert found[1].rows[0] == "| Fruit | Price {MD058} |"


def table_of(markdown: str):
    return tables("t.md", markdown)[0]


def test_short_rows_tb_claims_and_those_it_leaves_to_gfm_padding():
    claimed = table_of("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n| 4 |\n")
    assert short_row_claimed(claimed, 3)
    too_many = table_of("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n")
    assert short_row_claimed(too_many, 2)
    unnamed = table_of("| a | b | |\n|---|---|---|\n| 1 | 2 |\n")
    assert not short_row_claimed(unnamed, 2)
    full_shape = table_of("| a | b | c |\n|---|---|---|\n| 1 | 2 | |\n| 4 | 5 |\n")
    assert not short_row_claimed(full_shape, 3)
    open_row = table_of("a | b | c\n--|---|--\n1 | | |\n3 | 4\n")
    assert not short_row_claimed(open_row, 3)
    closed_row = table_of("a | b | c\n--|---|--\n1 | | |\n3 | 4 |\n")
    assert short_row_claimed(closed_row, 3)


def test_other_kinds_tb_claims_on_a_table_markdownlint_calls_clean():
    assert other_kinds(table_of("| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 |\n")) == {"TB005"}
    assert other_kinds(table_of("| a | b |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n")) == {"TB003"}
    assert other_kinds(table_of("| a | |\n|---|---|\n| 1 | 2 |\n")) == {"TB002"}
    assert other_kinds(table_of("| a | Name | name |\n|---|---|---|\n| 1 | 2 | 3 |\n")) == {"TB002"}
    assert other_kinds(table_of("| a | b | a |\n|---|---|---|\n| 1 | 2 | 3 |\n")) == set()
    assert other_kinds(table_of("| a | b |\n|---|---|\n| A | B |\n")) == {"TB004"}
    assert other_kinds(table_of("| ✅ | ✅ |\n|---|---|\n| ✅ | ✅ |\n")) == set()
    assert other_kinds(table_of("| a | b |\n|---|---|\n| - | - |\n| - | - |\n")) == set()


def test_the_cases_of_markdownlints_column_count_fixture():
    if git_dir(MARKDOWNLINT) is None:
        pytest.skip(f"no mirror of {MARKDOWNLINT.repo} (set SCRAPELINT_MIRRORS; see bench/README.md)")
    text = read(MARKDOWNLINT, "test/table-column-count.md")
    if text is None:
        pytest.skip(f"the mirror of {MARKDOWNLINT.repo} lacks commit {MARKDOWNLINT.commit[:12]}")
    found = {t.first: t for t in tables("test/table-column-count.md", text)}
    assert len(found) == 19
    defects = {first: t.md056_rows for first, t in found.items() if t.md056_rows}
    assert defects == {
        51: [2, 4],
        59: [2, 3],
        67: [2],
        73: [2],
        81: [3],
        89: [2, 3],
        97: [2, 4],
        105: [2],
        111: [2],
        119: [2, 4],
        127: [2, 3],
        135: [3, 4],
    }
    assert found[67].rows == ["Table | Header", "-------|--------", "Cell"]
    assert all(short_row_claimed(t, i) for t in found.values() for i in t.md056_rows)
    assert not any(t.md056_off for t in found.values())
    syntax = tables("test/every-markdown-syntax.md", read(MARKDOWNLINT, "test/every-markdown-syntax.md") or "")
    assert syntax and all(t.md056_off for t in syntax)
