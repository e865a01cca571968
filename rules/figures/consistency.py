"""The same figure given two values: within one document, and across a corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from scrapelint.model.finding import Finding, Location, Severity
from scrapelint.model.rule import CorpusRule, Option, Rule
from scrapelint.rules.figures.facts import Fact, conflict, facts
from scrapelint.rules.figures.headline import headline_conflicts, headline_level_conflicts, headline_step_conflicts


def _describe(fact: Fact) -> str:
    return f"{fact.label} for {fact.period}"


class ConflictingFigures(Rule):
    """The same quantity for the same subject and period is given two different values.

    ## What it does
    Collects plain figure statements ("In 2024, Japan's defense budget was
    $56 billion") and table cells whose header names the metric and its unit
    ("Defense Budget (USD Billion)" in the row for 2024), counts whose noun is
    their unit ("In 2019, Calgary airport handled 18 million passengers", with
    one name in the sentence as the subject), restatements by a placeholder noun ("lower than
    the U.S. figure of 4.1 percent", matched to the statement before it by subject or national
    scope), prices with what they are of and where ("the average price of a gallon of
    regular gas in Norland was $3.52"), and reports a value
    that disagrees with an earlier one for the same subject, metric, period
    and currency, beyond rounding, hedging ("about") and ``tolerance`` (which applies to a
    figure given once rounded, not to two written to the same last digit).
    Statements of plans, requests, targets and changes are not compared. A sentence that
    names no time speaks of the period of the dated sentence before it in its paragraph; a
    month without a year is in the document's one year. A headline's rate of change
    ("Sales Jump 15.9%", also with the level it led to: "Up 9.7% to 308,745,538") is compared
    with the rates of the text below it: when those of the same change (its direction, a word
    in common) all differ from it beyond the rounding a headline may apply, the text's rate is
    reported; a headline's change written as an amount ("up by £11,000 annually to £226k") is
    compared the same way with the body's steps, as the grammar reader of FG005 gives the figures
    their roles; a headline's level ("Unemployment falls to 8.6 percent") is compared with the
    newer levels of the body's clauses of the same measure and subject (a content word in
    common, the same direction when the headline says one), and reported when none agrees.

    ## Why it matters
    A reader cannot tell which figure is right; scraped pages stitched from
    several sources, and tables pasted beside prose, often disagree.

    Measured: held-out cases (`python bench/figures.py --split validation`): precision
    1.00, recall 0.46 (6 of 13, units other than currency; the same-dated pairs of rounds 13
    and 15, written apart by a sentence, are missed); no finding on 575 real pages
    (`--real`). Tuning round 31, before its changes: 0 of 3 (headline rates against the
    body's); tuning round 33, before its changes: 1 of 2 (a headline's rate with its level);
    tuning round 37: 1 of 2 before its changes, 2 of 2 after (a headline's step).
    Two figures written to the same last digit are not held to the tolerance:
    a transposed pair (9.958 against 9.985) is a conflict.

    ## Example
    ```text
    In 2024, Acme's revenue was $4.1 billion. ... In 2024, Acme's revenue reached $4.6 billion.
    ```

    ## Use instead
    One value for the figure throughout, the one the source gives.

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `tolerance`: Relative difference allowed beyond rounding (0.01 = 1%).
    """

    code = "FG006"
    name = "conflicting-figures"
    options: ClassVar[dict[str, Option]] = {
        "tolerance": Option(0.01, "Relative difference allowed beyond rounding (0.01 = 1%).")
    }

    def check(self, doc) -> Iterator[Finding]:
        seen: dict[tuple, list[Fact]] = {}
        for fact in facts(doc):
            earlier = seen.setdefault(fact.group, [])
            clash = next(
                (e for e in earlier if conflict(e, fact, self.config["tolerance"], same_digits_exact=True)), None
            )
            if clash is not None:
                line = doc.position(clash.start)[0]
                yield self.finding(
                    fact.start,
                    fact.end,
                    f"{_describe(fact)} is given as {fact.text} here but as {clash.text} on line {line}",
                    other_start=clash.start,
                )
            earlier.append(fact)
        for stated, body in (*headline_conflicts(doc), *headline_step_conflicts(doc)):
            yield self.finding(
                body.start,
                body.end,
                f"the headline gives the change as {stated.text}, the text as {body.text}",
                other_start=stated.start,
            )
        for stated, body in headline_level_conflicts(doc):
            yield self.finding(
                body.start,
                body.end,
                f"the headline gives the level as {stated.text}, the text as {body.text}",
                other_start=stated.start,
            )


class CorpusConflictingFigures(CorpusRule):
    """Documents of a corpus give different values for the same figure.

    ## What it does
    Gathers the same figure statements as FG006 from every document and
    reports, at each place, the subject, metric and period whose values
    disagree across documents, listing every source location.

    ## Why it matters
    A corpus that states one fact two ways teaches both; the conflict shows
    which sources to check before the data is used.

    ## Example
    ```text
    a.txt: In 2024, Acme's revenue was $4.1 billion.
    b.md:  | Year | Acme Revenue (USD billion) |  ...  | 2024 | 4.6 |
    ```

    ## Use instead
    The same value for the figure in every document, the one the source gives.

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `tolerance`: Relative difference allowed beyond rounding (0.01 = 1%).
    """

    code = "FG008"
    name = "corpus-conflicting-figures"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "tolerance": Option(0.01, "Relative difference allowed beyond rounding (0.01 = 1%).")
    }

    def empty(self) -> dict:
        return {}

    def collect(self, doc) -> dict:
        partial: dict[tuple, list[tuple[Fact, Location]]] = {}
        for fact in facts(doc):
            line, column = doc.position(fact.start)
            end_line, end_column = doc.position(fact.end)
            location = Location(
                doc.path, doc.id, doc.record, fact.start, fact.end, line, column, end_line, end_column, fact.text
            )
            partial.setdefault(fact.group, []).append((fact, location))
        return partial

    def merge(self, left: dict, right: dict) -> dict:
        merged = {key: list(value) for key, value in left.items()}
        for key, value in right.items():
            merged.setdefault(key, []).extend(value)
        return merged

    def finalize(self, partial: dict) -> Iterator[Finding]:
        for entries in partial.values():
            sources = {(loc.path, loc.doc, loc.record) for _, loc in entries}
            if len(sources) < 2:
                continue
            clashing = _clashing(entries, self.config["tolerance"])
            if not clashing:
                continue
            entries = sorted(entries, key=lambda item: (item[1].path, item[1].record or 0, item[1].start))
            places = [_place(loc) for _, loc in entries[:MAX_LISTED]]
            listing = "; ".join(
                f"{fact.text} at {place}" for (fact, _), place in zip(entries[:MAX_LISTED], places, strict=True)
            )
            if len(entries) > MAX_LISTED:
                listing += f"; and {len(entries) - MAX_LISTED} more"
            for fact, location in clashing:
                yield self.finding_at(
                    location, f"{_describe(fact)} differs across documents: {listing}", sources=places
                )


MAX_LISTED = 20
"""Mentions named in each finding: a fact quoted in thousands of documents would otherwise make
every finding list all of them, and the report grow with the square of the mentions."""


def _clashing(entries: list[tuple[Fact, Location]], tolerance: float) -> list[tuple[Fact, Location]]:
    """The mentions that disagree with a mention in another document.

    Mentions are compared once per distinct value (with its rounding and hedging), farthest
    values first, and only while the distance can still exceed the value's own slack: a figure
    repeated across a corpus costs about its number of distinct values, not its mentions squared.
    """
    by_value: dict[tuple, set] = {}
    representative: dict[tuple, Fact] = {}
    for fact, loc in entries:
        key = (fact.value, fact.resolution, fact.hedged)
        by_value.setdefault(key, set()).add((loc.path, loc.doc, loc.record))
        representative.setdefault(key, fact)
    values = sorted(by_value)
    verdict: dict[tuple, set] = {}
    for key in values:
        fact = representative[key]
        # No other value's rounding or size can make a nearer value conflict (see ``conflict``).
        reach = fact.resolution + tolerance * abs(fact.value) + (0.05 * abs(fact.value) if fact.hedged else 0.0)
        found: set = set()
        low, high = 0, len(values) - 1
        while low <= high and len(found) < 2:
            if abs(values[low][0] - key[0]) >= abs(values[high][0] - key[0]):
                other, low = values[low], low + 1
            else:
                other, high = values[high], high - 1
            if abs(other[0] - key[0]) <= reach:
                break
            if conflict(fact, representative[other], tolerance):
                found |= by_value[other]
        verdict[key] = found
    return [
        (fact, loc)
        for fact, loc in entries
        if verdict[(fact.value, fact.resolution, fact.hedged)] - {(loc.path, loc.doc, loc.record)}
    ]


def _place(location: Location) -> str:
    name = Path(location.path).name if location.path not in ("-", "") else "-"
    record = f"#{location.record}" if location.record else ""
    return f"{name}{record}:{location.line}:{location.column}"
