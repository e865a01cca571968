"""The EN rules beyond single YAML cases: many languages, fixes end to end, seeds, clean text, speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scrapelint.api import lint_text
from scrapelint.model.fixes import apply_fixes

from tests.conftest import clean_articles

#: Correct text in many scripts and languages; none of it is residue.
MULTILINGUAL = """\
Français : « Où est la gare ? » demanda l’élève, déçu ; l’été à Noël, façade, cœur.
Deutsch: Die Straße in Zürich ist größer als gedacht – Grüße aus Köln.
Polski: Zażółć gęślą jaźń; Łódź i Kraków.
Português: São Paulo, ação, coração, avô e avó.
Español: ¿Dónde está el niño? ¡Qué año!
Tiếng Việt: Nguyễn Văn A sống ở Hà Nội.
Türkçe: İstanbul’da ılık bir gün; şöyle böyle.
Ελληνικά: Καλημέρα κόσμε.
Русский: Съешь же ещё этих мягких французских булок.
עברית: שלום עולם.
العربية: مرحبا بالعالم.
فارسی: من می‌خواهم کتاب‌ها را بخوانم.
हिन्दी: नमस्ते दुनिया, क्‍ष और द्‍व.
বাংলা: আমি বাংলায় গান গাই।
മലയാളം: അവന്‍ വന്നു.
日本語：東京は晴れです。
中文：今天天气很好。
한국어: 안녕하세요 세계.
ไทย: สวัสดีชาวโลก
Emoji: 👩‍💻 👨‍👩‍👧 🏳️‍🌈 🇺🇦 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️
Prices: £5, €10, ¥200, 25 °C, ½ cup, naïve café, Ærøskøbing.
"""


def en_findings(text: str, **kwargs):
    return [f for f in lint_text(text, select=["EN"], **kwargs) if f.code.startswith("EN")]


def fix_all(text: str, *, unsafe: bool = False, **kwargs) -> str:
    for _ in range(10):
        fixed = apply_fixes(text, en_findings(text, **kwargs), unsafe=unsafe).text
        if fixed == text:
            return text
        text = fixed
    return text


def test_many_languages_stay_clean():
    assert [(f.code, f.snippet) for f in en_findings(MULTILINGUAL)] == []
    assert [(f.code, f.snippet) for f in en_findings(MULTILINGUAL, format="markdown")] == []


def test_safe_fixes_repair_a_scraped_paragraph_and_stay_fixed():
    broken = "Japanâ€™s cafÃ© owners said&nbsp;the plan was fair &amp; overdue.\u200b\x00"
    fixed = fix_all(broken)
    assert fixed == "Japan’s café owners said the plan was fair & overdue."
    assert not [f for f in en_findings(fixed) if f.fix is not None]


def test_unsafe_fixes_are_held_back_without_the_flag():
    text = "Said<br> the [[Paris|capital]] javascript:void(0) text."
    assert fix_all(text) == text
    assert fix_all(text, unsafe=True) == "Said the capital  text."


def test_mojibake_is_only_what_ftfy_repairs():
    assert not en_findings("The Â symbol alone, or Ã by itself, is not enough.")
    findings = en_findings("Weâ€™re at the cafÃ©.")
    assert {f.code for f in findings} == {"EN001"}
    assert all(f.fix is not None and f.fix.safe for f in findings)


def test_entities_in_markdown_code_stay_clean():
    text = "Write `&amp;` in HTML, or use a fenced block:\n\n```\n<br/> &nbsp; **bold** [1]\n```\n"
    assert not en_findings(text, format="markdown")


def test_reference_list_keeps_markers_clean_and_its_absence_flags_them():
    body = "Spending rose to 3.5% of GDP [1], the highest since 1990 [2, 3]."
    with_list = body + "\n\nSources\n1. Financial Times, 22 June 2025.\n2. Nikkei Asia.\n3. Ministry of Defense."
    assert not en_findings(with_list)
    assert [f.snippet for f in en_findings(body) if f.code == "EN008"] == ["[1]", "[2, 3]"]


def test_seed_with_dangling_markers(seeds):
    flagged = [f for f in en_findings(seeds["001"]) if f.code == "EN008"]
    assert [seeds["001"][f.start : f.end] for f in flagged] == ["[1]", "[2]"]


def test_encoding_module_imports_ftfy_lazily():
    code = "import sys, rules.encoding; print('ftfy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_clean_news_text_stays_nearly_clean(shared):
    words = findings = 0
    for text in clean_articles(shared, every=4):  # a quarter of the pages keeps the test quick
        words += len(text.split())
        findings += len(en_findings(text))
    assert words > 20000
    assert findings * 10000 / words < 1.0


@pytest.mark.slow
def test_long_single_line_does_not_hang():
    chunk = "Prices rose &amp; fell [1] in Zürich – café <b>x</b> Japanâ€™s \u200b plan. "
    text = chunk * 40000  # about 3 MB, no newline
    findings = en_findings(text)  # speed is measured in bench/encoding.py, not here
    assert len(findings) > 40000


def test_cli_flags_every_rule_in_the_example_article():
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapelint",
            "check",
            str(root / "examples" / "encoding.txt"),
            "--select",
            "EN",
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert out.returncode == 1, out.stderr
    codes = {json.loads(line)["code"] for line in out.stdout.splitlines() if line.strip()}
    assert codes == {f"EN00{n}" for n in range(1, 10)}
