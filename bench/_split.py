"""Held-out measurement: one deterministic tuning/validation split for every bench set.

A page belongs to a *site* (its host when the page key names one, else the page itself,
for sources whose keys are opaque hashes), and a site to one part:

    part(site) = "tuning" if sha256("scrapelint-holdout/" + site)[0] < 128 else "validation"

Every page of a site lands in the same part, so a site's house style (its menus, its
quotation marks, its enumerators) cannot leak from tuning into validation. The salt keeps
this split independent of the dev/held-out split that ``../shared/bench`` already made.
Rules may be tuned on the tuning part only; the validation figures are the ones reported.

Caveat kept in every report: rules before this split were tuned on all of
``../shared/bench/boilerplate/dev.jsonl``, so its validation part is not truly unseen.
The external sources (``bench/_external.py``) are.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PARTS = ("tuning", "validation")
SALT = "scrapelint-holdout/"
#: Top-level domains that end a host name inside a page key ("spiegel.de-wirtschaft.html",
#: "blog.wordpress.com.post.html"): the host stops at the first of them.
TLDS = (
    "com|org|net|edu|gov|info|biz|io|co|me|tv|eu|blog|news|online|site|space|media|press|world|today|cat|"
    "de|at|ch|li|lu|fr|be|nl|it|es|pt|pl|cz|sk|hu|ro|bg|si|hr|rs|ua|by|ru|lt|lv|ee|fi|se|no|dk|is|ie|uk|"
    "gr|tr|in|jp|cn|kr|tw|hk|au|nz|ca|us|mx|br|ar|cl|za|bz|berlin|wien|swiss|bayern"
)
HOST = re.compile(rf"^(?:www\d?\.)?((?:[a-z0-9-]+\.)+?(?:{TLDS}))(?=[-._/]|$)", re.I)


def site_of(page_id: str) -> str:
    """The site a page id belongs to: ``source/host`` when the key starts with a host name."""
    source, _, key = page_id.partition("/")
    m = HOST.match(key)
    if m and not re.fullmatch(r"[0-9a-f]{16,}", key.split(".")[0]):
        return f"{source}/{m.group(1).lower()}"
    return page_id


def part(site: str) -> str:
    """``tuning`` or ``validation``, fixed by a salted hash of the site."""
    return PARTS[hashlib.sha256((SALT + site).encode("utf-8")).digest()[0] >= 128]


@dataclass
class Page:
    """One clean or defective article: its text and where it came from."""

    id: str
    source: str
    text: str
    language: str = "??"
    site: str = ""
    part: str = ""
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.site = self.site or site_of(self.id)
        self.part = self.part or part(self.site)


def shared_dir(root: Path) -> Path:
    import os

    return Path(os.environ.get("SCRAPELINT_SHARED", root.parent / "shared"))


def bench_records(path: Path, render: str = "blocks") -> Iterable[dict]:
    """Records of ``dev.jsonl`` in one rendering."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["render"] == render:
                yield record


def content_pages(path: Path, render: str = "blocks") -> list[Page]:
    """The ``content`` lines of each bench page, joined: clean, edited article text."""
    from scrapelint.text.language import detect_language

    pages = []
    for record in bench_records(path, render):
        lines = record["text"].split("\n")
        content = [t.strip() for t, label in zip(lines, record["labels"], strict=True) if label == "content"]
        text = "\n".join(t for t in content if t)
        if not text:
            continue
        detected = detect_language(text)
        pages.append(Page(record["id"], record["source"], text, detected[0] if detected else "??"))
    return pages


def whole_pages(path: Path, render: str = "blocks") -> list[Page]:
    """Whole bench pages, navigation and all: what a careless scraper produces."""
    return [Page(r["id"], r["source"], r["text"], meta={"labels": r["labels"]}) for r in bench_records(path, render)]


# -- figures ----------------------------------------------------------------------------------


def ratio(pairs: Sequence[tuple[float, float]]) -> float:
    num = sum(n for n, _ in pairs)
    den = sum(d for _, d in pairs)
    return num / den if den else 0.0


def bootstrap(
    pairs: Sequence[tuple[float, float]],
    stat: Callable[[Sequence[tuple[float, float]]], float] = ratio,
    rounds: int = 1000,
    seed: int = 16,
    level: float = 0.95,
) -> tuple[float, float]:
    """A page-level percentile bootstrap interval: resample whole pages, recompute ``stat``.

    ``pairs`` holds one (numerator, denominator) per page, so a few long or odd pages
    widen the interval instead of hiding inside a pooled figure.
    """
    if not pairs:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(pairs)
    values = sorted(stat([pairs[rng.randrange(n)] for _ in range(n)]) for _ in range(rounds))
    lo = values[int((1 - level) / 2 * rounds)]
    hi = values[min(rounds - 1, int((1 + level) / 2 * rounds))]
    return (lo, hi)


def fmt_ci(value: float, ci: tuple[float, float], digits: int = 2, scale: float = 1.0) -> str:
    return f"{value * scale:.{digits}f} [{ci[0] * scale:.{digits}f}, {ci[1] * scale:.{digits}f}]"


def groups(pages: Iterable[Page], key: Callable[[Page], str]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for page in pages:
        out.setdefault(key(page), []).append(page)
    return dict(sorted(out.items()))


#: Findings on clean text a person read and judged: a real slip of the source, or a false alarm.
JUDGED = Path(__file__).resolve().parent / "data" / "judged_clean_findings.jsonl"


def judged_real() -> set[tuple[str, str, int]]:
    """(page id, code, start) of clean-text findings a person judged real slips."""
    if not JUDGED.exists():
        return set()
    rows = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["page"], r["code"], r["start"]) for r in rows if r["real"]}


def lang_group(page: Page) -> str:
    return "en" if page.language == "en" else "other"
