"""Build boilerplate validation pages from Mozilla Readability's test pages (not committed).

``mozilla/readability`` (Apache-2.0, commit ``ab4027a``; origin and licence in
``bench/BOILERPLATE_DATA.md``) keeps, for each test case under
``test/test-pages/NAME/``, the saved page (``source.html``), the article its
maintainers expect a reader view to keep (``expected.html``) and its metadata
(``expected-metadata.json``: title, language, whether the page reads as an
article). This script takes the real pages among them: ``readerable`` true,
a saved page of 20 KB or more and an expected article of 150 words or more
(the small hand-made cases that test one parser feature fall out). Each page
is rendered twice (``bench/render_pages.py``: inscriptis and blocks) and its
lines are labelled against the expected article's text with the WCXB labeller
(``bench/build_boilerplate_wcxb.py``: ``content``, ``boilerplate``,
``unknown``, ``skip``).

The expected article is a reader view's choice, checked by hand when the test
was written: a gold main text, though not a line-by-line human labelling.
Pages are from many sites and languages (English, French, German, Spanish,
Portuguese, Czech, Chinese, Arabic...). All are validation: no rule was tuned on them.

    python bench/build_boilerplate_readability.py READABILITY_GIT_DIR
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_boilerplate_wcxb import renderings
from render_pages import inscriptis_text

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "readability"
PAGES = "test/test-pages"
MIN_HTML = 20_000
MIN_WORDS = 150
_URL = re.compile(
    r"<(?:link[^>]*\brel=[\"']canonical[\"'][^>]*\bhref|meta[^>]*\bproperty=[\"']og:url[\"'][^>]*\bcontent)"
    r"=[\"'](https?://[^\"']+)",
    re.IGNORECASE,
)


def git(git_dir: Path, *args: str) -> bytes:
    import subprocess

    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True).stdout


def page_url(html: str) -> str | None:
    """The page's own address from its canonical link or ``og:url``, when it names one."""
    found = _URL.search(html[:200_000])
    return found.group(1) if found else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "boilerplate_readability.jsonl")
    args = parser.parse_args(argv)
    names = git(args.git_dir, "ls-tree", "--name-only", "HEAD", f"{PAGES}/").decode().split()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = pages = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in names:
            key = path.rsplit("/", 1)[-1]
            try:
                meta = json.loads(git(args.git_dir, "show", f"HEAD:{path}/expected-metadata.json"))
                source = git(args.git_dir, "show", f"HEAD:{path}/source.html").decode("utf-8", "replace")
                expected = git(args.git_dir, "show", f"HEAD:{path}/expected.html").decode("utf-8", "replace")
            except Exception:  # a case without the three files is no page
                continue
            body = inscriptis_text(expected)
            if not meta.get("readerable") or len(source) < MIN_HTML or len(body.split()) < MIN_WORDS:
                continue
            pages += 1
            for render, text, labels in renderings(key, source, body, meta.get("title") or ""):
                record = {
                    "id": f"{SOURCE}/{key}",
                    "source": SOURCE,
                    "render": render,
                    "url": page_url(source),
                    "text": text,
                    "labels": labels,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} records from {pages} pages to {args.out}")


if __name__ == "__main__":
    main()
