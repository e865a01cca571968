"""Real Markdown tables from public repositories, rebuilt from a manifest of repo/path/commit.

The manifest ``bench/data/tables_clean_manifest.jsonl`` names, for each file,
its repository, path, commit and licence; no table text is kept in the project.
``build`` reads each file at its commit, either from local git mirrors
(``--mirror DIR`` holding ``owner+name/repo`` git directories, or
``owner+name.git``) or from raw.githubusercontent.com, cuts out every GFM table
(a header line, a delimiter row with the same number of cells, the rows up to a
blank line or another block; fenced code skipped) and writes them to
``bench/out/tables_clean.jsonl``, which ``bench/tables.py`` reads.

    python bench/tables_sources.py build --mirror DIR     # rebuild the tables file
    python bench/tables_sources.py scan --mirror DIR REPO...  # (re)write manifest entries

Split: by repository (see ``split_of``), so no repository has tables on both sides.
``round`` records when an entry was collected: round 2 was gathered after round 1's
validation figure was taken, before the rules were tuned again, so its validation half
is data the rules had never met.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "bench" / "data" / "tables_clean_manifest.jsonl"
OUT = ROOT / "bench" / "out" / "tables_clean.jsonl"
BROKEN_MANIFEST = ROOT / "bench" / "data" / "tables_broken_manifest.jsonl"
BROKEN_OUT = ROOT / "bench" / "out" / "tables_broken_real.jsonl"

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
DELIMITER_CELL = re.compile(r"^:?-+:?$")
#: Lines that open another block and so end a table: headings, quotes, fences, HTML, list items.
BLOCK_START = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|>|`{3,}|~{3,}|<[a-zA-Z/!]|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$))")
SKIP_DIRS = re.compile(
    r"(?:^|/)(?:tests?|fixtures?|testdata|spec|snapshots?|vendor|node_modules|third_party)/|(?:^|/)snapshot\.md$", re.I
)
PER_REPO_FILES = 8


def split_of(repo: str) -> str:
    """Validation or tuning, fixed by the repository's name (half and half, by hash)."""
    return "validation" if int(hashlib.sha1(repo.lower().encode()).hexdigest(), 16) % 2 else "tuning"


def split_of_entry(entry: dict) -> str:
    """An entry's own ``split`` when it names one (a round held out whole), else its repository's hash."""
    return entry.get("split") or split_of(entry["repo"])


