"""Leftovers a chatbot addressed to its user: offers of more work, sign-offs, advice on the reply."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.model.finding import Finding, Severity
from scrapelint.rules.assistant import forms, languages, phrases, saveas
from scrapelint.rules.assistant.base import AssistantRule, with_spans
from scrapelint.rules.assistant.closing import (
    CLOSING_ADVICE,
    FILL_PLACEHOLDERS,
    at_text_end,
    file_closed_before,
    reminder_beside_code,
)
from scrapelint.rules.assistant.context import MatchContext
from scrapelint.rules.assistant.phrases import Phrase

#: The sign-offs that judge the text handed over as the addressee's start ("This should get you started").
_HANDED_START = frozenset(forms.HANDED_START)

if TYPE_CHECKING:
    from scrapelint.model.document import Document


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
    you like", a question, "for you"). A reply offers at its opening or closing: deep in
    the body of a long text (20 sentences or more, two or more from either end), an offer
    that speaks to no one (no "you", no question) is the writer weighing their own plans
    ("I could translate entire slides at once, which would give the program more
    context"). In the languages of
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

    def _judge(
        self, doc: Document, context: MatchContext, phrase: Phrase, match: re.Match[str]
    ) -> tuple[int, int] | None:
        span = super()._judge(doc, context, phrase, match)
        if span is None:
            return None
        # a reply offers at its opening or closing, to its requester; deep in a long text's body an
        # offer that speaks to no one ("I could translate entire slides at once, ...") is the writer's plan
        start, end = span
        if context.kind.in_body(start) and not context.kind.addresses(start, end) and "?" not in doc.prose[start:end]:
            return None
        return span


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
    or to readers (comments, newsletter). "This should get you started" judges a text
    already handed over; in the first half of a long text (20 sentences or more), with most
    of it still to come, "This guide will get you started on ..." is the guide introducing
    what follows, and is not flagged.

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

    def _judge(
        self, doc: Document, context: MatchContext, phrase: Phrase, match: re.Match[str]
    ) -> tuple[int, int] | None:
        span = super()._judge(doc, context, phrase, match)
        # "this should get you started" judges a text already handed over; in the first half of a long
        # text, with most of it still to come, "this guide will get you started" introduces what follows
        if span is not None and phrase in _HANDED_START and context.kind.before_middle(span[0]):
            return None
        return span


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
        yield from with_spans(self, doc, saveas.spans(doc.text))

    def _judge(
        self, doc: Document, context: MatchContext, phrase: Phrase, match: re.Match[str]
    ) -> tuple[int, int] | None:
        found = super()._judge(doc, context, phrase, match)
        if found is not None and FILL_PLACEHOLDERS.search(doc.prose, found[0], found[1]):
            # the manual's own word to its reader about the command or configuration it shows: beside that code,
            # inside the body, neither opening the text nor closing it the way a reply closes
            # (read in the text itself: the prose blanks the code that follows it)
            text = doc.text
            if (
                text[: found[0]].strip()
                and not at_text_end(text, found[1])
                and reminder_beside_code(text, found[0], found[1])
            ):
                return None
        if found is None or phrase not in CLOSING_ADVICE:
            return found
        # advice inside a page is the template's word to its reader, not said after the file it was handed with
        return found if file_closed_before(doc.prose, found[0]) and at_text_end(doc.prose, found[1]) else None
