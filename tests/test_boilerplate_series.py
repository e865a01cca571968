"""A series' list of its parts, named in the post's own words, closes the post as the text's own."""

from __future__ import annotations

from scrapelint.api import lint_text

MENU = "Home\nNews\nSport\nTravel\nWeather\nContact\n\n"
SERIES = "Moving the Search Service to a New Home"
PARTS = f"{SERIES}\nQuality and Lower Costs for the Search Team\nCertificates for Every Domain We Serve\n"


def _post(lede_names_the_series: bool) -> str:
    lede = (
        f"This is post three in the four-part series, {SERIES}, about how the team rebuilt its hosting."
        if lede_names_the_series
        else "This post is about how the team rebuilt its hosting for the search service last year."
    )
    body = (
        "The team moved every domain to the new servers over one weekend, and the search service stayed "
        "up for the agencies that use it while the records changed hands from the old hosting provider.\n"
    )
    return MENU + "Domains for the search service\n" + lede + "\n" + body * 3 + "Read more of this series:\n" + PARTS


def _bp(text: str):
    return lint_text(text, select=["BP"])


def _covered(text: str, findings, needle: str) -> bool:
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


def test_a_series_list_the_post_names_is_the_texts_own():
    text = _post(lede_names_the_series=True)
    findings = _bp(text)
    assert _covered(text, findings, "Weather")
    for needle in ("Quality and Lower Costs", "Certificates for Every Domain"):
        assert not _covered(text, findings, needle), [(f.code, f.snippet) for f in findings]


def test_a_related_block_the_post_does_not_name_stays_furniture():
    text = _post(lede_names_the_series=False)
    assert _covered(text, _bp(text), "Certificates for Every Domain")
