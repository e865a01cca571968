"""Every output format, parsed back: jsonl keys, json shape, SARIF schema, JUnit XML, GitHub lines."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

JSONL_KEYS = {
    "path", "doc", "record", "code", "name", "family", "severity", "message", "line", "column",
    "end_line", "end_column", "start", "end", "snippet", "fix",
}  # fmt: skip


@pytest.fixture
def corpus(project):
    (project / "a.txt").write_text("Héllo wörld 🎉 ok,done.\nSecond,line here.\nMENU\nHOME\n", encoding="utf-8")
    (project / "b.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": "first,record"}) + "\n" + json.dumps({"text": "clean record"}) + "\n",
        encoding="utf-8",
    )
    return project


def test_jsonl_has_every_contract_key_and_exact_positions(cli, corpus):
    rows = [json.loads(line) for line in cli("check", "a.txt", "--format", "jsonl").output.splitlines()]
    assert all(row.keys() >= JSONL_KEYS for row in rows)
    first = rows[0]
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    assert first["code"] == "ZZ001"
    assert text[first["start"] : first["end"]] == ","
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (1, 17, 1, 18)
    assert first["start"] == 16  # code points: the emoji counts as one
    assert first["fix"] == {"safe": True, "edits": [{"start": 17, "end": 17, "replacement": " "}]}
    menu = next(r for r in rows if r["code"] == "ZZ004")
    assert (menu["line"], menu["end_line"]) == (3, 4) and menu["fix"] is None


def test_jsonl_records_carry_doc_and_record(cli, corpus):
    rows = [json.loads(line) for line in cli("check", "b.jsonl", "--format", "jsonl").output.splitlines()]
    assert [(r["doc"], r["record"], r["line"], r["column"]) for r in rows] == [("rec-1", 1, 1, 6)]


def test_json_has_findings_documents_summary(cli, corpus):
    data = json.loads(cli("check", ".", "--format", "json", "--select", "ZZ001,ZZ004").output)
    assert set(data) == {"findings", "documents", "summary"}
    assert len(data["findings"]) == 4
    docs = {(d["path"].split("/")[-1], d["doc"]): d for d in data["documents"]}
    assert set(docs) == {("a.txt", None), ("b.jsonl", "rec-1"), ("b.jsonl", "2")}
    clean = docs[("b.jsonl", "2")]
    assert clean["score"] == 100.0 and clean["words"] == 2 and clean["counts"] == {}
    assert docs[("a.txt", None)]["counts"] == {"ZZ": 3}
    assert docs[("a.txt", None)]["score"] < 100
    summary = data["summary"]
    assert summary["findings"] == 4 and summary["documents"] == 3 and summary["files"] == 2
    assert summary["by_rule"] == {"ZZ001": 3, "ZZ004": 1}
    assert summary["worst_documents"][0]["path"].endswith("a.txt")


def test_sarif_validates_against_the_schema(cli, corpus, shared):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(cli("check", ".", "--format", "sarif").output)
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert "## Why it matters" in rules["ZZ001"]["help"]["text"]
    assert rules["ZZ001"]["name"] == "glued-comma"
    by_file = [
        r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("a.txt")
    ]
    region = by_file[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["startColumn"] == 17 and region["endColumn"] == 18
    record = next(r for r in run["results"] if r.get("properties", {}).get("doc") == "rec-1")
    assert record["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert record["properties"]["record"] == 1
    assert all(run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_sarif_of_a_clean_run_is_valid(cli, corpus, shared):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    (corpus / "clean.txt").write_text("Nothing wrong here.\n")
    log = json.loads(cli("check", "clean.txt", "--format", "sarif").output)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


GITHUB_LINE = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(value: str) -> str:
    return value.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_annotations_parse_back(cli, corpus):
    (corpus / "odd, name: x.txt").write_text("100% ok,sure\n")
    lines = cli("check", ".", "--format", "github", "--select", "ZZ001").output.splitlines()
    parsed = []
    for line in lines:
        match = GITHUB_LINE.match(line)
        assert match, line
        props = dict(part.split("=", 1) for part in match["props"].split(","))
        parsed.append(({k: unescape(v) for k, v in props.items()}, unescape(match["message"])))
    odd = next(p for p, _ in parsed if p["file"].endswith("odd, name: x.txt"))
    assert odd["line"] == "1" and odd["col"] == "8" and odd["title"] == "ZZ001 glued-comma"
    record = next((p, m) for p, m in parsed if p["file"].endswith("b.jsonl"))
    assert record[0]["line"] == "1" and "record 1" in record[1]


def test_junit_is_well_formed_xml(cli, corpus):
    root = ET.fromstring(cli("check", ".", "--format", "junit", "--select", "ZZ001").output)
    assert root.tag == "testsuites"
    assert root.get("tests") == "3" and root.get("failures") == "2"
    cases = {case.get("name").split("/")[-1]: case for case in root.iter("testcase")}
    assert cases["a.txt"].find("failure") is not None
    assert "line 1, column 17: ZZ001" in cases["a.txt"].find("failure").text
    assert cases["b.jsonl#2"].find("failure") is None


def test_markdown_summary(cli, corpus):
    out = cli("check", ".", "--format", "markdown").output
    assert out.startswith("## scrapelint: ❌")
    assert "| `ZZ001` | glued-comma | 3 |" in out
    assert "### Lowest-scoring documents" in out


def test_text_summary_groups_by_family(cli, corpus):
    out = cli("check", ".", "--select", "ZZ001,ZZ004").output
    assert "Found 4 findings in 3 documents (4 warnings)." in out
    assert "By family: ZZ 4" in out
    assert "b.jsonl#1:1:6: ZZ001" in out


def test_score_statistics_bands_every_document():
    from scrapelint.report.formatters.text import score_statistics

    line = score_statistics([95.0, 90.0, 75.5, 55.0, 49.9, 10.0])
    assert "Scores of 6 document(s): mean 62.6, lowest 10.0" in line
    assert "90-100: 2  70-89: 1  50-69: 1  0-49: 2" in line
