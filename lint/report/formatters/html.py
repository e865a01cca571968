"""A self-contained HTML audit report: one file, no network, inline CSS, JS and SVG.

Totals, the distribution of document scores, findings by family and by rule
cover every document. Only the lowest-scoring documents are embedded in full
(and only their first findings), so the file stays bounded however large the
corpus; the page says so. Filtering and sorting by family, rule and severity
run in the page; a URL hash such as ``#family=SP&severity=error`` applies a
filter on load, so a filtered view can be linked to.
"""

from __future__ import annotations

import heapq
import html
import json
import os
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import quote

from scrapelint.model.family import title_of
from scrapelint.model.finding import Finding
from scrapelint.model.results import DocResult
from scrapelint.report.formatters import Formatter
from scrapelint.report.summary import Summary

SEVERITIES = ("error", "warning", "info")
BINS = 20


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def highlight_parts(finding: Finding, context: int, longest: int) -> tuple[str, str, str]:
    """(before, match, after) of the finding's first line, cut to ``context`` characters each side."""
    line = finding.source_line
    if not line or finding.column < 1 or finding.column - 1 > len(line):
        text = finding.snippet.split("\n", 1)[0]
        return "", text[:longest], ""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(start, min(end, len(line)))
    before = line[max(0, start - context) : start]
    if start > context:
        before = "…" + before
    match = line[start:end]
    if len(match) > longest:
        match = match[: longest - 1] + "…"
    after = line[end : end + context]
    if len(line) > end + context:
        after += "…"
    return before, match, after


