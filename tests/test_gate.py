"""One gate policy: the exit status and every format report the same decision."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

from tests.test_cli import ARTICLE, CLEAN, write

SHOUT = "BREAKING NEWS\nThe rest is calm.\n"  # one ZY001 finding, severity info


def formats(cli, *args):
    return {
        name: cli("check", *args, "--format", name) for name in ("text", "markdown", "junit", "github", "sarif", "json")
    }


def test_fail_on_error_passes_everywhere_when_only_warnings_remain(cli, project):
    write(project, "bad.txt", ARTICLE)
    write(project, "shout.txt", SHOUT)
    runs = formats(cli, ".", "--fail-on", "error")
    assert {name: r.exit_code for name, r in runs.items()} == dict.fromkeys(runs, 0)
    assert "## scrapelint: ✅ passed" in runs["markdown"].output
    assert "❌" not in runs["markdown"].output
    suites = ET.fromstring(runs["junit"].stdout.split("\n", 1)[1])
    assert suites.get("failures") == "0"
    assert "ZZ001" in runs["junit"].stdout  # listed, in system-out, without failing
    assert "::error" not in runs["github"].output
    assert json.loads(runs["sarif"].stdout)["runs"][0]["invocations"][0]["exitCode"] == 0
    assert json.loads(runs["json"].stdout)["summary"]["gate"]["failed"] is False
    assert "Gate passed" in runs["text"].output


def test_info_only_documents_do_not_fail_junit_by_default(cli, project):
    write(project, "shout.txt", SHOUT)
    write(project, "bad.txt", ARTICLE)
    result = cli("check", ".", "--format", "junit")
    assert result.exit_code == 1
    suites = ET.fromstring(result.output.split("\n", 1)[1])
    failed = [case.get("name") for case in suites.iter("testcase") if case.find("failure") is not None]
    assert failed == ["bad.txt"]


def test_fail_under_is_an_error_annotation_and_fails_every_format(cli, project):
    write(project, "bad.txt", ARTICLE)
    write(project, "good.txt", CLEAN)
    runs = formats(cli, ".", "--fail-on", "error", "--fail-under", "99")
    assert {name: r.exit_code for name, r in runs.items()} == dict.fromkeys(runs, 1)
    github = runs["github"].output
    assert "::error file=bad.txt,title=scrapelint score below --fail-under::bad.txt scores" in github
    assert "::error title=scrapelint gate failed::" in github
    assert "::error file=good.txt" not in github
    assert "## scrapelint: ❌ failed" in runs["markdown"].output
    suites = ET.fromstring(runs["junit"].stdout.split("\n", 1)[1])
    failures = {c.get("name"): c.find("failure") for c in suites.iter("testcase")}
    assert failures["bad.txt"] is not None and "below 99" in failures["bad.txt"].get("message")
    assert failures["good.txt"] is None
    invocation = json.loads(runs["sarif"].stdout)["runs"][0]["invocations"][0]
    assert invocation["exitCode"] == 1 and invocation["executionSuccessful"] is True
    assert "below 99" in invocation["exitCodeDescription"]
    assert "Gate failed" in runs["text"].output


def test_exit_zero_reports_the_failure_but_exits_zero(cli, project):
    write(project, "bad.txt", ARTICLE)
    result = cli("check", ".", "--exit-zero", "--format", "sarif")
    assert result.exit_code == 0
    invocation = json.loads(result.output)["runs"][0]["invocations"][0]
    assert invocation["exitCode"] == 0
    assert invocation["properties"]["gate"]["failed"] is True


def test_gate_policy_unit():
    from scrapelint.model.finding import Severity
    from scrapelint.report.gate import Gate

    gate = Gate(fail_on=Severity.ERROR, fail_under=60)
    assert gate.decide(0, 0).exit_code == 0
    assert gate.decide(1, 0).exit_code == 1
    assert gate.decide(0, 2).reasons == ["2 document(s) score below 60"]
    assert gate.decide(0, 0, usage_errors=1).exit_code == 2
    assert Gate(exit_zero=True).decide(3, 0).exit_code == 0
    assert Gate(exit_non_zero_on_fix=True).decide(0, 0, fixes_applied=2).exit_code == 1
    assert not gate.below(None) and gate.below(59.9) and not gate.below(60)
