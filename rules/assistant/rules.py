"""LLM-assistant leftovers (AI): text a chatbot wrote to its user, published by mistake.

Every rule here matches phrases from :mod:`scrapelint.rules.assistant.phrases` (wordings
seen in published leftovers) and forms from :mod:`scrapelint.rules.assistant.forms` (the
grammar of a leftover, for wordings nobody has seen yet), then asks the context
whether the match is a leftover or a mention of one:

- inside quotation marks, or introduced by "the phrase", "read:", "said"... -> a mention;
- an anchored phrase must open its sentence or line -> a leftover is a whole sentence;
- a line of an interview transcript ("Q:", "SMITH:") is someone speaking;
- a bracketed placeholder in a sentence about templates or fields is documentation;
- a speech tag in the sentence ("..., the coach said") makes it someone speaking.

The finding spans the whole leftover sentence; the (unsafe) fix deletes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, ClassVar

from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules.assistant import candidates, doctype, forms, frames, labels, languages, phrases, saveas
from scrapelint.rules.assistant.phrases import Phrase
from scrapelint.rules.assistant.quotes import inside_quotes
from scrapelint.text.sentences import sentence_ends

if TYPE_CHECKING:
    from scrapelint.model.document import Document, Span

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
_XML_TAG = re.compile(r"<([A-Za-z][\w:-]*)>")


#: Trigger literals of the phrase lists and of the structural forms, per category.
TRIGGERS = {key: tuple(dict.fromkeys(phrases.TRIGGERS[key] + forms.TRIGGERS[key])) for key in phrases.TRIGGERS}

#: The phrases of advice that count only after a handed-over file closes, at the end of the text.
_CLOSING_ADVICE = frozenset(phrases.CLOSING_ADVICE)
#: The last line before the advice closes the file: a thematic break or a code fence.
_FILE_CLOSED = re.compile(r"(?:^|\n)[ \t]*(?:-{3,8}+|\*{3,8}+|_{3,8}+|`{3,}+)[ \t]*+$")
#: A list item's line (a sentence's own list, "This README now includes:" and its points).
_LIST_LINE = re.compile(r"(?m)^[ \t]*+(?:[-*+•]|\d{1,3}[.)])[ \t][^\n]*+\n?")
#: A heading or a code fence: a new section or file, after which the text has not ended.
_SECTION_START = re.compile(r"(?m)^[ \t]*+(?:#{1,6}[ \t]|```|~~~)")
#: How much text may follow the advice and still leave it at the text's end.
_CLOSING_TAIL = 300

_CLOSING_REPORT = frozenset(phrases.CLOSING_REPORT)
#: The remarks on the text handed over, in English and the data languages: said where a reply hands a text over.
_HANDOVER = frozenset(phrases.HANDOVER + languages.PHRASES.get("handover", ()))


def _file_closed_before(prose: str, start: int) -> bool:
    """Whether the last line before ``start`` closes a handed-over file (a thematic break or a code fence)."""
    return bool(_FILE_CLOSED.search(prose[max(0, start - 200) : start].rstrip()))


def _handed_over(prose: str, start: int, end: int) -> bool:
    """Whether ``prose[start:end]`` sits where a reply hands a text over and remarks on it.

    Right after the file closes (a thematic break or a code fence) or opening the text, and with at
    most a short paragraph after it.
    """
    return (_file_closed_before(prose, start) or not prose[:start].strip()) and _at_text_end(prose, end)


#: A reminder to fill in placeholders ("Remember to replace the placeholder values with your own").
_FILL_PLACEHOLDERS = re.compile(
    r"\b(?:replace|fill in|substitute|swap out)\b[^.!?\n]{0,60}?\bplaceholders?\b|\bplaceholders?\b[^.!?\n]{0,40}?\b(?:replace|fill in)",
    re.IGNORECASE,
)
#: A line that opens or closes code or an admonition (a fence, ":::note").
_CODE_EDGE = re.compile(r"[ \t>]*+(?:```|~~~|:::)")
#: How many lines on either side of a reminder are its neighbourhood.
_NEAR_LINES = 3


def _reminder_beside_code(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``text[start:end]`` sits beside the code it is about.

    A code fence or an admonition's mark within a few lines before or after it, or a code span
    in it or just before it ("in the following `curl` command. Remember to replace ...").
    """
    before = text[max(0, start - 400) : start].split("\n")[-_NEAR_LINES:]
    after = text[end : end + 400].split("\n")[:_NEAR_LINES]
    return any(_CODE_EDGE.match(line) for line in before + after) or "`" in text[max(0, start - 200) : end]


