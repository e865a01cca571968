"""Encoding and markup residue (EN): bytes decoded wrongly, markup that leaked into text.

Fixes are safe only where the repair is certain: an HTML entity's character,
the text ftfy restores from mojibake, deleting an invisible or control
character. Removing tags, markup or citation markers changes the text a reader
sees, so those fixes are unsafe.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Option, Rule

if TYPE_CHECKING:
    from scrapelint.model.document import Document

# -- mojibake ---------------------------------------------------------------

_CP1252_TAIL = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
#: A UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation byte: where mojibake can be.
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{_CP1252_TAIL}]")
#: The stretch of text around a hint that ftfy gets to see (whole words, bounded).
_MOJIBAKE_REGION = re.compile(
    f"\\S{{0,60}}[\u00c2-\u00f4][{_CP1252_TAIL}]\\S{{0,60}}(?:[ \\t]\\S{{0,60}}[\u00c2-\u00f4][{_CP1252_TAIL}]\\S{{0,60}}){{0,20}}"
)


class Mojibake(Rule):
    """Flags mojibake: UTF-8 text decoded with the wrong codec ("Japanâ€™s", "cafÃ©").

    ## What it does
    Finds runs of characters that ftfy can decode back into the text that
    was meant ("â€™" -> "’", "Ã©" -> "é") and offers that repair as a safe
    fix. Only what ftfy would actually change is flagged, so accented words
    in French, German, Polish, Vietnamese or any other language stay clean.

    ## Why it matters
    Mojibake garbles names and punctuation, breaks search and tokenisation,
    and marks a page as carelessly converted.

    Measured: precision 1.00 [0.00, 1.00] on real text: 2 findings on 451,080 words of
    scraped pages, 0 false on 127,801 words of clean articles (thin evidence) (validation
    part; bench/precision.py, bench/README.md).

    ## Example
    "Japanâ€™s defence budget" becomes "Japan’s defence budget".

    ## Use instead
    "Japan’s defence budget"

    ## Fix safety
    Safe: the fix restores the characters the text meant and changes nothing else, so `--fix` applies it.

    ## Options
    None.
    """

    code = "EN001"
    name = "mojibake"
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if not _MOJIBAKE_HINT.search(prose):
            return
        from ftfy import fix_encoding

        for region in _MOJIBAKE_REGION.finditer(prose):
            original = region.group()
            repaired = fix_encoding(original)
            if repaired == original:
                continue
            offset = region.start()
            matcher = difflib.SequenceMatcher(None, original, repaired, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == "equal":
                    continue
                start, end = offset + i1, offset + i2
                if start == end:  # a pure insertion: attach it to the next character
                    end = min(len(prose), end + 1)
                    replacement = repaired[j1:j2] + prose[start:end]
                else:
                    replacement = repaired[j1:j2]
                yield self.finding(
                    start,
                    end,
                    f"mojibake {prose[start:end]!r} should read {replacement!r}",
                    fix=Fix.replace(start, end, replacement),
                )


# -- HTML entities ------------------------------------------------------------

_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_DOUBLE_ESCAPED = re.compile(r"&amp;(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_ENTITY_AS_SPACE = frozenset({"\u00a0", "\u2002", "\u2003", "\u2009", "\u202f"})


class HtmlEntity(Rule):
    """Flags HTML entities left as text ("&amp;", "&nbsp;", "&#8217;").

    ## What it does
    Finds named and numeric character references that a browser would have
    turned into a character, and offers the character as a safe fix
    ("&amp;" -> "&", "&#8217;" -> "’"; "&nbsp;" and other space entities
    become a plain space; entities for invisible characters are removed).
    Unknown names ("&foo;") are left alone. Markdown renders entities, so in
    Markdown files only double-escaped ones ("&amp;nbsp;") are flagged.

    ## Why it matters
    Entities are markup, not text: readers see "AT&amp;T", and word counts,
    matching and deduplication all go wrong.

    Measured: no finding on 451,080 words of scraped pages, 9 false on 1,600,127 words of
    clean articles (texts about HTML and XML write entities on purpose), so its precision on
    real text is not shown to reach 0.9 and it ships at info (validation part;
    bench/precision.py, bench/README.md).

    ## Example
    "Johnson &amp; Johnson" becomes "Johnson & Johnson".

    ## Use instead
    "Johnson & Johnson"

    ## Fix safety
    Safe: the fix restores the characters the text meant and changes nothing else, so `--fix` applies it.

    ## Options
    None.
    """

    code = "EN002"
    name = "html-entity"
    severity = Severity.INFO
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if "&" not in prose:
            return
        markdown = doc.format == "markdown"
        for match in _ENTITY.finditer(prose):
            entity = match.group()
            character = html.unescape(entity)
            if character == entity:
                continue
            if markdown and not _DOUBLE_ESCAPED.match(prose, match.start()):
                continue  # Markdown renders entities; only a double-escaped one is broken there
            if character in _ENTITY_AS_SPACE:
                character = " "
            elif all(_is_invisible(c) or unicodedata.category(c) == "Cc" for c in character):
                character = ""
            yield self.finding(
                match.start(),
                match.end(),
                f"HTML entity {entity} left as text",
                fix=Fix.replace(match.start(), match.end(), character),
            )


# -- HTML tags ----------------------------------------------------------------

_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|body|br|button|caption|center|cite|code|col|dd|del|details|div|dl|dt|em|embed|"
    "fieldset|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|"
    "link|main|mark|meta|nav|noscript|ol|option|p|picture|pre|q|s|script|section|select|small|source|span|strike|strong|"
    "style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|tt|u|ul|video|wbr"
)
_ATTRIBUTE = r"""\s+[A-Za-z_:][-\w:.]{0,40}(?:\s*=\s*(?:"[^"<>\n]{0,300}"|'[^'<>\n]{0,300}'|[^\s"'=<>`]{1,300}))?"""
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:{_ATTRIBUTE}){{0,30}}\s*/?>", re.IGNORECASE)
#: Tags that never belong in Markdown prose even though Markdown allows inline HTML.
_MARKDOWN_UNWANTED = re.compile(r"</?(?:script|style|iframe|noscript|form|input|button|select|option|textarea)\b", re.I)
_LOOSE_ATTRIBUTE = re.compile(
    r"""(?<![\w-])(?:class|style|href|src|onclick|onload|data-[\w-]{1,30}|aria-[\w-]{1,30}|target|rel|srcset|width|height|alt)="""
    r"""(?:"[^"\n<>]{0,200}"|'[^'\n<>]{0,200}')"""
)


