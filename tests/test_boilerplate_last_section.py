"""A guide's last section of links is the text's own when nothing else on the page is furniture."""

from __future__ import annotations

from scrapelint.api import lint_text

SECTIONS = {
    "Who can take the leave": (
        "Every employee who has worked for the office for a full year can take twelve weeks of paid leave after "
        "a child is born or placed with the family, and the weeks can be split over the first year."
    ),
    "How to ask for it": (
        "Send the request form and the service agreement to your human resources specialist, who checks the "
        "papers and tells you when the leave appears in the time sheet system for you to book."
    ),
    "Combining it with other leave": (
        "Annual leave, sick leave and leave without pay can be taken before or after the paid weeks, and your "
        "supervisor can help you plan the order so that no week of the paid leave is lost."
    ),
}
RESOURCES = "Resources\n#parents\nParental leave guidance on the staff intranet\nTerms of service for the forms\n"


def _guide(top: str = "", closing: str = RESOURCES) -> str:
    body = "".join(f"{heading}\n{text}\n" for heading, text in SECTIONS.items())
    return top + "Paid parental leave\n" + body + closing


def _covered(text: str, findings, needle: str) -> bool:
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


def test_a_resources_section_closing_a_guide_with_nothing_else_suspect_is_the_texts():
    text = _guide()
    findings = lint_text(text, select=["BP"])
    assert not _covered(text, findings, "#parents"), [(f.code, f.snippet) for f in findings]
    assert not _covered(text, findings, "Parental leave guidance")


def test_the_same_section_on_a_page_with_a_site_menu_stays_flagged():
    text = _guide(top="Home\nNews\nSport\nTravel\nWeather\nContact\n")
    findings = lint_text(text, select=["BP"])
    assert _covered(text, findings, "Weather")
    assert _covered(text, findings, "#parents")


def test_a_block_under_a_related_label_stays_flagged():
    closing = "Related stories\nCouncil votes on the new bus lanes\nHarbour festival returns in June\n"
    text = _guide(closing=closing)
    findings = lint_text(text, select=["BP"])
    assert _covered(text, findings, "Harbour festival")


def test_a_contact_block_under_a_plain_heading_stays_flagged():
    closing = "What comes next\nContact\n– Dana Reyes, Programme Lead\n– Sam Okafor, Design Lead\n"
    text = _guide(closing=closing)
    findings = lint_text(text, select=["BP"])
    assert _covered(text, findings, "Sam Okafor")
