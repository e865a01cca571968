"""Structural forms of assistant leftovers, beside the phrase lists of :mod:`scrapelint.rules.assistant.phrases`.

A phrase list names what chatbots were seen to write; a form names the grammar they write it
in, so new wordings are found too:

- an offer is a first-person "I can/could/'ll/'m happy to" plus a verb that transforms the text
  (shorten, rephrase, translate, turn into a table...) aimed at the text or the requester;
- a sign-off asks the requester to react ("let me know whether...", "happy to revise");
- a refusal is an apology or "unfortunately" plus "I can't/I'm unable to" plus a task verb;
- a cutoff caveat speaks of "my training/knowledge" with a date, or of lacking live data;
- meta-commentary is "this version/draft/rewrite" keeping or trimming something, or "I've
  trimmed/moved/rewritten" a part of the text;
- a placeholder is a bracketed slot word (Name, Date, Link, Source) in any case, an ALL-CAPS
  word in braces, or a TODO marker;
- interface residue is a cluster of button labels (Copy, Share, Edit...) or a model label on its
  own line;
- advice is an imperative or "you might want to" about the text, its sources or its publishing.

The same context guards apply as for phrases (quotation, reporting words, transcripts, template
talk). Gaps are bounded so no pattern can backtrack far.
"""

from __future__ import annotations

from scrapelint.rules.assistant.phrases import _A, _WRITING_NOUN, _p

_I_WILL = (
    rf"(?:I(?:{_A}m| am|{_A}d be| would be|{_A}ll be| will be) (?:also |more than |always )?(?:happy|glad|able|willing) to|"
    rf"I (?:can|could|{_A}ll|will)|I{_A}ll|(?:Happy|Glad) to)(?: also)?"
)
#: The offer's modals without plain future: "I'll rework that part" is the writer's own plan, an
#: offer only when it waits on the addressee ("if you like", a question, "just say").
_I_OFFER = (
    rf"(?:I(?:{_A}m| am|{_A}d be| would be|{_A}ll be| will be) (?:also |more than |always )?(?:happy|glad|able|willing) to|"
    rf"I (?:can|could)|(?:Happy|Glad) to)(?: also)?"
)
_ON_THE_ADDRESSEE = r"\bif (?:you|that|it|this|needed)\b|\?|\bjust (?:say|ask|let)|\bwhich (?:would|do) you\b"
_TRANSFORM = (
    r"(?:rephrase|reword|condense|shorten|lengthen|expand|translate|turn|convert|reformat|format|summari[sz]e|adjust|tweak|"
    r"rewrite|revise|tailor|adapt|simplify|polish|trim|tighten|restructure|rework|locali[sz]e|paraphrase|proofread|"
    r"make (?:it|this|that|the (?:tone|text|piece|article|copy|language)) (?:more|less|shorter|longer|sound|read|into|a bit)\b|provide you with|put together|break (?:this|it) down|"
    r"draft|create|write|generate|produce|add|include|prepare)"
)
#: What the offered work is done to or for: the text, a piece of writing, the requester.
_TEXT_TARGET = (
    rf"\b(?:this|it|that|these|them)\b(?! (?:is|was|are|were|has|had)\b)|\bfor you(?:r)?\b|\b{_WRITING_NOUN}s?\b|\btone\b|"
    r"\bkey (?:numbers|points|figures|facts)\b|\bbullet|\btable\b|\bsocial media\b|\bnewsletter\b|\binfographic\b"
)
#: Sentences written to readers of a blog or a shop, not to a requester.
_READER_TALK = (
    r"\bin the comments?\b|\bcomment below\b|\bbelow\b|\bsubscribe\b|\bour (?:team|office|staff|store|shop|website|newsletter)\b|"
    r"\bcontact us\b|\bcall us\b|\bemail us\b|\bvisit (?:us|our)\b|\bfollow (?:us|me)\b"
)

