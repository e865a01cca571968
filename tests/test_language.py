"""Language rules beyond the YAML cases: seeds, determinism, bounded cost, JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import scrapelint.text.language
from click.testing import CliRunner
from scrapelint.api import lint_text
from scrapelint.cli.app import main
from scrapelint.model.document import Document
from scrapelint.rules import _scripts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

ENGLISH = (
    "The council approved the plan on Monday after a long debate about parking, deliveries and the "
    "safety of schoolchildren on the main road. Work is expected to start in the autumn. "
)


def codes(findings, prefix="LG"):
    return [f.code for f in findings if f.code.startswith(prefix)]


def test_seed_002_korean_menu_items_are_flagged(seeds):
    """Every line of the English seed page that holds Hangul is covered by an LG002 finding."""
    text = seeds["002"]
    findings = [f for f in lint_text(text, select=["LG"], language="en") if f.code == "LG002"]
    doc = Document(text)
    hangul = [line for line in doc.lines if _scripts.SCRIPT_PATTERNS["Hangul"].search(line.text)]
    assert len(hangul) >= 5
    for line in hangul:
        assert any(f.start <= line.end and line.start <= f.end for f in findings), line.text
    # the English article body itself is not flagged
    flagged = sum(f.end - f.start for f in findings)
    assert flagged < 0.1 * len(text)


def test_english_seeds_are_english_and_carry_no_language_findings(seeds):
    for key, text in seeds.items():
        doc = Document(text)
        assert doc.language is not None and doc.language[0] == "en", key
        if key != "002":
            assert codes(lint_text(text, select=["LG"], language="en")) == [], key


def test_detection_is_deterministic():
    text = "Ciao a tutti, oggi parliamo di politica e di economia nella nostra città. " * 3
    results = {Document(text).language for _ in range(5)}
    assert len(results) == 1
    (language, probability), *_ = results
    assert language == "it" and probability > 0.9


def test_detection_reads_a_bounded_sample(monkeypatch):
    seen: list[int] = []
    original = scrapelint.text.language.detect_language

    def spy(text, *args, **kwargs):
        seen.append(len(text))
        return original(text, *args, **kwargs)

    monkeypatch.setattr(scrapelint.text.language, "detect_language", spy)
    assert Document(ENGLISH * 20_000).language[0] == "en"
    assert seen and max(seen) <= scrapelint.text.language.SAMPLE_CHARS + 2


def test_passage_detection_is_budgeted(monkeypatch):
    calls: list[str] = []
    original = scrapelint.text.language.detect_language

    def spy(text, *args, **kwargs):
        calls.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(scrapelint.text.language, "detect_language", spy)
    # a Hungarian page (no function-word list for triage): every paragraph needs langdetect
    hungarian = "A városi tanács hétfőn elfogadta a tervet, miután hosszú vita folyt a parkolásról és az iskolások biztonságáról. "
    text = ENGLISH * 5 + "\n\n" + "\n\n".join([hungarian] * 60)
    findings = lint_text(text, select=["LG003"], rule_options={"LG003": {"max-detections": 7}})
    assert [f.extra["detected"] for f in findings] == ["en"]
    document_detections = 1
    assert len(calls) <= 7 + document_detections


def test_rule_records_language_even_without_an_expected_one():
    doc = Document(ENGLISH * 3)
    from scrapelint.api import make_engine
    from scrapelint.io.config import Settings

    engine = make_engine(Settings().with_overrides(select=["LG001"]))
    result, _ = engine.lint_document(doc)
    assert result.stats["language"] == "en"
    if result.stats["language_method"] == "langdetect":
        assert result.stats["language_probability"] > 0.9
    else:  # decided by function words alone: no langdetect probability to report
        assert result.stats["language_method"] == "function-words"
        assert result.stats["language_probability"] is None


def test_json_output_has_language_and_probability(tmp_path):
    target = tmp_path / "page.txt"
    target.write_text("Die Stadtverwaltung hat am Montag neue Regeln für den Wohnungsbau vorgestellt. " * 3)
    result = CliRunner().invoke(
        main, ["check", str(target), "--isolated", "--select", "LG", "--language", "en", "--format", "json"]
    )
    payload = json.loads(result.stdout)
    (document,) = payload["documents"]
    assert document["language"] == "de"
    assert document["language_probability"] > 0.9
    assert [f["code"] for f in payload["findings"]] == ["LG001"]
    assert result.exit_code == 1


def test_jsonl_record_language_field_sets_the_expectation(tmp_path):
    target = tmp_path / "corpus.jsonl"
    records = [
        {"id": "a", "text": ENGLISH * 2, "language": "en"},
        {"id": "b", "text": ENGLISH * 2, "language": "fr"},
    ]
    target.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = CliRunner().invoke(main, ["check", str(target), "--isolated", "--select", "LG001", "--format", "json"])
    payload = json.loads(result.stdout)
    assert [f["doc"] for f in payload["findings"]] == ["b"]


def test_dominant_script_of_a_japanese_page_is_not_latin():
    text = "東京の新しい図書館は月曜日に開館し、多くの市民が訪れました。 iPhone Apple Google"
    assert _scripts.dominant_script(text) in {"Han", "Kana"}
    assert "Latin" not in _scripts.foreign_scripts("Han")


def test_language_example_is_flagged():
    text = (EXAMPLES / "language.txt").read_text(encoding="utf-8")
    assert sorted(set(codes(lint_text(text, select=["LG"], language="en")))) == ["LG002", "LG003"]


@pytest.mark.parametrize("size", [2_000_000])
def test_long_single_line_document_is_linted(size):
    """A 2 MB line of English with a Korean word per sentence: single foreign words inside
    English prose are not findings, however long the line (speed: bench/language_cost.py)."""
    text = (ENGLISH.replace(". ", " 광장 ") * (size // len(ENGLISH)))[:size]
    assert lint_text(text, select=["LG"], language="en") == []


def test_every_language_and_readability_rule_records_the_language():
    from scrapelint.api import make_engine
    from scrapelint.io.config import Settings

    for code in ("LG001", "LG002", "LG003", "RD001", "RD002", "RD003", "RD004", "RD005"):
        engine = make_engine(Settings().with_overrides(select=[code]))
        result, _ = engine.lint_document(Document(ENGLISH * 3))
        assert result.stats["language"] == "en", code


def test_document_language_comes_from_prose_lines_not_navigation():
    menu = "\n".join(["Home", "World news", "Business and markets", "Sign in", "Subscribe now", "Contact us"] * 12)
    body = "\n".join(
        [
            "Die Stadtverwaltung hat am Montag neue Regeln für den Wohnungsbau vorgestellt, nach langer Debatte.",
            "Nach den Plänen sollen in den kommenden Jahren mehr bezahlbare Wohnungen in den Außenbezirken entstehen.",
            "Der Bürgermeister sagte, die Stadt werde deutlich mehr bauen als bisher geplant und die Mieten begrenzen.",
        ]
    )
    doc = Document(menu + "\n" + body + "\n" + menu)
    assert doc.language[0] == "de"
    from scrapelint.text.language import _prose_line_sample

    assert _prose_line_sample(doc).startswith("Die Stadtverwaltung")


def test_profiles_loaded_on_demand_detect_exactly_as_langdetect():
    """The profile map built entry by entry gives
    langdetect's own probabilities, float for float, on text in several scripts and languages."""
    from langdetect import detector_factory

    stock = detector_factory.DetectorFactory()
    stock.load_profile(detector_factory.PROFILES_DIRECTORY)
    ours = scrapelint.text.language._load_factory(detector_factory)
    assert ours.langlist == stock.langlist
    texts = [
        ENGLISH,
        "Le conseil municipal a approuvé le projet lundi après un long débat sur le stationnement.",
        "Der Gemeinderat hat den Plan am Montag nach einer langen Debatte über das Parken genehmigt.",
        "Совет одобрил план в понедельник после долгих дебатов о парковке и безопасности детей.",
        "市议会周一在就停车问题进行长时间辩论后批准了该计划。",
        "시의회는 월요일 주차 문제에 대한 긴 논쟁 끝에 계획을 승인했다.",
        "Home | NEWS | ABOUT US | Contact — Ș and ț, Ǆ, “quotes”, https://example.com/x a@b.org",
        "12345 !!! ---",
    ]
    for seed in (0, 7):
        stock.seed = ours.seed = seed
        for text in texts:
            assert _probabilities(stock.create(), text) == _probabilities(ours.create(), text), text
    probabilities = ours.word_lang_prob_map
    for word in ("the", "é", "ние", "zzzz", "Qx"):
        assert (word in probabilities) == (word in stock.word_lang_prob_map)
        if word in probabilities:
            assert probabilities[word] == stock.word_lang_prob_map[word]


