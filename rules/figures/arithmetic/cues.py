"""The words around a figure that give it a role: older or newer level, change, increment, whole or part."""

from __future__ import annotations

from scrapelint.text.lazy import lazy

INCREASE = r"spiked?|advanced|rebounded|rose|rise|rising|risen|increased?|increasing|grew|grow|grown|growth|growing|jumped|jump|climbed|climb|surged|surge|gain(?:ed|s)?|up|higher|more|soared|boost(?:ed)?"

DECREASE = r"slipped|slip|dipped|eased|tumbled|sank|fell|fall|falling|fallen|dropped|drop|declined?|declining|decreased?|decreasing|slid|slump(?:ed)?|plunged?|down|lower|less|fewer|shrank|shrunk|cut|lost|loss|reduction|reduced"

CHANGE_WORD = lazy(rf"(?i)\b(?:(?P<up>{INCREASE})|(?P<down>{DECREASE}))\b")

# "increased by 340 TWh to 7,503 TWh": the change and the newer value, the older one implied
# what comes right before the older of two values
OLD_MARKER = lazy(
    r"(?i)\b(?:from|against|(?:compared?|compares|in\s+comparison)\s+(?:to|with)|over|versus|vs\.?|than|since|on)\s+"
    r"(?:the\s+|that\s+of\s+(?:the\s+)?)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$"
    # a comparison may name what it compares before the value: "against the exports of", "compared
    # to worth" (a short noun phrase, lower case, no figure)
    r"|\b(?:against|(?:compared|in\s++comparison)\s++(?:to|with)|versus)\s++(?:[a-z][a-z'’-]*+\s++){1,3}?(?:of\s++)?$"
    # "higher than the previous record production of 106.65 mt": after "than", the noun phrase
    # must end in "of" (a few lower-case words), so "than expected 5" names no older value
    r"|\bthan\s++(?:[a-z][a-z'’-]*+\s++){1,4}?of\s++(?:about\s++|around\s++|some\s++|nearly\s++)?$"
    # "over the previous year, when 7.5MW were installed": an earlier period, then the level it had
    r"|\b(?:previous|prior|preceding|last)\s++(?:year|season|month|quarter|week)\s*+,?\s*+when\s++"
    r"(?:about\s++|around\s++|some\s++|nearly\s++|just\s++|only\s++)?$"
    # "from a total of just 4,268": the older value named as a level before it
    r"|\bfrom\s++(?:a|the|its|their)\s++(?:total|level|count|figure|tally|number|high|low|peak)\s++of\s++"
    r"(?:just\s++|only\s++|about\s++|around\s++|some\s++|nearly\s++)?$"
)

#: Between an increment and its rate: the same change written two ways ("1,407 units or 4.8%")
OR_RATE = lazy(r"(?i)[^\d.;:%()]{0,20}?\bor\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$")

#: A rate written first and its increment after "or": "fall by 1.5 percent, or 8 million tonnes"
RATE_OR = lazy(r"(?i)^\s*+,?\s*+or\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$")

#: An increment's rate in brackets right after it: "grew by 500 (5.3%)", "(5.3% increase)"
RATE_IN_BRACKETS = lazy(r"^\s*+\(\s*+(?:about\s++|some\s++|nearly\s++|almost\s++)?$")
RATE_BRACKET_CLOSE = lazy(
    r"(?i)\s*+(?:(?:increase|rise|gain|growth|jump|decrease|decline|drop|fall|reduction|loss)\s*+)?\)"
)

#: Before an increment: "fell by", "a decline of", "up by" (the change word gives its direction)
STEP_OF = lazy(
    rf"(?i)\b(?:(?P<up>{INCREASE})|(?P<down>{DECREASE}))\s++(?:of|by)\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
)

#: Right before an increment with no "by": a finite change verb ("rose 23,000 or 1 percent");
#: read so only when "or" and a rate follow, as a verb before a rate alone ("rose 3%") is common
STEP_VERB = lazy(
    r"(?i)\b(?:(?P<up>rose|increased|grew|gained|jumped|climbed|added|advanced|surged|soared|up)"
    r"|(?P<down>fell|decreased|declined|dropped|lost|shed|slipped|dipped|slid|eased|shrank|down))\s++"
    r"(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
)

#: A rate taken on another basis than the levels written beside it: "up 5% at constant
#: currency", "like-for-like sales rose 3%", "organic growth of 4%", "6% in real terms"
OTHER_BASIS = lazy(
    r"(?i)\b(?:constant[\s-]+(?:currenc(?:y|ies)|exchange\s+rates?|fx)|CER|like[\s-]for[\s-]like|LFL"
    r"|organic(?:ally)?|in\s+real\s+terms|inflation[\s-]adjusted|pro[\s-]forma)\b"
)