OFFER = (
    _p(
        rf"(?:(?:However|Also|Alternatively|Additionally|Otherwise|Or|And|If so|Plus)\s*[,—–-]?\s*)?{_I_OFFER} "
        rf"(?:also |even |easily |further |then |gladly |happily |quickly )?{_TRANSFORM}\b",
        needs=rf"[^.!?\n]{{0,160}}?(?:{_TEXT_TARGET})|{_ON_THE_ADDRESSEE}",
        unless=_READER_TALK,
    ),
    _p(
        rf"(?:(?:However|Also|Alternatively|Additionally|Otherwise|Or|And|If so|Plus)\s*[,—–-]?\s*)?I(?:{_A}ll| will)(?: also)? "
        rf"(?:also |even |easily |further |then |gladly |happily |quickly )?{_TRANSFORM}\b",
        needs=rf"{_ON_THE_ADDRESSEE}|\bfor you(?:r)?\b",
        unless=_READER_TALK,
    ),
    _p(r"\bwould it (?:help|be (?:helpful|useful|better)) (?:if I|for me to)\b"),
    # a menu of further work on the addressee's wish, its items to follow ("If you'd like, I can also:")
    _p(
        r"(?:If you(?:['’]d| would)? (?:like|want|prefer|wish)|If (?:it|that)(?:['’]s| is| would be| helps) ?(?:helpful|useful)?|"
        r"If needed|If helpful|If you need(?: it| more)?)[ \t]*+,?[ \t]*+I(?: can|['’]d be happy to|['’]m happy to| could)(?: also| next)?"
        r"[ \t]*+[:：—–-]",
    ),
    _p(
        rf"(?:I (?:can|could|{_A}ll|will)|I{_A}ll|I(?:{_A}m| am) (?:also )?able to)(?: also)? "
        r"(?:also |even |further |then |gladly |happily |quickly )?[a-z]+\b",
        needs=(
            r"\A(?=.*(?:\bfor you(?:r)?\b|\bsection|\bparagraph|\bcommentary|\bquotes\b|\bcontext\b|\bheadlines?\b|"
            r"\bversion|\bdraft|\bsummary|\bsidebar|\bexplainer|\bfigures\b|\btable\b|\bchart\b|\btimeline\b|\bcaptions?\b|"
            r"\bbullet|\bscript\b))"
            r"(?=.*(?:\?|\bif (?:you|that|it|needed|helpful|useful)\b|\bas well\b|\btoo\b|\bfor you\b|\bjust (?:say|ask|let)))"
        ),
        unless=_READER_TALK,
    ),
    _p(rf"\blet me know,? and I(?:{_A}ll| will| can| could)\b", unless=_READER_TALK),
    _p(
        r"\b(?:(?:Do|Would) you )?(?:want|need|prefer|like) (?:a|an|another|some|me to|this|it|that)\b[^.!?\n]{0,60}\?\s*"
        rf"(?:I{_A}ve got|I have (?:a few|some|several)|I can|I could|I{_A}ll|I(?:{_A}d| would) be (?:happy|glad)|Just say|Just ask|"
        r"Let me know|Happy to)",
    ),
    _p(
        r"\b(?:Want|Need|Prefer|Fancy) (?:a|an|another|some) (?:punchier|snappier|shorter|longer|tighter|catchier|simpler|"
        r"more \w+|different|alternative|second) (?:[\w-]+ )?(?:headline|title|version|intro|ending|take|draft|summary|caption|"
        r"subhead|lede|angle)s?\b[^.!?\n]{0,40}\?",
        unless=_READER_TALK,
    ),
    _p(r"\b(?:do|would) you also (?:want|like|need|prefer)\b[^.!?\n]{0,80}\?", unless=_READER_TALK),
    _p(
        r"\b(?:do|would) you (?:want|like|prefer|need) (?:a|an|another|the|me to do a)\b[^.!?\n]{0,40}?\b(?:version|draft|summary|"
        r"translation|rewrite|take|cut|edit|format|table|outline|chart|timeline|glossary|FAQ|Q&A|explainer|sidebar|"
        r"infographic|headline|caption)s?\b[^.!?\n]{0,40}\?",
        unless=_READER_TALK,
    ),
    _p(
        rf"\b(?:just )?say (?:so|the word)\b[^.!?\n]{{0,20}}?(?:and I{_A}ll|and I will|and I can|[.!]|$)",
        anchored=False,
        needs=rf"{_I_WILL}|\bI{_A}ll\b",
    ),
)

#: The text handed over, as the subject, judged as the addressee's start ("This should give you a solid starting
#: point for...", "The above should get you started"): the deixis opens the sentence, the addressee is its object.
#: It points back at a text already given, so it counts only where one was (``AssistantSignOff``).
HANDED_START = (
    _p(
        r"\b(?:(?:but|so|hopefully),? )?(?:this|that|these|the above)(?: [\w.-]{1,20}+){0,2}? (?:should|will|ought to) "
        r"(?:(?:give|provide) you (?:with )?(?:a|an) (?:[\w-]{1,20}+ ){0,2}?(?:start|starting point|foundation|base|basis|"
        r"template|framework|head start|skeleton|scaffold|boilerplate|jumping-off point|springboard)\b|get you (?:started|going)\b)",
        unless=_READER_TALK,
    ),
)

_REACTION_TOPIC = (
    r"(?:chang\w*|adjust\w*|tweak\w*|edit\w*|revis\w*|modif\w*|rework\w*|reword\w*|rephras\w*|rewrit\w*|improvements?|refine\w*|"
    r"shorten\w*|lengthen\w*|trimm?\w*|expand\w*|polish\w*|tighten\w*|different (?:angle|tone|approach|version|take|"
    r"style|length|format)|(?:more|less|a) \w+ (?:tone|version|style|headline|ending|intro)|another (?:pass|look|version|take|angle|draft)|(?:shorter|longer) (?:cut|version)|more (?:edits|"
    r"changes|detail)|anything (?:else|added|removed|cut)|something (?:else|different))"
)

SIGN_OFF = (
    _p(
        rf"\blet me know\b[^.!?\n]{{0,40}}?\b(?:if|whether|what|how|which)\b[^.!?\n]{{0,60}}?\b{_REACTION_TOPIC}",
        anchored=False,
        unless=_READER_TALK,
    ),
    _p(
        rf"\b(?:feel free to|don{_A}t hesitate to) (?:reach out|ask|get back to me|ping me|let me know|tell me)\b[^.!?\n]{{0,30}}?"
        rf"\b(?:if|should|whether)\b[^.!?\n]{{0,50}}?\b(?:{_REACTION_TOPIC}|needs? (?:another|more|a)\b)",
        unless=_READER_TALK,
    ),
    _p(
        rf"\b(?:I{_A}m |I am |I{_A}d be |I would be |always )?(?:happy|glad) to (?:revise|adjust|tweak|edit|rework|iterate|refine|"
        r"make (?:changes|edits|tweaks|adjustments)|change (?:anything|it|that))\b[^.!?\n]{0,30}?(?:[.!]|$)",
        anchored=False,
        unless=_READER_TALK,
    ),
    # the text handed over as a start for the addressee's own ("I hope this gives you a good starting point for your README")
    _p(
        r"\b(?:I )?hope (?:this|that|it|these|the above) (?:gives you|provides|serves as|is|makes)\b[^.!?\n]{0,20}?"
        r"\b(?:starting point|foundation|head start|template|base to build on|solid start)\b[^.!?\n]{0,20}?\byour "
        r"(?:[\w.-]{1,20}+ )?(?:README|readme|assignment|essay|article|post|report|paper|code|script|app|application|"
        r"document|documentation|resume|CV|cover letter|presentation|thesis|homework)",
        unless=_READER_TALK,
    ),
    *HANDED_START,
    _p(
        r"\b(?:I )?hope (?:this|that|it|these) (?:helps|is (?:helpful|useful)|proves useful|works|does the trick)\b"
        r"[^.!?\n]{0,20}?\b(?:for|with|in) (?:your|what you)\b",
        unless=_READER_TALK,
    ),
    _p(r"\b(?:I )?hope (?:this|that|it) works for what you\b"),
    _p(
        r"\b(?:how|what) else I (?:can|could|might) (?:help|assist|do)\b|\bthanks for the (?:prompt|request|brief)\b",
        anchored=False,
    ),
    _p(
        r"\b(?:happy|glad) to (?:keep|continue) (?:refining|revising|tweaking|working on|iterating on|adjusting|polishing|"
        r"editing|improving) (?:this|it|the (?:draft|text|piece|article))\b"
    ),
    _p(
        rf"\bif there(?:{_A}s| is) anything (?:else )?(?:you(?:{_A}d| would)? (?:like|want|need) me to|I can)\b",
        unless=_READER_TALK,
    ),
    _p(
        rf"\b(?:I{_A}m|I am) (?:always )?here(?: (?:to help|for you|if you need (?:me|anything)))?\s*+[.!]*+\s*+$",
        needs=r"\byou\b",
    ),
    _p(
        rf"\b{_REACTION_TOPIC}\b[^.!?\n]{{0,40}}?\b(?:just |simply )?(?:tell me|ask me|let me know|say so|give me a shout|ping me)"
        r"\s*[!.]*\s*$",
        anchored=False,
        unless=_READER_TALK,
    ),
    _p(
        r"\blet me know (?:if|whether|how) (?:this|that|it|these|the (?:draft|version|text|piece|tone|headline|summary))\b"
        r"(?! (?:is|was|are|were) (?:a|an|the)\b)",
        unless=_READER_TALK,
    ),
    _p(r"\b(?:I )?hope (?:this|that|it) (?:helps|is helpful|was helpful)(?: you)?\s*[!.]*\s*$"),
    _p(
        rf"\b(?:I )?hope (?:this|that|it)(?:{_A}s| is) (?:what you (?:were|are|had) (?:after|looking for|in mind)|what you needed|"
        r"(?:close to )?what you had in mind)"
    ),
)

