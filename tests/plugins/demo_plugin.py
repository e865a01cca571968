"""A small plugin used by the engine tests: it exercises every hook and rule shape.

Loaded by file path through the ``plugins`` setting (as a corpus repository
would keep its own rules), or registered inline with ``extra_plugins``.
"""

from __future__ import annotations

import re
from collections import Counter

from scrapelint import CorpusRule, Fix, Location, Option, Rule, Severity, hookimpl
from scrapelint.report.formatters import Formatter

GLUED_COMMA = re.compile(r"(?<=[a-z]),(?=[a-z])")


class GluedComma(Rule):
    """Flags a comma glued to the next word.

    ## What it does
    Finds ``word,word``.

    ## Why it matters
    Scrapers drop spaces.

    ## Example
    ``governance,led`` becomes ``governance, led``.
    """

    code = "ZZ001"
    name = "glued-comma"
    fixable = "safe"

    def check(self, doc):
        for match in GLUED_COMMA.finditer(doc.prose):
            yield self.finding(
                match.start(), match.end(), "missing space after comma", fix=Fix.replace(match.end(), match.end(), " ")
            )


class Explodes(Rule):
    """Always raises, to prove a crashing rule becomes a finding."""

    code = "ZZ002"
    name = "explodes"
    default_enabled = False

    def check(self, doc):
        raise RuntimeError("boom")
        yield  # pragma: no cover


class MenuBlock(Rule):
    """Flags runs of lines that say MENU-ish things, as one folding block."""

    code = "ZZ004"
    name = "menu-block"
    folds = True
    options = {"words": Option(["MENU", "HOME", "LOGIN"], "words that make a line a menu item")}

    def check(self, doc):
        words = set(self.config["words"])
        run = []
        for line in doc.lines:
            if line.stripped in words:
                run.append(line)
                continue
            if len(run) >= 2:
                yield self.finding(run[0].start, run[-1].end, f"menu block of {len(run)} lines")
            run = []
        if len(run) >= 2:
            yield self.finding(run[0].start, run[-1].end, f"menu block of {len(run)} lines")


class Shouting(Rule):
    """Flags a whole line in capitals (another family, to test folding)."""

    code = "ZY001"
    name = "shouting-line"
    severity = Severity.INFO

    def check(self, doc):
        for line in doc.lines:
            text = line.stripped
            if len(text) >= 4 and text.isupper():
                yield self.finding(line.start, line.end, "line in capitals")


class RepeatedLine(CorpusRule):
    """Flags lines that occur in at least ``min-documents`` documents of the corpus."""

    code = "ZZ003"
    name = "repeated-line"
    severity = Severity.INFO
    options = {"min_documents": Option(2, "documents a line must occur in")}

    def empty(self):
        return (Counter(), {})

    def collect(self, doc):
        counts, places = Counter(), {}
        for line in doc.lines:
            text = line.stripped
            if len(text) < 12:
                continue
            if text not in places:
                counts[text] += 1
                places[text] = []
            line_no, col = doc.position(line.start)
            end_line, end_col = doc.position(line.end)
            places[text].append(
                Location(
                    doc.path,
                    doc.id if doc.id is not None else (str(doc.record) if doc.record else None),
                    doc.record,
                    line.start,
                    line.end,
                    line_no,
                    col,
                    end_line,
                    end_col,
                    text,
                )
            )
        return counts, places

    def merge(self, left, right):
        counts = left[0] + right[0]
        places = {k: list(v) for k, v in left[1].items()}
        for key, value in right[1].items():
            places.setdefault(key, []).extend(value)
        return counts, places

    def finalize(self, partial):
        counts, places = partial
        for text, count in sorted(counts.items()):
            if count >= self.config["min_documents"]:
                for location in places[text]:
                    yield self.finding_at(location, f"line repeated in {count} documents")


class CountFormatter(Formatter):
    """A plugin formatter: prints the number of findings."""

    name = "count"
    description = "the number of findings"

    def start(self):
        self.total = 0

    def document(self, result):
        self.total += len(result.findings)

    def corpus(self, findings):
        self.total += len(findings)

    def finish(self, summary):
        self.stream.write(f"{self.total}\n")


@hookimpl
def scrapelint_rules():
    return [GluedComma, Explodes, MenuBlock, Shouting, RepeatedLine]


@hookimpl
def scrapelint_formatters():
    return [CountFormatter]
