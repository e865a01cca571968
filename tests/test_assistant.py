"""The AI rules beyond single YAML cases: the evaluation set, seeds, clean text, speed, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scrapelint.api import lint_text
from scrapelint.rules.assistant import rules as assistant

from bench.assistant import CODES as CATEGORY_CODES  # the evaluation data's categories
from bench.assistant_wild import load as load_wild
from bench.assistant_wild import source_key, split_of
from tests.conftest import clean_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "assistant.jsonl"


def ai_findings(text: str, **kwargs):
    return [f for f in lint_text(text, select=["AI"], **kwargs) if f.code.startswith("AI")]


def records() -> list[dict]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_evaluation_set_is_well_formed():
    rows = records()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "record ids must be unique"
    for row in rows:
        assert row["label"] in ("leftover", "clean")
        assert row["category"] in CATEGORY_CODES
        assert row["source"]["kind"] in ("reported", "written")
        assert row.get("split", "dev") in ("dev", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")
        if row["label"] == "leftover":
            assert row["leftover"] in row["text"]
        if row["source"]["kind"] == "reported":
            assert row["source"]["outlet"] and row["source"]["url"].startswith("http"), row["id"]
    categories = {r["category"] for r in rows if r["label"] == "leftover"}
    assert categories == set(CATEGORY_CODES), "every category needs leftovers"
    assert sum(r["label"] == "clean" for r in rows) >= 50, "the set needs look-alike negatives"


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "fresh2", "fresh3", "fresh4", "fresh5"])
def test_evaluation_targets_hold(split):
    """>= 95% of leftovers found by their own rule, <= 2% of negatives flagged, on every split.

    The first-pass figures of the held-out splits (before any miss was looked at) are in
    docs/rules-assistant.md; this guards the figures once the rules were widened.
    """
    rows = [r for r in records() if r.get("split", "dev") == split]
    assert rows, split
    leftovers = [r for r in rows if r["label"] == "leftover"]
    found = 0
    for row in leftovers:
        start = row["text"].index(row["leftover"])
        end = start + len(row["leftover"])
        code = CATEGORY_CODES[row["category"]]
        found += any(f.code == code and f.start < end and start < f.end for f in ai_findings(row["text"]))
    negatives = [r for r in rows if r["label"] == "clean"]
    flagged = [r["id"] for r in negatives if ai_findings(r["text"])]
    assert found / len(leftovers) >= 0.95
    assert len(flagged) / len(negatives) <= 0.02, flagged


def test_every_rule_names_its_category_in_the_message():
    samples = {
        "AI001": "Would you like me to add a table?",
        "AI002": "Let me know if you need any changes.",
        "AI003": "As an AI language model, I cannot taste food.",
        "AI004": "As of my last knowledge update, the bridge was open.",
        "AI005": "I'm sorry, but I can't assist with that request.",
        "AI006": "Intro.\nRegenerate response\nMore text.",
        "AI007": "Certainly! Here is a revised version of your text:",
        "AI008": "Contact [Insert company name] today.",
        "AI009": "Make sure to fact-check these figures before publishing.",
    }
    by_code = {rule.code: rule for rule in assistant.RULES}
    assert set(by_code) == set(samples)
    for code, text in samples.items():
        findings = [f for f in ai_findings(text) if f.code == code]
        assert findings, code
        assert findings[0].message.startswith(by_code[code].category + ":"), findings[0].message
        assert findings[0].fix is not None and not findings[0].fix.safe


def test_seed_with_leftover_is_flagged_and_others_are_clean(seeds):
    flagged = {name: ai_findings(text) for name, text in seeds.items()}
    assert [f.code for f in flagged["004"]] == ["AI001"]
    assert "I can also help you summarize" in seeds["004"][flagged["004"][0].start : flagged["004"][0].end]
    for name in ("000", "001", "002", "003"):
        assert not flagged[name], (name, [(f.code, f.snippet) for f in flagged[name]])


def test_clean_news_text_stays_clean(shared):
    """The content lines of the boilerplate benchmark: professionally edited articles."""
    words = findings = 0
    for text in clean_articles(shared, every=4):  # a quarter of the pages keeps the test quick
        words += len(text.split())
        findings += len(ai_findings(text))
    assert words > 20000
    assert findings * 10000 / words < 0.5


def test_markdown_code_is_not_read():
    text = "Example output:\n\n```\nAs an AI language model, I cannot do that.\nRegenerate response\n```\n\nThe end."
    assert not ai_findings(text, format="markdown")
    assert not ai_findings("The string `Would you like me to continue?` is a prompt.", format="markdown")


@pytest.mark.slow
def test_long_single_line_does_not_hang():
    text = ("Would you like " + "a " * 40 + "weekend away? I can " + "x" * 50) * 20000  # about 3 MB, no newline
    findings = ai_findings(text)  # speed is measured in bench/assistant.py, not here
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    assert len({f.start for f in findings}) == len(findings)  # no span reported twice


def test_unsafe_fix_removes_a_standalone_leftover_line():
    from scrapelint.model.fixes import apply_fixes

    text = "The plan passed.\nLet me know if you need any changes!\nVoting ends Friday.\n"
    outcome = apply_fixes(text, ai_findings(text), unsafe=True)
    assert outcome.text == "The plan passed.\nVoting ends Friday.\n"
    assert apply_fixes(text, ai_findings(text), unsafe=False).text == text


def test_cli_flags_every_kind_in_the_example_article():
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapelint",
            "check",
            str(ROOT / "examples" / "assistant.txt"),
            "--select",
            "AI",
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 1, out.stderr
    codes = {json.loads(line)["code"] for line in out.stdout.splitlines() if line.strip()}
    # every phrase category, and the grammar rule on two of the same leftovers; nothing else
    assert set(CATEGORY_CODES.values()) <= codes <= set(CATEGORY_CODES.values()) | {"AI013"}


# -- real text from the wild (bench/data/assistant_wild.jsonl) ----------------------------


def test_wild_set_is_split_by_source_and_every_record_names_its_source():
    rows = load_wild()
    assert len({r["id"] for r in rows}) == len(rows)
    splits: dict[str, set[str]] = {}
    for row in rows:
        assert row["label"] in ("leftover", "clean") and row["text"].strip()
        source = row["source"]
        assert source["kind"] in ("page", "github", "github-index")
        assert source.get("url", "").startswith("http") or source.get("index_id"), row["id"]
        key = source_key(source)
        if not row["split"].startswith("fresh"):
            assert row["split"] == split_of(key), row["id"]
        splits.setdefault(row["split"], set()).add(key)
    assert not splits["fresh"] & (splits["tune"] | splits["valid"]), "fresh sources must be new"
    assert not splits["fresh2"] & (splits["tune"] | splits["valid"] | splits["fresh"]), "fresh2 sources must be new"
    older = splits["tune"] | splits["valid"] | splits["fresh"] | splits["fresh2"]
    assert not splits.get("fresh3", set()) & older, "fresh3 sources must be new"
    assert not splits.get("fresh4", set()) & (older | splits.get("fresh3", set())), "fresh4 sources must be new"
    before_fresh5 = older | splits.get("fresh3", set()) | splits.get("fresh4", set())
    assert not splits.get("fresh5", set()) & before_fresh5, "fresh5 sources must be new"
    before_fresh6 = before_fresh5 | splits.get("fresh5", set())
    assert not splits.get("fresh6", set()) & before_fresh6, "fresh6 sources must be new"
    before_fresh7 = before_fresh6 | splits.get("fresh6", set())
    assert not splits.get("fresh7", set()) & before_fresh7, "fresh7 sources must be new"
    before_fresh8 = before_fresh7 | splits.get("fresh7", set())
    assert not splits.get("fresh8", set()) & before_fresh8, "fresh8 sources must be new"
    before_fresh9 = before_fresh8 | splits.get("fresh8", set())
    assert not splits.get("fresh9", set()) & before_fresh9, "fresh9 sources must be new"
    before_fresh10 = before_fresh9 | splits.get("fresh9", set())
    assert not splits.get("fresh10", set()) & before_fresh10, "fresh10 sources must be new"
    before_fresh11 = before_fresh10 | splits.get("fresh10", set())
    assert not splits.get("fresh11", set()) & before_fresh11, "fresh11 sources must be new"
    before_fresh12 = before_fresh11 | splits.get("fresh11", set())
    assert not splits.get("fresh12", set()) & before_fresh12, "fresh12 sources must be new"
    before_fresh13 = before_fresh12 | splits.get("fresh12", set())
    assert not splits.get("fresh13", set()) & before_fresh13, "fresh13 sources must be new"
    before_fresh14 = before_fresh13 | splits.get("fresh13", set())
    assert not splits.get("fresh14", set()) & before_fresh14, "fresh14 sources must be new"
    assert not splits["tune"] & splits["valid"]
    kinds = {r["category"] for r in rows if r["label"] == "clean"}
    assert {"blog", "letter", "template", "transcript", "fiction", "article-about-ai", "docs"} <= kinds


@pytest.mark.parametrize("split", ["tune", "valid"])
def test_wild_leftovers_are_found_and_look_alikes_stay_clean(split):
    """Current figures on real text; the first-pass figures are in docs/rules-assistant.md."""
    rows = [r for r in load_wild() if r["split"] == split]
    leftovers = [r for r in rows if r["label"] == "leftover"]
    look_alikes = [r for r in rows if r["label"] == "clean"]
    found = sum(bool(ai_findings(r["text"])) for r in leftovers)
    flagged = [r["id"] for r in look_alikes if ai_findings(r["text"])]
    assert found / len(leftovers) >= 0.95
    assert len(flagged) / len(look_alikes) <= 0.02, flagged


def test_interface_artifact_fixes_remove_only_the_artifact():
    from scrapelint.model.fixes import apply_fixes

    text = (
        "Revenue grew 12% in 2024. citeturn0search3turn0news1 Costs fell【7:1†source】.\n"
        "See [the report](https://example.org/r?id=7&utm_source=chatgpt.com#p2) and "
        "[the plan](https://example.org/p?utm_source=chatgpt.com).\n"
    )
    found = [f for f in ai_findings(text) if f.code in ("AI010", "AI011")]
    assert sorted(f.code for f in found) == ["AI010", "AI010", "AI011", "AI011"]
    assert all(f.fix is not None and f.fix.safe for f in found)
    assert apply_fixes(text, found, unsafe=False).text == (
        "Revenue grew 12% in 2024. Costs fell.\n"
        "See [the report](https://example.org/r?id=7#p2) and [the plan](https://example.org/p).\n"
    )


def test_new_rules_name_their_category_and_severity_follows_measured_precision():
    from scrapelint.rules.assistant import RULES

    by_code = {rule.code: rule for rule in RULES}
    assert {"AI010", "AI011", "AI013", "AI014", "AI015"} <= set(by_code)
    samples = {
        "AI010": "The bridge opened in 1932. citeturn0search3",
        "AI011": "See https://example.org/?utm_source=chatgpt.com today.",
        "AI013": "Please provide me with the article title, and I'll be happy to write the article for you.",
        "AI014": "Wait, the user wants a long article. I should make each section detailed.",
    }
    for code, text in samples.items():
        found = [f for f in ai_findings(text) if f.code == code]
        assert found, code
        assert found[0].message.startswith(by_code[code].category + ":"), found[0].message
    assert {code: str(by_code[code].severity) for code in ("AI010", "AI011", "AI013", "AI014", "AI015", "AI008")} == {
        "AI010": "warning",
        "AI011": "warning",
        "AI013": "warning",
        "AI014": "info",
        "AI015": "info",
        "AI008": "info",
    }


def test_verdict_lists_its_evidence_and_needs_more_than_one_weak_sign():
    body = " ".join(["Composting turns kitchen scraps into soil that feeds the garden every spring."] * 8)
    one_sign = body + "\n\nIn conclusion, composting is simple."
    assert not [f for f in ai_findings(one_sign) if f.code == "AI015"]
    leftover = (
        one_sign
        + " It's important to note that piles need air.\n\nWould you like me to add a checklist to this article?"
    )
    verdicts = [f for f in ai_findings(leftover) if f.code == "AI015"]
    assert len(verdicts) == 1
    assert "conclusion formula" in verdicts[0].message and "leftover AI0" in verdicts[0].message


# -- structure that clears a look-alike ----------------------------------------------------

OFFER = "If you'd like, I can also create a shorter version of the guide for you."


def test_an_offer_in_a_forum_reply_is_a_person_answering():
    article = "The guide covers the first week of training in detail.\n\n" + OFFER + "\n"
    reply = "Sam wrote:\n> Does anyone have the training guide?\n\nI kept a copy from last year.\n\n" + OFFER + "\n"
    assert "AI001" in {f.code for f in ai_findings(article)}
    assert not ai_findings(reply)


def test_a_two_word_interface_line_is_not_a_signature():
    """A letter ends on a name in capitals; a copied "Regenerate response" is no name, so the frame stays an article."""
    text = "The bridge opens in May.\n\n" + OFFER + "\nRegenerate response\n"
    signed = "The bridge opens in May.\n\n" + OFFER + "\n\nJane Miller\n"
    assert "AI001" in {f.code for f in ai_findings(text)}
    assert "AI001" not in {f.code for f in ai_findings(signed)}


def test_a_prompt_template_keeps_its_blanks():
    prompt = "Write a 1,000-word blog post about [Topic] for readers in [City]. Use a friendly tone.\n"
    leftover = "The festival takes place on [Date] in the town square.\n"
    assert not ai_findings(prompt)
    assert [f.code for f in ai_findings(leftover)] == ["AI008"]


def test_a_readme_skeleton_keeps_its_slots():
    skeleton = (
        "# [Project Name]\n\n[Short description]\n\n## Installation\n\n[Installation steps]\n\n## License\n\nMIT\n"
    )
    assert not ai_findings(skeleton)
    filled = "# Riverbank\n\nA tide-table reader.\n\n## Installation\n\nRun the installer, then call [Phone Number].\n"
    assert [f.code for f in ai_findings(filled)] == ["AI008"]


def test_a_plan_is_not_an_offer_until_it_waits_on_the_addressee():
    plan = "The first draft was too long.\n\nThat's a fair point, thanks. I'll rework that part of the guide.\n"
    offer = "The first draft was too long.\n\nI'll rework that part of the guide if you like.\n"
    assert not ai_findings(plan)
    assert "AI001" in {f.code for f in ai_findings(offer)}


def test_a_prompt_document_keeps_its_blanks_on_their_own_lines():
    prompt = "Please summarize the article below in [Language], in plain words.\nThe article:\n[Topic]\n"
    assert not ai_findings(prompt)


REFUSAL = "I'm sorry, but as an AI language model, I don't have access to real-time data."


def test_a_model_answer_shown_as_output_is_an_exhibit():
    """Docs show a model's answer after a line introducing it, or quoted; the same words said by the page are a leftover."""
    said = "The river rose overnight.\n\n" + REFUSAL + "\n"
    shown = "Run the notebook and the model responds with a refusal:\n\n" + REFUSAL + "\n"
    quoted = "The agent answers that it cannot browse:\n\n> " + REFUSAL + "\n"
    label = "The river rose overnight.\n\nDisadvantages:\n" + REFUSAL + "\n"
    assert ai_findings(said)
    assert not ai_findings(shown)
    assert not ai_findings(quoted)
    assert ai_findings(label)  # a section label presents the page's own words


