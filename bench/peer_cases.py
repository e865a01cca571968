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
  this one." carry casing slips that Vale does not check).

Cases are Markdown (both peers lint Markdown), so they are linted as such. A case counts as *found* when the expected rule reports anything on it, and as a *false
alarm* when a rule of the kind reports anything on a valid case.

    python -m bench.peer_cases [--show]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

from scrapelint.api import lint_text

from bench._external import EN_CAPITALIZATION, UNMATCHED_PAIR, VALE_GOOGLE, listing, read
from bench._jscases import cases

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
            elif not checks:
                out.append(("vale-google", "SP", line, False))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the misses and false alarms")
    args = parser.parse_args(argv)
    all_cases = textlint_cases() + vale_cases()
    if not all_cases:
        print("no peer test suites found (see bench/README.md)")
        return 0
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # found, defects, alarms, valid
    for suite, rule, text, defect in all_cases:
        family = rule[:2]
        codes = {f.code for f in lint_text(text, select=[family], format="markdown")}
        wanted = rule.split("|")
        hit = any(code in wanted or (len(rule) == 2 and code.startswith(rule)) for code in codes)
        row = tally[(suite, rule)]
        if defect:
            row[0] += hit
            row[1] += 1
        else:
            row[2] += hit
            row[3] += 1
        if args.show and hit != defect:
            print(f"  {'MISS' if defect else 'FALSE'} {suite} {rule} {sorted(codes)}: {text[:100]!r}")
    print(f"{'suite':36} {'rule':12} {'recall':>14} {'false alarms':>16}")
    for (suite, rule), (found, defects, alarms, valid) in sorted(tally.items()):
        recall = f"{found}/{defects} = {found / defects:.0%}" if defects else "-"
        false = f"{alarms}/{valid} = {alarms / valid:.0%}" if valid else "-"
        print(f"{suite:36} {rule:12} {recall:>14} {false:>16}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
