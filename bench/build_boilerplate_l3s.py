"""Build boilerplate validation pages from the L3S-GN1 news set (not committed).

L3S-GN1 (Christian Kohlschütter, L3S Research Center, January 2010; research
use only, see ``bench/BOILERPLATE_DATA.md``) holds 621 English news articles
from 408 sites, crawled from six Google News portals in 2008. Seven people
marked each page's text blocks in a browser as headline, full text,
supplemental (captions, dates), related content, user comments, or nothing (not
content). The set is read from ``geodrome/page-signal`` (folder
``L3S-GN1-20100130203947-00001``: ``original/UUID.html``, the page as crawled;
``annotated/UUID.html``, the same page with each labelled block in a
``<span class="x-nc-selN">``; ``url-mapping.txt``, each page's address).

One source-wide rule makes the labels: the headline and full-text blocks
(``x-nc-sel1``, ``x-nc-sel2``) are the article; supplemental blocks
(``x-nc-sel3``: bylines, datelines, captions and credits, which the shared
benchmark counts as boilerplate and this set as part of the article) and
comment blocks (``x-nc-sel5``) are ``unknown``; every other line, the
related-content links (``x-nc-sel4``) among them, is boilerplate.
The saved original page is rendered twice (``bench/render_pages.py``) and its
lines are labelled against that article with the WCXB labeller
(``bench/build_boilerplate_wcxb.py``). The annotated copy was saved in
Latin-1, so characters beyond it became ``?``; the labeller therefore compares
both texts with every character beyond Latin-1 read as ``?`` (the page text
the rules see is untouched). All pages are validation: no rule was tuned on
them.

    python bench/build_boilerplate_l3s.py PAGE_SIGNAL_GIT_DIR
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_boilerplate_dragnet import mark_comments, mark_held
from build_boilerplate_wcxb import label_lines, rendered

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "l3s-gn1"
FOLDER = "L3S-GN1-20100130203947-00001"
MIN_WORDS = 100
ARTICLE = ("x-nc-sel1", "x-nc-sel2")
SUPPLEMENTAL = ("x-nc-sel3",)
COMMENTS = ("x-nc-sel5",)
_CHARSET = re.compile(rb"<meta[^>]{0,200}charset=[\"']?([A-Za-z0-9_-]{2,20})", re.IGNORECASE)
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")


def git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True).stdout


def decode(raw: bytes) -> str:
    """A saved page as text: UTF-8 when it is valid UTF-8 (many pages declare Latin-1 and are not), else its charset."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = _CHARSET.search(raw[:20_000])
    if found:
        try:
            return raw.decode(found.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("cp1252", "replace")


def as_latin1(text: str) -> str:
    """``text`` with each character beyond Latin-1 read as ``?``, as the annotated copies hold it (same length)."""
    return _BEYOND_LATIN1.sub("?", text)


def labelled_blocks(annotated: str) -> tuple[str, str, str, str]:
    """The article (headline, full text), the supplemental blocks, the comments and the headline of an annotated page."""
    import lxml.html

    root = lxml.html.fromstring(annotated)
    article: list[str] = []
    supplemental: list[str] = []
    comments: list[str] = []
    headline: list[str] = []
    for element in root.iter("span"):
        classes = (element.get("class") or "").split()
        text = element.text_content().strip()
        if not text:
            continue
        if any(name in ARTICLE for name in classes):
            article.append(text)
            if "x-nc-sel1" in classes:
                headline.append(text)
        elif any(name in SUPPLEMENTAL for name in classes):
            supplemental.append(text)
        elif any(name in COMMENTS for name in classes):
            comments.append(text)
    return "\n".join(article), "\n".join(supplemental), "\n".join(comments), " ".join(headline)


def mark_supplemental(text: str, labels: list[str], supplemental: str) -> list[str]:
    """Boilerplate lines that are a supplemental block (or hold four or more of its words in a row) are ``unknown``."""
    return mark_held(text, labels, supplemental, whole_lines=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path, help="a clone of geodrome/page-signal")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "boilerplate_l3s.jsonl")
    args = parser.parse_args(argv)
    urls = {}
    for row in git(args.git_dir, "show", f"HEAD:{FOLDER}/url-mapping.txt").decode("utf-8", "replace").splitlines():
        if "\t" in row:
            urn, url = row.split("\t", 1)
            urls[urn.strip().strip("<>").removeprefix("urn:uuid:")] = url.strip()
    names = git(args.git_dir, "ls-tree", "--name-only", f"HEAD:{FOLDER}/annotated/").decode().split()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = pages = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name in sorted(names):
            key = name.removesuffix(".html")
            annotated = decode(git(args.git_dir, "show", f"HEAD:{FOLDER}/annotated/{name}"))
            article, supplemental, comments, headline = labelled_blocks(annotated)
            if len(article.split()) < MIN_WORDS:
                continue
            try:
                html = decode(git(args.git_dir, "show", f"HEAD:{FOLDER}/original/{name}"))
            except subprocess.CalledProcessError:  # a page without its original is no page
                continue
            pages += 1
            for render, text in rendered(key, html):
                seen = as_latin1(text)
                labels = label_lines(seen, as_latin1(article), as_latin1(headline))
                labels = mark_supplemental(seen, labels, as_latin1(supplemental))
                record = {
                    "id": f"{SOURCE}/{key}",
                    "source": SOURCE,
                    "render": render,
                    "url": urls.get(key),
                    "text": text,
                    "labels": mark_comments(seen, labels, as_latin1(comments)),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} records from {pages} pages to {args.out}")


if __name__ == "__main__":
    main()
