"""Arithmetic the text states in full and gets wrong: changes, multiples, totals, shares, ages."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import ClassVar, NamedTuple

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules.figures import mentions, tables
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

INCREASE = r"advanced|rebounded|rose|rise|rising|risen|increased?|increasing|grew|grow|growth|growing|jumped|jump|climbed|climb|surged|surge|gained?|up|higher|more|soared|boost(?:ed)?"
DECREASE = r"slipped|slip|dipped|eased|tumbled|sank|fell|fall|falling|fallen|dropped|drop|declined?|declining|decreased?|decreasing|slid|slump(?:ed)?|plunged?|down|lower|less|fewer|shrank|shrunk|cut|lost|loss|reduction|reduced"
_CHANGE_WORD = lazy(rf"(?i)\b(?:(?P<up>{INCREASE})|(?P<down>{DECREASE}))\b")
_MULTIPLE = lazy(
    r"(?i)\b(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?(?:an?\s+)?"
    r"(?P<word>doubled|tripled|trebled|quadrupled|quintupled|halved"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]?fold(?=\s+(?:increase|rise|jump|growth|gain))"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]?fold\s+(?:decrease|fall|drop|decline|reduction)"
    r"|(?:increase|rise|jump|growth|gain)\s+of\s+\d{1,2}(?:\.\d)?\s+times"
    r"|(?:up|by)\s+\d{1,2}(?:\.\d)?\s+times"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+times"
    r"(?=\s+(?:higher|more|larger|bigger|greater|as\s+(?:much|many|high|large)))"
    # "harvests twice as much wheat", "half as many visitors"
    r"|(?:twice|half)(?=\s+as\s+(?:much|many|high|large|big)\b)"
    r")\b"
)
_FACTORS = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "quintupled": 5.0,
    "halved": 0.5,
    "double": 2.0,
    "twice": 2.0,
    "triple": 3.0,
    "treble": 3.0,
    "quadruple": 4.0,
    "half": 0.5,
}
_FOLD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "to B, up from A", "B in 2021 against A in 2020", "to B as compared to A": the newer value first
_NEW_THEN_OLD = lazy(
    r"(?i)^[^.;%\d]{0,40}?\b(?:from|against|compared\s+(?:to|with)|as\s+against|versus|vs\.?)\s+"
    r"(?:about\s+|around\s+|approximately\s+|roughly\s+)?$"
)
#: "8,917.81 GWh, a decline of 18.23 percent compared to Q1 2021, which recorded 9,717.81": the
#: reference point named as a period, then its level in a clause of its own
_PERIOD_THEN_LEVEL = lazy(
    r"(?i)^\s*+,?\s*+(?:compared\s+(?:to|with)|from|against|over|on)\s+[\w\s'’-]{0,25}?,\s*+(?:which|when)\b"
    r"[\w\s'’-]{0,30}?\b(?:recorded|registered|was|were|stood\s+at|saw|had|reached|came\s+to|totall?ed)\s+"
    r"(?:about\s+|around\s+)?$"
)
_ON_OLD = lazy(
    r"(?i)^\s*(?:on|over|(?:more|less|fewer|higher|lower)\s+than|above|below)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?$"
)
# "162,589, nearly double the 137,787": a multiple between the newer and the older value
_MULTIPLE_BETWEEN = lazy(
    r"(?i)^[^.;\d%]{0,40}?\s*+,?\s*(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?"
    r"(?P<word>double|twice|triple|treble|quadruple|half"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+times)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?"
    # "ten times India's 11.9 million", "twice the company's other expenses of $6.3 million":
    # the older value named by a possessive, a few words and "of"
    r"(?:[\w-]++['’]s\s++(?:[a-z][\w-]*+\s++){0,3}?(?:of\s++)?)?$"
)
# "increased by 340 TWh to 7,503 TWh": the change and the newer value, the older one implied
# what comes right before the older of two values
_OLD_MARKER = lazy(
    r"(?i)\b(?:from|against|compared\s+(?:to|with)|over|versus|vs\.?|than|since|on)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)
#: "compared with the same period last season (1.59 mln tonnes)": the older value in brackets
#: after the period it belongs to
_OLD_IN_BRACKETS = lazy(
    r"(?i)\b(?:from|against|compared\s+(?:to|with)|than|versus|vs\.?)\s+[^.;\d%()]{0,45}\(\s*(?:about\s+)?$"
)
#: "N MT higher than 31.52 MT": a gap to an older value, by the words between
_STEP_THAN = lazy(
    r"(?i)^\s*+(?:(?P<up>higher|more|above|greater)|(?P<down>lower|less|fewer|below|smaller))\s+than\s+(?:the\s+)?$"
)
#: "than the fourth advanced estimate of 20.99 mt": the older value after a name of a few words
_OLD_NAMED = lazy(
    r"(?i)\b(?:than|from|against|compared\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,4}?of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)
#: "about 17 times the other income": the count of a multiplier, right before "times"
_TIMES_AFTER = lazy(r"\s++times\b")
_NUMBER_IN = lazy(r"\d[\d,]*+(?:\.\d++)?")
#: Between an increment and its rate: the same change written two ways ("1,407 units or 4.8%")
_OR_RATE = lazy(r"(?i)[^\d.;:%()]{0,20}?\bor\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$")
#: Before an increment: "fell by", "a decline of", "up by" (the change word gives its direction)
_STEP_OF = lazy(
    rf"(?i)\b(?:(?P<up>{INCREASE})|(?P<down>{DECREASE}))\s++(?:of|by)\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
)
_LONG_WORD = lazy(r"[A-Za-z]{5,}+")
#: Before a newer level: "to", "reaching"
_TO_LEVEL = lazy(r"(?i)\b(?:to|reaching|at)\s++(?:about\s++|some\s++|a\s++record\s++)?$")
_BY_BEFORE = lazy(r"(?i)\bby\s+(?:about\s+|around\s+|some\s+)?$")
#: "144.8 million tonnes, up 2.6 million tonnes, ...": an increment right after the newer value
_STEP_GAP = lazy(r"(?i)^\s*+,\s*+(?:up|down)\s++(?:by\s++)?(?:about\s+|around\s+|some\s+|nearly\s+)?$")
#: "84 million more than the year before", "70 million new arrivals": an increment, by what follows it
_STEP_AFTER = lazy(r"(?i)^\s*+(?:more|fewer|less|new|additional|extra)\b")
_STEP_DOWN = lazy(r"(?i)^\s*+(?:fewer|less)\b")
#: "an additional 84 million", "an extra $2 billion": an increment, by what comes before it
_STEP_BEFORE = lazy(r"(?i)\b(?:an?\s+)?(?:additional|extra)\s+(?:about\s+|some\s+)?$")
#: Between an increment and the values it lies between: no second clause ("...; imports went from")
_CLAUSE_BREAK = lazy(r"(?i)[;:(]|\b(?:while|whereas|but|and)\b")
#: Possessive space runs (``\s*+``) here and below: adjacent ``\s*`` would split a long run of
#: spaces every way before failing (same matches).
_BY_TO = lazy(r"(?i)^\s*+,?\s*+to\s+(?:a\s+record\s+)?$")
_STATED_BETWEEN = lazy(
    r"(?i)^[^.;\d%]{0,40}?,?\s*+(?:a|an|or|up|down)?\s*+(?:(?:increase|rise|jump|gain|drop|fall|decline|decrease)\s+of\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?$"
)
# "in June", "in 2020-21", "in April 2015", "a year earlier": a period between two figures
_PERIOD_PHRASE = lazy(
    r"(?i)\b(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+)?(?-i:[A-Z][a-z]{2,8}\s+)?"
    r"(?:(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?|(?-i:[A-Z][a-z]{2,8})|quarter|half|month|year|fiscal)\b"
    # "by Nov. 7", "as of March 31, 2024": a date between two figures
    r"|\b(?:by|on|as\s+of|through|until)\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b(?:,\s*(?:19|20)\d\d\b)?"
)
_SHARE_IS_CHANGE = lazy(
    rf"(?i)\b(?:{INCREASE}|{DECREASE}|growth\s+of|increase\s+of|decrease\s+of)\b(?:\s+by)?\s*(?:about\s+|around\s+)?$"
    r"|\bby\s+$"
)
_SHARE_JOIN = lazy(r"^[^.;:\d%]{0,60}$")
#: The older level between two listed shares, with its clause ("down from 25.6% a year earlier;")
_PAIR_JOIN = lazy(r"(?i),?\s*+(?:up|down)?\s*+from\s+[\d.,]++\s*+%[^;,]{0,25}[;,]")
_ALTERNATIVE = lazy(r"(?i)\bor\b")
#: A bound before a figure; "over" and "above" are left out, as they also mark the older value
_BOUND_BEFORE = lazy(r"(?i)\b(?:more|less|fewer)\s+than\s+$|\b(?:at\s+least|up\s+to|upwards\s+of)\s+$")
_ARTICLE_BEFORE = lazy(r"(?i)\bthe\s$")
_NOUN_AFTER = lazy(r"\s[a-z]+\b(?<!\bof)(?<!\bto)(?<!\bin)")
_OTHER_WHOLE = lazy(r"(?i)^\s*of\s+(?!the\s+(?:total|whole|sample|respondents))")
#: A text saying its percentage changes are taken on another basis than the figures shown
_CHANGE_BASIS = lazy(
    r"(?i)\b(?:percent(?:age)?|%)\s+changes?\s+(?:are|were)\s+(?:based\s+on|calculated\s+(?:on|from)|adjusted\s+for)\b"
)
_HEADER_YEAR = lazy(r"\b(?:19|20)\d\d\b")
#: A month named before a header's year ("Sept-2024", "Jun 2024", "Mar '24" has no full year)
_HEADER_MONTH = lazy(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[\s/-]{0,3}(?:19|20)\d\d\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CHANGE_HEADER = lazy(r"(?i)\b(?:change|chg|growth|y/y|yoy|increase|decrease|var(?:iation)?)\b")
#: A row label that names a period ("2016", "April", "Q3 FY24", "H1"): rows of periods read down
_PERIOD_LABEL = lazy(
    r"(?i)\b(?:(?:19|20)\d\d|fy\s?\d\d|q[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)\b"
)
#: A header that gives its column the percent unit: "% Var", "Var (%)", "Change, percent"
#: a period in a column header: "2016", "1Q16", "Q1 2016", "FY23", "H1", a month
_PERIOD_WORD = lazy(
    r"(?i)\b(?:(?:19|20)\d\d|[1-4]q\d\d|q[1-4](?:\s*+(?:19|20)?\d\d)?|fy\s?\d\d(?:\d\d)?|h[12]"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)\b"
)
#: a two-digit year after a quarter or half ("1Q16", "Q1 16", "FY23")
_SHORT_YEAR = lazy(r"(?i)(?:\b[1-4]q|\bq[1-4][\s'-]?|\bfy[\s'-]?|\bh[12][\s'-]?)(\d\d)\b")
_PERCENT_HEADER = lazy(r"%|(?i:\bper\s?cent\b)")
_FROM = lazy(r"(?i)\bfrom\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")
_TO = lazy(
    r"(?i)^(?:\s+(?:in|at)\s+(?:the\s+)?[\w-]{1,20}(?:\s+\d{4})?)?\s*(?:,\s*)?to\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$"
)
# The stated percentage must belong to the from/to pair: "rose 25% from A to B",
# "from A to B, an increase of 25%", "from A to B (up 25%)".
_BEFORE_FROM = lazy(r"(?i)^\)?\s*+,?\s*(?:\w+,?\s+){0,3}?from\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")
#: "a net increase of 9 000 employees", "rose by 6,000 bbl/d", "at 144.8 million tonnes, up 2.6
#: million tonnes, or 2%": an increment, never a newer level
_INCREMENT_BEFORE = lazy(
    r"(?i)(?:\b(?:(?:increase|rise|gain|jump|growth|drop|fall|decline|decrease|loss)\s+of|by)|,\s*+(?:up|down))\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)
_AFTER_TO = lazy(
    r"(?i)^(?:\s+(?:in|at)\s+[\w-]{1,20}(?:\s+\d{4})?)?\s*(?:,|\(|—|–|-)\s*(?:a|an|or|up|down|representing|marking)?"
    r"(?:\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease)\s+of)?\s*(?:some\s+|about\s+|around\s+|nearly\s+)?$"
)
_POINTS = lazy(r"(?i)^\s*(?:percentage\s+)?points?\b")
#: "the first 11 months", "over 12 weeks": a count of a period's length, not a figure (matched at its end)
_DURATION_AFTER = lazy(r"(?i)\s++(?:months|weeks|days|quarters|years)\b")
#: an earlier period named beside a level: "last season", "a year earlier", "the previous year"
_OLDER_PERIOD = lazy(
    r"(?i)\s*+,?\s*+(?:in\s+|during\s+|over\s+)?(?:(?:the\s+)?\b(?:previous|prior|preceding)\s+"
    r"(?:year|season|month|quarter|week|fiscal|financial\s+year|campaign)\b|\blast\s+season\b"
    r"|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+(?:year|season|month|quarter)\s+before\b)"
)
#: a change against the same period a year before
_YEARLY = lazy(r"(?i)\byear[\s-]on[\s-]year\b|\by/y\b|\byoy\b|\bfrom\s+a\s+year\s+(?:earlier|ago|before)\b")
_TOTAL_CUE = lazy(
    r"(?i)\b(?:a\s+total\s+of|in\s+total|totall?ing|total(?:led|ed)?(?:\s+of)?)\b[^.;:]{0,20}$|\btotal\b[^.;:]{0,10}$"
    # "Total generation in 2021 stood at ...": a total as the subject, its verb right before the figure
    r"|\btotal\s++[a-z]++(?:\s++[a-z]++)?(?:\s++in\s++(?:19|20)\d\d)?\s++"
    r"(?:stood\s+at|was|were|reached|came\s+to|amounted\s+to)\s*+$"
)
_PARTS_CUE = lazy(
    r"^[^.;\d]{0,50}?(?::|\bcomprising\b|\bconsisting\s+of\b|\bmade\s+up\s+of\b|\bbroken\s+down\s+into\b|\bsplit\s+into\b|—|–)\s*[^.;\d,]{0,30}$"
)
#: "handled 262 tonnes in May: 94 tonnes ... and 168 tonnes ...", "came to $23.77 million in the
#: quarter (employee benefits $16.73 million, ...)": parts opened by a colon or a bracket after a
#: figure no total word names; years in between are masked first. They may leave some out.
_BREAKDOWN = lazy(r"^[^.;:()\d]{0,70}?(?::\s|\()\s*+[^.;:()\d,]{0,40}$")
_YEAR_IN = lazy(r"\b(?:19|20)\d\d\b")
#: "the total was 12.97%, with hydropower at 8.73% and ...", "output totaled 7.7 million mt,
#: down 23.7 percent from August 2019, with the US producing ...": parts that may not be all of
#: them, after the whole's own change (its rate and year read as words) in a clause of its own
_WITH_PARTS = lazy(r"^[^.;\d]{0,40}?(?:,[^.;\d,]{0,50}?\bpct\b[^.;\d,]{0,40}?)?,\s*(?:with|including)\b[^.;\d]{0,40}$")
#: "..., with the US producing ": a named member of the whole after "with", right before its figure
_WITH_MEMBER = lazy(r",\s*+with\s++(?:the\s++)?(?-i:[A-Z][\w.&'’-]*+)(?:\s++[\w'’-]++){0,3}?\s*+$")
#: "23.8 million tonnes, including 12.17 million tonnes of wheat, ...": parts of the figure
#: right before, whatever verb gave it; they may leave some out but cannot add past it
_INCLUDING_PARTS = lazy(r"^[^.;\d]{0,20}?(?:,\s*including|,?\s*of\s+(?:which|whom))\b[^.;\d]{0,40}$")
#: "2,290 visitors, 537 of them tourists and 1,753 of them ...": a part that points back to the
#: figure before it as its whole; the whole may be named after its figure, before the first part
_OF_THEM = lazy(r"\s*+of\s++(?:them|these|those|which|whom)\b")  # matched at a figure's end
_BEFORE_OF_THEM = lazy(r"^[^.;:()\d]{0,50}$")
#: "9 out of 10", "4 in 5": the two figures of a ratio, between them
_OUT_OF = lazy(r"(?i)^\s*+(?:out\s++of|in)\s*+$")
#: "Rs 11,300 crore, 24 per cent of its Rs 48,000 crore budget"
#: the part's own noun may come first, set off by a comma ("2.1 million households, 21.6% of the ...")
_SHARE_AFTER_PART = lazy(
    r"(?i)^(?:\s++[a-z][\w'’-]*+){0,3}?\s*+,?\s*+(?:(?:was|were|is|are|made\s+up|makes\s+up|make\s+up|accounted\s+for|accounts\s+for|account\s+for"
    r"|represented|represents|represent|amounted\s+to|amounts\s+to|constituted|constitutes)\s+)?"
    r"(?:\(|or\s+|an?\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+){0,2}$"
)
#: "43.6 billion US dollars (£26.1 billion)": an amount and the same amount in another currency
_CONVERTED = lazy(r"^\s*+\(\s*+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+|approx\.\s+|~\s*+)?$")
_CLOSE = lazy(r"\s*+\)")
#: "to 50 (52.1) million tons": the older level in brackets right after the newer one
_BRACKET_BETWEEN = lazy(r"\s*+\(\s*+$")
#: "a 20.9 percent market share", "a 12% share": a share whose whole is left to the context
_SHARE_NOUN = lazy(r"(?i)\s++(?:(?:market|global|world|sales)\s++)?share\b(?!\s+of\b)")
#: "... accounted for 58.2% of that": the whole named before the part, pointed back to
_OF_THAT = lazy(r"(?i)^\s*+of\s+(?:that|this|it|the\s+(?:[a-z][\w-]*+\s+){0,2}?(?:total|whole))\b(?!\s+of\b)")
_OF_WHOLE = lazy(r"(?i)^\)?\s*of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?$")
#: "Of the 175 seats, the Social Democrats won 47, ...": the whole named before its parts
_OF_TOTAL = lazy(r"(?i)\bof\s+(?:the|all|its|their)\s+$")
#: the whole's noun (and its period, years read as words) before a comma, then the first part's words
_OF_PARTS = lazy(r"^\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s*[^.;\d]{0,80}$")
#: between two parts; a part may carry its own change in a clause after it ("5.5 million mt,
#: down 4.6 percent, and Ukraine producing 1.8 million mt": the rate read as a word)
_PART_JOIN = lazy(
    r"^(?:\s*+,[\s\w'’-]{0,30}?\bpct\b[\s\w'’-]{0,20}?(?=,|\s+and\b))?"
    r"[\s\w'’-]{0,40}?(?:,\s*and|,|\band|;)[\s\w'’-]{0,70}?\s*(?:about\s+)?$"
)
#: "61,002 units were made up of 54,498 ...": words that open the full list of a figure's parts
_MADE_UP_OF = lazy(
    r"(?i)^[^.;:\d]{0,30}?\b(?:(?:was|were|is|are)\s+)?(?:made\s+up\s+of|comprising|consisting\s+of|broken\s+down\s+into"
    r"|split\s+into)\s+[^.;:\d,]{0,30}$"
)
#: "(excluding pick-up trucks)": an aside in brackets, without figures, inside a part's words
_ASIDE = lazy(r"\([^()\d]{0,40}\)")
#: a whole named by its total in a sentence of its own: "total foodgrain production is estimated
#: at 291.95 million tonnes", "Total foodgrains output may drop by 1% to 281.37 million tonne"
_WHOLE_WORD = lazy(r"(?i)\b(?:total|overall|combined)\b")
#: between two parts of a whole stated in the sentence before or after: a clause each, joined
#: by "and", "while" or a comma, with no change or comparison of its own
_NEAR_PART_JOIN = lazy(r"(?i)^[^.;:\d%()]{0,90}?(?:,|\band\b|\bwhile\b|\bwhereas\b)[^.;:\d%()]{0,90}$")
_NOT_PART_JOIN = lazy(
    r"(?i)\b(?:against|compared|than|versus|vs|previous|earlier|ago|last|before)\b"
    # "from 142.2 million", "from $5 million": an older level; "from the kharif season": a source
    r"|\bfrom\s++(?:about\s+|around\s+|nearly\s+)?[\d$€£¥₹]"
)
#: parts written before their total in one sentence: "... 104.26 lakh tonne and 8.87 lakh tonne,
#: respectively, a total of 113.13 lakh tonne"
_TOTAL_AFTER_PARTS = lazy(
    r"(?i)^[^.;:\d%()]{0,30}?,\s*+(?:respectively\s*+,\s*+)?(?:for\s+|with\s+)?(?:a\s+(?:combined\s+)?total\s+of|in\s+total"
    r"|(?:together|combined)\s+(?:they\s+)?(?:make\s+up|came\s+to|amount\s+to|total)(?:\s+the)?)\s*+$"
)
_RESPECTIVELY = lazy(r"(?i)\brespectively\b")
#: "85.0% of the vote", "75.6% market share": a share of a whole it names, right after it
_SHARE_OF_NAMED = lazy(r"(?i)\s*+(?:of\s++(?:the|all)\s++[a-z]|(?:market\s++)?share\b)")
#: "the iPhone maker's share stood at 14.5%": a share named right before it
_SHARE_NAMED_BEFORE = lazy(r"(?i)\bshare\s++(?:stood\s++at|was|is|of|at|reached)\s++(?:about\s++)?$")
#: after the first share of a list, the whole it is of and a word that leads on to the next
#: ("of the vote in the April 2004 presidential election, followed by Ali Benflis (")
_WHOLE_AFTER_SHARE = lazy(
    r"(?i)^\s*+(?:of\s++the\s++|(?:market\s++)?share\b)[^.;:%]{0,80}?,\s*+(?:(?:followed\s+by|ahead\s+of|then)\s++)?"
    r"[^.;:\d%]{0,40}$"
)
#: "barley 1.88 MT, a little less than previous season's 1.92 MT": a level set against another
#: of its measure by a comparison word, after a comma (its period may stand before the comma); a multiplier between ("more than half
#: the") makes it no comparison of the two figures
_COMPARED_THAN = lazy(
    r"(?i)^(?:\s++[a-z]++){0,3}?\s*+,\s*+(?:a\s++)?(?:(?:little|bit|slightly|marginally|much|far|well|somewhat)\s++)?"
    r"(?:(?P<less>less|lower|fewer|smaller|below)|(?P<more>more|higher|greater|larger|bigger|above))"
    r"(?:\s++than)?\s++(?!(?:[\w'’-]++\s++){0,4}?(?:half|twice|double|triple|times|thirds?|quarters?|percent|per\s+cent)\b)"
    r"(?:[\w'’-]++\s++){0,4}?$"
)
#: the most parts one whole is read with ("a total of 40 seats: ..." lists a parliament's parties)
_MAX_PARTS = 16
_REMAINDER = lazy(r"(?i)\b(?:the\s+)?(?:remaining|rest|other|others)\b[^.;\d%]{0,12}$")
_BORN = lazy(r"(?i)\b(?:born|founded|established|built|opened|created)\s+in\s+(?P<year>1[6-9]\d\d|20\d\d)\b")
_AGE = lazy(r"(?i)\b(?:(?P<a>\d{1,3})-year-old|aged\s+(?P<b>\d{1,3})\b|(?P<c>\d{1,3})\s+years\s+old)")
_SPAN = lazy(
    r"(?i)\b(?:from|between)\s+(?P<y1>1[6-9]\d\d|20\d\d)\s+(?:to|and|until|through|-|–)\s+(?P<y2>1[6-9]\d\d|20\d\d)\b"
)
_DURATION = lazy(
    r"(?i)\b(?P<n>\d{1,3})[- ]year[- ](?:tenure|term|period|span|stint|career|run|reign|rule|war|gap|hiatus|presidency|premiership|mandate)\b"
    r"|\b(?:for|spanning|over|lasting)\s+(?P<m>\d{1,3})\s+years\b"
)
_YEARS_AGO = lazy(
    r"(?i)\b(?:in\s+)?(?P<year>1[6-9]\d\d|20\d\d)\s*,\s*(?:some\s+|about\s+|nearly\s+)?(?P<n>\d{1,3})\s+years\s+ago\b"
)


def _same_measure(old: Quantity, new: Quantity) -> tuple[Quantity, Quantity] | None:
    """Two values of one measure in one representation, or ``None``.

    A unit written once covers both ("from 6.78 million barrels to 12.76 million"), and so
    does a scale word ("from 4 to 5 million"); percentages are left out (points or percent?).
    """
    if "%" in (old.unit, new.unit):
        return None
    unit = old.unit or new.unit
    if old.unit and new.unit and old.unit != new.unit:
        return None
    scale_old, scale_new = old.scale, new.scale
    if scale_old == 1.0 and scale_new != 1.0 and old.value < 1000:
        scale_old = scale_new
    elif scale_new == 1.0 and scale_old != 1.0 and new.value < 1000:
        scale_new = scale_old
    if not unit and scale_old == 1.0 and scale_new == 1.0 and min(old.value, new.value) < 100:
        return None  # bare small numbers: counts of different things as often as one measure
    old = replace(old, value=old.value / old.scale * scale_old, unit=unit, scale=scale_old, is_year=False)
    new = replace(new, value=new.value / new.scale * scale_new, unit=unit, scale=scale_new, is_year=False)
    return (old, new) if old.value > 0 else None


def _content_words(text: str) -> set[str]:
    """Words of five letters or more, lower-cased, a plural "s" left off: what two sentences
    share when they speak of the same thing ("vehicles" and "vehicle")."""
    return {word.lower().removesuffix("s") for word in _LONG_WORD.findall(text)}


def _step_measure(step: Quantity, level: Quantity) -> bool:
    """An increment and a level of one measure: as :func:`_same_measure`, and also two bare
    counts however small, since an increment joined to its rate by "or" ("61 units or 38.4%")
    is the change of the level the sentence names, not a count of something else."""
    if _same_measure(step, level) is not None:
        return True
    return not step.unit and not level.unit and step.scale == level.scale == 1.0


def _values(prose: str, sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures a change can be read between: not a year or a day, and not the count of a
    multiplier ("an increase of 3.1 times")."""
    spans = [m.span() for m in _MULTIPLE.finditer(prose, sentence.start, sentence.end) if "times" in m.group()]
    return [
        q
        for q in found
        if not q.is_year
        and not any(a <= q.start < b for a, b in spans)
        and not (not q.unit and q.scale == 1 and _TIMES_AFTER.match(prose, q.end))
    ]


