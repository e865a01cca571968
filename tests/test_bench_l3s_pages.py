"""The L3S-GN1 boilerplate pages: which annotated blocks are article, comments or furniture."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from build_boilerplate_l3s import as_latin1, decode, labelled_blocks, mark_supplemental  # noqa: E402
from build_boilerplate_wcxb import label_lines  # noqa: E402

ANNOTATED = """<html><body>
<div><span class="x-nc-sel0">Home</span> <span class="x-nc-sel0">World</span></div>
<h1><span class="x-nc-sel1">Storm reaches the coast</span></h1>
<p><span class="x-nc-sel3">12 January 2008 ?</span></p>
<p><span class="x-nc-sel2">The storm reached the coast on Friday night, officials said.</span></p>
<p><span class="x-nc-sel2">Thousands of people left their homes before it arrived.</span></p>
<ul><li><span class="x-nc-sel4">Earlier storm closed the port for two days</span></li></ul>
<p><span class="x-nc-sel5">I live there and it was much worse than this says</span></p>
</body></html>"""


def test_headline_and_full_text_make_the_article():
    article, supplemental, comments, headline = labelled_blocks(ANNOTATED)
    assert headline == "Storm reaches the coast"
    assert article.split("\n") == [
        "Storm reaches the coast",
        "The storm reached the coast on Friday night, officials said.",
        "Thousands of people left their homes before it arrived.",
    ]
    assert supplemental == "12 January 2008 ?"
    assert comments == "I live there and it was much worse than this says"
    assert "Earlier storm" not in article and "Home" not in article  # related content and not content


def test_related_content_lines_are_boilerplate():
    article, _, _, headline = labelled_blocks(ANNOTATED)
    text = "Home World\nStorm reaches the coast\nThe storm reached the coast on Friday night, officials said.\n"
    text += "Thousands of people left their homes before it arrived.\nEarlier storm closed the port for two days"
    labels = label_lines(text, article, headline)
    assert labels[1:4] == ["content", "content", "content"]
    assert labels[4] == "boilerplate"


def test_characters_beyond_latin1_read_as_the_annotated_copy_holds_them():
    assert as_latin1("Ki-moon\u2019s caf\u00e9 \u2014 ok") == "Ki-moon?s caf\u00e9 ? ok"
    assert len(as_latin1("\u2019\u201c\U0001f600")) == 3


def test_valid_utf8_wins_over_a_declared_latin1_charset():
    page = '<meta charset="iso-8859-1"><p>Ki-moon\u2019s</p>'.encode()
    assert decode(page).endswith("Ki-moon\u2019s</p>")
    assert decode(b'<meta charset="iso-8859-1"><p>caf\xe9</p>').endswith("caf\u00e9</p>")


def test_supplemental_lines_are_unknown_neither_article_nor_furniture():
    text = "Home World\n12 January 2008 ?\nBy Jo Smith, staff writer\nJanuary"
    labels = ["boilerplate"] * 4
    out = mark_supplemental(text, labels, "12 January 2008 ?\nBy Jo Smith, staff writer")
    assert out == ["boilerplate", "unknown", "unknown", "boilerplate"]  # a lone word found inside a block stays
    assert mark_supplemental(text, labels, "") == labels
