"""Build boilerplate validation pages from Dragnet's own 2012 crawl (not committed).

``seomoz/dragnet_data`` (AGPL-3.0 for the data, commit ``95559be``; origin and
licence in ``bench/BOILERPLATE_DATA.md``) pairs saved pages with the text a
person cut and pasted from each page in a browser: the article, then a
separator line, then the reader comments. Its own crawl (Kurtis Bohrnstedt,
2012) is the pages with numeric names; the ``R``/``T`` pages are converted from
other collections and are left out. The repository's
``dragnet_Corrected.tar.gz`` holds the pasted texts; the snapshot read here lacks
its HTML archive, so the saved pages are read from ``j-szulc/html-cleaning-dataset-
merged`` (``dragnet_data/input/NAME.html``), a mirror of the same files.

Each page is rendered twice (``bench/render_pages.py``: inscriptis and blocks)
and its lines are labelled against the article with the WCXB labeller
(``bench/build_boilerplate_wcxb.py``). A line of four or more words that the
comments hold is ``unknown``: reader comments are neither the article nor the
site's furniture. All pages are validation: no rule was tuned on them.

    python bench/build_boilerplate_dragnet.py DRAGNET_GIT_DIR HTML_MIRROR_GIT_DIR
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_boilerplate_wcxb import normalise, renderings

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "dragnet"
#: The separator line, as typed: some files drop a character of it or a space.
_SEPARATOR = re.compile(r"^[ !@#$%^&*()]{6,14}COMMENTS[ \t]*$", re.MULTILINE)
MIN_WORDS = 100
#: A reader comment's signature: a time of day and a date on a short line.
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_DATE = re.compile(
    r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b",
    re.IGNORECASE,
)
_SIGNATURE_WORDS = 15
_THREAD = 3
_OWN = re.compile(r"Corrected/(\d+)\.html\.corrected\.txt$")
_CHARSET = re.compile(rb"<meta[^>]{0,200}charset=[\"']?([A-Za-z0-9_-]{2,20})", re.IGNORECASE)


def git(git_dir: Path, *args: str) -> bytes:
    import subprocess

    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True).stdout


def decode(raw: bytes) -> str:
    """The saved page as text, by its declared charset, else UTF-8, else Latin-1."""
    found = _CHARSET.search(raw[:20_000])
    for name in ([found.group(1).decode("ascii")] if found else []) + ["utf-8"]:
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1")


def pasted_text(raw: bytes) -> str:
    """A pasted text: UTF-8, or Windows-1252 where the file is not UTF-8 (curly quotes as 0x92); lines end in LF.

    A third of the files end their lines in CR LF, which hid their separator line.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _signature(line: str) -> bool:
    """A comment's signature: a short line with a time of day and a date ("Maria July 7, 2012 at 2:31 pm"), or "... says:"."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _SIGNATURE_WORDS:
        return False
    if stripped.lower().endswith("says:"):
        return True
    return bool(_TIME.search(stripped) and _DATE.search(stripped))


def split_comments(corrected: str) -> tuple[str, str]:
    """The pasted article and the pasted comments (empty when the page had none).

    The comments start at the separator line; where a pasted article has no separator but runs on
    into a thread (three signature lines or more), they start at its first signature.
    """
    found = _SEPARATOR.search(corrected)
    article, comments = (corrected, "") if found is None else (corrected[: found.start()], corrected[found.end() :])
    lines = article.split("\n")
    signed = [k for k, line in enumerate(lines) if _signature(line)]
    if len(signed) >= _THREAD:
        first = signed[0]
        return "\n".join(lines[:first]), "\n".join(lines[first:]) + "\n" + comments
    return article, comments


def mark_comments(text: str, labels: list[str], comments: str) -> list[str]:
    """Lines of four or more words that the comments hold are ``unknown``, not boilerplate."""
    return mark_held(text, labels, comments)


def mark_held(text: str, labels: list[str], held: str, whole_lines: bool = False) -> list[str]:
    """Boilerplate lines that ``held`` holds (four or more of its words in a row, or with
    ``whole_lines`` one of its lines whole) are ``unknown``: a block the source's own labels
    count neither as article nor as boilerplate."""
    if not held.strip():
        return labels
    lines = {normalise(line) for line in held.splitlines()} - {""} if whole_lines else set()
    joined = " " + " ".join(normalise(line) for line in held.splitlines()) + " "
    out = list(labels)
    for k, line in enumerate(text.split("\n")):
        if out[k] != "boilerplate":
            continue
        norm = normalise(line)
        if norm and (norm in lines or (len(norm.split()) >= 4 and f" {norm} " in joined)):
            out[k] = "unknown"
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dragnet_git_dir", type=Path)
    parser.add_argument("html_git_dir", type=Path, help="a clone of j-szulc/html-cleaning-dataset-merged")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "boilerplate_dragnet.jsonl")
    args = parser.parse_args(argv)
    corrected: dict[str, str] = {}
    raw = io.BytesIO(git(args.dragnet_git_dir, "show", "HEAD:dragnet_Corrected.tar.gz"))
    with tarfile.open(fileobj=raw) as archive:
        for member in archive.getmembers():
            own = _OWN.search(member.name)
            if own and member.isfile():
                corrected[own.group(1)] = pasted_text(archive.extractfile(member).read())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = pages = 0
    with args.out.open("w", encoding="utf-8") as out:
        for key in sorted(corrected, key=int):
            article, comments = split_comments(corrected[key])
            if len(article.split()) < MIN_WORDS:
                continue
            try:
                html = decode(git(args.html_git_dir, "show", f"HEAD:dragnet_data/input/{key}.html"))
            except Exception:  # a page missing from the mirror is no page
                continue
            pages += 1
            for render, text, labels in renderings(key, html, article, ""):
                record = {
                    "id": f"{SOURCE}/{key}",
                    "source": SOURCE,
                    "render": render,
                    "url": None,
                    "text": text,
                    "labels": mark_comments(text, labels, comments),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} records from {pages} pages to {args.out}")


if __name__ == "__main__":
    main()
