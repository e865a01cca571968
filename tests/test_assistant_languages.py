"""The grammar of a chatbot addressing its requester in other languages (rules/assistant/data/<lang>.toml)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from scrapelint.api import lint_text
from scrapelint.model.document import Document
from scrapelint.rules.assistant import doctype, languages

from tests.generated import check_generated

WILD = Path(__file__).resolve().parents[1] / "bench" / "data" / "assistant_wild.jsonl"


def _codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text, select=["AI"]) if f.code.startswith("AI")]


def test_every_language_file_has_the_pieces_the_rules_compose():
    for language in languages.LANGUAGES:
        pieces = languages.grammar(language)
        for piece in ("assent", "presentation", "wish", "speaker_can", "hope", "helps", "self_model", "text"):
            assert pieces.get(piece), (language, piece)
        for items in pieces.values():
            for item in items:
                re.compile(item, re.IGNORECASE)


def test_literals_expand_alternatives_and_optional_groups():
    assert languages.literals("(?:wenn|falls) gewünscht") == ["wenn gewünscht", "falls gewünscht"]
    assert languages.literals("lass(?:t)? mich wissen") == ["lasst mich wissen", "lass mich wissen"]
    assert languages.literals("[a-zçğıöşü]{2,30}(?:abilirim|ebilirim)\\b") == ["abilirim", "ebilirim"]


def test_every_match_holds_one_of_its_patterns_literals():
    """The literal scan may only rule out a pattern that cannot match (checked on every real record)."""
    if not WILD.exists():
        pytest.skip("bench/data/assistant_wild.jsonl is not in this checkout")
    texts = [json.loads(line)["text"] for line in WILD.open(encoding="utf-8") if line.strip()]
    phrases = [phrase for found in languages.PHRASES.values() for phrase in found]
    matched = 0
    for text in texts:
        low = languages.lowered(text)
        for phrase in phrases:
            if phrase.regex.search(text):
                matched += 1
                assert any(literal in low for literal in languages.TRIGGERS[id(phrase)]), (
                    phrase.source[:60],
                    text[:60],
                )
    assert matched > 50


@pytest.mark.parametrize(
    "text",
    [
        "Natürlich! Hier ist ein Beispiel für eine README-Datei für dein Projekt.",
        "Wenn du möchtest, kann ich daraus ein PDF generieren.",
        "Si tu veux, je peux adapter ce guide à ton API.",
        "¡Claro! Aquí tienes un ejemplo de archivo README que puedes usar.",
        "Конечно! Вот простые примеры поиска.",
        "当然！以下是为这份代码编写的 README 文档。",
        "もちろんです！以下に、見やすく整形した内容をまとめました。",
        "Elbette! İşte daha ayrıntılı bir README dosyası örneği:",
        "Tentu! Berikut adalah contoh README untuk proyek Anda.",
        "Espero que esto te ayude a entender mejor el programa.",
        # the hope is about the revision handed over, whatever it hopes of it
        "J'espère que cette version te convient mieux pour la réunion de lundi.",
        "Spero che questa nuova versione ti piaccia!",
        "Ich hoffe, diese überarbeitete Fassung trifft deinen Ton.",
        "Umarım bu taslak toplantıda işine yarar.",
        "この修正版がお役に立てば幸いです。",
        # an offer or a sign-off in the honorific or humble register, or with the language's own invitation
        "ご希望があれば、英語版もご用意できます。",
        "원하시면 영어 버전도 만들어 드립니다.",
        "Se precisar de ajustes, fique à vontade para pedir!",
        "Jika ada yang ingin diubah, silakan beri tahu!",
        # the hope is about the README handed over
        "Espero que este README atenda às suas expectativas!",
        "Umarım bu README dosyası projeniz için iyi bir başlangıç olur.",
        # the README presented as a revision, as a version is
        "Ecco il README aggiornato con la nuova struttura.",
        "Вот обновлённый README с корректной структурой:",
    ],
)
def test_leftovers_in_other_languages_are_found(text):
    assert _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a person speaking in fiction, in quotation marks
        "„Natürlich! Hier ist der Schlüssel“, sagte sie und lachte.",
        # a blogger to readers: the hope is about the blogger's own article
        "J'espère que cet article vous aidera. Laissez un commentaire !",
        # the writer names themself a person to reach ("contact me"): a channel, as "contact us" is
        "N'hésitez pas à me contacter si vous avez des questions sur l'atelier.",
        # a hope about a version that is not the text handed over (a software release)
        "Nous espérons que la version 2.0 sortira en juin.",
        # German prose that uses the same words for the world, not the requester
        "Die Preise sind sicher gestiegen. Wenn Sie möchten, finden Sie die Tabelle im Anhang des Berichts.",
        # a shown example in documentation
        "Example output:\n\n> 물론입니다! 다음은 요청하신 요약입니다.",
        # the README named as updated, not presented
        "Il README aggiornato è nel repository del progetto.",
    ],
)
def test_look_alikes_in_other_languages_stay_clean(text):
    assert not _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # "the user" wants or asks, and the speaker is the one asked
        "Der Nutzer möchte, dass ich die Datei lese und die Kritik einarbeite.",
        "L'utilisateur demande un résumé court, je dois donc relire le fichier.",
        "El usuario quiere que yo escriba un README para el proyecto.",
        # the plan opening with the model's assent
        "Хорошо, пользователь просит написать приглашение.",
        "Dobrze, użytkownik prosi o krótkie streszczenie.",
    ],
)
def test_a_plan_about_the_user_in_other_languages_is_a_reasoning_trace(text):
    assert "AI014" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a manual's "the user", with no speaker being asked
        "Wenn der Nutzer möchte, kann er das Passwort im Menü ändern.",
        "Si el usuario quiere cambiar la contraseña, debe abrir el menú.",
        # the user's wish reported mid-sentence, after other words
        "Die Einstellung hilft, wenn der Benutzer will, dass die Seite dunkel bleibt.",
    ],
)
def test_a_manual_about_its_user_in_other_languages_is_no_trace(text):
    assert "AI014" not in _codes(text)


def test_a_form_letter_is_a_template_on_purpose():
    letter = "Dear [Hiring Manager's Name],\n\nI am writing about the [Position Title] role at [Company Name].\n"
    assert doctype.kind(Document(letter)).template
    assert "AI008" not in _codes(letter)
    leftover = "The Worthington [[WINNING_TEAM_MASCOT]] defeated the Westerville team 2-1."
    assert not doctype.kind(Document(leftover)).template
    assert "AI008" in _codes(leftover)


def test_a_form_letter_kept_as_markup_is_a_template():
    html = "<p>Dear [Customer's Name],</p>\n<p>Your order [Order Number] has shipped.</p>\n"
    assert doctype.kind(Document(html)).template
    assert "AI008" not in _codes(html)


def test_a_slot_named_in_another_language_is_an_unfilled_placeholder():
    assert "AI008" in _codes("Le rapport a été rédigé par [Votre Nom] pour le conseil municipal.")
    assert "AI008" in _codes("Die Praxis von [Ihr Name] liegt am Markt.")
    assert "AI008" in _codes("Los precios de [Nombre de la Empresa] bajan en mayo.")
    # a link whose text is the word, and a form letter of slots, are not holes in a text
    assert "AI008" not in _codes("Siehe [Name](https://example.org/name) für Details.")
    form = "Estimado [Nombre del cliente],\n\nSu pedido [Número] sale el [Fecha].\n\nAtentamente,\n[Su Nombre]\n"
    assert "AI008" not in _codes(form)


def test_a_request_for_the_text_reads_the_object_before_the_verb():
    assert "AI013" in _codes("Lütfen çevirmemi istediğiniz metni sağlayın.")
    assert "AI013" in _codes("번역할 텍스트를 제공해 주세요.")
    # the same order told to readers in the comments stays the writer's
    assert not _codes("내용 중에 궁금한 점이 있으면 댓글로 알려주세요!")


def test_the_kind_is_computed_once_per_document():
    doc = Document("Hello there.")
    assert doctype.kind(doc) is doctype.kind(doc)


@pytest.mark.parametrize(
    ("text", "code", "artifact"),
    [
        ("The river flooded [citation:3] in 1998.", "AI010", "[citation:3]"),
        ('It rained in entity["city", "Paris", 0] all week.', "AI010", 'entity["city", "Paris", 0]'),
        ("Intro.\n\nThought for 1m 5s\n\nThe river rose.", "AI006", "Thought for 1m 5s"),
        ("Intro.\n\nShow thinking\nThe river rose.", "AI006", "Show thinking"),
        ("Intro.\n\nChatGPT a dit :\nLe fleuve a débordé.", "AI006", "ChatGPT a dit :"),
        ("Intro.\n\nコピーする\n編集する\n\n本文です。", "AI006", "コピーする\n編集する"),
    ],
)
def test_more_interface_forms_are_found(text, code, artifact):
    spans = [text[f.start : f.end] for f in lint_text(text, select=["AI"]) if f.code == code]
    assert artifact in spans


def test_a_sentence_about_thinking_is_not_a_label():
    assert not _codes("I thought for 5 minutes about it.")


@pytest.mark.parametrize(
    "shown",
    [
        "### 🤖 Gemini\nCertainly! Here is a short poem about rivers:\n\nWater runs.",
        "## Utilisateur\nÉcris un poème.\n\n## Réponse\nBien sûr ! Voici un poème :\n\nL'eau coule.",
        "Sure! Here is the summary you asked for:\n\nThe river rose.\n\n**User:**\nthanks",
        "# Ausgabe(Claude)\nGerne! Hier ist die Übersetzung:\n\nDer Fluss stieg.",
        "<example>\nCertainly! Here is a revised intro. Let me know if you want more!\n</example>",
        'summarize("The river rose in spring.")\nSure! Here is the summary:\n\nA spring flood.',
        "> Rewrite this for kids\n\nOf course! Here is a simpler version:\n\nThe river got big.",
    ],
)
def test_a_chat_turn_shown_by_the_document_is_not_its_leftover(shown):
    assert not _codes(shown)


def test_a_leftover_outside_any_shown_turn_is_still_flagged():
    said = "The river rose in spring.\n\n## Answer key\n\nCertainly! Here is the summary you asked for:\n\n- it rose"
    assert not doctype.kind(Document(said)).shown_answer(said.index("Certainly"))
    assert "AI007" in _codes("Certainly! Here is the summary you asked for:\n\n- The river rose.\n- It fell.")
    code_then_sign_off = "Post.where('a')\n\nI hope this helps! Let me know if you have any questions."
    assert not doctype.kind(Document(code_then_sign_off)).shown_answer(code_then_sign_off.index("I hope"))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Klar! Hier ist dein Leitfaden:\n\n- Schritt eins\n- Schritt zwei", True),  # an assent, then the deixis
        ("---\nlang: it\n---\n\nEcco il testo tradotto:\n\n# Guida\n\nIl server parte.", True),  # a whole text follows
        ("Here are some tips for a quiet weekend:\n\n- Sleep in.\n- Read.", False),  # a writer's list
        ("> Voici le fichier :\n\n# Titre\n\nLe texte.", False),  # a quoted line is shown
        ("Voici le fichier :\n\n# Titre\n\nLe texte.", True),
        ("The river rose.\n\nVoici la suite :\n\n# Partie 2", False),  # not the document's opening
    ],
)
def test_an_opening_line_that_presents_the_text_below_it_is_a_preamble(text, flagged):
    assert ("AI007" in _codes(text)) is flagged


def test_an_exclaimed_opening_over_a_whole_text_is_a_preamble_in_any_language():
    assert "AI007" in _codes("Jasně! Tady je celý soubor:\n\n```python\nprint(1)\n```")
    assert "AI007" not in _codes("Wow! What a week it was:\n\nWe walked, we swam, we slept.")


LANGUAGES_HEADER = '''"""Every other language's composed AI patterns and their trigger literals, worked out when the package is built.

