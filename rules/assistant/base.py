"""Shared matching for the assistant-leftover rules: find a phrase, then ask its context whether it is a leftover."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate
from typing import TYPE_CHECKING, ClassVar

from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules.assistant import candidates, frames, languages, phrases
from scrapelint.rules.assistant.context import MatchContext
from scrapelint.rules.assistant.phrases import Phrase
from scrapelint.rules.assistant.quotes import inside_quotes
from scrapelint.rules.assistant.windows import TRIGGERS, overlapping, trigger_windows

if TYPE_CHECKING:
    from scrapelint.model.document import Document

_LEAD_MARKUP = re.compile(
    # a pictograph opens a line as a list marker does ("👉 Wenn du möchtest...", "✅ Let me know...")
    r"^[\s>*_#\-•·▪►\d.()\[\]¡¿/\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff]*(?:(?:Note|NB|N\.B\.|P\.S\.|PS|Tip|Update|Edit|Review|Description|Product description|Summary|Answer|"
    r"Response|Output|Caption|Bio|Abstract|Introduction|Conclusion|Comment)\s*:\s*)?"
    r"(?:(?:Also|Additionally|Finally|Lastly|Alternatively|Otherwise|Oh,? and|One more thing|Just so you know)\s*[,:—–-]?\s*)?$",
    re.IGNORECASE,
)
#: A phrase of three words or more fronted before the sentence's main clause, closed by a comma ("Based on
#: the Dockerfile provided, voici ...", "Dengan informasi tambahan ini, berikut ..."): the presentation after it
#: still opens the reply's own words.
_FRONTED = re.compile(r"^[ \t>*_-]*+(?:[^\s.!?:;\"“”«»]{1,30}+[ \t]++){2,8}?[^\s.!?:;,\"“”«»]{1,30}+,[ \t]++$")
#: A Title-Case product name or heading before a dash or colon ("Wireless Earbuds Pro – ..."): a label, not a report.
_TITLE_BEFORE_DASH = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z0-9][\w'’&.,/+()-]*[ \t]+){1,12}[:—–-][ \t]*$")
#: What a sentence can follow on its line and still open the text's own words: a heading's run of words
#: ("# Editorial Sure! Here is..."), a closed code fence, an image or a link, a table's last cell, or a
#: note's label ("... Page Note: Replace the placeholders").
_BOUNDARY_BEFORE = re.compile(
    r"^[ \t>*_-]*+#{1,6}[ \t]++[^.!?:\n]{1,80}[ \t]$|`{3,}+[ \t]*+$|\]\([^()\s]{0,300}+\)[ \t]*+$|[ \t]\|[ \t]*+$"
    r"|(?:^|[\s(*_])(?:Note|N\.B\.|NB|P\.S\.|PS|Tip|Important|Hinweis|Nota|Remarque|Примечание)[ \t]*+:[ \t]*+$"
    # a thematic break run into the line where the page lost its line breaks ("... --- Si tu veux, je peux :")
    r"|(?:^|[ \t])(?:-{3,8}+|\*{3,8}+|_{3,8}+)[ \t]++$",
    re.IGNORECASE,
)
#: A thematic break run into the line before the sentence: the sentence (and the finding) starts after it.
_BREAK_BEFORE = re.compile(r"(?:^|[ \t])(?:-{3,8}+|\*{3,8}+|_{3,8}+)[ \t]++$")
#: A sentence set in bold or italics just before, its end mark inside the markup ("**Good luck!** If you
#: have ..."): the sentence ended there, though the shared splitter waits for a space right after the mark.
_EMPHASIS_END_BEFORE = re.compile(r"[.!?…。！？][*_]{1,3}+[ \t]++$")
_WHITESPACE_AFTER = re.compile(r"[ \t]*(?:\r?\n)?")
#: How far back the quotation-mark count reaches (keeps a huge one-line paragraph linear).
QUOTE_REACH = 800


class AssistantRule(Rule):
    """Shared matching for the assistant-leftover rules (not a rule itself)."""

    category: ClassVar[str] = ""
    #: The key of this category's literals in ``TRIGGERS``.
    trigger_key: ClassVar[str] = ""
    phrases: ClassVar[tuple[Phrase, ...]] = ()
    #: ``phrases`` split: the English ones (found through the candidate sets) and the other languages'.
    _own: ClassVar[tuple[Phrase, ...]] = ()
    _elsewhere: ClassVar[tuple[Phrase, ...]] = ()
    fixable = "unsafe"
    severity = Severity.WARNING
    #: Whether a speaker label ("Q:", "SMITH:") makes a line someone speaking, not a leftover.
    transcript_guard: ClassVar[bool] = True
    #: Whether a letter's or reply's frame makes the sentence a person writing to a person.
    letter_guard: ClassVar[bool] = False
    #: Whether a first-person story makes a closing wish the writer's to readers.
    narrative_guard: ClassVar[bool] = False
    #: Whether a writer's address to many readers (or a call to comment, share, subscribe) makes a closing wish theirs.
    audience_guard: ClassVar[bool] = False
    #: Whether a sentence naming a way to reach its writer (a link, "contact us") is a person's or a team's.
    channel_guard: ClassVar[bool] = False
    #: Whether a phrase fronted before the match in its sentence (:data:`_FRONTED`) leaves it opening the sentence.
    fronted_ok: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        """A rule's phrases join its category's candidate set when the rule is defined.

        Done here, not by the module that lists the rules, so that a run which loads one rule's
        module alone (``--select AI001``) finds what a run of every rule finds.
        """
        super().__init_subclass__(**kwargs)
        # The other languages' patterns go by their literals (languages.possible), the others by the set.
        cls._own = tuple(phrase for phrase in cls.phrases if id(phrase) not in languages.TRIGGERS)
        cls._elsewhere = tuple(phrase for phrase in cls.phrases if id(phrase) in languages.TRIGGERS)
        for phrase in cls._own:
            phrase.register(cls.trigger_key)

    def check(self, doc: Document) -> Iterator[Finding]:
        found = candidates.scan(doc, self.trigger_key)
        own = [phrase for phrase in self._own if found is None or phrase.key in found]
        elsewhere = languages.possible(doc)
        possible = own + [phrase for phrase in self._elsewhere if id(phrase) in elsewhere]
        if not possible:
            return  # no pattern of this rule can match anywhere in the document
        prose = doc.prose
        context: MatchContext | None = None
        spans: set[tuple[int, int]] = set()
        windows = trigger_windows(prose, TRIGGERS[self.trigger_key]) if own else []
        for phrase in possible:
            if id(phrase) in languages.TRIGGERS:  # another language's pattern: around its own literals only
                found = (
                    m
                    for start, end in trigger_windows(prose, languages.found_literals(doc, id(phrase)))
                    for m in phrase.regex.finditer(prose, start, end)
                )
            elif not windows:
                continue
            elif (spots := phrase.locator.spans(prose)) is None:
                found = (m for start, end in windows for m in phrase.regex.finditer(prose, start, end))
            else:
                ends = [end for _, end in spots]
                found = (
                    m
                    for start, end in overlapping(windows, spots, ends)
                    for m in phrase.locator.finditer(phrase.regex, prose, start, end, spots, ends)
                )
            for match in found:
                context = context or MatchContext(doc)
                span = self._judge(doc, context, phrase, match)
                if span is not None:
                    spans.add(span)
        for start, end in self._merge(prose, spans):
            yield self.finding(
                start, end, f"{self.category}: {self._describe(prose[start:end])}", fix=self._fix(doc, start, end)
            )

    @staticmethod
    def _merge(prose: str, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """One finding per run of leftover sentences: nested spans go, neighbours on a line join."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and (start < merged[-1][1] or not prose[merged[-1][1] : start].strip(" \t")):
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    # -- judging one match ----------------------------------------------

    @staticmethod
    def _match_span(prose: str, match: re.Match[str]) -> tuple[int, int]:
        """The match without the spacing and list or quote markup it may open with."""
        start, end = match.start(), match.end()
        while start < end and prose[start] in " \t\r\n>*-":
            start += 1
        return start, end

    def _judge(
        self, doc: Document, context: MatchContext, phrase: Phrase, match: re.Match[str]
    ) -> tuple[int, int] | None:
        prose = doc.prose
        start, end = self._match_span(prose, match)
        line = doc.line_at(start)
        if self.transcript_guard and context.is_transcript and phrases.SPEAKER_LABEL.match(line.text):
            return None
        if self.letter_guard and context.is_letter:
            return None
        if self.narrative_guard and context.kind.narrative:
            return None
        if self.audience_guard and context.kind.audience:
            return None
        if frames.is_exhibit(prose, start) or frames.is_cited(line.text, start - line.start):
            return None
        if context.kind.shown_answer(start):
            return None
        paragraph = context.paragraph(start)
        para_start = max(paragraph.start if paragraph else line.start, start - QUOTE_REACH)
        if inside_quotes(prose[para_start:start], start - para_start, end - para_start):
            return None
        sentence_start, sentence_end = context.sentence(start, end)
        if frames.closes_quotation(prose[sentence_start:sentence_end]):
            return None  # the end of a quotation opened before the sentence: reported, not said
        prefix = prose[sentence_start:start]
        if (
            phrase.anchored
            and not _LEAD_MARKUP.match(prefix)
            and not _TITLE_BEFORE_DASH.search(prefix)
            and not _BOUNDARY_BEFORE.search(prefix)
            and not _EMPHASIS_END_BEFORE.search(prefix)
            and not (self.fronted_ok and _FRONTED.match(prefix))
        ):
            return None
        if phrase.anchored and (ruled := _BREAK_BEFORE.search(prefix) or _EMPHASIS_END_BEFORE.search(prefix)):
            sentence_start += ruled.end()  # what came before the break (or the emphasised sentence) is its own
        if (
            not phrase.anchored
            and not _LEAD_MARKUP.match(prefix)
            and phrases.MENTION_BEFORE.search(prefix[-80:])
            and not _TITLE_BEFORE_DASH.search(prose[line.start : start])
        ):
            return None
        if phrases.MENTION_AFTER.match(prose[end : end + 60]) or phrases.SPEECH_AFTER.match(
            prose[sentence_end : sentence_end + 40]
        ):
            return None
        if phrase.needs is not None and not phrase.needs.search(prose[sentence_start:sentence_end]):
            return None
        if phrase.unless is not None and phrase.unless.search(prose[sentence_start:sentence_end]):
            return None
        if phrases.SPEECH_TAG.search(prose[end:sentence_end]):
            return None
        if self.channel_guard and frames.names_a_channel(prose[sentence_start:sentence_end]):
            return None
        after = context.following(sentence_end) if self.channel_guard else None
        if after and frames.names_a_channel(prose[after[0] : after[1]]):
            return None  # "Hope it helps! Open an issue in this repo": the writer's channel, just after
        return self._extend(context, sentence_start, sentence_end)

    def _extend(self, context: MatchContext, start: int, end: int) -> tuple[int, int]:
        """Take in a short nudge next to the leftover ("Let me know!", "Hope this helps!")."""
        prose = context.prose
        following = context.following(end)
        if following and phrases.TRAILING_NUDGE.match(prose[following[0] : following[1]].strip()):
            end = following[1]
        preceding = context.preceding(start)
        if preceding and phrases.LEADING_NUDGE.match(prose[preceding[0] : preceding[1]].strip()):
            start = preceding[0]
        return start, end

    @staticmethod
    def _describe(snippet: str) -> str:
        snippet = " ".join(snippet.split())
        return f"'{snippet[:57]}...'" if len(snippet) > 60 else f"'{snippet}'"

    @staticmethod
    def _fix(doc: Document, start: int, end: int) -> Fix:
        """Delete the leftover and the spacing after it (the whole line when it stands alone)."""
        text = doc.text
        line_start = text.rfind("\n", 0, start) + 1
        trailing = _WHITESPACE_AFTER.match(text, end)
        stop = trailing.end() if trailing else end
        if text[line_start:start].strip(" \t>*-") == "" and (stop == len(text) or text[stop - 1] == "\n"):
            return Fix.delete(line_start, stop, safe=False)
        spaces = re.match(r"[ \t]*", text[end:])
        return Fix.delete(start, end + (spaces.end() if spaces else 0), safe=False)


def with_spans(rule: AssistantRule, doc: Document, extra: list[tuple[int, int]]) -> Iterator[Finding]:
    """The rule's phrase findings, then one finding per span of a second scan of the raw text.

    A span overlapping a phrase finding, or quoted on its line, adds nothing.
    """
    found = list(AssistantRule.check(rule, doc))
    yield from found
    # overlap tests by bisection, so a text of thousands of labels stays linear in time
    spans = sorted((finding.start, finding.end) for finding in found)
    starts = [span[0] for span in spans]
    reach = list(accumulate((span[1] for span in spans), max))  # the furthest end among the first k spans
    furthest_taken = -1  # the furthest end among the spans of ``extra`` already reported
    for start, end in sorted(extra):
        before = bisect_left(starts, end)  # phrase findings that start before this span ends
        if (before and reach[before - 1] > start) or furthest_taken > start:
            continue
        line = doc.line_at(start)
        if inside_quotes(line.text, start - line.start, end - line.start):
            continue
        furthest_taken = max(furthest_taken, end)
        message = f"{rule.category}: {rule._describe(doc.text[start:end])}"
        yield rule.finding(start, end, message, fix=rule._fix(doc, start, end))
