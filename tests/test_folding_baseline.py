"""Folding and baselines never let new chatbot text through."""

from __future__ import annotations

import random

from click.testing import CliRunner
from scrapelint import lint_text
from scrapelint.cli.app import main
from scrapelint.engine.folding import fold
from scrapelint.model.finding import Finding, Severity

ARTICLE = (
    "The harbour council approved the new ferry timetable on Tuesday after a long debate about costs.\n\n"
    "Residents had asked for earlier crossings for years, and the council finally agreed to add two "
    "morning sailings.\n\n"
    "Related\nCouncil votes on harbour fees\nFerry operator posts record profit\nNew pier opens next spring\n"
    "Local schools plan boat trips\n"
)
LEFTOVER = "If you'd like, I can also write a shorter version of this article.\n"


def located(code: str, start: int, end: int, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(code, "m", start, end, severity=severity, family=code[:2])


def test_fold_hides_milder_findings_of_other_families_but_never_ai_or_worse_ones():
    block = located("BP004", 0, 100)
    inside = [
        located("CS004", 10, 20, Severity.WARNING),
        located("AI001", 30, 60),
        located("EN002", 70, 80, Severity.ERROR),
        located("SL001", 5, 6),
    ]
    kept = fold([block, *inside], frozenset({"BP004"}))
    assert [f.code for f in kept] == ["BP004", "AI001", "EN002", "SL001"]


def _covered_by_some_block(finding: Finding, blocks: list[Finding]) -> bool:
    """Folding's definition, one block at a time."""
    return any(
        b.start <= finding.start
        and finding.end <= b.end
        and finding.family != b.family
        and finding.severity.rank <= b.severity.rank
        for b in blocks
    )


def test_fold_keeps_exactly_what_no_block_covers_when_blocks_overlap_and_nest():
    rng = random.Random(7)
    codes = ["BP001", "BP004", "CS001", "SP003", "DU002", "AI001"]
    severities = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    for _ in range(200):
        findings = []
        for _ in range(rng.randint(1, 25)):
            start = rng.randint(0, 80)
            findings.append(located(rng.choice(codes), start, start + rng.randint(0, 40), rng.choice(severities)))
        folding = frozenset({"BP001", "BP004"})
        blocks = [f for f in findings if f.code in folding and f.end > f.start]
        expected = [f for f in findings if f.family == "AI" or not _covered_by_some_block(f, blocks)]
        assert fold(findings, folding) == expected


def test_a_leftover_glued_to_a_related_block_is_reported():
    findings = lint_text(ARTICLE + LEFTOVER, select=["BP", "AI"])
    assert "AI001" in {f.code for f in findings}


def test_baseline_recorded_before_the_edit_does_not_hide_the_leftover(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    base = ["check", "a.txt", "--isolated", "--no-cache", "--select", "BP,AI", "--baseline", "b.json"]
    assert runner.invoke(main, [*base, "--update-baseline"]).exit_code == 0
    assert runner.invoke(main, base).exit_code == 0  # nothing new
    article.write_text(ARTICLE + LEFTOVER, encoding="utf-8")
    result = runner.invoke(main, base)
    assert result.exit_code == 1
    assert "AI001" in result.output
    assert "BP004" in result.output  # the block gained a line: the recorded entry no longer matches
    assert "All clean" not in result.output