def test_a_sign_off_naming_a_channel_is_a_person_or_a_team():
    """A chatbot offers itself; a sentence that names a way to reach its writer is a person or a company."""
    bare = "The bridge opens in May.\n\nIf you have any questions, feel free to let me know.\n"
    linked = (
        "The bridge opens in May.\n\nIf you have any questions, let me know at [@bridgeteam](https://example.org).\n"
    )
    team = "The bridge opens in May.\n\nIf you have any questions, feel free to contact our support team.\n"
    assert ai_findings(bare)
    assert not ai_findings(linked)
    assert not ai_findings(team)


def test_bold_speaker_labels_make_a_transcript_but_bold_fields_do_not():
    leftover = "As an AI language model, I cannot browse the internet for you."
    chat = (
        "**Quinlan:** What is the strangest thing about you that you would be willing to share?\n\n"
        f"**Emily/GPT-4:** Quinlan, {leftover[0].lower()}{leftover[1:]}\n"
    )
    report = f"**Duration:** ~2 hours\n**Tests:** 20\n\n{leftover}\n"
    assert not ai_findings(chat)
    assert ai_findings(report)


def test_a_form_and_a_documented_slot_are_templates_on_purpose():
    form = "Incident notice\n\n- Downtime: [X minutes]\n- Affected users: [Estimate]\n\nContact: [Your Name]\n"
    documented = "Add a heading: Welcome to [your name]'s page\nReplace [your name] with your own name.\n"
    leftover = "# Notes\n\nCopyright (c) 2025 [Your Name]\n\nPermission is granted to copy this file.\n"
    assert not ai_findings(form)
    assert not ai_findings(documented)
    assert [f.code for f in ai_findings(leftover)] == ["AI008"]