_AI_SELF_NOUN = (
    r"(?:AI|A\.I\.|artificial intelligence|(?:large )?language model|LLM|chatbot|chat ?bot|virtual assistant|AI assistant|"
    r"digital assistant|text-based AI|machine)"
)
#: What follows "an AI" when it names a person's field, not the speaker's nature.
_AI_FIELD = (
    r"(?:researcher|engineer|scientist|developer|expert|ethicist|lecturer|professor|student|specialist|enthusiast|"
    r"skeptic|sceptic|critic|company|firm|startup|lab|team|policy|safety|ethics|start-up|consultant|journalist|reporter|"
    r"writer|investor|founder|advocate|user|analyst|product|tool|model developer)"
)

SELF_REFERENCE = (
    _p(
        rf"\bI(?:{_A}m| am) not (?:a )?(?:human|person|real person|human being|sentient)\b(?=[,.;:!]| and\b| so\b| but\b)"
    ),
    _p(
        # with up to two words describing it ("as a text-based AI", "as an advanced AI language model")
        rf"\b(?:as|being|I{_A}m|I am|since I{_A}m|because I{_A}m) (?:just |only |merely |simply |essentially )?(?:an?|the) "
        rf"(?:[\w-]{{2,20}}+ ){{0,2}}?{_AI_SELF_NOUN}\b(?! {_AI_FIELD}\b)(?![- ](?:generated|driven|related))",
        anchored=False,
        needs=rf"\b(?:I|I{_A}m|I{_A}ve|I{_A}d|me|my)\b",
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:just |only |merely |simply )?an? (?:AI|artificial intelligence)(?: (?:language )?model| assistant|"
        r" chatbot| system| program)?(?=[,.;:!]| and\b| so\b| I\b| without\b| with no\b| that\b| which\b)",
        anchored=False,
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:just |only |merely |simply |not a person,? (?:I{_A}m )?)?(?:an? )?(?:AI |large )?language model\b"
    ),
    _p(
        rf"\b(?:since|because|as|while|although|though|given that)\s+I(?:{_A}m| am) (?:just |only |merely |simply )?"
        r"an? (?:AI|artificial intelligence)(?: (?:language )?model| assistant| chatbot| system| program)?\b(?=[,.;:!]| and\b| so\b| I\b)",
        anchored=False,
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:just |only |merely |simply )?an? artificial intelligence(?: (?:language )?model| assistant| system)?"
        r"(?=[,.;:!]| and\b| so\b| I\b| without\b| with no\b)",
    ),
)

_MONTH_OR_YEAR = (
    r"(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|early|"
    r"mid|late|the (?:end|start|beginning) of)"
)

KNOWLEDGE_CUTOFF = (
    _p(
        rf"\bI (?:can{_A}t|cannot|don{_A}t|do not|am unable to|{_A}m unable to) (?:pull|get|fetch|access|retrieve|see|check|"
        r"provide|look up|show)(?: the| any)? (?:live|real[- ]time|current|latest|up-to-date) (?:results|scores|data|"
        r"information|prices|figures|news|updates|rates|standings)\b",
        anchored=False,
    ),
    _p(
        rf"\bI (?:do not|don{_A}t|cannot|can{_A}t) (?:have )?(?:access to )?(?:any )?(?:information|data|knowledge|details|news|"
        rf"updates|records) (?:after|beyond|past|since|from after) {_MONTH_OR_YEAR}",
        anchored=False,
    ),
    _p(
        r"\bsince my (?:training(?: data)?|knowledge) (?:was|were) (?:collected|gathered|compiled|last updated|updated|frozen|cut off)\b",
        anchored=False,
    ),
    _p(
        r"\b(?:as (?:of|at)|up to|until|through|since|beyond|after|past|based on|according to|at the time of) my (?:last|latest|"
        r"most recent|final) (?:knowledge|training|data|information)\b",
        anchored=False,
    ),
    _p(
        r"\bmy (?:knowledge|training(?: data)?)[- ]?(?:cut[- ]?off|cutoff|update|date)\b",
        anchored=False,
    ),
    _p(
        r"\bmy (?:knowledge|training data|training|information|data)\b[^.!?\n]{0,30}?\b(?:up to|until|through|as of|only covers|"
        rf"ends? in|stops? (?:in|at))\s+(?:about |around |roughly )?{_MONTH_OR_YEAR}",
        anchored=False,
    ),
    _p(
        r"\b(?:after|beyond|past|since) my (?:last )?training\b(?! (?:as|in|at|with|for|on|camp|course|sessions?|programme|"
        r"program|period|days|years))",
        anchored=False,
        needs=r"\bI\b|\bmy\b",
    ),
    _p(
        rf"\bI (?:do not|don{_A}t|cannot|can{_A}t|lack)(?: have)?(?: any)?(?: access to)? (?:live|real[- ]time|current|up-to-date|"
        r"up to date) (?:data|information|updates|feeds|sources|figures|news)\b",
        anchored=False,
    ),
    _p(
        rf"\bI (?:do not|don{_A}t|lack|have no)(?: have)?(?: any)? (?:(?:web|internet|online)[- ])?(?:browsing|search) "
        r"(?:capabilit\w+|abilit\w+|access|tools?|features?)\b",
        anchored=False,
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:not able|unable) to (?:look up|check|verify|access|browse|search for)\b[^.!?\n]{{0,40}}?"
        r"\b(?:after my|real[- ]time|live|current events|latest|recent (?:events|developments|news))",
        anchored=False,
    ),
)

