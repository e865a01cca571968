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

from scrapelint.rules.assistant.base import AssistantRule
from scrapelint.rules.assistant.interface import ChatInterfaceResidue
from scrapelint.rules.assistant.placeholder import UnfilledPlaceholder
from scrapelint.rules.assistant.rewrite import RewriteMetaCommentary
from scrapelint.rules.assistant.self_talk import AssistantRefusal, ChatbotSelfReference, KnowledgeCutoff
from scrapelint.rules.assistant.to_user import AdviceToRequester, AssistantOffer, AssistantSignOff
from scrapelint.rules.assistant.windows import TRIGGERS, trigger_windows

__all__ = [
    "RULES",
    "TRIGGERS",
    "AdviceToRequester",
    "AssistantOffer",
    "AssistantRefusal",
    "AssistantRule",
    "AssistantSignOff",
    "ChatInterfaceResidue",
    "ChatbotSelfReference",
    "KnowledgeCutoff",
    "RewriteMetaCommentary",
    "UnfilledPlaceholder",
    "trigger_windows",
]


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
