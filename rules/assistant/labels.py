"""Chat-window labels that a phrase pattern over prose cannot see (AI006's second scan).

Three forms, each a closed set of one product's localised labels, placed where only a copy
puts them:

- the reasoning-time label on its own line ("Thought for 2m 1s", "Pensó durante 4m 31s",
  "已思考 25 秒"): a label of the data languages, then a duration and nothing else;
- a copied conversation label run into the answer it introduces ("ChatGPT dijo:# Sistema",
  "Vous avez dit :Bonjour"): at a line's start, the colon glued to the next character;
- a code block's copy button as the first line inside the fence, or right after the language
  line a copy prints there ("```plaintext" / "Copy code" / "[Unit]"): fenced code is blanked in
  prose, so this scan reads the raw text, and only the label's line is reported;
- a Claude conversation's labels run into the text ("...hơn nữaThought processNgười dùng"),
  and, once that is found, its "Retry" glued to the next turn.

Every scan runs behind a ``str`` test for its literals, the line-bound ones only on the lines
that hold a literal, so the time stays linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from scrapelint.rules.assistant import languages
from scrapelint.rules.assistant.literal_lines import finditer_on_lines
from scrapelint.rules.assistant.phrases import _BLOCK_LANG, _COPY_LABELS

#: "Thought for" in the chat interface's localisations (German, French, Spanish, Portuguese,
#: Italian, Dutch, Polish, Russian, Ukrainian, Indonesian, Vietnamese, Czech, Arabic, Chinese).
_THOUGHT_FOR = (
    r"(?:Thought|Reasoned|Worked) for|Pens[óo] durante|Razon[óo] durante|Pensou (?:por|durante)|Raciocinou por|"
    r"(?:A )?[Rr]éfléchi (?:pendant|durant)|Réflexion (?:pendant|durant)|Nachgedacht für|"
    r"Hat (?:\d{1,3} ?\w{1,8} )?nachgedacht|(?:Ha )?[Rr]agionato per|(?:Ha )?[Pp]ensato per|Nagedacht (?:gedurende|voor)|"
    r"Myśla(?:ł|no) (?:przez)|Rozumowa(?:ł|no) przez|Думал[аи]?(?: в течение)?|Размышлял[аи]?(?: в течение)?|"
    r"Рассуждал[аи]?(?: в течение)?|Думав(?: протягом)?|Міркував(?: протягом)?|Berpikir selama|Bernalar selama|"
    r"(?:Đã )?[Ss]uy (?:nghĩ|luận) trong|Přemýšlel(?:a|o)? (?:po dobu|)|فكّ?ر لمدة|"
    r"已思考|思考了|思考时间|思考時間|已推理|推理了|已深度思考"
)
#: The same label where the language puts the duration first ("25秒間思考", "25초 동안 생각함", "25 saniye düşündü").
_THOUGHT_AFTER = r"(?:間思考|間の思考|동안 생각함|동안 생각|boyunca düşündü|düşündü)"
#: A duration: one or two figures, each with a short unit word ("4m 31s", "8 segundos", "25 秒", "1 phút 5 giây").
_DURATION = r"\d{1,3}(?:[.,]\d)?[ \t]?[^\W\d_]{1,9}\.?(?:[ \t]?\d{1,3}[ \t]?[^\W\d_]{1,9}\.?)?"
REASONING_TIME = re.compile(
    rf"(?m)^[ \t>*_-]{{0,4}}+(?:(?:{_THOUGHT_FOR})[ \t]*+[:：]?[ \t]*+{_DURATION}|{_DURATION}[ \t]?{_THOUGHT_AFTER})"
    r"[ \t]*+\r?$"
)
_REASONING_LITERALS = (
    "thought for", "reasoned for", "worked for", "pensó", "penso", "razonó", "pensou", "raciocinou", "réfléchi",
    "réflexion", "nachgedacht", "ragionato", "pensato", "nagedacht", "myśla", "rozumowa", "думал", "размышлял",
    "рассуждал", "думав", "міркував", "berpikir", "bernalar", "suy nghĩ", "suy luận", "přemýšlel", "لمدة",
    "思考", "推理", "동안 생각", "düşündü",
)  # fmt: skip

#: A fence's opening, an optional language line as a copy prints it, then the copy button's line.
FENCE_LABEL = re.compile(
    rf"(?m)^[ \t]{{0,3}}+(?:```|~~~)[^\n`]{{0,40}}+\r?\n(?:[ \t]*+{_BLOCK_LANG}[ \t]*+\r?\n)?"
    rf"(?P<label>[ \t]*+{_COPY_LABELS})[ \t]*+\r?$"
)

#: A code block's header bar by its layout, whatever the interface's language: a language name alone on
#: its line (or a fence's opening with one), then a button's label of two or three words, letters only
#: and not starting lowercase ("Skopiuj kod", "Sao chép mã", "코드 복사"), then the code. A line of code
#: in that place starts lowercase or holds a sign ("import os", "cd Tests"); a block of prose
#: (text, markdown) is left alone, its first line may be anything. The interface prints the fence's
#: info string as typed, in lower case ("bash", "python"); a language named in its own spelling
#: ("JavaScript" over "Optional chaining") is a heading over a subheading.
_CODE_LANG_ONLY = _BLOCK_LANG.replace("|markdown|md|latex|tex|", "|").replace("|text|plaintext|txt|csv|", "|")
_LAYOUT_LABEL = re.compile(
    rf"(?m)^[ \t]{{0,3}}+(?P<lang>(?:(?:```|~~~)[ \t]*+)?{_CODE_LANG_ONLY})[ \t]*+\r?\n"
    r"[ \t]*+(?P<label>[^\W\d_]{1,15}+(?:[ \t][^\W\d_]{1,15}+){1,2}+)[ \t]*+\r?\n[ \t]*+\S"
)
#: Where a header bar can stand, found without the language names (a short one-word line, then a line of
#: two or three words and nothing else); only there is :data:`_LAYOUT_LABEL` tried.
_LAYOUT_CANDIDATE = re.compile(
    r"\n[ \t]{0,3}+(?:```|~~~)?[ \t]*+[A-Za-z][A-Za-z0-9+#]{0,11}+[ \t]*+\r?\n[ \t]*+"
    r"[^\W\d_]{1,15}+(?:[ \t][^\W\d_]{1,15}+){1,2}+[ \t]*+\r?\n"
)


def _layout_labels(text: str) -> Iterator[re.Match[str]]:
    """Every :data:`_LAYOUT_LABEL` match, tried only at the lines :data:`_LAYOUT_CANDIDATE` finds."""
    first = _LAYOUT_LABEL.match(text)
    if first:
        yield first
    for candidate in _LAYOUT_CANDIDATE.finditer(text):
        match = _LAYOUT_LABEL.match(text, candidate.start() + 1)
        if match:
            yield match


#: Signs a first line of code holds and a line of a name list or of prose seldom does.
_CODE_SIGNS = frozenset("=(){}[]<>;:/#$`_|\\@%&*\"'")


def _reads_as_code(text: str, label_end: int) -> bool:
    """The line after a header bar's label starts lowercase or holds a sign: code, not the next name of a list."""
    start = text.find("\n", label_end) + 1
    end = text.find("\n", start)
    line = text[start : end if end != -1 else len(text)][:200].strip()
    return bool(line) and (line[0].islower() or not _CODE_SIGNS.isdisjoint(line))