_SORRY = (
    rf"(?:I{_A}m (?:very |really |so |truly )?(?:sorry|afraid)|I am (?:very |really |so |truly )?(?:sorry|afraid)|Sorry|"
    r"My apologies|Apologies|I apologi[sz]e|Unfortunately|Regrettably|I regret (?:that|to (?:say|inform you)(?: that)?))"
)
_I_CANT_DO = (
    rf"I ?(?:can(?:no|{_A})?t|am unable to|{_A}m unable to|am not able to|{_A}m not able to|won{_A}t be able to|won{_A}t|"
    r"will not|must decline to|(?:do not|don['’]t) feel comfortable)"
)
_TASK_VERB = (
    r"(?:assist|help|comply|fulfil+|provide|generate|create|complete|produce|write|continue|answer|respond|engage|support|"
    r"do (?:that|this|so)|proceed|draft)"
)

REFUSAL = (
    _p(
        rf"\b{_SORRY},? as an? (?:AI|artificial intelligence|language model)\b[^.!?\n]{{0,60}}?,? {_I_CANT_DO}(?: be able to)? "
        rf"{_TASK_VERB}\b"
    ),
    _p(
        rf"\b(?:is not|isn{_A}t) (?:something|anything) I(?: can| am able to|{_A}m able to) (?:help|assist) with\b",
        anchored=False,
    ),
    _p(
        rf"\bI (?:don{_A}t|do not) have (?:enough|sufficient) (?:information|details|context|data) to (?:write|create|generate|"
        r"produce|provide|complete)\b",
        anchored=False,
    ),
    _p(
        rf"\bI(?:{_A}m| am) not (?:comfortable|able to in good conscience|willing to|going to) (?:writing|creating|generating|"
        r"producing|providing|helping|assisting|completing|write|create|generate|produce|provide|help|assist|complete)\b",
    ),
    _p(rf"\b{_SORRY},? (?:but )?{_I_CANT_DO}(?: be able to)? {_TASK_VERB}\b"),
    _p(
        r"\bI apologi[sz]e,? but\b",
        needs=(
            r"\b(?:generat|creat|writ|produc|provid|request|content|inappropriate|misleading|guidelines|polic|harmful|"
            r"comply|fulfil|assist)\w*"
        ),
    ),
    _p(
        rf"\bI ?(?:can(?:no|{_A})?t|am unable to|{_A}m unable to|am not able to|{_A}m not able to) (?:assist|help) with "
        r"(?:that|this|creating|generating|writing|producing|your|such|requests?)\b",
    ),
    _p(
        rf"\bI(?:{_A}m| am) (?:unable|not able) to (?:produce|generate|create|write|provide|complete|fulfil+)\b[^.!?\n]{{0,40}}?"
        r"\b(?:request|task|prompt|description|content|article|response|text|summary|review|this|that)\b",
    ),
    _p(
        r"\b(?:goes against|violates|is against|conflicts with|would violate|breach(?:es)?|is not in line with) my "
        r"(?:(?:ethical |content |usage |safety )?guidelines|programming|(?:content |usage )?polic(?:y|ies))\b",
        anchored=False,
    ),
)

_BUTTON = (
    r"(?:Copy(?: code| link)?|Share|Edit|Retry|Regenerate|Like|Dislike|Read aloud|Sources|Good response|Bad response|"
    r"More actions|Thumbs up|Thumbs down|Export|Report)"
)
#: A web page's own share bar ("Share / Print / Email") next to the labels.
_PAGE_TOOLBAR = (
    r"(?m)^[ \t]*(?:Print|Email|E-mail|Tweet|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Reddit|Save|Comments?|Follow|"
    r"Subscribe)\b"
)
_MODEL_LABEL = (
    r"(?:(?:ChatGPT|GPT)[- ]?(?:\d(?:\.\d)?|4o|o\d)(?:[- ](?:mini|pro|turbo))?|(?:ChatGPT )?(?:4o|o1|o3|o4)(?:[- ](?:mini|pro|high))?|"
    r"Claude(?: \d(?:\.\d)?)? (?:Sonnet|Opus|Haiku)(?: \d(?:\.\d)?)?|Gemini(?: \d(?:\.\d)?)? (?:Pro|Flash|Ultra|Advanced))"
)

INTERFACE = (
    _p(
        rf"(?m)^[ \t]*{_BUTTON}[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*{_BUTTON}[ \t]*(?:\r?\n(?:[ \t]*\r?\n)*[ \t]*{_BUTTON}[ \t]*)*\r?$",
        anchored=False,
        unless=_PAGE_TOOLBAR,
        case=True,
    ),
    _p(rf"(?m)^[ \t]*{_MODEL_LABEL}[ \t]*\r?$", anchored=False, case=True),
    _p(r"(?m)^[ \t]*Regenerate[ \t]*\r?$", anchored=False, case=True),
)

