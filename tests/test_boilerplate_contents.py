"""A summary of the text's sections under its title: the text's own, unless it is a site's menu."""

from __future__ import annotations

from scrapelint.api import lint_text

PARAGRAPH = (
    "This part of the release took most of the work of the last three months, and it changes how programs are "
    "built and run in ways that most users will notice in their daily work, though nothing breaks for them."
)
SECTIONS = {
    "Interpreter": "The interpreter is still a preview, so the packages are not built with it yet.",
    "Windows Support": "Stack traces now work on Windows, and a portable package is on the release page.",
    "Syscalls": "An experimental module declares native system calls; only Linux is supported for now.",
    "Number Autocast": "Numbers now widen to fit a larger type when a method asks for one.",
    "128-bit Literals": "The parser reads number literals in the whole range of 128-bit integers.",
}
HIGHLIGHTS = [
    "Autocasting for primitive numeric values",
    "128-bit number literals",
    "Interpreter preview merged",
    "Windows packages available",
    "Experimental syscall API",
]


def _page(top: list[str]) -> str:
    body = "".join(f"{name}\n{PARAGRAPH} {sentence}\n" for name, sentence in SECTIONS.items())
    return "Version 2.4 is released!\n" + "\n".join(top) + "\n" + PARAGRAPH + "\n" + body


def _covered(text: str, findings, needle: str) -> bool:
    at = text.index(needle)
    return any(f.start <= at < f.end for f in findings)


def test_highlights_that_name_the_sections_below_in_other_words_are_the_articles():
    text = _page(["Highlights", *HIGHLIGHTS])
    findings = lint_text(text, select=["BP"])
    for entry in ("Highlights", *HIGHLIGHTS):
        assert not _covered(text, findings, entry), [(f.code, f.snippet) for f in findings]


def test_a_site_menu_at_the_top_whose_words_come_back_in_headings_stays_flagged():
    menu = ["Home", "Interpreter", "Windows", "Syscalls", "Numbers"]  # each takes up a heading below
    text = _page(menu)
    findings = lint_text(text, select=["BP"])
    assert _covered(text, findings, "Home")
    assert _covered(text, findings, "Syscalls\n")


def test_the_same_list_under_a_site_header_is_left_to_the_other_tests():
    header = ["Home", "News", "Install", "Documentation", "Contact"]
    entries = ["Windows downloads and installers", "Interpreter reference pages", "Syscall API reference"]
    text = "\n".join(header + entries) + "\n" + _page(["Highlights", *HIGHLIGHTS])[len("Version 2.4 is released!\n") :]
    findings = lint_text(text, select=["BP"])
    assert _covered(text, findings, "Interpreter reference pages")
