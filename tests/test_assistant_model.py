"""AI016: the register model reads lines, in any language its data holds, and is off by default."""

from __future__ import annotations

import json
import math
from itertools import pairwise

import pytest
from scrapelint.api import lint_text
from scrapelint.rules.assistant.model import MODEL_PATH, RegisterModel, features, model, units

OFFER_FR = "Si tu veux, je peux aussi te proposer une version plus courte."
NEWS = "The council approved the budget on Tuesday after a long debate about the new bridge."


def test_features_are_words_pairs_and_marks_of_address():
    found = features("Want me to add more? Sure:")
    assert {"want", "me", "want me", "more ?", "?", ":"} <= found
    assert "." not in features("A plain sentence.")


def test_dense_scripts_are_read_as_character_pairs():
    found = features("如果你愿意")
    assert {"如果", "果你", "你愿", "愿意"} <= found
    assert "如果你愿意" not in found


def test_units_are_lines_with_offsets_into_the_text():
    text = "short\n  A line long enough to read as prose.  \n\nAnother line that is long enough."
    spans = list(units(text))
    assert [text[s:e] for s, e in spans] == [
        "A line long enough to read as prose.",
        "Another line that is long enough.",
    ]


def test_a_long_line_is_read_as_overlapping_windows_of_sentences():
    line = " ".join(f"Sentence number {i} says something." for i in range(30))
    spans = list(units(line))
    assert len(spans) > 10
    assert spans[0][0] == 0 and spans[-1][1] == len(line)
    assert all(line[s:e].count(".") <= 3 for s, e in spans)
    # windows overlap, so a leftover glued between two windows is still read whole
    assert all(b[0] < a[1] for a, b in pairwise(spans))


def test_window_count_grows_linearly_with_the_line():
    sentence = "Sentence says something. "
    assert len(list(units(sentence * 4000))) == pytest.approx(4 * len(list(units(sentence * 1000))), rel=0.01)


def test_the_shipped_table_is_what_the_rule_reads():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert 0.5 < data["threshold"] < 1.0
    assert len(data["weights"]) > 1000
    assert data["trained_on"]["leftovers"] > 1000 and data["trained_on"]["article_lines"] > 1000
    assert model().threshold == data["threshold"]


def test_the_model_separates_an_offer_from_news():
    scorer = model()
    assert scorer.score(OFFER_FR) >= scorer.threshold
    assert scorer.score(NEWS) < 0.5


def test_scoring_is_the_logistic_of_the_normalised_sum():
    scorer = RegisterModel({"you": 2.0, "me": 2.0}, bias=-1.0, threshold=0.9)
    assert scorer.score("you and me") == pytest.approx(1 / (1 + math.exp(1.0 - 4.0 / math.sqrt(2))))
    assert scorer.score("nothing known here") == pytest.approx(1 / (1 + math.e))


def test_off_by_default_and_on_by_its_code():
    text = f"{NEWS}\n\n{OFFER_FR}\n"
    assert "AI016" not in {f.code for f in lint_text(text)}
    assert "AI016" not in {f.code for f in lint_text(text, select=["AI"])}
    found = [f for f in lint_text(text, select=["AI016"])]
    assert [(f.code, text[f.start : f.end]) for f in found] == [("AI016", OFFER_FR)]
    assert found[0].severity.value == "info"