#: A "version" that is software, a product or a film, not a rewrite.
_PRODUCT_TALK = (
    r"\b(?:support|bugs?|fix(?:es)?|release|compatib\w*|configuration|API|performance|firmware|app|software|engine|"
    r"film|album|game|cut of the|director|features?|device|model|processors?|battery|update|icons?|startup|interface|"
    r"menus?|settings|recipe|ingredients?)\b"
)
#: Past forms of editing a text ("I trimmed", "I've rewritten"), for meta-commentary.
_PAST_EDITS = (
    "trimmed",
    "cut",
    "shortened",
    "tightened",
    "moved",
    "reordered",
    "removed",
    "added",
    "rewrote",
    "rewritten",
    "revised",
    "reworded",
    "rephrased",
    "polished",
    "simplified",
    "condensed",
    "expanded",
    "restructured",
    "adjusted",
    "softened",
    "toned down",
    "streamlined",
    "kept",
    "swapped",
    "replaced",
    "broken up",
    "split",
    "merged",
    "made",
    "changed",
    "adapted",
    "fixed",
)
_EDIT_VERB = (
    r"(?:keeps|maintains|preserves|retains|focuses|leaves out|omits|drops|cuts|trims|shortens|simplifies|removes|avoids|"
    r"highlights|emphasi[sz]es|softens|sharpens|tightens|streamlines|condenses|tones down|swaps|reorders|sticks to|"
    r"is (?:shorter|longer|tighter|more|less))"
)

_OPENER = r"(?:Certainly|Sure(?: thing)?|Absolutely|Of course|Okay|OK|Alright|Done|Got it|Yes|Great|Perfect|No problem|Here you go)"

#: A revision's adjective before the text it names ("the revised text above").
_REVISED = "(?:revised|rewritten|updated|edited|new|shorter|longer|final|tighter|polished)"
#: A text placed above or below the words that name it; a picture's caption is a place ("The
#: text above them reads, ...") and is read, not handed over.
_PLACED = r"(?:below|above)\b(?! (?:them|it|him|her|the|a|an|this|that|his|their)\b)(?! (?:reads?|says|said)\b)"
#: The sentence speaks to someone in the second person.
_ADDRESSED = r"\b(?:you|your|yours|yourself)\b"
#: A translation handed over: its colon ends the line or opens the text's markup ("Here is the translation: ## Usage").
_HANDED_OVER = r"(?=[ \t]*+(?:\r?\n|$|[#|*`>-]|\d{1,2}[.)][ \t]))"

