"""A document's frame: whether it is a letter or a reply, a person writing to a person.

A salutation opening it, a quoted message inside it ("Sam wrote:", "Quote from"), or a
signature closing it make every sentence addressed to "you" one person's words to another,
not a chatbot's to its requester. Shared by the phrase rules and the grammar rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scrapelint.text.lazy import lazy

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: Closing formulas of the languages in data/ ("Viele Grüße", "Cordialement", "Terima kasih",
#: "Kolay gelsin"): alone on a document's last line, they sign a letter or a post to its readers.
VALEDICTIONS = (
    r"(?:viele|liebe|beste|herzliche) grüße|mit freundlichen grüßen|grüße|gruß|cordialement|bien à vous|amicalement|"
    r"bonne journée|saludos|un saludo|atentamente|abraços|atenciosamente|cumprimentos|cordiali saluti|saluti|"
    r"met vriendelijke groet(?:en)?|groeten|groetjes|pozdrawiam|z poważaniem|с уважением|всего доброго|saygılarımla|"
    r"kolay gelsin|iyi çalışmalar|terima kasih|salam|wassalam"
)

#: Greetings that open a letter in the languages of data/ ("Bonjour", "Sehr geehrte", "Estimado").
_GREETINGS = (
    r"bonjour|bonsoir|cher|chère|chers|madame|monsieur|hola|estimad[oa]s?|querid[oa]s?|hallo|liebe[rs]?|"
    r"sehr geehrte[rs]?|guten tag|moin|ciao|salve|gentile|buongiorno|caro|cara|olá|oi|prezad[oa]s?|"
    r"beste|geachte|dag|witam|dzień dobry|szanown[ayie]|здравствуйте|добрый день|уважаем[ыа][ея]|привет|"
    r"merhaba|sayın|selam|halo|hai|yth|hej|hejsa|dobrý den|ahoj|xin chào|chào"
)

#: The opening or closing of a letter, a forum reply or a social post.
_SALUTATION = lazy(
    r"^[ \t]*(?:@\w+|(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b[^\n]{0,40}[,!:]?[ \t]*$|"
    r"(?:dear|hi|hello|hey)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*[,!:])|"
    # a greeting of a data language alone on the first line, closed by a comma as letters write it
    # ("Bonjour,", "Hola Marta,", "Sehr geehrte Frau Weber,"); a chat answer greets with "!" and goes on
    r"^[ \t]*(?:" + _GREETINGS + r")\b(?![ \t]+gr(?:[üu]|oet))(?:[ \t]+[\w.'-]+){0,3}[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
_SIGN_OFF = lazy(
    r"^[ \t]*(?:(?:best|kind|warm)?\s*regards|cheers|thanks(?: again)?|thank you|best(?: wishes)?|sincerely|"
    r"yours(?: truly| sincerely)?|love|all the best|take care|"
    + VALEDICTIONS
    + r")\b[^\n]{0,40}$|^[ \t]*[-–—~]{1,2}\s*(?-i:[A-Z][a-z]+)\s*$|"
    r"^[ \t]*(?-i:[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)\s*$",  # a name signs in capitals; "Regenerate response" does not
    re.IGNORECASE,
)


#: A reply's frame inside it: the message it answers, introduced the way mail and forums quote,
#: or thanks for an answer received (a chatbot gives answers; a thread's poster gets them).
_REPLY_FRAME = lazy(
    r"^[ \t>]*(?:(?:On|Am|Le|El) [^\n]{4,120}\bwrote:[ \t]*$|[\w.@ -]{2,60} (?:wrote|said|writes):[ \t]*$|"
    r"Quote(?: from[^\n]{1,80}|:)?[ \t]*$|Quote from\b|Originally Posted by\b|In reply to\b|Replying to\b|"
    r"Re: [^\n]{1,150}$|(?:thanks|thank you)(?: so much| very much| a lot)? for (?:your|the) (?:answers?|repl(?:y|ies)|"
    r"responses?)\b)",
    re.IGNORECASE | re.MULTILINE,
)


#: A team signing a message ("Dein Flinkly-Team", "El equipo de Flores Victoria", "Wikia Community
#: Team", "— The Acme team"): a short line naming a team, without a sentence's end. A chatbot
#: signs nothing; a page's or a company's message to its user does.
_TEAM_SIGNATURE = lazy(
    r"^[ \t]*+(?:[-–—~][ \t]*+)?(?:[\w.&'’-]++[ \t]++){0,4}?"
    r"(?:[\w.&'’]++-)?(?:team|équipe|equipe|equipo|squadra|ekibi|tim|команда)(?:[ \t]++[\w.&'’-]++){0,4}+[ \t]*+$"
    r"|^[ \t]*+[^\s。！？.!?]{0,20}+(?:团队|團隊|チーム|팀)[ \t]*+$",
    re.IGNORECASE,
)
#: A closing formula ending the last line after the text ("Espero que te sirva. Saludos.."): a post signed off.
_CLOSING_AFTER_TEXT = lazy(
    r"[.!?…][ \t]++(?:" + VALEDICTIONS + r"|(?:best |kind |warm )?regards|cheers)[ \t]*+[.!,…]*+[ \t]*+$",
    re.IGNORECASE,
)
#: A post's byline in a thread ("Post by alzie on 2008-04-06", "Posted by Sam", "作者：oimaster"):
#: the text is one of several people's posts.
_BYLINE = lazy(
    r"^[ \t#*_>]*+(?:posted by|post by|reply by|answer(?:ed)? by|réponse de|respuesta de|antwort von|作者[:：]|投稿者[:：])"
    r"[ \t]*+[^\s\n][^\n]{0,80}+$",
    re.IGNORECASE | re.MULTILINE,
)


#: Where HTML breaks a line ("<br>", a paragraph's end), for a letter kept as markup.
_HTML_BREAK = re.compile(r"<br[ \t]*+/?>|</?p\b[^<>\n]{0,200}+>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>\n]{1,200}+>")
#: A closing formula alone on its line, before the signature ("Best regards,").
_CLOSING = lazy(
    r"^[ \t]*+(?:(?:best|kind|warm|warmest)[ \t]++regards|regards|cheers|sincerely|yours(?: truly| sincerely)?|"
    r"all the best|best wishes|take care|thanks(?: again)?|thank you|love|" + VALEDICTIONS + r")[ \t]*+[,.!]?[ \t]*+$",
    re.IGNORECASE,
)


def is_letter(doc: Document) -> bool:
    """Whether the document is framed as a letter, a reply or a post to someone."""
    lines = [line.text for line in doc.lines if line.text.strip()]
    if not lines:
        return False
    if _SALUTATION.match(lines[0]) or _REPLY_FRAME.search(doc.prose) or _BYLINE.search(doc.prose):
        return True
    if "<" in doc.prose and _HTML_BREAK.search(doc.prose):  # a letter kept as markup: its lines end at <br> and </p>
        lines = [text for line in _HTML_BREAK.split(doc.prose) if (text := _TAG.sub("", line).strip())]
        if not lines:
            return False
    if len(lines) >= 3 and _CLOSING.match(lines[-2]) and len(lines[-1].split()) <= 5:
        return True  # "Best regards," over a signature ("Anja from Breadcrumbs")
    if len(lines) >= 2 and any(_TEAM_SIGNATURE.match(line) for line in lines[-2:]):
        return True  # a team signs the message, on the last line or over a placeholder or a date
    if _CLOSING_AFTER_TEXT.search(lines[-1]):
        return True
    return len(lines) >= 2 and bool(_SIGN_OFF.match(lines[-1])) and len(lines[-1].split()) <= 4


def closes_quotation(sentence: str) -> bool:
    """Whether ``sentence`` ends a quotation opened before it (``... anything else."`` with no opening quote)."""
    text = sentence.rstrip()
    if not text:
        return False
    last = text[-1]
    if last == '"':
        return text.count('"') % 2 == 1
    pairs = {"”": "“", "»": "«", "」": "「", "』": "『"}
    return last in pairs and text.count(last) > text.count(pairs[last])


#: A line that presents what follows as an exhibit: it ends by introducing it (a colon), it is a
#: shell command whose output follows, or it is a bare speaker label set in bold.
_PRESENTER = lazy(
    r"(?:[:：][ \t*_`)]*+|^[ \t]*+(?:\$|>>>)[ \t][^\n]*+|^[^\w*_\n]{0,6}+(?:\*\*|__)[^*_\n]{1,40}+(?:\*\*|__)[ \t]*+"
    r")$"
)
#: A heading that labels what follows as a model's answer ("### Response", "## Output").
_ANSWER_HEADING = lazy(
    r"^[ \t]{0,3}+#{1,6}+[ \t]++(?:\w++[ \t]){0,2}+(?:Response|Output|Answer|Completion|Assistant|Model output|"
    r"Antwort|Ausgabe|Réponse|Sortie|Respuesta|Salida|Resposta|Saída|Risposta|Antwoord|Odpowiedź|Ответ|Вывод|Yanıt|Çıktı|"
    r"Jawaban|Keluaran|出力|回答|応答|输出|回答|출력|응답)[ \t:：]*+$",
    re.IGNORECASE,
)
_BLOCKQUOTE = lazy(r"^[ \t]*+>")
#: A line opened by ">>>" or ">>": an interpreter's prompt or a quotation inside a quotation.
_NESTED_QUOTE = lazy(r"^[ \t]*+>>")
#: A model's role as a log's column or a console's prompt right before the sentence ("assistant\t", "AI> ").
_ROLE_BEFORE = lazy(r"(?:^|\s)(?:assistant|AI|bot|model)(?:\t|[ \t]*+>)[ \t]*+$", re.IGNORECASE)
#: The same markers right before the sentence, where extracted text joins the quotation to the line before it.
_NESTED_QUOTE_BEFORE = lazy(r"(?:^|\s)>>>?[ \t]*+$")
_QUOTE_BEFORE = lazy(r"(?:^|\s)>[ \t]*+$")
#: A block quotation that a colon introduces on the same line ("... these phrases: > ...").
_INTRODUCED_QUOTE = lazy(r"[:：][ \t]*+>[ \t]")
#: Words by which the lines before an exhibit speak of a model or of what it answered.
_MODEL_TALK = lazy(
    r"\b(?:LLMs?|\w*GPT\w*|language models?|models?|chat\w*|prompt\w*|agents?|assistants?|AI|"
    r"respon\w+|answer\w*|output\w*|results?|repl(?:y|ies|ied)|says?|said|narrates|examples?)\b|\$[ \t]|>>>[ \t]|"
    # the same words in the languages of data/: output, answer, example, prompt
    r"\b(?:Ausgabe|Antwort|Beispiel|sortie|réponse|exemple|salida|respuesta|ejemplo|saída|resposta|exemplo|"
    r"risposta|esempio|uitvoer|antwoord|voorbeeld|wynik|odpowiedź|przykład|вывод|ответ|пример|çıktı|yanıt|örnek|"
    r"keluaran|jawaban|contoh)\b|出力|回答|応答|例|输出|示例|例子|출력|응답|예시|예:",
    re.IGNORECASE,
)
#: How far back the lines before an exhibit are read for what introduces it.
_EXHIBIT_REACH = 400
#: A line drawn with box-drawing characters ("│  │  🤖 ..."): a mock-up of a screen or a terminal, shown.
_DRAWN = lazy(r"^[ \t]*+[\u2500-\u257f]")
#: A model's answer held as a value in code or data (`response: "...`, `"answer": "...`): shown, not said.
_ANSWER_VALUE = lazy(
    r"(?:^|[\s{,(\[])[\"']?(?:response|answer|reply|output|completion|assistant|bot_?reply|ai_?response|model_?output|"
    r"expected(?:_output|_response)?)[\"']?[ \t]*+[:=][ \t]*+[\"'“`][ \t]*+$",
    re.IGNORECASE,
)
#: A heading that names a model and its answer ("# This is o1-mini answer", "## What GPT-4 replied"):
#: what follows it is that model's answer, shown.
_MODEL_ANSWER_HEADING = lazy(
    r"^[ \t]{0,3}+#{1,6}+[ \t][^\n]{0,80}?\b(?:\w*GPT[\w.-]*|o[134](?:-mini|-preview|-pro)?|Claude|Gemini|Llama[\w.-]*|"
    r"Mistral|DeepSeek|Qwen|Grok|Copilot|Bard|LLM|(?:the )?model)\b[^\n]{0,40}?\b(?:answers?|responses?|repl(?:y|ies|ied)|"
    r"output|says|said|wrote)\b",
    re.IGNORECASE,
)


#: The answering side's name or role as a speaker label right before the sentence, set in bold or in a
#: quotation ("> **Chatbot:** Sure! Here are..."): a model's turn the page shows.
_MODEL_SPEAKERS = (
    r"Assistant|AI|Bot|Chatbot|Chattbot|Model|LLM|ChatGPT|GPT[\w.-]{0,12}+|Claude|Gemini|Copilot|Bard|Llama[\w.-]{0,12}+|"
    r"Mistral|DeepSeek|Qwen|Grok|Assistent|Asistente|Assistente|Asystent|Asistent|Asistan|Asisten|Ассистент|Асистент|"
    r"Чат-бот|Trợ lý|المساعد|सहायक|KI|IA|ИИ|ШІ|アシスタント|助手|어시스턴트"
)
_SPEAKER_BEFORE = lazy(
    r"(?:^[ \t]*+>[ \t>]*+(?:\*\*|__)?(?:" + _MODEL_SPEAKERS + r")(?:\*\*|__)?[ \t]*+[:：]"
    r"|(?:^|\s)(?:\*\*|__)(?:" + _MODEL_SPEAKERS + r")[ \t]*+[:：]?(?:\*\*|__)[ \t]*+[:：]?)(?:\*\*|__)?[ \t]*+$"
)


def _truncated_cell(prose: str, start: int) -> bool:
    """Whether the table cell holding ``start`` ends in an ellipsis: an output cut short to fit the table."""
    end = prose.find("|", start)
    line_end = prose.find("\n", start)
    if end < 0 or (0 <= line_end < end):
        return False
    cell = prose[start:end].rstrip(" \t*_")
    return cell.endswith(("...", "…"))


def shown_value(sentence: str) -> bool:
    """Whether ``sentence`` opens with a model's answer held as a value (``response: "I'd be happy...``)."""
    head = sentence[:80]
    quote = next((i for i, char in enumerate(head) if char in "\"'“`"), -1)
    return quote > 0 and bool(_ANSWER_VALUE.search(head[: quote + 1]))


def is_exhibit(prose: str, start: int) -> bool:
    """Whether the sentence at ``start`` is shown as an exhibit rather than said by the page.

    Documentation and articles about chatbots show a model's answer the way they show any
    output: in a block quotation, or on the line after one that introduces it ("the model
    replies:", a command line, a bold "Assistant" label) when the lines before it speak of a
    model or of its answer; a section label ("Disadvantages:") presents the page's own words.
    """
    line_start = prose.rfind("\n", 0, start) + 1
    head = prose[line_start:start]
    if head.lstrip().startswith("|") and _truncated_cell(prose, start):
        return True  # a table of outputs cut short ("| Sure! Here is the difference between ... |"): excerpts shown
    if _SPEAKER_BEFORE.search(head, max(0, len(head) - 60)):
        return True  # "> **Chatbot:** ...": the model's turn, labelled by the page
    if _DRAWN.match(head):
        return True  # a screen or terminal drawn in box characters: its text is a mock-up
    if _ANSWER_VALUE.search(head, max(0, len(head) - 40)) or _MODEL_ANSWER_HEADING.match(head):
        return True  # a model's answer as a value in code, or under a heading naming the model's answer
    if _ROLE_BEFORE.search(head, max(0, len(head) - 16)):
        return True  # a log's or a console's role column ("assistant<TAB>", "AI> "): a model's answer shown
    if _NESTED_QUOTE.match(prose[line_start : start + 2]) or _NESTED_QUOTE_BEFORE.search(head, max(0, len(head) - 8)):
        return True  # an interpreter's prompt or a quoted message's quote: shown, never said
    if _QUOTE_BEFORE.search(
        head, max(0, len(head) - 8)
    ):  # "... Timing: 3.6s > As of my last update": text joined to its quotation
        return bool(_MODEL_TALK.search(prose[max(0, start - _EXHIBIT_REACH) : start]))
    introduced = _INTRODUCED_QUOTE.search(head, max(0, len(head) - _EXHIBIT_REACH))
    if introduced:  # "...rewrites these phrases: > ..." on one line: the quotation the words before present
        return bool(
            _MODEL_TALK.search(
                prose[max(0, line_start + introduced.start() - _EXHIBIT_REACH) : line_start + introduced.start()]
            )
        )
    if _BLOCKQUOTE.match(head):
        return bool(_MODEL_TALK.search(prose[max(0, line_start - _EXHIBIT_REACH) : line_start]))
    cursor = line_start - 1
    while cursor > 0:
        previous_start = prose.rfind("\n", 0, cursor) + 1
        previous = prose[previous_start:cursor].rstrip()
        if previous.strip():
            lead = prose[max(0, previous_start - _EXHIBIT_REACH) : cursor]
            if _ANSWER_HEADING.match(previous) or _MODEL_ANSWER_HEADING.match(previous):
                return True
            return bool(_PRESENTER.search(previous)) and bool(_MODEL_TALK.search(lead))
        cursor = previous_start - 1
    return False


#: Where a reader can reach the writer: a link, an address, a handle, a template's contact
#: variable, a comment section, an issue or a pull request to open, a code host, a mail to send to
#: someone named, the speaker as someone a message reaches ("email me", "DM me"), a named medium (a
#: forum, a mailing list, a chat or social network), a third person to contact ("contact them"), or a "we" who speaks for a team ("our",
#: "unser", "nosso"). A chatbot offers itself, not a channel; a sentence that names one (or the sentence
#: just after it) is a person or an organisation signing off.
_CHANNEL = lazy(
    r"\]\(|https?://|\b[\w.+-]++@[\w-]++\.\w|(?<![\w@])@\w{2,}|\$\{|\{\{|\bcomments?\b|"
    # a pull request for the reader to send (one the speaker offers to open, "...like me to open a pull request", is its own)
    r"(?<!\bme to )(?<!\bI can )(?<!\bI(?:'|’)ll )\b(?:send|open|submit|make|create|file)[ \t]++(?:(?:a|us a|me a)[ \t]++)?"
    r"pull[- ]requests?\b|\b(?:on|via) (?:GitHub|GitLab|Bitbucket)\b|"
    r"\b(?:send|drop|write) (?:an? )?(?:e-?mail|note|message|line) to\b|(?-i:\be-?mail [A-Z][\w-]+)|"
    # the speaker as someone a message reaches ("email me", "DM me"): a chatbot is reached in its chat alone
    r"\b(?:e-?mail|DM|PM|ping|tweet at|toot at)[ \t]++me\b|"
    # a medium a person or a community is reached through, named ("on Mastodon", "in the forum", "on the
    # mailing list"): a chatbot has no such place
    r"\b(?:on|via|through|in|at|over)[ \t]++(?:the[ \t]++|our[ \t]++|its[ \t]++)?(?:[\w'’-]++[ \t]++){0,2}"
    r"(?:forum|forums|mailing[ \t]++list|discussion[ \t]++board|Discourse|Discord|Slack|Zulip|Gitter|IRC|"
    r"Mastodon|Bluesky|Twitter|LinkedIn|Reddit)\b|"
    r"\b(?:we|us|our|we're|we'll|we've)\b|"
    # the reader sent on to someone else ("feel free to contact them"): a bio or a team naming a person, never a
    # chatbot, which offers itself
    r"\b(?:contact|reach out to|e-?mail|call|write to|get in touch with)[ \t]++(?:them|him|her)\b|"
    r"\b(?:unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]s?|noss[oa]s?|nostr[oa]|onze|nasz[aey]?|наш[аеи]?)\b|"
    r"\b(?:open|create|file|raise|submit|buat|abra|abre|crea|cria|ouvre[zr]?|erstelle[n]?)[ \t]++"
    r"(?:(?:an?|una?|um|une?|eine?n?)[ \t]++)?issue",
    re.IGNORECASE,
)


def names_a_channel(sentence: str) -> bool:
    """Whether ``sentence`` names a way to reach a person or a team (a link, an address, "contact us")."""
    return bool(_CHANNEL.search(sentence))


#: A phrase set apart as cited (in emphasis, a code span or quotation marks: words, not an identifier).
_CITED = r"(?:\*[^*\n ]{1,40}+ [^*\n]{1,80}+\*|`[^`\n ]{1,40}+ [^`\n]{1,80}+`|“[^”\n ]{1,40}+ [^”\n]{1,80}+”|\"[^\"\n ]{1,40}+ [^\"\n]{1,80}+\")"
#: Three cited phrases in a row, one after another: a list of phrases, the way a style guide lists them.
_CITED_LIST = lazy(rf"{_CITED}[ \t]*+[,;/][ \t]*+{_CITED}[ \t]*+[,;/][ \t]*+{_CITED}")
#: A cited phrase and what to write instead ("*Sure! Here are three steps...* → *Three steps...*"): a style rule's example.
_CITED_REWRITE = lazy(rf"{_CITED}[ \t]*+(?:→|->|=>|⟶)")
#: Two cited phrases given as examples: in parentheses, or after "e.g.", "such as" ("chat preambles (*Sure! Here…*, *Hope this helps!*)").
_CITED_EXAMPLES = lazy(
    rf"(?:\(|\b(?:e\.g\.|i\.e\.|such as|like|z\.\s?B\.|p\.\s?ex\.|por ejemplo|ad esempio|par exemple|np\.|例如|例えば)[ \t]*+:?)"
    rf"[ \t]*+{_CITED}[ \t]*+[,;/][ \t]*+{_CITED}",
    re.IGNORECASE,
)


#: Short phrases separated by spaced slashes ("phrase / phrase / phrase"): a catalogue of phrases.
_SLASH_LIST = lazy(r"(?:[^/\n]{1,40}+[ \t]/[ \t]){3}")
_SLASH_REACH = 60
#: How far along its line the code span or the list around a match is looked for (a huge one-line text stays linear).
_CITED_REACH = 400


#: A code span's delimiter: one or two backticks. Three or more are a fence's marker the page ran into the line
#: ("npm start ``` --- This version..."), which opens no span.
_SPAN_TICKS = re.compile(r"(?<!`)`{1,2}+(?!`)")


#: A fence run into the line right after a colon ("**Answer**: ``` ¡Claro! ..."): it opens a block, shown.
_OPENING_FENCE = re.compile(r"[:：][ \t*_]{0,4}+`{3,}+")


def code_span_open(text: str, low: int, offset: int) -> bool:
    """Whether a code span (or a block a colon opens) started in ``text[low:offset]`` is still open at ``offset``."""
    if text.count("`", low, offset) == 0:
        return False
    fence = text.rfind("```", low, offset)
    if fence >= 0 and _OPENING_FENCE.search(text, max(low, fence - 8), fence + 3):
        return True
    return len(_SPAN_TICKS.findall(text, low, offset)) % 2 == 1


def is_cited(line: str, offset: int) -> bool:
    """Whether ``line[offset:]`` opens inside a code span, or in a line that lists cited phrases.

    A leftover set in backticks is shown, not left; three phrases in emphasis, code or
    quotation marks one after another are a catalogue of phrases (a style guide's "*As an
    AI language model*, *as of my last update*, *my knowledge cutoff*").
    """
    low = max(0, offset - _CITED_REACH)
    if code_span_open(line, low, offset):
        return True
    if _SLASH_LIST.search(line, max(0, offset - _SLASH_REACH), offset + _SLASH_REACH):
        return True
    if _CITED_EXAMPLES.search(line, low, offset + _CITED_REACH):
        return True
    if _CITED_REWRITE.search(line, low, offset + _CITED_REACH):
        return True
    return bool(_CITED_LIST.search(line, low, offset + _CITED_REACH))
