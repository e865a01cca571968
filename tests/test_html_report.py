"""The HTML audit report: self-contained, bounded, the same summary as Markdown, and working in a browser."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapelint.cli.app import main
from scrapelint.model.finding import Finding, Severity
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Context
from scrapelint.report.formatters.html import HtmlFormatter, highlight_parts
from scrapelint.report.summary import Summary

from tests import inline_rules

RULES_FILE = Path(inline_rules.__file__).resolve()
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)"
)

ARTICLES = {
    "worst.md": "teh  LOUD  bad  bad bad text, teh end.\nbad </script><script>alert(1)</script> line\n",
    "middle.txt": "One bad line.\nA LOUD voice.\n",
    "mild.md": "Fine text  here.\n",
    "clean.txt": "Nothing to see.\n",
}


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "scrapelint.toml").write_text(f'plugins = ["{RULES_FILE.as_posix()}"]\n', encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "records.jsonl").write_text(
        json.dumps({"id": "r1", "text": "A record with teh typo."}) + "\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def render(fmt: str, output: str | None = None, *extra: str) -> str:
    args = ["check", "corpus", "--select", "XB001,XF", "--format", fmt, *extra]
    if output:
        args += ["--output", output]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    return Path(output).read_text(encoding="utf-8") if output else result.stdout


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    assert match, "no embedded data"
    return json.loads(match.group(1))


def test_report_is_one_self_contained_file(corpus):
    page = render("html", "report.html")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "external reference"
    assert '<link rel="stylesheet"' not in page and "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page
    assert '<svg id="score-chart"' in page and "<style>" in page
    # Document text cannot break out of the embedded data.
    assert page.count("<script") == 2 and "alert(1)</script>" not in page
    data = embedded_data(page)
    assert [d["path"].split("/")[-1] for d in data["documents"]][:3] == ["worst.md", "middle.txt", "mild.md"]


def test_findings_carry_their_highlight_in_context(corpus):
    data = embedded_data(render("html", "report.html"))
    worst = data["documents"][0]
    rows = {(r[0], r[2], r[6]) for r in worst["findings"]}
    assert (1, "XF003", "teh") in rows and (1, "XF002", "LOUD") in rows
    spaced = next(r for r in worst["findings"] if r[2] == "XF001")
    assert spaced[5] == "teh" and spaced[6] == "  " and spaced[7].startswith("LOUD")


def test_highlight_parts_cut_long_lines_and_mark_empty_spans():
    line = "x" * 500 + "TARGET" + "y" * 500
    f = Finding("AA001", "m", 0, 0, line=3, column=501, end_line=3, end_column=507, source_line=line)
    before, match, after = highlight_parts(f, 20, 100)
    assert match == "TARGET" and before == "…" + "x" * 20 and after == "y" * 20 + "…"
    point = Finding("AA001", "m", 0, 0, line=1, column=3, end_line=1, end_column=3, source_line="abcdef")
    assert highlight_parts(point, 20, 100) == ("ab", "", "cdef")
    corpus_level = Finding("AA001", "m", 0, 0, line=1, column=1, snippet="shared line\nmore")
    assert highlight_parts(corpus_level, 20, 100) == ("", "shared line", "")


def test_markdown_gives_the_same_summary(corpus):
    page = render("html", "report.html")
    markdown = render("markdown")
    cards = dict((label, value) for value, label in re.findall(r"<b>([^<]+)</b><span>([^<]+)</span>", page))
    assert f"## scrapelint: ❌ failed ({cards['findings']} finding(s))" in markdown
    assert f"{cards['documents']} document(s) in {cards['files']} file(s), {cards['words']} words" in markdown
    assert f"mean score {cards['mean score']}." in markdown
    html_rules = dict(re.findall(r'data-code="([A-Z]{2}\d{3})"[^>]*>.*?<td class=num>([\d,]+)</td></tr>', page))
    md_rules = dict(re.findall(r"\| `([A-Z]{2}\d{3})` \| [^|]* \| (\d+) \|", markdown))
    assert html_rules == md_rules and len(md_rules) == 4
    html_families = dict(re.findall(r'<tr data-family="([A-Z]{2})"><td>.*?<td class=num>([\d,]+)</td>', page))
    md_families = dict(re.findall(r"\| `([A-Z]{2})` \| (\d+) \|", markdown))
    assert html_families == md_families == {"XB": "5", "XF": "9"}
    html_worst = re.findall(
        r'<td><(?:a href="#doc-\d+"|span)>([^<]+)</(?:a|span)></td><td class=num>([\d.]+)</td>', page
    )
    md_worst = re.findall(r"^\| (corpus/[^|]+) \| ([\d.]+) \| \d+ \|$", markdown, re.M)
    assert html_worst[: len(md_worst)] == md_worst and md_worst


def _result(index: int, score: float, findings: int, line: str) -> DocResult:
    items = [
        Finding(
            "XF001" if k % 2 else "XB001",
            "message " * 5,
            k,
            k + 4,
            Severity.WARNING if k % 2 else Severity.ERROR,
            family="XF" if k % 2 else "XB",
            name="n",
            path="big.jsonl",
            doc=str(index),
            record=index,
            line=1,
            column=400,
            end_line=1,
            end_column=404,
            snippet="word",
            source_line=line,
        )
        for k in range(findings)
    ]
    return DocResult("big.jsonl", str(index), index, items, {"score": score, "words": 300})


def test_large_corpus_report_is_capped_bounded_and_says_so():
    documents = 20_000
    stream = io.StringIO()
    formatter = HtmlFormatter(stream, Context(version="t"))
    summary = Summary()
    formatter.start()
    line = "lorem ipsum " * 100
    for index in range(documents):
        score = 100.0 - (index * 37 % 1000) / 10
        result = _result(index, score, 8 if score < 100 else 0, line)
        summary.add_document(result)
        formatter.document(result)
    formatter.corpus([])
    formatter.finish(summary)
    page = stream.getvalue()
    assert len(page.encode("utf-8")) < 6_000_000
    data = embedded_data(page)
    assert len(data["documents"]) == HtmlFormatter.max_documents
    kept_scores = [d["score"] for d in data["documents"]]
    assert kept_scores == sorted(kept_scores) and max(kept_scores) <= 2.0
    note = re.search(r'<p class="note" id="cap-note">([^<]+)</p>', page).group(1)
    assert f"embeds the {HtmlFormatter.max_documents} lowest-scoring of the 19,980 documents" in note
    assert "20,000 documents" in note
    assert sum(d["total"] for d in data["documents"]) == 8 * HtmlFormatter.max_documents


# -- in a browser -------------------------------------------------------------------------------


def chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def console_messages(stderr: str) -> list[str]:
    """Every console message and uncaught error the page produced (the report should produce none)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def finding_rows(dom: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<tr class="finding" data-family="(\w+)" data-code="(\w+)" data-severity="(\w+)">', dom)


@needs_chromium
def test_console_scan_catches_a_broken_page(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><p>x</p><script>null.boom();</script>", encoding="utf-8")
    result = chromium(tmp_path, broken.as_uri(), "--dump-dom")
    assert any("Uncaught TypeError" in line for line in console_messages(result.stderr))


@needs_chromium
@pytest.mark.slow
def test_report_renders_without_console_errors_and_filters_from_the_hash(corpus, tmp_path):
    render("html", "report.html")
    url = (corpus / "report.html").as_uri()
    everything = chromium(tmp_path, url, "--dump-dom")
    assert everything.returncode == 0, everything.stderr[-2000:]
    assert console_messages(everything.stderr) == []
    rows = finding_rows(everything.stdout)
    assert len(rows) == 14 and {r[0] for r in rows} == {"XB", "XF"}
    assert "Showing 4 of 4 embedded document(s)" in everything.stdout

    only_spacing = chromium(tmp_path, url + "#family=XF", "--dump-dom")
    assert console_messages(only_spacing.stderr) == []
    rows = finding_rows(only_spacing.stdout)
    assert rows and {r[0] for r in rows} == {"XF"} and len(rows) == 9
    assert re.search(r'<option value="XF" selected', only_spacing.stdout) or 'id="f-family"' in only_spacing.stdout
    hidden_rules = re.findall(r'<tr data-family="(\w+)" data-code="\w+"[^>]* hidden', only_spacing.stdout)
    assert hidden_rules == ["XB"]

    errors = chromium(tmp_path, url + "#severity=error&code=XB001", "--dump-dom")
    assert {r for r in finding_rows(errors.stdout)} == {("XB", "XB001", "error")}
    assert len(finding_rows(errors.stdout)) == 5


@needs_chromium
@pytest.mark.slow
def test_filter_controls_change_what_is_shown(corpus, tmp_path):
    page = render("html", "report.html")
    script = (
        "<script>var s=document.getElementById('f-code');s.value='XF003';s.dispatchEvent(new Event('change'));"
        "document.body.setAttribute('data-hash', location.hash);</script>"
    )
    scripted = corpus / "scripted.html"
    scripted.write_text(page.replace("</body>", script + "</body>"), encoding="utf-8")
    result = chromium(tmp_path, scripted.as_uri(), "--dump-dom")
    assert console_messages(result.stderr) == []
    assert set(finding_rows(result.stdout)) == {("XF", "XF003", "info")}
    assert len(finding_rows(result.stdout)) == 3
    assert 'data-hash="#code=XF003"' in result.stdout

    search = page.replace(
        "</body>",
        "<script>var q=document.getElementById('f-text');q.value='records';q.dispatchEvent(new Event('input'));</script></body>",
    )
    scripted.write_text(search, encoding="utf-8")
    result = chromium(tmp_path, scripted.as_uri(), "--dump-dom")
    assert finding_rows(result.stdout) == [("XF", "XF003", "info")]


@needs_chromium
def test_report_screenshot(corpus, tmp_path):
    render("html", "report.html")
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, (corpus / "report.html").as_uri(), f"--screenshot={shot}", "--window-size=1280,2400")
    assert console_messages(result.stderr) == []
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    print(f"report screenshot: {shot}")
