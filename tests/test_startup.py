"""Startup stays light: heavy libraries load only when a document or rule needs them."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import sys
from scrapelint.cli.app import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = ["trafilatura", "langdetect", "textstat", "ftfy", "rich", "lxml"]
sys.stderr.write("LOADED=" + ",".join(m for m in heavy if m in sys.modules) + "\\n")
"""


def loaded_after(args: list[str], cwd) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True, check=False)
    line = next(line for line in result.stderr.splitlines() if line.startswith("LOADED="))
    return [name for name in line.removeprefix("LOADED=").split(",") if name]


def test_linting_a_text_file_imports_no_heavy_library(project):
    (project / "a.txt").write_text("Plain text,here.\n")
    assert loaded_after(["check", "a.txt"], project) == []


def test_html_input_brings_in_trafilatura_only_then(project):
    (project / "a.html").write_text(
        "<html><body><article><p>" + "Some words in a paragraph. " * 20 + "</p></article></body></html>"
    )
    assert "trafilatura" in loaded_after(["check", "a.html"], project)


def test_progress_bar_goes_to_stderr_and_leaves_stdout_clean(project):
    (project / "c.jsonl").write_text("".join(json.dumps({"id": str(i), "text": "a,b"}) + "\n" for i in range(50)))
    result = subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", "c.jsonl", "--format", "jsonl", "--progress"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 50