class HtmlTag(Rule):
    """Flags HTML tags and attributes left in the text ("<p>", "<br/>", 'class="btn"').

    ## What it does
    Finds tags of known HTML elements (so "a < b > c", "<3" or an email in
    angle brackets are not tags) and stray attribute assignments such as
    'class="share-button"'. In Markdown files, where inline HTML is allowed,
    only elements that never belong in prose (script, style, iframe, form
    controls) are flagged. The unsafe fix deletes the tag.

    ## Why it matters
    Tags are extraction residue; they pollute the text a reader or a model
    sees.

    Measured: no finding on 451,080 words of scraped pages, 26 false on 1,600,127 words of
    clean articles (texts about HTML and XML name tags on purpose, as a leftover tag would
    look), so its precision on real text is not shown to reach 0.9 and it ships at info
    (validation part; bench/precision.py, bench/README.md).

    ## Example
    "The minister said<br/> the talks would resume." flags "<br/>".

    ## Use instead
    "The minister said the talks would resume."

    ## Fix safety
    Unsafe: the fix removes the residue, but a text that discusses markup or links on purpose would lose it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "EN003"
    name = "html-tag"
    severity = Severity.INFO
    fixable = "unsafe"

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if "<" in prose:
            markdown = doc.format == "markdown"
            for match in _TAG.finditer(prose):
                if markdown and not _MARKDOWN_UNWANTED.match(match.group()):
                    continue
                yield self.finding(
                    match.start(),
                    match.end(),
                    f"HTML tag {_shorten(match.group())} left in the text",
                    fix=Fix.delete(match.start(), match.end()),
                )
        if '="' in prose or "='" in prose:
            for match in _LOOSE_ATTRIBUTE.finditer(prose):
                if _inside(match.start(), _TAG, prose):
                    continue
                yield self.finding(
                    match.start(),
                    match.end(),
                    f"HTML attribute {_shorten(match.group())} left in the text",
                    fix=Fix.delete(match.start(), match.end()),
                )


# -- Markdown and wiki markup ------------------------------------------------

_WIKI_LINK = re.compile(r"\[\[(?![A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]\])([^\[\]|\n]{1,120})(?:\|([^\[\]\n]{1,120}))?\]\]")
_WIKI_TEMPLATE = re.compile(r"\{\{(?!\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*\}\})([^{}\n]{1,200})\}\}")
_WIKI_BOLD = re.compile(r"'''(?=\S)([^'\n]{1,200}?)(?<=\S)'''")
_MD_STRONG = re.compile(
    r"(?<![*\w])\*\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*\*(?![*\w])|(?<![_\w])__(?=[^\s_])(?!\w+__)([^_\n]{1,200}?)(?<=[^\s_])__(?![_\w])"
)
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,200})\]\((?:https?://|/|\.\.?/|mailto:|#)[^()\s]{0,500}\)")


class MarkupResidue(Rule):
    """Flags Markdown or wiki markup where it does not belong ("[[Link|text]]", "{{cite}}", "**bold**").

    ## What it does
    In every document: wiki links ("[[Paris|the capital]]"), wiki templates
    ("{{citation needed}}") and wiki bold ("'''term'''"). In documents that
    are not Markdown (plain text, JSONL records, extracted HTML): also
    Markdown emphasis ("**bold**", "__bold__"), links ("[text](https://...)")
    and images ("![alt](...)"). Markdown files keep their Markdown, and code
    spans are never read. The unsafe fix keeps the visible text.

    ## Why it matters
    Markup shows up as literal asterisks and brackets to readers and as noise
    to anything that counts or compares words.

    Measured: precision not measurable yet: no finding on 451,080 words of scraped pages; 0
    false on 127,801 words of clean articles (validation part; bench/precision.py,
    bench/README.md).

    ## Example
    "The river flows through [[Paris|the capital]]." becomes "The river flows
    through the capital."

    ## Use instead
    "The river flows through the capital."

    ## Fix safety
    Unsafe: the fix removes the residue, but a text that discusses markup or links on purpose would lose it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "EN004"
    name = "markup-residue"
    fixable = "unsafe"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        found: list[tuple[int, int, str, str]] = []
        if "[[" in prose:
            found += [(m.start(), m.end(), "wiki link", m.group(2) or m.group(1)) for m in _WIKI_LINK.finditer(prose)]
        if "{{" in prose:
            found += [(m.start(), m.end(), "wiki template", "") for m in _WIKI_TEMPLATE.finditer(prose)]
        if "'''" in prose:
            found += [(m.start(), m.end(), "wiki bold", m.group(1)) for m in _WIKI_BOLD.finditer(prose)]
        if doc.format != "markdown":
            if "**" in prose or "__" in prose:
                found += [
                    (m.start(), m.end(), "Markdown emphasis", m.group(1) or m.group(2))
                    for m in _MD_STRONG.finditer(prose)
                ]
            if "](" in prose:
                found += [
                    (
                        m.start(),
                        m.end(),
                        "Markdown image" if m.group(1) else "Markdown link",
                        "" if m.group(1) else m.group(2),
                    )
                    for m in _MD_LINK.finditer(prose)
                ]
        for start, end, kind, keep in sorted(found):
            yield self.finding(
                start,
                end,
                f"{kind} {_shorten(prose[start:end])} in a {doc.format} document",
                fix=Fix.replace(start, end, keep, safe=False),
            )


