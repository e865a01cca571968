"""SARIF for code scanning: fingerprints that track an alert across commits, the invocation, fixes."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import ARTICLE, write


@pytest.fixture
def schema(shared):
    pytest.importorskip("jsonschema")
    return json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(cli, *args):
    return json.loads(cli("check", *args, "--format", "sarif").stdout)


def test_fingerprints_survive_lines_inserted_above(cli, project, schema):
    import jsonschema

    write(project, "a.txt", ARTICLE)
    before = sarif(cli, "a.txt")
    jsonschema.Draft4Validator(schema).validate(before)
    write(project, "a.txt", "A new first line.\n\n" + ARTICLE)
    after = sarif(cli, "a.txt")
    [old] = before["runs"][0]["results"]
    [new] = after["runs"][0]["results"]
    assert old["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert new["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert old["partialFingerprints"] == new["partialFingerprints"]
    assert set(old["partialFingerprints"]) == {"scrapelint/v1"}


def test_invocation_carries_the_exit_status_and_no_dead_information_uri(cli, project, schema):
    import jsonschema

    write(project, "a.txt", ARTICLE)
    log = sarif(cli, "a.txt")
    jsonschema.Draft4Validator(schema).validate(log)
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["exitCode"] == 1 and invocation["executionSuccessful"] is True
    assert invocation["commandLine"].startswith("scrapelint ")
    assert "informationUri" not in log["runs"][0]["tool"]["driver"]  # nothing published to point at


def test_safe_fixes_become_sarif_fixes_that_repair_the_file(cli, project, schema):
    import jsonschema

    write(project, "a.txt", ARTICLE)
    log = sarif(cli, "a.txt")
    jsonschema.Draft4Validator(schema).validate(log)
    [result] = log["runs"][0]["results"]
    [fix] = result["fixes"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "a.txt"
    text = ARTICLE
    for replacement in sorted(change["replacements"], key=lambda r: -r["deletedRegion"]["charOffset"]):
        start = replacement["deletedRegion"]["charOffset"]
        end = start + replacement["deletedRegion"]["charLength"]
        text = text[:start] + replacement["insertedContent"]["text"] + text[end:]
    assert "argued, however" in text


def test_records_of_a_corpus_get_no_file_fixes(cli, project):
    write(project, "c.jsonl", '{"id": "r1", "text": "a,b"}\n')
    [result] = sarif(cli, "c.jsonl")["runs"][0]["results"]
    assert "fixes" not in result and result["partialFingerprints"]
