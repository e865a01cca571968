"""Phrase patterns for the assistant-leftover rules (AI), kept apart from the logic.

Each category is a tuple of :class:`Phrase`. ``anchored`` phrases count only
when they open a sentence or a line (a leftover is a whole sentence the
chatbot addressed to its user; a mention sits inside someone else's
sentence). ``needs`` is a second pattern the rest of the sentence must
contain. Gaps are bounded (``{0,80}``) so no pattern can backtrack far.
"""

from __future__ import annotations

import re

from scrapelint.rules.assistant.candidates import PATTERNS, Locator

_A = "['’]"  # straight or typographic apostrophe
_I_CANT = rf"(?:can(?:no|{_A})t|am unable to|{_A}m unable to|am not able to|{_A}m not able to|won{_A}t be able to)"
_YOU_WANT = rf"you(?:{_A}?d| would)? (?:like|want|prefer|wish|need)"
_PRODUCE = (
    r"(?:help|create|write|draft|make|generate|expand|provide|suggest|prepare|turn|convert|transform|tailor|adjust|"
    r"rewrite|revise|shorten|condense|summari[sz]e|format|put together|add|include|translate|refine|polish|craft|design|"
    r"produce|compile|break|do|tweak|rework|give you|walk you through|outline|reformat|restructure|simplify)"
)
_WRITING_NOUN = (
    r"(?:version|draft|rewrite|revision|article|text|passage|paragraph|summary|introduction|conclusion|"
    r"abstract|outline|post|caption|headlines?|titles?|subheads?|subheadings?|email|letter|response|answer|"
    r"description|bio|blurb|copy|content|script|essay|story|poem|speech|table|breakdown|overview|"
    r"translation|review|tagline|intro|lede|options?|variations?|listing)"
)


class Phrase:
    """One leftover pattern: the regex, and where it has to sit to count.

    The patterns compile on first use (importing the family stays cheap); each registers its
    source with the family's RE2 set (:mod:`scrapelint.rules.assistant.candidates`), which tells
    a rule whether the pattern can match a document at all.
    """

    __slots__ = (
        "_needs",
        "_regex",
        "_unless",
        "anchored",
        "flags",
        "key",
        "locator",
        "needs_source",
        "source",
        "unless_source",
    )

    def __init__(
        self, source: str, flags: int, anchored: bool = True, needs: str | None = None, unless: str | None = None
    ) -> None:
        self.source = source
        self.flags = flags
        self.anchored = anchored
        #: A pattern the rest of the sentence must contain.
        self.needs_source = needs
        #: A pattern that, found in the sentence, shows it is addressed to readers, not a requester.
        self.unless_source = unless
        self._regex: re.Pattern[str] | None = None
        self._needs: re.Pattern[str] | None = None
        self._unless: re.Pattern[str] | None = None
        #: This pattern's id in the family's candidate sets, once its rule registers it (:meth:`register`).
        self.key = -1
        #: Where the pattern can match in a text (through its RE2 superset).
        self.locator = Locator(source, flags)

    def register(self, group: str) -> None:
        """Enter this pattern into ``group`` of the family's candidate sets."""
        self.key = PATTERNS.add(self.source, self.flags, group)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self.source, self.flags)
        return self._regex

    @property
    def needs(self) -> re.Pattern[str] | None:
        if self._needs is None and self.needs_source is not None:
            self._needs = re.compile(self.needs_source, self.flags)
        return self._needs

    @property
    def unless(self) -> re.Pattern[str] | None:
        if self._unless is None and self.unless_source is not None:
            self._unless = re.compile(self.unless_source, self.flags)
        return self._unless


def _p(
    pattern: str, *, anchored: bool = True, needs: str | None = None, unless: str | None = None, case: bool = False
) -> Phrase:
    return Phrase(pattern, 0 if case else re.IGNORECASE, anchored, needs, unless)


OFFER = (
    _p(
        rf"\b(?:if|should) {_YOU_WANT}\b(?! to (?!see\b|have\b|get\b|read\b|receive\b))[^.!?\n]{{0,80}}?\bI (?:can|could|{_A}d be happy to|would be happy to|{_A}ll|will|am happy to|"
        rf"{_A}m happy to) (?:also |even |then |further |gladly )?{_PRODUCE}\b"
    ),
    _p(
        rf"\bif (?:needed|necessary|helpful|it helps|that helps|useful|you prefer|desired|you{_A}re interested)\b,? "
        rf"I (?:can|could) (?:also |even )?{_PRODUCE}\b"
    ),
    _p(r"\bwould you like me to\b"),
    _p(rf"\bwould you (?:like|prefer) (?:a|an|any|the|some|me to create an?) (?:[\w-]+ ){{0,4}}?{_WRITING_NOUN}s?\b"),
    _p(
        r"\bwould you like (?:to|for me to) (?:adjust|refine|tweak|expand|shorten|revise|rephrase|modify|polish|add|include|see (?:a|an|another|it|this))\b"
    ),
    _p(r"\b(?:do|would) you want me to\b"),
    _p(r"\bwant me to\b[^.!?\n]{0,120}\?"),
    _p(
        r"\b(?:shall|should) I (?:also )?(?:create|write|draft|make|generate|expand|add|include|prepare|turn|convert|"
        r"format|rewrite|revise|adjust|summari[sz]e|provide|go ahead|continue|proceed|put together|tailor)\b[^.!?\n]{0,120}\?"
    ),
    _p(
        r"\bI (?:can|could) (?:also |further |even |then )?(?:help you |help )?(?:create|write|draft|make|generate|expand|provide|"
        r"suggest|prepare|turn|convert|transform|tailor|adjust|rewrite|revise|shorten|condense|summari[sz]e|format|"
        r"put together|add|include|translate|refine|polish|offer|craft|design|produce|compile|break)\b",
        needs=(
            rf"\bif {_YOU_WANT}|\bfor you\b|\bversion\b|\bformat\b|\bdraft\b|\binfographic|\btables?\b|\bsummary\b|"
            r"\bbullet|\btemplate\b|\boutline\b|\bchecklist\b|\bsocial[- ]media\b|\bthread\b|\bheadlines?\b|"
            r"\bpress release\b|\bslides?\b|\btalking points\b|\bsnappier\b|\bpunchier\b|\bshorter\b|\blonger\b"
        ),
    ),
    _p(rf"\blet me know if {_YOU_WANT} me to\b"),
    _p(
        rf"\bI(?:{_A}d| would) be (?:happy|glad|delighted) to (?:help|assist|create|write|draft|expand|provide|adjust|revise|"
        r"tailor|refine|make|generate|put together|prepare|elaborate|tweak)\b",
        needs=r"\bif you\b|\bfurther\b|\bmore\b|\badditional\b|\bany other\b|\bversion\b|\brevisions?\b|\bchanges\b",
    ),
    _p(
        rf"\b(?:I(?:{_A}m| am|{_A}d be| would be) )?(?:happy|glad) to (?:turn|convert|make|create|write|draft|expand|shorten|"
        r"tailor|adapt|adjust|rework|rewrite|prepare|put together|help|add|provide)\b[^.!?\n]{0,80}?\b(?:if|should) "
        r"(?:you|that|it|this)\b"
    ),
    _p(
        r"\b(?:need|want|prefer|would you prefer) (?:a|an|another|the) (?:[\w-]+ ){0,3}?(?:version|draft|summary|translation|"
        r"rewrite|format|variation|headline|title|outline|table|infographic)\b[^.!?\n]{0,40}\?\s*"
        rf"(?:just ask|just say|let me know|I can|I(?:{_A}d| would) be happy|happy to)"
    ),
    _p(rf"\b(?:just )?say the word,? and I(?:{_A}ll| will| can)\b"),
)

