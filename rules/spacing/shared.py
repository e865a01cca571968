"""Letters and word lists that several spacing rules read the same way.

A letter of a script that spaces its words, the words that open a sentence and the function
words of every language listed: kept in one place so that the rules agree on them.
"""

from __future__ import annotations

from scrapelint.rules._tokens import word_list
from scrapelint.text.stopwords import FUNCTION_WORDS

#: A letter of a script that separates words with spaces (not Chinese or Japanese).
LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


#: Words that start sentences; "storm.the" is a missing space, "django.conf" a name.
SENTENCE_OPENERS = word_list("sentence_openers")


#: Function words of every language listed: a clause after a colon opens with one, a name
#: from code (``about:memory``) does not end in one.
FUNCTION_WORD_SET = frozenset().union(*FUNCTION_WORDS.values())
