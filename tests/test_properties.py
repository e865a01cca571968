"""Property-based tests: random and mutated documents through the API, every formatter and both fixers.

For any document: no exception and no SL008 (rule crash); every span lies in the
text and its line and column agree with its offsets; every report encodes; fixes
are idempotent and confined to their edits; ``scrapelint fix`` on JSONL keeps
every byte outside the text field. The suite runs a bounded number of examples
(profile ``ci``); ``bench/fuzz.py`` runs the same properties with many more.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapelint.api import make_engine
from scrapelint.engine.fixing import fix_corpus, fix_until_stable, value_span
from scrapelint.io.config import Settings
from scrapelint.model.document import Document
from scrapelint.model.fixes import apply_fixes
from scrapelint.plugin.host import build_registry
from scrapelint.report.formatters import Context
from scrapelint.report.summary import Summary

settings.register_profile(
    "ci", max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
settings.register_profile("fuzz", max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("ci")

#: How many examples each property ran (bench/fuzz.py prints them).
EXAMPLES: dict[str, int] = {}

FRAGMENTS = [
    "The council met on Tuesday, 3 March 2025.",
    "Members argued,however , about the plan !!",
    "e\u0301 a\u0308\u0308\u0308 combining marks",  # combining marks
    "\u202eevil\u202c \u200f\u200e bidi \u2066isolate\u2069",  # bidi controls
    "lone \ud800 and \udfff surrogates",  # lone surrogates
    "👩\u200d💻 👨\u200d👩\u200d👧 ZWJ emoji 🇫🇷",
    "中文标点，全角！（括号）“引号”。",  # CJK and full-width punctuation
    "line\u2028separator\u2029paragraph",
    "page\x0cbreak\x0bvertical tab\x00nul\x1b",
    "SUBSCRIBE TO OUR NEWSLETTER",
    "Share on Facebook | Twitter | Email",
    "As an AI language model, I cannot browse.",
    "Cafe\u0301 Ã© mojibake â€™ &amp; <b>tag</b> [1]",
    "The Revenue was $5 million in 2023 and $6 million in 2023.",
    "<!-- scrapelint: disable=SP -->",
    "<!-- scrapelint: enable=SP -->",
    "<!-- scrapelint: disable-next-line=ALL -->",
    "# Heading\n\n- item one\n- item two",
    "```\ncode = 1\n```",
    "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |",
    "\r\n",
    "\n\n",
    "\t  ",
]
FRONT_MATTER = "---\ntitle: A page\ndate: 2024-01-02\n---\n"


@st.composite
def wide_table(draw) -> str:
    columns = draw(st.integers(1, 300))
    rows = draw(st.integers(0, 4))
    cell = draw(st.sampled_from(["x", "", "Name", "value 1", "—"]))
    line = "|" + "|".join([f" {cell} "] * columns) + "|"
    return "\n".join([line, "|" + "|".join(["---"] * columns) + "|", *[line] * rows])


@st.composite
def documents(draw) -> str:
    pieces = draw(
        st.lists(
            st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40), wide_table()),
            max_size=12,
        )
    )
    separator = draw(st.sampled_from(["\n", " ", "\n\n", "\r\n", ""]))
    text = separator.join(pieces)
    if draw(st.booleans()):
        text = FRONT_MATTER + text
    if text and draw(st.booleans()):  # truncation at any point, even inside a pair
        text = text[: draw(st.integers(0, len(text)))]
    return text


@pytest.fixture(scope="module")
def engine_and_registry():
    registry = build_registry()
    engine = make_engine(Settings(select=["ALL"]), registry)
    return engine, registry


def _lint(engine, text: str, fmt: str = "markdown"):
    result, partials = engine.lint_document(Document(text=text, path="doc.md", format=fmt))
    return result, engine.finalize(partials)


def _count(name: str) -> None:
    EXAMPLES[name] = EXAMPLES.get(name, 0) + 1


def check_findings_and_reports(engine, registry, text: str) -> None:
    result, corpus = _lint(engine, text)
    linted = text
    assert not [f.message for f in result.findings + corpus if f.code == "SL008"]
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.line == linted.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - (linted.rfind("\n", 0, finding.start) + 1) + 1
        assert finding.end_line == linted.count("\n", 0, finding.end) + 1
        if finding.fix:
            for edit in finding.fix.edits:
                assert 0 <= edit.start <= edit.end <= len(text)
    summary = Summary()
    summary.add_document(result)
    summary.add_findings(corpus)
    for formatter_class in registry.formatters.values():
        stream = io.StringIO()
        formatter = formatter_class(stream, Context(rules=registry.rules, version="0"))
        formatter.start()
        formatter.document(result)
        formatter.corpus(corpus)
        formatter.finish(summary)
        stream.getvalue().encode("utf-8")  # a lone surrogate here would crash the real writer


def check_text_fixes(engine, text: str) -> None:
    def lint(current: str):
        return _lint(engine, current)[0].findings

    findings = lint(text)
    for unsafe in (False, True):
        outcome = apply_fixes(text, findings, unsafe=unsafe)
        edits = sorted((e for f in outcome.applied for e in f.fix.edits), key=lambda e: (e.start, e.end))
        cursor, kept = 0, []
        for edit in edits:  # outside the edits, the fixed text is the original, piece by piece
            kept.append(text[cursor : edit.start])
            cursor = edit.end
        position = 0
        for piece, edit in zip(kept, [*edits, None], strict=False):
            assert outcome.text.startswith(piece, position)
            position += len(piece) + (len(edit.replacement) if edit else 0)
        assert outcome.text.endswith(text[cursor:])
    result = fix_until_stable(text, lint)
    if result.settled:
        again = fix_until_stable(result.text, lint)
        assert again.text == result.text, "fixing a fixed text changed it again"


def check_jsonl_fix(engine, text: str, extra: dict) -> None:
    record = {"id": "r1", **extra, "text": text, "after": "tail ✓"}
    line = json.dumps(record, ensure_ascii=bool(extra.get("_ascii"))).encode("utf-8", "surrogatepass") + b"\n"
    source = io.BytesIO(line + line)
    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.jsonl"
        path.write_bytes(source.getvalue())
        fix_corpus(str(path), out, engine)
    lines = out.getvalue().splitlines(keepends=True)
    assert len(lines) == 2
    for fixed in lines:
        if fixed == line:
            continue
        original = line.decode("utf-8", "surrogatepass")
        new = fixed.decode("utf-8")
        before, after = value_span(original, "text"), value_span(new, "text")
        assert original[: before[0]] == new[: after[0]]
        assert original[before[1] :] == new[after[1] :]


@given(text=documents())
def test_any_document_lints_and_reports_without_crashing(engine_and_registry, text):
    _count("lint+formatters")
    check_findings_and_reports(*engine_and_registry, text)


@given(text=documents())
def test_text_fixes_are_confined_and_idempotent(engine_and_registry, text):
    _count("text fixes")
    check_text_fixes(engine_and_registry[0], text)


@given(
    text=documents(),
    extra=st.dictionaries(
        st.sampled_from(["title", "url", "meta", "_ascii", "n"]),
        st.one_of(st.text(max_size=10), st.integers(), st.none(), st.booleans()),
        max_size=4,
    ),
)
def test_jsonl_fix_keeps_every_byte_outside_the_text(engine_and_registry, text, extra):
    _count("jsonl fix")
    check_jsonl_fix(engine_and_registry[0], text, extra)
