"""A data-driven test harness for rules, for the built-in rules and plugin authors alike.

Cases live in YAML files, one file per rule::

    rule: SP001
    plugin: ../house_rules.py     # optional: plugin files or modules to load (paths relative to this file)
    cases:
      comma_without_space:
        fail_str: "governance,led by"
        violations:               # every finding, in order: line and column (1-based), code,
          - {line: 1, column: 11, code: SP001, message: "missing space after ','"}   # optional message
        fix_str: "governance, led by"   # text after applying fixes (optional)
      two_snippets:
        fail_str: "a,b and c,d"
        expect: [",", ","]        # the flagged text of every finding, in order, exactly
        count: 2                  # the number of findings (optional)
      thousands_separator:
        pass_str: "1,000 people"
      with_options:
        pass_str: "..."
        configs: {rules: {SP001: {option: 1}}, as-of: 2025-06-22, language: en}
        format: markdown          # text (default) or markdown
        meta: {date: 2025-06-22}  # document metadata
      not_yet:
        fail_str: "..."
        skip: "waits for the tokeniser to know URLs"   # reported as skipped, with the reason

and one parametrised test runs them all::

    from scrapelint.testing import case_params, run_case

    @pytest.mark.parametrize("case", case_params("tests/rules/cases"))
    def test_rule_case(case):
        run_case(case)

It needs only ``pytest`` and ``pyyaml`` besides scrapelint (``pip install scrapelint[testing]``).
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
    violations: list[dict[str, Any]] | None = None
    skip: str | None = None
    plugins: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.name}"


def load_cases(path: str | Path) -> list[RuleCase]:
    """Read one YAML case file."""
    import yaml

    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rule = str(data["rule"])
    plugins = data.get("plugin") or data.get("plugins") or []
    plugins = [plugins] if isinstance(plugins, str) else list(plugins)
    resolved = tuple(_plugin_path(path.parent, str(entry)) for entry in plugins)
    cases = []
    for name, spec in (data.get("cases") or {}).items():
        if ("pass_str" in spec) == ("fail_str" in spec):
            raise ValueError(f"{path}: case {name!r} needs exactly one of pass_str and fail_str")
        unknown = set(spec) - _CASE_KEYS
        if unknown:
            raise ValueError(f"{path}: case {name!r} has unknown keys {sorted(unknown)} (known: {sorted(_CASE_KEYS)})")
        violations = spec.get("violations")
        if violations is not None:
            violations = [_violation(path, name, rule, v) for v in violations]
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
                violations=violations,
                skip=str(spec["skip"]) if spec.get("skip") else None,
                plugins=resolved,
            )
        )
    return cases


_CASE_KEYS = frozenset(
    {"pass_str", "fail_str", "expect", "count", "fix_str", "unsafe_fix", "configs", "format", "meta"}
    | {"violations", "skip"}
)
_VIOLATION_KEYS = frozenset({"line", "column", "code", "message", "end_line", "end_column"})


def _violation(path: Path, name: str, rule: str, spec: Any) -> dict[str, Any]:
    if not isinstance(spec, dict) or not {"line", "column"} <= set(spec) or set(spec) - _VIOLATION_KEYS:
        raise ValueError(f"{path}: case {name!r}: a violation is {{line, column, code[, message]}}, not {spec!r}")
    return {"code": rule, **spec}


def _plugin_path(folder: Path, entry: str) -> str:
    """A plugin file relative to the case file, or a module name as given."""
    candidate = folder / entry
    return str(candidate.resolve()) if entry.endswith(".py") or candidate.is_dir() else entry


def case_params(folder: str | Path) -> list:
    """All cases under ``folder`` as pytest params with readable ids."""
    import pytest

    params = []
    for path in sorted(Path(folder).glob("*.y*ml")):
        for case in load_cases(path):
            marks = [pytest.mark.skip(reason=case.skip)] if case.skip else []
            params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def lint_case(case: RuleCase, text: str | None = None) -> list[Finding]:
    from scrapelint.api import make_engine

    table = {"select": [case.rule], **case.configs}
    settings = settings_from_table(table, case.source)
    engine = make_engine(settings, _registry(case.plugins))
    doc = Document(text=case.text if text is None else text, path="case.txt", format=case.format, meta=dict(case.meta))
    result, partials = engine.lint_document(doc)
    return [f for f in result.findings + engine.finalize(partials) if f.code == case.rule]


_REGISTRIES: dict[tuple[str, ...], Any] = {}


def _registry(plugins: tuple[str, ...] = ()):
    """The installed plugins plus the case file's own, built once per set of plugins."""
    if plugins not in _REGISTRIES:
        from scrapelint.plugin.host import build_registry

        registry = build_registry(list(plugins) or None)
        failed = [f"{failure.name}: {failure.error}" for failure in registry.failures]
        if failed and plugins:
            raise RuntimeError("a plugin of the case file failed to load: " + "; ".join(failed))
        _REGISTRIES[plugins] = registry
    return _REGISTRIES[plugins]


def run_case(case: RuleCase) -> list[Finding]:
    """Lint the case and assert what it says; returns the findings for further checks."""
    if case.skip:
        import pytest

        pytest.skip(case.skip)
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
    if case.violations is not None:
        got = [_as_violation(f, wanted) for f, wanted in zip(findings, case.violations, strict=False)]
        assert len(findings) == len(case.violations) and got == case.violations, (
            f"{case.id}: expected violations {case.violations}, got:\n{described}"
        )
    if case.expect:
        snippets = [case.text[f.start : f.end] for f in findings]
        assert snippets == case.expect, f"{case.id}: expected the flagged text {case.expect!r}, got {snippets!r}"
    if case.fix is not None:
        fixed = fix_text(case, case.text)
        assert fixed == case.fix, f"{case.id}: fixing gave {fixed!r}, expected {case.fix!r}"
        again = lint_case(case, fixed)
        fixable_again = [f for f in again if f.fix is not None and (f.fix.safe or case.unsafe)]
        assert not fixable_again, f"{case.id}: the fixed text is flagged again: {fixable_again}"
    return findings


def _as_violation(finding: Finding, wanted: dict[str, Any]) -> dict[str, Any]:
    """The finding in the shape of a YAML violation, with the keys the case gives."""
    full = {
        "line": finding.line,
        "column": finding.column,
        "code": finding.code,
        "message": finding.message,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
    }
    return {key: full[key] for key in wanted}


def fix_text(case: RuleCase, text: str) -> str:
    """Apply the rule's fixes until nothing changes (as ``--fix`` does)."""
    for _ in range(_MAX_FIX_PASSES):
        outcome = apply_fixes(text, lint_case(case, text), unsafe=case.unsafe)
        if outcome.text == text:
            break
        text = outcome.text
    return text