def cells(line: str) -> list[str]:
    """GFM cells of a row: outer pipes optional, ``\\|`` does not split."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", text)]


def is_delimiter(line: str) -> bool:
    if "|" not in line and not line.strip().startswith("-"):
        return False
    parts = cells(line)
    return bool(parts) and all(DELIMITER_CELL.match(p) for p in parts) and "|" in line


def extract_tables(text: str) -> list[tuple[int, str]]:
    """``(first line number, table text)`` of every GFM table outside fenced code."""
    lines = text.splitlines()
    found: list[tuple[int, str]] = []
    fence: str | None = None
    comment = False
    i = 0
    while i < len(lines):
        line = lines[i]
        match = FENCE.match(line)
        if comment or (fence is None and "<!--" in line and "-->" not in line.split("<!--", 1)[1]):
            comment = "-->" not in line or (not comment and line.rfind("<!--") > line.rfind("-->"))
        elif fence is None and match:
            fence = match.group(1)
        elif fence is not None:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
        elif (
            "|" in line
            and i + 1 < len(lines)
            and not line.startswith("    ")
            and is_delimiter(lines[i + 1])
            and len(cells(lines[i + 1])) == len(cells(line))
        ):
            end = i + 2
            while end < len(lines) and lines[end].strip() and not BLOCK_START.match(lines[end]):
                end += 1
            found.append((i + 1, "\n".join(lines[i:end])))
            i = end
            continue
        i += 1
    return found


#: A blockquote's markers at the start of a line ("> ", "> > "), after a list item's indent.
QUOTE_MARKERS = re.compile(r"^[ \t]*+(?:>[ \t]?+)++")


def extract_quoted_tables(text: str) -> list[tuple[int, str]]:
    """``(first line number, table text)`` of every GFM table inside a blockquote, as written
    (markers kept): each run of quoted lines of one depth is read with its markers taken off."""
    lines = text.splitlines()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        match = QUOTE_MARKERS.match(lines[i])
        if not match:
            i += 1
            continue
        depth = match.group(0).count(">")
        end = i
        bodies = []
        while end < len(lines) and (m := QUOTE_MARKERS.match(lines[end])) and m.group(0).count(">") == depth:
            bodies.append(lines[end][m.end() :])
            end += 1
        for first, table in extract_tables("\n".join(bodies)):
            count = len(table.splitlines())
            found.append((i + first, "\n".join(lines[i + first - 1 : i + first - 1 + count])))
        i = end
    return found


def read_file(repo: str, commit: str, path: str, mirror: Path | None) -> str | None:
    if mirror is not None:
        owner_name = repo.replace("/", "+")
        for git_dir in (mirror / owner_name / "repo", mirror / f"{owner_name}.git", mirror / owner_name):
            if git_dir.is_dir():
                done = subprocess.run(
                    ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                    capture_output=True,
                    check=False,
                )
                return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None
        return None
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{path}"
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def build(mirror: Path | None) -> int:
    entries = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    count, missing = 0, 0
    with OUT.open("w", encoding="utf-8") as out:
        for entry in entries:
            text = read_file(entry["repo"], entry["commit"], entry["path"], mirror)
            if text is None:
                missing += 1
                print(f"missing: {entry['repo']} {entry['path']}", file=sys.stderr)
                continue
            # An entry marked "quoted" contributes the tables inside its blockquotes only.
            extract = extract_quoted_tables if entry.get("quoted") else extract_tables
            for line, table in extract(text):
                record = {
                    "repo": entry["repo"],
                    "path": entry["path"],
                    "line": line,
                    "split": split_of_entry(entry),
                    "round": entry.get("round", 1),
                    "text": table,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} tables from {len(entries) - missing} files ({missing} missing) -> {OUT.relative_to(ROOT)}")
    return build_broken(mirror)


def build_broken(mirror: Path | None) -> int:
    """Cut each broken table of the broken manifest out of its file: lines ``first`` to ``last``, as published."""
    if not BROKEN_MANIFEST.is_file():
        return 0
    entries = [json.loads(line) for line in BROKEN_MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    count = 0
    with BROKEN_OUT.open("w", encoding="utf-8") as out:
        for entry in entries:
            text = read_file(entry["repo"], entry["commit"], entry["path"], mirror)
            if text is None:
                print(f"missing: {entry['repo']} {entry['path']}", file=sys.stderr)
                continue
            lines = text.splitlines()[entry["first"] - 1 : entry["last"]]
            record = {k: v for k, v in entry.items() if k not in ("first", "last", "commit")}
            record["split"] = split_of_entry(entry)
            record["source"] = (
                f"{entry['repo']}@{entry['commit'][:12]}:{entry['path']}#L{entry['first']}-L{entry['last']}"
            )
            record["text"] = "\n".join(lines)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} broken tables from {len(entries)} manifest entries -> {BROKEN_OUT.relative_to(ROOT)}")
    return 0


LICENCES = [
    ("Apache-2.0", "Apache License"),
    ("MIT", "MIT License"),
    ("MIT", "Permission is hereby granted, free of charge"),
    ("BSD-3-Clause", "Redistribution and use in source and binary forms"),
    ("GPL-3.0", "GNU GENERAL PUBLIC LICENSE"),
    ("CC0-1.0", "CC0"),
    ("MPL-2.0", "Mozilla Public License"),
    ("CC-BY-4.0", "Attribution 4.0"),
    ("ISC", "ISC License"),
    ("Unlicense", "This is free and unencumbered software"),
    ("EUPL-1.2", "EUROPEAN UNION PUBLIC LICENCE"),
]


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), *args], capture_output=True, text=True, errors="replace", check=False
    ).stdout


def licence_of(git_dir: Path) -> str:
    names = [
        n for n in _git(git_dir, "ls-tree", "--name-only", "HEAD").split() if n.upper().startswith(("LICEN", "COPYING"))
    ]
    found = []
    for name in names:
        head = _git(git_dir, "show", f"HEAD:{name}")[:3000]
        found += [spdx for spdx, marker in LICENCES if marker.lower() in head.lower() and spdx not in found]
    return " OR ".join(dict.fromkeys(found)) or "unknown"


def scan(mirror: Path, repos: list[str], collected: int, part: str | None = None) -> int:
    """Append manifest entries: up to PER_REPO_FILES Markdown files with tables per repository."""
    existing = (
        {json.loads(line)["repo"] for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()}
        if MANIFEST.exists()
        else set()
    )
    with MANIFEST.open("a", encoding="utf-8") as out:
        for repo in repos:
            if repo in existing:
                continue
            git_dir = mirror / repo.replace("/", "+") / "repo"
            commit = _git(git_dir, "rev-parse", "HEAD").strip()
            paths = [
                p
                for p in _git(git_dir, "ls-tree", "-r", "--name-only", commit).splitlines()
                if p.lower().endswith(".md") and not SKIP_DIRS.search(p) and "changelog" not in p.lower()
            ]
            paths.sort(key=lambda p: (p.count("/"), "readme" not in p.lower(), p))
            licence = licence_of(git_dir)
            taken = 0
            for path in paths:
                if taken >= PER_REPO_FILES:
                    break
                text = _git(git_dir, "show", f"{commit}:{path}")
                if extract_tables(text):
                    row = {"repo": repo, "path": path, "commit": commit, "licence": licence, "round": collected}
                    if part:
                        row["split"] = part
                    out.write(json.dumps(row) + "\n")
                    taken += 1
            print(f"{repo}: {taken} files, {licence}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "scan"])
    parser.add_argument("repos", nargs="*")
    parser.add_argument("--mirror", type=Path, help="directory of git mirrors (owner+name/repo)")
    parser.add_argument("--round", type=int, default=1, help="collection round recorded with new manifest entries")
    parser.add_argument(
        "--split", choices=["tuning", "validation"], help="assign a scanned round whole to one part (default: by hash)"
    )
    args = parser.parse_intermixed_args()
    if args.command == "scan":
        if args.mirror is None:
            parser.error("scan needs --mirror")
        return scan(args.mirror, args.repos, args.round, args.split)
    return build(args.mirror)


if __name__ == "__main__":
    raise SystemExit(main())
