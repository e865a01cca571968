"""SP001: a comma, full stop, semicolon, colon, question or exclamation mark glued to the next word.

One rule a module: this is the commonest scraping damage (a line break or a tag dropped
between two sentences), and its exceptions (URLs, domains, abbreviations, code) are its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules._tokens import SUFFIXES, protected, word_list
from scrapelint.rules.spacing.code_names import code_name
from scrapelint.rules.spacing.shared import LETTER, SENTENCE_OPENERS
from scrapelint.text.lazy import LazyPattern

# word,word  word;word  word?Word  word!Word (the full stop and colon are judged separately)
# Each pattern starts with its mark, so the scan jumps from mark to mark instead of trying the
# look-behind at every character (the same matches as ``(?<=\w)[,;](?=L)|(?<=L)[?!](?=L)``...).
GLUED = LazyPattern(rf"[,;?!](?:(?<=\w[,;])|(?<={LETTER}[?!]))(?={LETTER})")
GLUED_STOP = LazyPattern(rf"\.(?<={LETTER}\.)(?={LETTER})")
GLUED_COLON = LazyPattern(rf":(?<={LETTER}{{2}}:)(?={LETTER}{{2}})")
WORD_BEFORE = LazyPattern(rf"{LETTER}{{1,40}}$")
WORD_AFTER = LazyPattern(rf"{LETTER}{{1,40}}")
ENTITY_BEFORE = re.compile(r"&#?\w{1,10}$")
#: Words before a colon that start a scheme, namespace or label, not a sentence.
COLON_PREFIXES = word_list("colon_prefixes")
#: German gender forms (Lehrer:innen) and similar word-internal colons.
COLON_SUFFIXES = frozenset({"in", "innen", "en"})
#: Endings that Swedish, Norwegian, Danish and Finnish join to an abbreviation with a colon
#: ("USA:s", "GIF:ar", "MLA:er", "EU:ssa", "NATO:n"): part of the word, no missing space.
ABBREVIATION_ENDINGS = frozenset(
    {
        *("s", "n", "en", "et", "er", "ar", "or", "na", "ns", "ens", "ets", "ers", "ars"),
        *("erna", "arna", "orna", "ernas", "arnas", "ornas", "ene", "ane", "ne"),
        *("a", "ä", "ta", "tä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle"),
        *("ksi", "iin", "ään", "hin", "ien", "ja", "jä", "nä", "t", "ia", "iä", "ihin", "issa", "issä"),
    }
)


class MissingSpaceAfterPunctuation(Rule):
    """A comma, full stop, semicolon, colon, question or exclamation mark glued to the next word.

    ## What it does
    Flags ``,`` ``.`` ``;`` ``:`` ``?`` ``!`` with a letter directly on both sides, such
    as "delay,citing", "Oslo.Their" or "E.U.members". Decimals and thousands (3.5, 1,000),
    times (10:39), URLs, e-mail addresses, domains and file names (example.com,
    report.pdf), version numbers and dotted abbreviations (U.S., e.g., J.R.R.) are left
    alone, and so are names from code quoted in running text (org.freedesktop.DBus,
    WebElement.getText, gen_server:call/2, about:memory).

    ## Why it matters
    Scrapers drop the space when they join text nodes; the glued tokens then break
    tokenisers, spell checkers and sentence splitters downstream.

    Measured: precision 0.84 [0.59, 0.93] on real text: 79 findings on 451,080 words of
    scraped pages, 45 false on 1,600,127 words of clean articles (29 more judged real slips
    of the source); most false ones are names from code in technical books' prose
    ("Vertex.Name" pairs, tuples such as "(make,perm)"), which the token alone cannot tell
    from "policies.You". Below 0.9, so it ships at info; recall 226/240 injected errors, of
    them glued colons 46/60 (validation part; bench/casing_spacing.py, bench/README.md).

    ## Example
    "The talks were cancelled,officials said.The meeting..." is flagged twice; the safe
    fix inserts the missing spaces.

    ## Use instead
    "The talks were cancelled, officials said. The meeting..."

    ## Fix safety
    Safe: the fix only inserts or removes spaces or a doubled mark; the words stay as they are, so `--fix` applies it.

    ## Options
    None.
    """

    code = "SP001"
    name = "missing-space-after-punctuation"
    severity = Severity.INFO
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.prose
        guard = protected(doc)
        spots: list[int] = [m.start() for m in GLUED.finditer(text)]
        spots.extend(m.start() for m in GLUED_STOP.finditer(text) if _glued_stop(text, m.start()))
        spots.extend(m.start() for m in GLUED_COLON.finditer(text) if _glued_colon(text, m.start()))
        for at in sorted(spots):
            mark = text[at]
            if (mark != "." and at in guard) or ((at + 1) in guard and text[at + 1].isalpha() and mark in ".:"):
                continue
            if mark == "." and _in_url_or_mail(text, at, guard):
                continue
            if mark == ";" and ENTITY_BEFORE.search(text, max(0, at - 12), at):
                continue
            left, right = _token_around(text, at)
            if mark != "," and (len(right) == 1 or (right.isupper() and (left.isupper() or mark == "."))):
                continue  # C.x, TL;DR, IQ.LIGHT, module.CONSTANT
            if mark in ".:" and code_name(text, at):
                continue  # org.freedesktop.DBus, Sheet.ParseSheetSave, gen_server:call, about:memory
            if mark == "," and OPEN_CALL.search(text, max(0, at - 40), at):
                continue  # the arguments of a call in code: Union(Float64,Int64)
            yield self.finding(
                at,
                at + 1,
                f"no space after '{mark}' between words",
                fix=Fix.replace(at + 1, at + 1, " "),
            )


def _token_around(text: str, at: int) -> tuple[str, str]:
    before = WORD_BEFORE.search(text, max(0, at - 40), at)
    after = WORD_AFTER.match(text, at + 1)
    return (before.group() if before else "", after.group() if after else "")


def _glued_stop(text: str, at: int) -> bool:
    """``left.right`` is a missing space, not an abbreviation chain, domain or file name."""
    left, right = _token_around(text, at)
    end = at + 1 + len(right)
    followed_by_dot = end < len(text) and text[end] == "."
    if right.lower() in SUFFIXES and not (right[:1].isupper() and right[1:2].islower()):
        return False  # example.com, report.pdf (but not "Oslo.Their")
    if followed_by_dot and len(right) <= 3 and len(left) <= 3:
        return False  # U.S.A., e.g., Ph.D., z.B.
    if len(left) <= 3 and len(right) <= 2 and right.islower() == left.islower():
        return False  # a.m, i.e without the final dot
    if left.islower() and right.isupper():
        return False  # module.CONSTANT
    # a lower-case word after the full stop is usually a name (a domain, a package, a module's
    # function: django.conf, Queue.join, JSON.stringify) unless a sentence starts with it
    # (a capital alone before it ends a dotted abbreviation: "U.S.armed")
    name_like = right.islower() and right.lower() not in SENTENCE_OPENERS
    return not (name_like and (len(left) > 1 or left.islower()))


def _glued_colon(text: str, at: int) -> bool:
    left, right = _token_around(text, at)
    if left.isupper() and (right.isupper() or right in ABBREVIATION_ENDINGS):
        return False  # "TL:DR"; an inflected abbreviation, "GIF:ar"
    return left.lower() not in COLON_PREFIXES and right.lower() not in COLON_SUFFIXES


#: A call's arguments still open before a comma: ``Union(Float64`` in ``Union(Float64,Int64)``.
OPEN_CALL = LazyPattern(r"\w\([^()\s]{0,40}+$")


def _in_url_or_mail(text: str, at: int, guard) -> bool:
    """A full stop inside a URL, e-mail or domain (not one merely ending a dotted abbreviation)."""
    return at in guard and (at + 1) in guard
