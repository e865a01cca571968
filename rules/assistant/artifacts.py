"""Chat-interface artifacts (AI010, AI011): markup a chatbot's answer carries when it is copied.

Each form here comes from published pages and files where the answer was pasted without
cleaning, as catalogued by Wikipedia's "Signs of AI writing" (WikiProject AI Cleanup) and
seen in the pages of ``bench/data/assistant_wild.jsonl``. Unlike the phrase rules, a form
is near-certain on its own: no human writes ``citeturn0search3``; what remains to judge is
whether the text mentions the form (quoted, in backticks, after "like" / "such as") or
carries it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.model.finding import Edit, Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules.assistant import candidates
from scrapelint.rules.assistant.frames import code_span_open
from scrapelint.text.lazy import lazy

if TYPE_CHECKING:
    from scrapelint.model.document import Document

_TURN = r"turn\d{1,3}(?:search|news|view|fetch|click|open|image|file|product|finance|sports|forecast|video|calc|time)\d{1,4}"
#: Citation handles, one alternative per documented form.
HANDLE = lazy(
    "|".join(
        (
            # ChatGPT search citations: citeturn0search3, chained, or bare turn0news12; the private-use
            # delimiters (U+E200-U+E202) the interface wraps them in come along when present.
            rf"(?<![A-Za-z])[\ue200-\ue202]?(?:cite|navlist|filecite|entity)?[\ue200-\ue202]?(?:{_TURN}[\ue200-\ue202]?)+",
            # :contentReference[oaicite:5]{index=5}, also with the brace lost in copying.
            r":?contentReference\[oaicite:\d{1,4}\]\{?index=\d{1,4}\}",
            # [oai_citation:3‡Source](url) and [oai_citation_attribution:0‡Site](url); a cut-off one.
            r"\[oai_citation(?:_attribution)?:\d{1,4}[‡,][^\]\n]{0,200}\](?:\([^)\s]{1,500}\))?",
            r"\[oai_citation(?:_attribution)?:\d{1,4}[‡,][^\]\n]{0,200}$",
            # Assistants' file, browsing and workspace citations, whatever the reference before the
            # dagger: 【7:1†source】, 【4†L10-L20】, 【507416795845449†L142-L160】,
            # 【F:src/app.py†L5-L60】; 【turn0search1】. A headline's 【速報】 holds no dagger.
            r"【[^】†\n]{1,200}†[^】\n]{0,80}】",
            rf"【{_TURN}】",
            # Attribution JSON of the copied answer.
            r"\{\s*\"attribution\"\s*:\s*\{\s*\"attributableIndex\"\s*:\s*\"?[\d-]+\"?\s*\}\s*\}",
            r"\{\s*\"attributableIndex\"\s*:\s*\"?[\d-]+\"?\s*\}",
            # Other chat products: Gemini [cite: 3, 12] and [cite_start], Perplexity [web:1] /
            # [attached_file:1], Grok's render cards, ChatGPT's canvas fence.
            r"\[cite: ?\d{1,4}(?:, ?\d{1,4})*\]|\[cite_start\]",
            r"\[(?:web|attached_file):\d{1,4}\]",
            # DeepSeek's [citation:3]; ChatGPT's rich-answer markup: entity["city", "Paris"], image_group{"query": ...}.
            r"\[citation:\d{1,4}\]",
            r"\bentity\[\"[a-z_]{2,30}\",[ \t]?\"[^\"\n]{1,100}\"(?:,[^\]\n]{0,200})?\]",
            r"\bimage_group\{\"[a-z_]{2,30}\":[^}\n]{0,300}\}",
            r"<grok-card[^>]{0,200}>(?:</grok-card>)?|grok_render_citation_card_json",
            r":::writing\{[^}\n]{0,200}\}",
        )
    ),
    re.IGNORECASE | re.MULTILINE,
)
_HANDLE_KEY = candidates.PATTERNS.add(HANDLE.pattern, HANDLE.flags, "artifacts")
#: Cheap literals: the full pattern runs only when one of these is in the text.
HANDLE_TRIGGERS = (
    "turn",
    "oaicite",
    "oai_citation",
    "†",
    "attributableindex",
    "[cite",
    "[web:",
    "[attached_file:",
    "[citation:",
    "entity[",
    "image_group{",
    "grok",
    ":::writing",
)

#: A chat product's tracking parameter inside a URL (only the parameter is the artifact).
TRACKING = re.compile(
    r"(?P<sep>[?&])(?:utm_source=(?:chatgpt\.com|openai|copilot\.com|perplexity(?:\.ai)?|chat\.openai\.com)"
    r"|referrer=grok\.com)(?=[&#)\]\s\"'>]|$)",
    re.IGNORECASE,
)
_TRACKING_KEY = candidates.PATTERNS.add(TRACKING.pattern, TRACKING.flags, "artifacts")
_URL_START = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
#: A query string whose address lost its start (a wrapped or cut line): "report.pdf?v=2&".
_QUERY_TAIL = re.compile(r"[\w-]\.[A-Za-z0-9]{1,8}(?:\?[^\s?]*)?$")


def _in_url(prefix: str) -> bool:
    """Whether the text just before a parameter is an address or the query string of one."""
    return bool(_URL_START.search(prefix) or _QUERY_TAIL.search(prefix))


#: Words that introduce a mention of the form instead of the form itself.
_MENTION = re.compile(
    r"(?:\blike|\bsuch as|\be\.g\.,?|\bi\.e\.,?|\bfor example,?|\bas in|\bcalled|\bnamed|\bformat|"
    # "for example" in the data languages' abbreviations and words
    r"\bej\.?|\bp\.\s?ex\.|\bz\.\s?B\.|\bpor ejemplo|\bpar exemple|\bzum Beispiel|\bnp\.|例如|例えば|예:|"
    r"\b(?:search|searching|searched|look|looking|grep|grepping|scan|scanning) for|"
    r"\bthe (?:handles?|markers?|strings?|tokens?|codes?|artifacts?|parameters?|patterns?|regex))\s{0,3}[:(]?\s{0,3}$",
    re.IGNORECASE,
)
_QUOTES = "\"“”'‘’`«»「」"


def _mentioned(text: str, start: int, end: int) -> bool:
    """Whether the form at ``text[start:end]`` is quoted or named rather than carried."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if before and after and before in _QUOTES and after in _QUOTES:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if code_span_open(prefix, 0, len(prefix)) or prefix.count("“") > prefix.count("”"):
        return True
    if _IN_CODE_ARGUMENT.search(prefix):
        return True
    return bool(_MENTION.search(prefix[-40:]))


