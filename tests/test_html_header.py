"""The HTML report says which run produced it, shows severities in words and links files."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from tests.test_html_report import chromium, console_messages, corpus, embedded_data, needs_chromium, render

__all__ = ["corpus"]  # the fixture, re-used


def test_header_traces_the_run(corpus):
    (corpus / "out").mkdir()
    page = render("html", "out/report.html", "--as-of", "2025-06-22")
    header = re.search(r'<section id="run">(.*?)</section>', page, re.S).group(1)
    assert re.search(r"<th>run at</th><td>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC</td>", header)
    assert "--as-of 2025-06-22" in header and "<th>command</th>" in header
    assert "<th>inputs</th><td>corpus</td>" in header
    assert "<th>as-of date</th><td>2025-06-22</td>" in header
    assert "select XB001, XF" in header and "rules enabled" in header
    assert "scrapelint.toml" in header
    assert 'class="gate-failed">Gate failed' in header


def test_file_documents_carry_a_link_relative_to_the_report(corpus):
    (corpus / "out").mkdir()
    page = render("html", "out/report.html")
    documents = embedded_data(page)["documents"]
    files = [d for d in documents if d["record"] is None]
    assert files and all(d["href"] for d in files)
    for entry in files:
        assert (corpus / "out" / unquote(entry["href"])).resolve() == (corpus / entry["path"]).resolve()
    assert all(d["href"] is None for d in documents if d["record"] is not None)


@needs_chromium
def test_header_severity_words_and_links_render_in_a_browser(corpus, tmp_path):
    render("html", "report.html")
    result = chromium(tmp_path, (corpus / "report.html").as_uri(), "--dump-dom")
    assert console_messages(result.stderr) == []
    dom = result.stdout
    assert '<section id="run">' in dom and "Gate failed" in dom
    words = re.findall(r'<span class="sev sev-(\w+)">(\w+)</span>', dom)
    assert words and all(level == word for level, word in words)
    links = re.findall(r'<a class="path" href="([^"]+)">([^<]+)</a>', dom)
    assert links
    for href, label in links:
        assert Path(corpus, unquote(href)).is_file() and label.endswith(Path(unquote(href)).name)
