"""Table rules on the seed table (read at run time), across processes, and with expected counts."""

from __future__ import annotations

from scrapelint.api import lint_paths, lint_text


def _table_lines(text: str) -> list[tuple[int, str]]:
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.count("|") >= 2]


def test_seed_table_with_empty_header_cells_is_found(seeds):
    text = seeds["004"]
    findings = lint_text(text, select=["TB002"])
    padded_headers = [n for n, line in _table_lines(text) if line.rstrip().endswith("|||")]
    assert findings
    assert findings[0].line in padded_headers or findings[0].line < min(padded_headers)
    assert findings[0].extra["expected"] > findings[0].extra["actual"]


def test_seed_header_merged_into_a_row_is_found(seeds):
    text = seeds["004"]
    lines = text.splitlines()
    (finding,) = lint_text(text, select=["TB004"])
    row = lines[finding.line - 1]
    header_line = next(line for line in reversed(lines[: finding.line - 1]) if "---" in line)
    header = lines[lines.index(header_line) - 1]
    first_header_cell = header.split("|")[0].strip()
    assert first_header_cell in row and not row.startswith(first_header_cell)
    assert "merged" in finding.message


def test_seed_repeated_rows_are_found(seeds):
    text = seeds["004"]
    lines = text.splitlines()
    findings = lint_text(text, select=["TB005"])
    assert len(findings) == 2
    for f in findings:
        assert lines[f.line - 1] in lines[: f.line - 1]


def test_seed_well_formed_tables_stay_clean(seeds):
    for name, text in seeds.items():
        findings = lint_text(text, select=["TB"])
        if name != "004":
            assert not findings, (name, findings)
        else:
            first_bad = min(f.line for f in findings)
            clean_tables = [n for n, _ in _table_lines(text) if n < first_bad - 2]
            assert clean_tables  # the article's first two tables are before the broken one


def test_column_count_reports_expected_and_actual():
    text = "| A | B | C |\n|---|---|---|\n| 1 | 2 |\n"
    (finding,) = lint_text(text, select=["TB001"])
    assert (finding.extra["expected"], finding.extra["actual"]) == (3, 2)
    assert text[finding.start : finding.end] == "| 1 | 2 |"


def test_table_rules_agree_across_processes(tmp_path):
    for i in range(4):
        (tmp_path / f"doc{i}.md").write_text(
            "| Name | Role |\n|---|---|\n| Ana | Chair |\n| Ana | Chair |\n| Ben |\n", encoding="utf-8"
        )
    one = sorted((f.path, f.code, f.line) for f in lint_paths([tmp_path], select=["TB"]))
    two = sorted((f.path, f.code, f.line) for f in lint_paths([tmp_path], select=["TB"], jobs=2))
    assert one == two and len(one) == 8
