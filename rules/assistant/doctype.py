"""What kind of document a text is, computed once and consulted by every AI rule first.

A chatbot's leftover and a person's words can be the same sentence; what the document is
tells them apart. Each kind clears what a rule would otherwise flag:

- **transcript**: lines open with speaker labels ("Q:", "SMITH:"); a labelled line is
  someone speaking;
- **letter**: a salutation opens it, a quoted message sits inside it, a post's byline marks it
  as one reply of a thread, or a signature (a name, a team, a closing formula) closes it;
  "you" is one person writing to another;
- **template**: it says it is a template, is full of engine or program variables, is a
  skeleton of headings over slot lines, a form whose fields or blanks are left to fill, a
  letter whose frame is made of slots, or a page with many distinct slots; its slots are
  there on purpose;
- **prompt**: it opens by telling a writer (or a model) what to write; its blanks are the
  prompt's;
- **shown chat**: it lays out a conversation with a model as an exhibit: a line that is
  nothing but a role ("## User", "**Assistant:**", "### 🤖 ChatGPT", "# 出力(ChatGPT)") opens a
  turn, the answer sits in an example element (``<example>``), or right after the prompt it
  answers (a ">" prompt line, a call in code); an answer it SHOWS is not one it SAYS;
- **audience**: its writer speaks to many readers at once ("everyone", "大家") or asks them to
  comment, share or subscribe, or types emoticons (":)", which a chatbot does not); a closing
  wish in it is the writer's to that audience;
- **narrative**: its writer tells their own story in the first person, in the past ("I told
  her", "ik dacht", "j'étais"); a closing wish in it is the writer's to their readers.
- **reader-addressed**: a long manual, tutorial or column that speaks to its reader in the
  second person all through its body ("you can", "your content"); a "you" in it is that reader,
  and a sentence inside its body is the writer's, not a reply's opening or closing.

Each kind is worked out on first use and kept on the document, so every rule of the family
shares one answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from scrapelint.rules.assistant import frames, phrases

if TYPE_CHECKING:
    from scrapelint.model.document import Document

#: A document that presents itself as a template, or documents one, in English or a data language.
_TEMPLATE_TALK = re.compile(
    r"\b(?:templates?|boilerplate|fill[- ]in(?: the blanks?)?|fill (?:this|these|it|them) (?:in|out)|"
    r"copy (?:&|and) adapt|placeholders?|mad[- ]libs|"
    # the same noun in the data languages, where it names nothing else ("modèle", "modelo" also name a model)
    r"plantillas?|vorlagen?|sjablonen?|szablon[a-zęó]{0,3}+|шаблон[а-яё]{0,3}+|şablon[a-zçğıöşü]{0,5}+|"
    r"šablon[a-zěů]{0,3}+|templat|टेम्पलेट)\b|模板|模版|テンプレート|템플릿",
    re.IGNORECASE,
)
#: A form's field whose value is a slot ("- Downtime: [X minutes]", "Point of Contact: [Your Name]").
_FIELD_SLOT = re.compile(
    r"^[ \t]*+(?:[-*•][ \t]++)?[A-Z][\w /&()'-]{0,40}+:[ \t]*+\[[^\[\]\n]{1,60}\](?!\()", re.MULTILINE
)
_ENGINE_VARIABLE = re.compile(r"\{\{\s*[\w.]+\s*\}\}")
#: A program's string variable ("{PLAYER.LINK}", "{COUNTRY}"): text a program fills in, two make a string template.
_PROGRAM_VARIABLE = re.compile(r"\{[A-Z][A-Z0-9_.]{1,40}+\}")
#: A blank line to write on ("Name: ________"): two make a form to fill in by hand.
_BLANK = re.compile(r"_{3,}+")
#: Markdown headings, and a heading or a line that is nothing but a slot ("# [Project Name]", "[Short description]").
_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]", re.MULTILINE)
_SLOT_LINE = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?[*_>-]*[ \t]*(?:\[[^\[\]\n]{1,60}\]|\{\{?[^{}\n]{1,60}\}?\}|<[^<>\n]{1,60}>)[ \t*_.:]*$",
    re.MULTILINE,
)
#: An instruction to a writer (or a model) to produce a text: its slots are a prompt's blanks on purpose.
INSTRUCTION = re.compile(
    r"^[\s>*_#\-\d.)]*(?:please[ \t]+)?(?:write|create|generate|draft|compose|describe|explain|summari[sz]e|outline|"
    r"rewrite|translate|brainstorm|suggest|give me|provide|produce|act as|you are an?|pretend|imagine you)\b",
    re.IGNORECASE,
)
#: A slot of any notation: "[Company Name]", "<employee name>", "{PLAYER.LINK}", "{{date}}", a blank "_____".
_SLOT = re.compile(
    r"\[[A-Za-z][^\[\]\n]{1,80}+\](?![(\[:])|<[a-z][a-z '’]{2,40}+>|\{[A-Z][A-Z_.]{2,40}+\}|\{\{[^{}\n]{1,40}+\}\}|_{4,}+"
)
#: A letter's salutation or closing made of a slot ("Dear [Hiring Manager's Name],", "Sincerely,\n[Your Name]"),
#: in the closing formulas of every data language ("Cordialement,\n[VOTRE NOM]").
#: A salutation kept as markup ("<p>Dear [Recipient's Name],</p>") is the same frame.
_SLOT_FRAME = re.compile(
    r"^[ \t]*+(?:<[a-z][a-z0-9]{0,9}+(?:[ \t][^<>\n]{0,60}+)?>[ \t]*+){0,3}+(?:dear|hi|hello)[ \t]++\[[^\[\]\n]{1,60}+\][ \t]*+[,:!]"
    r"|^[ \t]*+(?:sincerely|regards|best regards|kind regards|best|cheers|thanks|thank you|"
    + frames.VALEDICTIONS
    + r")[ \t]*+,?[ \t]*+\n(?:[ \t]*+\n){0,2}+[ \t]*+\[",
    re.IGNORECASE | re.MULTILINE,
)
#: The writer's own past in the first person: a model answering a request does not narrate one.
_NARRATIVE = re.compile(
    r"\bI (?:was|had|told|went|decided|spent|bought|remember|remembered|thought|realized|realised|noticed|learned|"
    r"grew up|wrote|started|asked|couldn['’]t|didn['’]t|ended up|got)\b"
    r"|\bik (?:dacht|had|was|herinner|ging|vond|kocht|probeerde|heb de laatste)\b"
    r"|\bich (?:war|hatte|dachte|ging|erinnere|kaufte|habe (?:mich|lange|damals))\b"
    r"|\bj['’](?:étais|avais|ai (?:décidé|passé|acheté|pensé|trouvé|essayé))\b"
    r"|\beu (?:tive|fui|era|estava|pensei|decidi|comprei|lembro)\b",
)
#: A chat's roles in the languages of data/: the requester's side and the answering side.
_USER_ROLES = (
    r"User|Me|Human|You|Prompt|Question|Input|Ich|Frage|Eingabe|Benutzer|Nutzer|Usuario|Pregunta|Entrada|Utilisateur|"
    r"Moi|Usuário|Pergunta|Utente|Domanda|Gebruiker|Vraag|Ik|Użytkownik|Pytanie|Ja|Пользователь|Вопрос|Запрос|Я|"
    r"Kullanıcı|Soru|Pengguna|Pertanyaan|ユーザー|入力|質問|用户|问题|提问|사용자|질문|입력"
)
_MODEL_ROLES = (
    r"Assistant|AI|Bot|Chatbot|Model|Response|Answer|Output|Completion|ChatGPT|GPT[\w.-]{0,12}+|Claude|Gemini|Copilot|"
    r"Bard|Llama|Mistral|DeepSeek|Qwen|Grok|LLM|Antwort|Ausgabe|Assistent|KI|Respuesta|Salida|Asistente|IA|Réponse|"
    r"Sortie|Resposta|Saída|Assistente|Risposta|Antwoord|Uitvoer|Odpowiedź|Asystent|Ответ|Ассистент|Вывод|ИИ|Yanıt|"
    r"Cevap|Asistan|Jawaban|Asisten|出力|回答|応答|アシスタント|输出|助手|답변|응답|출력|어시스턴트"
)
#: A line that is nothing but a role opening a chat's turn: a heading, a bold label or a bare
#: "Role:" line, with an emoji or a model's name around it ("## 🤖 Antigravity (AI)", "# 出力(ChatGPT)"),
#: or the answering side named after it ("# Answer from the model").
_ROLE_LINE = re.compile(
    r"^[ \t]{0,3}+(?:#{1,6}+[ \t]++)?(?:\*\*|__)?[^\w\n*_#]{0,4}+[ \t]*+"
    r"(?:(?P<user>"
    + _USER_ROLES
    + r")|(?P<model>"
    + _MODEL_ROLES
    + r")|[\w.-]{1,24}+[ \t]*+[(（](?:"
    + _MODEL_ROLES
    + r")[)）])"
    # the answering side named after the label ("Answer from the model", "Response from ChatGPT")
    r"(?:[ \t]++(?:from|by)[ \t]++(?:the[ \t]++)?(?i:" + _MODEL_ROLES + r"))?"
    r"(?:[ \t]*+[(（][^()（）\n]{1,30}+[)）])?[ \t]*+(?:\*\*|__)?[:：]?(?:\*\*|__)?[ \t]*+$",
    re.MULTILINE,
)
#: A requester's turn labelled inline and asked as a question ("User：你觉得...？", "> 我:你为什么...？",
#: "**Me:** what does it mean?"): what follows it in the document answers a prompt the page shows.
_USER_TURN = re.compile(
    r"^[ \t>*_]{0,6}+(?:User|Human|Me|Prompt|我|用户|用戶|ユーザー|사용자|Usuario|Utilisateur|Benutzer|Nutzer|Użytkownik|"
    r"Пользователь|Kullanıcı|Pengguna|Gebruiker|Utente|Usuário)(?:\*\*|__)?[ \t]*+[:：](?:\*\*|__)?[ \t]*+"
    r"[^\n?？]{1,300}+[?？]",
    re.MULTILINE,
)
#: An element that holds an example of a model's output in a prompt file ("<example>...</example>").
_EXAMPLE_ELEMENT = re.compile(
    r"<(example|output|response|answer|assistant|completion)\b[^<>\n]{0,60}+>.{0,4000}?</\1>", re.DOTALL | re.IGNORECASE
)
#: The line before an answer that shows what it answers: a ">" prompt line, or a call in code right above.
_QUOTED_PROMPT = re.compile(r"^[ \t]*+>[^>\n]")
_CALL_LINE = re.compile(r"^[ \t]*+[\w.]{1,40}+\([^\n]{0,300}\)[ \t;]*+$")
#: A writer speaking to an audience rather than to one requester: many readers at once
#: ("everyone", "大家", Spanish "les"), a wish that helps "someone", or readers asked to comment,
#: share, like or subscribe.
_AUDIENCE = re.compile(
    r"\b(?:everyone|everybody|y['’]all|all of you|you guys|dear readers?|ihr alle|euch allen|à tous|vous tous|"
    r"espero que les|a todos|todos ustedes|a todos vocês|a tutti|iedereen|wszystkim|всем|herkese|kalian|"
    r"(?:leave|drop) a comment|in the comments|share (?:this|it) with|subscribe|kommentar|abonnier|commentaire|"
    r"partage[rz]?|abonne[zr]?|comentario|comentário|suscríb|inscreva|commento|iscriviti|reactie|komentarz|"
    r"subskryb|комментари|подпис|yorum|abone|komentar|"
    r"hop(?:e|ing)[^.!?\n]{0,30}?\bhelps?[ \t]++(?:someone|somebody|anyone|others))"
    r"|大家|各位|评论|留言|點贊|点赞|订阅|コメント|皆さん|みなさん|여러분|댓글|구독",
    re.IGNORECASE,
)
#: A typed emoticon (":)", ";-)", ":D"): a person's register; a chatbot draws emoji instead.
_EMOTICON = re.compile(r"(?:^|(?<=[\s.!?]))[:;]-?[)D(P](?=$|[\s.,!?<])", re.MULTILINE)
#: Distinct narrating sentences that make the document a first-person story.
_NARRATIVE_MIN = 2
#: The second person, in English or a data language's most common forms.
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|du|dein\w*|Sie|Ihnen|Ihr\w*|vous|votre|vos|tu|usted|ustedes|"
    r"você|vocês|voi|vostro|jij|jouw|uw|twój|вы|ваш\w*|ты|твой|siz|anda|kamu)\b|您|你",
)
#: The sentences a document needs before a "you" all through its body makes it a manual for its reader.
_LONG = 20
#: Sentences at each end of a text that are its opening or its closing, not its body.
_EDGE = 2
#: Sentences of the body (boundaries left out) that address the reader, from which the reader is the addressee.
_ADDRESSED_BODY = 6

#: Distinct slots from which a page is a form to fill in rather than a text with a hole left in it.
_MANY_SLOTS = 4


class DocumentKind:
    """The kinds one document is (each worked out on first use)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.prose = doc.prose

    @cached_property
    def transcript(self) -> bool:
        """Two lines or more open with a speaker label ("Q:", "SMITH:", "**Jane:**")."""
        return phrases.is_transcript(self.prose)

    @cached_property
    def letter(self) -> bool:
        """A letter or a reply to someone (a salutation, a quoted message, a sign-off)."""
        return frames.is_letter(self.doc)

    @cached_property
    def prompt(self) -> bool:
        """It opens by telling a writer what to write."""
        return bool(INSTRUCTION.match(self.prose.lstrip()[:200]))

    @cached_property
    def _roles(self) -> tuple[bool, list[int]]:
        """Whether a requester's turn is labelled, and where each answering turn's label ends."""
        user = False
        model: list[int] = []
        for match in _ROLE_LINE.finditer(self.prose):
            if match.group("user"):
                user = True
            else:
                model.append(match.end())
        return user, model

    @cached_property
    def _user_turn(self) -> int | None:
        """Where the first requester's turn labelled inline ends, if the document shows one."""
        found = _USER_TURN.search(self.prose) if (":" in self.prose or "：" in self.prose) else None
        return found.end() if found else None

    @cached_property
    def _examples(self) -> list[tuple[int, int]]:
        return [match.span() for match in _EXAMPLE_ELEMENT.finditer(self.prose)] if "<" in self.prose else []

    def shown_answer(self, start: int) -> bool:
        """Whether the text at ``start`` is a model's answer the document shows rather than says.

        It is when the document labels the requester's turns (the text answers one, or
        ends before the next), when a label of the answering side comes before it, when an example element holds it, or when the line before it
        is the prompt it answers (a ">" line, a call in code).
        """
        user, model = self._roles
        if user or (model and model[0] <= start):
            return True
        if self._user_turn is not None and self._user_turn <= start:
            return True
        if any(lo <= start < hi for lo, hi in self._examples):
            return True
        prose = self.prose
        cursor = prose.rfind("\n", 0, start)
        adjacent = True
        while cursor > 0:
            previous_start = prose.rfind("\n", 0, cursor) + 1
            previous = prose[previous_start:cursor]
            if previous.strip():
                if _QUOTED_PROMPT.match(previous):
                    return True
                return adjacent and bool(_CALL_LINE.match(previous))  # a call's output sits right under it
            adjacent = False
            cursor = previous_start - 1
        return False

    @cached_property
    def narrative(self) -> bool:
        """Its writer narrates their own past in the first person, twice or more."""
        return len(set(_NARRATIVE.findall(self.prose))) >= _NARRATIVE_MIN

    @cached_property
    def long(self) -> bool:
        """Long enough that most of its sentences are its body, away from an opening or a closing."""
        return len(self.doc.sentences) >= _LONG

    @cached_property
    def reader_addressed(self) -> bool:
        """A long text whose body speaks to its reader in the second person, sentence after sentence.

        One pass over the sentences, each searched in place: a manual, a tutorial or a column
        addresses its reader all through; a chatbot's reply addresses its requester at its
        opening and closing, around a text that is the content.
        """
        if not self.long:
            return False
        sentences = self.doc.sentences
        prose = self.prose
        search = _SECOND_PERSON.search
        addressed = 0
        for span in sentences[2:-2]:
            if search(prose, span.start, span.end):
                addressed += 1
                if addressed >= _ADDRESSED_BODY:
                    return True
        return False

    def in_body(self, start: int) -> bool:
        """Whether ``start`` lies in a long text's body: neither among its first nor its last
        :data:`_EDGE` sentences, where a chatbot's reply puts the words it says to its requester."""
        if not self.long:
            return False
        sentences = self.doc.sentences
        index = bisect_right([span.start for span in sentences], start) - 1
        return _EDGE <= index < len(sentences) - _EDGE

    def before_middle(self, start: int) -> bool:
        """Whether ``start`` lies in the first half of a long text: most of the text is still to come,
        so a pointer there ("this guide") points at what follows, where a reply's remark on the text
        it handed over points back at it."""
        if not self.long:
            return False
        sentences = self.doc.sentences
        index = bisect_right([span.start for span in sentences], start) - 1
        return index < len(sentences) // 2

    def addresses(self, start: int, end: int) -> bool:
        """Whether ``prose[start:end]`` speaks to someone in the second person ("your intro")."""
        return _SECOND_PERSON.search(self.prose, start, end) is not None

    @cached_property
    def audience(self) -> bool:
        """Its writer speaks to many readers, asks them to comment, share or subscribe, or types an emoticon."""
        return bool(_AUDIENCE.search(self.prose)) or bool(_EMOTICON.search(self.prose))

    @cached_property
    def template(self) -> bool:
        """A template on purpose: it says so, or is laid out as one; a prompt's blanks count too."""
        prose = self.prose
        if (
            _TEMPLATE_TALK.search(prose)
            or len(set(_ENGINE_VARIABLE.findall(prose))) >= 3
            or len(set(_PROGRAM_VARIABLE.findall(prose))) >= 2
            or len(_BLANK.findall(prose)) >= 2
            or len(_FIELD_SLOT.findall(prose)) >= 2  # a form whose fields are left to fill
            or self.prompt
        ):
            return True
        slots = {match.group().lower() for match in _SLOT.finditer(prose)}
        if len(slots) >= _MANY_SLOTS:
            return True
        if len(slots) >= 2 and _SLOT_FRAME.search(prose):
            return True  # a form letter: its salutation or signature is a slot, and there are others
        return len(_HEADING_LINE.findall(prose)) >= 2 and len(_SLOT_LINE.findall(prose)) >= 2


def kind(doc: Document) -> DocumentKind:
    """The document's kinds, shared by every rule of the family."""
    found = doc.__dict__.get("_assistant_kind")
    if found is None:
        found = doc.__dict__["_assistant_kind"] = DocumentKind(doc)
    return found