#: A short follow-up that belongs to the offer or sign-off before it ("Let me know!").
TRAILING_NUDGE = re.compile(
    r"^(?:just |please |so )?(?:let me know|say the word|ask|just ask|happy to help|I{A}m happy to help|I{A}m here to help)[.!]*$".replace(
        "{A}", _A
    ),
    re.IGNORECASE,
)
#: A short preamble that belongs to the sign-off after it ("Hope this helps!").
LEADING_NUDGE = re.compile(r"^(?:I )?hope (?:this|that|it) (?:helps|is helpful)[.!]*$", re.IGNORECASE)

_CHANGE_WORDS = (
    r"(?:changes?|adjustments?|modifications?|tweaks?|revisions?|edits?|refinements?|further (?:help|assistance|"
    r"information|details|questions|changes)|more (?:help|assistance|details|information|examples|changes)|"
    r"additional (?:help|assistance|information|details|changes|examples)|anything else|"
    r"(?:other|further|additional|more) (?:questions|requests|needs|tasks)|"
    r"assistance|clarification|help with (?:anything|that|this)|elaborat\w*|expan\w*|adjust\w*|modif\w*|chang\w*|tweak\w*)"
)

SIGN_OFF = (
    _p(
        r"\b(?:please |just |feel free to |do |so |and |also |kindly |simply )?let me know if (?:you |there(?:['’]s| is) )"
        rf"(?:need|have|want|would like|{_A}d like|require|anything|something)\b(?! me to)[^.!?\n]{{0,60}}?\b{_CHANGE_WORDS}",
        anchored=False,
    ),
    _p(
        r"\b(?:please |just |kindly |do )?let me know if (?:anything|something|any part|any section|you(?:['’]d| would) like)\b[^.!?\n]{0,40}?\b(?:chang|adjust|tweak|revis|modif|edit|improv|clarif|expand)\w*"
    ),
    _p(
        r"\bI hope (?:this|that|these|the (?:above|revised|updated|new)[\w ]{0,20}) (?:helps? (?:you )?(?:with your|in your)|"
        r"meets your (?:needs|expectations|requirements)|works (?:well )?for you|fits your needs|serves your (?:needs|purpose)|"
        r"is what you(?:['’]re| are| were) looking for|captures what you|is useful for your)"
    ),
    _p(
        rf"\bfeel free to (?:ask|let me know|reach out to me|ping me|get back to me)\b[^.!?\n]{{0,60}}?\b(?:if|should|for)\b[^.!?\n]{{0,60}}?{_CHANGE_WORDS}"
    ),
    _p(r"\bhappy (?:writing|editing|publishing|blogging|presenting)\s*[!.]"),
    _p(
        r"\bgood luck with (?:your|the) (?:essay|article|paper|presentation|blog|post|writing|project|assignment|speech|submission|"
        r"application|pitch|newsletter|book|manuscript|thesis|piece|story)\b"
    ),
    _p(rf"\bis there anything else (?:I can|you(?:{_A}d| would) like me to)\b"),
    _p(
        r"\bif you have any (?:other |more |further |additional )?(?:questions|requests|changes|edits|tweaks)\b[^.!?\n]{0,40}?,? "
        rf"(?:feel free to ask|just ask|let me know|I(?:{_A}m| am) here to help|I(?:{_A}d| would) be happy to help|don{_A}t hesitate to ask)"
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:always )?here to help\b(?=[^.!?\n]{{0,20}}\b(?:if|with (?:any|anything|further|more)|should)\b)"
    ),
    _p(
        r"\b(?:I )?hope (?:this|that|these|the) ?(?:article|piece|draft|version|summary|post|content|text|information|"
        r"rewrite|revision|email|letter|speech|essay)? (?:meets|fits|suits|matches|serves|captures|aligns with|works for|is "
        r"(?:exactly )?what you)\b"
    ),
    _p(
        r"\b(?:I )?hope (?:this|that|it) helps (?:with|in|for) your (?:project|article|essay|post|presentation|assignment|"
        r"writing|research|paper|report|speech|work|task|newsletter|blog)\b"
    ),
    _p(
        rf"\bif you (?:need|have|want|require|{_A}d like) (?:anything|any|further|more|other|additional)\b[^.!?\n]{{0,40}}?"
        rf"(?:let me know|feel free|just ask|don{_A}t hesitate|I{_A}m here|I am here)"
    ),
    _p(
        r"\blet me know if (?:this|that|it|these|the (?:draft|version|text|summary)) (?:works|fits|helps|meets|suits|is what you)\b"
    ),
    _p(
        rf"\bI(?:{_A}m| am|{_A}d be| would be|{_A}ll be| will be) (?:happy|glad) to (?:make|provide|do|help with|assist with) "
        r"(?:any )?(?:further |more |additional |other )?(?:adjustments|changes|edits|tweaks|revisions|modifications|refinements)\b"
    ),
    _p(
        rf"\b(?:feel free to|don{_A}t hesitate to) (?:reach out|get in touch)\b[^.!?\n]{{0,60}}?\b(?:if|should|for)\b"
        r"[^.!?\n]{0,40}?\b(?:further|more|additional|any other) (?:revisions|changes|adjustments|edits|tweaks|assistance|help)\b"
    ),
    _p(rf"\b(?:I(?:{_A}m| am) )?(?:so |really )?(?:glad|happy) (?:I could|I was able to|to have) help(?:ed)?\b"),
)

_AI_NOUN = r"(?:language model|model|assistant|chatbot|chat ?bot|text[- ]based (?:AI|model)|program|system|tool)"
_FIRST_PERSON = rf"\b(?:I|I{_A}m|I{_A}ve|I{_A}d|my|me)\b"

