"""An instruction to save the very text one is reading as a named file (AI009's second scan).

A chatbot that hands over a file tells its requester where to put it: "Guarda este archivo como
socket.js", "Speichere diese Datei als Router/wss.py", "将此文件保存为：components/mobile_chart.py".
Left in place, the instruction ends up in the saved file itself. The grammar is one shape in
every data language: a save verb, the deictic "this file" (the text itself, not a file the
reader makes), and the name to save it as. What tells the leftover from a tutorial telling
its reader to save a listing ("Save this file as hello.py and run it") is position: the
instruction sits in a comment of the code it names (a comment line, or the opening
docstring or block comment of the text), or at the text's first or last lines, addressed to
the one who asked for the file.
"""

from __future__ import annotations

import re

from scrapelint.rules.assistant.literal_lines import finditer_on_lines

#: Save verb + "this file" + "as", in the data languages (imperative, either address).
SAVE_THIS_FILE = re.compile(
    r"(?i)(?:"
    r"\bsave (?:this|the) (?:file|script|code) (?:as|to|in)\b|"
    r"\bguard(?:a|e|ar|ad) (?:este|el) (?:archivo|fichero|script|código) (?:como|en)\b|"
    r"\bsalv(?:e|a|ar) (?:este|esse|o) (?:arquivo|ficheiro|script|código) (?:como|em)\b|"
    r"\bspeicher(?:e|n Sie|t) (?:diese|die) (?:Datei|Skript) (?:als|unter)\b|"
    r"\b(?:enregistre[zr]?|sauvegarde[zr]?) ce (?:fichier|script|code) (?:sous|en tant que|comme)\b|"
    r"\bsalva(?:re)? (?:questo|il) (?:file|script|codice) (?:come|in)\b|"
    r"\bsla dit (?:bestand|script) op als\b|"
    r"\bzapisz (?:ten|ten plik|ten skrypt)(?: plik)? jako\b|"
    r"\bсохран(?:ите|и|ить) (?:этот|данный) (?:файл|скрипт|код) (?:как|в)\b|"
    r"\bзбереж(?:іть|и) (?:цей|даний) (?:файл|скрипт) (?:як|у)\b|"
    r"\bsimpan (?:file|berkas|skrip|kode) ini (?:sebagai|dengan nama|di)\b|"
    r"\blưu (?:file|tệp|tập tin) này (?:với tên|thành|là|vào)\b|"
    r"\bbu dosyayı\b[^\n]{1,60}?\bolarak kaydedin\b|"
    r"احفظ هذا الملف باسم|"
    r"(?:将|把)(?:此|这个|本)(?:文件|脚本)保存(?:为|成|到)|保存(?:此|本)(?:文件|脚本)为|"
    r"このファイルを[^\n。]{1,60}?(?:として|に)保存|이 파일을 [^\n.]{1,60}?(?:으로|로) 저장"
    r")"
)
LITERALS = (
    "save this", "save the", "guarda", "salve", "salva", "speicher", "enregistre", "sauvegarde", "sla dit",
    "zapisz", "сохран", "збереж", "simpan", "lưu", "kaydedin", "احفظ", "保存", "저장",
)  # fmt: skip

#: A comment line's opening: the line-comment markers of the common languages, or a block comment's start.
_COMMENT = re.compile(r"[ \t]*+(?:#|//|--|;|/\*|<!--|%|REM\b)")
#: How many lines from the text's end count as its boundary.
_EDGE = 3
#: How many lines from the top an opening docstring or block comment may run.
_HEAD = 12
#: A line that closes a handed-over file: a code fence, a thematic break, or a document's closing tag.
_CLOSES = re.compile(r"[ \t]*+(?:`{3,}+|~{3,}+|-{3,8}+|\*{3,8}+|_{3,8}+|</html>|\?>)[ \t]*+\r?$", re.IGNORECASE)
#: A heading, which may stand between the closed file and the instruction ("## Download").
_HEADING = re.compile(r"[ \t]*+#{1,6}[ \t]")
#: How many lines up the closing line may stand.
_LOOKBACK = 4


def spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line holding the instruction where only a leftover puts it.

    Line numbers are counted forward from one match to the next, so the scan stays linear.
    """
    lowered = text.lower()
    if not any(literal in lowered for literal in LITERALS):
        return []
    out: list[tuple[int, int]] = []
    total = text.count("\n", 0, len(text.rstrip()))
    opening = _opening_comment_end(text)
    counted, line_no = 0, 0
    # the pattern's many branches cost milliseconds a page over the whole text; each match lies on one line
    for match in finditer_on_lines(SAVE_THIS_FILE, text, lowered, LITERALS):
        start = text.rfind("\n", 0, match.start()) + 1
        if start < counted:
            continue  # a second match on a line already judged
        line_no += text.count("\n", counted, start)
        counted = start
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        in_comment = _COMMENT.match(line) or start < opening
        if not in_comment and (total - line_no >= _EDGE or not _after_closed_file(text, start)):
            continue
        out.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
    return out


def _after_closed_file(text: str, start: int) -> bool:
    """Whether a file closes just above the line at ``start`` (blank lines and a heading between)."""
    above = text[max(0, start - 400) : start].split("\n")[-_LOOKBACK - 1 : -1]
    for line in reversed(above):
        if not line.strip() or _HEADING.match(line):
            continue
        return bool(_CLOSES.match(line))
    return False


def _opening_comment_end(text: str) -> int:
    """Where a docstring or block comment that opens the text ends (its first ``_HEAD`` lines at most), or 0."""
    head = text.lstrip()
    offset = len(text) - len(head)
    for opener, closer in (('"""', '"""'), ("'''", "'''"), ("/*", "*/"), ("<!--", "-->")):
        if head.startswith(opener):
            close = head.find(closer, len(opener))
            limit = offset
            for _ in range(_HEAD):
                limit = text.find("\n", limit + 1)
                if limit < 0:
                    limit = len(text)
                    break
            return min(limit, len(text) if close < 0 else offset + close)
    return 0
