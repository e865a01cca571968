"""Build boilerplate pages from CleanPortalEval (not committed).

CleanPortalEval (István Endrédy and Attila Novák, 2013, ``ppke-nlpg/CleanPortalEval``,
commit ``517726d``; origin and licence in ``bench/BOILERPLATE_DATA.md``) holds 71
saved news and blog pages of five sections of four sites (bbc.co.uk news,
blogs.wsj.com's Brussels blog, tv.msnbc.com, two washingtonpost.com blogs), each with
a gold standard written by people in CleanEval's format: the page's main text, one
segment a line, each segment opened by ``<h>`` (heading), ``<p>`` (paragraph) or ``<l>``
(list item). This script renders each page twice (``bench/render_pages.py``:
inscriptis and blocks) and labels its lines against the gold text with the WCXB
labeller (``bench/build_boilerplate_wcxb.py``), the first heading standing for the
title; short lines above the headline that it calls content are ``unknown``
(``before_headline``). Pages are split by site like the shared pages (``bench/boilerplate_split.py``).

    python bench/build_boilerplate_cpe.py CLEANPORTALEVAL_GIT_DIR
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_boilerplate_wcxb import normalise, renderings

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "cleanportaleval"
MIN_WORDS = 100
_MARK = re.compile(r"^<([hpl])>", re.MULTILINE)
_SECTION = re.compile(r"^(.+?)_[a-z0-9]+_\d+$")


def git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True).stdout


def gold_text(raw: str) -> tuple[str, str]:
    """The gold main text, one segment a line, and its first heading (the title)."""
    raw = raw.split("\n", 1)[1] if raw.startswith("URL:") else raw
    segments = [" ".join(part.split()) for part in _MARK.split(raw)[2::2]]
    marks = _MARK.findall(raw)
    segments = [html.unescape(s) for s in segments]
    title = next((s for m, s in zip(marks, segments, strict=True) if m == "h"), "")
    return "\n".join(s for s in segments if s), title


def before_headline(text: str, labels: list[str], title: str) -> list[str]:
    """Short lines labelled content above the article's headline become ``unknown``.

    The page's ``<title>`` ("Site - Headline") matches the gold text in part and so
    starts the labeller's chain of article lines; the menu words between it and the
    headline ("Home", "Business") are then found in the article's text and counted as
    content. Above the headline no short line is the article's."""
    norm_title = normalise(title)
    lines = text.split("\n")
    at = next((k for k, line in enumerate(lines) if norm_title and normalise(line) == norm_title), -1)
    return [
        "unknown" if k < at and label == "content" and len(lines[k].split()) < 4 else label
        for k, label in enumerate(labels)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "boilerplate_cpe.jsonl")
    args = parser.parse_args(argv)
    names = git(args.git_dir, "ls-tree", "--name-only", "HEAD", "input/").decode().split()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = pages = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in names:
            key = path.rsplit("/", 1)[-1].removesuffix(".html")
            try:
                gold = git(args.git_dir, "show", f"HEAD:GoldStandard/{key}.txt").decode("utf-8", "replace")
            except subprocess.CalledProcessError:  # a page without its gold text is no page
                continue
            source = git(args.git_dir, "show", f"HEAD:{path}").decode("utf-8", "replace")
            body, title = gold_text(gold)
            if len(body.split()) < MIN_WORDS:
                continue
            found = _SECTION.match(key)
            host = found.group(1) if found else key
            pages += 1
            for render, text, labels in renderings(key, source, body, title):
                record = {
                    "id": f"{SOURCE}/{key}",
                    "source": SOURCE,
                    "render": render,
                    "url": f"http://{host}/",
                    "text": text,
                    "labels": before_headline(text, labels, title),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} records from {pages} pages to {args.out}")


if __name__ == "__main__":
    main()