SELF_REFERENCE = (
    _p(r"\bas an? (?:AI|artificial intelligence)(?:[- ]powered)? language model\b", anchored=False),
    _p(
        rf"\bas an? (?:AI|artificial intelligence)(?:[- ]powered)? {_AI_NOUN}\b(?! (?:developer|researcher|company|firm|startup|lab|team|provider|vendor|expert|engineer))",
        anchored=False,
        needs=_FIRST_PERSON,
    ),
    _p(r"\bas a (?:large )?language model\b", anchored=False, needs=_FIRST_PERSON),
    _p(
        rf"\bI(?:{_A}m| am) (?:just |only |merely |simply |not a human|not human,? I{_A}m )?an? (?:AI|artificial intelligence)"
        rf"(?=[,.;:!]| and\b| so\b| (?:language )?model\b| assistant\b| chatbot\b| system\b| program\b| developed\b| created\b|"
        r" trained\b| made\b| built\b| designed\b| without\b| with no\b| that\b| which\b| I\b| by\b)"
    ),
    _p(rf"\bI(?:{_A}m| am) (?:an? )?(?:large )?language model\b"),
    _p(
        rf"\bI(?:{_A}m| am) (?:ChatGPT|Gemini|Bard|Claude|Copilot|Grok)\b(?=[,.;:!]| and\b| an?\b| developed\b| created\b| made\b| trained\b)",
        case=True,
    ),
    _p(r"\bas ChatGPT\b", anchored=False, needs=_FIRST_PERSON, case=True),
    _p(
        r"\bI (?:was|have been) (?:trained|developed|created|built|programmed) by (?:OpenAI|Google|Anthropic|Meta|Microsoft)\b"
    ),
    _p(
        rf"\bI (?:don{_A}t|do not) have (?:personal )?(?:feelings|emotions|a physical (?:body|form)|consciousness|personal experiences?)\b[^.!?\n]{{0,40}}\b(?:as an? AI|AI)\b"
    ),
    _p(
        rf"\b(?:as|being) an? (?:AI|artificial intelligence)(?:[- ]powered)?(?: {_AI_NOUN})?\s*,\s*I\b",
        anchored=False,
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:just |only |merely |simply )?(?:a|an) (?:computer program|AI (?:model|system|program)|"
        r"machine[- ]learning model|virtual assistant|digital assistant|chatbot|text-based AI)\b"
    ),
)

KNOWLEDGE_CUTOFF = (
    _p(
        r"\b(?:as of|up to|until|through|since|beyond|after|past|based on|according to|with|in) my (?:last |latest |most recent |final )?"
        r"(?:knowledge|training)(?:[- ]base)?[- ]?(?:update|cut-?off|cutoff|data)\b"
        r"|\bmy (?:knowledge|training[- ]data) (?:cut-?off|cutoff)\b"
        r"|\bas of my (?:last|latest|most recent) (?:update|training)\b(?! (?:on|to|of) (?:this|the|our|my) \w+)",
        anchored=False,
    ),
    _p(
        rf"\bI ?(?:do not|don{_A}t|cannot|can{_A}t|am unable to|{_A}m unable to|am not able to|{_A}m not able to)"
        r"(?: have)?(?: access(?: to)?| browse| provide| retrieve| check)?"
        r"[^.!?\n]{0,40}?\breal[- ]time (?:information|data|updates|access|news|events|results|prices|figures)\b",
        anchored=False,
    ),
    _p(
        rf"\bI ?(?:do not|don{_A}t|cannot|can{_A}t|am unable to|{_A}m unable to|am not able to|{_A}m not able to|have no way to|"
        rf"don{_A}t have the ability to|do not have the ability to) (?:browse|access|search) the (?:internet|web)\b",
        anchored=False,
    ),
    _p(
        r"\bmy (?:knowledge|training data|information|training) (?:only )?(?:goes|extends|is current|is limited|runs|stops) (?:up )?(?:to|until|through|at)\b",
        anchored=False,
    ),
    _p(
        rf"\bI (?:do not|don{_A}t) have (?:any )?(?:information|data|details|knowledge|updates) (?:on|about|regarding|of) "
        r"(?:events|developments|anything|changes)[^.!?\n]{0,40}?\b(?:after|beyond|since|past)\b",
        anchored=False,
    ),
    _p(
        r"\bmy (?:information|knowledge|data|training data|responses?|answers?) (?:may|might|could|can) (?:be |not be |have become )?"
        r"(?:outdated|out of date|out-of-date|incomplete|stale|not (?:be )?(?:current|up to date|up-to-date))",
        anchored=False,
    ),
    _p(
        rf"\bI (?:do not|don{_A}t|cannot|can{_A}t)(?: have the (?:ability|capacity) to| currently)? (?:access|browse|retrieve|"
        r"search|check|look up) (?:the )?(?:current|latest|live|recent|up-to-date|real-time) (?:news|information|data|events|"
        r"updates|results|prices|figures)",
        anchored=False,
    ),
)