META = (
    # "Here is the translation into English:", the same shape as the other languages' data files
    _p(
        r"\b(?:here(?:['’]s| is| are)|below (?:is|are)) (?:the |a |an |my |your )?(?:[\w-]+ ){0,3}?translat(?:ion|ed (?:text|version))s?\b"
        rf"[^.!?\n]{{0,80}}?:{_HANDED_OVER}",
    ),
    # the requester told what was changed, a list to follow ("I've made the following changes to fix the caching issue:")
    _p(
        r"\bI(?:['’]ve| have) (?:made|applied|implemented|added|updated|fixed|changed|refactored|modified) (?:the following|these|"
        r"several|a few|some|two|three|four|five)(?: [\w-]+){0,2}? (?:changes|updates|modifications|improvements|fixes|edits|"
        rf"adjustments)\b[^.!?\n]{{0,80}}?:{_HANDED_OVER}",
        # made for the requester: to fix or prevent something, to their text, in the version handed over
        # ("...compared to the original script referenced in the blog post" is an author's changelog)
        needs=r"\bto (?!the\b|a\b|an\b|my\b|this\b|that\b)[a-z]+|\byour\b|\bversion\b|\bas (?:you )?requested\b",
    ),
    # "I've updated the README to:" + its list: the requester's file, changed as asked
    _p(
        r"\bI(?:['’]ve| have) (?:updated|rewritten|revised|restructured|reorganized|reorganised|modified|improved|refactored|"
        r"adapted|adjusted) (?:the|your) [\w.`/-]{1,40}+(?: (?:file|section|page|component|script|code))? (?:to|so that|so it|with)\b"
        rf"[^.!?\n]{{0,80}}?:{_HANDED_OVER}",
    ),
    _p(
        rf"\bhere(?:['’]s| is) what I (?:changed|added|updated|fixed|did|modified|improved|removed)\b[^.!?\n]{{0,40}}?:{_HANDED_OVER}"
    ),
    _p(
        r"\bhere(?:['’]s| is) (?:a|an|the|your) (?:[\w-]+ ){0,3}?(?:version|rewrite|draft|edit|revision)\b(?! of (?:the|events)\b)"
        r"(?=[^\n]{0,100}:[ \t]*(?:\r?\n|$)|[^.!?\n]{0,10}\b(?:of your|that|which)\b[^.!?\n]{0,30}\b(?:flows|reads|cuts|keeps|"
        r"trims|removes|tightens|fixes|sounds))",
        unless=_PRODUCT_TALK,
    ),
    _p(
        rf"{_OPENER}\s*[!.,:—–-]*\s*(?:here(?:['’]s| is| are)|below (?:is|are)|I(?:['’]ve| have) \w+)\b[^\n]{{0,100}}:(?=[ \t]*(?:\r?\n|$))",
    ),
    # An exclaimed assent that presents what follows ("Certainly! Below is ..."): the reply's first words.
    _p(rf"{_OPENER}!\s*(?:here(?:['’]s| is| are)|below (?:is|are))\b"),
    _p(
        rf"\b(?:the|this) (?:{_REVISED} )?(?:version|draft|rewrite) {_PLACED}|\b(?:the|this) {_REVISED} text {_PLACED}",
        anchored=False,
    ),
    # "text" alone is no rewrite word: a writer points readers back to their own article with it
    # ("more than we have written about in the text above"); a reply's remark on the text it
    # hands over speaks to its requester ("You can copy the text above into the PR").
    _p(rf"\b(?:the|this) text {_PLACED}", anchored=False, needs=_ADDRESSED),
    _p(
        r"\b(?:version|draft|rewrite|revision)\b[^.!?\n]{0,60}?\b(?:keeps|maintains|preserves|retains|protects)\b[^.!?\n]{0,20}?"
        r"\byour (?:main |key |central |original |core )?(?:argument|point|points|message|tone|voice|meaning|ideas?|structure|"
        r"text|draft|wording|intent)\b",
        anchored=False,
    ),
    _p(
        rf"This (?:(?:revised|rewritten|updated|new|edited|polished|refined|shorter|longer|final|streamlined|tighter|"
        rf"condensed|alternative|second|third) )?(?:version|draft|rewrite|revision|edit|adaptation)\b(?! of\b)"
        rf"[^.!?\n]{{0,60}}?\b{_EDIT_VERB}\b",
        unless=_PRODUCT_TALK,
    ),
    _p(
        rf"This (?:summary|text|paragraph|passage)\b(?! of\b)[^.!?\n]{{0,20}}?\b{_EDIT_VERB}\b[^.!?\n]{{0,80}}?"
        r"\b(?:leaves out|omits|drops|cuts|trims|while|rather than|instead of|tone|for (?:print|social|the web|your))\b",
    ),
    _p(
        r"(?:(?:Certainly|Sure|Absolutely|Of course|Okay|OK|Alright|Done|Got it|Yes)\s*[!.,:—–-]*\s*)?"
        r"(?:here(?:['’]s| is| are)|below (?:is|are))\b[^.!?\n]{0,40}?\b(?:rewrite|rewritten|reworded|rephrased|paraphrase|"
        r"paraphrased|redraft|take on your|(?:edit|cut|version|draft) of your|(?:revised|tightened|trimmed|condensed|shorter|"
        r"tighter|cleaner|punchier|updated|polished|edited|simpler|plainer|more \w+) (?:version|draft|text|paragraph|passage|"
        r"copy|article|piece|intro|introduction|summary|take))\b",
        unless=r"\bversion of (?:events|the)\b|\baccording to\b",
    ),
    _p(
        rf"\bI(?:{_A}ve| have)? (?:{'|'.join(_PAST_EDITS)}|re[a-z]+ed|[a-z]+i[sz]ed)\b"
        r"[^.!?\n]{0,60}?\b(?:introduction|intro|conclusion|paragraphs?|passage|"
        r"sections?|sentences?|quotes?|headline|tone|wording|text|draft|lede|scene|chapter|structure|flow|transitions|jargon|"
        r"language|dialogue|ending|opening|original|word count|words|points|arguments?|order|bullet points|facts)\b",
        needs=(
            r"\bas you (?:asked|requested|suggested|wanted)\b|\byour\b|\bfor (?:clarity|readability|flow|brevity|concision)\b|"
            r"\bto (?:match|make|improve|keep|align|fit|better|heighten|increase|reduce)\b|"
            r"\b(?:more|less) (?:formal|casual|concise|engaging|neutral|professional|friendly|upbeat|conversational|direct|"
            r"vivid|persuasive)\b|\b(?:more|less) \w+y\b|\bso (?:it|that it)(?:['’]s| is| reads| flows)\b|"
            r"\bfixed (?:a|the|some|a couple of|a few) (?:typos?|errors?|mistakes)\b|\bso (?:the|it|that)\b|\bfor an? \w+ (?:audience|readership)\b"
        ),
    ),
)

_PLACEHOLDER_HEAD = (
    r"(?:name|first name|last name|surname|full name|link|url|source|sources|date|time|amount|number|figure|statistic|"
    r"percentage|quote|quotation|company|company name|organi[sz]ation|location|venue|city|title|headline|image|photo|"
    r"citation|reference|price|email|phone|website|address|author|spokesperson(?: name)?|client|product|brand|year|month|"
    r"day|team|school|town|county|state|region|score|result|value|total|role|department|event|topic|platform|industry|"
    r"sector|hashtag|keyword|handle|username|age|distance|duration|capacity|population|winner|opponent|sponsor|partner|"
    r"presenter|speaker|host|guest|candidate|official|expert|organi[sz]er|publication|outlet)"
)

PLACEHOLDER = (
    _p(
        r"(?<![!\w\]])\[\s*(?!(?:The|A|An|His|Her|Their|Its|This|That|Our|My)\b)(?:(?:[A-Z][a-z]+|[A-Z]+)(?:['’]s)? ){0,2}"
        rf"(?i:{_PLACEHOLDER_HEAD})(?: here)?\s*\](?![(\[:])",
        anchored=False,
        case=True,
    ),
    _p(r"(?<![{\w$\\])\{[A-Z][A-Z0-9]{2,}\}(?!\})", anchored=False, case=True),
    _p(r"\{\{\s*[A-Za-z][A-Za-z0-9_.]{0,40}\s*\}\}", anchored=False),
    _p(
        r"\((?:link to|insert|add|url|citation needed|source needed|quote needed|name of|date of)\b[^():\n]{0,30}\)",
        anchored=False,
    ),
    _p(
        r"(?<![\w£$€])[£$€]X{1,3}\b|\b(?:has|have|had|with|of|about|around|cost|costs|by|to|raised|employs|serves) XX\b(?! chromosome)",
        anchored=False,
        case=True,
    ),
    _p(rf"<\s*(?i:{_PLACEHOLDER_HEAD})(?: here)?\s*>", anchored=False, case=True),
    _p(
        r"\[\s*(?:X{1,3}|N|#)\s+(?:number|amount|percent|per cent|people|years?|million|billion|thousand|families|"
        r"residents|[a-z]+s)\b[^\[\]\n]{0,30}\]",
        anchored=False,
    ),
    _p(
        r"(?<![!\w\]])\[(?!(?:EDITOR|BREAKING|UPDATED?|CORRECTION|VIDEO|PHOTOS?|AUDIO|LIVE|WATCH|LISTEN|SPONSORED|"
        rf"EXCLUSIVE|OPINION|ANALYSIS|REDACTED|PODCAST|GALLERY|PDF)\b)(?:[A-Z]{{2,}}(?:['’]S)?[ _]){{0,3}}(?i:{_PLACEHOLDER_HEAD})(?:[ _][A-Z]{{2,}}){{0,3}}\](?![(\[:])",
        anchored=False,
        case=True,
    ),
    _p(
        r"\bTKTK\b|\b(?:TODO|FIXME)\b(?:\s*[:(\-–—]|\s+(?:add|insert|check|confirm|fill|update|write|verify|fix|replace|link|"
        r"source|get|find)\b)(?:\s*[a-z][\w-]*){0,3}",
        anchored=False,
        case=True,
    ),
)