def _carried_shares(prose: str, found: list[Quantity], before: list[Quantity]) -> list[Quantity]:
    """The shares a list begins with in the sentence before: one or two, all of that sentence's
    figures, each of a whole it names ("won 85.0% of the vote", "the maker's share stood at
    14.5%"), when this sentence goes on with shares."""
    if (
        before
        and len(before) <= 2
        and all(q.unit == "%" for q in before)
        and any(q.unit == "%" for q in found)
        and all(
            _SHARE_OF_NAMED.match(prose, q.end) or _SHARE_NAMED_BEFORE.search(prose, max(0, q.start - 30), q.start)
            for q in before
        )
    ):
        return list(before)
    return []


def _interval(quantity: Quantity) -> tuple[float, float]:
    return quantity.value - quantity.resolution, quantity.value + quantity.resolution


def _later_period(left: str, right: str) -> bool:
    """The left column's header names a later period than the right one's: a later year ("2008"
    before "2007"), or in the same year a later month ("Sept-2024" before "Jun-2024")."""
    first, second = _HEADER_YEAR.search(left), _HEADER_YEAR.search(right)
    if first is None or second is None:
        first, second = _SHORT_YEAR.search(left), _SHORT_YEAR.search(right)
        return first is not None and second is not None and int(first.group(1)) > int(second.group(1))
    if first.group() != second.group():
        return int(first.group()) > int(second.group())
    months = [_HEADER_MONTH.search(text) for text in (left, right)]
    if months[0] is None or months[1] is None:
        return False
    return _MONTHS.index(months[0].group(1).lower()) > _MONTHS.index(months[1].group(1).lower())


