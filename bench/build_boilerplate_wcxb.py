"""Rebuild the extra boilerplate validation pages from the WCXB benchmark (not committed).

WCXB (Web Content Extraction Benchmark, Murrough Foley, CC-BY-4.0, commit
``c039d5e``; origin and licence in ``bench/BOILERPLATE_DATA.md``) holds modern
pages (2025), one per domain, with a ground-truth ``main_content`` per page.
This script takes the ``article`` pages of its ``test`` split (validation;
``--split dev`` gives pages of other domains for tuning), renders each
page twice (``bench/render_pages.py``: inscriptis and blocks, as the shared
benchmark does) and labels every line against the ground truth:

- ``skip``: blank, or under 2 characters once normalised;
- ``content``: a line of 4+ words whose normalised text is in the main content
  (or matches it with ``partial_ratio`` >= 90) and lies on the heaviest chain of
  such lines whose positions in the main content rise with the line order (or,
  off the chain, has 8+ words and sits between its ends); a line of fewer than
  4 words found in the main content between the chain's ends (a sub-heading, a
  list item); the headline (equal to the ground-truth title);
- ``unknown``: a short line found in the main content outside the chain's ends
  (a menu word the article also uses), and lines of 4+ words that match only in
  part (partial_ratio 75-90);
- ``boilerplate``: everything else.

That is a simpler labelling than the shared benchmark's (no ordered anchor
chain), so read its figures beside those, not as the same measure.

    python bench/build_boilerplate_wcxb.py WCXB_GIT_DIR --limit 0               # validation pages
    python bench/build_boilerplate_wcxb.py WCXB_GIT_DIR --split dev --limit 150  # tuning pages

It reads committed files at ``HEAD`` of a clone (a bare clone is fine).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_pages import blocks_text, inscriptis_text

ROOT = Path(__file__).resolve().parents[1]
#: The test split validates; pages of the dev split (other domains) may be used for tuning.
SOURCES = {"test": "wcxb", "dev": "wcxb-dev"}
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SPACE = re.compile(r"\s+")
_TRANSLATE = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00ad": None, "\u200b": None})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).lower()
    return _EDGES.sub("", _SPACE.sub(" ", text).strip())


def git_show(git_dir: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(git_dir), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def rendered(key: str, html: str) -> Iterator[tuple[str, str]]:
    """Each non-empty rendering of a page (inscriptis, blocks) by name; a page a parser cannot
    read is left out of that rendering, with a message."""
    for render, function in (("inscriptis", inscriptis_text), ("blocks", blocks_text)):
        try:
            text = function(html)
        except Exception as error:  # a page the parser cannot read is left out
            print(f"{key} {render}: {error}", file=sys.stderr)
            continue
        if text:
            yield render, text


def renderings(key: str, html: str, body: str, title: str) -> Iterator[tuple[str, str, list[str]]]:
    """Each rendering of a page (inscriptis, blocks) with its lines labelled against the article."""
    for render, text in rendered(key, html):
        yield render, text, label_lines(text, body, title)


def label_lines(text: str, body: str, title: str) -> list[str]:
    from rapidfuzz import fuzz

    norm_body = normalise(body)
    norm_title = normalise(title)
    lines = text.split("\n")
    labels: list[str] = []
    candidates: list[tuple[int, int, int]] = []  # (line, position in the body, words)
    for k, line in enumerate(lines):
        norm = normalise(line)
        if len(norm) < 2:
            labels.append("skip")
            continue
        words = len(norm.split())
        at = f" {norm_body} ".find(f" {norm} ")
        if words < 4:
            labels.append("short" if at >= 0 else ("title" if norm == norm_title else "boilerplate"))
            continue
        if at < 0 and len(norm) >= 20:
            found = fuzz.partial_ratio_alignment(norm[:400], norm_body)
            if found is not None and found.score >= 90:
                at = found.dest_start
            elif found is not None and found.score >= 75:
                labels.append("unknown")
                continue
        if at >= 0:
            labels.append("long")
            candidates.append((k, at, words))
        else:
            labels.append("content" if norm == norm_title else "boilerplate")
    chain = _heaviest_chain(candidates)
    first, last = (min(chain), max(chain)) if chain else (len(lines), -1)
    words_of = {k: w for k, _, w in candidates}
    out = []
    for k, label in enumerate(labels):
        if label == "long":
            label = "content" if k in chain or (words_of[k] >= 8 and first <= k <= last) else "boilerplate"
        elif label == "short":
            label = "content" if first <= k <= last else "unknown"
        elif label == "title":
            label = "content"
        out.append(label)
    return out


def _heaviest_chain(candidates: list[tuple[int, int, int]]) -> set[int]:
    """Lines whose body positions rise with the line order, heaviest by words: the
    article read in order. Teasers that quote the article elsewhere fall off it."""
    if not candidates:
        return set()
    best = [c[2] for c in candidates]
    back = [-1] * len(candidates)
    for i, (_, pos, words) in enumerate(candidates):
        for j in range(i):
            if candidates[j][1] < pos and best[j] + words > best[i]:
                best[i], back[i] = best[j] + words, j
    i = max(range(len(candidates)), key=best.__getitem__)
    chain = set()
    while i >= 0:
        chain.add(candidates[i][0])
        i = back[i]
    return chain


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=120, help="pages to take, in file order (0: all)")
    parser.add_argument("--out", type=Path, help="default: bench/out/boilerplate_wcxb.jsonl (test), _wcxb_dev (dev)")
    args = parser.parse_args(argv)
    if args.out is None:
        name = "boilerplate_wcxb.jsonl" if args.split == "test" else f"boilerplate_wcxb_{args.split}.jsonl"
        args.out = ROOT / "bench" / "out" / name
    meta = json.loads(git_show(args.git_dir, "metadata.json"))
    keys = sorted(k for k, v in meta["files"].items() if v["split"] == args.split and v["page_type"] == "article")
    if args.limit:
        keys = keys[: args.limit]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with args.out.open("w", encoding="utf-8") as out:
        for key in keys:
            truth = json.loads(git_show(args.git_dir, f"{args.split}/ground-truth/{key}.json"))
            html = gzip.decompress(git_show(args.git_dir, f"{args.split}/html/{key}.html.gz")).decode(
                "utf-8", "replace"
            )
            gt = truth["ground_truth"]
            for render, text, labels in renderings(key, html, gt.get("main_content") or "", gt.get("title") or ""):
                record = {
                    "id": f"{SOURCES[args.split]}/{key}",
                    "source": SOURCES[args.split],
                    "render": render,
                    "url": truth.get("url"),
                    "text": text,
                    "labels": labels,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} records from {len(keys)} pages to {args.out}")


if __name__ == "__main__":
    main()