#: A chat product's footer: "<Name> can make mistakes", on a line of its own (after a "[" or a "Retry"
#: button) or run into the text without a space after a sentence's end, the way a copy of the page
#: joins it; the rest of its line tells the reader to check ("Please double-check responses.").
DISCLAIMER = re.compile(
    r"(?:(?<=[.!?…。])|(?m:^)[ \t\[>*_]{0,4}+)(?:Retry)?+"
    r"(?P<footer>[A-Z][\w-]{1,20}+(?: [A-Z0-9][\w.-]{0,20}+)? can make mistakes(?:[,.]?[ \t]*+\r?\n?[^\n]{0,60}+)?)"
)
_CHECK = re.compile(r"(?i)\bcheck|\bverify|\A[ \t.,]*+\]?\(?[ \t]*+\Z")


#: Claude's thinking label run into the turns around it ("...nữaThought processNgười dùng muốn").
THOUGHT_PROCESS = re.compile(r"Thought process(?=\S)")
#: Claude's "Retry" button run into the next turn at a line's start ("RetryIbạn nói...").
RETRY = re.compile(r"(?m)^Retry(?=\S)")


@cache
def _said_labels() -> re.Pattern[str]:
    """A conversation label at a line's start, its ASCII colon glued to the text after it."""
    labels = ["ChatGPT said", "You said", "Claude said", "Gemini said", "Copilot said"]
    for language in languages.LANGUAGES:
        pieces = languages.grammar(language)
        labels += pieces.get("model_said", []) + pieces.get("you_said", [])
    alternatives = "|".join(sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?m)^[ \t]{{0,3}}+(?:{alternatives})[ \t]?:(?=[^\s:/])")