def _at_text_end(prose: str, end: int) -> bool:
    """Whether at most one short paragraph (besides the sentence's own list) follows ``end``: the text's close."""
    after = _LIST_LINE.sub("", prose[end:]).strip()
    return len(after) <= _CLOSING_TAIL and after.count("\n\n") <= 1 and not _SECTION_START.search(after)


_WINDOW_BEFORE = 160
_WINDOW_AFTER = 480
#: How far back the quotation-mark count reaches (keeps a huge one-line paragraph linear).
_QUOTE_REACH = 800


def trigger_windows(prose: str, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Merged stretches of ``prose`` around each trigger literal (case-insensitive)."""
    lowered = languages.lowered(prose)
    spans: list[tuple[int, int]] = []
    for trigger in triggers:
        position = lowered.find(trigger)
        while position != -1:
            spans.append((max(0, position - _WINDOW_BEFORE), min(len(prose), position + _WINDOW_AFTER)))
            position = lowered.find(trigger, position + len(trigger))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlapping(
    windows: list[tuple[int, int]], spots: list[tuple[int, int]], ends: list[int]
) -> list[tuple[int, int]]:
    """The windows that overlap one of ``spots`` (both sorted, neither overlapping itself; ``ends``: the spots' ends)."""
    kept = []
    for start, end in windows:
        index = bisect_right(ends, start)
        if index < len(spots) and spots[index][0] < end:
            kept.append((start, end))
    return kept


#: How far a sentence is looked for around a match (sentences are found locally, never for the whole text).
_SENTENCE_REACH = 500


#: A full-width end mark (Chinese, Japanese): it ends a sentence with no space after it, which the
#: project's splitter (made for spaced scripts) waits for.
_WIDE_END = re.compile(r"[。！？]++[」』”’）)]*+")


def _boundaries(prose: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets just after each sentence end in ``prose[lo:hi]``: the project's one splitter, plus full-width marks."""
    spaced = sentence_ends(prose, lo, hi)
    window = prose[lo:hi]
    if "。" not in window and "！" not in window and "？" not in window:
        return spaced
    wide = (match.end() for match in _WIDE_END.finditer(prose, lo, hi))
    return iter(sorted(set(spaced) | set(wide)))


class _Context:
    """What the rules need to judge one match; built only once a phrase matched."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.prose = doc.prose
        self.paragraphs: list[Span] = doc.paragraphs
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.kind = doctype.kind(doc)

    @property
    def is_transcript(self) -> bool:
        return self.kind.transcript

    @property
    def is_letter(self) -> bool:
        """Whether the document is a letter or a reply to someone (a salutation, a quoted message, a sign-off)."""
        return self.kind.letter

    @property
    def is_template(self) -> bool:
        """Whether the document is a template on purpose (see :mod:`scrapelint.rules.assistant.doctype`)."""
        return self.kind.template

    def paragraph(self, offset: int) -> Span | None:
        index = bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (never crossing a line) that holds ``prose[start:end]``."""
        prose = self.prose
        line = self.doc.line_at(start)
        lo = max(line.start, start - _SENTENCE_REACH)
        sentence_start = lo
        for boundary in _boundaries(prose, lo, start):
            sentence_start = boundary
        while sentence_start < start and prose[sentence_start] in " \t":
            sentence_start += 1
        line_end = self.doc.line_at(max(start, end - 1)).end
        hi = min(line_end, end + _SENTENCE_REACH)
        sentence_end = next(_boundaries(prose, max(start, end - 1), hi), hi)
        while sentence_end > end and prose[sentence_end - 1] in " \t\r":
            sentence_end -= 1
        return sentence_start, max(end, sentence_end)

    def following(self, end: int) -> tuple[int, int] | None:
        """The next sentence in the same paragraph."""
        prose = self.prose
        gap = re.match(r"[ \t]*\r?\n?[ \t]*", prose[end : end + 40])
        start = end + (gap.end() if gap else 0)
        if start >= len(prose) or prose[start] in "\r\n":
            return None
        return self.sentence(start, start + 1)

    def preceding(self, start: int) -> tuple[int, int] | None:
        """The previous sentence in the same paragraph."""
        prose = self.prose
        before = prose[max(0, start - 200) : start]
        stripped = before.rstrip()
        if not stripped or "\n\n" in before[len(stripped) :] or "\n\n" in before[len(stripped) - 1 :]:
            return None
        last_char = max(0, start - 200) + len(stripped) - 1
        return self.sentence(last_char, last_char + 1)


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

    def check(self, doc: Document) -> Iterator[Finding]:
        found = candidates.scan(doc, self.trigger_key)
        own = [phrase for phrase in self._own if found is None or phrase.key in found]
        elsewhere = languages.possible(doc)
        possible = own + [phrase for phrase in self._elsewhere if id(phrase) in elsewhere]
        if not possible:
            return  # no pattern of this rule can match anywhere in the document
        prose = doc.prose
        context: _Context | None = None
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
                    for start, end in _overlapping(windows, spots, ends)
                    for m in phrase.locator.finditer(phrase.regex, prose, start, end, spots, ends)
                )
            for match in found:
                context = context or _Context(doc)
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

    def _judge(self, doc: Document, context: _Context, phrase: Phrase, match: re.Match[str]) -> tuple[int, int] | None:
        prose = doc.prose
        start, end = match.start(), match.end()
        while start < end and prose[start] in " \t\r\n>*-":
            start += 1
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
        para_start = max(paragraph.start if paragraph else line.start, start - _QUOTE_REACH)
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

    def _extend(self, context: _Context, start: int, end: int) -> tuple[int, int]:
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


class AssistantOffer(AssistantRule):
    """Flags a chatbot's offer to do more for its user, left in the published text.

    ## What it does
    Finds sentences in which an assistant offers its user further work:
    "Would you like me to...", "If you'd like, I can...", "I can also create
    a shorter version", "Do you want me to do that next?". The sentence must
    open its line or sentence and stand outside quotation marks, so an article
    that quotes such an offer stays clean. In a letter or a reply (a
    salutation, a quoted message such as "Sam wrote:", a signature) an offer is
    one person writing to another and is not flagged; a plain "I'll rework
    that part" is the writer's own plan unless it waits on the addressee ("if
    you like", a question, "for you"). In the languages of
    ``rules/assistant/data/`` the same shape is read from each language's
    grammar: a condition on the addressee's wish before the speaker's modal
    ("Wenn du möchtest, kann ich...", "Si tu veux, je peux...", "必要であれば...
    作成できます"), or the addressee asked whether they want the speaker to act.

    ## Why it matters
    The offer was meant for whoever prompted the chatbot. Published, it tells
    every reader the text was pasted from a chat without being read.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 96 of 99 records it flagged were leftovers (0.97, round
    4; offers in fresh4: 3/20 before the language data, 18/20 after). The others
    are a forum poster's and a shop's offers to their own reader, and a sales
    reply in Arabic.

    ## Example
    "Sales rose 12% in October. If you want, I can also create a snappier
    front-page version. Do you want me to do that next?" flags the last two
    sentences; the unsafe fix deletes them.

    ## Use instead
    "Sales rose 12% in October." The article ends where the reporting ends.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI001"
    letter_guard = True  # in a letter or a forum reply, an offer or a sign-off is one person writing to another
    channel_guard = True
    trigger_key = "offer"
    name = "assistant-offer"
    category = "offer to do more"
    phrases = phrases.OFFER + forms.OFFER + languages.PHRASES["offer"]


class AssistantSignOff(AssistantRule):
    """Flags a chatbot's sign-off to its user ("Let me know if you need any changes").

    ## What it does
    Finds closing lines addressed to the person who asked for the text: "Let
    me know if you need any changes", "Feel free to ask if you need further
    assistance", "I hope this meets your needs", "Good luck with your essay!".
    A writer asking readers to "let me know in the comments" is not flagged:
    the phrases require the request to be about changes, further help or
    assistance, the way an assistant closes a reply. Letters and forum or
    mailing-list replies are people writing to people and are not flagged. In
    the languages of ``rules/assistant/data/``: the speaker's hope that the
    text helps ("Espero que esto te ayude", "希望对你有帮助") or the invitation
    to come back with questions, unless it speaks of the writer's own article
    or to readers (comments, newsletter).

    ## Why it matters
    A sign-off to the requester is a sure sign the text was pasted from a chat
    and not edited.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 109 of 119 records it flagged were leftovers (0.92,
    round 4; 81 of 89 before); the others are bloggers' and readme authors' "I hope it
    helps" to their readers. A first-person story (the writer narrating their own
    past) makes its closing wish the writer's, and a chat turn the document shows
    (a labelled "User"/"Assistant" turn) is not its own: without them, 0.89.
    Round 5, after `fresh8` (its first pass: 14 of the 31 look-alikes it flagged were
    bloggers' and forum posters' closing wishes; 116 of 141 then, 0.82): 116 of 128 on
    every split (0.91; 115 of 127 on fresh3-fresh8). A wish to many readers ("everyone",
    "大家", Spanish "les") or to "someone", a document asking its readers to comment, share
    or subscribe, a typed emoticon (":)", none in the 1,086 leftovers) or a closing formula
    in the document's language ("Viele Grüße", "Terima kasih") make the wish a writer's to
    readers, as does a way to reach the writer named in the next sentence ("open an issue
    in this repo", "our group"). Round 7 (a hope about "this version" in every data language,
    the handed-over text as the addressee's start, "contact me" as the writer's channel):
    176 of 194 records on every split (0.91; 151 of 171 before it). Round 9 (a README handed
    over joins the revision as what the hope is about in every data language): 229 of 253
    records on every split, fresh11 included (0.91; 224 of 248 before, tuning figures).
    Round 11 (a team's signature, a closing formula ending the last line, a post's byline
    make a letter; a fence left open no longer hides a reply's closing lines): 257 of 285
    records on every split, fresh13 included (0.90; 251 of 286 before, 0.88, tuning figures).

    ## Example
    "...the park reopens on Monday. Let me know if you'd like any adjustments!"
    flags the last sentence.

    ## Use instead
    "...the park reopens on Monday." Without the note to the requester.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI002"
    letter_guard = True  # in a letter or a forum reply, an offer or a sign-off is one person writing to another
    channel_guard = True
    narrative_guard = True  # in a writer's own story, "I hope this helps" is theirs to their readers
    audience_guard = True  # to "everyone", or beside "leave a comment", the wish is a writer's to their readers
    trigger_key = "sign-off"
    name = "assistant-sign-off"
    category = "sign-off to the requester"
    phrases = phrases.SIGN_OFF + forms.SIGN_OFF + languages.PHRASES["sign-off"]


class ChatbotSelfReference(AssistantRule):
    """Flags a chatbot speaking of itself ("As an AI language model, I...").

    ## What it does
    Finds first-person statements of an assistant about its own nature: "As
    an AI language model, I cannot...", "I'm an AI and cannot...", "I am a
    large language model trained by...". "As an AI researcher, I..." and
    third-person disclosures ("this article was drafted with an AI
    assistant") are not flagged; quoted examples are not flagged either, nor
    one in a code span or in a list of cited phrases. Other languages: the
    speaker naming itself a model ("Como modelo de lenguaje, no puedo...",
    "Als KI kann ich...") with a first-person verb or pronoun.

    ## Why it matters
    The sentence is the model's disclaimer, not the author's voice; it marks
    the whole text as unreviewed output.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 70 of 73 records it flagged were leftovers (0.96, round
    4, after inline labelled questions "User：...？" made the answer shown); a quotation joined to the line before it ("... > As an AI
    developed by...", an interpreter's ">>>") is shown, not said. Round 9 (words describing
    the AI: "As a text-based AI"): 90 of 93 records on every split (0.97, tuning figures).

    ## Example
    "As an AI language model, I do not have personal experience with this
    product, but it seems sturdy." is flagged.

    ## Use instead
    "The product seems sturdy." State the content, or leave the sentence out.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI003"
    trigger_key = "self-reference"
    name = "chatbot-self-reference"
    category = "chatbot self-reference"
    phrases = phrases.SELF_REFERENCE + forms.SELF_REFERENCE + languages.PHRASES["self-reference"]


class KnowledgeCutoff(AssistantRule):
    """Flags talk of a model's knowledge cutoff ("As of my last knowledge update").

    ## What it does
    Finds a model's caveats about its own training data: "As of my last
    knowledge update in 2023", "I don't have access to real-time data", "my
    training data only goes up to...", "I cannot browse the internet".

    ## Why it matters
    Besides betraying the source, the caveat means the facts around it were
    never checked against anything current.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 44 of 56 records it flagged were leftovers (0.79, round
    4, with German and Chinese "until my last update"; 24 of 32 before): documentation shows the caveat as a bad example, a developer
    writes "as of my latest update" of his own work, and a reader's own "I can't browse the
    web" heads a troubleshooting entry. Below the 0.9 precision a warning needs, so the
    rule reports at `info`.

    ## Example
    "As of my last knowledge update, the bridge was still under construction."
    is flagged.

    ## Use instead
    "By May 2024 the bridge was still under construction." Give the date the fact holds for.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI004"
    trigger_key = "knowledge-cutoff"
    name = "knowledge-cutoff"
    category = "knowledge-cutoff talk"
    phrases = phrases.KNOWLEDGE_CUTOFF + forms.KNOWLEDGE_CUTOFF + languages.PHRASES["knowledge-cutoff"]
    severity = Severity.INFO  # 0.79 precision on real text (see "Measured:")


class AssistantRefusal(AssistantRule):
    """Flags a chatbot refusal published as if it were content.

    ## What it does
    Finds refusals such as "I'm sorry, but I can't assist with that", "I
    cannot fulfill this request as it goes against OpenAI use policy", "I
    apologize, but I am unable to...". Quoted refusals, and refusals said by
    a speaker in a transcript, are not flagged. Other languages: the speaker
    unable to produce the text ("je ne peux pas générer...", "我无法生成...")
    with the missing input or a request for it in the sentence.

    ## Why it matters
    A refusal in a product title, a review or an article means the text was
    generated in bulk and published without anyone reading it.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 18 of 18 records it flagged were
    leftovers.

    ## Example
    "I'm sorry, but I cannot fulfill this request as it goes against OpenAI
    use policy." as a product description is flagged.

    ## Use instead
    The description the page was meant to carry; a refusal is not content.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI005"
    trigger_key = "refusal"
    name = "assistant-refusal"
    category = "chatbot refusal"
    phrases = phrases.REFUSAL + forms.REFUSAL + languages.PHRASES["refusal"]


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
        yield from _with_spans(self, doc, labels.spans(doc.text))

    def _extend(self, context: _Context, start: int, end: int) -> tuple[int, int]:
        return start, end

    def _judge(self, doc: Document, context: _Context, phrase: Phrase, match: re.Match[str]) -> tuple[int, int] | None:
        """Interface labels are judged by their own line, not by a sentence."""
        prose = doc.prose
        start, end = match.start(), match.end()
        while start < end and prose[start] in " \t\r\n>*-":
            start += 1
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


class RewriteMetaCommentary(AssistantRule):
    """Flags a chatbot's commentary on its own rewrite ("Here's a revised version...").

    ## What it does
    Finds the framing an assistant puts around text it produced: "Certainly!
    Here is...", "Here's a revised version with...", "This version keeps the
    tone...", "I've rewritten the passage to...", "here are two additional
    subheads". A journalist's "Here's a look at the figures" is not flagged:
    the phrases need rewrite words (revised, rewritten, version, draft) or a
    chatbot's opener. In the languages of ``rules/assistant/data/``, a
    preamble is the assent that accepts a request followed by the deixis that
    presents what follows ("Natürlich! Hier ist...", "Конечно! Вот...",
    "当然！以下是..."), or that deixis pointing at what the addressee asked
    for ("물론입니다! 다음은 요청하신..."). The document's first line is a
    preamble by position and shape: it opens with that deixis (after an
    exclamation, or over a whole text: a heading, a rule, a fence) and ends
    with a colon; in a language without data, an exclaimed assent over a
    whole text is enough ("Jasně! Tady je ...:" over a code block). A
    translation handed over ("Voici la traduction en français :", "以下是翻译后的
    文本：", "Here is the translation into English:") counts when its colon
    ends the line or opens the text's markup, or when it opens its own line;
    so does a report of the changes made for the requester, a list to follow
    ("I've made the following changes to fix the caching issue:"), and a report
    of what the handed-over file now holds ("This README now includes ...") when
    it closes the text (no heading or fence after it, at most a short paragraph
    besides its own list). Inside the body of a long text (twenty sentences or
    more, away from its first and last two), where a reply puts nothing of its
    own, the commentary must speak to someone ("a tighter version of your
    intro"): a tutorial's "Here's a rewrite of the do_GET method:" or "the
    version above only handles Exprs" is its writer's, to every reader.

    ## Why it matters
    The commentary addresses the requester and describes the editing, which
    no reader needs; it shows the text went out unedited.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 208 of 216 records it flagged were leftovers (0.96,
    round 4; 160 of 165 before); preambles in fresh4 went from 7/44 to 44/44 with the
    language data, meta-commentary in fresh5 from 5/26 to 20/26 with the revision
    ("versione corretta", "the updated README") presented in each language. In
    fresh6, the chat turns a document shows (role lines, example elements, the
    prompt right above) took its false alarms from 10 records to 3, and the
    opening line that presents the text below it took preambles from 9/30 to 15/30.
    The translation handed over and the change report took 15 more leftovers in
    fresh6 and fresh7 (196 of 205 flagged records are leftovers, 0.96; tuning
    figures, no look-alike gained a finding). The closing report on the file and the
    reworked variant in Russian, Portuguese, Spanish and Indonesian took 13 more in
    fresh8 and fresh9, again with no look-alike gaining a finding. Round 9 (a remark on the
    text handed over, after the file closes or opening the text; a phrase fronted before the
    presentation): 375 of 394 records on every split (0.95; 331 of 349 before, tuning figures),
    no look-alike newly flagged. Round 10 (the reviser's first-person report that it kept the
    original's or the addressee's structure, in seven data languages): 403 of 423 records on
    every split (0.95, tuning figures); fresh12's meta-commentary 5/29 -> 14/29, no look-alike
    newly flagged.

    ## Example
    "Certainly! Here's an enhanced version of your passage:" is flagged.

    ## Use instead
    The revised passage itself, without the announcement before it.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI007"
    trigger_key = "meta"
    fronted_ok = True  # "Based on the file provided, here is the revised version": the reply's first words
    name = "rewrite-meta-commentary"
    category = "meta-commentary about the rewrite"
    phrases = (
        phrases.META
        + phrases.CLOSING_REPORT
        + phrases.HANDOVER
        + forms.META
        + languages.PHRASES["meta"]
        + languages.PHRASES.get("handover", ())
    )

    def _judge(self, doc: Document, context: _Context, phrase: Phrase, match: re.Match[str]) -> tuple[int, int] | None:
        found = super()._judge(doc, context, phrase, match)
        if found is None:
            return found
        if context.kind.in_body(found[0]) and not context.kind.addresses(*found):
            return None  # a tutorial's "Here's a rewrite of the do_GET method:": the writer's, to every reader
        if phrase in _HANDOVER:  # a manual's "this code works in your project" sits inside it
            return found if _handed_over(doc.prose, found[0], found[1]) else None
        if phrase not in _CLOSING_REPORT:
            return found
        return found if _at_text_end(doc.prose, found[1]) else None  # a changelog's entry sits inside the page

    def check(self, doc: Document) -> Iterator[Finding]:
        found = list(super().check(doc))
        yield from found
        span = _opening_preamble(doc)
        if span is not None and not any(f.start < span[1] and span[0] < f.end for f in found):
            start, end = span
            yield self.finding(
                start, end, f"{self.category}: {self._describe(doc.prose[start:end])}", fix=self._fix(doc, start, end)
            )


#: A document's front matter ("---\ntitle: ...\n---"), skipped before its first line of text.
_FRONT_MATTER = re.compile(r"\A[ \t\r\n]*+---[ \t]*+\r?\n(?:[^\n]*+\n){0,40}?---[ \t]*+\r?\n")
#: A first line's markup before its words, and the end that points forward (a colon).
_LINE_LEAD = re.compile(r"[ \t#>*_/]*+")
_POINTS_FORWARD = re.compile(r"[:：][ \t*_]*+\Z")
#: An assent said as an exclamation before the deixis ("Sure! ", "Звісно! "): short words of any script.
_EXCLAIMED = re.compile(r"[^\W\d_]{1,20}+(?:[ \t][^\W\d_]{1,20}+){0,2}+[ \t]*+[!！]+[ \t]*+")
_PREAMBLE_WORDS = 30
#: What a preamble without an assent presents: a whole text (a heading, a rule or front matter, a code fence).
_WHOLE_TEXT = re.compile(r"(?:[ \t]*+\r?\n)++[ \t]*+(?:#{1,6}+[ \t]|---|```|~~~)")


@cache
def _presentation() -> re.Pattern[str]:
    """The deixis that presents what follows, in English and every language of data/ (built on first use)."""
    items = ["here is", "here's", "here are", "below is", "below are", "the following is"]
    for language in languages.LANGUAGES:
        items += languages.grammar(language).get("presentation", [])
    return re.compile(r"(?:" + "|".join(items) + r")(?![^\W\d_])", re.IGNORECASE)


def _opening_preamble(doc: Document) -> tuple[int, int] | None:
    """The document's first line when it is a preamble: it presents what follows and points to it.

    A chatbot opens its answer with one line that presents the text below it ("Sure! Here
    is the README:", "Voici la traduction :"): the deixis (after an assent, if any) starts the
    document's first line, a colon ends it, and the presented text follows. Its position and
    shape make it the answer's frame, whatever the wording in between.
    """
    prose = doc.prose
    front = _FRONT_MATTER.match(prose)
    start = front.end() if front else 0
    while start < len(prose) and prose[start] in " \t\r\n":
        start += 1
    end = prose.find("\n", start)
    end = len(prose) if end < 0 else end
    line = prose[start:end].rstrip()
    if not _POINTS_FORWARD.search(line) or len(line.split()) > _PREAMBLE_WORDS or not doc.text[end:].strip():
        return None
    lead = _LINE_LEAD.match(line).end()
    if ">" in line[:lead]:
        return None  # a quoted line is shown, not said
    exclaimed = _EXCLAIMED.match(line, lead)
    if _presentation().match(line, exclaimed.end() if exclaimed else lead):
        if not exclaimed and not _WHOLE_TEXT.match(doc.text, end):
            return None  # a writer's "Here are some tips:" presents a list; an answer presents a whole text
    elif not exclaimed or not _WHOLE_TEXT.match(doc.text, end):
        return None  # in a language without data, an exclaimed assent over a whole text ("Звісно! Ось ...:")
    kinds = doctype.kind(doc)
    begin = start + lead
    if kinds.transcript or kinds.template or kinds.shown_answer(begin) or frames.is_exhibit(prose, begin):
        return None
    return begin, start + len(line)


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

    def _judge(self, doc: Document, context: _Context, phrase: Phrase, match: re.Match[str]) -> tuple[int, int] | None:
        """A placeholder is flagged where it stands; its sentence decides whether it is documented."""
        prose = doc.prose
        start, end = match.start(), match.end()
        if context.is_template:
            return None
        tag = _XML_TAG.match(prose, start, end)
        if tag and f"</{tag.group(1)}>" in prose[end : end + 600]:
            return None  # "<url>https://...</url>": markup, not a slot
        paragraph = context.paragraph(start)
        para_start = max(paragraph.start if paragraph else doc.line_at(start).start, start - _QUOTE_REACH)
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
    def _documented(context: _Context, slot: str) -> bool:
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


class AdviceToRequester(AssistantRule):
    """Flags a chatbot's advice to its user ("Make sure to fact-check these figures").

    ## What it does
    Finds instructions addressed to whoever asked for the text, about the
    text itself: "Make sure to fact-check these figures before publishing",
    "You may want to add specific quotes", "Remember to replace the
    placeholders", "These figures are hypothetical", "Feel free to adjust the
    tone to suit your audience". "Feel free to customize this README to your
    project" counts only after the handed-over file closes (a thematic break or a
    code fence) with at most a short paragraph after it: inside a page it is the
    template's own word to its reader. Advice to readers about the world ("check
    the forecast before you travel") is not flagged: the phrases need a
    pointer back at the text (these figures, this article, the placeholders).

    ## Why it matters
    The advice was for the editor; published, it says the figures were never
    checked.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 15 of 19 records it flagged
    were leftovers (0.79): setup documentation tells its own reader to "replace the
    placeholders" of the configuration it shows, in the same words. Below the 0.9 precision
    a warning needs, so the rule reports at `info`. The advice after a closed file took 4
    more leftovers in fresh3 and 3 in fresh8, with no new flag on a look-alike. Round 9: a
    reminder to fill in placeholders beside the code it is about, inside the body, is the
    manual's; 44 of 51 records on every split (0.86; 46 of 56 before, tuning figures).
    Round 10: an instruction to save the very file as a name ("Guarda este archivo como
    socket.js", "将此文件保存为") where only a handed-over file puts it (a comment line, the
    opening docstring or block comment, the text's last lines right after a closed file);
    a tutorial's prose instruction to its reader stays clean. 65 of 73 records on every split
    (0.89, tuning figures); fresh12's advice 0/25 -> 18/25, one look-alike more (a
    credentials template's own comment, "# Achtung: Speichere diese Datei als credentials.rb").

    ## Example
    "Make sure to verify these statistics before publishing." is flagged.

    ## Use instead
    The checked figures, published without the reminder to check them.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI009"
    trigger_key = "advice"
    name = "advice-to-requester"
    category = "advice to the requester"
    phrases = phrases.ADVICE + phrases.CLOSING_ADVICE + forms.ADVICE + languages.PHRASES["advice"]
    severity = Severity.INFO  # 0.89 precision on real text (see "Measured:")

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from _with_spans(self, doc, saveas.spans(doc.text))

    def _judge(self, doc: Document, context: _Context, phrase: Phrase, match: re.Match[str]) -> tuple[int, int] | None:
        found = super()._judge(doc, context, phrase, match)
        if found is not None and _FILL_PLACEHOLDERS.search(doc.prose, found[0], found[1]):
            # the manual's own word to its reader about the command or configuration it shows: beside that code,
            # inside the body, neither opening the text nor closing it the way a reply closes
            # (read in the text itself: the prose blanks the code that follows it)
            text = doc.text
            if (
                text[: found[0]].strip()
                and not _at_text_end(text, found[1])
                and _reminder_beside_code(text, found[0], found[1])
            ):
                return None
        if found is None or phrase not in _CLOSING_ADVICE:
            return found
        # advice inside a page is the template's word to its reader, not said after the file it was handed with
        return found if _file_closed_before(doc.prose, found[0]) and _at_text_end(doc.prose, found[1]) else None


def _with_spans(rule: AssistantRule, doc: Document, extra: list[tuple[int, int]]) -> Iterator[Finding]:
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


def _register() -> None:
    """Each rule's phrases form one group of the family's candidate sets."""
    for rule in RULES:
        # The other languages' patterns go by their literals (languages.possible), the others by the set.
        rule._own = tuple(phrase for phrase in rule.phrases if id(phrase) not in languages.TRIGGERS)
        rule._elsewhere = tuple(phrase for phrase in rule.phrases if id(phrase) in languages.TRIGGERS)
        for phrase in rule._own:
            phrase.register(rule.trigger_key)


RULES = [
    AssistantOffer,
    AssistantSignOff,
    ChatbotSelfReference,
    KnowledgeCutoff,
    AssistantRefusal,
    ChatInterfaceResidue,
    RewriteMetaCommentary,
    UnfilledPlaceholder,
    AdviceToRequester,
]

_register()
