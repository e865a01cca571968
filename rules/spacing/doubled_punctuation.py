"""SP005: a doubled comma, full stop, semicolon or colon (",," ".." ",." ";;").

Code and ranges double these marks on purpose (``::``, ``HEAD~3..HEAD``, ``1..10``): the tests
that tell them apart live here with the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules._tokens import protected
from scrapelint.rules.spacing.code_names import TOKEN_REACH, code_name, read_token
from scrapelint.rules.spacing.shared import FUNCTION_WORD_SET

#: The pair first (a fast scan from mark to mark), then the character before it.
DOUBLED = re.compile(r"(,,|;;|::|\.\.|,\.|;,|,;)(?<![.,;:!?…]..)(?![.,;:!?])")


class DoubledPunctuation(Rule):
    """A doubled comma, full stop, semicolon or colon (",," ".." ",." ";;").

    ## What it does
    Flags two punctuation marks where one belongs. An ellipsis ("..." or "…"), "?!"
    and "!!" are left alone, as are paths like "../", namespaces in code
    (Puppet::Type, std::vector, also after a bracket or a glob: [T]::len, {integer}::abs,
    Atomic*::as_ptr, Option::<T>), a namespace named in prose ("the cargo:: namespace"),
    ranges of revisions (master..experiment), a pair that is the whole of a bracket pair
    (Rust's "use<..>", a cut quotation's "[..]", Haskell's "(::)", C's "for(;;)"), ".." after
    "…" (an ellipsis typed in two kinds of points), a line left open with ".." that the
    next line takes up with "..", and ";," after a statement from code quoted in running text
    (an assignment set with spaces in the same clause: "a statement like let x = a;, we
    would"), the ";" the code's and the "," the sentence's.

    ## Why it matters
    Doubled marks usually mean a fragment was deleted or joined badly.

    Measured: precision 0.84 [0.00, 0.97] on real text: 13 findings on 451,080 words of
    scraped pages, 11 false on 2,433,467 words of clean articles (9 more judged real slips of
    the source), most of them paths and ranges from code quoted in prose (validation part;
    bench/precision.py, bench/README.md). Below 0.9, so it ships at `info`.

    ## Example
    "The talks,, which were due in July.." is flagged twice. The fix for ",," and ";;"
    is safe; ".." could be a cut ellipsis, so its fix is unsafe.

    ## Use instead
    "The talks, which were due in July."

    ## Fix safety
    Safe for ",," and ";;": the fix removes the extra mark. A doubled full stop could be a cut ellipsis, so its fix is unsafe and applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "SP005"
    name = "doubled-punctuation"
    severity = Severity.INFO
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.prose
        guard = protected(doc)
        for match in DOUBLED.finditer(text):
            start, end = match.span()
            pair = match.group()
            if start in guard or text[end : end + 1] == "/" or text[start - 1 : start] in ("", " ", "\n"):
                continue
            if pair == ";;" and CLOSER_OF.get(text[start - 1]) == text[end : end + 1]:
                continue  # the whole of a bracket pair: the empty loop "for(;;)"
            if pair in ("::", "..") and _joins_code(text, start, end):
                continue  # Puppet::Type, std::vector, master..experiment, HEAD~3..HEAD
            if pair == ";," and _ends_statement(text, start):
                continue  # "a statement like let x = a;, we would": the code's ";", then the sentence's ","
            if pair == ".." and text[end : end + 3] == "\n..":
                continue  # a line left open with ".." that the next line takes up with "..": a sign, not a slip
            keep = pair[0] if pair[0] == pair[1] else ("," if "," in pair and "." not in pair else pair[1])
            safe = pair in (",,", ";;")
            yield self.finding(
                start, end, f"doubled punctuation '{pair}'", fix=Fix.replace(start, end, keep, safe=safe)
            )


def _joins_code(text: str, start: int, end: int) -> bool:
    """``::`` or ``..`` inside one token of code: a namespace (``Puppet::Type``) or a range of
    revisions (``master..experiment``): no space on either side, and what follows is no
    sentence starting (a lower-case letter, a digit, a name in code)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if CLOSER_OF.get(before) == after:
        return True  # the whole of a bracket pair: Rust's rest pattern "use<..>", an elision "[..]", "(::)"
    if text[start] == ":" and after == " " and before.isalnum() and text[end + 1 : end + 2].islower():
        name = read_token(text, start)[1]
        return name.isalnum() and name.lower() not in FUNCTION_WORD_SET  # "the cargo:: namespace"
    if not before or not after or before.isspace() or after.isspace() or not (before.isalnum() or before in "_>~^)]}*"):
        return False
    if text[start] == ":":
        return after.isalnum() or after in "_~<{*"  # [T]::len, {integer}::abs, Atomic*::as_ptr, Option::<T>
    if after.islower() or after.isdigit() or after in "<_~^":
        return True
    return bool(REVISION_SIGNS.search(read_token(text, start)[1])) or code_name(text, start)


#: An assignment or comparison set with spaces, as code and formulas write it: "x = a", "n == 0".
ASSIGNMENT = re.compile(r"[\w)\]] {1,2}[=<>!+*/-]?= {1,2}[\w(\[]")


def _ends_statement(text: str, start: int) -> bool:
    """The ``;`` at ``start`` ends a statement from code quoted in running text, and the comma
    after it is the sentence's own: an assignment set with spaces ("let x = a;") comes before it
    in the same clause (at most ``TOKEN_REACH`` characters back, no other mark ending a clause
    between), where prose typing ";," by mistake has none."""
    low = max(text.rfind("\n", 0, start) + 1, start - TOKEN_REACH)
    clause = text[low:start]
    cut = max(clause.rfind(mark) for mark in (". ", "; ", ", ", ": "))
    return ASSIGNMENT.search(clause, cut + 1 if cut >= 0 else 0) is not None


CLOSER_OF = {"(": ")", "[": "]", "<": ">", "{": "}"}
#: Signs of a revision in a range (``HEAD~3..HEAD``, ``origin/master..HEAD``).
REVISION_SIGNS = re.compile(r"[~^/]")
