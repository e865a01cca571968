"""Protected tokens: the line-restricted scans find exactly what a scan of the whole text finds."""

from __future__ import annotations

import random

import pytest
from scrapelint.rules import _tokens

PAIRS = [
    (_tokens.URL, _tokens._URL_HINT),
    (_tokens.EMAIL, _tokens._EMAIL_HINT),
    (_tokens.NUMBER, _tokens._NUMBER_HINT),
    (_tokens.DOTTED, _tokens._DOTTED_HINT),
    (_tokens.HANDLE, _tokens._HANDLE_HINT),
    (_tokens.DOMAIN, _tokens._DOMAIN_HINT),
]

TEXTS = [
    "The U.S. and the U.K. signed it, e.g. in Jan. with J. Smith.\nA.\nB. C\nx.y.z end a.",
    "Mail a@b.co or see www.example.com/a.b and https://x.org/p?q=1 #tag @user path/to/file.pdf",
    "J.R.R. Tolkien\n\nn. Chr.\ni.e.\n a. b.c. d",
    "ä. Ö.Ü. é.\n1.2.3 v.1 a1.b2 _a. a_.b.",
    "3.5 1,000 10:39 2:1 12.05.2024 3,5 % 1/2\n123456789012345678901234.5 .5 5. 1.\n2 ٣.٤",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(7)
    alphabet = [*"aBcÉ. .\n\n@#/:,w1_-", "12", "3.4", "www.", "://", "U.S."]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(count)]


@pytest.mark.parametrize(("pattern", "hint"), PAIRS, ids=lambda p: getattr(p, "pattern", "")[:20])
def test_line_scan_matches_whole_scan(pattern, hint):
    for text in TEXTS + _random_texts(2000):
        whole = [m.span() for m in pattern.finditer(text)]
        lines = [m.span() for m in _tokens._line_matches(pattern, hint, text)]
        assert lines == whole, text


@pytest.mark.parametrize(("pattern", "hint"), PAIRS, ids=lambda p: getattr(p, "pattern", "")[:20])
def test_run_scan_matches_whole_scan_across_unicode_whitespace(pattern, hint):
    """Runs separated by whitespace other than a space, tab or line break (no-break and thin
    spaces, the ideographic space) are scanned whole, once each."""
    rng = random.Random(11)
    alphabet = [*"aB. .@#/:,1-", "\u00a0", "\t", "\u2009", "\u3000", "\r", "3.4", "www.", "://", "U.S.", "x.com"]
    texts = ["www.a.com\u00a0b.org\u2009U.S.\u00a0J.\ta@b.co\u30001.5/2 see\u00a0x.y.net/p/q"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    for text in texts:
        whole = [m.span() for m in pattern.finditer(text)]
        runs = [m.span() for m in _tokens._line_matches(pattern, hint, text)]
        assert runs == whole, text
