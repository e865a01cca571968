"""Polish phrase data for the boilerplate rules (same layout as ``phrases_en``)."""

from __future__ import annotations

KINDS = {
    "navigation": {
        "lines": ("strona główna", "szukaj", "zaloguj", "zaloguj się", "zarejestruj się", "menu"),
        "patterns": (r"^strona główna\s*(?:>|»|›|/)\s*\S",),
        "headings": (),
    },
    "share": {
        "lines": ("udostępnij", "drukuj", "obserwuj nas"),
        "patterns": (r"^udostępnij (?:na|przez)\b",),
        "headings": ("udostępnij",),
    },
    "byline": {"lines": ("autor",), "patterns": (r"^(?:źródło|fot|foto)\.?\s*:",), "headings": ()},
    "related": {
        "lines": (
            "czytaj też",
            "czytaj także",
            "zobacz też",
            "zobacz także",
            "polecane",
            "najczęściej czytane",
            "podobne artykuły",
        ),
        "patterns": (r"^(?:czytaj (?:też|także|również)|zobacz (?:też|także|również))\s*[:|»>\-–]",),
        "headings": ("czytaj też", "zobacz też", "polecane", "najczęściej czytane", "podobne artykuły"),
    },
    "comments": {
        "lines": ("komentarze", "skomentuj", "dodaj komentarz", "odpowiedz"),
        "patterns": (r"^\d+\s+komentarz",),
        "section": (r"\bkomentarz",),
        "headings": ("komentarze", "dodaj komentarz"),
    },
    "consent": {
        "lines": ("polityka prywatności", "regulamin", "newsletter", "akceptuję"),
        "patterns": (r"\bcookies?\b.{0,80}\b(?:używa|wykorzystuje|zgod|przeglądark)",),
        "headings": (),
    },
    "footer": {
        "lines": ("wszelkie prawa zastrzeżone",),
        "patterns": (r"\bwszelkie prawa zastrzeżone\b", r"\bmateriał chroniony prawem autorskim\b"),
        "headings": (),
    },
    "tags": {"lines": ("tagi",), "patterns": (r"^tagi\s*[:|]\s*\S",), "headings": ("tagi",)},
    "ui": {"lines": ("ładowanie", "reklama"), "patterns": (), "headings": ()},
}
