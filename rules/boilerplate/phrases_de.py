"""German phrase data for the boilerplate rules (same layout as ``phrases_en``)."""

from __future__ import annotations

KINDS = {
    "navigation": {
        "lines": ("startseite", "inhalt", "inhaltsverzeichnis", "suche", "suchen", "anmelden", "abmelden",
                  "registrieren", "mein konto", "zurück", "weiter", "nach oben", "mehr", "alle artikel",
                  "nachrichten", "kontakt", "über uns", "menü", "hauptmenü", "navigation", "zum inhalt springen"),
        "patterns": (r"^(?:startseite)\s*(?:>|»|›|/|\|)\s*\S", r"^zum (?:inhalt|hauptinhalt) springen\b"),
        "headings": ("inhalt", "inhaltsverzeichnis", "rubriken", "weiterführende links"),
    },
    "share": {
        "lines": ("teilen", "artikel teilen", "drucken", "seite drucken", "per e-mail senden", "url zum kopieren",
                  "link kopieren", "merken", "folgen", "folgen sie uns"),
        "patterns": (r"^(?:auf|bei) (?:facebook|twitter|x|whatsapp|linkedin) teilen\b", r"^folgen sie uns\b"),
        "headings": ("teilen", "diesen artikel teilen"),
    },
    "byline": {
        "lines": ("autor", "autorin", "veröffentlicht", "aktualisiert"),
        "patterns": (
            r"^von\s+[A-ZÄÖÜ][\w.'\-]+(?:\s+[\w.'\-]+){0,5}$",
            r"^(?:veröffentlicht|aktualisiert|erstellt|stand)\s*(?:am|:)\s*\S",
            r"^(?:foto|bild|quelle)s?\s*:",
            r"\blesezeit\b",
        ),
        "headings": ("über den autor", "über die autorin", "zur person"),
    },
    "related": {
        "lines": ("das könnte sie auch interessieren", "das könnte dich auch interessieren", "lesen sie auch",
                  "auch interessant", "ähnliche artikel", "ähnliche beiträge", "weitere artikel", "mehr zum thema",
                  "meistgelesen", "meistgelesene artikel", "beliebte artikel", "empfehlungen", "weiterlesen",
                  "mehr lesen", "verwandte artikel", "passend dazu", "zum thema", "neueste beiträge",
                  "aktuelle beiträge"),
        "patterns": (r"^(?:lesen sie auch|mehr zum thema|auch interessant|weiterlesen)\s*[:|»>\-–]", r"^(?:ähnliche|verwandte|weitere) (?:artikel|beiträge|themen)\b"),
        "headings": ("das könnte sie auch interessieren", "das könnte dich auch interessieren", "ähnliche artikel",
                     "ähnliche beiträge", "mehr zum thema", "meistgelesen", "lesen sie auch", "neueste beiträge",
                     "verwandte artikel", "auch interessant"),
    },
    "comments": {
        "lines": ("kommentare", "kommentar", "kommentieren", "kommentar schreiben", "antworten", "diskussion",
                  "schreibe einen kommentar", "kommentar verfassen", "leserkommentare"),
        "patterns": (
            r"^\d+\s+kommentare?\b",
            r"\b(?:eingeloggt|angemeldet) sein\b",
            r"\bum (?:zu )?kommentieren\b",
            r"\be-mail-adresse wird nicht veröffentlicht\b",
            r"\bsich (?:einloggen|anmelden), um\b",
        ),
        "headings": ("kommentare", "leserkommentare", "diskussion", "schreibe einen kommentar"),
    },
    "consent": {
        "lines": ("datenschutz", "datenschutzerklärung", "impressum", "agb", "nutzungsbedingungen",
                  "cookie-einstellungen", "newsletter", "newsletter abonnieren", "jetzt abonnieren", "abonnieren",
                  "akzeptieren", "alle akzeptieren", "ablehnen", "einstellungen"),
        "patterns": (
            r"\bcookies?\b.{0,80}\b(?:verwende|verwenden|nutzt|nutzen|einverstanden|zustimm)",
            r"\bnewsletter\b.{0,60}\b(?:abonnieren|anmelden|bestellen|bekommen|erhalten)\b",
            r"\b(?:datenschutzerklärung|nutzungsbedingungen)\b",
        ),
        "headings": ("newsletter", "datenschutz"),
    },
    "footer": {
        "lines": ("alle rechte vorbehalten",),
        "patterns": (r"\balle rechte vorbehalten\b", r"^(?:anschrift|telefon|tel|e-mail|fax|redaktion|herausgeber)\s*[.:]"),
        "headings": ("impressum",),
    },
    "tags": {
        "lines": ("schlagwörter", "schlagworte", "themen", "stichwörter"),
        "patterns": (r"^(?:schlagw(?:ö|o)rte?r?|themen|stichw(?:ö|o)rter)\s*[:|]\s*\S",),
        "headings": ("schlagwörter", "schlagworte", "themen"),
    },
    "ui": {
        "lines": ("wird geladen", "lädt", "anzeige", "werbung", "schließen", "öffnen", "vergrößern",
                  "bild vergrößern", "video abspielen"),
        "patterns": (r"^(?:anzeige|werbung)\b.{0,20}$", r"^(?:wird geladen|lädt)\b"),
        "headings": (),
    },
}
