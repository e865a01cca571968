"""Rule documentation pages and the per-family rule tables, built from the registry.

A rule's docstring is its page, in fixed sections like ruff's: a one-line summary, then
``## What it does``, ``## Why it matters``, ``## Example``, ``## Use instead``,
``## Fix safety`` and ``## Options``. ``scrapelint rule CODE`` prints the page, and
``scrapelint rules --format markdown`` the tables that docs/ embeds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from scrapelint.model.family import Family, title_of
from scrapelint.model.problems import FAMILY as SL_FAMILY
from scrapelint.model.problems import PROBLEMS, Problem

#: The sections every rule page has, in this order.
SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Fix safety", "Options")
_HEADING = re.compile(r"^## (.+?)\s*$", re.M)
_OPTION_LINE = re.compile(r"^- `([a-z0-9-]+)`", re.M)


def sections(rule: type) -> dict[str, str]:
    """The page's sections by heading (the summary under ``""``), in page order."""
    doc = rule.documentation()
    found: dict[str, str] = {}
    marks = list(_HEADING.finditer(doc))
    found[""] = doc[: marks[0].start()].strip() if marks else doc.strip()
    for here, following in zip(marks, [*marks[1:], None][: len(marks)], strict=True):
        end = following.start() if following else len(doc)
        found[here.group(1)] = doc[here.end() : end].strip()
    return found


def page_problems(rule: type) -> list[str]:
    """What keeps the rule's docstring from being a complete page (empty when it is one)."""
    found = sections(rule)
    problems = []
    headings = [h for h in found if h]
    if headings != list(SECTIONS):
        problems.append(f"sections are {headings}, expected {list(SECTIONS)}")
    if not found[""]:
        problems.append("no one-line summary before the sections")
    problems += [f"section {h!r} is empty" for h in SECTIONS if h in found and not found[h]]
    safety = found.get("Fix safety", "")
    expected = {"safe": "Safe", "unsafe": "Unsafe", None: "No fix"}[rule.fixable]
    if safety and not safety.startswith(expected):
        problems.append(f"'Fix safety' should start with {expected!r} (fixable = {rule.fixable!r})")
    documented = _OPTION_LINE.findall(found.get("Options", ""))
    declared = [name.replace("_", "-") for name in rule.options]
    if sorted(documented) != sorted(declared):
        problems.append(f"'Options' lists {documented}, the rule declares {declared}")
    if not declared and found.get("Options") and found["Options"] != "None.":
        problems.append("'Options' should say 'None.' for a rule without options")
    return problems


def rule_page(rule: type) -> str:
    """The page ``scrapelint rule CODE`` prints: metadata, then the docstring with option defaults."""
    head = [
        f"# {rule.code} ({rule.name})",
        "",
        f"Family: {rule.family()}   Default severity: {rule.severity.value}   Fix: {rule.fixable or 'none'}",
        f"Source: {rule.source_location()}",
    ]
    if not rule.default_enabled:
        head.append("Off by default: enable with --extend-select " + rule.code)
    options = {name.replace("_", "-"): option for name, option in rule.options.items()}

    def with_default(match: re.Match[str]) -> str:
        option = options.get(match.group(1))
        return match.group(0) if option is None else f"{match.group(0)} (default: {option.default!r})"

    body = _OPTION_LINE.sub(with_default, rule.documentation())
    missing = [name for name in options if name not in _OPTION_LINE.findall(sections(rule).get("Options", ""))]
    if missing:  # a plugin's page without the section still shows what can be set
        listed = "\n".join(f"- `{n}` (default: {options[n].default!r}): {options[n].help}" for n in missing)
        body += ("\n" if "## Options" in body else "\n\n## Options\n") + listed
    return "\n".join(head) + "\n\n" + body


def family_table(rules: Iterable[type]) -> str:
    """A Markdown table of rules: code, name, default severity, fix, summary."""
    lines = ["| code | name | severity | fix | what it flags |", "| --- | --- | --- | --- | --- |"]
    for rule in rules:
        default = "" if rule.default_enabled else " (off by default)"
        summary = rule.summary().replace("|", "\\|")
        lines.append(
            f"| {rule.code} | {rule.name} | {rule.severity.value} | {rule.fixable or '-'} | {summary}{default} |"
        )
    return "\n".join(lines) + "\n"


def problems_table(problems: Iterable[Problem] = PROBLEMS.values()) -> str:
    """A Markdown table of the SL codes: the engine's own problems with an input."""
    lines = ["| code | name | severity | what it reports |", "| --- | --- | --- | --- |"]
    lines += [f"| {p.code} | {p.name} | {p.severity.value} | {p.summary} |" for p in problems]
    return "\n".join(lines) + "\n"


def problem_page(problem: Problem) -> str:
    """The page ``scrapelint rule SL00X`` prints."""
    return (
        f"# {problem.code} ({problem.name})\n\n"
        f"Family: {SL_FAMILY.prefix} ({SL_FAMILY.title})   Severity: {problem.severity.value}   Fix: none\n"
        f"Source: scrapelint/model/problems.py\n\n{problem.summary}\n\nMessage: {problem.message}\n"
    )


def rules_markdown(rules: Mapping[str, type], families: Mapping[str, Family]) -> str:
    """Every family's table under a heading naming the family, in prefix order; SL last."""
    by_family: dict[str, list[type]] = {}
    for code, rule in sorted(rules.items()):
        by_family.setdefault(code[:2], []).append(rule)
    parts = []
    for prefix, members in sorted(by_family.items()):
        title = title_of(prefix, families)
        parts.append(f"## {prefix}{': ' + title if title else ''}\n\n{family_table(members)}")
    parts.append(f"## {SL_FAMILY.prefix}: {SL_FAMILY.title}\n\n{problems_table()}")
    return "\n".join(parts)


_MARKED = re.compile(r"(<!-- rules-table ([A-Z]{2}) -->\n)(.*?)(<!-- /rules-table -->)", re.S)


def refresh_tables(markdown: str, rules: Mapping[str, type]) -> str:
    """``markdown`` with each ``<!-- rules-table XX -->`` region regenerated from ``rules``.

    docs/ keeps its per-family tables in such regions; a test fails when they drift.
    """

    def table(match: re.Match[str]) -> str:
        if match.group(2) == SL_FAMILY.prefix:
            return match.group(1) + problems_table() + match.group(4)
        members = [rule for code, rule in sorted(rules.items()) if code[:2] == match.group(2)]
        return match.group(1) + family_table(members) + match.group(4)

    return _MARKED.sub(table, markdown)
