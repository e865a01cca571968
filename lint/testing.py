"""A data-driven test harness for rules, for the built-in rules and plugin authors alike.

Cases live in YAML files, one file per rule::

    rule: SP001
    cases:
      comma_without_space:
        fail_str: "governance,led by"
        expect: [","]             # snippets that must be flagged (optional)
        count: 1                  # exact number of findings (optional)
        fix_str: "governance, led by"   # text after applying fixes (optional)
      thousands_separator:
        pass_str: "1,000 people"
      with_options:
        pass_str: "..."
        configs: {rules: {SP001: {option: 1}}, as-of: 2025-06-22, language: en}
        format: markdown          # text (default) or markdown
        meta: {date: 2025-06-22}  # document metadata

and one parametrised test runs them all::

    from scrapelint.testing import case_params, run_case

    @pytest.mark.parametrize("case", case_params("tests/rules/cases"))
    def test_rule_case(case):
        run_case(case)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapelint.io.config import settings_from_table
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.fixes import apply_fixes

_MAX_FIX_PASSES = 10


@dataclass
class RuleCase:
    rule: str
    name: str
    source: str
    text: str
    should_fail: bool
    expect: list[str] = field(default_factory=list)
    count: int | None = None
    fix: str | None = None
    unsafe: bool = False
    configs: dict[str, Any] = field(default_factory=dict)
    format: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.name}"


def load_cases(path: str | Path) -> list[RuleCase]:
    """Read one YAML case file."""
    import yaml

    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rule = str(data["rule"])
    cases = []
    for name, spec in (data.get("cases") or {}).items():
        if ("pass_str" in spec) == ("fail_str" in spec):
            raise ValueError(f"{path}: case {name!r} needs exactly one of pass_str and fail_str")
        cases.append(
            RuleCase(
                rule=rule,
                name=str(name),
                source=str(path),
                text=spec.get("pass_str", spec.get("fail_str")),
                should_fail="fail_str" in spec,
                expect=[str(s) for s in spec.get("expect", [])],
                count=spec.get("count"),
                fix=spec.get("fix_str"),
                unsafe=bool(spec.get("unsafe_fix", False)),
                configs=dict(spec.get("configs") or {}),
                format=spec.get("format", "text"),
                meta=dict(spec.get("meta") or {}),
            )
        )
    return cases


def case_params(folder: str | Path) -> list:
    """All cases under ``folder`` as pytest params with readable ids."""
    import pytest

    params = []
    for path in sorted(Path(folder).glob("*.y*ml")):
        params.extend(pytest.param(case, id=case.id) for case in load_cases(path))
    return params


def lint_case(case: RuleCase, text: str | None = None) -> list[Finding]:
    from scrapelint.api import make_engine

    table = {"select": [case.rule], **case.configs}
    settings = settings_from_table(table, case.source)
    engine = make_engine(settings, _registry())
    doc = Document(text=case.text if text is None else text, path="case.txt", format=case.format, meta=dict(case.meta))
    result, partials = engine.lint_document(doc)
    return [f for f in result.findings + engine.finalize(partials) if f.code == case.rule]


_REGISTRY = None


def _registry():
    global _REGISTRY
    if _REGISTRY is None:
        from scrapelint.plugin.host import build_registry

        _REGISTRY = build_registry()
    return _REGISTRY


def run_case(case: RuleCase) -> list[Finding]:
    """Lint the case and assert what it says; returns the findings for further checks."""
    findings = lint_case(case)
    described = "\n".join(f"  {f.line}:{f.column} {f.code} {f.message!r} snippet={f.snippet!r}" for f in findings)
    if not case.should_fail:
        assert not findings, f"{case.id}: expected no {case.rule} findings, got:\n{described}"
        return findings
    assert findings, f"{case.id}: expected {case.rule} to flag:\n{case.text}"
    if case.count is not None:
        assert len(findings) == case.count, (
            f"{case.id}: expected {case.count} finding(s), got {len(findings)}:\n{described}"
        )
    snippets = [case.text[f.start : f.end] for f in findings]
    for wanted in case.expect:
        assert any(wanted in s or (s and s in wanted) for s in snippets), (
            f"{case.id}: no finding covers {wanted!r}; got:\n{described}"
        )
    if case.fix is not None:
        fixed = fix_text(case, case.text)
        assert fixed == case.fix, f"{case.id}: fixing gave {fixed!r}, expected {case.fix!r}"
        again = lint_case(case, fixed)
        fixable_again = [f for f in again if f.fix is not None and (f.fix.safe or case.unsafe)]
        assert not fixable_again, f"{case.id}: the fixed text is flagged again: {fixable_again}"
    return findings


def fix_text(case: RuleCase, text: str) -> str:
    """Apply the rule's fixes until nothing changes (as ``--fix`` does)."""
    for _ in range(_MAX_FIX_PASSES):
        outcome = apply_fixes(text, lint_case(case, text), unsafe=case.unsafe)
        if outcome.text == text:
            break
        text = outcome.text
    return text