REFUSAL = (
    _p(
        rf"\bI(?:{_A}m| am) (?:very |really |so |truly )?sorry,? (?:but )?(?:I |as an AI[^.!?\n]{{0,30}}?I )"
        rf"(?:can(?:no|{_A})t|am (?:not able|unable)|{_A}m (?:not able|unable)|won{_A}t|will not|must decline|don{_A}t have|do not have)\b"
        r"[^.!?\n]{0,40}?\b(?:assist|help|comply|fulfil+|provide|generate|create|complete|produce|write|continue|answer|"
        r"respond|do that|engage|support|access|real-time)",
        anchored=False,
    ),
    _p(
        rf"\bI apologi[sz]e,? (?:but |for any (?:confusion|inconvenience)[^.!?\n]{{0,20}}?)?(?:,? but )?I ?"
        rf"(?:can(?:no|{_A})t|am unable|{_A}m unable|am not able|{_A}m not able|won{_A}t)",
        anchored=False,
    ),
    _p(
        rf"\bI ?{_I_CANT} (?:fulfil+|complete|comply with|assist with|help with|process|generate) (?:this|that|your|the) (?:request|task|prompt|query|instruction)s?\b",
        anchored=False,
    ),
    _p(
        r"\b(?:request|prompt|task|content|it) (?:goes against|violates|is against|is in violation of|would violate|conflicts with) "
        r"(?:OpenAI['’]?s?|my|the OpenAI) (?:use case |usage |use |content )?(?:polic(?:y|ies)|guidelines|terms|programming)",
        anchored=False,
    ),
    _p(r"\bgoes against OpenAI['’]?s? (?:use case |usage |use |content )?polic", anchored=False),
    _p(
        rf"\bI(?:{_A}m| am) (?:not able|unable) to (?:generate|create|produce|provide|write) (?:inappropriate|offensive|harmful|explicit|that kind of|this kind of|such) ",
        anchored=False,
    ),
    _p(rf"\bI can(?:no|{_A})t (?:assist|help)(?: you)? with (?:that|this)(?: request)?\s*[.!]"),
    # declining the very text asked for, as the reply's first words ("I can't write a blog post about...")
    _p(
        rf"\bI ?{_I_CANT} (?:write|create|generate|produce|draft|compose) (?:a|an|the|this|that|such an?|any) (?:[\w'’-]+ ){{0,3}}?{_WRITING_NOUN}s?\b"
    ),
    # an impersonal inability to write the asked-for text, blamed on what was asked ("It is not possible to
    # write a review of the file because this string ..."): a critic's "impossible to review" names the work
    _p(
        rf"\b(?:it(?:{_A}s| is) (?:not possible|impossible)(?: for me)? to|I ?{_I_CANT}) (?:write|create|generate|produce|draft|compose) "
        rf"(?:a|an|the|this|that|any) (?:[\w'’-]+ ){{0,4}}?{_WRITING_NOUN}s?\b[^.!?\n]{{0,120}}?\b(?:because|since|as) "
        r"(?:the|this|that|your) (?:specific )?(?:keyword|string|search term|term|title|prompt|input|query|request|placeholder)s?\b",
        anchored=False,
    ),
    _p(
        rf"\bI ?(?:cannot|can{_A}t|am unable to|{_A}m unable to|am not able to|{_A}m not able to) (?:provide|offer|share|give) "
        r"(?:any )?(?:information|details|assistance|help|advice|guidance|content) (?:on|about|regarding|with|for) "
        r"(?:this|that|these|such) (?:topic|subject|request|matter|question)s?\b",
        anchored=False,
    ),
    _p(
        rf"\b(?:unfortunately|regrettably),? I ?(?:can{_A}t|cannot|am unable to|{_A}m unable to|am not able to|{_A}m not able to|"
        rf"won{_A}t be able to) (?:assist|help|comply|fulfil+|provide|generate|create|write|produce)\b"
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:not able|unable) to (?:help|assist) with (?:requests?|tasks?|content|prompts?|that|this)\b",
        anchored=False,
    ),
    _p(r"\bI must (?:respectfully |politely )?decline (?:this|that|your) (?:request|task|prompt)\b", anchored=False),
    _p(
        r"\b(?:request|prompt|task) (?:goes against|violates|is against|would violate) (?:our|the) (?:content|usage|use case|safety) "
        r"(?:polic(?:y|ies)|guidelines)",
        anchored=False,
    ),
)

_CODE_LANG = (
    r"(?:python|javascript|js|bash|shell|sh|html|css|json|sql|java|cpp|csharp|ruby|go|rust|typescript|ts|plaintext|"
    r"markdown|yaml|xml|php|swift|kotlin|perl|scss|powershell|vbnet|arduino|latex|makefile|dockerfile|c|r)"
)

#: The info string of a code block as a chat window prints it above the code (a fence's language name).
_BLOCK_LANG = (
    r"(?i:python|py|javascript|js|jsx|tsx|typescript|ts|bash|sh|shell|zsh|console|powershell|ps1|cmd|bat|batch|"
    r"html|xml|css|scss|sass|less|json|jsonc|yaml|yml|toml|ini|env|dotenv|sql|java|kotlin|swift|c|cpp|c\+\+|csharp|cs|"
    r"go|rust|ruby|php|perl|lua|r|dart|scala|haskell|elixir|markdown|md|latex|tex|makefile|dockerfile|nginx|apache|"
    r"graphql|proto|diff|text|plaintext|txt|csv|reg|vb|vbnet|arduino|asm|matlab|julia|groovy|gradle|hcl|terraform|"
    r"vue|svelte|mermaid|http|properties|conf|log|pgsql|mysql|jinja2?|twig|handlebars|ejs|objectivec|less)"
)
#: The button row of a chat window's code block, in the interface's languages: "Copy code", later
#: "Copy" + "Edit". The set is closed (the labels of one product's localisations): German, French,
#: Spanish and Portuguese, Italian, Dutch, Polish, Russian and Ukrainian, Turkish, Indonesian,
#: Vietnamese, Chinese (simplified and traditional), Japanese, Korean.
_COPY_LABELS = (
    r"(?:Copy code|Copy[ \t]*+\r?\n?[ \t]*+Edit|Code kopieren|Kopieren[ \t]*+\r?\n?[ \t]*+Bearbeiten|Copier le code|"
    r"Copier[ \t]*+\r?\n?[ \t]*+Modifier|Copiar código|Copiar[ \t]*+\r?\n?[ \t]*+Editar|Copia codice|"
    r"Copia[ \t]*+\r?\n?[ \t]*+Modifica|Code kopiëren|Kopiëren[ \t]*+\r?\n?[ \t]*+Bewerken|Kopiuj kod|"
    r"Kopiuj[ \t]*+\r?\n?[ \t]*+Edytuj|Копировать код|Копировать[ \t]*+\r?\n?[ \t]*+Редактировать|Копіювати код|"
    r"Kodu kopyala|Kopyala[ \t]*+\r?\n?[ \t]*+Düzenle|Salin kode|Salin[ \t]*+\r?\n?[ \t]*+Edit|Sao chép mã|"
    r"复制代码|复制[ \t]*+\r?\n?[ \t]*+编辑|複製程式碼|複製[ \t]*+\r?\n?[ \t]*+編輯|コードをコピーする|"
    r"コピーする[ \t]*+\r?\n?[ \t]*+編集する|코드 복사|복사[ \t]*+\r?\n?[ \t]*+편집)"
)

#: A code block's header copied with the code: its language name, then the copy (and edit) buttons, on their
#: own lines or run into the text ("bash Copier le code git clone...", "yaml\nCopy\nEdit"). What comes
#: before it is the text that introduced the code ("Run this:"), so it is never read as reporting it.
CODE_HEADER = _p(
    rf"(?<![\w.:/-]){_BLOCK_LANG}[ \t]*+\r?\n?[ \t]*+{_COPY_LABELS}(?![\w-]|[ \t]++(?:to|from|button|icon|and|or)\b)",
    anchored=False,
    case=True,
)

INTERFACE = (
    CODE_HEADER,
    _p(
        r"(?m)^[ \t>*\-]*(?:Regenerate(?: response| draft)?|Stop generating|Copy code|"
        r"ChatGPT can make mistakes\.? (?:Check|Consider checking) important info(?:rmation)?\.?|"
        r"Is this conversation helpful so far\?|Was this response better or worse\?|"
        r"(?:ChatGPT|Copilot|Gemini|Claude|Bard|Grok|You) said:|(?:Thought|Reasoned) for (?:\d{1,3} ?(?:s|sec|seconds?)|"
        r"\d{1,3} ?(?:m|min|minutes?)(?: \d{1,3} ?(?:s|sec|seconds?))?|a (?:few|couple of) seconds)|"
        r"\d+ / \d+ responses?|Show drafts|Show thinking|Open in Canvas|"
        r"Expand to view model thoughts|ThinkingThoughts(?: \(experimental\))?)[ \t]*\r?$",
        anchored=False,
        case=True,
    ),
    _p(rf"(?<![A-Za-z]){_CODE_LANG}Copy(?: code|Edit)\b", anchored=False, case=True),
    _p(r"(?<![\w\"“‘'])Regenerate response(?=[ \t]*(?:\r?\n|$)|\s+[A-Z0-9])", anchored=False, case=True),
    _p(r"(?m)^[ \t]*Copy[ \t]*\r?\n[ \t]*Edit[ \t]*\r?$", anchored=False, case=True),
)

