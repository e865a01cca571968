"""JUnit XML for CI systems: a test case per document, failed when the gate fails it.

A document fails when it has a finding at or above the gate's ``fail_on`` severity or scores
below ``fail_under`` (the same policy as the exit status); findings below the gate are listed
in the case's ``system-out`` so they are visible without failing the build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

if TYPE_CHECKING:
    from xml.etree import ElementTree as ET


def _line(finding: Finding) -> str:
    return f"line {finding.line}, column {finding.column}: {finding.code} ({finding.severity.value}) {finding.message}"


class JunitFormatter(Formatter):
    name = "junit"
    description = "JUnit XML: one test case per document"

    def start(self) -> None:
        self.suites: dict[str, ET.Element] = {}
        self.counts: dict[str, list[int]] = {}

    def _suite(self, path: str) -> ET.Element:
        from xml.etree import ElementTree as ET

        if path not in self.suites:
            self.suites[path] = ET.Element("testsuite", name=path)
            self.counts[path] = [0, 0]
        return self.suites[path]

    def _case(self, path: str, name: str, findings: list[Finding], score: float | None = None) -> None:
        from xml.etree import ElementTree as ET

        suite = self._suite(path)
        case = ET.SubElement(suite, "testcase", name=name, classname=path)
        self.counts[path][0] += 1
        gate = self.context.gate
        failing = [f for f in findings if gate.fails(f)]
        reasons = []
        if failing:
            reasons.append(f"{len(failing)} finding(s) at {gate.fail_on.value} or worse")
        if gate.below(score):
            reasons.append(f"score {score} below {gate.fail_under:g}")
        if reasons:
            self.counts[path][1] += 1
            failure = ET.SubElement(case, "failure", message="; ".join(reasons), type="scrapelint")
            failure.text = "\n".join(_line(f) for f in failing) or None
        below = [f for f in findings if not gate.fails(f)]
        if below:
            ET.SubElement(case, "system-out").text = "\n".join(_line(f) for f in below)

    def document(self, result: DocResult) -> None:
        name = result.path if result.doc is None else f"{result.path}#{result.doc}"
        self._case(result.path, name, result.findings, result.stats.get("score"))

    def corpus(self, findings: list[Finding]) -> None:
        for finding in findings:
            name = f"{finding.code} {finding.path}{'#' + finding.doc if finding.doc else ''}:{finding.line}"
            self._case("corpus rules", name, [finding])

    def finish(self, summary: Summary) -> None:
        from xml.etree import ElementTree as ET

        root = ET.Element("testsuites", name="scrapelint")
        verdict = summary.verdict()
        properties = ET.SubElement(root, "properties")
        ET.SubElement(properties, "property", name="gate", value=verdict.label)
        ET.SubElement(properties, "property", name="exit_code", value=str(verdict.exit_code))
        ET.SubElement(properties, "property", name="policy", value=verdict.policy)
        total = failures = 0
        for path, suite in self.suites.items():
            tests, failed = self.counts[path]
            suite.set("tests", str(tests))
            suite.set("failures", str(failed))
            suite.set("errors", "0")
            total += tests
            failures += failed
            root.append(suite)
        root.set("tests", str(total))
        root.set("failures", str(failures))
        root.set("errors", "0")
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode"))
        self.stream.write("\n")
