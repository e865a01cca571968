"""Read the ``valid`` / ``invalid`` cases of a textlint rule's test file (JavaScript) as data.

Only string literals (joined with ``+``), arrays and objects are understood; anything else
(calls, numbers) reads as ``None``. That is all textlint-tester case lists use.
"""

from __future__ import annotations

import re
from typing import Any

TOKEN = re.compile(
    r"""(?P<space>\s+|//[^\n]*|/\*.*?\*/)
      |(?P<str>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)
      |(?P<word>[A-Za-z_$][\w$]*|\d[\w.]*)
      |(?P<punct>.)""",
    re.S | re.X,
)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "f": "\f", "v": "\v"}


def _unescape(body: str) -> str:
    def sub(m: re.Match) -> str:
        ch = m.group(1)
        if ch.startswith("u"):
            return chr(int(ch[1:].strip("{}"), 16))
        if ch == "\n":
            return ""
        return ESCAPES.get(ch, ch)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)", sub, body, flags=re.S)


def tokens(source: str) -> list[tuple[str, str]]:
    out = []
    for m in TOKEN.finditer(source):
        kind = m.lastgroup
        if kind == "space":
            continue
        value = m.group()
        out.append((kind, _unescape(value[1:-1]) if kind == "str" else value))
    return out


class _Parser:
    def __init__(self, toks: list[tuple[str, str]], at: int) -> None:
        self.toks, self.at = toks, at

    def peek(self) -> tuple[str, str]:
        return self.toks[self.at] if self.at < len(self.toks) else ("end", "")

    def value(self) -> Any:
        kind, text = self.peek()
        if text == "[" and kind == "punct":
            return self.array()
        if text == "{" and kind == "punct":
            return self.obj()
        if kind == "str":
            parts = []
            while self.peek()[0] == "str":
                parts.append(self.peek()[1])
                self.at += 1
                if self.peek() == ("punct", "+") and self.toks[self.at + 1][0] == "str":
                    self.at += 1
                else:
                    break
            return "".join(parts)
        depth = 0  # skip an expression we do not model
        while self.at < len(self.toks):
            kind, text = self.peek()
            if kind == "punct" and text in "([{":
                depth += 1
            elif kind == "punct" and text in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif kind == "punct" and text == "," and depth == 0:
                break
            self.at += 1
        return None

    def array(self) -> list:
        self.at += 1
        items = []
        while self.peek() != ("punct", "]") and self.peek()[0] != "end":
            items.append(self.value())
            if self.peek() == ("punct", ","):
                self.at += 1
        self.at += 1
        return items

    def obj(self) -> dict:
        self.at += 1
        out: dict = {}
        while self.peek() != ("punct", "}") and self.peek()[0] != "end":
            key = self.peek()[1]
            self.at += 1
            if self.peek() == ("punct", ":"):
                self.at += 1
                out[key] = self.value()
            if self.peek() == ("punct", ","):
                self.at += 1
        self.at += 1
        return out


def cases(source: str) -> tuple[list[dict], list[dict]]:
    """(valid, invalid) cases as dicts with at least ``text`` (and ``options``, ``errors``)."""
    toks = tokens(source)
    found: dict[str, list] = {}
    for i, (kind, text) in enumerate(toks[:-2]):
        if kind == "word" and text in ("valid", "invalid") and toks[i + 1] == ("punct", ":") and text not in found:
            value = _Parser(toks, i + 2).value()
            if isinstance(value, list):
                found[text] = value

    def norm(items: list) -> list[dict]:
        out = []
        for item in items:
            if isinstance(item, str):
                out.append({"text": item})
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                out.append(item)
        return out

    return norm(found.get("valid", [])), norm(found.get("invalid", []))
