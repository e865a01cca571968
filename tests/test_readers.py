"""Readers: text, Markdown, HTML (main and raw), JSONL and JSONL.gz, stdin, bad inputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from scrapelint.io.readers import ReaderSettings, Task
from scrapelint.io.readers.html import HtmlReader
from scrapelint.io.readers.jsonl import JsonlReader
from scrapelint.io.readers.markdown import MarkdownReader
from scrapelint.io.readers.text import TextReader

PAGE = """<html><head><title>Council approves budget | The Ledger</title>
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
<link rel="canonical" href="https://ledger.example/budget"></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves budget</h1>
<p>The city council approved a budget of 4.2 million euros on Tuesday after a debate that lasted most of the evening.</p>
<p>Members of the opposition said the spending plan ignored the needs of the northern districts, which have waited years for repairs.</p>
<p>The mayor promised a review of the road maintenance programme before the summer, and said the first contracts would be signed soon.</p>
</article><footer>Copyright 2025 The Ledger. All rights reserved.</footer></body></html>"""


def load(reader, path: Path, settings: ReaderSettings | None = None):
    instance = reader(settings or ReaderSettings())
    return [doc for task in instance.tasks(str(path)) for doc in instance.load(task)]


def codes(doc) -> list[str]:
    return [p.code for p in doc.problems]


def test_text_file_is_one_document(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Line one.\nLine two.\n", encoding="utf-8")
    [doc] = load(TextReader, path)
    assert doc.text == "Line one.\nLine two.\n"
    assert doc.id is None and doc.record is None
    assert doc.problems == []


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello there.")
    [doc] = load(TextReader, path)
    assert doc.text == "Hello there."


def test_invalid_utf8_is_reported_and_still_linted(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait. Plenty of words here.".encode("latin-1"))
    [doc] = load(TextReader, path)
    assert codes(doc) == ["SL003"]
    assert "\ufffd" in doc.text and "Plenty of words" in doc.text
    assert doc.problems[0].start == doc.text.index("\ufffd")


def test_binary_file_is_skipped_with_a_problem(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    [doc] = load(TextReader, path)
    assert codes(doc) == ["SL002"]
    assert doc.text == ""


def test_empty_file_is_reported(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    [doc] = load(TextReader, path)
    assert codes(doc) == ["SL007"]


def test_oversized_document_is_cut_and_reported(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("x" * 5000, encoding="utf-8")
    [doc] = load(TextReader, path, ReaderSettings(max_chars=1000))
    assert len(doc.text) == 1000
    assert codes(doc) == ["SL006"]


def test_unreadable_file_is_reported(tmp_path):
    reader = TextReader(ReaderSettings())
    [doc] = list(reader.load(Task("text", str(tmp_path / "missing.txt"))))
    assert codes(doc) == ["SL001"]


def test_markdown_front_matter_becomes_metadata(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        '---\ntitle: "Harbour reopens"\ndate: 2024-11-02\ntags:\n  - port\n---\n# Harbour reopens\n\nBody.\n'
    )
    [doc] = load(MarkdownReader, path)
    assert doc.format == "markdown"
    assert doc.meta["title"] == "Harbour reopens"
    assert doc.meta["date"] == "2024-11-02"
    assert doc.meta["date_source"] == "front-matter"
    assert "title:" not in doc.prose


def test_toml_front_matter(tmp_path):
    path = tmp_path / "post.md"
    path.write_text('+++\ntitle = "Quay works"\ndate = 2024-01-05\n+++\nBody text.\n')
    [doc] = load(MarkdownReader, path)
    assert doc.meta["title"] == "Quay works"
    assert doc.meta["date"] == "2024-01-05"


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = load(HtmlReader, path)
    assert "approved a budget of 4.2 million euros" in doc.text
    assert "Sport" not in doc.text
    assert doc.meta["title"] == "Council approves budget"
    assert doc.meta["date"] == "2025-03-04"
    assert doc.meta["url"] == "https://ledger.example/budget"
    assert doc.meta["date_source"] == "html-metadata"


def test_html_raw_mode_keeps_every_visible_block(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = load(HtmlReader, path, ReaderSettings(html_mode="raw"))
    lines = doc.text.splitlines()
    assert "Council approves budget" in lines
    assert any("All rights reserved" in line for line in lines)
    assert "Home City Sport" in lines
    assert "<p>" not in doc.text


def test_html_without_main_text_says_so(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><head><title>App</title></head><body><div id='root'></div><script>render()</script></body></html>"
    )
    [doc] = load(HtmlReader, path)
    assert "SL009" in codes(doc)


def write_jsonl(path: Path, lines: list[str], compress: bool = False) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_records_become_documents(tmp_path, compress):
    path = tmp_path / ("corpus.jsonl.gz" if compress else "corpus.jsonl")
    write_jsonl(
        path,
        [
            json.dumps({"id": "a1", "text": "First record.", "url": "https://x.example/1", "date": "2025-01-02"}),
            "",
            json.dumps({"text": "No id here.", "title": "T"}),
        ],
        compress,
    )
    docs = load(JsonlReader, path)
    assert [(d.id, d.record) for d in docs] == [("a1", 1), ("3", 3)]
    assert docs[0].meta == {"url": "https://x.example/1", "date": "2025-01-02", "date_source": "record"}
    assert docs[1].meta["title"] == "T"


def test_jsonl_custom_fields_and_per_record_ignores(tmp_path):
    path = tmp_path / "c.jsonl"
    write_jsonl(path, [json.dumps({"uid": 7, "body": "Text.", "skip": ["BP", "SP001"], "lang": "de"})])
    settings = ReaderSettings(
        fields={
            "text": "body",
            "id": "uid",
            "url": "url",
            "title": "title",
            "date": "date",
            "language": "lang",
            "ignore": "skip",
        }
    )
    [doc] = load(JsonlReader, path, settings)
    assert doc.text == "Text."
    assert doc.id == "7"
    assert doc.meta["ignore"] == ["BP", "SP001"]
    assert doc.meta["expected_language"] == "de"


def test_jsonl_bad_records_are_problems_and_the_rest_is_read(tmp_path):
    path = tmp_path / "bad.jsonl"
    write_jsonl(
        path,
        [
            "{not json",
            json.dumps([1, 2]),
            json.dumps({"id": "x", "body": "wrong field"}),
            json.dumps({"id": "y", "text": 42}),
            json.dumps({"id": "z", "text": ""}),
            json.dumps({"id": "ok", "text": "Fine text."}),
        ],
    )
    docs = load(JsonlReader, path)
    assert [(d.record, codes(d)) for d in docs] == [
        (1, ["SL004"]),
        (2, ["SL004"]),
        (3, ["SL005"]),
        (4, ["SL005"]),
        (5, ["SL007"]),
        (6, []),
    ]
    assert docs[2].id == "x"


def test_jsonl_streams_a_huge_single_line(tmp_path):
    path = tmp_path / "huge.jsonl"
    big = "word " * 2_000_000
    write_jsonl(path, [json.dumps({"id": "big", "text": big}), json.dumps({"id": "small", "text": "x"})])
    reader = JsonlReader(ReaderSettings(max_chars=1_000_000))
    tasks = list(reader.tasks(str(path)))
    assert [t.record for t in tasks] == [1, 2]
    [doc] = list(reader.load(tasks[0]))
    assert len(doc.text) == 1_000_000
    assert codes(doc) == ["SL006"]


def test_truncated_gzip_is_reported(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress((json.dumps({"text": "a"}) + "\n").encode() * 200)
    path.write_bytes(data[: len(data) // 2])
    reader = JsonlReader(ReaderSettings())
    tasks = list(reader.tasks(str(path)))
    assert tasks[-1].reader == "problem"
    assert b"cannot read" in tasks[-1].payload