def _value_columns(table, column: int, percent: list[bool]) -> tuple[int, int]:
    """The two value columns a change column compares: the two right before it, unless the one
    right before holds shares (cells in percent) while the change is one of levels; then the two
    nearest columns before it whose headers name the same measure for two periods ("1Q16
    Shipments | 1Q16 Share | 1Q15 Shipments | 1Q15 Share | Change"), within a few columns
    (``percent`` says, per column, whether its cells are in percent)."""
    default = (column - 2, column - 1)
    if column < 3 or not percent[column - 1]:
        return default
    seen: dict[str, int] = {}
    for index in range(column - 1, max(0, column - 7), -1):  # nearest first, a bounded look back
        if percent[index]:
            continue
        stem = " ".join(_PERIOD_WORD.sub(" ", table.header_text(index).lower()).split())
        if not stem or stem == table.header_text(index).lower().strip():
            continue  # a header naming no period cannot pair with another period's column
        if stem in seen:
            return index, seen[stem]
        seen[stem] = index
    return default


def _percent_cells(table, column: int) -> bool:
    """Most of the column's numeric cells carry a percent sign."""
    numbers = [q for row in table.body if (q := row.number(column)) is not None]
    return bool(numbers) and sum(q.unit == "%" for q in numbers) * 2 > len(numbers)


def _measured(quantity: Quantity) -> bool:
    """An amount with a unit or a scale ("$42.96 million", "262,611 tonnes"), or a count in the
    thousands written with a separator ("191,435"): not a clock time, a score or a day."""
    return bool(quantity.unit) or quantity.scale > 1 or (quantity.value >= 1000 and "," in quantity.text)


def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def _shown(value: float, like: Quantity) -> str:
    """A value in base units, written in the prefixed unit of ``like`` ("0.4 GW", not 400,000,000)."""
    if like.factor == 1.0:
        return _fmt(value)
    return f"{_fmt(value / like.factor)} {like.text.split()[-1]}"


def _as_written(value: float, like: Quantity) -> str:
    """A value in base units written the way ``like`` is ("1.98 MT", "$2.1 billion")."""
    number = _NUMBER_IN.search(like.text)
    if number is None:
        return _fmt(value)
    return f"{like.text[: number.start()]}{_fmt(value / like.scale)}{like.text[number.end() :]}"


class _Span(NamedTuple):
    """A stretch of the text read like a sentence: a clause after a semicolon."""

    start: int
    end: int