def test_a_reasoning_trace_quoted_in_a_sentence_is_shown_not_left():
    quoted = 'The river page.\n\nThe model narrates "Okay, the user wants a summary, so I should plan it."\n'
    left = "The river page.\n\nOkay, the user wants a summary, so I should plan it.\n"
    assert "AI014" not in {f.code for f in ai_findings(quoted)}
    assert "AI014" in {f.code for f in ai_findings(left)}


def test_an_exclaimed_assent_presenting_what_follows_is_a_preamble():
    preamble = "Certainly! Below is a simple example of a deployment script for the contract.\n\nThe script runs.\n"
    article = "The bridge opens in May. Below is a simple example of the timetable.\n"
    assert "AI007" in {f.code for f in ai_findings(preamble)}
    assert not ai_findings(article)


def test_a_closing_wish_to_an_audience_is_the_writers():
    """A chatbot answers one person; "everyone", "大家" or a call to comment makes the wish a writer's to readers."""
    answer = "Run the installer, then restart the service.\n\nI hope this helps!\n"
    many = "Run the installer, then restart the service. Thanks everyone for the reports.\n\nI hope this helps!\n"
    comments = "Run the installer, then restart the service.\n\nI hope this helps! Leave a comment if it fails.\n"
    chinese = "先安装，再重启服务。\n\n希望对你有帮助！\n"
    chinese_many = "先安装，再重启服务。\n\n希望对大家有帮助！\n"
    assert "AI002" in {f.code for f in ai_findings(answer)}
    assert "AI002" in {f.code for f in ai_findings(chinese)}
    assert "AI002" not in {f.code for f in ai_findings(many)}
    assert "AI002" not in {f.code for f in ai_findings(comments)}
    assert "AI002" not in {f.code for f in ai_findings(chinese_many)}


