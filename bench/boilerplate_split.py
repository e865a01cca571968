"""Which site, which part (tuning or validation) and which language a benchmark page is.

The split is by site, so that no site's template is seen both while tuning and
while validating: a page's site is the host of its ``url`` when the record has
one; otherwise the domain named most often in the page's own text (its links
and footer: "example.com", "www.example.co.uk"), leaving out the social
networks and platforms that many sites mention; failing that, the page id.
Both renderings of a page read the same text, so they fall in the same part.

    part = "validation" if sha1(site).digest()[1] % 2 else "tuning"

(byte 1: byte 0 of the page id's hash already chose the shared dev split, so
it is even for every page whose site falls back to its id).

Pages of a source that was never used for tuning (``VALIDATION_ONLY``) are all
validation; pages of a source set aside for tuning (``TUNING_ONLY``) are all tuning.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from urllib.parse import urlsplit

#: Sources collected after the rules were tuned, never used for tuning.
VALIDATION_ONLY = frozenset({"wcxb", "readability", "dragnet"})
#: Sources of other sites kept for tuning only (WCXB's dev split: its domains are not in its test split).
TUNING_ONLY = frozenset({"wcxb-dev"})

_DOMAIN = re.compile(
    r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9][a-z0-9-]{1,62}\.)+(?:com|org|net|de|at|ch|fr|it|es|pl|uk|nl|be|"
    r"info|io|co|eu|ru|jp|cn|in|us|ca|au|pt|br|se|no|dk|fi|cz|gr|tv|news|media|online|blog))\b",
    re.IGNORECASE,
)
#: Platforms that many sites name in share bars and footers: never a page's own site.
_PLATFORMS = frozenset(
    {
        "facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "linkedin.com",
        "pinterest.com", "whatsapp.com", "google.com", "t.co", "reddit.com", "tumblr.com",
        "wordpress.org", "wordpress.com", "apple.com", "tiktok.com", "flickr.com", "vimeo.com",
        "xing.com", "telegram.org", "disqus.com", "gravatar.com", "amazon.com", "mozilla.org",
        "microsoft.com", "addthis.com", "feedburner.com", "creativecommons.org", "w3.org",
        "adobe.com", "gmail.com", "pixabay.com", "shutterstock.com", "wikipedia.org", "getty.com",
        "gettyimages.com", "istockphoto.com", "unsplash.com", "paypal.com", "spotify.com",
    }
)  # fmt: skip


def _registrable(host: str) -> str:
    parts = host.lower().removeprefix("www.").split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def site_of(page_id: str, text: str, url: str | None = None) -> str:
    """The page's site: its url's host, else the domain its text names most, else its id."""
    if url:
        host = urlsplit(url).hostname
        if host:
            return _registrable(host)
    counts = Counter(_registrable(m) for m in _DOMAIN.findall(text))
    for name, _ in counts.most_common():
        if name not in _PLATFORMS and not name.startswith(("amazon.", "google.", "ebay.")):
            return name
    return page_id


def part_of(site: str, source: str) -> str:
    """``tuning`` or ``validation``: half the sites each, by a hash of the site."""
    if source in VALIDATION_ONLY:
        return "validation"
    if source in TUNING_ONLY:
        return "tuning"
    return "validation" if hashlib.sha1(site.encode("utf-8")).digest()[1] % 2 else "tuning"


def language_of(text: str) -> str:
    """The page's language by the project's own detector, ``und`` when it cannot tell."""
    from scrapelint.text.language import detect_language

    found = detect_language(text)
    return found[0] if found else "und"