Generated by :func:`scrapelint.rules.assistant.languages.derive`; do not edit. Keyed by a hash
of ``languages.py`` and the ``data/*.toml`` files, so a change to either since makes the
patterns be composed at run time instead (the same answer, only slower to start). Regenerate
with ``SCRAPELINT_UPDATE_DOCS=1 pytest tests/test_assistant_languages.py``.
"""

# fmt: off
KEY = {key!r}

#: (rule key, source, flags, anchored, needs, unless, trigger literals) of each composed pattern
SPECS = (
'''


def test_precomputed_languages_are_current():
    from scrapelint.rules.assistant import _languages

    specs, request = languages.derive()
    key = languages.source_key()
    current = key == _languages.KEY and specs == _languages.SPECS and request == _languages.REQUEST

    def render() -> str:
        body = "".join(f"    {spec!r},\n" for spec in specs)
        return LANGUAGES_HEADER.format(key=key) + body + f")\n\nREQUEST = {request!r}\n# fmt: on\n"

    check_generated(
        "scrapelint/rules/assistant/_languages.py",
        _languages.__file__,
        current,
        render,
        "tests/test_assistant_languages.py",
    )


def test_a_stale_language_table_is_composed_at_run_time(monkeypatch):
    from scrapelint.rules.assistant import _languages

    monkeypatch.setattr(_languages, "KEY", "stale")
    monkeypatch.setattr(_languages, "SPECS", ())
    assert languages._composed() == languages.derive()
    assert languages._composed()[0]


def test_changing_a_data_file_changes_the_table_key(tmp_path, monkeypatch):
    before = languages.source_key()
    for language in languages.LANGUAGES:
        (tmp_path / f"{language}.toml").write_bytes((languages.DATA / f"{language}.toml").read_bytes())
    monkeypatch.setattr(languages, "DATA", tmp_path)
    assert languages.source_key() == before
    with (tmp_path / "de.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert languages.source_key() != before