class ArithmeticMismatch(Rule):
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
    "12 per cent", "12pc", "3 million tonnes", "40 km", "1.2 million bbl/d",
    "264,800m3", Indian grouping "10,91,946", thousands grouped by spaces "8 507 000", a
    decimal comma before a percent sign or scale word "0,9 %"; metric prefixes folded, so
    "800 MW" and "1.2 GW" are one measure), so changes written newer-first
    ("to 5.2 million tonnes, compared to 4.1 million tonnes"), an increment
    stated with both values ("rose by 6,000 bbl/d to 9.964 million bbl/d,
    from 9.958 million") or as a gap ("At 33.5 MT, ... 2 MT higher than
    31.52 MT"), "-fold" and "N times" multipliers, listed shares of
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
    semicolon, a level said to be less (more) than another after a comma, parts a figure is "made up of", a newer level with the older in
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
    change before the colon, or each part's rate, read as words),
    are checked the same way; a ratio ("9 out of 10 of them"), shares pointing back ("78% of
    them"), a rate in another clause, alternatives joined by "or" and a bound ("more than 130")
    are not read as arithmetic; a sentence break inside a figure ("Rs. 41.14")
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
    tuning rounds 20-23 0.36, 0.25, 0.50 and 0.23 before their changes. Round 24, held out
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
        grouped = mentions.by_sentence(doc)
        # only sentences with two figures, or with an age or a span of years, can draw a finding
        worth = {index for index, found in grouped.items() if len(found) >= 2}
        worth |= mentions.sentences_with(doc, ("year", "aged"))
        sentences = mentions.joined_sentences(doc)
        prose = doc.prose
        for index in sorted(worth):
            sentence = sentences[index]
            found = grouped.get(index, [])
            if len(found) >= 2:
                yield from self._changes(prose, sentence, _values(prose, sentence, found))
                yield from self._totals(prose, found)
                yield from self._parts_then_total(prose, found)
                yield from self._compared_than(prose, found)
                before = grouped.get(index - 1, []) if index else []
                if before and "\n\n" in prose[before[-1].end : sentence.start]:
                    before = []  # the sentence before, in the same paragraph only
                yield from self._remainder_shares(prose, found, before)
                yield from self._listed_shares(prose, sentence, found, before)
                yield from self._bracketed_older(prose, sentence, found)
                yield from self._parts_with_shares(prose, sentence, found)
                yield from self._share_of(prose, found, before)
            yield from self._ages(doc, sentence)
        yield from self._rate_then_levels(prose, sentences, grouped)
        yield from self._totals_nearby(prose, sentences, grouped)
        yield from self._table_totals(doc)
        yield from self._conversions(prose, [q for found in grouped.values() for q in found])

    def _rate_then_levels(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """ "Sales fell 3.6 percent in 2019. Vehicles sold last year came to 1,914,357, down from
        1,984,992": a sentence whose one figure is a rate of change, and the next sentence of the
        same paragraph, on the same thing (a content word in common), giving the two levels, one
        marked as the older, and no rate of its own. The rate's sentence may give the newer
        level itself ("rose 120 percent to 33.3 million tonnes. Drought limited the crop to 15.2
        million tonnes last season."): the next sentence then gives the older one alone, marked
        by an earlier period. One look at each sentence and the next. A clause after a semicolon
        is read as the next sentence ("400.37 MT, up 5.4% on the year; it was 379.90 MT in the
        previous year"), at the first semicolon between the sentence's figures."""
        for index, found in grouped.items():
            if index + 1 < len(sentences):
                yield from self._rate_and_next(
                    prose, sentences[index], found, sentences[index + 1], grouped.get(index + 1, [])
                )
            cut = prose.find(";", found[0].end, found[-1].start)
            if cut != -1:
                sentence = sentences[index]
                yield from self._rate_and_next(
                    prose,
                    _Span(sentence.start, cut),
                    [q for q in found if q.end <= cut],
                    _Span(cut + 1, sentence.end),
                    [q for q in found if q.start > cut],
                    clause=True,
                )

    def _rate_and_next(
        self, prose: str, first, found: list[Quantity], second, following: list[Quantity], clause: bool = False
    ):
        """The reading of :meth:`_rate_then_levels` for one sentence (or clause) and the next; a
        clause after a semicolon speaks of the same thing ("...; it was 379.90 MT") without a word
        in common."""
        found = [q for q in found if not _DURATION_AFTER.match(prose, q.end)]  # "the first 11 months"
        rates = [q for q in found if q.unit == "%"]
        levels = [q for q in found if q.unit != "%"]
        if len(rates) != 1 or len(levels) > 1:
            return
        stated = rates[0]
        if _POINTS.match(prose, stated.end, stated.end + 20) or hedge_before(prose, stated.start) == "bound":
            return
        if len(following) != 2 - len(levels) or any(q.unit == "%" for q in following):
            return
        if "\n\n" in prose[first.start : second.start] or _CHANGE_WORD.search(prose, first.start, first.end) is None:
            return
        # no word in common ("The main crop is set for a 1.6% rise. Production of wheat ..."):
        # the two levels are still read as the rate's when they change the way its words say
        unnamed = not clause and not _content_words(prose[first.start : first.end]) & _content_words(
            prose[second.start : second.end]
        )
        if levels:
            if unnamed:
                return
            # the newer level beside the rate, the older one alone in the next sentence, of an
            # earlier period: "last season", "a year earlier", or a year named after a yearly change
            pair = _same_measure(following[0], levels[0])
            if pair is None or hedge_before(prose, levels[0].start) == "bound":
                return
            window = prose[max(second.start, following[0].start - 60) : min(second.end, following[0].end + 40)]
            older = _OLDER_PERIOD.search(window) or _OLD_MARKER.search(
                prose, max(second.start, following[0].start - 25), following[0].start
            )
            if older is None and not (
                _YEARLY.search(prose, first.start, first.end)
                and not _YEAR_IN.search(prose, first.start, first.end)
                and _YEAR_IN.search(prose, second.start, second.end)
            ):
                return
            yield from self._percent_change(prose, first, stated, pair[0], pair[1])
            return
        pair = _same_measure(following[0], following[1])
        if pair is None:
            return
        marked = [bool(_OLD_MARKER.search(prose, max(second.start, q.start - 25), q.start)) for q in following]
        if marked.count(True) != 1:
            return
        old, new = (pair[0], pair[1]) if marked[0] else (pair[1], pair[0])
        if unnamed:
            ways = {
                "up" if m.group("up") else "down"
                for text in (prose[first.start : first.end], prose[second.start : second.end])
                for m in _CHANGE_WORD.finditer(text)
            }
            if ways != {"up" if new.value > old.value else "down"}:
                return
        yield from self._percent_change(prose, first, stated, old, new)

    # -- percentage changes and multiples -----------------------------------

    def _from_to(self, prose: str, found: list[Quantity]):
        for left, right in pairwise(found):
            if not _FROM.search(prose[max(0, left.start - 30) : left.start]):
                continue
            if not _TO.match(prose[left.end : right.start]):
                continue
            pair = _same_measure(left, right)
            if pair is not None:
                yield pair

    def _changes(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        percents = [q for q in found if q.unit == "%" and not _POINTS.match(prose[q.end : q.end + 20])]
        paired = False
        for _ in (
            *self._from_to(prose, found),
            *self._new_then_old(prose, found),
            *self._by_to(prose, sentence, found, percents),
        ):
            paired = True
            break
        written = [*self._written_changes(prose, sentence, found, percents), *self._increments(prose, sentence, found)]
        yield from written
        step_rate = self._step_or_rate(prose, sentence, found, percents)
        if step_rate is not None:
            stated = step_rate[0]
            if not any(f.start == stated.start for f in written):  # one finding per stated rate
                yield from self._percent_change(prose, sentence, *step_rate)
            paired = True  # the level and the increment are not two levels of one change
        if not paired:
            yield from self._by_roles(prose, sentence, found, percents)
            yield from self._increment_and_rate(prose, sentence, found, percents)
        yield from self._step_than(prose, found)

    def _step_than(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """ "At 33.5 MT, ... 2 MT higher than 31.52 MT": a level, and the gap between it and an
        older value written as "N higher (lower, more, less) than" that value."""
        for index, (step, older) in enumerate(pairwise(found)):
            than = _STEP_THAN.match(prose[step.end : older.start])
            if than is None or step.unit == "%" or older.unit == "%" or step.is_year or older.is_year:
                continue
            levels = [q for q in found[:index] if q.unit != "%" and not q.is_year and _same_measure(q, older)]
            if len(levels) != 1 or hedge_before(prose, step.start) == "bound":
                continue
            pair = _same_measure(step, older)
            if pair is None:
                continue
            step, older = pair
            level = _same_measure(levels[0], older)[0]
            gap = level.value - older.value if than.group("up") else older.value - level.value
            slack = step.resolution + level.resolution + older.resolution + self.config["tolerance"] / 100 * step.value
            if abs(gap - step.value) > slack:
                yield self.finding(
                    step.start,
                    step.end,
                    f"{level.text} against {older.text} is a gap of {_as_written(gap, level)}, not {step.text}",
                    expected=gap / level.factor,
                )

    def _increment_and_rate(
        self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]
    ) -> Iterator[Finding]:
        """ "1.323 billion in 2017, some 84 million more than the previous year, a rise of 7
        percent": a level, the increment that led to it and the rate of change, one measure.
        The older level is the newer one less the increment (plus it, for a fall)."""
        if len(percents) != 1:
            return
        values = [q for q in found if q.unit != "%" and not q.is_year]
        steps = [
            q
            for q in values
            if _STEP_AFTER.match(prose[q.end : q.end + 20])
            or _STEP_BEFORE.search(prose[max(0, q.start - 25) : q.start])
        ]
        if len(steps) != 1:
            return
        step = steps[0]
        # the level: the one other value of the step's measure larger than the step
        levels = [
            pair for q in values if q is not step and (pair := _same_measure(step, q)) and pair[1].value > pair[0].value
        ]
        if len(levels) != 1:
            return
        step, level = levels[0]
        if hedge_before(prose, level.start) == "bound":
            return
        stated = percents[0]
        first, last = min(step.start, level.start, stated.start), max(step.end, level.end, stated.end)
        if ";" in prose[first:last]:
            return  # "...; or we cut processing times by 75%": a rate of another clause's measure
        change = _CHANGE_WORD.search(prose[max(sentence.start, stated.start - 40) : min(sentence.end, stated.end + 25)])
        if change is None:
            return
        sign = -1 if change.group("down") is not None or _STEP_DOWN.match(prose[step.end : step.end + 20]) else 1
        older = replace(
            level,
            value=level.value - sign * step.value,
            text=f"{level.text} {'less' if sign > 0 else 'plus'} {step.text}",
        )
        yield from self._percent_change(prose, sentence, stated, older, level)

    def _step_or_rate(
        self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]
    ) -> tuple[Quantity, Quantity, Quantity] | None:
        """ "fell by 1,407 units or 4.8% from 29,106", "a decline of 439 units or 0,9 %, to
        48,200": an increment and its rate joined by "or" (one change written two ways) and one
        level of the increment's measure, the older after "from" or the newer after "to". The
        other level is that one plus or less the increment: ``(stated rate, older, newer)``."""
        if len(percents) != 1:
            return None
        stated = percents[0]
        values = [q for q in found if q.unit != "%" and not q.is_year]
        steps = [
            q
            for q in values
            if q.end <= stated.start
            and _OR_RATE.match(prose, q.end, stated.start)
            and _STEP_OF.search(prose, max(sentence.start, q.start - 30), q.start)
        ]
        if len(steps) != 1:
            return None
        step = steps[0]
        change = _STEP_OF.search(prose, max(sentence.start, step.start - 30), step.start)
        sign = -1 if change.group("down") is not None else 1
        olds, news = [], []
        for q in values:
            if q is step or not _step_measure(step, q):
                continue
            before = prose[max(sentence.start, q.start - 30) : q.start]
            if _FROM.search(before):
                olds.append(q)
            elif _TO_LEVEL.search(before):
                news.append(q)
        if len(olds) == 1:
            old = olds[0]
            new = replace(
                old,
                value=old.value + sign * step.value,
                text=f"{old.text} {'plus' if sign > 0 else 'less'} {step.text}",
            )
        elif not olds and len(news) == 1:
            new = news[0]
            old = replace(
                new,
                value=new.value - sign * step.value,
                text=f"{new.text} {'less' if sign > 0 else 'plus'} {step.text}",
            )
        else:
            return None
        if old.value <= 0 or hedge_before(prose, step.start) == "bound":
            return None
        return stated, old, new

    def _by_roles(self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]) -> Iterator[Finding]:
        """Any other wording: two values of one measure, one marked as the older ("from",
        "against", "compared with", "over", "than", "versus" just before it), and one stated
        change in the sentence ("... rose 9.7 percent ... 308.7 million ... from 281.4 million")."""
        values = [q for q in found if q.unit != "%" and not q.is_year]
        if len(values) != 2:
            return
        pair = _same_measure(values[0], values[1])
        if pair is None:
            return
        marked = [
            bool(
                _OLD_MARKER.search(prose[max(sentence.start, q.start - 25) : q.start])
                or _OLD_IN_BRACKETS.search(prose[max(sentence.start, q.start - 60) : q.start])
                or _OLD_NAMED.search(prose[max(sentence.start, q.start - 60) : q.start])
                # "three times as much: 33.3 ..., after drought limited the crop to 15.2 million tonnes
                # last season": with a multiple, an earlier period right after the value marks it too
                or (not percents and _OLDER_PERIOD.match(prose, q.end, min(sentence.end, q.end + 30)))
            )
            for q in values
        ]
        if marked.count(True) != 1:
            return
        old, new = (pair[0], pair[1]) if marked[0] else (pair[1], pair[0])
        if any(_BOUND_BEFORE.search(prose, max(0, q.start - 20), q.start) for q in (old, new)):
            return  # "to almost 600 members from more than 130 agencies": a bound is no value to divide
        if len(percents) == 1:
            yield from self._percent_change(prose, sentence, percents[0], old, new)
        elif not percents:
            for multiple in _MULTIPLE.finditer(prose, sentence.start, sentence.end):
                yield from self._multiple(multiple, 0, old, new)

    def _written_changes(
        self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]
    ) -> Iterator[Finding]:
        for old, new in self._from_to(prose, found):
            tied = [
                q
                for q in percents
                if (q.end <= old.start and _BEFORE_FROM.match(prose[q.end : old.start]))
                or (q.start >= new.end and _AFTER_TO.match(prose[new.end : q.start]))
            ]
            if len(tied) == 1:
                yield from self._percent_change(prose, sentence, tied[0], old, new)
                continue
            if tied:
                continue
            lead_start = max(sentence.start, old.start - 50)
            before = [
                m
                for m in _MULTIPLE.finditer(prose, lead_start, old.start)
                if _BEFORE_FROM.match(prose[m.end() : old.start])
            ]
            after = [
                m
                for m in _MULTIPLE.finditer(prose, new.end, sentence.end)
                if _AFTER_TO.match(prose[new.end : m.start()])
            ]
            for multiple in before or after:
                yield from self._multiple(multiple, 0, old, new)
        yield from self._by_to(prose, sentence, found, percents)
        for new, old, stated in self._new_then_old(prose, found):
            if isinstance(stated, re.Match):
                yield from self._multiple(stated, new.end, old, new, between=True)
                continue
            others = (
                [stated] if stated is not None else [q for q in percents if q.end <= new.start or q.start >= old.end]
            )
            if len(others) == 1:
                yield from self._percent_change(prose, sentence, others[0], old, new)
                continue
            for multiple in _MULTIPLE.finditer(prose, sentence.start, sentence.end):
                yield from self._multiple(multiple, 0, old, new)

    def _by_to(self, prose: str, sentence, found: list[Quantity], percents: list[Quantity]) -> Iterator[Finding]:
        """ "increased by 340 TWh to 7,503 TWh, up 4.7%": the older value is the newer less the change."""
        for change, new in pairwise(found):
            if not _BY_BEFORE.search(prose[max(0, change.start - 20) : change.start]):
                continue
            if not _BY_TO.match(_PERIOD_PHRASE.sub(" ", prose[change.end : new.start])):
                continue
            pair = _same_measure(change, new)
            word = _CHANGE_WORD.search(prose[max(sentence.start, change.start - 40) : change.start])
            if pair is None or word is None:
                continue
            change, new = pair
            value = new.value - change.value if word.group("up") else new.value + change.value
            if value <= 0:
                continue
            # the implied value is as exact as the two it comes from: "3.46 million" less "289,000"
            # is good to 5,000, not to the half million the scale word alone would allow
            spread = 2 * (change.resolution + new.resolution) or 1.0
            implied = f"{_fmt(value / new.factor)} (implied)"  # in the unit as written ("7,163" TWh, not Wh)
            old = Quantity(change.start, change.end, implied, value, new.unit, 0, spread)
            # a percentage after the pair belongs to it only when joined to it ("..., up 4.7%"),
            # not when it opens a clause of its own ("... while revenue rose 10%")
            others = [
                q
                for q in percents
                if q.end <= change.start or (q.start >= new.end and _AFTER_TO.match(prose[new.end : q.start]))
            ]
            if len(others) == 1:
                yield from self._percent_change(prose, sentence, others[0], old, new)

    def _increments(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "rose by 6,000 bbl/d to 9.964 million bbl/d, from 9.958 million": an increment stated
        with both values it lies between, in either order, checked against their difference."""
        pairs = [*self._from_to(prose, found), *((old, new) for new, old, _ in self._new_then_old(prose, found))]
        if not pairs:
            return
        for index, change in enumerate(found):
            # "by N" before the pair, or ", up N" right after the newer value of a pair written newer first
            inside = index > 0 and _STEP_GAP.match(prose[found[index - 1].end : change.start]) is not None
            if not inside and not _BY_BEFORE.search(prose[max(0, change.start - 20) : change.start]):
                continue
            if not _CHANGE_WORD.search(prose[max(sentence.start, change.start - 40) : change.start]):
                continue
            for old, new in pairs:
                if change.start in (old.start, new.start):
                    continue
                if inside:
                    if new.start != found[index - 1].start or old.start < change.end:
                        continue
                else:
                    first = min(old.start, new.start)
                    if first < change.end or _CLAUSE_BREAK.search(prose[change.end : first]):
                        continue
                measure = _same_measure(change, new)
                if measure is None:
                    continue
                change = measure[0]
                actual = abs(new.value - old.value)
                slack = (
                    change.resolution
                    + old.resolution
                    + new.resolution
                    + self.config["tolerance"] / 100 * max(actual, change.value)
                )
                if abs(actual - change.value) > slack:
                    yield self.finding(
                        change.start,
                        change.end,
                        f"{old.text} to {new.text} is a change of {_shown(actual, new)}, not {change.text}",
                        expected=actual / new.factor,
                    )
                break

    def _new_then_old(self, prose: str, found: list[Quantity]):
        """The newer value written first: "to 8.44 million tonnes, compared to 7.95 million tonnes",
        "182,580 tonnes, an increase of 15.9 percent on the 157,530 tonnes". Yields
        ``(new, old, stated)`` with the percentage written between them, if any."""
        for index, new in enumerate(found):
            lead = prose[max(0, new.start - 30) : new.start]
            if _INCREMENT_BEFORE.search(lead) or _FROM.search(lead):
                continue  # an increment, or a value that is itself the older one ("from A in 2013 and compared with B")
            rest = found[index + 1 : index + 3]
            after = new.end  # where the text between the newer value and the rest of the change starts
            if rest and rest[0].unit != "%" and _STEP_GAP.match(prose[new.end : rest[0].start]):
                # "144.8 million tonnes, up 2.6 million tonnes, or 2%, from 142.2": the increment
                # between the newer value and the rest of the change (``_increments`` checks it)
                after = rest[0].end
                rest = found[index + 2 : index + 4]
            if not rest:
                continue
            stated = None
            old = rest[0]
            # a period between the two ("..., commissioned in 2019, ten times the 23 GW") is not a figure
            between = _PERIOD_PHRASE.sub(lambda m: " " * len(m.group()), prose[after : old.start])
            multiple = _MULTIPLE_BETWEEN.match(between)
            if multiple and (pair := _same_measure(old, new)) is not None:
                yield pair[1], pair[0], multiple
                continue
            if (
                old.unit == "%"
                and len(rest) == 2
                and _STATED_BETWEEN.match(_PERIOD_PHRASE.sub(" ", prose[after : old.start]))
            ):
                stated, old = old, rest[1]
                between = prose[stated.end : old.start]
            else:
                between = _PERIOD_PHRASE.sub(" ", prose[after : old.start])
            if not (
                _NEW_THEN_OLD.match(between)
                or (stated is not None and (_ON_OLD.match(between) or _PERIOD_THEN_LEVEL.match(between)))
            ):
                continue
            pair = _same_measure(old, new)
            if pair is not None:
                yield pair[1], pair[0], stated

    def _percent_change(
        self, prose: str, sentence, stated: Quantity, old: Quantity, new: Quantity
    ) -> Iterator[Finding]:
        window = prose[max(sentence.start, stated.start - 40) : min(sentence.end, stated.end + 25)]
        change = _CHANGE_WORD.search(window)
        if not change:
            return
        hedge = hedge_before(prose, stated.start)
        if hedge == "bound":
            return
        low_old, high_old = _interval(old)
        low_new, high_new = _interval(new)
        actual = (new.value - old.value) / old.value * 100
        extremes = [(b - a) / a * 100 for a in (low_old, high_old) for b in (low_new, high_new) if a > 0]
        magnitude = [abs(x) for x in extremes]
        slack = (
            stated.resolution
            + self.config["tolerance"] / 100 * abs(actual)
            + (0.1 if hedge is None else 0.1 * stated.value)
        )
        lowest = 0.0 if min(extremes) <= 0 <= max(extremes) else min(magnitude)
        if lowest - slack <= stated.value <= max(magnitude) + slack:
            direction_up = change.group("up") is not None
            if actual == 0 or direction_up == (actual > 0):
                return
            message = (
                f"'{stated.text}' is described as a{' rise' if direction_up else ' fall'}, but {old.text} to {new.text} is a "
                f"{'rise' if actual > 0 else 'fall'} of {abs(actual):.1f}%"
            )
        else:
            message = f"{old.text} to {new.text} is a change of {actual:+.1f}%, not {stated.text}"
        yield self.finding(stated.start, stated.end, message, expected=round(actual, 2))

    def _multiple(
        self, match: re.Match, offset: int, old: Quantity, new: Quantity, between: bool = False
    ) -> Iterator[Finding]:
        word = match.group("word").lower()
        if word.endswith("times"):
            count = word.split()[-2]
            factor = float(_FOLD_NUMBERS.get(count) or count)
        elif "fold" in word:
            count = re.match(r"two|three|four|five|six|seven|eight|nine|ten|\d+", word).group()
            factor = float(_FOLD_NUMBERS.get(count) or int(count))
            if re.search(r"decrease|fall|drop|decline|reduction", word):
                factor = 1 / factor
        else:
            factor = _FACTORS[word]
        ratio = new.value / old.value
        if factor < 1:  # "halved" is "doubled" read backwards
            factor, ratio = 1 / factor, old.value / new.value if new.value else float("inf")
        hedge = (match.group("hedge") or "").strip().lower()
        if hedge == "more than":
            low, high = factor * 0.97, float("inf")
        elif hedge in ("nearly", "almost"):
            low, high = factor * 0.75, factor * 1.05
        elif hedge:
            low, high = factor * 0.8, factor * 1.2
        else:
            low, high = factor * 0.9, factor * 1.1
        if low <= ratio <= high:
            return
        # between two values, the multiple itself ("ten times", "nearly double"), not the words before it
        start = (match.start("hedge") if match.group("hedge") else match.start("word")) if between else match.start()
        end = match.end("word") if between else match.end()
        yield self.finding(
            offset + start,
            offset + end,
            f"'{match.group()[start - match.start() : end - match.start()].strip()}' from {old.text} to"
            f" {new.text}: the values differ by a factor of {ratio:.2f}, "
            f"not about {factor:g}",
            expected=round(factor, 2),
        )

    def _bracketed_older(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "A reduction is expected in Russia, to 50 (52.1) million tons, and Australia, to 25.5
        (27) million tons": each newer level after "to" with the older one in brackets right
        after it, in a sentence whose change words all point one way; a level that moved the
        other way contradicts them. One look at each pair of neighbouring figures."""
        pairs = []
        for new, old in pairwise(found):
            if new.unit == "%" or old.unit == "%" or not _BRACKET_BETWEEN.match(prose, new.end, old.start):
                continue
            if not _CLOSE.match(prose, old.end) or not _TO_LEVEL.search(prose, max(0, new.start - 20), new.start):
                continue
            pair = _same_measure(old, new)
            if pair is None and not old.unit and not new.unit and old.scale == new.scale:
                pair = (old, new)  # "to 54 (52.1) million tons": the unit after the bracket is both levels'
            if pair is not None:
                pairs.append(pair)
        if not pairs:
            return
        directions = {bool(m.group("up")) for m in _CHANGE_WORD.finditer(prose, sentence.start, sentence.end)}
        if len(directions) != 1:
            return  # no change word, or words both ways ("fell in Russia ... rose in the EU")
        up = directions.pop()
        for old, new in pairs:
            if abs(new.value - old.value) <= old.resolution + new.resolution or (new.value > old.value) == up:
                continue
            yield self.finding(
                new.start,
                new.end,
                f"described as a {'rise' if up else 'fall'}, but {new.text} against {old.text} in brackets is a "
                f"{'fall' if up else 'rise'}",
            )

    # -- totals and shares ----------------------------------------------------

    def _totals(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        reported = set()
        for finding in self._totals_in(prose, found, found):
            reported.add(finding.start)
            yield finding
        amounts = [q for q in found if q.unit != "%"]
        if len(amounts) < len(found):
            # the amounts alone, each rate between them read as a word ("down 1% from a year
            # earlier:", "fell 11% to 4.9 million and ... rose 4% to", "down 6.2 percent from
            # August 2019, with ..."): a total with its change before its parts, and parts each
            # with their own change
            for finding in self._totals_in(prose, amounts, found):
                if finding.start not in reported:
                    yield finding

    def _totals_in(self, prose: str, found: list[Quantity], every: list[Quantity]) -> Iterator[Finding]:
        rates = [q for q in every if q.unit == "%"] if len(every) > len(found) else []
        starts = [q.start for q in rates]

        def gap(left: Quantity, right: Quantity) -> str:
            """The text between two amounts, each rate in it written as a word."""
            first = bisect_left(starts, left.end)
            last = bisect_left(starts, right.start)
            if first == last:
                return prose[left.end : right.start]
            pieces, at = [], left.end
            for rate in rates[first:last]:
                pieces += [prose[at : rate.start], "pct"]
                at = rate.end
            return "".join([*pieces, prose[at : right.start]])

        for index, total in enumerate(found[:-1]):
            before = prose[max(0, total.start - 40) : total.start]
            between = gap(total, found[index + 1])
            if _OUT_OF.match(between):
                continue  # "9 out of 10 of them": a ratio, its two figures no whole and part
            pointing = False
            if (_TOTAL_CUE.search(before) and _PARTS_CUE.match(between)) or _MADE_UP_OF.match(between):
                listed = True  # "a total of 40 seats: ...", "61,002 units were made up of ..." name every part
            elif (
                # two parts at least, below: no total word needed, but for a percentage ("81% test
                # coverage, with ... 94.8% for ImageState": rates of other wholes, not its parts)
                (_WITH_PARTS.match(_YEAR_IN.sub("year", between)) and (total.unit != "%" or _TOTAL_CUE.search(before)))
                or (_OF_TOTAL.search(before) and _OF_PARTS.match(_YEAR_IN.sub("year", between)))
                or _INCLUDING_PARTS.match(between)
                or (_measured(total) and len(between) <= 120 and _BREAKDOWN.match(_YEAR_IN.sub("year", between)))
            ):
                listed = False  # "..., with A at 8 and B at 4": perhaps only the main parts
            elif (
                _BEFORE_OF_THEM.match(between)
                and _OF_THEM.match(prose, found[index + 1].end)
                and not _OF_THEM.match(prose, total.end)  # a part pointing back is no whole itself
            ):
                listed = False  # "N of them": parts of the figure before, perhaps not all of them
                pointing = True  # each part points back; the first figure that does not ends the list
            else:
                continue
            parts = [found[index + 1]]
            # no copy of the rest per candidate whole, and a bounded run: a list longer than
            # _MAX_PARTS is a series of figures, not the parts of one whole, and each candidate
            # whole inside one long run would otherwise walk the rest of it again
            for following in range(index + 2, min(len(found), index + 2 + _MAX_PARTS)):
                previous, part = found[following - 1], found[following]
                if not _PART_JOIN.match(_ASIDE.sub(" ", gap(previous, part))):
                    break
                if pointing and not _OF_THEM.match(prose, part.end):
                    break
                parts.append(part)
            if len(parts) >= _MAX_PARTS:
                continue
            # one part is enough when it points back to its whole ("446,591 and 453,617 of them")
            pointed = _OF_THEM.match(prose, parts[0].end) is not None
            # "crude steel output totaled 9 million mt, ..., with the US producing 10.2 million mt":
            # one named member after "with", under a total word, cannot pass its whole
            member = (
                len(parts) == 1
                and not listed
                and not pointing
                and _TOTAL_CUE.search(before) is not None
                and (named := _WITH_MEMBER.search(between)) is not None
                and named.end() == len(between)
            )
            if pointing and any(p.unit == "%" for p in parts):
                continue  # "78% of them": a share of the group, not a count of its members to add up
            if len(parts) < (1 if pointed or member else 2) or any(p.unit != total.unit for p in parts):
                continue
            if total.unit == "%" and any(_OTHER_WHOLE.match(prose[p.end : p.end + 40]) for p in parts):
                continue  # "83% of voters, including 86% of Trump voters and 87% of ...": shares of other wholes
            if any(hedge_before(prose, q.start) for q in (total, *parts)):
                continue
            # a last part named as the rest ("the remaining parties 57") closes the list
            listed = listed or bool(_REMAINDER.search(prose[max(0, parts[-1].start - 30) : parts[-1].start]))
            expected = sum(p.value for p in parts)
            slack = sum(p.resolution for p in parts) + total.resolution
            if not listed and expected <= total.value + slack:
                continue  # parts short of the whole may leave some out; parts past it cannot be right
            if abs(expected - total.value) > slack and total.value > 0:
                listed = " + ".join(p.text for p in parts)
                message = (
                    f"the total {total.text} is less than its part {parts[0].text}"
                    if len(parts) == 1 and not pointed
                    else f"the total {total.text} does not match its listed parts ({listed} = {_shown(expected, total)})"
                )
                yield self.finding(total.start, total.end, message, expected=expected / total.factor)

    def _totals_nearby(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """A whole alone in its sentence under a total word ("total foodgrain production is
        estimated at 291.95 million tonnes"), its parts in the sentence after or before, in the
        same paragraph, on the same thing (a content word in common): two parts or more of the
        whole's measure, each smaller than it, joined by "and", "while" or a comma, with no
        comparison or earlier period in either sentence. They may leave some out; parts past the
        whole cannot be right. One look at each sentence and its two neighbours."""
        for index, found in grouped.items():
            amounts = [q for q in found if q.unit != "%" and not _DURATION_AFTER.match(prose, q.end)]
            if len(amounts) != 1:
                continue
            whole, sentence = amounts[0], sentences[index]
            if (
                not _WHOLE_WORD.search(prose, sentence.start, whole.start)
                or hedge_before(prose, whole.start)
                or _NOT_PART_JOIN.search(prose, sentence.start, sentence.end)
            ):
                continue
            for other in (index + 1, index - 1):
                near = grouped.get(other)
                if not near or len(near) > _MAX_PARTS or any(q.unit == "%" for q in near) or len(near) < 2:
                    continue
                neighbour = sentences[other]
                first, second = (sentence, neighbour) if other > index else (neighbour, sentence)
                if (
                    "\n\n" in prose[first.start : second.start]
                    or _NOT_PART_JOIN.search(prose, neighbour.start, neighbour.end)
                    or _RESPECTIVELY.search(prose, neighbour.start, neighbour.end)
                    or _CHANGE_WORD.search(prose, neighbour.start, neighbour.end)
                ):
                    continue
                pairs = [_same_measure(part, whole) for part in near]
                if any(pair is None or pair[0].value >= pair[1].value for pair in pairs):
                    continue
                if any(
                    not _NEAR_PART_JOIN.match(prose[left.end : right.start]) for left, right in pairwise(near)
                ) or any(hedge_before(prose, part.start) for part in near):
                    continue
                if not _content_words(prose[sentence.start : sentence.end]) & _content_words(
                    prose[neighbour.start : neighbour.end]
                ):
                    continue
                expected = sum(pair[0].value for pair in pairs)
                scaled = pairs[0][1]
                slack = sum(part.resolution for part in near) + whole.resolution
                if expected > scaled.value + slack:
                    listed = " + ".join(part.text for part in near)
                    where = "next" if other > index else "previous"
                    yield self.finding(
                        whole.start,
                        whole.end,
                        f"the total {whole.text} is less than its parts in the {where} sentence"
                        f" ({listed} = {_shown(expected, whole)})",
                        expected=expected / whole.factor,
                    )

    def _parts_then_total(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """Parts written before their total in one sentence ("... 104.26 lakh tonne and 8.87
        lakh tonne, respectively, a total of 113.13 lakh tonne"): the run of parts right before
        the total, read back at most _MAX_PARTS figures, so the walk stays linear."""
        amounts = [q for q in found if q.unit != "%"]
        for index in range(2, len(amounts)):
            total = amounts[index]
            if not _TOTAL_AFTER_PARTS.match(prose[amounts[index - 1].end : total.start]):
                continue
            parts = [amounts[index - 1]]
            at = index - 2
            while (
                at >= 0 and len(parts) < _MAX_PARTS and _PART_JOIN.match(prose[amounts[at].end : amounts[at + 1].start])
            ):
                parts.append(amounts[at])
                at -= 1
            if len(parts) < 2 or any(p.unit != total.unit or p.value >= total.value for p in parts):
                continue
            if any(hedge_before(prose, q.start) for q in (total, *parts)):
                continue
            if any(_NOT_PART_JOIN.search(prose, a.end, b.start) for a, b in pairwise([*reversed(parts), total])):
                continue
            parts.reverse()
            expected = sum(p.value for p in parts)
            slack = sum(p.resolution for p in parts) + total.resolution
            if abs(expected - total.value) > slack and total.value > 0:
                listed = " + ".join(p.text for p in parts)
                yield self.finding(
                    total.start,
                    total.end,
                    f"the total {total.text} does not match its listed parts ({listed} = {_shown(expected, total)})",
                    expected=expected / total.factor,
                )

    def _compared_than(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """ "barley 1.98 MT, a little less than previous season's 1.92 MT": a figure, a comma and
        a comparison word, then a figure of the same measure; the comparison must hold beyond
        rounding. One look at each pair of neighbouring figures."""
        for left, right in pairwise(found):
            said = _COMPARED_THAN.match(prose[left.end : right.start])
            if said is None or left.is_year or right.is_year:
                continue
            pair = _same_measure(left, right)
            if pair is None or hedge_before(prose, left.start):
                continue
            slack = left.resolution + right.resolution
            first, second = pair
            if (said.group("less") and first.value > second.value + slack) or (
                said.group("more") and first.value + slack < second.value
            ):
                word = said.group("less") or said.group("more")
                yield self.finding(
                    left.start,
                    right.end,
                    f"{left.text} is said to be {word} than {right.text}, but it is "
                    f"{'more' if said.group('less') else 'less'}",
                )

    def _remainder_shares(self, prose: str, found: list[Quantity], before: list[Quantity] = ()) -> Iterator[Finding]:
        shares = [q for q in found if q.unit == "%"]
        if len(shares) < 2:
            return
        last = shares[-1]
        if not _REMAINDER.search(prose[max(0, last.start - 30) : last.start]):
            return
        # "The governor won 61.2% of the vote. Her rival took 27.3%, ... and others 2.4%": the
        # list, and so the rest, begins in the sentence before
        shares = _carried_shares(prose, found, before) + shares
        if _TOTAL_CUE.search(prose[max(0, shares[0].start - 40) : shares[0].start]):
            return  # "the total was 12.97%, with ... and other renewables 4.24%": parts of a total, not of 100%
        if any(hedge_before(prose, q.start) for q in shares):
            return
        total = sum(q.value for q in shares)
        slack = sum(q.resolution for q in shares) + 0.5
        if abs(total - 100) > slack:
            yield self.finding(
                last.start,
                last.end,
                f"the shares {', '.join(q.text for q in shares)} add up to {_fmt(total)}%, not 100%; "
                f"the remainder would be {_fmt(100 - total + last.value)}%",
                expected=round(100 - total + last.value, 3),
            )

    def _share_of(self, prose: str, found: list[Quantity], before: list[Quantity] = ()) -> Iterator[Finding]:
        """ "Rs 11,300 crore, 24 per cent of its Rs 48,000 crore budget": a part, its share,
        and the whole it is a share of, all written, checked against each other. The whole may
        come first and be pointed back to ("exports were $33.6 billion; ... 19.6 billion USD,
        accounted for 58.2% of that", "... was 162.7 million tonnes. China's was 89.1 Mt, 54.8%
        of the world total"): the last larger value of the part's measure before it, in its
        sentence or the one before."""
        for index, (part, share) in enumerate(pairwise(found)):
            if share.unit != "%" or part.unit == "%":
                continue
            # a period after the part is not a figure ("169 million TEU in 2010, 30.1 percent of the ...")
            if not _SHARE_AFTER_PART.match(_PERIOD_PHRASE.sub(" ", prose[part.end : share.start])):
                continue
            whole = found[index + 2] if index + 2 < len(found) else None
            if whole is not None and whole.unit != "%" and _OF_WHOLE.match(prose[share.end : whole.start]):
                pass
            elif _OF_THAT.match(prose[share.end : share.end + 20]):
                earlier = [
                    # the sentence before: its last figures only, so a long one is not read again per share
                    q
                    for q in (*before[-12:], *found[:index])
                    if (m := _same_measure(part, q)) and m[1].value > m[0].value
                ]
                if not earlier:
                    continue
                whole = earlier[-1]
            elif _SHARE_NOUN.match(prose, share.end):
                # "... shipments worldwide of 342.0 million units. Samsung shipped 71.5 million
                # units, a 20.9 percent market share": the whole is the one larger figure of the
                # part's measure in the sentence before, and the part is its sentence's only one
                if any(q is not part and _same_measure(part, q) for q in found):
                    continue
                larger = [q for q in before[-12:] if (m := _same_measure(part, q)) and m[1].value > m[0].value]
                if len(larger) != 1:
                    continue
                whole = larger[0]
            else:
                continue
            pair = _same_measure(part, whole)
            hedges = (hedge_before(prose, part.start), hedge_before(prose, whole.start))
            if pair is None or "bound" in hedges:
                continue
            part, whole = pair
            # "About 2.1 million households, 21.6% of the 18.1 million": a hedged figure is read
            # within 5% of its value, not left out
            spread = [q.resolution + (0.05 * q.value if h else 0.0) for q, h in zip((part, whole), hedges, strict=True)]
            low = max(part.value - spread[0], 0) / (whole.value + spread[1]) * 100
            high = (part.value + spread[0]) / max(whole.value - spread[1], 1e-9) * 100
            hedge = hedge_before(prose, share.start)
            if hedge == "bound":
                continue
            slack = share.resolution + 0.1 + (0.05 * share.value if hedge else 0.0)
            if low - slack <= share.value <= high + slack:
                continue
            actual = part.value / whole.value * 100
            yield self.finding(
                share.start,
                share.end,
                f"{part.text} of {whole.text} is {actual:.1f}%, not {share.text}",
                expected=round(actual, 2),
            )

    def _conversions(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """Amounts given with their value in another currency in brackets ("45.6 billion US
        dollars (£27.2bn)") imply an exchange rate; one text uses one rate, within a margin.
        With three or more conversions between the same two currencies, one whose rate is five
        times off the others' median or more has lost or gained a scale word ("(£26 million)"
        for 43.6 billion dollars); two that far apart are reported together, as either may be
        the wrong one."""
        rates: dict[tuple[str, str], list[tuple[float, Quantity, Quantity]]] = {}
        ordered = sorted(found, key=lambda q: q.start)
        for amount, converted in pairwise(ordered):
            units = (amount.unit, converted.unit)
            if not all(len(unit) == 3 and unit.isupper() for unit in units) or units[0] == units[1]:
                continue
            if amount.value <= 0 or converted.value <= 0:
                continue
            if not _CONVERTED.match(prose[amount.end : converted.start]) or not _CLOSE.match(prose[converted.end :]):
                continue
            if units in rates or (units[1], units[0]) not in rates:
                rates.setdefault(units, []).append((converted.value / amount.value, amount, converted))
            else:
                rates[(units[1], units[0])].append((amount.value / converted.value, converted, amount))
        for (base, other), seen in rates.items():
            if len(seen) == 2:
                (first, amount, converted), (second, _, later) = seen
                if max(first / second, second / first) >= 5:
                    yield self.finding(
                        amount.start,
                        later.end,
                        f"the two conversions disagree: {amount.text} ({converted.text}) makes 1 {base} ="
                        f" {first:.4g} {other}, the later one {second:.4g} {other}",
                        expected=second,
                    )
                continue
            median = sorted(rate for rate, _, _ in seen)[len(seen) // 2]
            for rate, amount, converted in seen:
                if max(rate / median, median / rate) < 5:
                    continue
                yield self.finding(
                    min(amount.start, converted.start),
                    max(amount.end, converted.end),
                    f"{amount.text} ({converted.text}) makes 1 {base} = {rate:.4g} {other};"
                    f" the text's other conversions make it {median:.4g} {other}",
                    expected=amount.value * median,
                )

    def _parts_with_shares(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "9,566 or 33.9% were new and 18,691 or 66.1% were used": two or more parts of one
        measure, each joined by "or" to its share of one whole. Each part over its share gives the
        whole; they must agree up to the rounding of the figures. A part after "by" or "a rise of"
        is an increment with its rate, not a part (see :meth:`_step_or_rate`)."""
        pairs = []
        for part, share in pairwise(found):
            if share.unit != "%" or part.unit == "%" or part.is_year or share.value <= 0:
                continue
            if _OR_RATE.match(prose, part.end, share.start) and not _STEP_OF.search(
                prose, max(sentence.start, part.start - 30), part.start
            ):
                pairs.append((part, share))
        if len(pairs) < 2:
            return
        base = pairs[0][0]
        if any(_same_measure(base, part) is None and part.unit != base.unit for part, _ in pairs[1:]):
            return
        wholes = []
        for part, share in pairs:
            low_part, high_part = _interval(part)
            low_share, high_share = _interval(share)
            wholes.append((low_part / high_share * 100, high_part / max(low_share, 1e-9) * 100))
        low = max(w[0] for w in wholes)
        high = min(w[1] for w in wholes)
        if low <= high * (1 + self.config["tolerance"] / 100):
            return
        (first_part, first_share), (part, share) = pairs[0], pairs[-1]
        whole = first_part.value / first_share.value * 100
        expected = part.value / whole * 100
        yield self.finding(
            share.start,
            share.end,
            f"{part.text} or {share.text} and {first_part.text} or {first_share.text} are shares of different"
            f" wholes ({part.value / share.value * 100:,.0f} against {whole:,.0f}): with the first, {part.text}"
            f" would be {expected:.1f}%",
            expected=round(expected, 2),
        )

    def _listed_shares(
        self, prose: str, sentence, found: list[Quantity], before: list[Quantity] = ()
    ) -> Iterator[Finding]:
        """A list of three or more shares of one whole ("60% ..., 35% ... and 15% ...") adding past 100%.

        The list may begin in the sentence before, of the same paragraph, when that sentence's
        figures are all shares of a named whole ("won 85.0% of the vote. B took 6.4%, C 5.0% ...")
        and this sentence's figures are all shares. A hedged share ("about 85%") is read within 5%
        of its value; the whole named after the first share ("of the vote in the April 2004
        election, followed by") may stand between it and the next."""
        carried = _carried_shares(prose, found, before)
        shares = [q for q in found if q.unit == "%"]
        if len(shares) + len(carried) < 3 or len(shares) != len(
            [q for q in found if q.unit == "%" or q.start > shares[0].start]
        ):
            return
        # "one of the 25% sets": a share naming a thing already named, not a part of the whole
        shares = [
            q
            for q in shares
            if not (_ARTICLE_BEFORE.search(prose, max(0, q.start - 5), q.start) and _NOUN_AFTER.match(prose, q.end))
        ]
        if len(shares) + len(carried) < 3:
            return
        if any(_SHARE_IS_CHANGE.search(prose[max(0, q.start - 25) : q.start]) for q in carried):
            return
        if any(_SHARE_IS_CHANGE.search(prose[max(sentence.start, q.start - 25) : q.start]) for q in shares):
            return  # "rose 5%": a change, not a share (a level reached, "fell to 36.4%", still is one)
        if _REMAINDER.search(prose[max(0, shares[-1].start - 30) : shares[-1].start]):
            return
        # "GM 19.1%, down from 25.6% a year earlier; Ford 17.3%, down from 18.4%; ...": each
        # share with its older level after "from"; the current shares are the list
        older = [q for q in shares if _FROM.search(prose[max(0, q.start - 30) : q.start])]
        current = [q for q in shares if q not in older]
        if older and len(current) >= 3 and len(older) >= len(current) - 1:
            joins = [prose[a.end : b.start] for a, b in pairwise(current)]
            if not all(sum(1 for q in older if a.end < q.start < b.start) == 1 for a, b in pairwise(current)):
                return
            joins = [_PAIR_JOIN.sub(", ", j) for j in joins]
            shares = current
        elif carried:
            # the sentence break between the carried shares and this sentence's is a join
            joins = [prose[a.end : b.start] for a, b in pairwise(carried)] + [", "]
            joins += [prose[a.end : b.start] for a, b in pairwise(shares)]
            shares = carried + shares
        else:
            joins = [prose[a.end : b.start] for a, b in pairwise(shares)]
        if joins and _WHOLE_AFTER_SHARE.match(joins[0]):
            joins[0] = ", "  # "about 85% of the vote in the April 2004 election, followed by"
        if not all(_SHARE_JOIN.match(j) and ("," in j or " and " in f" {j} ") for j in joins):
            return
        if any(_ALTERNATIVE.search(j) for j in joins):
            return  # "60 percent, two-thirds (67 percent), or three-quarters (75 percent)": choices, not parts
        if sum(1 for q in shares if _OTHER_WHOLE.match(prose[q.end : q.end + 20])) >= 2:
            return  # "86% of Trump voters and 87% of Biden voters": shares of different wholes
        hedges = [hedge_before(prose, q.start) for q in shares]
        if "bound" in hedges or any(q.value >= 100 for q in shares):
            return
        total = sum(q.value for q in shares)
        slack = sum(q.resolution + (0.05 * q.value if h else 0.0) for q, h in zip(shares, hedges, strict=True)) + 1.0
        if total - max(q.value for q in shares) > 100 + slack:
            # no one wrong figure explains it: the others alone pass the whole, so the shares
            # overlap ("reaching 73.6% of the app audience, followed by YouTube (52.1%), Google
            # Play (52.1%) ..."): each is a share of people reached, not a slice of one whole
            return
        if total > 100 + slack:
            yield self.finding(
                shares[0].start,
                shares[-1].end,
                f"the shares {', '.join(q.text for q in shares)} add up to {_fmt(total)}%, more than the whole",
                expected=100,
            )

    def _table_totals(self, doc) -> Iterator[Finding]:
        # "Percent changes are based on the daily sales rate": the text says its change
        # columns are not the change of the values shown
        other_basis = _CHANGE_BASIS.search(doc.prose) is not None
        for table in tables.tables(doc):
            yield from self._table_total(table)
            yield from self._table_shares(table)
            if not other_basis:
                yield from self._table_changes(table)

    def _table_changes(self, table) -> Iterator[Finding]:
        """A change column ("Change", "% chg") against the two value columns right before it,
        or, when only one value column precedes it (periods as rows), against the row above."""
        percent: list[bool] | None = None
        for column in range(1, table.width):
            if not _CHANGE_HEADER.search(table.header_text(column)):
                continue
            if percent is None:  # once per table, and only for a table with a change column
                percent = [_percent_cells(table, index) for index in range(table.width)]
            # the unit model: a header that carries the percent sign gives it to the bare cells below
            percent_column = _PERCENT_HEADER.search(table.header_text(column)) is not None
            left, right = _value_columns(table, column, percent)
            across = left >= 1 and any((q := row.number(left)) is not None and not q.is_year for row in table.body)
            # columns headed by periods ("August 2008 | August 2007") say which is the newer
            newer_first = across and _later_period(table.header_text(left), table.header_text(right))
            previous = None
            for row in table.body:
                stated, new = row.number(column), row.number(right)
                if new is not None and new.is_year:
                    new = None  # the column before is the period, not a value
                if across:
                    old = row.number(left)
                    if newer_first:
                        old, new = new, old
                elif _PERIOD_LABEL.search(row.label):
                    old, previous = previous, new
                else:
                    # rows that are not periods (terminals, products) are no series: the row
                    # above is another thing, not an earlier value of this one
                    old, previous = None, None
                self_old = old
                old = self_old
                if stated is None or old is None or new is None:
                    continue
                if stated.unit != "%" and not (percent_column and stated.unit == ""):
                    continue
                if old.unit != new.unit or old.unit == "%" or old.value <= 0:
                    continue
                actual = (new.value - old.value) / old.value * 100
                signed = row.text[max(0, stated.start - 1) : stated.start] in ("-", "−", "+")
                value = (
                    -stated.value if row.text[max(0, stated.start - 1) : stated.start] in ("-", "−") else stated.value
                )
                low = min((b - a) / a * 100 for a in _interval(old) for b in _interval(new) if a > 0)
                high = max((b - a) / a * 100 for a in _interval(old) for b in _interval(new) if a > 0)
                slack = stated.resolution + self.config["tolerance"] / 100 * abs(actual) + 0.1
                if signed and low - slack <= value <= high + slack:
                    continue
                if not signed and min(abs(low), abs(high)) - slack <= value <= max(abs(low), abs(high)) + slack:
                    continue
                yield self.finding(
                    stated.start,
                    stated.end,
                    f"the change column gives {stated.text} for '{row.label}', but {old.text} to {new.text} is "
                    f"{actual:+.1f}%",
                    expected=round(actual, 2),
                )

    def _table_total(self, table) -> Iterator[Finding]:
        # the first Total row adds the rows above it; rows after it (a subtotal's remainder,
        # "Non-partisans" below "Total votes for parties") are outside its sum
        index = next((i for i, row in enumerate(table.body) if tables.is_total_label(row.label)), None)
        if index is None:
            return
        total_row = table.body[index]
        parts = table.body[:index]
        if len(parts) < 2:
            return
        for column in range(1, table.width):
            total = total_row.number(column)
            values = [row.number(column) for row in parts]
            if total is None or any(v is None for v in values):
                continue
            if total.unit == "%" and "share" not in table.header_text(column).lower():
                continue
            expected = sum(v.value for v in values)
            slack = sum(v.resolution for v in values) + total.resolution  # rounding only: totals are exact sums
            if abs(expected - total.value) > slack:
                yield self.finding(
                    total.start,
                    total.end,
                    f"the Total row gives {total.text} for '{table.header_text(column)}', but its rows add up to "
                    f"{_shown(expected, total)}",
                    expected=expected / total.factor,
                )

    def _table_shares(self, table) -> Iterator[Finding]:
        for column in range(1, table.width):
            header = table.header_text(column).lower()
            if not re.search(r"\bshare|proportion|breakdown|of\s+total|distribution|composition", header):
                continue
            rows = [row for row in table.body if not tables.is_total_label(row.label)]
            values = [row.number(column) for row in rows]
            if len(values) < 2 or any(v is None or v.unit not in ("%", "") for v in values):
                continue
            if not any(v.unit == "%" for v in values) and "%" not in header and "percent" not in header:
                continue
            total = sum(v.value for v in values)
            slack = sum(v.resolution for v in values) + 0.5
            if abs(total - 100) > slack and total > 50:
                yield self.finding(
                    values[0].start,
                    values[-1].end,
                    f"the shares in '{table.header_text(column)}' add up to {_fmt(total)}%, not 100%",
                    expected=100,
                )

    # -- ages and durations -------------------------------------------------

    def _ages(self, doc, sentence) -> Iterator[Finding]:
        text = sentence.text
        if "year" not in text and "aged" not in text:
            return
        published = None
        born = _BORN.search(text)
        age = _AGE.search(text) if born else None
        if born and age:
            published = doc.publication_date
            if published is not None:
                stated = int(age.group("a") or age.group("b") or age.group("c"))
                expected = published.year - int(born.group("year"))
                if stated not in (expected - 1, expected):
                    yield self.finding(
                        sentence.start + age.start(),
                        sentence.start + age.end(),
                        f"'{age.group()}' does not fit '{born.group()}': in {published.year} that is "
                        f"{expected - 1} or {expected}",
                        expected=expected,
                    )
        span = _SPAN.search(text)
        duration = _DURATION.search(text) if span else None
        if span and duration:
            stated = int(duration.group("n") or duration.group("m"))
            years = int(span.group("y2")) - int(span.group("y1"))
            if years > 0 and stated not in (years - 1, years, years + 1):
                yield self.finding(
                    sentence.start + duration.start(),
                    sentence.start + duration.end(),
                    f"'{duration.group()}' does not fit '{span.group()}', which spans {years} years",
                    expected=years,
                )
        ago = _YEARS_AGO.search(text)
        if ago:
            published = published or doc.publication_date
            if published is not None:
                stated = int(ago.group("n"))
                expected = published.year - int(ago.group("year"))
                if abs(stated - expected) > 1:
                    yield self.finding(
                        sentence.start + ago.start(),
                        sentence.start + ago.end(),
                        f"'{ago.group()}': from the publication year {published.year} that is {expected} years ago",
                        expected=expected,
                    )