#: A string opened as a list's element and still open where the form stands (``catch: ["Güncel bilgi
#: citeturn0search3", ...``): code holding the form as one of its samples. A data value after a key
#: (``"summary": "... citeturn0search3"``) or a call's argument (``st.title("Prediction — :contentReference...")``)
#: is text the page shows, pasted with its handle.
_IN_CODE_ARGUMENT = re.compile(r"[\[,][ \t]*+\"[^\"\n]{0,300}+$")


class ChatCitationHandle(Rule):
    """Flags the citation markup a chat interface leaves in copied text ("citeturn0search3").

    ## What it does
    Finds the handles chat products put where a source is cited, as they appear once the
    answer is copied into a page: ChatGPT search handles (``citeturn0search3``, chained
    ``citeturn0search1turn0news4``, bare ``turn0search16``), ``:contentReference[oaicite:5]{index=5}``,
    ``[oai_citation:3‡Source](url)``, assistant file and workspace citations (any reference and a
    dagger in lenticular brackets: ``【7:1†source】``, ``【4†L10-L20】``, ``【F:src/app.py†L5-L60】``),
    attribution JSON with an ``attributableIndex``, Gemini's ``[cite: 3]``,
    Perplexity's ``[web:1]``, DeepSeek's ``[citation:3]``, ChatGPT's rich-answer markup
    (``entity["city", "Paris"]``, ``image_group{"query": ...}``) and Grok's render cards. A handle in quotation marks or
    backticks, named as an example ("handles like ...", "search for ..."), or repeated after
    such a mention, is a mention and stays clean;
    lenticular brackets around ordinary words (``【速報】``) are a headline style, not a handle.

    ## Why it matters
    Nobody types these strings: a handle is certain proof the text was pasted from a chat
    answer, and the claim next to it lost the source it pointed to.

    Measured: on every split of bench/data/assistant_wild.jsonl (tuning figures), 82 of 83
    records it flagged were leftovers (0.99; 82 of 85 before round 9, when a handle held as
    one of a list's samples in code, or named after "for example" in a data language, became
    a mention); the other is a cleaner's test passing a handle to the function it tests.

    ## Example
    "Headspace holds SOC 2 Type II certification. citeturn0search0" is flagged.

    ## Use instead
    Cite the source itself (a link or a reference), or drop the handle.

    ## Fix safety
    Safe: the fix deletes the handle and the space before it, and nothing else.

    ## Options
    None.
    """

    code = "AI010"
    name = "chat-citation-handle"
    category = "chat citation handle"
    severity = Severity.WARNING
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        if not candidates.may_match(candidates.scan(doc, "artifacts"), _HANDLE_KEY):
            return
        prose = doc.prose
        lowered = prose.lower()
        if not any(trigger in lowered for trigger in HANDLE_TRIGGERS):
            return
        mentioned: set[str] = set()
        for match in HANDLE.finditer(prose):
            start, end = match.start(), match.end()
            if match.group() in mentioned or _mentioned(prose, start, end):
                mentioned.add(match.group())  # once named as a topic, later uses are mentions too
                continue
            cut = start
            while cut > 0 and prose[cut - 1] in " \t":
                cut -= 1
            if cut > 0 and prose[cut - 1] not in "\n" and end < len(prose) and prose[end] not in " \t\n.,;:!?)":
                cut = start  # the handle sits between two words: keep one space
            handle = " ".join(match.group().split())
            label = handle if len(handle) <= 50 else handle[:47] + "..."
            yield self.finding(start, end, f"{self.category}: '{label}'", fix=Fix.delete(cut, end, safe=True))


