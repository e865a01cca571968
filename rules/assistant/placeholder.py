"""Template placeholders left unfilled in a published text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scrapelint.model.finding import Fix, Severity
from scrapelint.rules.assistant import doctype, forms, languages, phrases
from scrapelint.rules.assistant.base import QUOTE_REACH, AssistantRule
from scrapelint.rules.assistant.context import MatchContext
from scrapelint.rules.assistant.phrases import Phrase
from scrapelint.rules.assistant.quotes import inside_quotes

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: An XML-like tag opening the slot ("<url>"): closed just after, it is markup.
_XML_TAG = re.compile(r"<([A-Za-z][\w:-]*)>")
#: A code span opening right after a word of the sentence ("like `", "Platzhalter (`"), or after another
#: code span and a comma: what it holds is mentioned; a field's value comes after a label's colon, a table's pipe or a list marker.
_MENTIONED_SLOT = re.compile(r"(?:[^\W\d_][ \t]?+\(?+|`[ \t]*+[,;][ \t]*+)`\Z")


class UnfilledPlaceholder(AssistantRule):
    """Flags a template placeholder left unfilled ("[Insert company name]", "[Your Name]").

    ## What it does
    Finds bracketed placeholders: "[Insert company name]", "[Your Name]",
    "[Company Name]", "[Date]", and machine slots such as
    "[[WINNING_TEAM_MASCOT]]" or "{{first_name}}". A sentence that documents
    placeholders (a template guide: "replace [Your Name] with...") is not
    flagged, nor are Markdown links ("[Website](...)") or code, nor the slots
    of a template on purpose: a prompt that opens by telling a writer what to
    write ("Please summarize ... [TOPIC]"), a slot inside such an instruction,
    a Markdown skeleton whose slots stand as whole lines ("# [Project Name]"),
    a form of ``____`` blanks, a string with program variables
    ("{PLAYER.LINK}"), a form letter whose salutation or signature is a slot
    among others, or a page with four distinct slots or more.

    ## Why it matters
    An unfilled slot is a visible hole in the text, and a sign the piece was
    generated from a template nobody finished.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 55 of 81 records it flagged were leftovers (0.68, round 7,
    with the slots named in French, Spanish, Portuguese, German and Italian):
    templates on purpose with one to three slots still look like a text with a
    hole left in it. Below the 0.9 precision a warning needs, so the rule
    reports at `info`.

    ## Example
    "The Worthington [[WINNING_TEAM_MASCOT]] defeated the Westerville
    [[LOSING_TEAM_MASCOT]] 2-1." is flagged twice.

    ## Use instead
    "The Worthington Warriors defeated the Westerville Wildcats 2-1." The real names.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI008"
    trigger_key = "placeholder"
    name = "unfilled-placeholder"
    category = "unfilled placeholder"
    phrases = phrases.PLACEHOLDER + forms.PLACEHOLDER + languages.PHRASES.get("placeholder", ())
    severity = Severity.INFO  # 0.64 precision on real text (see "Measured:")
    transcript_guard = False

    def _judge(
        self, doc: Document, context: MatchContext, phrase: Phrase, match: re.Match[str]
    ) -> tuple[int, int] | None:
        """A placeholder is flagged where it stands; its sentence decides whether it is documented."""
        prose = doc.prose
        start, end = match.start(), match.end()
        if context.is_template:
            return None
        tag = _XML_TAG.match(prose, start, end)
        if tag and f"</{tag.group(1)}>" in prose[end : end + 600]:
            return None  # "<url>https://...</url>": markup, not a slot
        paragraph = context.paragraph(start)
        para_start = max(paragraph.start if paragraph else doc.line_at(start).start, start - QUOTE_REACH)
        if inside_quotes(prose[para_start:start], start - para_start, end - para_start):
            return None
        sentence_start, sentence_end = context.sentence(start, end)
        around = prose[sentence_start:start] + " " + prose[end:sentence_end]
        if phrases.PLACEHOLDER_TALK.search(around):
            return None
        if self._documented(context, prose[start:end]):
            return None  # "Replace [your name] with YOUR name": the page explains this slot elsewhere
        if doctype.INSTRUCTION.match(prose[sentence_start:start]):
            return None  # "Write an article about [TOPIC]": a prompt's blank, left open on purpose
        line = doc.line_at(start)
        if _MENTIONED_SLOT.search(prose, max(line.start, start - 40), start) and prose.startswith("`", end):
            return None  # "maps a string like `[Insert Company Name]` to...": a slot shown as code inside a sentence
        return start, end

    @staticmethod
    def _documented(context: MatchContext, slot: str) -> bool:
        """Whether another sentence of the page tells the reader what to do with this very slot."""
        prose = context.prose
        at = prose.find(slot)
        while at >= 0:
            sentence_start, sentence_end = context.sentence(at, at + len(slot))
            if phrases.PLACEHOLDER_TALK.search(prose[sentence_start:at] + " " + prose[at + len(slot) : sentence_end]):
                return True
            at = prose.find(slot, at + len(slot))
        return False

    @staticmethod
    def _fix(doc: Document, start: int, end: int) -> Fix:
        return Fix.delete(start, end, safe=False)