def test_detector_with_list_loops_answers_exactly_as_langdetect():
    """The detector whose n-gram reading and trials run over whole lists gives langdetect's own
    probabilities, float for float, with the same random draws, on text in several scripts,
    capitalised words, runs of spaces and text with no features at all."""
    from langdetect import detector_factory
    from langdetect.detector import Detector

    factory = scrapelint.text.language._load_factory(detector_factory)
    fast = scrapelint.text.language._detector_class()
    texts = [
        ENGLISH,
        "THE COUNCIL APPROVED the plan ON Monday, AfTeR a LONG debate: NASA, UNESCO and the BBC.",
        "Le conseil municipal a approuvé le projet lundi après un long débat sur le stationnement.",
        "Совет одобрил план в понедельник после долгих дебатов о парковке и безопасности детей.",
        "市议会周一在就停车问题进行长时间辩论后批准了该计划。ひらがな カタカナ ㄅㄆ",
        "시의회는 월요일 주차 문제에 대한 긴 논쟁 끝에 계획을 승인했다.",
        "Tiếng Việt có dấu: người, được, những. Ș ț ی   spaced   out  text",
        "Home | NEWS | ABOUT US | Contact — Ǆ, “quotes”, https://example.com/x a@b.org",
        "12345 !!! ---",
        "",
    ]
    for seed in (0, 7):
        factory.seed = seed
        for text in texts:
            assert _probabilities(Detector(factory), text) == _probabilities(fast(factory), text), text


def _probabilities(detector, text: str) -> list[tuple[str, float]] | str:
    """A detector's languages and probabilities for the text, or the message it refuses with."""
    from langdetect.lang_detect_exception import LangDetectException

    detector.append(text)
    try:
        return [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
    except LangDetectException as error:
        return str(error)