class ChatTrackingParameter(Rule):
    """Flags a chat product's tracking parameter in a URL ("?utm_source=chatgpt.com").

    ## What it does
    Finds ``utm_source=chatgpt.com`` (also ``openai``, ``copilot.com``, ``perplexity``)
    and ``referrer=grok.com`` inside a URL, or in the query string of an address whose start
    a wrapped line lost (``report.pdf?v=2&utm_source=chatgpt.com``): the parameter chat
    interfaces add to every link they cite. Ordinary campaign parameters (``utm_source=newsletter``) and the
    parameter named in prose or in backticks are not flagged.

    ## Why it matters
    The link was copied from a chat answer: the page cites what the chatbot cited,
    and analytics on the target site will credit the chatbot for the reader's click.

    ## Example
    "[Fortinet](https://www.fortinet.com?utm_source=chatgpt.com)" is flagged.

    ## Use instead
    The plain URL: "https://www.fortinet.com".

    ## Fix safety
    Safe: the fix removes the parameter only (with its ``?`` or ``&``), keeping every
    other parameter and the fragment.

    ## Options
    None.
    """

    code = "AI011"
    name = "chat-tracking-parameter"
    category = "chat tracking parameter"
    severity = Severity.WARNING
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        if not candidates.may_match(candidates.scan(doc, "artifacts"), _TRACKING_KEY):
            return
        prose = doc.prose
        lowered = prose.lower()
        if "utm_source=" not in lowered and "referrer=grok" not in lowered:
            return
        for match in TRACKING.finditer(prose):
            start, end = match.start(), match.end()
            line_start = prose.rfind("\n", 0, start) + 1
            if not _in_url(prose[line_start:start]) or _mentioned(prose, start, end):
                continue
            yield self.finding(
                start + 1,
                end,
                f"{self.category}: '{match.group()[1:]}'",
                fix=Fix((_removal(prose, match),), safe=True),
            )


def _removal(text: str, match: re.Match[str]) -> Edit:
    """The edit that drops one parameter and keeps the query string well-formed."""
    start, end = match.start(), match.end()
    if match.group("sep") == "?":
        if end < len(text) and text[end] == "&":
            return Edit(start + 1, end + 1, "")  # "?utm..&b=1" -> "?b=1"
        return Edit(start, end, "")  # "?utm.." -> ""
    return Edit(start, end, "")  # "&utm.." -> ""


RULES = [ChatCitationHandle, ChatTrackingParameter]