def test_a_closing_formula_in_another_language_signs_a_letter():
    body = "Ich habe die Aufgaben für die Prüfung zusammengestellt.\n\nIch hoffe, das hilft dir weiter.\n"
    assert "AI002" in {f.code for f in ai_findings(body)}
    assert "AI002" not in {f.code for f in ai_findings(body + "\nViele Grüße\n")}


def test_thanks_for_an_answer_make_a_reply_in_a_thread():
    """A chatbot gives answers; a poster who thanks someone for theirs is replying in a thread."""
    ask = "I still do not see where the numbers in the formula come from.\n\nCan you provide a little more detail for me?\n"
    assert "AI013" in {f.code for f in ai_findings(ask)}
    assert not ai_findings("Thank you for your answer, but " + ask[0].lower() + ask[1:])


def test_a_channel_named_just_after_a_wish_makes_it_the_writers():
    """ "Open an issue in this repo" or "our group" right after the wish is the writer's own channel."""
    answer = "Buka browser dan kunjungi halaman itu.\n\nSemoga membantu! Jika ada pertanyaan, tanya saja.\n"
    repo = "Buka browser dan kunjungi halaman itu.\n\nSemoga membantu! Jika ada pertanyaan, silakan buat issue di repo ini.\n"
    group = "Abra o navegador.\n\nEspero que isso ajude! Poste sua dúvida no nosso grupo.\n"
    assert "AI002" in {f.code for f in ai_findings(answer)}
    assert "AI002" not in {f.code for f in ai_findings(repo)}
    assert "AI002" not in {f.code for f in ai_findings(group)}
    problems = "The loop ends there.\n\nI hope this helps! Let me know if you have any further questions or issues.\n"
    assert "AI002" in {f.code for f in ai_findings(problems)}


def test_a_wish_that_helps_someone_is_to_any_reader():
    closing = "The body is parsed as JSON, no annotations needed.\n\nGood luck with your project!\n"
    assert "AI002" in {f.code for f in ai_findings(closing)}
    assert not ai_findings(closing.replace("needed.", "needed. Hope this helps someone!"))


def test_a_plan_for_the_writers_own_review_is_a_reasoning_trace():
    """The model planning its output ("structure the review") with no "user" named is still a trace."""
    plan = "The lamp page.\n\nI need to organize the essay clearly. The essay must cover the wiring first.\n"
    blogger = "The lamp page.\n\nI need to finish the review of this lamp by Friday.\n"
    unit = "The lamp page.\n\nI should mention that the review unit came from the maker.\n"
    assert "AI014" in {f.code for f in ai_findings(plan)}
    assert "AI014" not in {f.code for f in ai_findings(blogger)}
    assert "AI014" not in {f.code for f in ai_findings(unit)}


def test_advice_to_adapt_the_file_counts_after_the_file_closes_at_the_end():
    """ "Customize this template to your needs" after the closing rule is said to the requester."""
    handed = "## Setup\n\nRun the installer.\n\n---\n\nFeel free to adapt this template to your team's needs.\n"
    inside = "## Setup\n\nFeel free to adapt this template to your team's needs.\n\n## Usage\n\nRun the installer.\n"
    assert "AI009" in {f.code for f in ai_findings(handed)}
    assert "AI009" not in {f.code for f in ai_findings(inside)}
    assert "AI009" not in {f.code for f in ai_findings(handed + "\n" + "The installer also logs. " * 20 + "\n")}


def test_a_reworked_variant_handed_over_is_a_preamble_in_russian_and_portuguese():
    """The masculine "вариант" and the adjusted "versão ajustada" present a reworked text as "версия" does."""
    ru = "Вот переработанный вариант плана с новыми разделами:\n\n1. Введение\n"
    pt = "Aqui está uma versão ajustada do plano com novas seções:\n\n1. Introdução\n"
    assert "AI007" in {f.code for f in ai_findings(ru)}
    assert "AI007" in {f.code for f in ai_findings(pt)}
    assert "AI007" not in {f.code for f in ai_findings("Первый вариант плана был проще.\n")}


