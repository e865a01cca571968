"""Spanish, Italian and Portuguese phrase data for the boilerplate rules (same layout as ``phrases_en``)."""

from __future__ import annotations

KINDS = {
    "navigation": {
        "lines": (
            "inicio",
            "portada",
            "buscar",
            "iniciar sesión",
            "registrarse",
            "menú",
            "home page",
            "cerca",
            "accedi",
            "registrati",
            "início",
            "entrar",
        ),
        "patterns": (r"^(?:inicio|portada)\s*(?:>|»|›|/)\s*\S",),
        "headings": (),
    },
    "share": {
        "lines": ("compartir", "condividi", "compartilhar", "compartilhe", "imprimir", "stampa", "síguenos", "seguici"),
        "patterns": (r"^(?:compartir|condividi|compartilhar) (?:en|su|no)\b",),
        "headings": ("compartir", "condividi"),
    },
    "byline": {
        "lines": (),
        "patterns": (r"^(?:publicado|actualizado|pubblicato|aggiornato|atualizado)\s+(?:el|il|em)?\s*\d",),
        "headings": (),
    },
    "related": {
        "lines": (
            "te puede interesar",
            "noticias relacionadas",
            "lo más leído",
            "leggi anche",
            "potrebbe interessarti",
            "articoli correlati",
            "i più letti",
            "leia também",
            "veja também",
            "mais lidas",
            "notícias relacionadas",
        ),
        "patterns": (r"^(?:leggi anche|leia também|veja também|lee también|ver también)\s*[:|»>\-–]",),
        "headings": (
            "noticias relacionadas",
            "lo más leído",
            "leggi anche",
            "articoli correlati",
            "i più letti",
            "leia também",
            "mais lidas",
            "notícias relacionadas",
            "te puede interesar",
        ),
    },
    "comments": {
        "lines": (
            "comentarios",
            "commenti",
            "comentários",
            "deja un comentario",
            "lascia un commento",
            "deixe um comentário",
            "responder",
            "rispondi",
        ),
        "patterns": (r"^\d+\s+(?:comentarios|commenti|comentários)\b",),
        "section": (r"\bcomentarios?\b", r"\bcommenti\b", r"\bcomentários\b"),
        "headings": ("comentarios", "commenti", "comentários"),
    },
    "consent": {
        "lines": (
            "aviso legal",
            "política de privacidad",
            "política de privacidade",
            "privacy policy",
            "suscríbete",
            "iscriviti alla newsletter",
            "assine",
            "aceptar",
            "accetta",
            "aceitar",
        ),
        "patterns": (
            r"\bcookies?\b.{0,80}\b(?:utiliza|utilizziamo|usamos|acepta|accetti|consenso|navegación|navigazione)",
        ),
        "headings": (),
    },
    "footer": {
        "lines": ("todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados"),
        "patterns": (r"\b(?:todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)\b",),
        "headings": (),
    },
    "tags": {
        "lines": ("etiquetas", "tag", "temas"),
        "patterns": (r"^(?:etiquetas|tag|temas|argomenti)\s*[:|]\s*\S",),
        "headings": ("etiquetas", "argomenti"),
    },
    "ui": {
        "lines": ("cargando", "caricamento", "carregando", "publicidad", "pubblicità", "publicidade"),
        "patterns": (),
        "headings": (),
    },
}
