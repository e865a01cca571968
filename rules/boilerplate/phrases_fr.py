"""French phrase data for the boilerplate rules (same layout as ``phrases_en``)."""

from __future__ import annotations

KINDS = {
    "navigation": {
        "lines": (
            "accueil",
            "rechercher",
            "recherche",
            "connexion",
            "se connecter",
            "s'inscrire",
            "mon compte",
            "fermer le menu",
            "aller au contenu",
            "sommaire",
            "rubriques",
        ),
        "patterns": (r"^accueil\s*(?:>|»|›|/)\s*\S",),
        "headings": ("sommaire", "rubriques"),
    },
    "share": {
        "lines": (
            "partager",
            "partager sur facebook",
            "partager sur twitter",
            "imprimer",
            "envoyer par e-mail",
            "suivez-nous",
            "copier le lien",
        ),
        "patterns": (r"^partager (?:sur|par|cet article)\b", r"^suivez-nous\b"),
        "headings": ("partager",),
    },
    "byline": {
        "lines": ("auteur", "publié", "mis à jour"),
        "patterns": (
            r"^par\s+[A-ZÉ][\w.'\-]+(?:\s+[\w.'\-]+){0,5}$",
            r"^(?:publié|mis à jour)\s+le\b",
            r"\btemps de lecture\b",
            r"^(?:photo|crédit photo)\s*:",
        ),
        "headings": ("à propos de l'auteur",),
    },
    "related": {
        "lines": (
            "à lire aussi",
            "lire aussi",
            "voir aussi",
            "pour approfondir",
            "sur le même sujet",
            "articles similaires",
            "les plus lus",
            "lire la suite",
            "en savoir plus",
            "à la une",
        ),
        "patterns": (
            r"^(?:à lire aussi|lire aussi|voir aussi)\s*[:|»>\-–]",
            r"^(?:articles|sujets) (?:similaires|liés)\b",
        ),
        "headings": (
            "à lire aussi",
            "lire aussi",
            "voir aussi",
            "pour approfondir",
            "sur le même sujet",
            "articles similaires",
            "les plus lus",
        ),
    },
    "comments": {
        "lines": ("commentaires", "commentaire", "laisser un commentaire", "répondre", "réagir"),
        "patterns": (r"^\d+\s+commentaires?\b", r"\bvotre adresse e-mail ne sera pas publiée\b"),
        "section": (r"\bcommentaires?\b", r"\bréactions?\b"),
        "headings": ("commentaires", "laisser un commentaire", "réactions"),
    },
    "consent": {
        "lines": (
            "mentions légales",
            "politique de confidentialité",
            "conditions générales",
            "s'abonner",
            "abonnez-vous",
            "newsletter",
            "tout accepter",
            "refuser",
            "paramétrer les cookies",
        ),
        "patterns": (
            r"\bcookies?\b.{0,80}\b(?:utilise|utilisons|accepte|consentement|navigation)",
            r"\binscrivez-vous à (?:notre|la) newsletter\b",
        ),
        "headings": ("newsletter",),
    },
    "footer": {
        "lines": ("tous droits réservés",),
        "patterns": (r"\btous droits réservés\b",),
        "headings": ("mentions légales",),
    },
    "tags": {
        "lines": ("mots-clés", "étiquettes"),
        "patterns": (r"^(?:mots-clés|étiquettes|thèmes)\s*[:|]\s*\S",),
        "headings": ("mots-clés",),
    },
    "ui": {
        "lines": ("chargement", "publicité", "fermer"),
        "patterns": (r"^(?:chargement|publicité)\b.{0,20}$",),
        "headings": (),
    },
}