_TEXT_POINTER = (
    r"\b(?:the|this|your) (?:piece|article|story|post|draft|text|copy|headline|intro|introduction|conclusion|lede|report|"
    r"feature|release|newsletter|blog|content)\b|\bquotes?\b|\bquotations?\b|\battribution\b|\bsources?\b|\bfigures\b|"
    r"\bstatistics\b|\bdata\b|\bnumbers\b|\bfigure\b|\bdates\b|\bnames?\b|\bspellings?\b|\bfacts\b|\bdetails\b|\btitles\b|\bclaims\b"
)
_PUBLISHING = (
    r"\b(?:once|when|after) (?:confirmed|available|known|finali[sz]ed|verified|released|announced)\b|"
    r"\byour (?:editor|sub-?editor|publisher|desk|news ?desk)\b|"
    r"\bbefore (?:running|airing|filing|sending|using) (?:this|it|the (?:piece|story|article|copy))\b|"
    r"\bbefore (?:publishing|publication|posting|submitting|submission|sending|sharing|printing|going to print|"
    r"(?:this|it|the (?:piece|article|story|post)) (?:goes|runs|is (?:published|posted|printed|sent))|you (?:publish|post|"
    r"submit|send|print|file))|\b(?:when|once|after) you (?:publish|post|submit|send|file)\b|\bas sources (?:differ|vary)\b|"
    r"\bfor accuracy\b|\bwith the (?:press office|council|organi[sz]ers|company|ministry|police|source|agency)\b"
)

ADVICE = (
    _p(
        rf"\bI(?:{_A}d| would) (?:suggest|recommend) (?:adding|including|inserting|expanding|cutting|citing|quoting)\b",
        needs=r"\b(?:the|this|your) (?:piece|article|story|post|draft|text|copy|report|feature|release|newsletter|paragraph|intro)\b",
    ),
    _p(
        r"\b(?:the|these|all|any) (?:figures|statistics|stats|numbers|quotes|quotations|names|data|examples?|details|dates)"
        r"(?: used| provided| above| mentioned| given| cited| here| below)? (?:are|is|were) (?:hypothetical|fictional|fictitious|"
        r"illustrative|placeholders?|made up|invented|fabricated|for illustrat\w+ purposes)\b",
        anchored=False,
        needs=(
            r"\bshould be (?:replaced|verified|checked|confirmed|updated|swapped)|\breplace|\breal (?:ones|data|figures|quotes)|"
            r"\bbefore (?:publishing|publication)"
        ),
    ),
    _p(
        r"(?:Make sure|Be sure|Ensure|Check|Double[- ]check|Confirm)(?: that)? (?:the|all|any|these|your) (?:quotes|quotations|"
        r"figures|names|facts|dates|numbers|statistics|stats|sources|details|spellings|attributions|titles|claims)\b",
        needs=_PUBLISHING,
    ),
    _p(
        r"\bBefore (?:publishing|publication|posting|submitting|printing|you (?:publish|post|submit|print)|(?:this|it) goes "
        r"(?:live|out|to print))\b,?\s*(?:you (?:should|may want to|might want to|will want to|need to|must|could)|make sure|"
        r"be sure|please|double[- ]check|verify|confirm|check|remember|it(?:['’]s| is) (?:worth|best|important|a good idea))",
    ),
    _p(
        r"\b(?:it (?:would|might|could|may) be|it(?:['’]s| is)) (?:worth|a good idea to|wise to|useful to|helpful to|"
        r"advisable to|best to) (?:add|adding|include|including|verify|verifying|check|checking|confirm|confirming|"
        r"double[- ]check\w*|fact[- ]check\w*|cite|citing)\b",
        anchored=False,
        needs=r"\b(?:the|this|your) (?:piece|article|story|post|draft|text|copy|report|feature|release|newsletter)\b|"
        + _PUBLISHING,
    ),
    _p(
        r"(?:(?:Note|NB|Tip|Reminder)\s*:\s*)?(?:Please )?(?:double[- ]check|fact[- ]check|verify|cross[- ]check|confirm|check|"
        r"review|proofread|swap in|update|insert|add)\b[^.!?\n]{0,60}?(?:" + _TEXT_POINTER + r")",
        needs=_PUBLISHING,
    ),
    _p(
        r"(?:Make sure|Be sure|Remember|Don['’]t forget|Please)(?: to)? (?:swap in|swap out|update|insert|add|include|"
        r"double[- ]check|fact[- ]check|verify|confirm|check)\b[^.!?\n]{0,60}?(?:" + _TEXT_POINTER + r")",
        needs=_PUBLISHING,
    ),
    _p(
        r"(?:Make sure|Be sure|Remember|Don['’]t forget|Please)(?: to)? (?:replace|swap out|swap|substitute)\b[^.!?\n]{0,40}?"
        r"\b(?:example|sample|placeholder|hypothetical|dummy|illustrative|fictional|made-up)\b"
    ),
    _p(
        r"\bYou (?:may|might|could|should|will) (?:also |still )?(?:want|wish|need|like) to (?:verify|fact[- ]check|"
        r"double[- ]check|confirm|update|add|include|insert|cite|adjust|tailor|tweak|swap|replace)\b[^.!?\n]{0,80}?"
        r"\b(?:the|this|your) (?:piece|article|story|post|draft|text|copy|headline|intro|introduction|conclusion|lede|"
        r"report|feature|release|newsletter|blog|content|readers|audience|publication|outlet)\b",
    ),
    _p(
        rf"\bI(?:{_A}d| would) (?:recommend|suggest|advise) (?:that you )?(?:verifying|verify|double[- ]checking|"
        r"fact[- ]checking|confirming|cross[- ]checking|you verify|you double[- ]check|you fact[- ]check|you confirm)\b",
    ),
    _p(
        r"\b(?:The|These|All|Some|Any) (?:figures|statistics|stats|numbers|quotes|names|data|details|dates|quotations|facts)"
        r" (?:in|of|used in|cited in) (?:this|the) (?:piece|article|draft|post|text|story)\b[^.!?\n]{0,20}?\b(?:are|is) "
        r"(?:placeholders?|hypothetical|illustrative|fictional|invented|made up|approximate|unverified|examples)\b",
    ),
    _p(
        r"(?:Consider|Don['’]t forget|Remember|Make sure|Be sure)(?: to)? (?:add|adding|include|including|insert|inserting|"
        r"incorporate|incorporating)\b[^.!?\n]{0,40}?\b(?:caption|bio|byline|call[- ]to[- ]action|CTA|meta description|"
        r"subhead\w*|internal links|alt text|FAQ|pull quote|quotes? from|a quote|citations|hashtags|keywords|author)\b",
    ),
    _p(
        r"(?:(?:Note|NB|Tip)\s*:\s*)?(?:Please )?(?:adjust|tailor|adapt|customi[sz]e|tweak|modify|edit|change)\b"
        r"[^.!?\n]{0,30}?\b(?:headline|tone|wording|length|title|intro|copy|text|language)\b[^.!?\n]{0,30}?"
        r"\b(?:your (?:publication|outlet|audience|readers|brand|needs|house style|style guide)|house style|style guide)",
    ),
)

