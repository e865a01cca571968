"""Readability rules beyond the YAML cases: document stats, clean text, long inputs."""

from __future__ import annotations

import json
from pathlib import Path

import scrapelint.rules._textstats as textstats
from click.testing import CliRunner
from scrapelint.api import lint_text
from scrapelint.cli.app import main
from scrapelint.model.document import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CLEAN = (EXAMPLES / "clean-article.txt").read_text(encoding="utf-8")


def test_json_document_stats_carry_readability(tmp_path):
    target = tmp_path / "article.txt"
    target.write_text(CLEAN, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(target), "--isolated", "--select", "RD", "--format", "json"])
    (document,) = json.loads(result.stdout)["documents"]
    stats = document["readability"]
    assert stats["language"] == "en"
    assert 30 < stats["flesch_reading_ease"] < 90
    assert 4 < stats["flesch_kincaid_grade"] < 16
    assert stats["coleman_liau_index"] is not None
    assert stats["longest_sentence_words"] < 60
    assert 0.3 < stats["function_word_ratio"] < 0.6
    assert result.exit_code == 0


def test_flesch_without_the_cmu_dictionary_stays_offline(monkeypatch):
    """Without cmudict, textstat would try to download it; the pyphen path is used instead."""
    monkeypatch.setattr(textstats, "_cmudict_installed", lambda: False)
    import nltk

    def no_download(*args, **kwargs):
        raise AssertionError("tried to download a corpus")

    monkeypatch.setattr(nltk, "download", no_download)
    stats = textstats.readability(Document(CLEAN))
    assert 30 < stats["flesch_reading_ease"] < 90


def test_harder_text_reads_harder():
    easy = "The cat sat on the mat. It was warm. The sun was out. We had tea and cake. " * 5
    hard = (
        "Notwithstanding considerable institutional heterogeneity, comparative constitutional "
        "jurisprudence demonstrates that intergovernmental accountability mechanisms systematically "
        "underperform relative to parliamentary oversight arrangements. "
    ) * 5
    assert (
        textstats.readability(Document(easy))["flesch_reading_ease"]
        > textstats.readability(Document(hard))["flesch_reading_ease"]
    )


def test_clean_article_has_no_language_or_readability_findings():
    assert lint_text(CLEAN, select=["LG", "RD"], language="en") == []


def test_readability_example_is_flagged():
    text = (EXAMPLES / "readability.txt").read_text(encoding="utf-8")
    found = {f.code for f in lint_text(text, select=["RD"], language="en")}
    assert {"RD001", "RD002", "RD003"} <= found


def test_findings_point_at_the_responsible_lines():
    menu = "\n".join(["Home", "World", "Business", "Markets", "Science", "Health", "Sport", "Culture"])
    text = (
        "The council approved the plan on Monday after a long debate.\n"
        + menu
        + "\nThe mayor said the work would start in the autumn.\n"
    )
    (finding,) = lint_text(text, select=["RD004"])
    assert text[finding.start : finding.end].startswith("Home")
    assert text[finding.start : finding.end].endswith("Culture")


def test_long_single_line_documents_do_not_hang():
    words = CLEAN.replace("\n", " ").split()
    salad = " ".join(words[i % len(words)] for i in range(0, 300_000, 7))
    for text in (CLEAN.replace("\n", " ") * 400, salad):  # speed: bench/language_cost.py
        findings = lint_text(text, select=["RD"])
        assert [f.code for f in findings] == ["RD005"]  # the repetition, reported once


def test_false_alarms_on_clean_bench_text(shared: Path):
    """Article lines of real pages (the benchmark's `content` labels): few RD/LG findings."""
    data = shared / "bench" / "boilerplate" / "dev.jsonl"
    words = findings = 0
    with data.open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record["source"] != "zyte-aeb" or record["render"] != "blocks":
                continue
            labels = record["labels"]
            lines = [line for line, label in zip(record["text"].split("\n"), labels, strict=True) if label == "content"]
            text = "\n\n".join(line.strip() for line in lines)
            if len(text.split()) < 50:
                continue
            words += len(text.split())
            findings += len(lint_text(text, select=["LG", "RD"]))
    assert words > 20_000
    assert findings / words * 10_000 < 5
