"""Text copied from a chat interface: its buttons and labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.model.finding import Finding
from scrapelint.rules.assistant import forms, frames, labels, languages, phrases
from scrapelint.rules.assistant.base import AssistantRule, with_spans
from scrapelint.rules.assistant.context import MatchContext
from scrapelint.rules.assistant.phrases import Phrase
from scrapelint.rules.assistant.quotes import inside_quotes

if TYPE_CHECKING:
    from scrapelint.model.document import Document


class ChatInterfaceResidue(AssistantRule):
    """Flags text copied from a chat interface's buttons and labels.

    ## What it does
    Finds the labels of a chat window that come along when a reply is copied:
    "Regenerate response", "Copy code" (also glued to a language name, as in
    "pythonCopy code"), "ChatGPT said:", "You said:", "Thought for 12
    seconds", "ChatGPT can make mistakes. Check important info.", a model
    studio's thoughts panel ("ThinkingThoughts", "Expand to view model
    thoughts"). Labels must
    stand on their own line (or, for "Regenerate response", float at the end
    of a line), so an article explaining "click Regenerate response" is clean.
    The same labels in the languages of ``rules/assistant/data/`` ("コピーする"
    over "編集する", "ChatGPT a dit :", "Du hast gesagt:"). A code block's
    header bar copied with the code, its language name then its buttons in
    the interface's language ("bash" + "Copy code", "yaml Kopieren
    Bearbeiten", "bash Copier le code"), is flagged on its own lines or run
    into the text; only the bar is flagged, so the fix keeps the code. The
    bar is also read by its layout, whatever the interface's language: a
    language line in lower case, as the interface prints a fence's info
    string (or a fence's opening), a button label of two or three
    words not starting lowercase ("Skopiuj kod"), then the code. A chat
    product's footer ("Claude can make mistakes. Please double-check
    responses.") counts alone on its line or run into the text without a
    space after a sentence's end, the way a copy joins it.

    ## Why it matters
    Interface labels are never content; they show the text was pasted from a
    chat session.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 33 of 33 records it flagged were leftovers (20 of 20
    before the code-block headers; fresh7's interface leftovers 7/17 -> 17/17
    with them, a tuning figure). The thoughts-panel labels came from fresh10
    (tuning data since its first pass) and flag no look-alike. Round 10 (a second
    scan of the raw text: the reasoning-time label in the data languages, a
    conversation label glued to the answer, a copy button as the first line
    inside a fence, Claude's "Thought process" run into the next turn): 62 of
    62 records on every split (tuning figures); fresh12's interface leftovers
    7/17 -> 17/17 with AI010's new forms. Round 11 (the bar by its layout,
    the product footer): 78 of 78 records on every split; 9 of fresh13's 11
    missed interface leftovers found (tuning figures), no look-alike flagged.

    ## Example
    A methods section ending in "...were measured twice.Regenerate response"
    is flagged.

    ## Use instead
    "...were measured twice." The text without the interface labels.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI006"
    trigger_key = "interface"
    name = "chat-interface-residue"
    category = "chat interface residue"
    phrases = phrases.INTERFACE + forms.INTERFACE + languages.PHRASES["interface"]
    transcript_guard = False

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from with_spans(self, doc, labels.spans(doc.text))

    def _extend(self, context: MatchContext, start: int, end: int) -> tuple[int, int]:
        return start, end

    def _judge(
        self, doc: Document, context: MatchContext, phrase: Phrase, match: re.Match[str]
    ) -> tuple[int, int] | None:
        """Interface labels are judged by their own line, not by a sentence."""
        prose = doc.prose
        start, end = self._match_span(prose, match)
        end = len(prose[start:end].rstrip()) + start
        line = doc.line_at(start)
        if inside_quotes(line.text, start - line.start, end - line.start) or frames.is_cited(
            line.text, start - line.start
        ):
            return None
        if (
            phrase is not phrases.CODE_HEADER and phrases.MENTION_BEFORE.search(prose[line.start : start][-40:])
        ) or phrases.MENTION_AFTER.match(prose[end : end + 40]):
            return None
        if phrase.unless is not None and phrase.unless.search(prose[max(0, start - 40) : end + 40]):
            return None
        lines = [label.strip() for label in prose[start:end].splitlines() if label.strip()]
        if len(lines) > 1 and len(set(lines)) < 2:  # "Share / Share": a page's repeated share bar
            return None
        return start, end