@pytest.mark.parametrize(
    ("code", "said", "shown"),
    [
        pytest.param(
            "AI014",
            "The lamp page.\n\nSince the user has not given the model number, I will describe lamps in general.\n",
            "The lamp page.\n\nIf the user has not given a model number, the form shows an error.\n",
            id="planning-around-the-user-who-gave-no-details",
        ),
        pytest.param(
            "AI005",
            "It is not possible to write a balanced review of the gadget because the keyword names no real product.\n",
            "It is impossible to write a calm review of this film because it is so loud.\n",
            id="impersonal-inability-blamed-on-the-request",
        ),
        pytest.param(
            "AI007",
            "# Lamp\n\nRun the lamp.\n\n---\n\nThis README now includes the wiring steps and a parts list.\n",
            "# Lamp\n\nThis README now includes the wiring steps.\n\n## Wiring\n\nConnect the red wire.\n",
            id="what-the-file-now-holds-at-the-texts-end-not-inside-it",
        ),
        pytest.param(
            "AI007",
            "Berikut adalah versi yang telah diperbaiki:\n\n## Panduan\n\nJalankan skrip.\n",
            "Versi yang diperbaiki dirilis bulan lalu oleh tim kami.\n",
            id="indonesian-fixed-version-handed-over",
        ),
        pytest.param(
            "AI002",
            "pip install lamp\n\nThis should give you a solid starting point for wiring the lamp.\n",
            "If you want a reference setup, this should give you a solid starting point.\n",
            id="the-handed-over-text-as-the-addressees-start-opens-its-sentence",
        ),
        pytest.param(
            "AI002",
            "## License\n\nMIT.\n\n🚀 Let me know if you need any improvements.\n",
            "## License\n\nMIT.\n\nThe build shows what improvements the team needs.\n",
            id="a-pictograph-opens-the-line-and-improvements-are-a-reaction-to-the-text",
        ),
        pytest.param(
            "AI014",
            "<think>\nOkay, so the lamps go in price order and the cheapest comes first.\n\nThe lamps.\n",
            "Strip the tags: the log printed <think> and the answer on one line.\n",
            id="a-thought-tag-opening-its-line-with-prose-after-it",
        ),
        pytest.param(
            "AI014",
            "The lamp page.\n\nThe user is asking me to list the lamps by price.\n",
            "## Model reasoning\n\nThe user is asking me to list the lamps by price.\n",
            id="the-speaker-as-the-one-the-user-asks-unless-a-heading-shows-the-reasoning",
        ),
        pytest.param(
            "AI014",
            "# First, I need to figure out the lamp structure. The original code lists one lamp.\n\nThe lamps.\n",
            "First, I need to figure out all the lamp shops in Warsaw. Amazingly, the city lists them.\n",
            id="the-text-opening-with-a-plan-for-the-tasks-own-text-not-for-the-world",
        ),
        pytest.param(
            "AI014",
            "The lamp page.\n\nAlright, the user wants me to list the lamps by price.\n",
            "## Session log\n\nAssistant: _Thinking:_ Alright, the user wants me to list the lamps by price.\n",
            id="an-exported-logs-thinking-label-shows-the-trace",
        ),
        pytest.param(
            "AI013",
            "The lamp page.\n\nPaste the wiring notes below and I'll turn them into steps.\n",
            "The lamp page.\n\nPaste the wiring notes below and you will see the steps.\n",
            id="the-addressees-act-of-supplying-input-joined-to-the-speakers-act-on-it",
        ),
        pytest.param(
            "AI007",
            "Basé sur le Dockerfile fourni, voici une version améliorée pour Debian.\n",
            "Et, voici une version améliorée pour Debian, disait le journal.\n",
            id="a-phrase-fronted-before-the-presentation-still-opens-the-reply",
        ),
        pytest.param(
            "AI003",
            "The lamp page.\n\nAs a text-based AI, I cannot draw the wiring diagram.\n",
            "The lamp page.\n\nAs a former AI researcher, I cannot draw the wiring diagram either.\n",
            id="the-speaker-naming-itself-an-ai-with-words-describing-it",
        ),
        pytest.param(
            "AI013",
            "The lamp page.\n\nIf you can share the wiring diagram, I'll add the missing steps.\n",
            "The lamp page.\n\nIt would be great if you can share the wiring diagram with the club, as I'll be away.\n",
            id="a-request-for-input-as-the-condition-opening-the-sentence",
        ),
    ],
)
def test_said_to_the_requester_against_its_look_alike(code: str, said: str, shown: str):
    """One leftover and the text a writer would write with the same words: only the leftover is flagged."""
    assert code in {f.code for f in ai_findings(said)}
    assert code not in {f.code for f in ai_findings(shown)}


def _manual(middle: str, end: str = "Wire the last lamp.") -> str:
    """A long manual that speaks to its reader all through, with ``middle`` inside its body and ``end`` closing it."""
    steps = [f"Step {n}: you connect lamp {n} to the rail and your meter reads its current." for n in range(1, 12)]
    plain = [f"Lamp {n} draws half an amp." for n in range(1, 12)]
    body = [line for pair in zip(steps, plain, strict=True) for line in pair]
    return "# Lamps\n\n" + " ".join(body[:11]) + f" {middle} " + " ".join(body[11:]) + f"\n\n{end}\n"


def test_inside_a_manual_that_speaks_to_its_reader_a_request_is_the_writers():
    request = "If you'd like to help build the rail, please share your ideas with the other readers."
    assert "AI013" in {f.code for f in ai_findings(f"The lamp page.\n\n{request}\n")}
    assert "AI013" not in {f.code for f in ai_findings(_manual(request))}


def test_a_leftover_closing_a_manual_is_still_the_replys():
    closing = "Let me know if you'd like me to add a wiring diagram to this README."
    assert "AI013" in {f.code for f in ai_findings(_manual("Lamp 12 is spare.", closing))}


def test_a_pull_request_or_a_mail_to_someone_named_is_a_channel_but_one_the_speaker_offers_to_open_is_not():
    assert not ai_findings(
        "The lamp page.\n\nIf you are interested in porting it, send a pull request, I'd love to hear about it!\n"
    )
    assert not ai_findings(
        "The lamp page.\n\nPlease send an email to Lampworks with your ideas and how you would like to help.\n"
    )
    assert "AI013" in {
        f.code
        for f in ai_findings(
            "The lamp page.\n\nLet me know if you'd like me to open a pull request with these changes.\n"
        )
    }


def test_a_remark_on_the_text_handed_over_counts_where_a_reply_hands_it_over():
    """After the file closes (a rule or a fence) at the text's end, or opening the text; inside a manual it is the manual's."""
    after_rule = "# Lamp\n\nRun the lamp.\n\n---\n\nThis is the full code for your README, ready to publish.\n"
    opening = "Feel free to expand this template to fit the needs of your project.\n"
    inside = "# Lamp\n\nThis code works in your project as it is.\n\n## Wiring\n\nConnect the red wire.\n"
    italian = "# Lampada\n\nAccendi la lampada.\n\n---\n\nQuesta versione è pronta per il tuo progetto.\n"
    assert "AI007" in {f.code for f in ai_findings(after_rule)}
    assert "AI007" in {f.code for f in ai_findings(opening)}
    assert "AI007" in {f.code for f in ai_findings(italian)}
    assert not ai_findings(inside)


def test_a_plan_for_the_task_counts_only_at_the_opening_and_spoken_to_no_one():
    inside = "The lamp page.\n\nIt has lamps. More lamps. I need to make sure the explanation is clear.\n"
    spoken = "I need to make sure the explanation is clear for you.\n"
    assert "AI014" not in {f.code for f in ai_findings(inside)}
    assert "AI014" not in {f.code for f in ai_findings(spoken)}


