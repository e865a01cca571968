"""FG005: stated parts and a stated result that do not agree, one reader module per idea."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules.figures import mentions
from scrapelint.rules.figures.arithmetic.ages import AgeReaders
from scrapelint.rules.figures.arithmetic.averages import AverageReaders
from scrapelint.rules.figures.arithmetic.changes import ChangeReaders, change_values
from scrapelint.rules.figures.arithmetic.claim_checks import ClaimReaders
from scrapelint.rules.figures.arithmetic.complements import ComplementReaders
from scrapelint.rules.figures.arithmetic.conversions import ConversionReaders
from scrapelint.rules.figures.arithmetic.equations import EquationReaders
from scrapelint.rules.figures.arithmetic.increments import IncrementReaders
from scrapelint.rules.figures.arithmetic.multiples import MultipleReaders
from scrapelint.rules.figures.arithmetic.named_figures import NamedFigureReaders
from scrapelint.rules.figures.arithmetic.named_wholes import NamedWholeReaders
from scrapelint.rules.figures.arithmetic.nets import NetReaders
from scrapelint.rules.figures.arithmetic.next_sentence import NextSentenceReaders
from scrapelint.rules.figures.arithmetic.points import PointReaders
from scrapelint.rules.figures.arithmetic.relations import RelationReaders
from scrapelint.rules.figures.arithmetic.shares import ShareReaders
from scrapelint.rules.figures.arithmetic.subject_parts import SubjectPartReaders
from scrapelint.rules.figures.arithmetic.table_relations import TableRelationReaders
from scrapelint.rules.figures.arithmetic.table_sums import TableReaders
from scrapelint.rules.figures.arithmetic.totals import TotalReaders


class ArithmeticMismatch(
    ChangeReaders,
    IncrementReaders,
    NextSentenceReaders,
    PointReaders,
    MultipleReaders,
    TotalReaders,
    ShareReaders,
    ConversionReaders,
    TableReaders,
    TableRelationReaders,
    AgeReaders,
    EquationReaders,
    ClaimReaders,
    RelationReaders,
    NamedFigureReaders,
    SubjectPartReaders,
    NetReaders,
    ComplementReaders,
    NamedWholeReaders,
    AverageReaders,
    Rule,
):
    """Stated parts and a stated result that do not agree.

    ## What it does
    Recomputes what the text states in full and reports the expected value:
    a percentage change between two stated values ("rose 12% from $50 million
    to $60 million"), "doubled/tripled/halved from A to B", a total against its
    listed parts ("a total of 40 seats: 12 ..., 20 ... and 6 ..."), a table's
    Total row against its rows, shares that should make 100% (a table column
    headed "share", or "... and the remaining 20%"), and a difference of years
    against a stated age or duration ("born in 1950, the 70-year-old",
    "his 12-year tenure from 2010 to 2020"). Rounding of every written figure
    is allowed for, plus ``tolerance`` percent of the result for changes
    and multiples (totals and shares must match up to rounding).

    Every figure goes through one unit model (amount, scale, unit before or
    after it: "$5 billion", "US$ 5 billion", "5 billion dollars", "€3.2m",
    "RM80.3 million", "NZ$5m", "885,630 ringgits", "12 per cent", "12pc", "3 million tonnes", "40 km", "1.2 million bbl/d",
    "264,800m3", "1,855 megawatts", "630mm", a scale letter against the number before a unit
    word "991m litres", a code after a unit "84.0m kgMS", Indian grouping "10,91,946", thousands grouped by spaces "8 507 000", a
    decimal comma before a percent sign or scale word "0,9 %"; metric prefixes folded, so
    "800 MW" and "1.2 GW" are one measure; an amount "per" a thing, "$0.46 per share", is a
    rate of another measure; a whole percentage may be written in words, "twenty-six percent";
    a number after a date's dash ends the range of dates, "March 20-21"; an abbreviation the text
    defines in brackets after a measure, "11.0 million metric tons (mmt)", names that measure
    where it follows a later number, "down 2.1 mmt"), so changes written newer-first
    ("to 5.2 million tonnes, compared to 4.1 million tonnes"), an increment
    stated with both values ("rose by 6,000 bbl/d to 9.964 million bbl/d,
    from 9.958 million") or as a gap ("At 33.5 MT, ... 2 MT higher than
    31.52 MT"), "-fold" and "N times" multipliers, a multiplier of the figure after "the" ("A,
    more than double the B", "less than half of the B", a bound held for some reading of the
    rounding), an amount restated in brackets with another scale word ("21.31 million (213
    lakh)"), a difference joined to two levels by ", or" ("or 787 fewer students"), a sentence
    that points back and breaks the figure before down ("The rise was made up from ..."),
    listed shares of
    one whole that add past 100%, a share written with its part and its whole
    ("$2.4 billion, 20 per cent of its $12 billion budget", also with a verb between
    part and share, or a whole named first and pointed back to: "... of that"), a level
    with the increment that led to it and the rate of change ("1.32 billion, some 84
    million more, a rise of 7 percent"), an increment joined to its rate by "or" with one level
    ("fell by 1,407 units or 4.8% from 29,106", "rose by 61 or 38.4% to 220"), a rate of change
    whose two levels are in the next sentence of the paragraph (one marked as the older, a word
    in common), parts each joined by "or" to its share of one whole ("9,566 or 33.9% ... and
    18,691 or 66.1% ...": the wholes they imply must agree), a rate with its newer level and the
    older one alone in the next sentence, marked by an earlier period ("last season"), parts
    after "with" past their whole (its own change in a clause between; one named member is
    enough under a total word), a whole alone in its sentence under a total word against its
    parts in the sentence after or before it, parts "respectively" before "a total of", a list
    of shares begun in the sentence before with shares of a named whole (a hedged share read
    within 5% of its value), a rate whose levels in the next sentence share no word with it when
    they move the way its words say, a rate and its newer level with the older one after a
    semicolon, a level said to be less (more) than another after a comma, parts a figure is "made up of",
    the two values of one measure among figures of other measures, a level no word marks before
    its increment and rate (the newer one; in the sentence before when the increment's sentence
    points back to it or shares a word with it), an older value after a comparison that names
    what it compares ("against the exports of"), a rate or an increment joined to a change by a
    short phrase of its own (", showing growth of"), parts each with a change of their own
    (reached "to" after it, or followed by their own rate) and then totalled (", totalling ...
    to", "; together they make up"), a newer level with the older in
    brackets ("to 50 (52.1) million tons") against the sentence's change words, a market share
    of the whole in the sentence before, amounts converted into another currency in
    brackets at one rate through the text, parts after
    "including" or "of which", or written as "N of them" (one is enough), that add past the
    figure before them, a table's Total or
    subtotal row against the rows above it, and a table's change column
    against the two value columns before it (newer first when the headers' years, or months
    of one year, say so; a header that carries the percent sign, "% Var", gives it to the bare
    cells below; with one value column before it, against the row above only when the rows
    are periods; left alone when the text says its changes are on another basis),
    and parts opened by a colon or bracket after an amount that add past it (the total's own
    change before the colon, or each part's rate, read as words), a prior period's value in
    brackets after a colon ("to £5.1m (2013: £2.7m)"), a lead sentence's multiplier ("has
    halved") or rate against the two levels of the next sentence or paragraph, a measure with its value
    in another unit in brackets at a fixed factor ("37 billion US tons (34 billion metric
    tonnes)", "40 miles (64 km)"), a yearly count restated per day, week or month ("84,000 in
    the year, or 230 a day"), and parts each with its share in brackets whose shares make 100%
    ("9,347 (65.94%) ... 3,802 (26.82%) ..."), which must imply one whole, a rate written
    before its increment ("fall by 1.5 percent, or 8 million tonnes, to 541 million tonnes"),
    an increment alone in its sentence against the two levels of the next one, levels of the
    next sentence told apart by a mark of the newer one as well as of the older ("there were
    832 cases ..., which rose to 1,650"), a title-case Total row ("Total Income") in a table
    whose label column has no header, parts in a sentence that opens by pointing back to the
    whole of the sentence before ("Of the total, ...") that add past it, a change in percentage (or
    basis) points against the two percentages of its sentence or the next ("rose 2.8 percentage
    points from 72.2% to 77%"), a table's share column beside a count column (each row's count over
    its share gives one whole, when the shares make about 100% or a first or Total row holds
    100%), a population table's "%±" column as its change column, an increment with its older
    level of an earlier period against the one level of the sentence before on the same thing
    ("went up by 1,485 from a total of just 4,268 the week prior"), and calculations written out with "=" ("3.6 - 3 = .6 billion", "(1,200 / 2,000) * 100 =
    60%", a chain continued on a line that opens with "="; each side read as figures joined by
    + - × x * / ÷ and brackets, a percent sign and a scale word read both kept and dropped),
    are checked the same way. Beside these readers of one shape each, a reader of the sentence's
    grammar reads every clause (cut at a semicolon, and at a conjunction that opens a clause with
    a verb of its own): each figure takes its role from the word that governs it, found by walking
    back over hedges, determiners and a noun phrase joined by "of" or a possessive ("from a
    revised US$65.64 billion", "on last season's 5.1 MMT", "up from its June estimate of"): an
    older level after "from", "against", "than", "compared with", "ahead of", "when" after an
    earlier period, in a relative clause on the subject (", which stood at"), or after "on",
    "over", "above", "below" when they hang on a change; a newer one after "to", "at",
    "reaching", "became" or a verb of level; a step
    or rate after "by" (when a verb of change owns it, its object between), right after a verb of
    change ("down just 4%") or before a noun of change ("a 0.49 percent increase"); "between A and
    B" the two levels of a difference; the subject before a verb of change the older level when
    a newer one follows. A clause's rate, step and levels are checked when they state a change in
    full, a bound ("more than 17%", "more than 231,000 students") as a bound; two partial clauses
    or sentences are read as one claim when together they state it (after a semicolon, a sentence
    that points back or shares a word, the list a colon opens), and a step whose subject is a
    pronoun takes the level of the clause the pronoun points back to. Relations between quantities of
    one whole are read from the same roles: a trade balance against imports and exports in one
    paragraph (or a budget's deficit against its spending and revenue; each side named before
    its figure or as its clause's subject), a figure after "difference of" against the two
    other figures of its measure,
    parts with shares of one total that imply different totals, a part "of these" with its share
    against the total named before, a figure said to surpass a larger one, a list after a colon
    that breaks down the amount before it, "more than double that" against the subject's own rate
    given later, a step in percentage points between two percentages, a part "of which" or "of
    them" with its share right after its whole, and a change column in the values' own unit
    (with a "%" column after it). Relations are read by structure as well: parts whose clauses
    repeat every word that named a whole and add one of their own ("production of passenger
    vehicles" after "production of vehicles") cannot add past it; a net ("net gain of", a
    sentence opened by "In all") is its gain less its loss given in one nearby sentence; the
    shares of a noun and of its "non-" complement make 100%; a share "of the" whole a noun names
    is checked against the level that noun named sentences before; an average per something
    ("goals per game") against the two counts its nouns name; a rate "above" or "below" a
    reference in brackets; a table column that adds up two others, or a percent column that is
    one column over another, in every row but one (such a rate column is never added up as
    shares, and a change column is no value column). A
    ratio ("9 out of 10 of them"), shares pointing back ("78% of
    them"), a rate in another clause, alternatives joined by "or", a bound ("more than 130")
    and a rate on another basis ("at constant currency", "like-for-like") are not read as
    arithmetic; a sentence break inside a figure ("Rs. 41.14")
    does not split the statement. Days of
    the month ("by Nov. 7") are dates, not values.

    ## Why it matters
    One of the figures is wrong, and the reader has no way to know which:
    a copied number, a typo or an edit that changed one side only.

    Measured: held-out cases written before each round of changes (`python bench/figures.py
    --split validation`): precision 0.97, recall 0.64 (101 of 159; 3 false alarms, two of them
    "% Var" tables whose period headers are written YYYYMM, read oldest first). Each round's
    first run: 0.45 (5 of 11) for round 10, 0 of 1 for round 11, 0.29 (2 of 7) for round 12,
    0.75 (6 of 8) for round 13, 0.38 (6 of 16) for round 15, 0.19 (3 of 16) for round 18;
    tuning rounds 20-23 0.36, 0.25, 0.50 and 0.23 before their changes, tuning round 27 0.33
    (4 of 12, one false alarm in 12 clean cases), tuning round 29 0.15 (4 of 26, two false alarms
    in 25 clean cases), tuning round 31 0.26 (8 of 31, three false alarms in 32 clean cases;
    worked calculations, abbreviated units and rates written before their increments), tuning
    round 33 0.36 (9 of 25, no false alarm in 25 clean cases; percentage points, share columns
    beside counts, population tables), tuning round 35 0.24 (7 of 29, four false alarms in 29
    clean cases; units after the number, multipliers of a figure after "the", breakdowns in the
    next sentence), tuning round 37 0.12 (3 of 25, one false alarm in 25 clean cases; balances,
    differences, shares of one total, bounds, clauses and sentences that state one change together)
    before the grammar reader, 0.84 (21 of 25, no false alarm) after it. Round 24, held out
    whole and measured once on the final rules: 0.19 (3 of 16, no false alarm in 16 clean
    cases). No finding on 575 real pages (`--real`). On real text: no finding on 451,080
    words of scraped pages, 16 on 2,433,467 words of clean articles, nearly all shares of
    multiple-choice survey answers, which may add up past 100% (validation part;
    bench/precision.py). Its precision on real text cannot be shown to reach 0.9, so it
    ships at `info`.

    ## Example
    ```text
    Sales rose 25% from $40 million to $60 million.   (expected 50%)
    ```

    ## Use instead
    "Sales rose 50% from $40 million to $60 million."

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `tolerance`: Extra slack for changes and multiples, in percent of the result, on top of rounding.
    """

    code = "FG005"
    name = "arithmetic-mismatch"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "tolerance": Option(1.0, "Extra slack for changes and multiples, in percent of the result, on top of rounding.")
    }

    def check(self, doc) -> Iterator[Finding]:
        said: set[int] = set()  # where a finding starts: a statement read by two readers is one finding
        for finding in self._by_shape(doc):
            said.add(finding.start)
            yield finding
        # the grammar's reading of every sentence, for the shapes no reader above knows
        grouped = mentions.by_sentence(doc)
        for finding in self._claims(doc.prose, mentions.joined_sentences(doc), grouped):
            if finding.start not in said:
                said.add(finding.start)
                yield finding

    def _by_shape(self, doc) -> Iterator[Finding]:
        grouped = mentions.by_sentence(doc)
        # only sentences with two figures, or with an age or a span of years, can draw a finding
        worth = {index for index, found in grouped.items() if len(found) >= 2}
        worth |= mentions.sentences_with(doc, ("year", "aged"))
        sentences = mentions.joined_sentences(doc)
        prose = doc.prose
        said: set[int] = set()  # where a finding starts, so a multiplier read twice is one finding
        for finding in self._by_sentence(doc, prose, sentences, grouped, worth):
            said.add(finding.start)
            yield finding
        yield from self._rate_then_levels(prose, sentences, grouped)
        for finding in self._multiple_then_levels(prose, sentences, grouped):
            said.add(finding.start)
            yield finding
        yield from (f for f in self._multiples_of(prose, sentences, grouped) if f.start not in said)
        yield from self._older_points_back(prose, sentences, grouped)
        yield from self._points_changes(prose, sentences, grouped)
        nearby = {finding.start: finding for finding in self._totals_nearby(prose, sentences, grouped)}
        yield from nearby.values()
        # a whole already found short of the parts after it is one finding
        yield from (f for f in self._parts_pointing_back(prose, sentences, grouped) if f.start not in nearby)
        yield from self._table_totals(doc)
        yield from self._equations(prose)
        figures = [q for found in grouped.values() for q in found]
        yield from self._conversions(prose, figures)
        yield from self._measure_conversions(prose, figures)
        yield from self._period_rates(prose, figures)
        yield from self._bracketed_share_groups(prose, figures)
        yield from self._averages(prose, figures)
        yield from self._named_figures(prose, sentences, grouped)

    def _by_sentence(self, doc, prose: str, sentences: list, grouped: dict, worth: set[int]) -> Iterator[Finding]:
        """The readers of one sentence (and the sentence before it)."""
        for index in sorted(worth):
            sentence = sentences[index]
            found = grouped.get(index, [])
            if len(found) >= 2:
                before = grouped.get(index - 1, []) if index else []
                if before and "\n\n" in prose[before[-1].end : sentence.start]:
                    before = []  # the sentence before, in the same paragraph only
                yield from self._changes(prose, sentence, change_values(prose, sentence, found), before)
                yield from self._totals(prose, found)
                yield from self._parts_then_total(prose, found)
                yield from self._compared_than(prose, found)
                yield from self._remainder_shares(prose, found, before)
                yield from self._listed_shares(prose, sentence, found, before)
                yield from self._bracketed_older(prose, sentence, found)
                yield from self._parts_with_shares(prose, sentence, found)
                yield from self._share_of(prose, found, before)
                yield from self._complement_shares(prose, sentence, found)
            yield from self._ages(doc, sentence)