#: Not after a linking verb ("is", "looks", "got"): there "done", "great" or "sure" completes a clause
#: ("Your list is done!", "That looks great!"), it does not open a reply as an interjection.
_NOT_A_COMPLEMENT = "".join(
    rf"(?<!\b{verb} )"
    for verb in (
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "looks",
        "look",
        "seems",
        "seem",
        "sounds",
        "feels",
        "got",
        "gets",
    )
)


META = (
    _p(
        r"\b(?:Certainly|Sure|Absolutely|Of course|Great question|Sure thing|Okay|OK|Alright|Happy to help|Got it|Yes|Here you go)"
        r"[!.,:—–-]*\s+(?:here(?:['’]s| is| are)|below (?:is|are)|I(?:['’]ve| have) (?:rewritten|revised|updated|edited|polished|"
        r"refined|reworded|rephrased|drafted|created|prepared|written|put together))\b",
        needs=r"\byour\b|\bversion\b|\bdraft\b|\brewrite\b|\brevised\b|\brevision\b|\bpossible\b|\bsuggested\b|\bsample\b|:\s*$|\bfor you\b",
    ),
    # the same opening exclaimed after a title on its line ("MFA Bypass Absolutely! Here's a detailed breakdown");
    # after a linking verb the word is the complement of a clause ("Your list is done! Here's more on it"), no interjection
    _p(
        rf"{_NOT_A_COMPLEMENT}\b(?:Certainly|Sure|Absolutely|Of course|Sure thing|Perfect|Great|Done|Got it|Happy to help)!+\s*+"
        r"(?:here(?:['’]s| is| are)|below (?:is|are)|I(?:['’]ve| have) (?:rewritten|revised|updated|edited|polished|refined|"
        r"reworded|rephrased|drafted|created|prepared|written|put together|fixed|added|made))\b",
        anchored=False,
    ),
    _p(
        r"\b(?:here(?:['’]s| is| are)|below (?:is|are)) (?:a |an |the |your |my |two |three |four |five |some |a few )?(?:[\w-]+ ){0,3}?"
        r"(?:revised|rewritten|reworded|rephrased|refined|polished|improved|edited|updated|enhanced|condensed|shortened|expanded|"
        r"streamlined|tightened|humani[sz]ed|paraphrased|more (?:concise|formal|engaging|professional|casual|polished|detailed)|"
        r"shorter|longer|punchier|snappier|cleaner|optimi[sz]ed|proofread|corrected|adjusted|modified|alternative|alternate|"
        r"possible|suggested|additional|SEO[- ]friendly)\b[^.!?\n]{0,60}?\b(?:"
        + _WRITING_NOUN
        # a project's own page presented as revised ("Here's the updated README without the API section")
        + r"|README(?:\.md)?|readme file|documentation)\b(?=\s*:|\s*[.!]?\s*$|\s+(?:of your|for your|for the|with|without|"
        r"that|which|in a|using|to|you can|you could|ready|including|incorporating|based on)\b)",
        anchored=False,
    ),
    _p(
        r"\b(?:version|rewrite|revision|edit|draft|summary) of your (?:text|article|passage|paragraph|essay|post|content|draft|email|letter|story|copy|piece)\b"
    ),
    _p(
        r"\bThis (?:revised |rewritten |updated |new |edited |polished |refined |shorter |longer |final |streamlined )?"
        r"(?:version|draft|rewrite|revision|text)\b[^.!?\n]{0,40}?\b(?:keeps|maintains|preserves|retains|captures|conveys|"
        r"emphasi[sz]es|highlights|focuses|streamlines|tightens|improves|enhances|adds|removes|uses|makes|flows|reads|"
        r"balances|ensures|incorporates|aligns|avoids|strikes|softens|sharpens)\b[^.!?\n]{0,80}?\b(?:tone|voice|style|flow|"
        r"meaning|message|essence|key (?:points|details|facts|information|ideas|message)|original (?:text|meaning|message|"
        r"intent|content|structure|tone|draft)|core (?:message|idea|points)|narrative|punch|warmth|formality)\b"
    ),
    _p(
        r"\bI(?:['’]ve| have) (?:rewritten|revised|reworded|rephrased|edited|polished|refined|restructured|condensed|shortened|"
        r"expanded|streamlined|tightened|adjusted|modified|updated|tweaked|made (?:some|a few|several|minor) (?:changes|edits|"
        r"adjustments|tweaks))\b[^.!?\n]{0,80}?\byour (?:passage|text|article|paragraph|draft|content|piece|copy|essay|section|"
        r"story|introduction|conclusion|summary|headline|sentence|wording|post|email|letter)\b"
    ),
    _p(
        r"\bI(?:['’]ve| have) (?:rewritten|reworded|rephrased|polished|refined|restructured|condensed|streamlined|tightened)\b"
        r"[^.!?\n]{0,40}?\b(?:the|this) (?:passage|text|paragraph|draft|content|copy|wording|sentence|introduction|conclusion|summary)\b"
    ),
    _p(
        r"\bI(?:['’]ve| have) (?:kept|maintained|preserved|retained)\b[^.!?\n]{0,40}?\b(?:tone|voice|style|meaning|"
        r"original (?:text|meaning|tone|structure|wording|message|draft|intent|voice|style|facts|points)|"
        r"key points|structure|flow|message)\b"
    ),
    _p(
        r"\bhere (?:are|is) (?:two |three |four |five |some |a few |a couple of |\d+ )?(?:additional|alternative|more|possible|"
        r"suggested|optional|extra) (?:subheads|subheadings|headlines|titles|options|versions|taglines|captions|intros|ledes|hooks)\b",
        anchored=False,
    ),
    _p(
        r"\bhere(?:['’]s| is) (?:a|an) (?:\d+[- ]word|SEO[- ]\w+|catchy|compelling|engaging|reader-friendly) (?:[\w-]+ ){0,2}?"
        r"(?:article|blog post|essay|press release|summary|overview|piece|post|description|bio|caption|script|speech|newsletter|"
        r"email|letter|introduction|story)s?\b"
    ),
    _p(
        r"\bhere(?:['’]s| is| are) your (?:article|text|essay|post|draft|content|copy|email|letter|story|piece|paragraph|summary|"
        r"introduction|speech|script|bio|description)\b"
    ),
    _p(
        r"\bI(?:['’]ve| have) made (?:the following|these|some|a few|several|minor|small) (?:changes|edits|adjustments|tweaks|"
        r"revisions|improvements)\b",
        needs=(
            r"\bto (?:improve|enhance|make|tighten|streamline)\b|\bfor (?:clarity|readability|flow|conciseness)\b|"
            r"\bto (?:the|your) (?:text|article|draft|passage|wording|structure|content|paragraph)\b"
        ),
    ),
    _p(r"\bIn this (?:revised |rewritten |updated |new |edited |shorter )?version,? I(?:['’]ve| have)\b"),
)

