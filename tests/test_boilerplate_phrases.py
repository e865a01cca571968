"""The phrase table finds the same kind as asking each kind's matcher in turn, only faster."""

from __future__ import annotations

import pytest
from scrapelint.rules.boilerplate.classify import Profile, phrase_table_for
from scrapelint.rules.boilerplate.phrases import _needed_literals, matchers, normalise

LINES = [
    "Home",
    "Home > World > Europe",
    "Share this article",
    "We use cookies to improve your experience. Accept all",
    "Subscribe to our newsletter for daily updates",
    "© 2025 Example Times. All rights reserved.",
    "By Jane Doe",
    "3 min read",
    "Related Articles",
    "Read more: the winter markets open",
    "Comments (12)",
    "Tags: economy, trade",
    "#NATO #G20",
    "Loading...",
    "Image 2 of 9",
    "(12)",
    "+1 555 0100 200",
    "Tel. +٤٤ ٢٠ ٧٩٤٦ ٠٠٠٠",  # digits \\d matches outside ASCII
    "News » Sport › Football",
    "jane@example.org",
    "Zum Inhalt springen",
    "Lesezeit: 4 Minuten",
    "Alle Rechte vorbehalten",
    "Diese Website verwendet Cookies, wenn Sie einverstanden sind",
    "Partager sur Facebook",
    "Tous droits réservés",
    "Czytaj też: nowe przepisy",
    "The harbour ferry fares will rise by a fifth next spring, the council said.",
    # characters that match a phrase letter under IGNORECASE without lower-casing to it
    "ſhare this article",
    "Log ın to leave a comment",
    "COPYRİGHT 2024",
    "ΣΑΣ and cookies we uſe",
    "",
    "   ",
]


def _sequential(norm: str, raw: str, order) -> str | None:
    for matcher in order:
        if matcher.matches(norm, raw):
            return matcher.kind
    return None


@pytest.mark.parametrize("raw", LINES)
def test_phrase_table_agrees_with_each_kind_in_turn(raw):
    from scrapelint.rules.boilerplate.classify import _ordered

    profile = Profile()
    order = _ordered(matchers(profile.languages, profile.extra))
    norm = normalise(raw)
    assert phrase_table_for(profile).kind(norm, raw) == _sequential(norm, raw, order)


def test_needed_literals_come_from_the_pattern_structure():
    assert _needed_literals(r"^(?:home|start)\s*(?:>|»)\s*\S") == frozenset({"home", "start"})
    assert _needed_literals(r"\bcookies?\b.{0,80}\b(?:use|accept)\b") == frozenset({"cookie"})
    assert _needed_literals(r"^\d{1,3}\s+/\s+\d{1,3}$") == frozenset({"/"})
    # an optional part gives nothing: the pattern has no literal every match contains
    assert _needed_literals(r"^(?:tel)?\s*\d{7,}$") is None
    # a set of single characters is a set of literals
    assert _needed_literals(r"^\S+\s(?:>|»|›)\s\S") == frozenset({">", "»", "›"})


def test_a_pattern_needs_a_digit_only_when_no_part_of_it_can_go_without():
    from scrapelint.rules.boilerplate.phrases import _needs_digit

    assert _needs_digit(r"^(?:tel)?\s*\+?\d[\d\s]{7,}\d$")
    assert _needs_digit(r"^\d{2,}$")
    assert not _needs_digit(r"^(?:tel)?\s*\d?$")
    assert not _needs_digit(r"^[\d\s]+$")  # a space alone matches


def test_folded_line_holds_a_literal_exactly_where_ignorecase_matches_it():
    """For every letter of the phrase patterns and every character: IGNORECASE matches the
    character against the letter if and only if both fold to the same string."""
    import re

    from scrapelint.rules.boilerplate.phrases import _SIMPLE_LOWER, _fold_table, _needed_literals

    profile = Profile()
    order = matchers(profile.languages, profile.extra)
    letters = set()
    for matcher in order:
        for source in (*matcher.anchored_sources, *matcher.floating_sources):
            letters.update("".join(_needed_literals(source) or ()))
    canon = _fold_table()
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folded = everything.translate(_SIMPLE_LOWER).lower().translate(canon)
    assert len(folded) == len(everything)  # one character for one
    for letter in sorted(letters):
        matched = set(re.findall(re.escape(letter), everything, re.IGNORECASE))
        target = re.escape(letter.translate(canon))
        same = {everything[m.start()] for m in re.finditer(target, folded)}
        assert matched == same, letter
