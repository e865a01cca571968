"""A document's frame: whether it is a letter or a reply, a person writing to a person.

A salutation opening it, a quoted message inside it ("Sam wrote:", "Quote from"), or a
signature closing it make every sentence addressed to "you" one person's words to another,
not a chatbot's to its requester. Shared by the phrase rules and the grammar rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: The opening or closing of a letter, a forum reply or a social post.
_SALUTATION = re.compile(
    r"^[ \t]*(?:@\w+|(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b[^\n]{0,40}[,!:]?[ \t]*$|"
    r"(?:dear|hi|hello|hey)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*[,!:])",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm)?\s*regards|cheers|thanks(?: again)?|thank you|best(?: wishes)?|sincerely|"
    r"yours(?: truly| sincerely)?|love|all the best|take care)\b[^\n]{0,40}$|^[ \t]*[-–—~]{1,2}\s*(?-i:[A-Z][a-z]+)\s*$|"
    r"^[ \t]*(?-i:[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)\s*$",  # a name signs in capitals; "Regenerate response" does not
    re.IGNORECASE,
)


#: A reply's frame inside it: the message it answers, introduced the way mail and forums quote.
_REPLY_FRAME = re.compile(
    r"^[ \t>]*(?:(?:On|Am|Le|El) [^\n]{4,120}\bwrote:[ \t]*$|[\w.@ -]{2,60} (?:wrote|said|writes):[ \t]*$|"
    r"Quote(?: from[^\n]{1,80}|:)?[ \t]*$|Quote from\b|Originally Posted by\b|In reply to\b|Replying to\b|"
    r"Re: [^\n]{1,150}$)",
    re.IGNORECASE | re.MULTILINE,
)


def is_letter(doc: Document) -> bool:
    """Whether the document is framed as a letter, a reply or a post to someone."""
    lines = [line.text for line in doc.lines if line.text.strip()]
    if not lines:
        return False
    if _SALUTATION.match(lines[0]) or _REPLY_FRAME.search(doc.prose):
        return True
    return len(lines) >= 2 and bool(_SIGN_OFF.match(lines[-1])) and len(lines[-1].split()) <= 4