class HtmlFormatter(Formatter):
    uses_document_stats = True
    name = "html"
    description = "a self-contained HTML audit report (use with --output report.html)"

    #: How many documents are embedded in full (the lowest-scoring ones).
    max_documents = 200
    #: How many findings of one embedded document are embedded.
    max_findings = 60
    #: How many corpus-rule findings are embedded.
    max_corpus_findings = 500
    #: Characters of context shown each side of a highlighted span.
    context_chars = 80
    longest_match = 240

    def start(self) -> None:
        self.kept: list[tuple[tuple, dict]] = []
        self.order = 0
        self.with_findings = 0
        self.rule_severities: dict[str, Counter] = defaultdict(Counter)
        self.corpus_entries: list[list] = []
        self.corpus_total = 0
        self.options = {
            "max_documents": int(self.context.options.get("html_max_documents", self.max_documents)),
            "max_findings": int(self.context.options.get("html_max_findings", self.max_findings)),
        }

    # -- collecting (bounded memory) -------------------------------------

    def _row(self, finding: Finding) -> list:
        before, match, after = highlight_parts(finding, self.context_chars, self.longest_match)
        return [
            finding.line,
            finding.column,
            finding.code,
            finding.severity.value,
            finding.message,
            before,
            match,
            after,
            0 if finding.fix is None else (1 if finding.fix.safe else 2),
        ]

    def document(self, result: DocResult) -> None:
        self.order += 1
        for finding in result.findings:
            self.rule_severities[finding.code][finding.severity.value] += 1
        if not result.findings:
            return
        self.with_findings += 1
        score = result.stats.get("score", 100.0)
        # The heap's first entry is the kept document that is least bad: the one to drop next.
        key = (-score, len(result.findings), -self.order)
        limit = self.options["max_documents"]
        if len(self.kept) >= limit and (limit == 0 or key <= self.kept[0][0]):
            return
        entry = {
            "id": self.order,
            "path": result.path,
            "doc": result.doc,
            "record": result.record,
            "score": score,
            "words": result.stats.get("words", 0),
            "title": result.stats.get("title"),
            "url": result.stats.get("url"),
            "href": self._href(result.path) if result.record is None else None,
            "total": len(result.findings),
            "findings": [self._row(f) for f in result.findings[: self.options["max_findings"]]],
        }
        if len(self.kept) < limit:
            heapq.heappush(self.kept, (key, entry))
        else:
            heapq.heappushpop(self.kept, (key, entry))

    def _href(self, path: str) -> str | None:
        """A link to the document's file, relative to the report's folder, when it is a file."""
        if not path or path == "-" or not os.path.isfile(path):
            return None
        output = self.context.run_info.get("output")
        base = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
        try:
            relative = os.path.relpath(os.path.abspath(path), base)
        except ValueError:  # another drive on Windows
            return None
        return quote(relative.replace(os.sep, "/"))

    def corpus(self, findings: list[Finding]) -> None:
        self.corpus_total += len(findings)
        for finding in findings[: self.max_corpus_findings - len(self.corpus_entries)]:
            row = self._row(finding)
            label = finding.path + (f"#{finding.doc}" if finding.doc else "")
            row[4] = f"{label}: {finding.message}"
            self.corpus_entries.append(row)
        for finding in findings:
            self.rule_severities[finding.code][finding.severity.value] += 1

    # -- writing ----------------------------------------------------------

    def finish(self, summary: Summary) -> None:
        documents = [entry for _, entry in sorted(self.kept, key=lambda item: item[0], reverse=True)]
        payload = {
            "documents": documents,
            "corpus": {"total": self.corpus_total, "findings": self.corpus_entries},
            "rules": {
                code: {
                    "name": summary.rule_names.get(code, ""),
                    "family": code[:2],
                    "count": count,
                    "severities": dict(self.rule_severities.get(code, {})),
                }
                for code, count in summary.by_rule.items()
            },
        }
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        write = self.stream.write
        write(_HEAD.replace("__VERSION__", _esc(self.context.version)))
        write(self._run_header(summary))
        write(self._totals(summary))
        write(self._chart(summary))
        write(self._families(summary))
        write(self._rules(summary))
        write(self._worst(summary, {(e["path"], e["doc"]): e["id"] for e in documents}))
        write(self._details_intro(summary, len(documents)))
        write('<script type="application/json" id="report-data">')
        write(data)
        write("</script>\n<script>")
        write(_SCRIPT)
        write("</script>\n</body>\n</html>\n")

    def _run_header(self, summary: Summary) -> str:
        """Where the report came from: time, command, inputs, as-of date, rule selection, the gate's verdict."""
        info = self.context.run_info
        verdict = summary.verdict()

        def listing(values) -> str:
            return ", ".join(_esc(v) for v in values) if values else "–"

        selection = f"select {listing(info.get('select') or ['(defaults)'])}"
        if info.get("extend_select"):
            selection += f"; extend-select {listing(info['extend_select'])}"
        if info.get("ignore"):
            selection += f"; ignore {listing(info['ignore'])}"
        rules = info.get("rules") or []
        if rules:
            selection += f" ({len(rules)} rules enabled)"
        rows = [
            ("run at", _esc(info.get("time") or "–")),
            ("command", f"<code>{_esc(info.get('command') or 'scrapelint')}</code>"),
            ("inputs", listing(info.get("inputs"))),
            ("as-of date", _esc(info.get("as_of") or "none (each document's own date)")),
            ("configuration", _esc(info.get("config") or "none (defaults)")),
            ("rules", selection),
            ("gate", f'<span class="gate-{verdict.label}">{_esc(verdict.sentence())}</span>'),
        ]
        body = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
        return f'<section id="run"><h2>Run</h2><table class="run">{body}</table></section>\n'

    def _totals(self, summary: Summary) -> str:
        cards = [
            ("documents", f"{summary.documents:,}"),
            ("files", f"{summary.files:,}"),
            ("words", f"{summary.words:,}"),
            ("findings", f"{summary.findings:,}"),
            ("errors", f"{summary.by_severity['error']:,}"),
            ("warnings", f"{summary.by_severity['warning']:,}"),
            ("info", f"{summary.by_severity['info']:,}"),
            ("mean score", "–" if summary.mean_score is None else f"{summary.mean_score}"),
            ("fixable", f"{summary.fixable:,}"),
        ]
        items = "".join(f'<div class="card"><b>{value}</b><span>{label}</span></div>' for label, value in cards)
        return f'<section id="totals"><h2>Totals</h2><div class="cards">{items}</div></section>\n'

    def _chart(self, summary: Summary) -> str:
        counts = [0] * BINS
        for score in summary.scores:
            counts[min(BINS - 1, max(0, int(score // (100 / BINS))))] += 1
        tallest = max(counts) or 1
        width, height, bar = 640, 180, 640 / BINS
        bars = []
        for index, count in enumerate(counts):
            low = index * 100 // BINS
            tall = 0 if not count else max(2.0, (height - 30) * count / tallest)
            x, y = index * bar + 1, height - 20 - tall
            tip = f"score {low}–{low + 100 // BINS}{'' if index < BINS - 1 else ' (incl. 100)'}: {count:,} document(s)"
            bars.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" height="{tall:.1f}">'
                f"<title>{_esc(tip)}</title></rect>"
            )
            if count:
                bars.append(f'<text x="{x + bar / 2 - 1:.1f}" y="{y - 3:.1f}" class="count">{count:,}</text>')
        labels = "".join(
            f'<text x="{i * bar * BINS / 10:.1f}" y="{height - 5}" class="axis">{i * 10}</text>' for i in range(11)
        )
        return (
            '<section id="scores"><h2>Document scores</h2>'
            f'<svg id="score-chart" viewBox="-10 0 {width + 30} {height}" role="img" '
            f'aria-label="Distribution of document scores, 0 (worst) to 100 (clean)">'
            f'<line x1="0" y1="{height - 20}" x2="{width}" y2="{height - 20}" class="baseline"/>'
            f"{''.join(bars)}{labels}</svg>"
            '<p class="note">Each bar counts the documents whose score (0 worst, 100 clean) falls in its range.</p>'
            "</section>\n"
        )

    def _families(self, summary: Summary) -> str:
        if not summary.by_family:
            return ""
        top = max(summary.by_family.values())
        rows = []
        for family, count in sorted(summary.by_family.items(), key=lambda kv: (-kv[1], kv[0])):
            width = 100 * count / top
            rows.append(
                f'<tr data-family="{_esc(family)}"><td><a href="#family={_esc(family)}" class="code">{_esc(family)}</a></td>'
                f"<td>{_esc(title_of(family, self.context.families))}</td><td class=num>{count:,}</td>"
                f'<td class="barcell"><span class="hbar" style="width:{width:.1f}%"></span></td></tr>'
            )
        return (
            '<section id="families"><h2>Findings by family</h2><table class="sortable"><thead><tr>'
            '<th data-sort="text">family</th><th data-sort="text">what</th><th data-sort="num">findings</th><th></th>'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>\n"
        )

    def _rules(self, summary: Summary) -> str:
        if not summary.by_rule:
            return ""
        rows = []
        for code, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            severities = self.rule_severities.get(code, Counter())
            mix = " ".join(f"{level}:{severities[level]}" for level in SEVERITIES if severities[level])
            rule = self.context.rules.get(code)
            summary_line = rule.summary() if rule is not None else ""
            rows.append(
                f'<tr data-family="{_esc(code[:2])}" data-code="{_esc(code)}" '
                f'data-severities="{_esc(" ".join(level for level in SEVERITIES if severities[level]))}">'
                f'<td><a href="#code={_esc(code)}" class="code">{_esc(code)}</a></td>'
                f'<td title="{_esc(summary_line)}">{_esc(summary.rule_names.get(code, ""))}</td>'
                f"<td>{_esc(code[:2])}</td><td>{_esc(mix)}</td><td class=num>{count:,}</td></tr>"
            )
        return (
            '<section id="rules"><h2>Findings by rule</h2><table class="sortable" id="rule-table"><thead><tr>'
            '<th data-sort="text">rule</th><th data-sort="text">name</th><th data-sort="text">family</th>'
            '<th data-sort="text">severity</th><th data-sort="num">findings</th>'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>\n"
        )

    def _worst(self, summary: Summary, embedded: dict) -> str:
        worst = summary.worst_documents()
        if not worst:
            return ""
        rows = []
        for entry in worst:
            label = entry["path"] + (f"#{entry['doc']}" if entry["doc"] else "")
            anchor = embedded.get((entry["path"], entry["doc"]))
            name = f'<a href="#doc-{anchor}">{_esc(label)}</a>' if anchor else f"<span>{_esc(label)}</span>"
            rows.append(
                f"<tr><td>{name}</td><td class=num>{entry['score']}</td><td class=num>{entry['findings']:,}</td></tr>"
            )
        return (
            '<section id="worst"><h2>Lowest-scoring documents</h2><table class="sortable"><thead><tr>'
            '<th data-sort="text">document</th><th data-sort="num">score</th><th data-sort="num">findings</th>'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>\n"
        )

    def _details_intro(self, summary: Summary, embedded: int) -> str:
        if self.with_findings > embedded:
            cap = (
                f"This report embeds the {embedded:,} lowest-scoring of the {self.with_findings:,} documents with findings"
                f" (at most {self.options['max_findings']:,} findings each); the totals, chart and tables above count"
                f" all {summary.documents:,} documents."
            )
        else:
            cap = (
                f"All {embedded:,} documents with findings are embedded"
                f" (at most {self.options['max_findings']:,} findings each)."
            )
        if self.corpus_total > len(self.corpus_entries):
            cap += f" Corpus-wide findings: the first {len(self.corpus_entries):,} of {self.corpus_total:,}."
        families = "".join(f'<option value="{_esc(f)}">{_esc(f)}</option>' for f in sorted(summary.by_family))
        codes = "".join(f'<option value="{_esc(c)}">{_esc(c)}</option>' for c in sorted(summary.by_rule))
        levels = "".join(f'<option value="{level}">{level}</option>' for level in SEVERITIES)
        return (
            '<section id="details"><h2>Documents and their findings</h2>'
            f'<p class="note" id="cap-note">{_esc(cap)}</p>'
            '<form id="filters" onsubmit="return false">'
            f'<label>family <select id="f-family"><option value="">all</option>{families}</select></label>'
            f'<label>rule <select id="f-code"><option value="">all</option>{codes}</select></label>'
            f'<label>severity <select id="f-severity"><option value="">all</option>{levels}</select></label>'
            '<label>search <input id="f-text" type="search" placeholder="path or message"></label>'
            '<label>sort <select id="f-sort"><option value="score">lowest score first</option>'
            '<option value="findings">most findings first</option><option value="path">path</option></select></label>'
            '<button type="button" id="f-reset">reset</button></form>'
            '<p id="shown" class="note" aria-live="polite"></p>'
            "<noscript><p>The document list needs JavaScript; the tables above do not.</p></noscript>"
            '<div id="documents"></div><button type="button" id="more" hidden>show more documents</button>'
            "</section>\n"
        )


_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>scrapelint audit report</title>
<style>
:root{--fg:#1d232b;--muted:#5d6b7a;--line:#d8dee6;--bg:#f6f8fa;--err:#c62828;--warn:#b26a00;--info:#1565c0;--mark:#ffe08a}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);margin:0 auto;max-width:1200px;padding:16px 24px 64px}
h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.note{color:var(--muted)}.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:20px}.card span{color:var(--muted)}
svg{width:100%;max-width:720px;height:auto}.bar{fill:#4f7cac}.bar:hover{fill:#2b5687}
.axis,.count{font-size:10px;fill:var(--muted)}.count{text-anchor:middle}.baseline{stroke:var(--line)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th[data-sort]{cursor:pointer;user-select:none}th[data-sort]:after{content:" ⇅";color:var(--muted)}
td.num{text-align:right;font-variant-numeric:tabular-nums}.barcell{width:35%}.hbar{display:block;height:10px;background:#4f7cac;border-radius:2px}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-weight:600}
#filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;background:var(--bg);padding:8px;border-radius:6px;position:sticky;top:0;z-index:1}
.doc{border:1px solid var(--line);border-radius:6px;margin:12px 0;overflow:hidden}
.doc>header{background:var(--bg);padding:6px 10px;display:flex;flex-wrap:wrap;gap:14px;align-items:baseline}
.doc>header .path{font-weight:600;word-break:break-all}.score{font-weight:600}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.ctx{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;white-space:pre-wrap;word-break:break-word;color:#3b4652}
mark{background:var(--mark);color:#000;border-radius:2px;padding:0 1px}mark.point{padding:0;border-left:2px solid var(--err);background:none}
.findings{table-layout:fixed}.findings td.loc{width:84px}.findings td.rule{width:110px}
.sev{font-size:11px;text-transform:uppercase;letter-spacing:.03em;margin-left:6px}.run th{width:130px;color:var(--muted);font-weight:normal}
.gate-failed{color:var(--err);font-weight:600}.gate-passed{color:#2e7d32;font-weight:600}
.loc{white-space:nowrap;color:var(--muted)}.fixable{color:#00796b;font-size:11px}tr[hidden],section[hidden]{display:none}
</style>
</head>
<body>
<h1>scrapelint audit report</h1>
<p class="note">Generated by scrapelint __VERSION__. Self-contained: this file loads nothing from the network.</p>
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var PAGE = 50;
  var controls = {
    family: document.getElementById("f-family"),
    code: document.getElementById("f-code"),
    severity: document.getElementById("f-severity"),
    q: document.getElementById("f-text"),
    sort: document.getElementById("f-sort")
  };
  var list = document.getElementById("documents");
  var more = document.getElementById("more");
  var shown = document.getElementById("shown");
  var limit = PAGE;
  var FIELDS = ["family", "code", "severity", "q", "sort"];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function state() {
    var s = {};
    FIELDS.forEach(function (k) { s[k] = controls[k].value; });
    return s;
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    FIELDS.forEach(function (k) {
      var value = params.get(k) || (k === "sort" ? "score" : "");
      var control = controls[k];
      if (control.tagName === "SELECT" && value && !Array.prototype.some.call(control.options, function (o) { return o.value === value; })) {
        control.appendChild(el("option", {value: value}, value));
      }
      control.value = value;
    });
  }

  function writeHash(s) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (k) { if (s[k] && !(k === "sort" && s[k] === "score")) { params.set(k, s[k]); } });
    var hash = params.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function matches(row, s) {
    if (s.family && row[2].slice(0, 2) !== s.family) { return false; }
    if (s.code && row[2] !== s.code) { return false; }
    if (s.severity && row[3] !== s.severity) { return false; }
    return true;
  }

  function findingRow(row) {
    var tr = el("tr", {"class": "finding", "data-family": row[2].slice(0, 2), "data-code": row[2], "data-severity": row[3]});
    tr.appendChild(el("td", {"class": "loc"}, row[0] + ":" + row[1]));
    var code = el("td", {"class": "rule"});
    code.appendChild(el("span", {"class": "code sev-" + row[3], title: row[3]}, row[2]));
    code.appendChild(el("span", {"class": "sev sev-" + row[3]}, row[3]));
    if (row[8] === 1) { code.appendChild(el("span", {"class": "fixable", title: "fixable with --fix"}, " fix")); }
    if (row[8] === 2) { code.appendChild(el("span", {"class": "fixable", title: "fixable with --fix --unsafe-fixes"}, " unsafe fix")); }
    tr.appendChild(code);
    var body = el("td");
    body.appendChild(el("div", null, row[4]));
    var ctx = el("div", {"class": "ctx"});
    ctx.appendChild(document.createTextNode(row[5]));
    ctx.appendChild(el("mark", row[6] ? null : {"class": "point", title: "here"}, row[6]));
    ctx.appendChild(document.createTextNode(row[7]));
    body.appendChild(ctx);
    tr.appendChild(body);
    return tr;
  }

  function docSection(entry, rows) {
    var section = el("section", {"class": "doc", id: "doc-" + entry.id});
    var header = el("header");
    var label = entry.path + (entry.doc ? "#" + entry.doc : "");
    header.appendChild(entry.href ? el("a", {"class": "path", href: entry.href}, label) : el("span", {"class": "path"}, label));
    if (entry.title) { header.appendChild(el("span", {"class": "note"}, entry.title)); }
    header.appendChild(el("span", {"class": "score"}, "score " + entry.score));
    header.appendChild(el("span", {"class": "note"}, entry.total + " finding(s), " + entry.words + " words"));
    if (entry.total > entry.findings.length) {
      header.appendChild(el("span", {"class": "note"}, "first " + entry.findings.length + " embedded"));
    }
    section.appendChild(header);
    var table = el("table", {"class": "findings"});
    var tbody = el("tbody");
    rows.forEach(function (row) { tbody.appendChild(findingRow(row)); });
    table.appendChild(tbody);
    section.appendChild(table);
    return section;
  }

  function sortedDocuments(s) {
    var docs = data.documents.slice();
    if (s.sort === "findings") {
      docs.sort(function (a, b) { return b.total - a.total || a.score - b.score || a.id - b.id; });
    } else if (s.sort === "path") {
      docs.sort(function (a, b) { return (a.path + "#" + (a.doc || "")).localeCompare(b.path + "#" + (b.doc || "")) || a.id - b.id; });
    } else {
      docs.sort(function (a, b) { return a.score - b.score || b.total - a.total || a.id - b.id; });
    }
    return docs;
  }

  function render() {
    var s = state();
    var q = s.q.toLowerCase();
    var docCount = 0, findingCount = 0, drawn = 0;
    list.textContent = "";
    var corpusRows = data.corpus.findings.filter(function (row) {
      return matches(row, s) && (!q || row[4].toLowerCase().indexOf(q) >= 0);
    });
    if (corpusRows.length) {
      var pseudo = {id: "corpus", path: "corpus-wide findings", doc: null, score: "–", total: data.corpus.total, words: "–", findings: data.corpus.findings};
      list.appendChild(docSection(pseudo, corpusRows));
      findingCount += corpusRows.length;
    }
    sortedDocuments(s).forEach(function (entry) {
      var label = (entry.path + "#" + (entry.doc || "") + " " + (entry.title || "")).toLowerCase();
      var rows = entry.findings.filter(function (row) {
        return matches(row, s) && (!q || label.indexOf(q) >= 0 || row[4].toLowerCase().indexOf(q) >= 0);
      });
      if (!rows.length) { return; }
      docCount += 1;
      findingCount += rows.length;
      if (drawn < limit) { list.appendChild(docSection(entry, rows)); drawn += 1; }
    });
    more.hidden = drawn >= docCount;
    shown.textContent = "Showing " + drawn + " of " + docCount + " embedded document(s) with matching findings; " + findingCount + " matching finding(s).";
    filterTables(s);
  }

  function filterTables(s) {
    document.querySelectorAll("#rule-table tbody tr").forEach(function (tr) {
      var ok = (!s.family || tr.dataset.family === s.family) && (!s.code || tr.dataset.code === s.code) &&
        (!s.severity || (" " + tr.dataset.severities + " ").indexOf(" " + s.severity + " ") >= 0);
      tr.hidden = !ok;
    });
    document.querySelectorAll("#families tbody tr").forEach(function (tr) {
      tr.hidden = !!s.family && tr.dataset.family !== s.family;
    });
  }

  function changed() {
    limit = PAGE;
    writeHash(state());
    render();
  }

  function sortTable(th) {
    var table = th.closest("table");
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.dataset.sort === "num";
    var ascending = th.dataset.order !== "asc";
    th.dataset.order = ascending ? "asc" : "desc";
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].textContent, y = b.cells[index].textContent;
      var order = numeric ? parseFloat(x.replace(/,/g, "")) - parseFloat(y.replace(/,/g, "")) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
  }

  FIELDS.forEach(function (k) { controls[k].addEventListener(k === "q" ? "input" : "change", changed); });
  document.getElementById("f-reset").addEventListener("click", function () {
    FIELDS.forEach(function (k) { controls[k].value = k === "sort" ? "score" : ""; });
    changed();
  });
  more.addEventListener("click", function () { limit += PAGE; render(); });
  document.querySelectorAll("th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () { sortTable(th); });
  });
  window.addEventListener("hashchange", function () {
    if (/^#doc-/.test(location.hash)) { return; }
    readHash();
    limit = PAGE;
    render();
  });
  if (!/^#doc-/.test(location.hash)) { readHash(); }
  render();
})();
"""