def test_a_reminder_to_fill_in_placeholders_beside_the_code_inside_a_manual_is_the_manuals():
    manual = (
        "# Storage\n\nThe script lists the containers. Remember to replace the placeholder values with your own values.\n\n"
        '```sh\naccount="<storage-account>"\n```\n\n## Cleanup\n\nDelete the containers when you are done.\n'
    )
    closing = '# Storage\n\n```sh\naccount="<storage-account>"\n```\n\nRemember to replace the placeholder values with your own values.\n'
    assert "AI009" not in {f.code for f in ai_findings(manual)}
    assert "AI009" in {f.code for f in ai_findings(closing)}


def test_a_citation_handle_held_as_a_sample_in_code_is_a_mention_but_one_in_a_shown_string_is_left():
    samples = 'examples = ["Report ready citeturn0search3", "Source 【4†source】 here"]\n'
    comment = "// strip citation marks (ej: 【4:0†source】)\n"
    title = 'st.title("House Price Prediction — citeturn0search3")\n'
    value = '"summary": "The firm holds SOC 2 certification. citeturn0search0",\n'
    assert not ai_findings(samples)
    assert not ai_findings(comment)
    assert "AI010" in {f.code for f in ai_findings(title)}
    assert "AI010" in {f.code for f in ai_findings(value)}


def test_a_team_signing_the_message_makes_it_a_letter():
    """A chatbot signs nothing; a company's or a community's message to its user is signed by its team."""
    body = "Falls du noch Fragen hast, schreib mir.\n\nViel Erfolg mit deinem Projekt!\n"
    assert "AI002" in {f.code for f in ai_findings(body)}
    assert "AI002" not in {f.code for f in ai_findings(body + "\nDein Flinkly-Team\n")}
    assert "AI002" not in {f.code for f in ai_findings(body + "\nWikia Community Team\n")}
    markup = "<p>\n  Si tienes más preguntas, no dudes en preguntar.\n  <br>El equipo de Flores Victoria\n</p>"
    assert "AI002" not in {f.code for f in ai_findings(markup)}
    # a team named inside a sentence signs nothing
    assert "AI002" in {f.code for f in ai_findings(body + "\nThe team shipped version two last week.\n")}


def test_a_closing_formula_ending_the_last_line_signs_a_post():
    answer = "Ejecutá lo siguiente en una terminal: sudo pppoeconf\ny seguí las instrucciones.\nEspero que te sirva."
    assert "AI002" in {f.code for f in ai_findings(answer)}
    assert "AI002" not in {f.code for f in ai_findings(answer + " Saludos..")}


def test_a_posts_byline_makes_a_thread_of_replies():
    reply = "Run the installer, then restart the service.\n\nI hope this helps!\n"
    assert "AI002" in {f.code for f in ai_findings(reply)}
    assert "AI002" not in {f.code for f in ai_findings("### Post by alzie on 2008-04-06\n" + reply)}


def test_a_quotation_left_open_in_the_sentence_is_quoted_to_its_end():
    said = "The chatbot suggested, “If you want, I can also create a snappier version of this article for you. Do you want that?”"
    plain = "If you want, I can also create a snappier version of this article for you."
    assert "AI013" in {f.code for f in ai_findings(plain)}
    assert "AI013" not in {f.code for f in ai_findings(said)}


def test_a_message_quoted_twice_in_a_mail_reply_is_shown_not_said():
    quoted = ">> Let me know which version you prefer, and I'll change it. However,\n>> based on the results, I would prefer the first.\n"
    assert "AI013" in {f.code for f in ai_findings(quoted.replace(">> ", ""))}
    assert "AI013" not in {f.code for f in ai_findings(quoted)}


def test_a_code_blocks_header_bar_is_read_by_its_layout_in_any_language():
    """A language line, a short button label, then code: the bar, whatever words the interface used."""
    bare = "Install it:\n\nbash\nSkopiuj kod\nnpm install node-red-contrib-alarm\n"
    fenced = "Activate it:\n```bash\nSkopiuj kod\nconda activate env\n```\n"
    found = [(f.code, bare[f.start : f.end]) for f in ai_findings(bare)]
    assert found == [("AI006", "bash\nSkopiuj kod")]
    assert [(f.code, fenced[f.start : f.end]) for f in ai_findings(fenced)] == [("AI006", "Skopiuj kod")]
    # code in that place starts lowercase or holds a sign; a prose block's first line is its own
    assert not ai_findings("Run:\n\nbash\ncd Tests\nnpm test\n")
    assert not ai_findings("Example:\n```text\nDear Sir\nI write about the invoice.\n```\n")
    # a list of names where one person is called like a language: the next line is a name, not code
    assert not ai_findings("Thanks to\nRobin Kruppe\nRuby\nRyo Munakata\nScott Olson\nSean Bowe\n")
    # a language in its own spelling is a heading: a release post's "JavaScript" over a feature's name
    heading = (
        "The highlights follow.\nJavaScript\nOptional chaining\nWhen writing chains of accesses (a.b.c), check each.\n"
    )
    assert not ai_findings(heading)
    assert [
        f.code for f in ai_findings(heading.replace("JavaScript\nOptional chaining", "javascript\nKopiuj kod"))
    ] == ["AI006"]


def test_a_chat_products_footer_is_found_where_a_copy_puts_it():
    glued = "Every touchpoint reinforces the brand.RetryClaude can make mistakes. Please double-check responses."
    alone = "I've updated the README.\n\n\nGemini can make mistakes, so double-check it\n"
    found = [glued[f.start : f.end] for f in ai_findings(glued)]
    assert found == ["RetryClaude can make mistakes. Please double-check responses."]
    assert [f.code for f in ai_findings(alone)] == ["AI006"]
    # said about a product inside a sentence, it is the article's
    assert not ai_findings("Lawyers learned that ChatGPT can make mistakes, so check every citation.")
    assert not ai_findings("Gemini can make mistakes, experts warn, and several lawyers lost cases over it.")


