"""JUnit XML for CI systems: a test case per document, a failure per finding."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary


class JunitFormatter(Formatter):
    name = "junit"
    description = "JUnit XML: one test case per document"

    def start(self) -> None:
        self.suites: dict[str, ET.Element] = {}
        self.counts: dict[str, list[int]] = {}

    def _suite(self, path: str) -> ET.Element:
        if path not in self.suites:
            self.suites[path] = ET.Element("testsuite", name=path)
            self.counts[path] = [0, 0]
        return self.suites[path]

    def _case(self, path: str, name: str, findings: list[Finding]) -> None:
        suite = self._suite(path)
        case = ET.SubElement(suite, "testcase", name=name, classname=path)
        self.counts[path][0] += 1
        if findings:
            self.counts[path][1] += 1
            failure = ET.SubElement(case, "failure", message=f"{len(findings)} finding(s)", type="scrapelint")
            failure.text = "\n".join(f"line {f.line}, column {f.column}: {f.code} {f.message}" for f in findings)

    def document(self, result: DocResult) -> None:
        name = result.path if result.doc is None else f"{result.path}#{result.doc}"
        self._case(result.path, name, result.findings)

    def corpus(self, findings: list[Finding]) -> None:
        for finding in findings:
            name = f"{finding.code} {finding.path}{'#' + finding.doc if finding.doc else ''}:{finding.line}"
            self._case("corpus rules", name, [finding])

    def finish(self, summary: Summary) -> None:
        root = ET.Element("testsuites", name="scrapelint")
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