_SAID_LITERALS = ("said", "chatgpt", "dijiste", "avez dit", "hast gesagt", "hai detto", "disse", "сказал", "zei")


def spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every label in ``text`` (the raw text, code included)."""
    out: list[tuple[int, int]] = []
    lowered = text.lower()
    if any(literal in lowered for literal in _REASONING_LITERALS):
        for match in finditer_on_lines(REASONING_TIME, text, lowered, _REASONING_LITERALS):
            start = match.start() + len(match.group()) - len(match.group().lstrip(" \t>*_-"))
            out.append((start, start + len(match.group().strip(" \t>*_-\r"))))
    if any(literal in lowered for literal in _SAID_LITERALS):
        out.extend(match.span() for match in finditer_on_lines(_said_labels(), text, lowered, _SAID_LITERALS))
    if "```" in text or "~~~" in text:
        for match in FENCE_LABEL.finditer(text):
            start, end = match.span("label")
            label = text[start:end]
            start += len(label) - len(label.lstrip())
            out.append((start, end))
    if "\n" in text:
        for match in _layout_labels(text):
            if (
                not match.group("label")[0].islower()
                and match.group("lang").islower()
                and _reads_as_code(text, match.end("label"))
            ):
                lang = match.start("lang")
                out.append(
                    (lang if not text.startswith(("```", "~~~"), lang) else match.start("label"), match.end("label"))
                )
    if "can make mistakes" in text:
        for match in DISCLAIMER.finditer(text):
            footer = match.group("footer")
            rest = footer[footer.index("can make mistakes") + len("can make mistakes") :]
            if _CHECK.search(rest):
                end = match.start("footer") + len(footer.rstrip(" \t\r\n"))
                stop = max(footer.rfind("."), footer.rfind("!"))
                if stop > footer.index("can make mistakes"):
                    end = match.start("footer") + stop + 1  # the footer's last sentence, not a quote mark after it
                if text.startswith("](", end) and (close := text.find(")", end, end + 300)) != -1:
                    end = close + 1  # the footer as a link to the product's help page
                out.append((match.start(), end))
    if "Thought process" in text:
        glued = [match.span() for match in THOUGHT_PROCESS.finditer(text) if _glued(text, match.start(), match.end())]
        if glued:
            out.extend(glued)
            out.extend(match.span() for match in RETRY.finditer(text))
    return sorted(out)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the label runs into a new turn: a capital (or an uncased letter) right after it."""
    del start
    after = text[end]
    return after.isupper() or (after.isalpha() and not after.islower())
