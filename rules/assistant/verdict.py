"""The document-level verdict (AI015): several weaker signs of pasted chatbot text, together.

Wikipedia's "Signs of AI writing" lists many habits that prove nothing alone (a conclusion
formula, Title Case headings, bold-label bullets, "it's important to note") but together
describe a page pasted from a chat answer. This rule counts the distinct signs in a document
and reports them as one finding that lists the evidence, so a reviewer sees why. A single
weak sign never makes a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules.assistant import address, artifacts, candidates
from scrapelint.rules.assistant import rules as phrase_rules

if TYPE_CHECKING:
    from scrapelint.model.document import Document

_CONCLUSION = re.compile(
    r"^[ \t>*_-]*(?:in conclusion|in summary|to sum up|to summari[sz]e|overall|ultimately|all in all|in closing)\b[,:]",
    re.IGNORECASE | re.MULTILINE,
)
_CONCLUSION_HEADING = re.compile(
    r"^[ \t]*#{1,6}[ \t]*(?:\*\*)?(?:conclusion|final thoughts|key takeaways|summary|the bottom line|wrapping up)\b",
    re.IGNORECASE | re.MULTILINE,
)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or per the to vs via with".split())
_BOLD_LABEL = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])[ \t]+\*\*[^*\n]{2,60}(?::\*\*|\*\*[ \t]*[:—–-])", re.MULTILINE)
_NOTE = re.compile(
    r"\b(?:it(?:'|’)s|it is) (?:important|worth|crucial|essential) (?:to note|noting|to remember|to consider)\b",
    re.IGNORECASE,
)
_PARALLEL = re.compile(
    r"\bnot only\b[^.!?\n]{0,120}\bbut (?:also)?\b|\b(?:it(?:'|’)s|is) not (?:just|only|merely) (?:about )?[^.!?\n]{1,60}[,;—–-] "
    r"(?:it(?:'|’)s|but)\b",
    re.IGNORECASE,
)
_TEMPLATE_HEADING = re.compile(
    r"^[ \t]*#{1,6}[ \t]*(?:challenges and (?:future|legacy|opportunities)|future (?:outlook|prospects|directions)|"
    r"legacy and (?:impact|influence)|impact and legacy|awards and recognition)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: Words the catalogue found far more often in chatbot prose than before 2023.
_VOCABULARY = re.compile(
    r"\b(?:delve[sd]?|delving|tapestry|testament|pivotal|underscor(?:e|es|ed|ing)|showcas(?:e|es|ed|ing)|"
    r"foster(?:s|ed|ing)?|vibrant|nestled|intricate|intricacies|meticulous(?:ly)?|seamless(?:ly)?|realm|"
    r"multifaceted|garner(?:s|ed)?|bolster(?:s|ed)?|enduring|interplay|boasts?|commitment to excellence|"
    r"rich (?:cultural )?heritage|ever-evolving|game-?changer)\b",
    re.IGNORECASE,
)
_EMOJI_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|[-*•][ \t]*)[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.MULTILINE)

#: Each weak sign's patterns (ids in the family's candidate set): a sign none of whose
#: patterns can match is absent, so a document with fewer possible signs than a verdict needs
#: is done without running any of them.
_SIGN_KEYS = tuple(
    tuple(candidates.PATTERNS.add(pattern.pattern, pattern.flags, "verdict") for pattern in sign)
    for sign in (
        (_CONCLUSION, _CONCLUSION_HEADING),
        (_HEADING,),
        (_BOLD_LABEL,),
        (_NOTE,),
        (_PARALLEL,),
        (_TEMPLATE_HEADING,),
        (_VOCABULARY,),
        (_EMOJI_LINE,),
    )
)

#: Weak signs needed without a leftover; with one, two weak signs are enough.
WEAK_ALONE = 4
WEAK_WITH_LEFTOVER = 2


def _title_case(heading: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", heading)]
    major = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    return len(major) >= 3 and all(w[0].isupper() for w in major) and not heading.isupper()


def weak_signs(prose: str, markdown: bool) -> list[str]:
    """The distinct weak signs in ``prose``, each described with its evidence."""
    signs: list[str] = []
    match = _CONCLUSION.search(prose) or _CONCLUSION_HEADING.search(prose)
    if match:
        signs.append(f"conclusion formula ('{match.group().strip(' #*_>-')[:30]}')")
    if markdown:
        title_case = [h for h in _HEADING.findall(prose) if _title_case(h)]
        if len(title_case) >= 2:
            signs.append(f"Title Case headings ({len(title_case)}, e.g. '{title_case[0][:40]}')")
    bold = _BOLD_LABEL.findall(prose)
    if len(bold) >= 3:
        signs.append(f"bold-label list items ({len(bold)})")
    note = _NOTE.search(prose)
    if note:
        signs.append(f"didactic aside ('{note.group()}')")
    parallels = _PARALLEL.findall(prose)
    if parallels:
        signs.append(f"negative parallelism ('{parallels[0][:40]}')")
    template = _TEMPLATE_HEADING.search(prose)
    if template:
        signs.append(f"template section ('{template.group().strip(' #*')[:40]}')")
    words = max(1, len(prose.split()))
    vocabulary = {m.lower() for m in _VOCABULARY.findall(prose)}
    if len(vocabulary) >= 3 and len(vocabulary) * 400 >= words:
        signs.append(f"chatbot vocabulary ({', '.join(sorted(vocabulary)[:5])})")
    emoji = _EMOJI_LINE.findall(prose)
    if len(emoji) >= 2:
        signs.append(f"emoji-led headings or bullets ({len(emoji)})")
    return signs


class PastedChatbotVerdict(Rule):
    """Reports a document where several weaker signs of pasted chatbot text co-occur.

    ## What it does
    Counts distinct signs from Wikipedia's "Signs of AI writing": a conclusion formula
    ("In conclusion,", a "Conclusion" heading), Title Case headings in a Markdown
    document, bold-label list items, "it's important to note", negative parallelisms
    ("not only ... but also"), template sections ("Challenges and Future Outlook"), a
    density of chatbot vocabulary (delve, tapestry, testament, pivotal...), emoji-led
    headings. With a leftover in the document (a citation handle, a tracking
    parameter, a sentence addressed to the requester, a reasoning trace), two weak signs
    make a verdict; without one, four. One finding per document lists the evidence; a
    single weak sign never does.

    ## Why it matters
    Each habit alone is ordinary writing. Together they describe a page generated and
    pasted without editing, which deserves a reviewer's look at its facts and sources.

    ## Example
    A Markdown page with "## Key Features And Benefits" and "## Final Thoughts On The
    Product" headings, three "- **Label:**" bullets, "It's important to note that..."
    and a closing "In conclusion, ..." is reported once, listing those five signs.

    ## Use instead
    Review the page: check its claims against sources and rewrite it in the site's voice.

    ## Fix safety
    No fix: a verdict names a document, not an edit.

    ## Options
    None.
    """

    code = "AI015"
    name = "pasted-chatbot-verdict"
    category = "several signs of pasted chatbot text"
    severity = Severity.INFO
    fixable = None

    def check(self, doc: Document) -> Iterator[Finding]:
        found = candidates.scan(doc, "verdict")
        if found is not None and sum(any(key in found for key in keys) for keys in _SIGN_KEYS) < WEAK_WITH_LEFTOVER:
            return
        prose = doc.prose
        if len(prose.split()) < 80:
            return
        signs = weak_signs(prose, doc.format == "markdown" or bool(_HEADING.search(prose)))
        if len(signs) < WEAK_WITH_LEFTOVER:
            return
        leftover = self._leftover(doc)
        if len(signs) < (WEAK_WITH_LEFTOVER if leftover else WEAK_ALONE):
            return
        evidence = ([leftover] if leftover else []) + signs
        first = next((line for line in doc.lines if line.text.strip()), None)
        start, end = (first.start, first.end) if first else (0, 0)
        yield self.finding(start, end, f"{self.category}: " + "; ".join(evidence))

    @staticmethod
    def _leftover(doc: Document) -> str | None:
        """The first near-certain leftover in the document, described, if any."""
        for rule_class in (*artifacts.RULES, *address.RULES, *phrase_rules.RULES):
            for finding in rule_class().check(doc):
                return f"leftover {finding.code} ({doc.prose[finding.start : finding.end][:40]!r})"
        return None


RULES = [PastedChatbotVerdict]
