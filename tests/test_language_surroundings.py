"""LG003 and the shapes that make a passage in another language part of the article: verse, a
translation next to it, a run introduced by a colon; and the residue those shapes never excuse."""

from __future__ import annotations

from scrapelint.api import lint_text
from scrapelint.rules.language.surroundings import anchors_of, is_verse
from scrapelint.text.stopwords import function_words

INTRO = (
    "The festival opened on Friday evening with readings in the old library, where the organisers had "
    "set out chairs for more than two hundred guests from the town and the villages around it."
)
OUTRO = (
    "After the readings the guests stayed on for music in the courtyard, and the organisers said they "
    "would hold the festival again next year, with more room for the schools that had asked to come."
)
GERMAN_POEM = (
    "Am Abend geht der Wind durch das Feld,\n"
    "und über dem Wasser steht noch das Licht,\n"
    "die Kinder rufen, und keiner hält\n"
    "den Tag, der leise am Ufer bricht."
)
ENGLISH_POEM = (
    "At evening the wind goes through the field,\n"
    "and over the water the light still stands,\n"
    "the children call, and no one can hold\n"
    "the day that breaks so softly on the shore."
)
COOKIE_NOTICE = (
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Webseite zu bieten. Wenn Sie "
    "die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu."
)


def lg003(text: str) -> list:
    return [f for f in lint_text(text, select=["LG003"]) if f.code == "LG003"]


def test_a_poem_in_another_language_is_verse_not_residue():
    text = f"{INTRO}\n\nThe evening closed with a poem by a local author, read in German.\n\n{GERMAN_POEM}\n\n{OUTRO}\n"
    assert lg003(text) == []


def test_the_same_words_as_one_line_of_prose_are_still_flagged():
    """Without its verse lines, and with no introduction or translation, the passage is residue."""
    text = f"{INTRO}\n\n{GERMAN_POEM.replace(chr(10), ' ')} {COOKIE_NOTICE}\n\n{OUTRO}\n"
    assert len(lg003(text)) == 1


def test_a_menu_of_labels_is_no_verse():
    german = function_words("de")
    menu = "Startseite\nÜber uns\nKontakt\nImpressum\nDatenschutz\nNewsletter"
    assert not is_verse(menu, german)
    assert is_verse(GERMAN_POEM, german)


def test_a_passage_next_to_its_translation_is_content():
    """Shared names and numbers tie a passage to the translation that follows it."""
    italian = (
        "Il sindaco Marco Bellini ha detto che il ponte di Verona sarà riaperto nel 2026, dopo tre anni di "
        "lavori, e che la città ringrazia la Regione Veneto per il sostegno ricevuto durante il cantiere."
    )
    english = (
        "The mayor, Marco Bellini, said that the bridge in Verona would reopen in 2026, after three years of "
        "work, and that the city thanked the Veneto region for its support throughout the building work."
    )
    text = f"{INTRO}\n\nThe mayor spoke in Italian at the ceremony.\n\n{italian}\n\n{english}\n\n{OUTRO}\n"
    assert lg003(text) == []


def test_a_cookie_notice_next_to_a_paragraph_of_the_same_length_is_still_flagged():
    """Length alone does not make a translation: the notice shares no names or numbers."""
    text = f"{INTRO}\n\n{COOKIE_NOTICE}\n\n{OUTRO}\n"
    assert len(lg003(text)) == 1


def test_long_lines_translated_line_for_line_after_their_title():
    """Lines too long for verse, followed by as many lines of translation: a translation pair."""
    german = (
        "Der Fluss, der neben mir so lange rauschte, wo ist er nun geblieben in der Nacht?\n"
        "Der Vogel, dessen Lied ich jeden Morgen hörte, wo ist er nun geblieben in der Nacht?\n"
        "Und jener Mensch, der ich vor vielen Jahren war, wo ist er nun geblieben in der Nacht?"
    )
    english = (
        "The river that went rushing by me for so long, where has it gone now in the night?\n"
        "The bird whose song I used to hear every morning, where has it gone now in the night?\n"
        "And the person I was so many years ago, where has that person gone now in the night?"
    )
    text = f"{INTRO}\n\nDer Fluss\n\n{german}\n\nThe River\n\n{english}\n\n{OUTRO}\n"
    assert lg003(text) == []
    alone = f"{INTRO}\n\nDer Fluss\n\n{german}\n\n{OUTRO}\n"
    assert len(lg003(alone)) == 1


def test_a_colon_introduces_the_whole_run_after_it():
    """A title line between the introducing sentence and the quoted paragraph keeps it quoted."""
    quoted = (
        "Die Stadt hat in diesem Jahr mehr Geld für die Schulen ausgegeben als je zuvor, und die Eltern "
        "haben uns gesagt, dass sie mit den neuen Räumen und den längeren Öffnungszeiten sehr zufrieden sind."
    )
    introduced = f"{INTRO}\n\nThe local paper printed the mayor's words the next morning:\n\nDie Schulen der Stadt\n\n{quoted}\n\n{OUTRO}\n"
    assert lg003(introduced) == []
    not_introduced = f"{INTRO}\n\nThe local paper printed the mayor's words the next morning.\n\nDie Schulen der Stadt\n\n{quoted}\n\n{OUTRO}\n"
    assert len(lg003(not_introduced)) == 1


def test_a_translated_duplicate_of_the_article_is_still_flagged():
    """The other-language half of the page is no quotation, even when it translates the article."""
    english = [
        "The mayor, Marco Bellini, said that the bridge in Verona would reopen in 2026, after three years of work.",
        "The city thanked the Veneto region for its support, and Bellini said the costs stayed within the budget.",
    ]
    italian = [
        "Il sindaco Marco Bellini ha detto che il ponte di Verona sarà riaperto nel 2026, dopo tre anni di lavori.",
        "La città ringrazia la Regione Veneto per il sostegno, e Bellini ha detto che i costi sono rimasti nel bilancio.",
    ]
    text = "\n\n".join([*english, *italian]) + "\n"
    assert lg003(text)


def test_anchors_are_names_and_numbers_folded_not_sentence_openers():
    assert anchors_of("Il ponte di Verona. Sarà aperto nel 2026 da François.") == {"verona", "2026", "francois"}
    assert anchors_of("Merci beaucoup") == set()


def test_a_footer_of_short_phrases_is_no_verse():
    """Labels with function words, each its own phrase: nothing runs on from line to line."""
    german = function_words("de")
    footer = "Sie sind hier auf der Startseite\nFolgen Sie uns auf Facebook\nMelden Sie sich für den Newsletter an\nAlle Rechte vorbehalten"
    assert not is_verse(footer, german)


def test_an_embedded_post_with_its_attribution_line_is_a_quotation():
    """A post quoted in another language, its author named on the next line behind a dash."""
    post = (
        "La biblioteca de la ciudad abre sus puertas este sábado con libros nuevos para los niños y las "
        "familias, y todos están invitados a la fiesta en el patio."
    )
    attributed = f"{INTRO}\n\n{post}\n— Biblioteca Central (@biblioteca) 17 de agosto de 2016\n\n{OUTRO}\n"
    assert lg003(attributed) == []
    assert len(lg003(f"{INTRO}\n\n{post}\n\n{OUTRO}\n")) == 1
