"""Communication intended for the requester (AI013) and reasoning traces (AI014), by grammar.

The phrase rules (AI001-AI009) match wordings chatbots were seen to use, and every new batch
of real leftovers brought wordings none of them listed. These two rules read a sentence's
grammar instead:

- **who speaks and to whom**: a first-person speaker offering, refusing, or asking
  ("I can", "I cannot", "I'd be happy to", "so I can"), a second-person addressee, and
  the addressee asked to act for the speaker ("provide me with", "you'd like me to");
- **what it is about**: the text being produced (article, topic, title, content, request,
  summary...) and the verbs of producing it (write, generate, provide, summarize...);
- **where it sits**: a leftover stands at a boundary of the piece (its first or last
  sentences), the way a reply opens or closes.

A sentence is a leftover when enough of these co-occur (:func:`score`). Structure clears it:
quotation marks, a speech tag, a transcript's speaker labels, and a letter's or reply's
frame (a salutation, an @-mention, a sign-off line) mean a person is speaking to a person.

A reasoning trace is a model planning its answer about "the user" and their request
("Wait, the user wants a long article. I should...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules.assistant import candidates, doctype, languages, phrases
from scrapelint.rules.assistant.frames import closes_quotation, is_cited, is_exhibit, names_a_channel, shown_value
from scrapelint.rules.assistant.quotes import blank_quoted, inside_quotes
from scrapelint.rules.assistant.windows import trigger_windows
from scrapelint.text.lazy import lazy
from scrapelint.text.sentences import sentence_units, split_sentences

if TYPE_CHECKING:
    from scrapelint.model.document import Document, Span

_A = "['’]"
_I = rf"\bI(?:{_A}(?:m|ll|d|ve))?\b"
#: The speaker acting as an assistant: modal of offer, ability, inability or willingness.
SPEAKER = lazy(
    rf"\bI(?:{_A}ll| will| would| can| could| cannot| can{_A}t| am unable| {_A}?m unable| am not (?:able|capable|equipped|aware|sure)"
    rf"|{_A}m not (?:able|capable|equipped|aware|sure)| do not have| don{_A}t have| need (?:more|the|some|a)"
    rf"|{_A}d (?:be|love|need)| would (?:be|need)| am (?:happy|glad)|{_A}m (?:happy|glad)| am here| {_A}m here"
    rf"| apologi[sz]e| do not know| don{_A}t know| don{_A}t see| do not see| (?:have|{_A}ve) (?:created|written|prepared|drafted|revised|rewritten|updated|made|added|included|kept|structured))\b"
    rf"|\b(?:so (?:that )?I can|and I{_A}ll|and I will|I{_A}ll be happy|I{_A}d be happy|more than happy to|happy to help|glad to help)\b"
    rf"|\bmy (?:capabilities|training|knowledge|purpose|abilities|programming|responses?)\b",
    re.IGNORECASE,
)
#: The addressee asked to act for the speaker, or wanting the speaker to act.
REQUEST = lazy(
    rf"\b(?:provide|give|send|tell|show|share with|paste|remind) me\b"
    rf"|\blet me know\b|\b(?:you{_A}?d|you would|you|do you|would you) (?:like|want|prefer|wish)(?: for)? me to\b"
    rf"|\b(?:could|can|would|will) you (?:please )?(?:provide|share|paste|clarify|specify|give|send|confirm|tell|let|drop|upload|attach)\b"
    rf"|\bplease (?:provide|share|paste|clarify|specify|give|send|confirm|tell|let me|drop|upload|attach|narrow)\b"
    rf"|\bshould I\b|\bshall I\b|\bwant me to\b"
    # the same request as the condition that opens the sentence ("If you can share the schema, I'll ..."); inside a
    # sentence ("it would be great if you can share ...") it is a person's wish
    r"|^[ \t*>_#-]{0,8}+(?:(?:so|and|but|also|alternatively|otherwise),? )?if you (?:can|could) (?:please )?"
    r"(?:share|provide|paste|send|upload|attach)\b"
    # the addressee's act of supplying the input joined to the speaker's act on it ("Paste the article below and
    # I'll rewrite it"): the request and the promise in one sentence
    rf"|^[ \t*>_#-]{{0,8}}+(?:just |simply )?(?:please )?(?:paste|share|send|upload|attach|drop|provide)\b[^.!?\n]{{0,60}}?"
    rf"\b(?:and|then) I(?:{_A}ll| will| can)\b",
    re.IGNORECASE,
)
ADDRESSEE = lazy(r"\b(?:you|your|yours)\b", re.IGNORECASE)
TEXT_NOUN = lazy(
    r"\b(?:articles?|topics?|titles?|texts?|content|posts?|requests?|messages?|prompts?|keywords?|subjects?|"
    r"information|details|context|summary|summaries|versions?|drafts?|essays?|pieces?|paragraphs?|sections?|"
    r"outlines?|descriptions?|captions?|copy|input|query|queries|questions?|links?|documents?|files?|"
    r"treatise|write-?up|blog|story|response|answer|changes|revisions?|adjustments?|feedback|assistance)\b",
    re.IGNORECASE,
)
TASK_VERB = lazy(
    r"\b(?:write|writing|generate|generating|create|creating|produce|provide|providing|assist|assisting|help|"
    r"summari[sz]e|rewrite|draft|craft|compose|fulfill|fulfil|proceed|expand|elaborate|adjust|revise|tailor|"
    r"refine|polish|clarify|continue|begin|get started|work on|give|offer|make|prepare|structure|add|include)\b",
    re.IGNORECASE,
)
#: The speaker naming itself as a model ("as an AI language model", "as a language AI model").
SELF_MODEL = lazy(
    r"\bas an? (?:\w+ ){0,3}?(?:AI|artificial intelligence|language|text[- ]based)(?: \w+){0,2}? "
    r"(?:model|assistant|chatbot|program|system)\b|\bAI developed by\b|\bI am an? (?:\w+ ){0,2}?(?:AI|language model)\b",
    re.IGNORECASE,
)
#: The exchange itself as the topic ("your prompt", "the user's request", "a text generation task").
EXCHANGE = lazy(
    rf"\b(?:your|the user{_A}s) (?:prompt|query)\b|\bthe user{_A}s (?:request|instructions)\b|\bas per your request\b|"
    rf"\btext[- ]generation (?:task|request)\b",
    re.IGNORECASE,
)
#: The cues of which a sentence needs one to reach :data:`THRESHOLD` (without them it scores at
#: most 4), with their ids in the family's candidate set and a locator of their RE2 superset:
#: without ``\b`` and other assertions, a scan of the whole text meets every place where a cue
#: matches inside a sentence.
#: The addressee asked for the missing input, in the languages of ``data/`` (a cue that suffices alone),
#: with the literals one of which each match holds.
REQUEST_ELSEWHERE, _REQUEST_LITERALS = languages.request_pattern()
_KEYS = tuple(
    (candidates.PATTERNS.add(cue.pattern, cue.flags, "address"), candidates.Locator(cue.pattern, cue.flags), cue)
    for cue in (SPEAKER, REQUEST, SELF_MODEL, EXCHANGE)
)
#: A short quotation (or code span) right after a non-space character.
#: Blanking a quotation puts one space in its place, and every cue has single spaces inside and
#: none at its ends, so only a quotation glued to what comes before it can join words into a new
#: cue. (Each mark comes first and the look back after it, so the scan jumps from mark to mark.)
_GLUED_QUOTE = lazy(
    r"“(?<=\S“)[^”\n]{0,300}”|\"(?<=\S\")[^\"\n]{0,300}\"|‘(?<=\S‘)[^’\n]{0,300}’|«(?<=\S«)[^»\n]{0,300}»"
    r"|`(?<=\S`)[^`\n]{0,300}`|'(?<=[^\s\w']')(?=\S)[^\n]{1,300}?(?<=\S)'"
)

#: The requester's own voice: someone asking a writer (or a model) for a text.
_REQUESTER_VOICE = lazy(
    rf"\bI(?:{_A}d| would)? (?:like|want|need)(?: for)? you to\b|\byour task is\b|\bI{_A}?m looking for (?:someone|a writer)\b",
    re.IGNORECASE,
)
#: A company or site speaking ("we", "our", "us"): support pages and newsrooms, not a chatbot to its user.
_WE = lazy(r"\b(?:we|our|us)\b", re.IGNORECASE)
#: Talk to readers or customers, not to a requester.
_READERS = lazy(
    r"\b(?:in the comments|comment below|subscribe|our (?:readers|newsletter|team|customers|store|website|site)|"
    r"contact us|email us|reach out to us|follow us|sign up|customer service|our support)\b",
    re.IGNORECASE,
)
#: A sentence that reports what a text said ("The last paragraph read: ...").
_REPORTED = lazy(
    r"\b(?:read|reads|said|says|wrote|writes|stated|states|ended with|ends with|began with|begins with|opened with|"
    r"titled|headlined|labell?ed)\b[^.!?\n]{0,25}:",
    re.IGNORECASE,
)

#: A verb or a noun of producing or reworking a text ("write", "expand", "adjust", "a shorter version",
#: "any changes"): what a reply offers to do to the text it has just handed over.
_REWORK = lazy(
    r"\b(?:(?:re)?writ(?:e|es|ing|ten)|generat(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|"
    r"provid(?:e|es|ed|ing)|summari[sz](?:e|es|ed|ing)|draft(?:s|ed|ing)?|craft(?:s|ed|ing)?|compos(?:e|es|ed|ing)|"
    r"expand(?:s|ed|ing)?|elaborat(?:e|es|ed|ing)|adjust(?:s|ed|ing|ments?)?|revis(?:e|es|ed|ing|ions?)|"
    r"tailor(?:s|ed|ing)?|refin(?:e|es|ed|ing)|polish(?:es|ed|ing)?|add(?:s|ed|ing|itions?)?|includ(?:e|es|ed|ing)|"
    r"prepar(?:e|es|ed|ing)|structur(?:e|es|ed|ing)|edit(?:s|ed|ing)?|modif(?:y|ies|ied|ying|ications?)|"
    r"chang(?:e|es|ed|ing)|shorten(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|translat(?:e|es|ed|ing)|tweak(?:s|ed|ing)?|"
    r"format(?:s|ted|ting)?|versions?|continu(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
#: The speaker asking leave to act ("would you like me to", "should I"), or the addressee's own text ("your
#: article", "your draft"): the exchange over a text, not a reader's talk with a writer about a subject.
_LEAVE_OR_THEIR_TEXT = lazy(
    r"\bme to\b|\b(?:should|shall) I\b|\byour (?:[\w-]++ )?(?:articles?|texts?|drafts?|essays?|posts?|content|"
    r"copy|documents?|pieces?|paragraphs?|sections?|outlines?|descriptions?|captions?|stories|story|summary)\b",
    re.IGNORECASE,
)


def offers_on_the_subject(sentence: str) -> bool:
    """Whether a closing offer speaks of the subject rather than of reworking the text: no verb
    or noun of producing or reworking a text (:data:`_REWORK`), no leave asked to act and no
    addressee's text (:data:`_LEAVE_OR_THEIR_TEXT`), no model naming itself and no exchange.

    "If you have questions about the solver, I'd be happy to help" is a writer offering what
    they know; "I'd be happy to expand the article" is a reply offering to redo what it wrote."""
    bare = blank_quoted(sentence)
    return not (
        _REWORK.search(bare) or _LEAVE_OR_THEIR_TEXT.search(bare) or SELF_MODEL.search(bare) or EXCHANGE.search(bare)
    )


#: How far from either end of the document (in sentences) a sentence counts as at its boundary.
_BOUNDARY = 2
#: The score a sentence needs (see :func:`score`).
THRESHOLD = 5


#: A modal before a verb: the verb has a subject ("the tests would remind me"), it is no imperative.
_MODAL_BEFORE = lazy(r"\b(?:would|will|could|can|should|might|may|must|shall)[ \t]++$", re.IGNORECASE)
#: The verbs of an imperative asking the addressee to act for the speaker (the ones :data:`REQUEST` reads).
_ASKED_VERB = lazy(r"(?:provide|give|send|tell|show|share|paste|remind)\b", re.IGNORECASE)
#: Sharing on with someone other than the speaker ("share this with your stakeholders"), read
#: right after the verb; "share it with me" names the speaker first and stops the reading.
_ONWARD = lazy(
    r"(?:(?!\b(?:me|us)\b)[^.!?\n]){0,80}?\bwith[ \t]++(?:your|their|his|her|others|everyone|anyone)\b",
    re.IGNORECASE,
)


#: A sentence's end glued to the next sentence's capital ("what you learn.This post was originally
#: published"): the splitter, which needs a space after the mark, leaves the two as one; each
#: is scored on its own. A pictograph before a capitalised word ends a sentence the same way
#: ("so I'll stop here 😄 Next week I'll be writing ..."): chat and blog prose close a
#: sentence with an emoji in place of its full stop, which the splitter does not read as an end.
_GLUED_END = lazy(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
    r"|(?<=[\u2600-\u27bf\U0001f300-\U0001faff])\ufe0f?+[ \t]++(?=[A-Z][a-z])"
)


#: A question the sentence names and then poses after a colon, opening in lower case with a
#: question word ("the first question you face is: which cloud should I move to?", "ask
#: yourself: what should I keep?"): a question the reader asks themselves, reported as a
#: quotation is; a speaker asking its requester puts the question to them directly.
_POSED_QUESTION = lazy(
    r"\b(?:questions?|ask|asks|asking|asked|wonder|wonders|wondering|wondered)\b[^:.!?\n]*+:[ \t]++"
    r"(?:which|what|how|where|when|who|whom|whose|why|whether)\b[^:.!?\n]*+$",
    re.IGNORECASE,
)
_INVERTED_I = lazy(r"(?:should|shall) I\b", re.IGNORECASE)


def _request(sentence: str) -> bool:
    """Whether the addressee is asked to act for the speaker (:data:`REQUEST`), read as grammar:
    an imperative, not a verb with its own subject before a modal ("the tests would remind
    me"), and the speaker its recipient, not a third party the addressee is asked to pass
    something with ("please share this resource with your stakeholders"); "should I" in a
    question the sentence poses after a colon is the reader's question, not the speaker's."""
    for match in REQUEST.finditer(sentence):
        verb = _ASKED_VERB.search(match.group())
        if verb is None:
            if _INVERTED_I.fullmatch(match.group()) and _POSED_QUESTION.search(sentence, 0, match.start()):
                continue  # "the question is: which cloud should I move to?", the reader's question named
            return True
        at = match.start() + verb.start()
        if not verb.start() and _MODAL_BEFORE.search(sentence, max(0, at - 12), at):
            continue  # "remind me" with a subject: a statement, where a request has none
        if verb.group().lower() == "share" and _ONWARD.match(sentence, match.start() + verb.end()):
            continue
        return True
    return False


#: An instruction that opens the sentence with a bare verb whose object is the reader's own
#: prompt or query ("Refine your query by selecting ...", "3. Type your prompt in the box"): a
#: tutorial's step, the reader working a search box or a tool. Prepositions and the other closed
#: words that open a reply's reference to the exchange ("Regarding your query", "As for your
#: prompt") are no verb; a verb ending in -ing, -ed or a third-person -s has a subject elsewhere.
_STEP_ON_OWN_INPUT = lazy(
    r"^[\s*>#-]*+(?:\d++[.)][ \t]++)?(?:(?:then|now|next|first|simply|just|also|finally),?[ \t]++)?"
    r"(?!(?:regarding|concerning|about|per|for|to|re|with|on|in|into|as|from|by|at|of|after|before|given|under|"
    r"upon|thanks|please|and|or|but|so|if|since|because|once|when|while|that|this|these|those|all|both|reading|"
    r"based)\b)([a-z]++)[ \t]++your[ \t]++(?:prompt|query)\b",
    re.IGNORECASE,
)
#: The first person: a speaker in the sentence.
_FIRST_PERSON = lazy(rf"\bI(?:{_A}(?:m|ll|d|ve))?\b|\b(?:me|my|mine)\b")


def _step_on_own_input(sentence: str) -> bool:
    """Whether ``sentence`` is an instruction to the reader about their own prompt or query
    (:data:`_STEP_ON_OWN_INPUT`) with no speaker in it: "your query" is then the reader's,
    typed into a tool, not the requester's message a reply speaks of."""
    m = _STEP_ON_OWN_INPUT.match(sentence)
    if m is None or _FIRST_PERSON.search(sentence):
        return False
    verb = m.group(1).lower()
    return not (verb.endswith(("ing", "ed")) or (verb.endswith("s") and not verb.endswith("ss")))


def score(sentence: str, at_boundary: bool) -> int:
    """How strongly ``sentence`` reads as the chatbot addressing its requester.

    Speaker acting as an assistant +2, addressee asked to act for the speaker +2, the
    speaker naming itself a model +3, the exchange itself as topic ("your prompt", "a text generation task") +2, an
    addressee +1, a pointer at the text +1, a verb of
    producing it +1, a boundary of the document +1; "your prompt" or "your query" as the object
    of an instruction that opens the sentence, with no speaker in it ("Refine your query by
    selecting ..."), is the reader's own input to a tool, no exchange. Talk to readers (comments, newsletter)
    or a company's "we" -3; the requester's own voice ("I'd like you to write") scores nothing. Quoted words do not count, a sentence reporting what a text said scores nothing, and
    one about neither the text nor the exchange, or addressed to no one (no "you", no request,
    no model naming itself), scores nothing. A sentence needs
    :data:`THRESHOLD`, so no single cue suffices.
    """
    sentence = blank_quoted(sentence)
    if _REPORTED.search(sentence) or _REQUESTER_VOICE.search(sentence):
        return 0
    exchange = EXCHANGE.search(sentence) and not _step_on_own_input(sentence)
    request = _request(sentence)
    about_text = TEXT_NOUN.search(sentence) or request or SELF_MODEL.search(sentence)
    addressed = ADDRESSEE.search(sentence) or request or SELF_MODEL.search(sentence) or exchange
    if not about_text or not addressed:
        return 0  # a writer musing about their own writing, or talking to readers about anything
    points = 0
    if SPEAKER.search(sentence):
        points += 2
    if request:
        points += 2
    if SELF_MODEL.search(sentence):
        points += 3
    if exchange:
        points += 2
    if ADDRESSEE.search(sentence):
        points += 1
    if TEXT_NOUN.search(sentence):
        points += 1
    if TASK_VERB.search(sentence):
        points += 1
    if at_boundary:
        points += 1
    if _READERS.search(sentence) or _WE.search(sentence):
        points -= 3
    return points


class _SentenceRule(Rule):
    """Shared walk over the sentences of a document, with the structural guards."""

    category = ""
    fixable = "unsafe"
    #: Where the sentence :meth:`flags` judges starts in ``doc.prose``.
    _start = 0

    def check(self, doc: Document) -> Iterator[Finding]:
        stretches = self.stretches(doc)
        if stretches is not None and not stretches:
            return
        if stretches is None:
            sentences: list[Span] = doc.sentences
            count = len(sentences)
            chosen = [(span, index < _BOUNDARY or index >= count - _BOUNDARY) for index, span in enumerate(sentences)]
        else:
            chosen = _overlapping(doc, stretches)
        kinds = doctype.kind(doc)
        if not chosen or kinds.transcript:
            return
        letter = kinds.letter
        prose = doc.prose
        spans: list[tuple[int, int]] = []
        for span, at_boundary in chosen:
            text = prose[span.start : span.end]
            if not text.strip():
                continue
            self._start = span.start
            if not self.flags(text, at_boundary, letter):
                continue
            paragraph_start = prose.rfind("\n\n", 0, span.start) + 1
            start = max(paragraph_start, span.start - 800)
            if inside_quotes(prose[start : span.start + 1], span.start - start, span.start - start + 1):
                continue
            if kinds.shown_answer(span.start) or closes_quotation(text) or shown_value(text):
                continue
            if self.shown(prose, span.start, span.end):
                continue
            if phrases.SPEECH_AFTER.match(prose[span.end : span.end + 40]) or self.speech_tagged(text):
                continue
            if phrases.SPEAKER_LABEL.match(doc.line_at(span.start).text):
                continue
            opening = span.start + len(text) - len(text.lstrip())
            line = doc.line_at(opening)
            if is_exhibit(prose, opening) or is_cited(line.text, opening - line.start):
                continue
            if spans and not prose[spans[-1][1] : span.start].strip():
                spans[-1] = (spans[-1][0], span.end)
            else:
                spans.append((span.start, span.end))
        for start, end in spans:
            snippet = " ".join(prose[start:end].split())
            label = snippet if len(snippet) <= 60 else snippet[:57] + "..."
            yield self.finding(start, end, f"{self.category}: '{label}'", fix=_delete(doc, start, end))

    def stretches(self, doc: Document) -> list[tuple[int, int]] | None:
        """Stretches of ``doc.prose`` outside of which no sentence can be flagged (``None``: anywhere)."""
        return None

    def flags(self, sentence: str, at_boundary: bool, letter: bool) -> bool:
        raise NotImplementedError

    def shown(self, prose: str, start: int, end: int) -> bool:
        """Whether the page labels what follows as shown on purpose (``False``: no label this rule reads)."""
        return False

    def speech_tagged(self, sentence: str) -> bool:
        """A speech tag in the sentence ("..., the professor said"): someone is being quoted."""
        return bool(phrases.SPEECH_TAG.search(sentence))


def _delete(doc: Document, start: int, end: int) -> Fix:
    text = doc.text
    stop = end
    while stop < len(text) and text[stop] in " \t":
        stop += 1
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and (stop == len(text) or text[stop] == "\n"):
        return Fix.delete(line_start, min(len(text), stop + 1), safe=False)
    return Fix.delete(start, stop, safe=False)


#: A line presenting a written text that follows it: "the following text", "the following letter".
_PRESENTS_TEXT = re.compile(
    r"\bthe following (?:text|letter|e-?mail|message|note|statement|language|wording|template|script|memo)\b",
    re.IGNORECASE,
)
#: The first or the second person, or a reply's deixis: a presenter that hands a text to someone.
_HANDING = re.compile(r"\b(?:I|I'm|I've|I'll|I’m|I’ve|I’ll|me|my|you|your|here)\b", re.IGNORECASE)
#: How many lines above a sentence its presenter may stand (a short letter or statement).
_SHOWN_LINES = 8


def shown_below(prose: str, start: int) -> bool:
    """Whether one of the :data:`_SHOWN_LINES` lines above ``start`` presents the text below it in the
    third person (see :meth:`AddressedToRequester.shown`)."""
    line_start = prose.rfind("\n", 0, start) + 1
    cursor = line_start - 1
    for _ in range(_SHOWN_LINES):
        if cursor <= 0:
            return False
        previous_start = prose.rfind("\n", 0, cursor) + 1
        line = prose[previous_start:cursor]
        if _PRESENTS_TEXT.search(line):
            return not _HANDING.search(line)
        cursor = previous_start - 1
    return False


class AddressedToRequester(_SentenceRule):
    """Flags a sentence the chatbot addressed to whoever asked for the text.

    ## What it does
    Reads each sentence's grammar rather than its wording: a first-person speaker
    offering, refusing or asking ("I can", "I cannot", "I'd be happy to", "so I can"),
    the reader asked to act for the speaker ("please provide me with", "the text you'd
    like me to summarize"), the speaker calling itself a model, a pointer at the text
    being produced (article, topic, title, request) and a verb of producing it, and
    whether the sentence opens or closes the document. Enough of these together mark a
    sentence addressed to the requester about the text: requests for the missing input,
    refusals, offers, sign-offs, in any wording. Quotation marks, speech tags,
    transcripts with speaker labels, and letters or replies (a salutation, an
    @-mention, a sign-off line) are people speaking to people and stay clean. A request
    is read as grammar: a verb with its own subject before a modal ("the tests would
    remind me") asks nothing, and the reader asked to share the text with a third party
    ("please share this resource with your stakeholders") is not asked to act for the
    speaker. Two sentences the source glued ("what you learn.This post was originally
    published on ...") are scored one by one, as the splitter, needing a space after the
    full stop, cannot part them; so are two sentences an emoji parts in place of the full stop
    ("... so I'll stop here 😄 Next week I'll be writing ..."). A text the page shows, presented a few lines above in the
    third person ("The agency used the following text for the authorization letter."), keeps
    its closing ("Please let me know if you have any questions"): it is the letter's to its
    addressee; a reply hands its text over in the first or second person. A long
    post whose writer tells their own past to many readers (speaking to "everyone",
    asking them to comment or subscribe) closes with that writer's word to them ("If
    you have any questions ..., please let me know!"), and a long post whose writer tells their
    own work closes with an offer on its subject ("If you have any questions about the solver,
    I'd be happy to help"): no verb or noun of producing or reworking a text, no leave asked
    ("would you like me to"), no addressee's text ("your draft"); a reply's closing offers to
    redo what it wrote ("I'd be happy to expand the article"). A medium the writer is reached
    through ("DM me", "email me", "on Mastodon", "in the forum") is a channel, as a link is. An instruction that opens with a bare
    verb on the reader's own query or prompt, with no speaker in it ("Refine your query or
    learn more by selecting 'Advanced'"), is a how-to's step, the reader working a search
    tool: "your query" there is not the exchange a reply speaks of ("Regarding your query,
    I can ..."). In
    the languages of ``rules/assistant/data/``, the addressee asked to supply the
    missing input ("merci de me fournir le texte", "请提供文章内容") is flagged
    alone.

    ## Why it matters
    The sentence was meant for the person who prompted the chatbot; published, it tells
    every reader the page was generated and never read.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them tuning data
    now), 168 of 181 records it flagged were leftovers (0.93, round 4; 127 of 138 before);
    the others are forum posters and readme authors asking their readers to "let me know".
    A quotation a colon introduces and a model's answer held as a value in code
    (``response: "I'd be happy to...``) are words shown, not said. Round 9 (tuning figures,
    every split): 229 of 253 records (0.91; 227 of 251 before). Inside the body of a long text a
    sentence needs one cue more, and a manual or column that speaks to its reader all through
    keeps its body sentences for that reader: on the gate's tuning pages (Digital.gov columns,
    500 Lines or Less) AI013 failed 14 pages before, 4 after. Round 10 (a request for the
    code, file or output to work on in German, Spanish, Portuguese and Italian): 235 of 259
    records on every split (0.91, tuning figures); fresh12's requests for input 0/10 -> 4/10,
    no look-alike newly flagged. Round 11 (a quotation left open in the sentence is quoted to
    its end, a '>>' prefix is a quoted message): 246 of 270 records on every split, fresh13
    included (0.91; 242 of 268 before, tuning figures). A how-to's step on the reader's own
    query (a library lab's blog, tuning part): the gate's pages failed by AI013 1 -> 0, the AI
    benches unchanged.

    ## Example
    "Please provide me with the article title, and I'll be happy to generate an
    informative article on the topic." is flagged.

    ## Use instead
    The content that was asked for, or nothing.

    ## Fix safety
    Unsafe: the fix deletes the sentence (with its line when it stands alone); a person
    should check that it was not the author's own aside.

    ## Options
    None.
    """

    code = "AI013"
    #: Whether the document holds a literal of another language's request for input (set per document).
    _elsewhere = False
    #: The document's kinds (set per document).
    _kind: doctype.DocumentKind
    #: The document being checked (set per document).
    _doc: Document
    name = "addressed-to-requester"
    category = "addressed to the requester"
    severity = Severity.WARNING

    def flags(self, sentence: str, at_boundary: bool, letter: bool) -> bool:
        if letter or names_a_channel(sentence):
            return False
        points = max(score(piece, at_boundary) for piece in _GLUED_END.split(sentence))
        if points >= THRESHOLD:
            kind = self._kind
            if at_boundary:
                # a long story its writer tells of their own past to many readers (a post that speaks to
                # "everyone" or asks them to comment or subscribe) ends with that writer's word to them
                # ("If you have any questions ..., please let me know!"); a post whose writer tells their own
                # work closes with their offer on its subject ("if you have questions about the solver, I'd be
                # happy to help"), where a reply offers to rework the text it handed over
                writers_word = kind.audience or (self._closing() and offers_on_the_subject(sentence))
                return not (kind.long and kind.narrative and writers_word)
            # a reply's leftover opens or closes it: inside the body of a long text, a sentence needs one cue more,
            # and in a manual or a column that speaks to its reader all through, it is the writer's to that reader
            # ("If you'd like to help, please share your ideas")
            return not kind.long or (points > THRESHOLD and not kind.reader_addressed)
        return self._elsewhere and bool(REQUEST_ELSEWHERE.search(blank_quoted(sentence)))

    def _closing(self) -> bool:
        """Whether the sentence being judged is one of the document's last :data:`_BOUNDARY` sentences
        (a reply's opening offer, "I'd be happy to help you with this topic", stays its own)."""
        sentences = self._doc.sentences
        return len(sentences) >= _BOUNDARY and self._start >= sentences[-_BOUNDARY].start

    def shown(self, prose: str, start: int, end: int) -> bool:
        """A text the page shows: a line a few lines above presents it in the third person ("The agency
        used the following text for the authorization letter."), so its closing ("Please let me know if
        you have any questions") is the letter's to its addressee. A reply presents in the first or the
        second person ("Here is the letter you asked for:")."""
        return shown_below(prose, start)

    def stretches(self, doc: Document) -> list[tuple[int, int]]:
        """Where :func:`score` can reach :data:`THRESHOLD`: at one of the cues it needs, or at a quotation whose blanking could form one."""
        found = candidates.scan(doc, "address")
        prose = doc.prose
        self._kind = doctype.kind(doc)
        self._doc = doc
        stretches = []
        for key, locator, cue in _KEYS:
            if candidates.may_match(found, key):
                spans = locator.spans(prose)
                if spans is None:  # no RE2: the cue itself without its word boundaries
                    spans = [match.span() for match in re.finditer(cue.pattern.replace(r"\b", ""), prose, cue.flags)]
                stretches += spans
        stretches += [(match.start(), match.end()) for match in _GLUED_QUOTE.finditer(prose)]
        self._elsewhere = languages.present(doc, _REQUEST_LITERALS)
        if self._elsewhere:
            stretches += [
                match.span()
                for start, end in trigger_windows(prose, _REQUEST_LITERALS)
                for match in REQUEST_ELSEWHERE.finditer(prose, start, end)
            ]
        return stretches


def _overlapping(doc: Document, stretches: list[tuple[int, int]]) -> list[tuple[Span, bool]]:
    """The sentences that overlap a stretch, in order, each with whether it is at a boundary of the document.

    Sentences never cross a unit (a paragraph, heading, list item or table cell), so only the
    units that overlap a stretch are split, and those at either end until :data:`_BOUNDARY`
    sentences are counted; the result is what the whole document's sentences give.
    """
    if "sentences" in doc.__dict__:  # already split for every unit
        sentences = doc.sentences
        count = len(sentences)
        wanted = _touched([span.start for span in sentences], [span.end for span in sentences], stretches)
        return [(sentences[index], index < _BOUNDARY or index >= count - _BOUNDARY) for index in wanted]
    units = sentence_units(doc)
    wanted = _touched([unit.start for unit in units], [unit.end for unit in units], stretches)
    if not wanted:
        return []
    split: dict[int, list[Span]] = {}

    def sentences_of(index: int) -> list[Span]:
        if index not in split:
            split[index] = split_sentences(doc, units[index].start, units[index].end)
        return split[index]

    # Sentences before (after) a unit, counted while fewer than _BOUNDARY; beyond, at least that many.
    before: dict[int, int] = {}
    total = 0
    for index in range(len(units)):
        if total >= _BOUNDARY:
            break
        before[index] = total
        total += len(sentences_of(index))
    after: dict[int, int] = {}
    total = 0
    for index in range(len(units) - 1, -1, -1):
        if total >= _BOUNDARY:
            break
        after[index] = total
        total += len(sentences_of(index))
    chosen = []
    for index in wanted:
        sentences = sentences_of(index)
        ahead, behind = before.get(index, _BOUNDARY), after.get(index, _BOUNDARY)
        for position, span in enumerate(sentences):
            if _overlaps(span, stretches):
                at_boundary = ahead + position < _BOUNDARY or behind + len(sentences) - 1 - position < _BOUNDARY
                chosen.append((span, at_boundary))
    return chosen


def _touched(starts: list[int], ends: list[int], stretches: list[tuple[int, int]]) -> list[int]:
    """Indices, in order, of the spans (by ``starts`` and ``ends``) that overlap a stretch."""
    touched = set()
    for start, end in stretches:
        index = max(0, bisect_right(starts, start) - 1)
        while index < len(starts) and starts[index] < end:
            if start < ends[index]:
                touched.add(index)
            index += 1
    return sorted(touched)


def _overlaps(span: Span, stretches: list[tuple[int, int]]) -> bool:
    return any(start < span.end and span.start < end for start, end in stretches)


#: A model's plan for its answer: "the user" and what they asked for.
_THE_USER = lazy(
    rf"\b(?:the|this) user(?:{_A}s)? (?:just |also |probably |clearly |explicitly |now |originally |then |still |actually )?"
    r"(?:wants?|wanted|asked|asks|requested|requests|specified|specifies|mentioned|provided|gave|gives|said|says|wrote|"
    r"writes|told|meant|means|pasted|shared|(?:is|was|might be|may be|could be|seems to be) (?:asking|requesting|looking for|"
    r"referring)|might want|may want|(?:might|may|could) be interested|needs|expects|seems to want|"
    rf"(?:hasn{_A}t|has not) (?:provided|given|specified|shared|mentioned|said)|"
    rf"request|instructions?|prompt|query|question)\b|\b(?:as )?per the user(?:{_A}s)?\b|\bthe user{_A}s (?:request|instructions|query|prompt|question)\b"
    # the same plan in Chinese: the user (用户) as the subject of a request verb
    r"|用户(?:之前|现在|刚才|又|还|特别|明确|可能)?(?:让我|要求|希望|想要|想让|给了|提供了|说|问|提到|强调|需要|遇到|的(?:要求|需求|问题))",
    re.IGNORECASE,
)
_THE_USER_KEY = candidates.PATTERNS.add(_THE_USER.pattern, _THE_USER.flags, "address")
#: The writer's own output as the thing being planned: "structure the review", "my essay needs to".
_ARTEFACT = r"(?:review|essay|article|summary|response|answer|reply|outline|rewrite|translation|analysis|write-?up)"
_PLANNED_ARTEFACT = lazy(
    r"\b(?:structur|organi[sz]|outlin|fram|draft|writ|start|begin|open|conclud|end)(?:e|es|ed|ing)? (?:the|my) "
    rf"{_ARTEFACT}\b(?! (?:unit|copy|sample|model|period|process|board|site|section|below|above))"
    rf"|\b(?:the|my) {_ARTEFACT} (?:needs to|must|should|has to|will need to|is based on|ought to)\b",
    re.IGNORECASE,
)
_PLANNED_ARTEFACT_KEY = candidates.PATTERNS.add(_PLANNED_ARTEFACT.pattern, _PLANNED_ARTEFACT.flags, "address")
#: A sentence that opens with the writer planning its next step ("I need to", "I should also").
_PLAN_OPENING = lazy(
    r"^[\s*>#-]*+(?:(?:since|so|now|also|but|however|first|okay|ok|alright|hmm|wait),? )?"
    rf"I (?:also |really |still |first |then )?(?:need to|should|must|will need to|{_A}ll (?:need|have) to|have to)\b",
    re.IGNORECASE,
)
#: The writer's own planning voice opening a sentence: what it has to work out before it answers ("First, I need
#: to figure out", "I should check", "Okay, let me think about"); a plan to act in the world ("I need to buy")
#: is not one.
_PLAN_VOICE = lazy(
    r"^[\s*>#/-]*+(?:(?:so|now|okay|ok|alright|hmm|well|first|wait|actually|next),? ){0,2}+"
    r"(?:I (?:need|have|want) to|I should|I must|let me)(?: first| now| also| quickly| really)? "
    r"(?:figure out|make sure|check|verify|understand|think|determine|look at|look into|work out|decide|recall|consider|"
    r"analy[sz]e|examine|inspect|review|go through|start by|break (?:this|it) down)\b",
    re.IGNORECASE,
)
_PLAN_VOICE_KEY = candidates.PATTERNS.add(_PLAN_VOICE.pattern, _PLAN_VOICE.flags, "address")
#: What such a plan works on: the task's own text or code ("the model structure", "the original code", "the
#: explanation", "the question"), not the world a blogger sets out to explore.
_TASK_OBJECT = lazy(
    r"\b(?:the|this|my) (?:[\w-]+ )?(?:code|script|function|file|explanation|answer|response|reply|review|essay|article|"
    r"summary|outline|draft|question|request|prompt|task|instructions?|output|solution|README|structure)\b",
    re.IGNORECASE,
)
#: The second person: a sentence that speaks to someone is not a model's note to itself.
_YOU = lazy(r"\b(?:you|your)\b", re.IGNORECASE)
#: How many of the document's first sentences are its opening, where a pasted trace starts.
_OPENING = 2

#: "The user" whose request has the speaker as its object ("the user is asking me to", "the user wants me to"):
#: the speaker is the one being asked, so the sentence is the model's own thought, with or without a plan word.
_USER_ASKS_ME = lazy(
    r"\b(?:the|this) user (?:is |was |has |had )?(?:just |also |now |clearly |explicitly )?(?:asking|asked|asks|wants|"
    r"wanted|requested|requesting|requests|told|tells|instructed|needs|would like|expects|expected) me\b",
    re.IGNORECASE,
)
#: A reasoning model's thought tag opening a line, with prose after it ("<think>\nOkay, so I need..."): the
#: model's trace as it printed it. In a code span, a string or mid-line after a log prefix it is shown, not left.
_THINK_OPENING = lazy(r"(?m)^[ \t>*]{0,8}+<think>[ \t]*+(?:\r?\n[ \t]*+){0,3}+[^\W\d_]")
_THINK_KEY = candidates.PATTERNS.add(_THINK_OPENING.pattern, _THINK_OPENING.flags, "address")
#: The tag alone, as the sentence before the thought (the splitter ends a sentence at its line).
_THINK_ALONE = lazy(r"[ \t\r\n>*]{0,8}+<think>[ \t\r\n]*+\Z")
_USER_SUBJECT = lazy(r"\b(?:the|this) user\b", re.IGNORECASE)
#: A label that presents the reasoning after it as shown: a collapsible section's summary or a heading naming it.
_REASONING_LABEL = lazy(
    r"<summary>[ \t]*+(?:model |the )?(?:reasoning|thinking|thoughts?|chain[- ]of[- ]thought)\b"
    r"|(?m:^[ \t]{0,3}+#{1,6}+[ \t][^\n]{0,40}?\b(?:reasoning|thinking|thoughts|chain[- ]of[- ]thought)[ \t*_:]*+$)"
    # an exported log's field label ("Assistant: Thinking: ...", "_Thinking:_ Alright, ..."): the log shows the trace
    r"|(?<![\w.])[_*]{0,2}+thinking[_*]{0,2}+:(?!/)",
    re.IGNORECASE,
)
_LABEL_REACH = 300
#: The planning talk a trace holds beside "the user". "Wait" counts as the interjection that stops the
#: thought ("Wait, the user said ...", "wait... ", "Wait — "), not as the verb a text about users
#: describes them with ("the time the user needs to wait to load the page").
_PLANNING = lazy(
    rf"\b(?:I need to|I should|I must|I{_A}ll|I will|let me|I have to|I{_A}m going to|maybe they|they (?:want|probably)|"
    rf"okay|alright|first,|next,|finally,|hmm|make sure|avoid|ensure)\b"
    r"|\bwait(?=[ \t]*+(?:[,!?…:;—–]|\.{2,}|-[ \t]))"
    # the Chinese plan: "I need to", "I should", "let me", "first", "hmm"/"okay" opening the thought
    r"|我(?:需要|得|应该|要先|先)|让我|首先|^[ \t`*>#]*(?:<think>[ \t]*)?(?:嗯|好的)[，,]",
    re.IGNORECASE,
)


#: The same plan in the languages of ``data/``: "the user" wanting or asking, with the speaker in the sentence or an
#: assent opening it ("Der Nutzer möchte, dass ich ...", "Хорошо, пользователь просит ...").
_PLANS_ELSEWHERE = languages.PHRASES.get("reasoning", ())


def _plans_elsewhere(sentence: str, possible: frozenset[int]) -> bool:
    return any(
        id(phrase) in possible
        and phrase.regex.search(sentence)
        and (phrase.needs is None or phrase.needs.search(sentence))
        for phrase in _PLANS_ELSEWHERE
    )


class ReasoningTrace(_SentenceRule):
    """Flags a model's reasoning about "the user" left in the text ("Wait, the user wants...").

    ## What it does
    Finds sentences where a model plans its answer: "the user" with what they asked for
    (wants, asked, specified, "per the user's request") together with planning talk ("I
    need to", "I should", "let me", "okay", "wait" as an interjection, "make sure", "avoid"), in the same
    or the next sentence, or "the user" asking "me" (the speaker is the one being asked);
    a `<think>` tag opening a line with prose after it; in Chinese, 用户 as the subject of a request verb with 我需要,
    让我 or 首先. A plan for the writer's own output with no "user" named ("I need to
    structure the review", "My essay needs to ...") counts when a sentence opening with "I
    need to" or "I should" stands within two sentences of it; a blogger's "the review unit"
    or "finish the review of this lamp" is not such a plan. "Wait, the user said ..." is the plan itself, not a quotation. Articles that discuss users of a product ("the user asks a
    question whose answer changed") have no planning voice and stay clean.

    ## Why it matters
    Reasoning models print their plan before the answer; a pasted plan shows the page was
    generated and published unread, and it is never content.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them tuning data
    now), 20 of 21 records it flagged were leftovers (0.95); the other is a chain-of-thought
    demo's string in code. Reasoning traces in fresh5 went from 2/16 to 13/16 with "the
    user" as the subject of any speech verb and the same plan in Chinese (用户 + 我需要);
    in fresh9 from 3/10 to 9/10 with the plan for the writer's own output, with no new
    flag on any look-alike or on the natural clean text. Round 7 (the <think> tag opening a
    line, the speaker as the one "the user is asking me to" address, a heading or a
    <summary> that shows the reasoning as an exhibit): 54 of 57 records on every split (0.95).
    Round 9 ("the user" in the data languages, the opening plan for the task, an exported
    log's "Thinking:" label): 68 of 71 records on every split (0.96; 62 of 66 before), reasoning
    in fresh10 from 8/15 to 11/15 (tuning figures). Reports at `info` until more real traces
    confirm the precision.

    ## Example
    "Now, I need to write the article. The user specified that the article should be
    long." is flagged.

    ## Use instead
    Nothing: delete the trace.

    ## Fix safety
    Unsafe: the fix deletes the sentence.

    ## Options
    None.
    """

    code = "AI014"
    name = "reasoning-trace"
    category = "reasoning trace"
    severity = Severity.INFO

    #: The ``id`` of each other language's plan pattern that may match the document (set per document).
    _possible: frozenset[int] = frozenset()
    #: Where the document's opening (its first sentences) ends (set per document).
    _opening_end = 0

    def stretches(self, doc: Document) -> list[tuple[int, int]] | None:
        found = candidates.scan(doc, "address")
        possible = languages.possible(doc)
        self._possible = frozenset(id(phrase) for phrase in _PLANS_ELSEWHERE if id(phrase) in possible)
        sentences = doc.sentences
        self._opening_end = sentences[min(_OPENING, len(sentences)) - 1].end if sentences else 0
        if (
            self._possible
            or candidates.may_match(found, _PLAN_VOICE_KEY)
            or candidates.may_match(found, _THE_USER_KEY)
            or candidates.may_match(found, _PLANNED_ARTEFACT_KEY)
            or candidates.may_match(found, _THINK_KEY)
        ):
            return None
        return []

    def check(self, doc: Document) -> Iterator[Finding]:
        self._previous = self._earlier = ""
        yield from super().check(doc)

    def shown(self, prose: str, start: int, end: int) -> bool:
        """A trace the page folds under a label naming it ("<summary>reasoning</summary>", "### Step 1 — Reasoning").

        A collapsible section or a heading that names the reasoning presents it as an exhibit, and so does an
        exported log's field label ("Thinking:", "_Thinking:_"); a copied chat window's bare "Thinking..." label
        is neither and still counts as the trace's own.
        """
        return bool(_REASONING_LABEL.search(prose, max(0, start - _LABEL_REACH), end))

    def speech_tagged(self, sentence: str) -> bool:
        """A tag whose speaker is "the user" ("Wait, the user said ...") is the plan itself, not a quotation."""
        return super().speech_tagged(_USER_SUBJECT.sub("it", sentence))

    def flags(self, sentence: str, at_boundary: bool, letter: bool) -> bool:
        earlier, previous = self._earlier, self._previous
        self._earlier, self._previous = previous, sentence
        bare = blank_quoted(sentence)  # a trace quoted in a sentence is shown, not left
        if _THINK_OPENING.search(sentence) or _THINK_ALONE.match(previous):
            return True
        if self._possible and _plans_elsewhere(bare, self._possible):
            return True
        if _THE_USER.search(bare):
            return bool(_PLANNING.search(sentence) or _PLANNING.search(previous) or _USER_ASKS_ME.search(bare))
        # the plan for the writer's own output, with no "user" named: "I need to structure the review"
        if _PLANNED_ARTEFACT.search(bare):
            return any(_PLAN_OPENING.search(part) for part in (sentence, previous, earlier))
        # the text opening with the model's plan for the task, spoken to no one ("First, I need to figure out the
        # model structure."): a blogger's "First, I need to figure out all the addresses in Warsaw" plans a trip
        # through the world, not through the task's text
        if self._start < self._opening_end and _PLAN_VOICE.search(bare) and not _YOU.search(bare):
            return bool(_TASK_OBJECT.search(bare) or _TASK_OBJECT.search(blank_quoted(previous)))
        return False


RULES = [AddressedToRequester, ReasoningTrace]