_DEICTIC = (
    r"(?:(?:all|any) (?:the )?(?:figures|statistics|stats|numbers|facts|dates|quotes|claims|data|sources|details)|these|this (?:article|draft|piece|text|summary|post|content|version)|the above|any of the|all of the|"
    r"the (?:figures|statistics|stats|numbers|facts|details|information|data|dates|quotes|quotations|claims|sources|names|"
    r"references|citations) (?:above|mentioned|provided|cited|used|listed|included|here|in this (?:article|piece|draft|post))|"
    r"(?:the |any |all )?placeholders?|bracketed (?:text|sections|fields|information|placeholders))"
)

_BEFORE_PUBLISHING = (
    r"\bbefore (?:publishing|publication|posting|submitting|submission|sending|sharing|printing|going to print|it goes live|"
    r"you publish|you post|you submit|using (?:it|this|them))|\bfor accuracy\b|\bagainst (?:official|reliable|primary|"
    r"original|authoritative|up-to-date|current) (?:sources|data|records|figures)|\bwith (?:reliable|official|up-to-date|"
    r"current|authoritative|primary|credible|trusted) sources\b|\b(?:are|is) (?:accurate|correct|up to date|current)\b"
)

#: A report on what the handed-over file now holds ("This README now includes ..."); it counts only
#: at the end of the text, where the answer closes after the file.
CLOSING_REPORT = (
    _p(
        r"\b(?:this|the) (?:updated |revised |new |final )?(?:README(?:\.md)?|file|document|version|guide|code|script|"
        r"template|page) now (?:includes|has|covers|contains|features|reflects|provides|offers|incorporates|lists|shows)\b",
        anchored=False,
    ),
)

#: The text just handed over, pointed at and tied to the requester's own work ("This is the full code for your
#: README", "customize this template to fit your project"): a remark on the hand-over. It counts only where a
#: reply hands a text over, right after the file closes (a thematic break or a fence) or opening the text, and
#: with at most a short paragraph after it; a manual's "this code works in your project" sits inside it.
HANDOVER = (
    _p(
        r"\b(?:this|these|the above|the (?:revised|updated|new|final|full|complete|improved|corrected|cleaned[- ]up))\b"
        r"(?:[ \t]++[\w.`*'’-]{1,30}+){0,3}?[ \t]++[*_`]{0,2}+(?:README(?:\.md)?|code|file|script|template|version|draft|"
        r"snippet|document|rewrite|revision|config(?:uration)?|setup)\b[^.!?\n]{0,100}?\byour\b",
        anchored=False,
    ),
)

#: Advice on making the handed-over file the requester's own ("Feel free to customize this README to
#: your project"); it counts only after the file closes (a thematic break or a fence) at the end of the text.
CLOSING_ADVICE = (
    _p(
        r"\b(?:(?:feel free|be sure|make sure|don['’]t forget|remember) to |you (?:can|may|might want to|should) )?"
        r"(?:customi[sz]e|modify|adapt|adjust|tailor|tweak|edit|expand|update|personali[sz]e)"
        r"(?: (?:and|or) (?:expand|adapt|extend|update|adjust|modify|customi[sz]e))?"
        r" (?:this|the) (?:README(?:\.md)?|template|message|code|script|document|snippet|file|example|boilerplate|"
        r"config(?:uration)?)\b[^.!?\n]{0,80}?\byour\b"
    ),
)

ADVICE = (
    _p(
        r"\b(?:Make sure|Be sure|Remember|Don['’]t forget|Please (?:make sure|remember|be sure|ensure|note)|Please|Kindly|Ensure|Always|"
        r"It(?:['’]s| is) (?:important|a good idea|advisable|recommended|essential|crucial|wise) to)\b[^.!?\n]{0,30}?\b"
        r"(?:fact[- ]check|verify|double[- ]check|cross[- ]check|confirm|check|proofread|review|update|replace|insert|fill in)\b"
        rf"[^.!?\n]{{0,40}}?\b{_DEICTIC}",
        needs=_BEFORE_PUBLISHING,
    ),
    _p(
        r"\b(?:(?:Remember|Make sure|Be sure|Don['’]t forget|Please) (?:to )?)?(?:replace|fill in|update|complete|swap out|customi[sz]e)\b"
        r"[^.!?\n]{0,20}?\b(?:the |any |all )?(?:placeholders?|bracketed (?:text|sections|fields|information|details)|"
        r"(?:text|details|information) in (?:square )?brackets)"
    ),
    _p(
        r"\bYou (?:may|might|could|should|will) (?:want|wish|need) to (?:verify|fact[- ]check|double[- ]check|confirm|update|"
        r"check|add|include|adjust|tailor|customi[sz]e|replace|cite|insert|consult)\b[^.!?\n]{0,80}?\b(?:"
        + _DEICTIC
        + r"|the (?:tone|wording|headline)|specific (?:details|examples|data|figures|quotes|statistics)|(?:local|relevant|real) "
        r"(?:quotes|examples|data|statistics)|your (?:publication|audience|readers|outlet|brand(?: voice)?|style guide))"
    ),
    _p(
        r"\b(?:These|The above|The|All) (?:figures|statistics|numbers|quotes|names|data|examples?|details|dates|quotations)"
        r"(?: used| provided| above| mentioned)? (?:are|is) (?:hypothetical|fictional|fictitious|illustrative|placeholders?|"
        r"made up|invented|for illustrat\w+ purposes)\b"
    ),
    _p(
        r"\bfeel free to (?:adjust|modify|tweak|customi[sz]e|edit|tailor|adapt|change|refine|personali[sz]e)\b[^.!?\n]{0,80}?\b"
        r"(?:tone|wording|phrasing|language|text|copy|headline|title|length|(?:your|the) (?:audience|readers|readership|"
        r"publication|brand(?: voice)?|voice|style guide|outlet|platform))\b"
    ),
    _p(
        r"\bConsider (?:adding|including|citing|verifying|inserting)\b[^.!?\n]{0,60}?\b(?:quotes?|statistics|data|sources|citations|"
        r"examples|expert|figures)\b[^.!?\n]{0,60}?\b(?:to (?:strengthen|support|enhance|boost|make) (?:the|this|your) "
        r"(?:article|piece|argument|story|post|credibility)|for (?:credibility|authority|added credibility))"
    ),
    _p(
        rf"\b(?:Don{_A}t forget|Remember|Make sure|Be sure|Consider|You (?:may|might|could|should) want) (?:to )?(?:add|include|"
        r"insert|use|incorporate|adding|including)\b[^.!?\n]{0,20}?\b(?:call[- ]to[- ]action|CTA|meta description|SEO keywords|"
        r"internal links|alt text)\b"
    ),
    _p(
        rf"\b(?:Don{_A}t forget|Remember|Make sure|Be sure|Consider|You (?:may|might|could|should) want) (?:to )?(?:add|include|"
        r"insert|use|incorporate|adding|including)\b[^.!?\n]{0,20}?\b(?:keywords|hashtags|a byline|subheadings?|subheads|sources|"
        r"citations|references|quotes? from|relevant statistics|data to support)\b",
        needs=r"\b(?:article|post|piece|blog|content|text|draft|copy|newsletter|press release|SEO|readers|engagement|credibility)\b",
    ),
    _p(
        r"\bYou (?:may|might|could|should) (?:want|wish) to (?:add|include|insert|use|incorporate)\b[^.!?\n]{0,80}?\bto "
        r"(?:make|strengthen|enhance|improve|support) (?:the|this|your) (?:article|piece|post|story|text|content|draft|argument)\b"
    ),
    _p(
        r"\b(?:replace|swap out|swap) (?:the|these|any|all) (?:example|sample|placeholder|hypothetical|dummy|illustrative|"
        r"fictional) (?:figures|numbers|statistics|names|quotes|details)\b"
    ),
    _p(
        r"\b(?:replace|swap out|swap) (?:the|these|any|all) (?:figures|numbers|statistics|names|quotes|dates)\b[^.!?\n]{0,30}?"
        r"\bwith (?:your own|real|actual|accurate|verified) (?:data|figures|numbers|details|information|statistics|quotes)\b"
    ),
    _p(
        r"\b(?:Double[- ]check|Fact[- ]check|Verify|Cross[- ]check|Confirm|Check|Proofread|Review)\b[^.!?\n]{0,60}?\b(?:names|"
        r"titles|figures|dates|quotes|quotations|statistics|numbers|facts|details|spellings|sources|claims|attributions)\b",
        needs=_BEFORE_PUBLISHING,
    ),
    _p(
        r"\b(?:Make sure|Be sure|Ensure|Remember|Please (?:make sure|ensure))\b[^.!?\n]{0,40}?\b(?:quotes|quotations|figures|names|"
        r"facts|statistics|stats|numbers|dates|sources|claims|details|attributions|citations)\b",
        needs=_BEFORE_PUBLISHING,
    ),
)