def test_a_slot_shown_as_code_inside_a_sentence_is_mentioned():
    mention = "The file `replacements.json` maps a literal string like `[Insert Company Name]` to a variable."
    listed = "The legal page still shows (`[Ihr Name]`, `[Name Datenschutzbeauftragter]`) until launch."
    field = "> **Company Name:** `[INSERT COMPANY NAME]`\n> **Author:** Staff Architect"
    assert "AI008" not in {f.code for f in ai_findings(mention)}
    assert "AI008" not in {f.code for f in ai_findings(listed)}
    assert "AI008" in {f.code for f in ai_findings(field)}  # a field's value, after the label's colon


def test_an_offer_in_russian_reads_the_speakers_first_person_verb_not_a_list_of_verbs():
    """After the condition on the addressee's wish, "я" and any first-person verb ("добавлю", "пришлю") offer."""
    for verb in ("добавлю", "пришлю", "перепишу"):
        assert "AI001" in {f.code for f in ai_findings(f"Если хочешь, я {verb} к этому плану готовые команды.")}
    assert "AI001" not in {f.code for f in ai_findings("Если хочешь, он добавит к этому плану готовые команды.")}


def _tutorial(middle: str) -> str:
    """A long tutorial (thirty sentences) with ``middle`` in its body, far from its opening and closing."""
    before = " ".join(f"Step {n} of the server reads the request and checks the path." for n in range(1, 16))
    after = " ".join(f"Case {n} tests the request and then acts on it." for n in range(1, 16))
    return f"{before}\n\n{middle}\n\n{after}\n"


def test_a_tutorial_presents_its_own_rewrite_in_its_body():
    """Inside a long text's body, meta-commentary speaks to someone before it is a reply's."""
    own = _tutorial("The right fix is to step back. Here's a rewrite of the do_GET method:")
    above = _tutorial("Because the version above only handles numbers, we need a few more methods.")
    addressed = _tutorial("Here's a rewrite of your do_GET method:")
    assert "AI007" not in {f.code for f in ai_findings(own)}
    assert "AI007" not in {f.code for f in ai_findings(above)}
    assert "AI007" in {f.code for f in ai_findings(addressed)}
    opening = "Here's a rewrite of the do_GET method:\n\n" + _tutorial("The cases follow.")
    assert "AI007" in {f.code for f in ai_findings(opening)}


def test_a_sign_off_sending_the_reader_to_someone_else_is_a_bio():
    """A chatbot offers itself; "contact them" sends the reader on to a third person, as an author's bio does."""
    bio = "Jane Roe works on the analytics team. She and her colleagues like to share what they know. "
    ask = "If you have any questions, or would like to know more, feel free to contact"
    bare, third = f"{bio}{ask} me.", f"{bio}{ask} them."
    assert "AI002" in {f.code for f in ai_findings(bare)}
    assert not ai_findings(third)


def test_a_letter_the_page_presents_in_the_third_person_keeps_its_closing():
    """A page that shows a letter ("The office used the following text ...") shows its closing too; a reply
    hands its text over in the first or second person, and a bare closing is still the requester's."""
    body = (
        "The vendor asked for a signed request before the enrollment could go ahead.\n"
        "The office used the following text for the request letter.\n"
        "This letter asks the vendor to proceed with the enrollment.\n"
        "Thank you for your help. Please let me know if you have any questions or concerns.\n"
    )
    reply = body.replace(
        "The office used the following text for the request letter.", "Here is the following text for your letter:"
    )
    bare = body.replace("The office used the following text for the request letter.\n", "")
    assert "AI013" not in {f.code for f in ai_findings(body)}
    assert "AI013" in {f.code for f in ai_findings(reply)}
    assert "AI013" in {f.code for f in ai_findings(bare)}


PHRASE_RULES = ("AI001", "AI002", "AI003", "AI004", "AI005", "AI006", "AI007", "AI008", "AI009")


@pytest.mark.parametrize("code", PHRASE_RULES)
def test_a_phrase_rule_selected_alone_in_a_fresh_process_finds_its_cases(code):
    """Selecting one rule loads only its module: its phrases must still join the candidate sets.

    Run in a fresh interpreter, because in this one other tests have already imported every module.
    """
    script = (
        "import sys\n"
        "from scrapelint.testing import load_cases, lint_case\n"
        "cases = [c for c in load_cases(sys.argv[1]) if c.should_fail and not c.skip and not c.configs]\n"
        "missed = [c.id for c in cases if not lint_case(c)]\n"
        "print(len(cases), missed)\n"
        "sys.exit(1 if missed or not cases else 0)\n"
    )
    path = ROOT / "tests" / "rules" / "cases" / f"{code}.yml"
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_done_or_great_after_a_linking_verb_completes_a_clause_and_opens_no_reply():
    """A tutorial's step ends "Your list is done!": the word is the clause's complement, not an interjection."""
    step = (
        "# Stop words\n\nOpen the list and add the words you want left out.\n\n"
        "Once you are ready, save the list.\nYour stopwords list is done! Here's more about editing your list.\n"
    )
    exclaimed = "Stop words Done! Here is the revised version of your list.\n"
    assert "AI007" not in {f.code for f in ai_findings(step)}
    assert "AI007" in {f.code for f in ai_findings(exclaimed)}


def _long_story(middle: str, end: str = "") -> str:
    body = [f"On day {n} of the conference I tried one more tool on my slides." for n in range(1, 25)]
    return " ".join(body[:12]) + "\n" + middle + "\n" + " ".join(body[12:]) + ("\n" + end if end else "") + "\n"


def test_an_offer_to_no_one_deep_in_a_long_texts_body_is_the_writers_plan():
    """A reply offers at its opening or closing; in the body of a long text "I could ..." with no
    addressee is the writer weighing what to build, while the same offer closing the text is flagged."""
    plan = "I could translate entire slides at once, which would give the program more context."
    assert "AI001" not in {f.code for f in ai_findings(_long_story(plan))}
    assert "AI001" in {f.code for f in ai_findings(_long_story("It worked.", plan))}
    offer = "I could translate entire slides for you at once, which would give the program more context."
    assert "AI001" in {f.code for f in ai_findings(_long_story(offer))}


