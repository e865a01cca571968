"""The grammar of a chatbot addressing its requester, per language, from ``data/<lang>.toml``.

A leftover is the same speech act in every language: a speaker at the service of an
addressee, talking about the text it just produced. What changes is how each language says
it, so each data file names its language's pieces, not sample sentences:

- ``addressee``: second-person address, familiar and formal ("du"/"Sie", "tu"/"vous", 您);
- ``assent`` and ``presentation``: the interjection that accepts a request and the deixis
  that presents what follows ("Natürlich!" + "Hier ist", "Конечно!" + "Вот", 当然！+ 以下是);
- ``revised``: the text (or the README) presented as a revision of the addressee's ("versione corretta",
  "poprawiona wersja"), after the presentation;
- ``translated``: the text presented as a translation ("Übersetzung", "traduction", 翻译), after
  the presentation and before the colon that hands it over;
- ``requested``: the deixis to what the addressee asked for ("das gewünschte", 您要求的);
- ``wish`` and ``speaker_can``: a condition on the addressee's wish and the speaker's modal
  of offer ("si tu veux" + "je peux", 必要であれば + できます);
- ``want_me``: the addressee asked whether they want the speaker to act ("soll ich",
  "¿quieres que", 需要我);
- ``hope`` and ``helps``: the speaker's hope that the text serves the addressee;
- ``this_version``: the deixis to the revision or the README just handed over ("cette version", "questa
  versione", "bu taslak", 这个版本): what the hope is about, whatever it hopes of it;
- ``questions``: the invitation to come back with questions or changes;
- ``tell_me``: the imperative asking the addressee to tell the speaker ("dímelo", 告诉我);
- ``self_model`` and ``first_person``: the speaker naming itself a model, then speaking as it;
- ``cutoff``: the speaker's own training data or knowledge date;
- ``cannot``, ``task``, ``missing``: the speaker unable to produce the text without input;
- ``apology``: the apology that opens a refusal, before ``cannot`` and ``task``;
- ``request``: the addressee asked to supply the input (in a language whose data file says
  ``object_first``, the text may be named before the verb that asks for it, and with
  ``object_inside_request`` between the politeness word that opens the request and its verb);
- ``remind`` and ``adapt``: an imperative to the requester to adapt or fill in the text;
- ``slot_head``: the value a template slot in brackets names, with the addressee's possessive
  before it or after "de" ("[Votre Nom]", "[Nombre de la Empresa]", "[Ihre Adresse]");
- ``text``: nouns of the text itself (version, example, template, README, placeholder);
- ``readers``: talk to readers (comments, newsletter, subscribe), which is a person writing;
- ``the_user``: "the user" as the subject of a verb of wanting or asking ("der Nutzer möchte",
  "l'utilisateur demande", "пользователь просит"): a model planning its answer, when the speaker is
  in the sentence too (``first_person``: "..., dass ich") or an assent opens it ("Хорошо, пользователь
  просит...");
- ``buttons``, ``model_said``, ``you_said``: a chat window's labels in that language.

:func:`compose` turns the pieces into the patterns each rule matches, the same shape for
every language (a condition of wish before the speaker's modal, assent before presentation,
hope before usefulness...), so a new language is a new data file, not new code. Every gap
between pieces is bounded and stops at a sentence end.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapelint.rules.assistant.phrases import Phrase, _p
from scrapelint.text.lazy import LazyPattern, lazy

if TYPE_CHECKING:
    from scrapelint.model.document import Document

DATA = Path(__file__).with_name("data")
#: The languages with a data file (English lives in phrases.py and forms.py).
LANGUAGES = (
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "pl",
    "ru",
    "tr",
    "zh",
    "ja",
    "ko",
    "id",
    "sv",
    "cs",
    "vi",
    "uk",
    "ar",
    "hi",
)

_STOP = r"[^.!?。！？\n]"
_SEP = r"[ \t]*[,，、:：]?[ \t]*"
_METACHARS = set("\\()[]{}?*+|.^$")


@cache
def grammar(language: str) -> dict[str, list[str]]:
    """The pieces of one language's data file."""
    with (DATA / f"{language}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    pieces = data["grammar"]
    pieces["_spaced"] = [] if data.get("spaced", True) else ["no"]
    pieces["_object_first"] = ["yes"] if data.get("object_first", False) else []
    pieces["_object_inside"] = ["yes"] if data.get("object_inside_request", False) else []
    return pieces


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(items) + ")"


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Each character of ``pattern`` from ``start`` that is neither escaped nor inside a class."""
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = pattern.index("]", index + 1) + 1
            continue
        yield index, char
        index += 1


def _group_end(item: str, start: int) -> int:
    """The index just after the group that opens at ``item[start]``."""
    depth = 0
    for index, char in _syntax(item, start):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index + 1
    raise ValueError(f"unbalanced group in {item!r}")


def _top_level(body: str) -> list[str]:
    """``body`` split at its top-level ``|``."""
    parts, depth, last = [], 0, 0
    for index, char in _syntax(body):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(body[last:index])
            last = index + 1
    return [*parts, body[last:]]


_QUANTIFIER = re.compile(r"[?*+]|\{\d{0,4}(?:,\d{0,4})?\}")


def literals(item: str) -> list[str]:
    """Literal strings (lower-cased) one of which every match of ``item`` contains, for the trigger windows."""
    index = 0
    while index < len(item):
        char = item[index]
        if item.startswith("\\b", index):
            index += 2
            continue
        if char == "[":
            after = item.index("]", index + 1) + 1
            quantifier = _QUANTIFIER.match(item, after)
            index = quantifier.end() if quantifier else after
            continue
        if char == "(":
            after = _group_end(item, index)
            quantifier = _QUANTIFIER.match(item, after)
            rest = item[quantifier.end() if quantifier else after :]
            if quantifier and (quantifier.group() in ("?", "*") or quantifier.group().startswith("{0")):
                index = quantifier.end()
                continue
            body = item[index + 3 if item.startswith("(?:", index) else index + 1 : after - 1]
            return [found for part in _top_level(body) for found in literals(part + rest)]
        found = _prefixes(item[index:])
        if all(len(text) >= 2 or (text and ord(text[0]) > 0x2E80) for text in found):
            return found
        run = []
        while index < len(item) and item[index] not in _METACHARS:
            run.append(item[index])
            index += 1
        if index < len(item) and item[index] == "\\" and index + 1 < len(item) and not item[index + 1].isalnum():
            index += 2
            continue
        quantifier = _QUANTIFIER.match(item, index)
        if quantifier:
            index = quantifier.end()
            continue
        if index < len(item) and item[index] in ".^$":
            index += 1
            continue
        if index >= len(item):
            break
    raise ValueError(f"no literal in {item!r}: a trigger needs one")


#: The length from which a literal opening is rare enough to look for (longer ones only multiply).
_ENOUGH = 6


def _prefixes(item: str, limit: int = 24) -> list[str]:
    """The literal openings of ``item`` (lower-cased, stripped), alternatives expanded while they stay few."""
    return [found.strip() for found in _openings(item, limit)]


def _openings(item: str, limit: int, before: str = "") -> list[str]:
    """``before`` followed by each literal opening of ``item`` (lower-cased)."""
    run = []
    index = 0
    while index < len(item) and item[index] not in _METACHARS:
        run.append(item[index])
        index += 1
    if index < len(item) and _QUANTIFIER.match(item, index):
        return [before + "".join(run[:-1]).lower()]
    text = before + "".join(run).lower()
    if len(text.strip()) >= _ENOUGH:
        return [text]  # long enough to be rare: a longer literal would only make more of them
    if index < len(item) and item.startswith("(?:", index):
        after = _group_end(item, index)
        quantifier = _QUANTIFIER.match(item, after)
        if quantifier is None or quantifier.group() == "?":
            parts = _top_level(item[index + 3 : after - 1])
            if quantifier is not None:  # an optional group: with it, or straight on to what follows
                parts.append("")
                after = quantifier.end()
            if len(parts) <= limit:
                expanded = [
                    found for part in parts for found in _openings(part + item[after:], limit // len(parts), text)
                ]
                if all(found.strip() for found in expanded):
                    return expanded
    return [text]


def _triggers(items: list[str]) -> tuple[str, ...]:
    found = []
    for item in items:
        for text in literals(item):
            found.append(text)
            if text.startswith("i"):
                found.append("İ" + text[1:])  # lower() keeps a Turkish capital İ as it is
    unique = sorted(set(found), key=lambda text: (len(text), text))  # one order in every process (the table)
    # A literal that holds a shorter one of the same pattern adds nothing: where it occurs, so does the shorter.
    kept: list[str] = []
    for text in unique:
        if not any(shorter in text for shorter in kept):
            kept.append(text)
    return tuple(kept)


def _word(pieces: dict[str, list[str]], items: list[str], *, whole: bool = False) -> str:
    """``items`` as one alternative, opening at a word boundary where the language spaces its words.

    ``whole``: closing at one too ("als Kind" is not "als KI").
    """
    if pieces["_spaced"]:
        return _alt(items)
    return r"\b" + _alt(items) + (r"\b" if whole else "")


def _rarer(first: list[str], second: list[str]) -> list[str]:
    """Of two pieces a pattern needs both of, the one whose shortest literal is longer: the rarer to meet.

    "sicher" and "wenn Sie" are everyday German, "hier ist" and "kann ich" less so; "oto" hides
    in "photo", "oczywiście" nowhere.
    """

    def shortest(items: list[str]) -> int:
        try:
            return min(len(found) for found in _triggers(items))
        except ValueError:  # a piece without a literal start cannot trigger
            return 0

    return first if shortest(first) >= shortest(second) else second


def compose(language: str) -> dict[str, list[tuple[Phrase, tuple[str, ...]]]]:
    """Each rule's patterns for ``language``, with the literals that trigger each."""
    g = grammar(language)
    get = g.get
    out: dict[str, list[tuple[Phrase, tuple[str, ...]]]] = {}

    def add(key: str, phrase: Phrase, trigger_items: list[str]) -> None:
        out.setdefault(key, []).append((phrase, _triggers(trigger_items)))

    readers = _alt(get("readers", [])) if get("readers") else None
    own_piece = _alt(get("own_piece", [])) if get("own_piece") else None
    unless_readers = readers if own_piece is None else f"{readers}|{own_piece}" if readers else own_piece
    if get("wish") and get("speaker_can"):
        add(
            "offer",
            _p(f"{_word(g, g['wish'])}{_STOP}{{0,120}}?{_alt(g['speaker_can'])}", unless=readers),
            _rarer(g["wish"], g["speaker_can"]),
        )
    if get("want_me"):
        add("offer", _p(f"{_word(g, g['want_me'])}", needs=r"[?？]", unless=readers), g["want_me"])
    if get("assent") and get("presentation"):
        assent = _alt(g["assent"])
        add(
            "meta",
            _p(
                rf"{_word(g, g['assent'], whole=True)}(?:{_SEP}{assent}){{0,2}}[ \t]*[!！.。,，、]+[ \t]*(?:\*\*)?{_alt(g['presentation'])}"
            ),
            _rarer(g["assent"], g["presentation"]),
        )
        # the same opening exclaimed ("Titel Ja, gerne! Hier ist..."): an exclamation ends what came before, so it
        # counts wherever it sits on the line
        add(
            "meta",
            _p(
                rf"{_word(g, g['assent'], whole=True)}(?:{_SEP}{assent}){{0,2}}[ \t]*[!！]+[ \t]*(?:\*\*)?{_alt(g['presentation'])}",
                anchored=False,
            ),
            _rarer(g["assent"], g["presentation"]),
        )
    if get("presentation") and get("revised"):  # "Ecco una versione corretta", "Oto poprawiona wersja"
        add(
            "meta",
            _p(f"{_word(g, g['presentation'])}{_STOP}{{0,30}}?{_alt(g['revised'])}"),
            _rarer(g["presentation"], g["revised"]),
        )
    if get("presentation") and get("translated"):  # "Voici la traduction en français :", "以下是翻译后的文本："
        # handing a translation over: the colon ends its line or opens the text's markup ("...français : # Titre"),
        # or the sentence opens its own line; mid-paragraph "Hier ist die Übersetzung: WLP steht für..." explains a word
        handed = f"{_alt(g['presentation'])}{_STOP}{{0,60}}?{_alt(g['translated'])}{_STOP}{{0,80}}?[:：]"
        add(
            "meta",
            _p(f"{_word(g, g['presentation'])}{handed[len(_alt(g['presentation'])) :]}(?=[ \t]*+(?:\r?\n|$|[#|*`>-]))"),
            _rarer(g["presentation"], g["translated"]),
        )
        add("meta", _p(rf"(?m)^[ \t>*_#-]{{0,8}}{handed}"), _rarer(g["presentation"], g["translated"]))
    if get("presentation") and get("requested"):
        add(
            "meta",
            _p(f"{_word(g, g['presentation'])}{_STOP}{{0,80}}?{_alt(g['requested'])}"),
            _rarer(g["presentation"], g["requested"]),
        )
    if get("hope") and get("helps"):
        add(
            "sign-off",
            _p(f"{_word(g, g['hope'])}{_STOP}{{0,60}}?{_alt(g['helps'])}", unless=unless_readers),
            _rarer(g["hope"], g["helps"]),
        )
    if get("hope") and get("this_version"):
        # the hope is about the revision just handed over ("J'espère que cette version te plaît", "Spero che questa
        # versione sia più adatta", "この修正版がお役に立てば"): whatever it hopes of it, a revision has a requester
        hope, version = _alt(g["hope"]), _alt(g["this_version"])
        add(
            "sign-off",
            _p(
                f"{_word(g, g['hope'])}{_STOP}{{0,30}}?{version}|{_word(g, g['this_version'])}{_STOP}{{0,60}}?{hope}",
                unless=unless_readers,
            ),
            _rarer(g["hope"], g["this_version"]),
        )
    if get("this_version") and get("addressee"):
        # the revision or README just handed over, tied to the addressee ("este README atenda às suas expectativas",
        # "cette version pour ton projet"): a remark on the hand-over, judged by where it stands (rules.py)
        add(
            "handover",
            _p(
                f"{_word(g, g['this_version'])}{_STOP}{{0,100}}?{_word(g, g['addressee'], whole=True)}",
                anchored=False,
                unless=unless_readers,
            ),
            g["this_version"],
        )
    if get("wish") and get("tell_me"):  # "Si necesitas ayuda con eso, ¡dímelo!": a condition, then "tell me"
        add(
            "sign-off",
            _p(f"{_word(g, g['wish'])}{_STOP}{{0,120}}?{_alt(g['tell_me'])}", unless=unless_readers),
            _rarer(g["wish"], g["tell_me"]),
        )
    if get("wish") and get("tell_me"):  # "Säg till om du vill att jag ...": "tell me", then the condition
        add(
            "sign-off",
            _p(f"{_word(g, g['tell_me'])}{_STOP}{{0,40}}?{_alt(g['wish'])}", unless=unless_readers),
            _rarer(g["tell_me"], g["wish"]),
        )
    if get("questions"):
        add("sign-off", _p(_word(g, g["questions"]), unless=unless_readers), g["questions"])
    if get("the_user") and get("first_person"):
        # "the user" wants or asks, and the speaker is in the same sentence ("Der Nutzer möchte, dass ich ..."):
        # the one being asked is the one writing, so the sentence is a model's plan, not a manual's "the user"
        add(
            "reasoning",
            _p(_word(g, g["the_user"]), anchored=False, needs=_alt(g["first_person"])),
            g["the_user"],
        )
    if get("the_user") and get("assent"):
        # the plan opening with the model's own assent ("Хорошо, пользователь просит написать ...")
        add(
            "reasoning",
            _p(
                rf"^[ \t*_>#`-]{{0,8}}{_word(g, g['assent'], whole=True)}[ \t]*[,，、!！.。]+[ \t]*{_alt(g['the_user'])}",
                anchored=False,
            ),
            _rarer(g["assent"], g["the_user"]),
        )
    if get("self_model") and get("first_person"):
        add(
            "self-reference",
            _p(_word(g, g["self_model"], whole=True), anchored=False, needs=_alt(g["first_person"])),
            g["self_model"],
        )
    if get("cutoff"):
        add("knowledge-cutoff", _p(_word(g, g["cutoff"], whole=True), anchored=False), g["cutoff"])
    if get("cannot") and get("task") and get("missing"):
        add(
            "refusal",
            _p(
                f"{_word(g, g['cannot'])}{_STOP}{{0,40}}?{_alt(g['task'])}",
                needs=_alt(g["missing"]),
            ),
            g["cannot"],
        )
    if (
        get("apology") and get("cannot") and get("task")
    ):  # "Lo siento, pero no puedo proporcionar...": an apology, then inability
        add(
            "refusal",
            _p(f"{_word(g, g['apology'])}{_STOP}{{0,20}}?{_alt(g['cannot'])}{_STOP}{{0,40}}?{_alt(g['task'])}"),
            _rarer(g["apology"], g["cannot"]),
        )
    if get("remind") and get("adapt"):
        add(
            "advice",
            _p(
                f"{_word(g, g['remind'])}{_STOP}{{0,80}}?{_alt(g['adapt'])}",
                needs=_alt(g["text"]) if get("text") else None,
            ),
            g["remind"],
        )
    if get("slot_head") and get("addressee"):
        # the value a template asks for, in brackets: "[Votre Nom]", "[Nome da Sua Empresa]", "[insérer le nom ...]"
        owner = rf"(?:{_alt(g['addressee'])}[ \t]+)?"
        linked = r"(?:[ \t]+(?:de|da|do|del|de la|des|du|der|di|della|dell['’]))"
        head = rf"{owner}{_alt(g['slot_head'])}(?:{linked}[ \t]*+(?:l['’])?{owner}[^\[\]\n]{{1,30}}?)?"
        add(
            "placeholder",
            _p(rf"(?<![!\w\]])\[[ \t]*{head}[ \t]*\](?![(\[:])", anchored=False),
            g["slot_head"],
        )
    if get("buttons"):
        button = _alt(g["buttons"])
        add(
            "interface",
            _p(
                rf"(?m)^[ \t]*{button}[ \t]*\r?\n(?:[ \t]*\r?\n){{0,3}}[ \t]*{button}[ \t]*\r?$",
                anchored=False,
            ),
            g["buttons"],
        )
    labels = get("model_said", []) + get("you_said", [])
    if labels:
        add("interface", _p(rf"(?m)^[ \t]*{_alt(labels)}[ \t]*[:：][ \t]*\r?$", anchored=False), labels)
    return out


def request_source() -> tuple[str, tuple[str, ...]]:
    """The addressee asked to supply the input the text needs, in any of the languages, and its literals."""
    parts = []
    literals: list[str] = []
    for language in LANGUAGES:
        g = grammar(language)
        if g.get("request") and g.get("text"):
            parts.append(f"{_word(g, g['request'])}{_STOP}{{0,60}}?{_alt(g['text'])}")
            if g["_object_first"]:
                # the object before the verb ("çevirmemi istediğiniz metni sağlayın", "번역할 텍스트를 제공해 주세요"):
                # the text named before the request, or inside it when a politeness word opens it ("lütfen ...")
                # ... unless the sentence speaks to readers ("댓글로 알려주세요": tell me in the comments). Each
                # alternative opens with its own words, so the look-aheads run only where those words stand.
                # Only the nouns count here: a bare bracket stands everywhere and names no text.
                clear = f"(?!{_STOP}{{0,120}}?{_alt(g['readers'])})" if g.get("readers") else ""
                nouns = [item for item in g["text"] if not item.startswith("\\")]
                parts.append(f"{_word(g, nouns)}{clear}{_STOP}{{0,60}}?{_alt(g['request'])}")
                if g[
                    "_object_inside"
                ]:  # the request's politeness word opens before the object ("lütfen ... metni sağlayın")
                    parts.append(
                        f"(?={_word(g, g['request'])}){clear}(?={_STOP}{{0,80}}?{_alt(nouns)}){_alt(g['request'])}"
                    )
            literals += _triggers(g["request"])
    return "|".join(parts), tuple(dict.fromkeys(literals))


#: One composed pattern: (rule key, source, flags, anchored, needs, unless, trigger literals).
Spec = tuple[str, str, int, bool, "str | None", "str | None", tuple[str, ...]]
#: The request pattern's source and its trigger literals.
Request = tuple[str, tuple[str, ...]]


def derive() -> tuple[tuple[Spec, ...], Request]:
    """Every language's composed patterns with their trigger literals, and the request pattern (what the table holds)."""
    specs = tuple(
        (key, phrase.source, int(phrase.flags), phrase.anchored, phrase.needs_source, phrase.unless_source, literals)
        for language in LANGUAGES
        for key, pairs in compose(language).items()
        for phrase, literals in pairs
    )
    return specs, request_source()


def source_key() -> str | None:
    """A hash of what the composed patterns depend on: this module's code and every language's data file.

    ``None`` when a file cannot be read (the patterns are then composed here).
    """
    digest = hashlib.blake2b(digest_size=12)
    try:
        digest.update(Path(__file__).read_bytes())
        for language in LANGUAGES:
            digest.update(language.encode())
            digest.update((DATA / f"{language}.toml").read_bytes())
    except OSError:  # pragma: no cover - a package without its sources
        return None
    return digest.hexdigest()


def _composed() -> tuple[tuple[Spec, ...], Request]:
    """The composed patterns, from the table built with the package when it was built from these very files.

    Composing nineteen languages and deriving their literals costs a tenth of a one-file run, so
    ``_languages.py`` carries the answer, keyed by :func:`source_key`: a data file or this module
    changed since gives another key and is composed here instead, never answered from the old table.
    """
    try:
        from scrapelint.rules.assistant import _languages
    except ImportError:  # pragma: no cover - the table ships with the package; composing gives the same answer
        return derive()
    key = source_key()
    if key is not None and key == _languages.KEY:
        return _languages.SPECS, _languages.REQUEST
    return derive()


SPECS, _REQUEST = _composed()


def request_pattern() -> tuple[LazyPattern, tuple[str, ...]]:
    """The addressee asked to supply the input the text needs, in any of the languages (compiled on first use)."""
    source, literals = _REQUEST
    return lazy(source, re.IGNORECASE), literals


def _collect() -> tuple[dict[str, tuple[Phrase, ...]], dict[int, tuple[str, ...]]]:
    phrases: dict[str, list[Phrase]] = {}
    triggers: dict[int, tuple[str, ...]] = {}
    for key, source, flags, anchored, needs, unless, literals in SPECS:
        phrase = Phrase(source, flags, anchored, needs, unless)
        phrases.setdefault(key, []).append(phrase)
        triggers[id(phrase)] = literals
    return {key: tuple(found) for key, found in phrases.items()}, triggers


#: Each rule's patterns (by its trigger key), and the trigger literals of each pattern (by ``id``).
PHRASES, TRIGGERS = _collect()


class _Unlocated:
    """No RE2 superset: a pattern of this module is searched in its trigger windows only."""

    @staticmethod
    def spans(text: str) -> None:
        return None


for _phrase in (phrase for found in PHRASES.values() for phrase in found):
    _phrase.locator = _Unlocated()  # type: ignore[assignment]

_last_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text`` in lower case, offset for offset (a letter that lower-cases to two stays as it is).

    The last answer is kept: every rule of the family lowers the same document in turn.
    """
    global _last_lowered
    if _last_lowered[0] is text:
        return _last_lowered[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    _last_lowered = (text, low)
    return low


_literal_set: Any = None
_literal_list: list[str] = []


def _literals_set() -> Any:
    """One RE2 set of every pattern's literals (lower-cased), built on first use (``False`` without RE2)."""
    global _literal_set
    if _literal_set is None:
        try:
            import re2
        except ImportError:  # pragma: no cover - google-re2 is a dependency
            _literal_set = False
            return _literal_set
        options = re2.Options()
        options.max_mem = 64 << 20
        compiled = re2.Set.SearchSet(options)
        literals = sorted({literal for found in [*TRIGGERS.values(), request_pattern()[1]] for literal in found})
        for literal in literals:
            compiled.Add(re.escape(literal))  # matched against the lowered text
        try:
            compiled.Compile()
        except re2.error:  # pragma: no cover - out of memory: every pattern stays possible
            _literal_set = False
            return _literal_set
        _literal_list[:] = literals
        _literal_set = compiled
    return _literal_set


def _present(doc: Document) -> frozenset[str] | None:
    """The literals of this module's patterns that occur in ``doc.prose`` (one RE2 pass per document).

    ``None`` when no scan can tell (no RE2, or a text that cannot be encoded): any may occur.
    """
    found = doc.__dict__.get("_assistant_literals", False)
    if found is False:
        compiled = _literals_set()
        try:
            encoded = lowered(doc.prose).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            compiled = False
        found = None if compiled is False else frozenset(_literal_list[i] for i in compiled.Match(encoded) or ())
        doc.__dict__["_assistant_literals"] = found
    return found


def present(doc: Document, literals: tuple[str, ...]) -> bool:
    """Whether one of ``literals`` (all from this module's patterns) may occur in ``doc.prose``."""
    seen = _present(doc)
    return seen is None or not seen.isdisjoint(literals)


def found_literals(doc: Document, key: int) -> tuple[str, ...]:
    """The trigger literals of the pattern ``key`` that occur in ``doc.prose`` (all of them when no scan can tell).

    The scan already found them: looking for the others again would only find nothing.
    """
    literals = TRIGGERS[key]
    seen = _present(doc)
    return literals if seen is None else tuple(literal for literal in literals if literal in seen)


def possible(doc: Document) -> frozenset[int]:
    """The ``id`` of each pattern of this module that may match ``doc.prose``.

    Every match of a pattern holds one of its literals (:func:`literals`), so one scan of the
    document for all literals rules out the others; found once per document, for every rule.
    """
    found = doc.__dict__.get("_assistant_languages")
    if found is None:
        seen = _present(doc)
        found = frozenset(key for key, literals in TRIGGERS.items() if seen is None or not seen.isdisjoint(literals))
        doc.__dict__["_assistant_languages"] = found
    return found
