"""Peers' own rule test cases, for the kinds our rules claim: recall and false alarms per case.

Read at bench time from pinned clones (``bench/_external.py``; nothing is copied here):

- textlint-rule-no-unmatched-pair (``test/*.js``) -> SP006. Cases in Japanese text with
  full-width brackets are left out: SP006 claims ``( [ {`` and quotation marks of
  European languages, not CJK punctuation.
- textlint-rule-en-capitalization -> CS001. Cases that need options, and image alt text,
  are left out.
- Vale's Google style fixtures: a line with a ``Google.Spacing`` alert (missing space or
  doubled space after a full stop) must get SP001 or SP004; every other fixture paragraph is
  a clean case for the SP rules (not for CS: fixtures such as "this is a sentence. so is
  this one." carry casing slips that Vale does not check), except a line with a space doubled
  between words (SP004's kind, which Vale's fixtures do not check).

Cases are Markdown (both peers lint Markdown), so they are linted as such.

- LanguageTool's JUnit cases (``bench/_javacases.py``) for its comma-whitespace (SP001,
  SP003), double-punctuation (SP005), multiple-whitespace (SP004), unpaired bracket and
  quote (SP006) and sentence-start (CS001) rules. A case counts for the kinds our rule
  claims only: SP006 is judged on the marks that test file configures (brackets, or double
  quotes and guillemets; not straight single quotes), a comma-whitespace defect must be a
  space missing after or added before ``, . ; : ? !`` between words, and CS001 does not
  claim a lower-case quotation or a domain name at a sentence start. A text that two test
  files expect differently (nested »« is fine for one, two errors for the other) is left out,
  and so is an assertion the test file has commented out (a case the peer no longer checks).

- markdownlint's rule fixtures (``test/*.md``, ``bench/_mdlintcases.py``) -> the TB rules.
  A case is one table's block, linted as Markdown with the TB rules only. MD056
  (table-column-count: a body row with more or fewer cells than the header) is TB001's kind,
  and TB006's for a short last row; a table with an MD056 error on a row of a shape TB claims
  is a defect. TB001's page leaves some short rows to GFM's padding (a row that leaves off
  cells the header leaves unnamed, one padded into the shape of a full row of the table, one
  with no closing pipe stopping before columns other rows leave empty): a table whose MD056
  errors are all of those shapes is left out. MD055 (pipe style), MD058 (blank lines around
  tables) and MD060 (column alignment) are style rules no TB rule claims (outer pipes are
  optional to TB), so their tables are clean cases like every table without an MD056 error,
  except in a file or region where markdownlint's configuration turns MD056 off (left out).
  markdownlint does not check the other kinds TB claims; a clean table that has one by the
  TB pages (empty header cells past the first, or one name over neighbouring columns, which
  TB002's page reads as a copied spanning cell, TB002; a body row written as a delimiter row,
  TB003; the header repeated in the body, TB004; a body row repeated, TB005) is still a clean
  case, but a finding of that rule on it is no false alarm (how many such tables, and how many
  drew their rule, is printed). Piped lines that GFM does not read as a table (a delimiter row
  whose cell count differs from the header's) are no case: markdownlint says nothing of them.

A case counts as *found* when the expected rule reports anything on it, and as a *false
alarm* when a rule of the kind reports anything on a valid case.

    python -m bench.peer_cases [--show]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from typing import NamedTuple

from scrapelint.api import lint_text

from bench._external import (
    EN_CAPITALIZATION,
    LANGUAGETOOL,
    LANGUAGETOOL_TESTS,
    MARKDOWNLINT,
    UNMATCHED_PAIR,
    VALE_GOOGLE,
    listing,
    read,
    read_checkout,
)
from bench._javacases import cases as java_cases
from bench._jscases import cases
from bench._mdlintcases import other_kinds, short_row_claimed, tables

CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def textlint_cases() -> list[tuple[str, str, str, bool]]:
    """(suite, rule, text, is_defect)."""
    out = []
    for source, rule, keep in (
        (UNMATCHED_PAIR, "SP006", lambda t: not CJK.search(t)),
        (EN_CAPITALIZATION, "CS001", lambda t: not t.lstrip().startswith("![")),
    ):
        for path in listing(source, "test"):
            if not path.endswith(".js"):
                continue
            valid, invalid = cases(read(source, path) or "")
            for defect, items in ((False, valid), (True, invalid)):
                for case in items:
                    if case.get("options") or not keep(case["text"]):
                        continue
                    out.append((source.repo.split("/")[1], rule, case["text"], defect))
    return out


ALERT = re.compile(r"^\s+test\.md:(\d+):\d+:(Google\.\w+):", re.M)


#: A space doubled between words: SP004's kind, which Vale's fixtures do not check ("good -  too"),
#: so a fixture line holding one is no clean case for the SP rules.
DOUBLED_SPACE = re.compile(r"\S {2,}\S")


def vale_cases() -> list[tuple[str, str, str, bool]]:
    feature = read(VALE_GOOGLE, "features/rules.feature") or ""
    alerts: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for block in re.split(r"When I test ", feature)[1:]:
        name = block.split('"')[1]
        for line, check in ALERT.findall(block):
            alerts[name][int(line)].add(check)
    out = []
    for path in listing(VALE_GOOGLE, "fixtures"):
        if not path.endswith("/test.md"):
            continue
        name = path.split("/")[1]
        text = read(VALE_GOOGLE, path) or ""
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip() or line.startswith(("#", "!", "```", "|")):
                continue
            checks = alerts[name].get(number, set())
            if "Google.Spacing" in checks:
                out.append(("vale-google", "SP001|SP004", line, True))
            elif not checks and not DOUBLED_SPACE.search(line):
                out.append(("vale-google", "SP", line, False))
    return out


QUOTES = '"“”„«»‹›'
BRACKETS = "()[]{}"
SPACING_DEFECT = re.compile(r"\w[,.;:?!]\w|\w [,.;:?!](?:\s|$)")
#: Per LanguageTool test file: (our rule codes, marks SP006 is judged on, claimed(text)).
LT_RULES = {
    "GenericUnpairedBracketsRuleTest.java": ("SP006", "»«", None),
    "GenericUnpairedQuotesRuleTest.java": ("SP006", QUOTES, None),
    "EnglishUnpairedBracketsRuleTest.java": ("SP006", BRACKETS, None),
    "EnglishUnpairedQuotesRuleTest.java": ("SP006", QUOTES, None),
    "CommaWhitespaceRuleTest.java": ("SP001|SP003", "", SPACING_DEFECT.search),
    "DoublePunctuationRuleTest.java": ("SP005", "", None),
    "MultipleWhitespaceRuleTest.java": ("SP004", "", None),
    "UppercaseSentenceStartRuleTest.java": ("CS001", "", lambda t: bool(re.match(r"[a-z]+(?:\s|!|\.$)", t))),
}


def languagetool_cases() -> list[tuple[str, str, str, bool, str]]:
    """(suite, rule, text, is_defect, marks) for the claimed kinds; conflicting texts dropped."""
    rows = []
    for path in LANGUAGETOOL_TESTS:
        source = read_checkout(LANGUAGETOOL, path)
        if source is None:
            continue
        name = path.rsplit("/", 1)[1]
        rule, marks, claimed = LT_RULES[name]
        for text, count in java_cases(source):
            if count and claimed is not None and not claimed(text):
                continue
            rows.append(("languagetool/" + name.removesuffix("RuleTest.java"), rule, text, bool(count), marks))
    verdicts: dict[tuple[str, str], set[bool]] = defaultdict(set)
    for _, rule, text, defect, _ in rows:
        verdicts[(rule, text)].add(defect)
    return [row for row in rows if len(verdicts[(row[1], row[2])]) == 1]


class Case(NamedTuple):
    suite: str
    rule: str  # the code(s) expected, "A|B", or a family prefix
    text: str
    defect: bool
    marks: str = ""  # SP006 is judged on findings over these marks only, when given
    excused: frozenset[str] = frozenset()  # codes that are no false alarm on this clean case
    where: str = ""


def markdownlint_cases(left_out: dict[str, int] | None = None) -> list[Case]:
    """One case per table block of markdownlint's fixtures, for the TB rules."""
    out = []
    for path in listing(MARKDOWNLINT, "test"):
        if "/" in path.removeprefix("test/") or not path.endswith(".md"):
            continue
        for table in tables(path, read(MARKDOWNLINT, path) or ""):
            reason = ""
            if table.md056_off:
                reason = "markdownlint's configuration turns MD056 off there"
            elif table.md056_rows and not any(short_row_claimed(table, i) for i in table.md056_rows):
                reason = "every MD056 row is a short row TB leaves to GFM's padding"
            if reason:
                if left_out is not None:
                    left_out[reason] = left_out.get(reason, 0) + 1
                continue
            defect = bool(table.md056_rows)
            excused = frozenset() if defect else frozenset(other_kinds(table))
            out.append(Case("markdownlint", "TB", table.block, defect, "", excused, f"{path}:{table.first}"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the misses and false alarms")
    args = parser.parse_args(argv)
    left_out: dict[str, int] = {}
    all_cases = (
        [Case(*case) for case in textlint_cases() + vale_cases()]
        + [Case(*case) for case in languagetool_cases()]
        + markdownlint_cases(left_out)
    )
    if not all_cases:
        print("no peer test suites found (see bench/README.md)")
        return 0
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # found, defects, alarms, valid
    excused: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # code: clean cases with its kind, drew it
    for case in all_cases:
        rule, text = case.rule, case.text
        markdown = not case.suite.startswith("languagetool")
        path = "table.md" if rule == "TB" else "-"
        findings = lint_text(text, path=path, select=[rule[:2]], format="markdown" if markdown else "text")
        codes = {f.code for f in findings if not case.marks or text[f.start : f.end] in case.marks}
        for code in case.excused:
            excused[code][0] += 1
            excused[code][1] += code in codes
        wanted = rule.split("|")
        hit = any(
            (code in wanted or (len(rule) == 2 and code.startswith(rule))) and code not in case.excused
            for code in codes
        )
        row = tally[(case.suite, rule)]
        if case.defect:
            row[0] += hit
            row[1] += 1
        else:
            row[2] += hit
            row[3] += 1
        if args.show and hit != case.defect:
            shown = f"{case.where} " if case.where else ""
            print(f"  {'MISS' if case.defect else 'FALSE'} {case.suite} {rule} {sorted(codes)}: {shown}{text[:100]!r}")
    print(f"{'suite':36} {'rule':12} {'recall':>14} {'false alarms':>16}")
    for (suite, rule), (found, defects, alarms, valid) in sorted(tally.items()):
        recall = f"{found}/{defects} = {found / defects:.0%}" if defects else "-"
        false = f"{alarms}/{valid} = {alarms / valid:.0%}" if valid else "-"
        print(f"{suite:36} {rule:12} {recall:>14} {false:>16}")
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (_, rule), row in tally.items():
        pooled[rule] = [a + b for a, b in zip(pooled[rule], row, strict=True)]
    print("pooled over suites, per rule:")
    for rule, (found, defects, alarms, valid) in sorted(pooled.items()):
        recall = f"{found}/{defects} = {found / defects:.0%}" if defects else "-"
        false = f"{alarms}/{valid} = {alarms / valid:.1%}" if valid else "-"
        print(f"  {rule:12} recall {recall:>14}   false alarms {false:>14}")
    for reason, count in sorted(left_out.items()):
        print(f"markdownlint tables left out: {count} ({reason})")
    for code, (tables_of_kind, drew) in sorted(excused.items()):
        print(f"markdownlint clean tables of {code}'s kind, which it does not check: {tables_of_kind}, {drew} drew it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