def test_a_long_story_told_to_many_readers_closes_with_its_writers_word_to_them():
    """A post whose writer tells their own past to many readers ends "please let me know!" to them;
    the same closing under a text that tells no story of its writer is a reply's, to its requester."""
    closing = "If you have any questions about the data, or any interest in exploring it together, please let me know!"
    story = [
        f"In week {n} I {('decided', 'started')[n % 2]} to colour one more volume of the caselaw." for n in range(1, 24)
    ]
    told = " ".join(story) + "\nI hope everyone enjoys the pictures.\n" + closing + "\n"
    report = [f"Volume {n} of the caselaw holds more colours than the one before it." for n in range(1, 24)]
    reported = " ".join(report) + "\nThe pictures are in the appendix.\n" + closing + "\n"
    assert "AI013" not in {f.code for f in ai_findings(told)}
    assert "AI013" in {f.code for f in ai_findings(reported)}


def test_a_tutorial_step_on_the_readers_own_query_is_no_word_to_the_requester():
    """An instruction that opens with a bare verb on "your query" is a step in a how-to (the reader
    working a search tool); the same words after a preposition, or with a speaker, are a reply's."""
    opening = "The tool counts words in the caselaw by year.\n\nType three words into the box.\n\n"
    step = "Refine your query or learn more by selecting the gear icon shown above the chart.\n\n"
    closing = "Select the graph.\n\nThe data comes from the archive.\n"
    assert "AI013" not in {f.code for f in ai_findings(opening + step + closing)}
    reply = "Regarding your query, I can write the article or refine the summary for you.\n\n"
    assert "AI013" in {f.code for f in ai_findings(opening + reply + closing)}
    offer = "Refine your query and I will write the article for you.\n\n"
    assert "AI013" in {f.code for f in ai_findings(opening + offer + closing)}


def test_an_emoji_ends_a_sentence_as_a_full_stop_does():
    """A post's closing where an emoji stands for the full stop ("... so I'll stop here 😄 Next week
    I'll be writing ..."): each sentence is scored on its own, and neither is a word to a requester;
    a reply's request after an emoji is still one."""
    body = " ".join(f"Step {n} of the guide adds one more component to the template." for n in range(1, 12))
    closing = (
        "I'm sure you're eager to try the new syntax in your app now that you've seen it, so I'll stop here 😄 "
        "Next week I'll be writing about tracked properties and how they handle state changes, so come back then!"
    )
    assert "AI013" not in {f.code for f in ai_findings(body + "\n\n" + closing + "\n")}
    reply = "I hope the summary reads well 😄 Let me know if you'd like me to write a shorter version of the article!"
    assert "AI013" in {f.code for f in ai_findings(body + "\n\n" + reply + "\n")}


def test_a_guide_introducing_itself_is_no_sign_off():
    """ "This guide will get you started" in the first half of a long guide points at what follows;
    the same judgement closing a text points back at the text handed over, a reply's sign-off."""
    steps = "\n".join(f"{n}. Submit form {n} to the office and wait for its reply." for n in range(1, 24))
    intro = "Buying equipment needs the office's approval. This guide will get you started on the purchase process.\n"
    assert "AI002" not in {f.code for f in ai_findings("Purchases\n" + intro + steps + "\n")}
    closing = "\nThis should get you started on the purchase process.\n"
    assert "AI002" in {f.code for f in ai_findings("Purchases\n" + steps + closing)}
    assert "AI002" in {f.code for f in ai_findings(intro)}


def test_wait_plans_only_as_an_interjection():
    """ "Wait, the user said ..." stops a model's thought; "the time the user needs to wait" is a text
    about a product's users, with "wait" the verb."""
    about_users = (
        "Split the code into bundles so each page loads only its own code. "
        "This cuts the time the user needs to wait to load your app, by loading only the code they need.\n"
    )
    assert "AI014" not in {f.code for f in ai_findings(about_users)}
    trace = "The app loads every bundle at start. Wait, the user said the app should load only the page's code.\n"
    assert "AI014" in {f.code for f in ai_findings(trace)}


def _own_work(closing: str) -> str:
    """A long post whose writer tells their own summer's work on a library, in the first person and the past."""
    weeks = [
        f"In week {n} I {('decided', 'started')[n % 2]} to port one more routine of the sparse solver to the new API."
        for n in range(1, 24)
    ]
    return " ".join(weeks) + "\nThe last routine landed in the release.\n" + closing + "\n"


def test_a_writer_telling_their_own_work_closes_with_an_offer_on_its_subject():
    """A post whose writer tells their own work ends with an offer on its subject ("I'd be happy to
    help"); the same offer to rework the text it closes ("expand the article") is a reply's, and so is
    the subject offer at the opening or under a text that tells no story of its writer."""
    on_subject = "If you have any questions about the solver, I'd be happy to help you get started."
    rework = "If you have any questions about the article, I'd be happy to expand it for you."
    assert "AI013" not in {f.code for f in ai_findings(_own_work(on_subject))}
    assert "AI013" in {f.code for f in ai_findings(_own_work(rework))}
    leave = "If you have questions about the solver, would you like me to help you get started?"
    assert "AI013" in {f.code for f in ai_findings(_own_work(leave))}
    report = [f"Routine {n} of the sparse solver now runs on the new API." for n in range(1, 24)]
    reported = " ".join(report) + "\nThe last routine landed in the release.\n" + on_subject + "\n"
    assert "AI013" in {f.code for f in ai_findings(reported)}


def test_a_medium_the_writer_is_reached_through_is_a_channel():
    """A chatbot is reached in its chat alone: "DM me", "email me", "on Mastodon", "in the forum" name
    where a person is reached; the same closing without them is still read as a reply's."""
    bare = "The bridge opens in May.\n\nIf you have any questions about the article, I'd be happy to help.\n"
    media = (
        "The bridge opens in May.\n\nIf you have any questions about the article, I'd be happy to help: DM me on "
        "Mastodon or email me.\n",
        "The bridge opens in May.\n\nIf you have any questions about the article, I'd be happy to help in the "
        "project's forum.\n",
    )
    assert "AI013" in {f.code for f in ai_findings(bare)}
    for text in media:
        assert "AI013" not in {f.code for f in ai_findings(text)}, text
    wish = "The bridge opens in May.\n\nI hope you enjoyed this post. If you have any feedback, please {}.\n"
    assert "AI002" in {f.code for f in ai_findings(wish.format("let me know"))}
    assert "AI002" not in {f.code for f in ai_findings(wish.format("DM me or email me"))}