#: Trigger literals for the forms (see ``TRIGGERS`` in :mod:`scrapelint.rules.assistant.phrases`).
TRIGGERS = {
    "offer": (
        "let me know",
        "need this",
        "need it",
        "want this",
        "able to",
        "willing to",
        "you also",
        "want a",
        "want an",
        "want another",
        "want some",
        "need a",
        "need another",
        "fancy a",
        "prefer a",
        "i can",
        "i could",
        "i'll",
        "i’ll",
        "i will",
        "happy to",
        "glad to",
        "would it",
        "say so",
        "say the word",
    ),
    "sign-off": (
        "else i",
        "thanks for the",
        "keep refining",
        "continue",
        "anything",
        "here",
        "just tell",
        "tell me",
        "ask me",
        "say so",
        "shout",
        "ping me",
        "let me know",
        "feel free",
        "hesitate",
        "happy to",
        "glad to",
        "hope th",
        "hope it",
        "should give you",
        "should provide you",
        "will give you",
        "will provide you",
        "ought to give you",
        "get you started",
        "get you going",
    ),
    "self-reference": (
        "not a human",
        "not human",
        "not a person",
        "not a real",
        "not sentient",
        "an ai",
        "artificial intelligence",
        "language model",
        "chatbot",
        "chat bot",
        "assistant",
        "a machine",
        "an llm",
        "a.i.",
        " ai,",
        " ai ",
        " ai.",
    ),
    "knowledge-cutoff": (
        "live",
        "latest",
        "since my",
        "information after",
        "data after",
        "information beyond",
        "my last",
        "my latest",
        "my most recent",
        "my final",
        "my knowledge",
        "my training",
        "my information",
        "my data",
        "live ",
        "real-time",
        "real time",
        "current",
        "up-to-date",
        "up to date",
        "browsing",
        "search ",
        "not able to",
        "unable to",
    ),
    "refusal": (
        "something i",
        "anything i",
        "enough information",
        "sufficient",
        "enough detail",
        "enough context",
        "not comfortable",
        "not willing",
        "not going to",
        "afraid",
        "regret",
        "sorry",
        "apolog",
        "unfortunately",
        "regrettably",
        "can't",
        "can’t",
        "cant",
        "cannot",
        "unable",
        "not able",
        "against my",
        "violates my",
        "with my",
        "breach",
    ),
    "interface": (
        "copy",
        "share",
        "edit",
        "retry",
        "regenerate",
        "like",
        "read aloud",
        "sources",
        "response",
        "actions",
        "thumbs",
        "export",
        "report",
        "gpt",
        "4o",
        "o1",
        "o3",
        "o4",
        "claude",
        "gemini",
    ),
    "meta": (
        "below",
        "above",
        "keeps",
        "maintains",
        "preserves",
        "retains",
        "great",
        "perfect",
        "done",
        "no problem",
        "this ",
        "here",
        "below",
        "i've",
        "i’ve",
        "i have",
        *(f"i {verb}" for verb in _PAST_EDITS),
    ),
    "placeholder": (
        "[",
        "{",
        "<",
        "(link",
        "(insert",
        "(add",
        "(url",
        "(citation",
        "(source",
        "(quote",
        "(name",
        "(date",
        "xx",
        "£x",
        "$x",
        "€x",
        "todo",
        "fixme",
        "tktk",
    ),
    "advice": (
        "suggest",
        "invented",
        "fabricated",
        "before",
        "worth",
        "check",
        "verify",
        "confirm",
        "review",
        "proofread",
        "swap",
        "update",
        "insert",
        "add",
        "make sure",
        "be sure",
        "remember",
        "forget",
        "please",
        "want to",
        "wish to",
        "need to",
        "like to",
        "recommend",
        "suggest",
        "advise",
        "placeholder",
        "hypothetical",
        "illustrative",
        "fictional",
        "invented",
        "made up",
        "approximate",
        "unverified",
        "examples",
        "consider",
        "adjust",
        "tailor",
        "adapt",
        "customi",
        "tweak",
        "modify",
        "edit",
        "change",
    ),
}