_PLACEHOLDER_NOUNS = (
    r"(?:Name|Full Name|First Name|Last Name|Company(?: Name)?|Business(?: Name)?|Organi[sz]ation(?: Name)?|Brand(?: Name)?|"
    r"Product(?: Name)?|Client(?:['’]s)? Name|Recipient(?:['’]s)? Name|Date|Time|Location|Venue|City|Country|Address|"
    r"Phone Number|Email(?: Address)?|Website(?: URL)?|URL|Job Title|Position|Amount|Price|Percentage|Statistic|Contact "
    r"(?:Information|Info|Details)|Team Name|School Name|Event Name|Industry|Topic|Keyword|Author(?:['’]s)? Name|Source Name|"
    r"Specific \w+|Relevant \w+|Number)"
)

PLACEHOLDER = (
    _p(
        r"(?<!!)\[\s*(?:(?:Briefly|Optionally|Clearly|Concisely) )?(?:Insert|Add|Enter|Include|Provide|Your|Specify|Type|Fill in|"
        r"Replace with|Put|Mention|Link to|Name of|Date of|Number of|Placeholder|Describe|Explain|State|List|Write|Summari[sz]e|"
        r"Outline|Detail|Highlight)\b[^\[\]\n]{0,120}\](?![(\[:])",
        anchored=False,
    ),
    _p(rf"(?<!!)\[\s*(?:[A-Z][a-z]+(?:['’]s)? ){{0,2}}{_PLACEHOLDER_NOUNS}\s*\](?![(\[:])", anchored=False, case=True),
    _p(
        r"\[\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]\]|\{\{\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*\}\}",
        anchored=False,
        case=True,
    ),
    _p(
        r"(?<![\[\w])\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\](?![(\[:])|(?<![{\w$])\{[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\}(?!\})",
        anchored=False,
        case=True,
    ),
    _p(r"<\s*(?:insert|placeholder)\b[^<>\n]{1,60}>", anchored=False),
    _p(
        r"(?<![!\w])\[(?:name|full name|first name|date|time|price|cost|venue|location|city|country|address|phone number|email|"
        r"email address|website|url|company|company name|business name|organi[sz]ation|organi[sz]ation name|brand|product|"
        r"product name|job title|title|position|amount|percentage|statistic|recipient|client|customer name|spokesperson|"
        r"spokesperson name|author|event name|organi[sz]er)\](?![(\[:])",
        anchored=False,
    ),
)

#: Words around a match that show the text talks ABOUT a leftover instead of containing one.
MENTION_BEFORE = re.compile(
    r"\b(?:phrases?|words?|wording|lines?|sentences?|text|message|messages|disclaimer|boilerplate|such as|like|reads?|"
    r"reading|read|said|says|saying|stating|stated|included|including|includes|contains?|contained|containing|ended with|"
    r"ends with|began with|begins with|begin with|starting with|start with|starts with|opened with|opens with|preface\w*|"
    r"told|replied|answered|responded|responds|respond|wrote|writes|typed|output|outputs|printed|quip\w*|joke\w*|"
    r"tell-?tale|giveaway|telltale|labell?ed|label|button|click|clicking|press|pressing|tap|hit|the term|known as|"
    r"called|titled|named|headlined|caption|example|e\.g\.|i\.e\.|tweeted|posted|replies|answers|responses?)\b"
    r"|[:—–]\s*$",
    re.IGNORECASE,
)
MENTION_AFTER = re.compile(
    r"^[\s,;:)\]]*(?:[—–-]\s*)?(?:appeared|appears|showed up|shows up|was left|were left|was printed|was published|"
    r"remained|slipped|is a (?:telltale|giveaway|sign|phrase)|are (?:telltale|giveaways|signs)|has become|became|"
    r"button|phrase|label|tag|disclaimer|response (?:is|was)|message)\b",
    re.IGNORECASE,
)
#: Reported speech right after a sentence ("Do you want me to lie? she asked.").
SPEECH_AFTER = re.compile(
    r"^\s*+[,—–-]?\s*+(?:she|he|they|we|I|the \w+|[A-Z][a-z]+) (?:asked|asks|said|says|told|wrote|replied|added|whispered|"
    r"shouted|continued|recalled)\b"
)
#: A speech tag inside the sentence ("..., the professor joked"): someone is being quoted.
SPEECH_TAG = re.compile(
    r"[,—–]\s*(?:he|she|they|we|the \w+(?: \w+)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|says|joked|jokes|added|wrote|"
    r"writes|told|asked|recalled|explained|quipped|admitted|replied|insisted|noted)\b"
)
#: Words that show a placeholder is being documented (a template, a style guide), not left unfilled.
PLACEHOLDER_TALK = re.compile(
    r"\b(?:placeholders?|templates?|replace|replaced|replacing|fill(?:ed|ing)? in|fields?|merge tags?|variables?|"
    r"substitut\w+|brackets?|bracketed|tokens?|syntax|mail merge|form letters?|forms?|asks? for|enter)\b",
    re.IGNORECASE,
)
#: A speaker label that opens a transcript line ("Q:", "SMITH:", "Jane Doe:", "**Jane/GPT-4:**").
SPEAKER_LABEL = re.compile(
    r"^[ \t]*(?P<bold>\*\*|__)?(?P<name>Q|A|[A-Z][A-Za-z0-9.'’/\-]{1,20}(?: [A-Z][A-Za-z0-9.'’/\-]{1,20}){0,2}):"
    r"(?:\*\*|__)?[ \t]+\S"
)
_SPEAKER_LINE = re.compile(SPEAKER_LABEL.pattern, re.MULTILINE)
#: Words after a bold label that make the line speech rather than a field's value.
_SPEECH_WORDS = 8


