"""Hostile inputs and outputs: lone surrogates, BOM-prefixed records, devices, FIFOs, missing folders, forged baselines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.api import lint_text
from scrapelint.cli.app import main
from scrapelint.engine.baseline import Baseline, BaselineError
from scrapelint.io.atomic import atomic_writer

from .conftest import CHILD_ENV

FORMATS = ["text", "json", "jsonl", "sarif", "github", "junit", "markdown", "html"]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def surrogate_corpus(folder: Path) -> Path:
    path = folder / "c.jsonl"
    records = [
        {"id": "a\ud800", "title": "Title \udc00", "text": "Hello\ud800 world,here. <b>bold</b>\n"},
        {"id": "b", "text": "A clean line of text.\n"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("output_format", FORMATS)
def test_lone_surrogates_are_replaced_at_read_time_and_every_report_is_written(workdir, output_format):
    path = surrogate_corpus(workdir)
    result = subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", str(path), "--format", output_format, "--no-cache", "--isolated"],
        capture_output=True,
        text=True,
        check=False,
        env=CHILD_ENV,
        cwd=workdir,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    if output_format == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        sl003 = [r for r in rows if r["code"] == "SL003"]
        assert len(sl003) == 1 and sl003[0]["doc"] == "a\ufffd" and sl003[0]["start"] == 5
        assert all("\ud800" not in json.dumps(r, ensure_ascii=False) for r in rows)


def test_the_api_replaces_lone_surrogates_too():
    findings = lint_text("Hello\ud800 world,here.", select=["SP"])
    assert [f.code for f in findings if f.code == "SL003"] == ["SL003"]
    assert all("\ud800" not in f.snippet for f in findings)


def test_fix_keeps_a_bom_prefixed_record_line_mid_file(workdir):
    source = workdir / "c.jsonl"
    first = json.dumps({"id": "1", "text": "Fine text here.\n"}).encode() + b"\n"
    second = b"\xef\xbb\xbf" + json.dumps({"id": "2", "keep": "x", "text": "Bad\x00 text,here.\n"}).encode() + b"\n"
    third = json.dumps({"id": "3", "text": "Bad\x00 too.\n"}).encode() + b"\n"
    source.write_bytes(first + second + third)
    result = invoke("fix", str(source), "-o", "out.jsonl", "--isolated", "--select", "EN005")
    assert result.exit_code == 0, result.output
    out = (workdir / "out.jsonl").read_bytes().splitlines(keepends=True)
    assert out[0] == first
    assert out[1].startswith(b'\xef\xbb\xbf{"id": "2", "keep": "x", "text": "Bad text,here.\\n"}')
    assert b"\\u0000" not in out[2] and json.loads(out[2])["text"] == "Bad too.\n"


def test_a_record_that_cannot_be_fixed_passes_through_with_a_finding(workdir):
    source = workdir / "c.jsonl"
    broken = b'{"id": "2", "text": "Bad\\u0000 here", \n'
    good = json.dumps({"id": "3", "text": "Bad\x00 too.\n"}).encode() + b"\n"
    undecodable = b'{"id": "4", "text": "Bad\\u0000 \xed\xa0\x80 here"}\n'
    source.write_bytes(broken + good + undecodable)
    result = invoke("fix", str(source), "-o", "out.jsonl", "--isolated", "--select", "EN005")
    assert result.exit_code == 0, result.output
    out = (workdir / "out.jsonl").read_bytes().splitlines(keepends=True)
    assert out[0] == broken and out[2] == undecodable
    assert json.loads(out[1])["text"] == "Bad too.\n"
    assert "c.jsonl:1: SL004" in result.output and "written unchanged" in result.output
    assert "c.jsonl:3: SL" in result.output


def test_output_to_a_fifo_is_written_through(workdir):
    fifo = workdir / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    with atomic_writer(fifo, "w", encoding="utf-8") as handle:
        handle.write("report\n")
    reader.join(10)
    assert received == [b"report\n"]
    assert fifo.is_fifo()


def test_output_to_a_character_device_is_not_replaced(workdir):
    (workdir / "a.txt").write_text("Talks ended , officials said .\n", encoding="utf-8")
    before = os.stat("/dev/null")
    result = invoke("check", "a.txt", "--isolated", "--no-cache", "-o", "/dev/null")
    assert result.exit_code == 1
    after = os.stat("/dev/null")
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_symlinked_output_keeps_its_link(workdir):
    (workdir / "real.txt").write_text("old", encoding="utf-8")
    (workdir / "link.txt").symlink_to(workdir / "real.txt")
    with atomic_writer(workdir / "link.txt", "w", encoding="utf-8") as handle:
        handle.write("new")
    assert (workdir / "link.txt").is_symlink() and (workdir / "real.txt").read_text() == "new"


def test_output_into_a_missing_folder_is_a_usage_error(workdir):
    (workdir / "a.txt").write_text("Words,glued.\n", encoding="utf-8")
    result = invoke("check", "a.txt", "--isolated", "-o", "missing/report.txt")
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "missing" in result.output
    fixed = invoke("fix", "a.txt", "--isolated", "-o", "missing/fixed.txt")
    assert fixed.exit_code == 2 and "missing" in fixed.output


def test_a_deeply_nested_baseline_is_a_usage_error(workdir):
    (workdir / "a.txt").write_text("Words,glued.\n", encoding="utf-8")
    nested = "/".join(["deep"] * 50) + "/baseline.json"
    result = invoke("check", "a.txt", "--isolated", "--no-cache", "--baseline", nested, "--update-baseline")
    assert result.exit_code == 2 and nested in result.output and result.output.strip().count("\n") == 0
    too_long = "d" * 300 + "/baseline.json"
    for extra in (["--update-baseline"], []):
        result = invoke("check", "a.txt", "--isolated", "--no-cache", "--baseline", too_long, *extra)
        assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize(
    "document",
    [
        {"scrapelint-baseline": True, "findings": []},
        {"scrapelint-baseline": 1.0, "findings": []},
        {"scrapelint-baseline": 1, "findings": {}},
        {"scrapelint-baseline": 1, "findings": [{"code": "X", "document": "d", "text": "t", "occurrence": True}]},
        {"scrapelint-baseline": 1, "findings": [{"code": 1, "document": "d", "text": "t", "occurrence": 1}]},
        {"scrapelint-baseline": 1, "findings": ["entry"]},
    ],
)
def test_baseline_schema_is_validated(tmp_path, document):
    path = tmp_path / "b.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(BaselineError):
        Baseline.load(path)


def test_a_valid_baseline_still_loads(tmp_path):
    path = tmp_path / "b.json"
    entry = {"code": "SP001", "document": "a.txt", "text": "x", "occurrence": 1, "context": "c"}
    path.write_text(json.dumps({"scrapelint-baseline": 1, "findings": [entry]}), encoding="utf-8")
    assert Baseline.load(path).groups == {("SP001", "a.txt", "x"): ["c"]}


def test_en005_fix_uses_the_documents_line_ending():
    text = "Line one.\r\nPage\x0cbreak here.\r\n"
    (finding,) = lint_text(text, select=["EN005"])
    assert finding.fix is not None and finding.fix.edits[0].replacement == "\r\n"
    (finding,) = lint_text(text.replace("\r\n", "\n"), select=["EN005"])
    assert finding.fix is not None and finding.fix.edits[0].replacement == "\n"
