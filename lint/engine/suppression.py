"""Suppressions: inline comments and a per-record field that silence chosen rules.

In any document's text::

    <!-- scrapelint: disable=SP001,CS -->     silence until a matching enable (or the end)
    <!-- scrapelint: enable=SP001,CS -->      end what ``disable`` started
    <!-- scrapelint: disable-next-line=AI -->  silence the line after the comment

Without ``=CODES`` a directive covers every rule. ``enable`` ends the regions
opened with the same selectors (spelled the same way). A JSONL record lists
codes to silence for the whole record in the ``scrapelint_ignore`` field
(config ``fields.ignore``). SL findings (problems with the input) are never
silenced. With ``warn_unused``, every selector that silenced nothing comes
back as an SL010 finding, so stale suppressions do not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from scrapelint.engine.selection import is_ignored
from scrapelint.model.document import Document
from scrapelint.model.finding import Finding
from scrapelint.model.problems import FAMILY as SL_FAMILY
from scrapelint.model.problems import UNUSED_SUPPRESSION

UNUSED_CODE = UNUSED_SUPPRESSION.code

#: A directive comment up to its first ``-->``; the text after the keyword is checked by
#: ``_directive_body``. One pattern holding both (``\s*(?:=\s*([\w\s,-]*?))?\s*-->``) splits a
#: run of spaces every way between its adjacent ``\s*`` and takes cubic time on an unclosed one.
DIRECTIVE = re.compile(r"<!--\s*scrapelint\s*:\s*(disable-next-line|disable|enable)\b([\w\s,=-]*?)-->", re.I)


def _directive_body(body: str) -> tuple[bool, str | None]:
    """Whether ``body`` is ``[= selectors]`` (spaces around), and the selectors written."""
    stripped = body.strip()
    if not stripped:
        return True, None
    if stripped[0] != "=" or "=" in stripped[1:]:
        return False, None
    return True, stripped[1:].strip()


@dataclass
class Suppression:
    """One selector of one directive, silencing ``[start, end)`` of the text."""

    selector: str
    start: int
    end: int
    comment: tuple[int, int]
    kind: str
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.start < self.end and is_ignored(finding.code, finding.name, (self.selector,))


@dataclass
class RecordSuppression:
    selector: str
    used: bool = False


def _selectors(raw: str | None) -> list[str]:
    if not raw:
        return ["ALL"]
    return [part.strip() for part in raw.split(",") if part.strip()] or ["ALL"]


def parse_directives(doc: Document) -> list[Suppression]:
    """The regions the document's comments silence, in text order."""
    text = doc.text
    if "scrapelint" not in text:
        return []
    found: list[Suppression] = []
    open_regions: dict[str, list[Suppression]] = {}
    for match in DIRECTIVE.finditer(text):
        valid, written = _directive_body(match.group(2))
        if not valid:
            continue
        kind = match.group(1).lower()
        selectors = _selectors(written)
        comment = (match.start(), match.end())
        if kind == "disable-next-line":
            line = doc.line_at(match.end())
            if line.number < len(doc.lines):
                following = doc.lines[line.number]
                found.extend(Suppression(s, following.start, following.end + 1, comment, kind) for s in selectors)
            else:
                found.extend(Suppression(s, len(text), len(text), comment, kind) for s in selectors)
        elif kind == "disable":
            for selector in selectors:
                region = Suppression(selector, match.end(), len(text) + 1, comment, kind)
                open_regions.setdefault(selector.upper(), []).append(region)
                found.append(region)
        else:
            closing = list(open_regions) if selectors == ["ALL"] else [s.upper() for s in selectors]
            for key in closing:
                for region in open_regions.pop(key, []):
                    region.end = match.start()
    return found


@dataclass
class SuppressionFilter:
    """An ``Engine.post_filters`` entry: drops suppressed findings, reports unused ones.

    ``enabled`` maps the run's rule codes to names, so a selector naming no
    rule of this run is not called unused (it could not have matched).
    """

    warn_unused: bool = False
    enabled: Mapping[str, str] = field(default_factory=dict)

    @property
    def cache_key(self) -> str:
        """What the result cache keys on: whether unused suppressions are reported."""
        return f"suppressions warn_unused={self.warn_unused}"

    def __call__(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        inline = parse_directives(doc)
        records = [RecordSuppression(s) for s in doc.meta.get("ignore", ())]
        if not inline and not records:
            return findings
        kept = [f for f in findings if f.family == SL_FAMILY.prefix or not self._suppressed(f, inline, records)]
        if self.warn_unused:
            kept.extend(self._unused(doc, inline, records))
        return kept

    @staticmethod
    def _suppressed(finding: Finding, inline: list[Suppression], records: list[RecordSuppression]) -> bool:
        hit = False
        for record in records:
            if is_ignored(finding.code, finding.name, (record.selector,)):
                record.used = hit = True
        for region in inline:
            if region.covers(finding):
                region.used = hit = True
        return hit

    def _names_a_rule(self, selector: str) -> bool:
        return any(is_ignored(code, name, (selector,)) for code, name in self.enabled.items())

    def _unused(self, doc: Document, inline: list[Suppression], records: list[RecordSuppression]) -> Iterable[Finding]:
        for region in inline:
            if region.used or not self._names_a_rule(region.selector):
                continue
            where = "on the next line" if region.kind == "disable-next-line" else "in its region"
            message = f"{region.selector} matched no finding {where}"
            yield unused_finding(doc, region.comment[0], region.comment[1], message)
        for record in records:
            if record.used or not self._names_a_rule(record.selector):
                continue
            message = f"the record's ignore field lists {record.selector}, which matched no finding"
            yield unused_finding(doc, 0, 0, message)


def unused_finding(doc: Document, start: int, end: int, message: str) -> Finding:
    """An SL010 finding, located as the engine locates any other."""
    from scrapelint.model.document import snippet

    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    source = doc.lines[line - 1] if doc.lines else None
    return UNUSED_SUPPRESSION.finding_with(
        UNUSED_SUPPRESSION.text(detail=message),
        start,
        end,
        path=doc.path,
        doc=doc.id if doc.id is not None else (str(doc.record) if doc.record is not None else None),
        record=doc.record,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        snippet=snippet(doc, start, end) if doc.text else "",
        source_line=doc.text[source.start : min(source.end, source.start + 1000)] if source else "",
    )