def is_transcript(prose: str) -> bool:
    """Whether two lines or more open with a speaker label ("Q:", "SMITH:", "**Jane:**").

    A label set in bold counts only when its speaker speaks twice or says a sentence: a
    report's bold fields ("**Duration:** 2 hours", "**Tests:** 20") are each named once and
    hold a value, not speech.
    """
    plain = 0
    bold: dict[str, int] = {}
    for match in _SPEAKER_LINE.finditer(prose):
        if match.group("bold"):
            line_end = prose.find("\n", match.end())
            speech = prose[match.end() - 1 : line_end if line_end >= 0 else len(prose)]
            weight = 2 if len(speech.split()) >= _SPEECH_WORDS else 1
            bold[match.group("name")] = bold.get(match.group("name"), 0) + weight
        else:
            plain += 1
        if plain + sum(count for count in bold.values() if count >= 2) >= 2:
            return True
    return False


#: Lower-case literals of which at least one occurs near every match of a category, found with
#: ``str.find`` so that the full patterns only run on short windows around them (a fast path for
#: long documents; they are a superset filter, never a test of their own).
TRIGGERS = {
    "offer": (
        "would you like",
        "want me to",
        "i can ",
        "shall i ",
        "should i ",
        "if you'",
        "if you’",
        "if you would",
        "if you want",
        "if you like",
        "if you prefer",
        "if you wish",
        "if you need",
        "should you",
        "if needed",
        "if necessary",
        "if helpful",
        "if it helps",
        "if that helps",
        "if useful",
        "if desired",
        "be happy to",
        "be glad to",
        "be delighted to",
        "let me know if",
        "say the word",
        "i could",
        "happy to",
        "glad to",
        "need a",
        "need an",
        "want a",
        "want an",
        "prefer a",
    ),
    "sign-off": (
        "let me know",
        "feel free",
        "i hope th",
        "happy writing",
        "happy editing",
        "happy publishing",
        "happy blogging",
        "happy presenting",
        "good luck with",
        "anything else",
        "if you have any",
        "here to help",
        "hope th",
        "hope it",
        "if you need",
        "if you have",
        "if you want",
        "if you require",
        "if you'd",
        "if you’d",
        "happy to",
        "glad to",
        "hesitate",
        "glad i",
        "happy i",
        "glad to have",
    ),
    "self-reference": (
        "as an ai",
        "as an artificial",
        "being an",
        "computer program",
        "assistant",
        "chatbot",
        "machine learning",
        "machine-learning",
        "language model",
        " an ai",
        "chatgpt",
        "gemini",
        "bard",
        "claude",
        "copilot",
        "grok",
        "trained by",
        "developed by",
        "created by",
        "built by",
        "programmed by",
    ),
    "knowledge-cutoff": (
        "my knowledge",
        "my training",
        "my data",
        "my information",
        "my last",
        "my latest",
        "my most recent",
        "real-time",
        "real time",
        "the internet",
        "the web",
        "my response",
        "my answer",
        "current",
        "latest",
        "live ",
        "recent",
        "up-to-date",
    ),
    "refusal": (
        "sorry",
        "not possible",
        "impossible",
        "apologi",
        "fulfil",
        "comply with",
        "assist with",
        "help with",
        "process th",
        "process your",
        "generate",
        "goes against",
        "violat",
        "is against",
        "conflicts with",
        "unfortunately",
        "regrettably",
        "cannot",
        "can't",
        "can’t",
        "unable",
        "not able",
        "decline",
        "policy",
        "policies",
    ),
    "interface": (
        "regenerate",
        "stop generating",
        "copy code",
        "copyedit",
        "can make mistakes",
        "helpful so far",
        "better or worse",
        "said:",
        "thought for",
        "reasoned for",
        "response",
        "show drafts",
        "show thinking",
        "open in canvas",
        "model thoughts",
        "thinkingthoughts",
        "copy\n",
        "copy \n",
        "copy\r",
        "copy edit",
        "code kopieren",
        "kopieren",
        "copier",
        "copiar",
        "copia",
        "kopiëren",
        "kopiuj",
        "копировать",
        "копіювати",
        "kopyala",
        "salin",
        "sao chép",
        "复制",
        "複製",
        "コピーする",
        "복사",
    ),
    "meta": (
        " now ",
        "here's",
        "here’s",
        "here is",
        "here are",
        "here you go",
        "below is",
        "below are",
        "version",
        "rewrite",
        "revision",
        "draft",
        "summary",
        "i've ",
        "i’ve ",
        "i have ",
        "in this",
        "here your",
        "your",
    ),
    "placeholder": ("[", "{", "<"),
    "advice": (
        "make sure",
        "be sure",
        "remember",
        "forget to",
        "please",
        "kindly",
        "ensure",
        "always",
        "important to",
        "good idea to",
        "advisable to",
        "recommended to",
        "essential to",
        "crucial to",
        "wise to",
        "want to",
        "hypothetical",
        "fictional",
        "fictitious",
        "illustrat",
        "placeholder",
        "made up",
        "invented",
        "feel free",
        "customi",
        "modify",
        "adapt",
        "tailor",
        "tweak",
        "consider ",
        "replace",
        "swap",
        "you may",
        "you might",
        "you could",
        "you should",
        "check",
        "verify",
        "proofread",
        "review",
        "confirm",
    ),
}
