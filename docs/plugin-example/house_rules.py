"""An example rule plugin: one rule, its YAML cases, and the test that runs them.

Install it beside scrapelint (``pip install -e .`` here) and ``scrapelint rules`` lists HR001;
test it with ``pip install scrapelint[testing]`` and ``pytest``.
"""

import re

from scrapelint import Family, Fix, Rule, hookimpl

TRACKING_CODE = re.compile(r" ?\[TRK-\d+\]")


class TrackingCode(Rule):
    """Flags newsroom tracking codes left in the text.

    ## What it does
    Finds codes such as `[TRK-1234]` that the newsroom's tools put in drafts.

    ## Why it matters
    They are internal markers that readers and models should never see.

    ## Example
    `Prices rose [TRK-1234] sharply.`

    ## Use instead
    `Prices rose sharply.`

    ## Fix safety
    Safe: the fix deletes the code and the space before it; no word of the text changes.

    ## Options
    None.
    """

    code = "HR001"
    name = "tracking-code"
    fixable = "safe"

    def check(self, doc):
        for match in TRACKING_CODE.finditer(doc.prose):
            yield self.finding(
                match.start(),
                match.end(),
                "tracking code left in the text",
                fix=Fix.replace(match.start(), match.end(), ""),
            )


@hookimpl
def scrapelint_rules():
    return [TrackingCode]


@hookimpl
def scrapelint_families():
    # the family's title shows in reports; its weight counts in the document score
    return [Family("HR", "house rules", weight=1.0)]