#: Before a newer level: "to", "reaching"
TO_LEVEL = lazy(r"(?i)\b(?:to|reaching|at)\s++(?:about\s++|some\s++|a\s++record\s++)?$")

BY_BEFORE = lazy(r"(?i)\bby\s+(?:about\s+|around\s+|some\s+)?$")

#: "144.8 million tonnes, up 2.6 million tonnes, ...": an increment right after the newer value
STEP_GAP = lazy(r"(?i)^\s*+,\s*+(?:up|down)\s++(?:by\s++)?(?:about\s+|around\s+|some\s+|nearly\s+)?$")

# "in June", "in 2020-21", "in April 2015", "a year earlier": a period between two figures
PERIOD_PHRASE = lazy(
    r"(?i)\b(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+)?(?-i:[A-Z][a-z]{2,8}\s+)?"
    r"(?:(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?|(?-i:[A-Z][a-z]{2,8})|quarter|half|month|year|fiscal)\b"
    # "by Nov. 7", "as of March 31, 2024": a date between two figures
    r"|\b(?:by|on|as\s+of|through|until)\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b(?:,\s*(?:19|20)\d\d\b)?"
)

OTHER_WHOLE = lazy(r"(?i)^\s*of\s+(?!the\s+(?:total|whole|sample|respondents))")

FROM = lazy(r"(?i)\bfrom\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")

POINTS = lazy(r"(?i)^\s*(?:percentage\s+)?points?\b")

#: "the first 11 months", "over 12 weeks": a count of a period's length, not a figure (matched at its end)
DURATION_AFTER = lazy(r"(?i)\s++(?:months|weeks|days|quarters|years)\b")

#: an earlier period named beside a level: "last season", "a year earlier", "the previous year"
OLDER_PERIOD = lazy(
    r"(?i)\s*+,?\s*+(?:in\s+|during\s+|over\s+)?(?:(?:the\s+)?\b(?:previous|prior|preceding)\s+"
    r"(?:year|season|month|quarter|week|fiscal|financial\s+year|campaign)\b|\blast\s+season\b"
    r"|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+(?:year|season|month|quarter|week)\s+(?:before|prior|earlier)\b)"
)

TOTAL_CUE = lazy(
    r"(?i)\b(?:a\s+total\s+of|in\s+total|totall?ing|total(?:led|ed)?(?:\s+of)?)\b[^.;:]{0,20}$|\btotal\b[^.;:]{0,10}$"
    # "Total generation in 2021 stood at ...": a total as the subject, its verb right before the figure
    r"|\btotal\s++[a-z]++(?:\s++[a-z]++)?(?:\s++in\s++(?:19|20)\d\d)?\s++"
    r"(?:stood\s+at|was|were|reached|came\s+to|amounted\s+to)\s*+$"
)

YEAR_IN = lazy(r"\b(?:19|20)\d\d\b")

CLOSE = lazy(r"\s*+\)")

REMAINDER = lazy(r"(?i)\b(?:the\s+)?(?:remaining|rest|other|others|balance)\b[^.;\d%]{0,12}$")

#: "a net increase of 9 000 employees", "rose by 6,000 bbl/d", "at 144.8 million tonnes, up 2.6
#: million tonnes, or 2%": an increment, never a newer level
INCREMENT_BEFORE = lazy(
    r"(?i)(?:\b(?:(?:increase|rise|gain|jump|growth|drop|fall|decline|decrease|loss)\s+of|by)|,\s*+(?:up|down))\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)

#: A sentence whose subject points back to the sentence before ("This was a decrease of ...")
POINTS_BACK = lazy(r"(?i)\W*+(?:this|that|it)\s++(?:was|is|marks?|marked|represents?|represented|compares|compared)\b")

#: "..., or 787 fewer students": the same change written as a difference after the levels
OR_DIFFERENCE = lazy(r"(?i),\s*+or\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$")
DIFFERENCE_AFTER = lazy(r"(?i)\s*+(?:more|fewer|less)\b")

#: Right after a rate: its change is against the period just before ("0.5% month-on-month"), not
#: against a level of a year before
SEQUENTIAL = lazy(
    r"(?i)\s*+(?:(?:month|quarter|week)[\s-]++(?:on|over)[\s-]++(?:month|quarter|week)|m/m|mom|q/q|qoq|w/w"
    r"|sequentially|from\s++the\s++previous\s++(?:month|quarter|week))\b"
)

#: A change column's header; "%±" is how population tables head theirs (a "±" or "+/-" alone
#: also heads a margin of error)
CHANGE_HEADER = lazy(
    r"(?i)\b(?:change|chg|growth|y/y|yoy|year[\s-]+(?:on|over)[\s-]+year|increase|decrease|var(?:iation)?)\b|%\s*+±|±\s*+%"
)

#: A header that gives its column the percent unit: "% Var", "Var (%)", "Change, percent"
PERCENT_HEADER = lazy(r"%|(?i:\bper\s?cent\b)")