# -- control and invisible characters -------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]+")
_C1 = re.compile("[\x80-\x9f]")
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]+"
)
_JOINERS = frozenset("\u200c\u200d")
_BIDI_MARKS = frozenset("\u200e\u200f")
#: Direction isolates: left-to-right, right-to-left and first-strong isolate, and their closer.
_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
#: Isolates that cannot reorder left-to-right text: the left-to-right opener and the closer.
_LTR_ISOLATES = frozenset("\u2066\u2069")


def _is_invisible(char: str) -> bool:
    return bool(_INVISIBLE.fullmatch(char))


def _joining_script(char: str) -> bool:
    """Scripts where ZWJ/ZWNJ shape letters: Arabic, Persian, Syriac, Indic, Sinhala, Myanmar, Khmer, Mongolian..."""
    cp = ord(char)
    return (
        0x0590 <= cp <= 0x08FF  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Arabic extended
        or 0x0900 <= cp <= 0x0DFF  # Devanagari to Sinhala
        or 0x1000 <= cp <= 0x109F  # Myanmar
        or 0x1780 <= cp <= 0x18AF  # Khmer, Mongolian
        or 0xA8E0 <= cp <= 0xA8FF
        or 0xFB1D <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def _emoji_like(char: str) -> bool:
    cp = ord(char)
    return (
        cp >= 0x1F000
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or char in "\ufe0f\u20e3"
        or unicodedata.category(char) == "So"
    )


def _legitimate_invisible(text: str, start: int, end: int) -> bool:
    """ZWJ in emoji sequences, ZWJ/ZWNJ in joining scripts, bidi marks in RTL text, emoji tag sequences."""
    run = text[start:end]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if set(run) <= _JOINERS:
        if "\u200d" in run and (before and _emoji_like(before)) and (not after or _emoji_like(after)):
            return True
        return bool((before and _joining_script(before)) or (after and _joining_script(after)))
    if set(run) <= _BIDI_MARKS | _JOINERS:
        window = text[max(0, start - 20) : end + 20]
        return any(_joining_script(c) for c in window)
    if all(0xE0000 <= ord(c) <= 0xE007F for c in run):
        return bool(before) and (_emoji_like(before) or 0xE0000 <= ord(before) <= 0xE007F)
    if set(run) <= _ISOLATES:
        return _isolating_a_token(text, start, end, before, after)
    return False


def _isolating_a_token(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Direction isolates delimiting a token, as platforms render an embedded name, handle or
    link ("on \u2066@jdoe\u2069's post"): they sit at a word's edge, never inside one. A
    left-to-right isolate reorders nothing in left-to-right text; the others are left alone
    only near right-to-left script, as the bidi marks are."""
    run = text[start:end]
    if before.isalnum() and after.isalnum():
        return False  # inside a word: "micro\u2066soft"
    if set(run) <= _LTR_ISOLATES:
        return True
    window = text[max(0, start - 40) : end + 40]
    return any(_right_to_left(c) for c in window)


def _right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


class ControlCharacter(Rule):
    """Flags control characters in text (NUL, escape, form feed, C1 controls).

    ## What it does
    Finds ASCII control characters other than tab, line feed and carriage
    return, DEL, and the C1 controls (U+0080 to U+009F) that are not part of
    mojibake (EN001 repairs those). The safe fix deletes them (a vertical
    tab or form feed becomes a line break).

    ## Why it matters
    Control characters are invisible in most viewers, break parsers and
    JSON, and never carry meaning in prose.

    Measured: precision not measurable yet: no finding on 451,080 words of scraped pages; 0
    false on 127,801 words of clean articles (validation part; bench/precision.py,
    bench/README.md).

    ## Example
    "Total:\\x00 42" becomes "Total: 42".

    ## Use instead
    "Total: 42"

    ## Fix safety
    Safe: the fix restores the characters the text meant and changes nothing else, so `--fix` applies it.

    ## Options
    None.
    """

    code = "EN005"
    name = "control-character"
    fixable = "safe"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _CONTROL.finditer(text):
            start, end = match.start(), match.end()
            if _C1.match(text[start]) and start > 0 and "\u00c2" <= text[start - 1] <= "\u00f4":
                continue  # part of mojibake: EN001 repairs the whole sequence
            names = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(match.group()))
            replacement = doc.newline if set(match.group()) <= {"\x0b", "\x0c"} else ""
            yield self.finding(start, end, f"control character {names}", fix=Fix.replace(start, end, replacement))


class InvisibleCharacter(Rule):
    """Flags zero-width and other invisible characters (U+200B, U+FEFF, soft hyphen, bidi overrides).

    ## What it does
    Finds zero-width spaces, word joiners, byte-order marks inside the text,
    soft hyphens, bidirectional embedding and override controls and other
    characters that take no space. Left alone where they do a job: a
    zero-width joiner inside an emoji sequence (👩\u200d💻), ZWJ/ZWNJ in scripts
    that need them (Persian, Arabic, Hindi, Bengali, Malayalam, Sinhala...),
    direction marks in right-to-left text, direction isolates at a word's edge
    (platforms wrap an embedded @handle, name or link in them; a right-to-left or
    first-strong isolate only near right-to-left script), and tag characters of flag
    emoji.
    The safe fix deletes them.

    ## Why it matters
    Invisible characters split words for search and tokenisers, defeat
    deduplication, and can hide text.

    Measured: precision 1.00 [0.00, 1.00] on real text: 6 findings on 451,080 words of
    scraped pages, 0 false on 187,190 words of clean articles (thin evidence) (validation
    part; bench/precision.py, bench/README.md).

    ## Example
    "micro\\u200bsoft" becomes "microsoft".

    ## Use instead
    "microsoft"

    ## Fix safety
    Safe: the fix restores the characters the text meant and changes nothing else, so `--fix` applies it.

    ## Options
    - `soft-hyphens`: Also flag soft hyphens (U+00AD); off by default because many sites use them as hyphenation hints.
    """

    code = "EN006"
    name = "invisible-character"
    fixable = "safe"
    options: ClassVar[dict[str, Option]] = {
        "soft_hyphens": Option(
            False, "Also flag soft hyphens (U+00AD); off by default because many sites use them as hyphenation hints."
        )
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _INVISIBLE.finditer(text):
            start, end = match.start(), match.end()
            if start == 0 and match.group() == "\ufeff":
                start += 1  # a byte-order mark at the very start is the encoding's, not the text's
                if start == end:
                    continue
            if not self.config["soft_hyphens"]:
                while start < end and text[start] == "\u00ad":
                    start += 1
                while end > start and text[end - 1] == "\u00ad":
                    end -= 1
                if start == end or "\u00ad" in text[start:end]:
                    continue
            if _legitimate_invisible(text, start, end):
                continue
            names = ", ".join(
                f"U+{ord(c):04X} {unicodedata.name(c, 'invisible')}" for c in dict.fromkeys(text[start:end])
            )
            yield self.finding(start, end, f"invisible character {names}", fix=Fix.delete(start, end, safe=True))


class ReplacementCharacter(Rule):
    """Flags the Unicode replacement character "�" (U+FFFD): text lost in decoding.

    ## What it does
    Finds U+FFFD, which a decoder inserts where bytes could not be decoded.
    There is no fix: the original character is gone and must be recovered
    from the source.

    ## Why it matters
    Every "�" is a lost letter or quotation mark; many in a document mean it
    was decoded with the wrong codec.

    Measured: precision not measurable yet: no finding on 451,080 words of scraped pages; 0
    false on 127,801 words of clean articles (validation part; bench/precision.py,
    bench/README.md).

    ## Example
    "Caf� society" is flagged.

    ## Use instead
    "Café society", decoded again from the original bytes with the right codec.

    ## Fix safety
    No fix: the characters that were lost cannot be recovered from the text; decode the source again with the right codec.

    ## Options
    None.
    """

    code = "EN007"
    name = "replacement-character"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.prose
        if "\ufffd" not in text:
            return
        for match in re.finditer("\ufffd+", text):
            count = match.end() - match.start()
            plural = "s" if count > 1 else ""
            yield self.finding(
                match.start(), match.end(), f"{count} replacement character{plural} (text lost in decoding)"
            )


# -- citation markers ---------------------------------------------------------

_CITATION = re.compile(
    r"\[(?:(?<![\w\]]\[)(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,5})|(citation needed|edit|clarification needed|verification needed|"
    r"dubious(?: [–-] discuss)?|who\?|when\?|which\?|according to whom\?|by whom\?|not in citation given|failed verification|"
    r"better source needed|page needed|full citation needed|original research\?|update|note \d{1,3}|nb \d{1,3}))\](?![(\[:])",
    re.IGNORECASE,
)
_REFERENCE_HEADING = re.compile(
    r"^[#\s]*(?:references?|sources?|notes?|citations?|bibliography|footnotes?|works cited|literature|further reading|"
    r"quellen|einzelnachweise|literatur|anmerkungen|références|notes et références|referencias|notas|fonti|note|bibliografia|"
    r"przypisy|bronnen|referenser|lähteet|источники|примечания|参考文献|脚注|출처|참고 문헌)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_REFERENCE_ENTRY = re.compile(r"^[ \t]*(?:\[\d{1,3}\]|\^|\d{1,3}\.?\s*\^)[ \t]*\S", re.MULTILINE)
_INDEXING = re.compile(r"[\w)\]]\s*$")


class DanglingCitation(Rule):
    """Flags citation markers with nowhere to point ("[1]", "[citation needed]", "[edit]").

    ## What it does
    Finds numeric reference markers ("[1]", "[2, 3]", "[4–6]") in a document
    that has no reference list (no "References", "Sources" or "Notes"
    heading and no lines starting with "[1]" or "^"), and wiki maintenance
    tags ("[citation needed]", "[edit]", "[who?]") anywhere. Markdown
    reference links ("[text][1]", "[1]: https://...") are not markers. The
    unsafe fix deletes the marker.

    ## Why it matters
    A marker with no reference list is residue from the page it was copied
    from; it interrupts the sentence and promises a source that is not there.

    Measured: precision 0.00 [0.00, 0.00] on real text: 1 findings on 451,080 words of
    scraped pages, 42 false on 127,801 words of clean articles (thin evidence) (validation
    part; bench/precision.py, bench/README.md); below 0.9, so it ships at info.

    ## Example
    "...according to the Financial Times [1]." with no reference list flags
    "[1]".

    ## Use instead
    "...according to the Financial Times." Or keep the marker with its reference list.

    ## Fix safety
    Unsafe: the fix removes the residue, but a text that discusses markup or links on purpose would lose it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "EN008"
    name = "dangling-citation"
    fixable = "unsafe"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if "[" not in prose:
            return
        has_references: bool | None = None
        for match in _CITATION.finditer(prose):
            numeric = match.group(1) is not None
            if numeric:
                if has_references is None:
                    has_references = bool(_REFERENCE_HEADING.search(prose) or _REFERENCE_ENTRY.search(prose))
                if has_references:
                    return
                if doc.line_at(match.start()).start == match.start():
                    continue  # a line that starts with "[1]" is an entry, not a marker
                if _identifier_before(prose, match.start()) and re.match(r"\s*[=.(\[]", prose[match.end() :]):
                    continue  # an index expression such as data[1] = 3
                if _POSITION_WORD.search(prose[max(0, match.start() - 20) : match.start()]):
                    continue  # "offset [4] or [6]", "step [2]": a position, not a citation
            start = match.start()
            if start > 0 and prose[start - 1] in " \t":
                start -= 1
            kind = "citation marker" if numeric else "wiki maintenance tag"
            yield self.finding(
                match.start(),
                match.end(),
                f"{kind} {match.group()} with no reference list" if numeric else f"{kind} {match.group()}",
                fix=Fix.delete(start, match.end()),
            )


_POSITION_WORD = re.compile(
    r"\b(?:or|and|to|from|at|in|of|offset|index|element|position|item|entry|slot|step|option|line|page|figure|fig\.?|table|"
    r"chapter|section|equation|eq\.?|cell|row|column|array|list|vector|register|byte|bit|field)\s*$",
    re.IGNORECASE,
)


def _identifier_before(text: str, offset: int) -> bool:
    return bool(re.search(r"[A-Za-z_]\w*$", text[max(0, offset - 40) : offset]))


# -- script links -------------------------------------------------------------

_SCRIPT_LINK = re.compile(
    r"\bjavascript:(?:void\s*\(\s*0?\s*\)|;|\w{1,40}\([^()\n]{0,80}\)|[\w.]{1,80}\(\))(?:\s*;)?"
    r"|\bdata:[\w/+.-]{1,40};base64,[A-Za-z0-9+/=]{20,}"
    r"|\babout:blank\b",
    re.IGNORECASE,
)


class ScriptLinkResidue(Rule):
    """Flags link targets that leaked into the text ("javascript:void(0)", "data:...;base64,").

    ## What it does
    Finds script pseudo-links ("javascript:void(0);", "javascript:share()"),
    inline base64 data URIs and "about:blank". The unsafe fix deletes them.

    ## Why it matters
    They are the href of a button or an image, never prose; their presence
    shows the extraction took attributes for text.

    Measured: precision not measurable yet: no finding on 451,080 words of scraped pages; 0
    false on 127,801 words of clean articles (validation part; bench/precision.py,
    bench/README.md).

    ## Example
    "Share this story javascript:void(0)" flags "javascript:void(0)".

    ## Use instead
    "Share this story" (or nothing: it was a button).

    ## Fix safety
    Unsafe: the fix removes the residue, but a text that discusses markup or links on purpose would lose it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `allow-about-blank`: Do not flag about:blank (e.g. in browser documentation).
    """

    code = "EN009"
    name = "script-link-residue"
    fixable = "unsafe"
    options: ClassVar[dict[str, Option]] = {
        "allow_about_blank": Option(False, "Do not flag about:blank (e.g. in browser documentation).")
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if ":" not in prose:
            return
        for match in _SCRIPT_LINK.finditer(prose):
            if self.config["allow_about_blank"] and match.group().lower() == "about:blank":
                continue
            yield self.finding(
                match.start(),
                match.end(),
                f"script or data link {_shorten(match.group())} left in the text",
                fix=Fix.delete(match.start(), match.end()),
            )


# -- helpers -------------------------------------------------------------------


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _inside(offset: int, pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``offset`` falls inside a match of ``pattern`` on its line."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end == -1 else line_end
    return any(m.start() <= offset - line_start < m.end() for m in pattern.finditer(text[line_start:line_end]))


RULES = [
    Mojibake,
    HtmlEntity,
    HtmlTag,
    MarkupResidue,
    ControlCharacter,
    InvisibleCharacter,
    ReplacementCharacter,
    DanglingCitation,
    ScriptLinkResidue,
]
