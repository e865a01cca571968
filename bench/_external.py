"""Real text the rules never saw: clean edited prose and peers' rule test cases, read at bench time.

Nothing here is copied into the repository. Each source is a public git repository pinned
to a commit; the benches read its files with ``git show`` from a local clone (a bare one is
fine). Put clones under one folder as ``owner+name`` (or ``owner+name/repo``, or
``owner/name``) and point ``SCRAPELINT_MIRRORS`` at it; by default ``../../.mirror`` from
the repository root is tried. A missing source is skipped with a message. Origin and
licence of every source: ``bench/README.md``.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from bench._split import Page

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Source:
    repo: str
    commit: str
    licence: str
    what: str


GUM = Source(
    "UniversalDependencies/UD_English-GUM",
    "afb41ee9bca57991125814fa04d96a0e61470c8b",
    "CC BY 4.0 (Wikinews, Wikivoyage texts used here); treebank CC BY-NC-SA 4.0",
    "Wikinews news, interviews and biographies, Wikivoyage guides (English), untokenised `# text` lines",
)
PUD = {
    "de": Source("UniversalDependencies/UD_German-PUD", "ff80846ae60a0a70fc4d6251ef73e6a483a620ee", "CC BY-SA 3.0", ""),
    "fr": Source("UniversalDependencies/UD_French-PUD", "c245786cfb3020d43bcfc96215ae531a1b07bcbc", "CC BY-SA 3.0", ""),
    "es": Source(
        "UniversalDependencies/UD_Spanish-PUD", "818a82b8628c9cbec78750c7e83ccba34b9ce22b", "CC BY-SA 3.0", ""
    ),
    "it": Source(
        "UniversalDependencies/UD_Italian-PUD", "71d932aa096368331ba2fd9bc906ec8dd853da8e", "CC BY-SA 3.0", ""
    ),
    "pl": Source("UniversalDependencies/UD_Polish-PUD", "a726e5866e7f134763d734e6d915b8faf10f552f", "CC BY-SA 4.0", ""),
    # added after the first measurement on the five above: more languages and two more scripts'
    # conventions (Cyrillic, Czech „…“), each measured once before any rule change
    "pt": Source(
        "UniversalDependencies/UD_Portuguese-PUD", "be08a756d76bd79bf5d4a492dfdc28b46b33e76e", "CC BY-SA 3.0", ""
    ),
    "sv": Source(
        "UniversalDependencies/UD_Swedish-PUD", "1290a67471931e543b4d2a734829f9177c604e94", "CC BY-SA 4.0", ""
    ),
    "cs": Source("UniversalDependencies/UD_Czech-PUD", "f68c66ccd8ab08fa343783a806fed446b905c07e", "CC BY-SA 4.0", ""),
    "ru": Source(
        "UniversalDependencies/UD_Russian-PUD", "da5b3816eeaa24283c1d81a48bb1de4d062fc5d5", "CC BY-SA 3.0", ""
    ),
}
BOSQUE = Source(
    "UniversalDependencies/UD_Portuguese-Bosque",
    "5de7ac34028ff6d1718031a4b0ae895717ed8dbe",
    "CC BY-SA 4.0",
    "Brazilian and Portuguese newspaper articles (Folha de S. Paulo, Público), test and dev files",
)
UNMATCHED_PAIR = Source(
    "textlint-rule/textlint-rule-no-unmatched-pair",
    "9e06926bf5e2778c9890a8a4e948e6bbbf374727",
    "MIT",
    "valid/invalid cases of textlint's unmatched-pair rule (test/*.js)",
)
EN_CAPITALIZATION = Source(
    "textlint-rule/textlint-rule-en-capitalization",
    "6a3649dadc68abf56174838ec20178610a173e73",
    "MIT",
    "valid/invalid cases of textlint's English sentence-capitalisation rule",
)
VALE_GOOGLE = Source(
    "errata-ai/Google",
    "6084433be646263c9eb3f3868ceb81d76ea2f313",
    "MIT",
    "Vale Google style fixtures and the alerts its feature file expects",
)
LANGUAGETOOL = Source(
    "languagetool-org/languagetool",
    "",  # too large to clone whole: a sparse checkout of LANGUAGETOOL_TESTS is enough
    "LGPL-2.1-or-later",
    "JUnit cases of LanguageTool's punctuation, whitespace, bracket, quote and capitalisation rules",
)
#: The LanguageTool test files read, with the commit each was read at.
LANGUAGETOOL_TESTS = {
    "languagetool-core/src/test/java/org/languagetool/rules/GenericUnpairedBracketsRuleTest.java": "07b1798a722a",
    "languagetool-core/src/test/java/org/languagetool/rules/GenericUnpairedQuotesRuleTest.java": "2cd7e2c1f769",
    "languagetool-core/src/test/java/org/languagetool/rules/CommaWhitespaceRuleTest.java": "00d974726383",
    "languagetool-core/src/test/java/org/languagetool/rules/DoublePunctuationRuleTest.java": "04e31ff0012a",
    "languagetool-core/src/test/java/org/languagetool/rules/MultipleWhitespaceRuleTest.java": "07b1798a722a",
    "languagetool-core/src/test/java/org/languagetool/rules/UppercaseSentenceStartRuleTest.java": "07b1798a722a",
    "languagetool-language-modules/en/src/test/java/org/languagetool/rules/en/UppercaseSentenceStartRuleTest.java": (
        "07b1798a722a"
    ),
    "languagetool-language-modules/en/src/test/java/org/languagetool/rules/en/EnglishUnpairedBracketsRuleTest.java": (
        "07b1798a722a"
    ),
    "languagetool-language-modules/en/src/test/java/org/languagetool/rules/en/EnglishUnpairedQuotesRuleTest.java": (
        "58d7b67a6266"
    ),
}
#: Held out: read for the TB rules' peer cases, measured once before any rule change.
MARKDOWNLINT = Source(
    "DavidAnson/markdownlint",
    "0213a0274dfeaac589af389f6c9bc9e821655810",
    "MIT",
    "markdownlint's rule test fixtures (test/*.md) with their inline {MDxxx} expected errors",
)
#: Added in the third widening (English clean text the rules were never tuned on), measured
#: once before any rule change it could prompt; every page goes to the validation part.
PUD_EN = Source(
    "UniversalDependencies/UD_English-PUD",
    "f16eba4ae7f3d161870ed320676c5088b8fa476c",
    "CC BY-SA 3.0",
    "English originals of the PUD news and Wikipedia documents",
)
OPENSTAX = {
    "philosophy": Source(
        "openstax/osbooks-introduction-philosophy",
        "ec6340117385f06d8e094850bade8948fe7ba002",
        "CC BY-NC-SA 4.0",
        "OpenStax Introduction to Philosophy: one page per module (book section), CNXML",
    ),
    "political-science": Source(
        "openstax/osbooks-introduction-political-science",
        "61afbf50d27ba833feb64b66ba06a5384e9f371c",
        "CC BY-NC-SA 4.0",
        "OpenStax Introduction to Political Science: one page per module (book section), CNXML",
    ),
}
#: Two more OpenStax books for the tuning part: rule changes prompted by the books above are
#: made on these, so that no rule is tuned on the two books above.
OPENSTAX_TUNING = {
    "us-history": Source(
        "openstax/osbooks-us-history",
        "c05b860a035ff59a2ca1fd44339ef86694e09b57",
        "CC BY-NC-SA 4.0 (the repository's LICENSE)",
        "OpenStax U.S. History: one page per module, CNXML",
    ),
    "american-government": Source(
        "openstax/osbooks-american-government",
        "a2677245241954039c7ebc996e82a8f3b0b4376f",
        "CC BY-NC-SA 4.0 (the repository's LICENSE)",
        "OpenStax American Government: one page per module, CNXML",
    ),
}


#: GUM genres taken from published, edited sources (academic papers, open textbooks),
#: added with the third widening.
GUM_EDITED_GENRES = ("academic", "textbook")
SOURCES = [
    GUM,
    *PUD.values(),
    BOSQUE,
    PUD_EN,
    *OPENSTAX.values(),
    UNMATCHED_PAIR,
    EN_CAPITALIZATION,
    VALE_GOOGLE,
    LANGUAGETOOL,
    MARKDOWNLINT,
]


def mirror_roots() -> list[Path]:
    """Folders holding the clones: ``SCRAPELINT_MIRRORS`` (a path list), else ``../../.mirror``."""
    value = os.environ.get("SCRAPELINT_MIRRORS")
    if value:
        return [Path(part) for part in value.split(os.pathsep) if part]
    return [ROOT.parent.parent / ".mirror"]


def git_dir(source: Source) -> Path | None:
    owner, name = source.repo.split("/")
    for base in mirror_roots():
        for candidate in (base / f"{owner}+{name}" / "repo", base / f"{owner}+{name}", base / owner / name):
            if candidate.exists():
                return candidate
    return None


def read_checkout(source: Source, path: str) -> str | None:
    """A file of a (sparse) working-tree checkout: ``owner+name/tree/PATH`` or ``owner/name/PATH``."""
    owner, name = source.repo.split("/")
    for base in mirror_roots():
        for candidate in (base / f"{owner}+{name}" / "tree" / path, base / owner / name / path):
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
    print(f"(skipped {source.repo}:{path}: not checked out under {mirror_roots()})", file=sys.stderr)
    return None


def _git(source: Source, *args: str) -> str | None:
    where = git_dir(source)
    if where is None:
        print(f"(skipped {source.repo}: no clone under {mirror_roots()}; see bench/README.md)", file=sys.stderr)
        return None
    done = subprocess.run(["git", "--git-dir", str(where), *args], capture_output=True, text=True, check=False)
    if done.returncode:
        where_git = where / ".git"
        if where_git.exists():
            done = subprocess.run(
                ["git", "--git-dir", str(where_git), *args], capture_output=True, text=True, check=False
            )
    if done.returncode:
        print(f"(skipped {source.repo}: {done.stderr.strip()[:200]})", file=sys.stderr)
        return None
    return done.stdout


def read(source: Source, path: str) -> str | None:
    return _git(source, "show", f"{source.commit}:{path}")


def listing(source: Source, under: str) -> list[str]:
    """Every file path under ``under`` at the pinned commit, as written (``-z``: git quotes a
    path with non-ASCII characters otherwise, and ``git show`` cannot read the quoted form)."""
    out = _git(source, "ls-tree", "-r", "-z", "--name-only", source.commit, under)
    return [path for path in out.split("\0") if path] if out else []


# -- clean prose ------------------------------------------------------------------------------

GUM_GENRES = ("news", "interview", "bio", "voyage")


def gum_pages(genres: tuple[str, ...] = GUM_GENRES, source: str = "ud-gum", part: str = "") -> list[Page]:
    """GUM's documents of ``genres``, paragraphs as in the treebank (headings on their own line)."""
    pages = []
    for path in listing(GUM, "not-to-release/sources"):
        m = re.search(r"GUM_([a-z]+)_(\w+)\.conllu$", path)
        if not m or m.group(1) not in genres:
            continue
        text = read(GUM, path)
        if text:
            pages.append(Page(f"gum/{m.group(1)}_{m.group(2)}", source, conllu_text(text), "en", part=part))
    return pages


def conllu_text(conllu: str) -> str:
    """The running text of a CoNLL-U file: ``# text`` lines, a new line at each ``# newpar``."""
    paragraphs: list[list[str]] = [[]]
    for line in conllu.split("\n"):
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            if paragraphs[-1]:
                paragraphs.append([])
        elif line.startswith("# text = "):
            paragraphs[-1].append(line[len("# text = ") :].strip())
    return "\n".join(" ".join(p) for p in paragraphs if p)


def pud_pages() -> list[Page]:
    """PUD documents (news and Wikipedia, translated by professionals): one paragraph each,
    grouped by the document part of the sentence id (``n01001``011), since not every
    language marks ``# newdoc``."""
    pages = []
    for lang, source in PUD.items():
        name = f"{lang}_pud-ud-test.conllu"
        text = read(source, name)
        if not text:
            continue
        docs = _conllu_documents(text, "sent_id", lambda sent: sent[:6])
        pages += [Page(f"pud-{lang}/{doc}", "ud-pud", " ".join(s), lang) for doc, s in docs.items()]
    return pages


def _conllu_documents(text: str, comment: str, doc_of: Callable[[str], str] = str) -> dict[str, list[str]]:
    """The sentences (``# text``) of a CoNLL-U file, grouped by the value of the last
    ``# <comment> = ...`` line before each (mapped through ``doc_of``)."""
    docs: dict[str, list[str]] = {}
    doc = ""
    for line in text.split("\n"):
        if line.startswith(f"# {comment} = "):
            doc = doc_of(line.split("= ", 1)[1].strip())
        elif line.startswith("# text = "):
            docs.setdefault(doc, []).append(line[len("# text = ") :].strip())
    return docs


def bosque_pages() -> list[Page]:
    """Bosque's newspaper articles (not translations): one page per ``# newdoc_id``, its
    sentences joined in one paragraph (the treebank keeps no paragraph breaks)."""
    pages = []
    for name in ("pt_bosque-ud-test.conllu", "pt_bosque-ud-dev.conllu"):
        text = read(BOSQUE, name)
        if not text:
            continue
        docs = _conllu_documents(text, "newdoc_id")
        pages += [Page(f"bosque-pt/{doc}", "ud-bosque", " ".join(s), "pt") for doc, s in docs.items()]
    return pages


def pud_en_pages() -> list[Page]:
    """The English PUD documents (the originals the other PUD languages translate)."""
    text = read(PUD_EN, "en_pud-ud-test.conllu")
    if not text:
        return []
    docs = _conllu_documents(text, "sent_id", lambda sent: sent[:6])
    return [Page(f"pud-en/{doc}", "ud-pud", " ".join(s), "en", part="validation") for doc, s in docs.items()]


CNX = "{http://cnx.rice.edu/cnxml}"
#: CNXML elements left out of a page: metadata, figures and tables, exercises, glossaries,
#: footnote references (``cite``: a superscript marker on the rendered page), embedded media.
CNX_SKIP = frozenset(
    CNX + tag
    for tag in (
        "metadata", "figure", "media", "table", "exercise", "glossary", "cite", "footnote", "iframe", "equation",
        "code", "preformat",
    )
)  # fmt: skip
#: Section classes that hold no running prose: question sets and bibliographies.
CNX_SKIP_CLASSES = frozenset({"review-questions", "references", "further-reading"})
#: Elements rendered as a block (a line of their own).
CNX_BLOCKS = frozenset(CNX + tag for tag in ("title", "para", "item", "quote", "caption", "label"))


def cnxml_text(xml: str) -> str:
    """The prose of one OpenStax CNXML module as a reader sees it: the module title, then
    section titles, paragraphs and list items one to a line (a ``newline`` element breaks
    the line, as ``<br>`` does on the rendered page); inline markup (emphasis,
    terms, links) keeps its text, MathML and the elements of ``CNX_SKIP`` are dropped."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml)
    lines: list[str] = []

    def inner(el) -> str:
        parts = [el.text or ""]
        for child in el:
            if child.tag in CNX_SKIP or not child.tag.startswith(CNX):
                parts.append(child.tail or "")
            elif child.tag == CNX + "newline":
                parts.append("\n" + (child.tail or ""))
            elif child.tag == CNX + "link" and not len(child) and not (child.text or "").strip():
                parts.append(cross_reference(child.get("target-id", "")) + (child.tail or ""))
            else:
                parts.append(inner(child) + (child.tail or ""))
        return "".join(parts)

    def walk(el) -> None:
        if el.tag in CNX_SKIP or not el.tag.startswith(CNX) or el.get("class") in CNX_SKIP_CLASSES:
            return
        if el.tag in CNX_BLOCKS and not any(child.tag in CNX_BLOCKS or child.tag == CNX + "list" for child in el):
            text = "\n".join(" ".join(line.split()) for line in inner(el).split("\n") if line.strip())
            if text:
                lines.append(text)
            return
        for child in el:
            walk(child)

    title = root.find(CNX + "title")
    if title is not None and (title.text or "").strip():
        lines.append(title.text.strip())
    content = root.find(CNX + "content")
    if content is not None:
        walk(content)
    return "\n".join(lines)


def cross_reference(target: str) -> str:
    """What the rendered book prints for an empty ``<link target-id=...>``: "Figure 2",
    "Table 1"; an empty link without a target (an embedded exercise) prints nothing."""
    kind, _, number = target.partition("-")
    label = {"fig": "Figure", "table": "Table"}.get(kind)
    if label and number.isdigit():
        return f"{label} {int(number)}"
    return "this section" if target else ""


def openstax_pages(books: dict[str, Source] = OPENSTAX, part: str = "validation") -> list[Page]:
    """One page per OpenStax module (a book section), every one in ``part``."""
    pages = []
    for book, source in books.items():
        for path in listing(source, "modules"):
            if not path.endswith("index.cnxml"):
                continue
            xml = read(source, path)
            text = cnxml_text(xml) if xml else ""
            if len(text.split()) >= 50:
                module = path.split("/")[-2]
                pages.append(Page(f"openstax-{book}/{module}", "openstax", text, "en", part=part))
    return pages


def clean_external() -> list[Page]:
    return (
        gum_pages()
        + pud_pages()
        + bosque_pages()
        + pud_en_pages()
        + gum_pages(GUM_EDITED_GENRES, "ud-gum-edited", "validation")
        + openstax_pages()
        + openstax_pages(OPENSTAX_TUNING, "tuning")
        + fourth_widening()
    )


# -- fourth widening: long, edited English articles in house styles not seen before --------------

#: Added in the fourth widening and measured once, with the rules as they were, before any
#: rule change it could prompt (bench/README.md, "Fourth widening"). Each source is one house
#: style, assigned whole to one part.
BLOG_18F = Source(
    "18F/18f.gsa.gov",
    "0a55c75e6d9bc71c80136a3867dac52356177443",
    "public domain (a work of the United States government) and CC0 1.0 worldwide (the repository's LICENSE.md)",
    "the 18F blog (U.S. General Services Administration): one page per post, Markdown",
)
AOSA = Source(
    "aosabook/aosabook",
    "3c147d363272138950266defbb99defa0cbd9e54",
    "CC BY 3.0 (docs/en/license.html)",
    "The Architecture of Open Source Applications (volumes 1 and 2) and The Performance of Open Source "
    "Applications: edited book chapters, HTML, one page per numbered section",
)
PROGIT = Source(
    "progit/progit2",
    "55b541e9e6d747208a76a15d1f1e01463093f67b",
    "CC BY-NC-SA 3.0 (LICENSE.asc)",
    "Pro Git, second edition (Apress): one page per section file, AsciiDoc",
)
#: The same house style as the 18F blog (a U.S. federal agency's edited blog), for the tuning part.
DIGITALGOV = Source(
    "GSA/digitalgov.gov",
    "4979583206d90ff1707b097454a9b169ca9e95e4",
    "public domain (a work of the United States government; the repository's LICENSE.md)",
    "Digital.gov news posts (U.S. General Services Administration): one page per post, Markdown",
)

#: Elements whose text a reader of the article does not see as running prose: code, figures,
#: tables, embedded media, footnote markers and footnote lists.
HTML_SKIP = frozenset(
    "script style pre table figure img iframe svg nav form noscript video audio sup object embed button".split()
)
HTML_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd blockquote div td th caption figcaption".split())
#: Marks that close up to the word before them.
_CLOSING_MARKS = frozenset(".,;:!?)")
HTML_SKIP_CLASSES = frozenset({"footnotes", "figure", "titlebox", "author", "image", "toc"})


def _marker(el) -> bool:
    """A footnote marker: a superscript, or a link holding nothing but one."""
    return el.tag == "sup" or (len(el) > 0 and all(child.tag == "sup" for child in el) and not (el.text or "").strip())


def html_blocks(root) -> list[tuple[str, str]]:
    """``(tag, text)`` per block of an HTML tree as a reader sees it: a block with no block
    inside is one line (``<br>`` breaks it), text loose in a container is a line of its own;
    inline markup keeps its text, the elements of ``HTML_SKIP`` and classes of
    ``HTML_SKIP_CLASSES`` are dropped."""
    out: list[tuple[str, str]] = []

    def skipped(el) -> bool:
        tag = el.tag if isinstance(el.tag, str) else ""
        return not tag or tag in HTML_SKIP or bool(set((el.get("class") or "").split()) & HTML_SKIP_CLASSES)

    def inner(el) -> str:
        parts = [(el.text or "").replace("\n", " ")]
        for child in el:
            shown = ""
            if child.tag == "br":
                shown = "\n"
            elif not skipped(child):
                shown = inner(child)
            tail = (child.tail or "").replace("\n", " ")
            if not shown.strip() and tail[:1] in _CLOSING_MARKS and _marker(child):
                # a left-out marker (a footnote's number) between a word and its punctuation:
                # the space before the marker goes with it ("size <sup>29</sup>." is "size.")
                parts[-1] = parts[-1].rstrip(" ")
            parts.append(shown)
            parts.append(tail)
        return "".join(parts)

    def emit(tag: str, text: str) -> None:
        for line in text.split("\n"):
            line = " ".join(line.split())
            if line:
                out.append((tag, line))

    def has_block(el) -> bool:
        return any(isinstance(d.tag, str) and d.tag in HTML_BLOCKS for d in el.iterdescendants())

    def walk(el) -> None:
        if skipped(el):
            return
        if el.tag in HTML_BLOCKS and not has_block(el):
            emit(el.tag, inner(el))
            return
        # text loose in a container and the inline elements beside it make one line (a list
        # item's sentence before its nested list), broken only where a block child starts
        loose = [(el.text or "").replace("\n", " ")]
        for child in el:
            if child.tag == "br":
                loose.append("\n")
            elif not skipped(child) and not (child.tag in HTML_BLOCKS or has_block(child)):
                loose.append(inner(child))
            else:
                emit(el.tag, "".join(loose))
                loose = []
                walk(child)
            loose.append((child.tail or "").replace("\n", " "))
        emit(el.tag, "".join(loose))

    walk(root)
    return out


def html_text(html: str) -> list[tuple[str, str]]:
    import lxml.html

    root = lxml.html.fromstring(html)
    body = root.find("body")
    return html_blocks(body if body is not None else root)


#: Template tags of the two blogs' site generators (Liquid/Eleventy, Hugo): a link target
#: built by a tag, a team member's name, any other tag (a figure, a shortcode).
_LINK_TAG = re.compile(r"\]\(\s*\{\{[<%]?[^}]*\}\}[^)\s]*\)")
_TEAM_LINK = re.compile(r'\{\{\s*"([a-z-]+)"\s*\|\s*team_link\s*\}\}')
_ANY_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
#: An attribute block closing a heading ("## Usability tests {#usability}"): Hugo and the
#: blogs' Markdown set-ups make it the heading's id or class; the page does not print it.
_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}[ \t][^\n]*?)[ \t]*+\{[#.][^{}\n]*+\}[ \t]*+$", re.M)
#: YAML front matter as Hugo and Jekyll read it: blank lines may come before the opening
#: ``---``, the closing ``---`` may end the file (a post that is front matter alone) and
#: either may carry trailing spaces. None of it is printed on the page.
_FRONT_MATTER = re.compile(r"\s*+---[ \t]*+\n(.*?)\n---[ \t]*+(?:\n|\Z)", re.S)


def _html_title(title: str) -> str:
    if "<" in title or "&" in title:  # the site renders the title as HTML
        return " ".join(text for _, text in html_text(f"<html><body><p>{title}</p></body></html>"))
    return title


def markdown_page(source_text: str) -> str:
    """A Markdown post with YAML front matter as a reader sees it: its title, then its blocks
    one to a line (via ``markdown-it``, code and figures left out as in ``html_blocks``)."""
    title, body, _ = _yaml_front_matter(source_text)
    return _markdown_blocks(title, _template_tags(body))


def _yaml_front_matter(source_text: str) -> tuple[str, str, str]:
    """``(title, body, front matter)`` of a post; no front matter: ``("", text, "")``."""
    m = _FRONT_MATTER.match(source_text)
    if not m:
        return "", source_text, ""
    t = re.search(r"^title:\s*(.+)$", m.group(1), re.M)
    title = _html_title(t.group(1).strip().strip("'\"").strip().replace('\\"', '"')) if t else ""
    return title, source_text[m.end() :], m.group(1)


def _template_tags(body: str) -> str:
    """The body with its site generator's template tags taken out (a link built by a tag keeps
    its text, a team member's tag prints the name)."""
    body = _LINK_TAG.sub("](/)", body)
    body = _TEAM_LINK.sub(lambda m: m.group(1).replace("-", " ").title(), body)
    return _ANY_TAG.sub("", body)


def _markdown_blocks(title: str, body: str, indented_code: bool = True, extensions: tuple[str, ...] = ()) -> str:
    """The title, then the blocks of a Markdown body one to a line; ``indented_code=False`` for a
    site whose Markdown reads indented lines as text, not code (Redcarpet's
    ``disable_indented_code_blocks``); ``extensions``: more ``markdown-it`` rules the site's
    Markdown has (``strikethrough``: GFM's ``~~struck~~``, which prints the text without tildes)."""
    from markdown_it import MarkdownIt

    body = _HEADING_ATTRIBUTES.sub(r"\1", body)
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", *extensions])
    html = (md if indented_code else md.disable("code")).render(body)
    lines = [text for _, text in html_text(f"<html><body>{html}</body></html>")] if html.strip() else []
    return "\n".join(([title] if title else []) + lines)


def blog_pages(source: Source, under: str, name: str, part: str) -> list[Page]:
    """One page per Markdown post under ``under``, every one in ``part``."""
    pages = []
    for path in listing(source, under):
        if not path.endswith(".md") or path.rsplit("/", 1)[-1].startswith("_"):
            continue
        text = read(source, path)
        body = markdown_page(text) if text else ""
        if len(body.split()) >= 50:
            slug = path.rsplit("/", 1)[-1][: -len(".md")]
            pages.append(Page(f"{name}/{slug}", name, body, "en", part=part))
    return pages


def aosa_pages(volumes: str = "v1|v2|posa", part: str = "validation") -> list[Page]:
    """One page per second-level section of each chapter of ``volumes`` (the chapter's opening
    paragraphs before its first section are a page of their own), in ``part``. *500 Lines or
    Less* (``500L``), the series' fourth book, same editors and house style, goes to tuning."""
    pages = []
    for path in listing(AOSA, "docs/en"):
        m = re.fullmatch(rf"docs/en/({volumes})/([a-z0-9-]+)\.html", path)
        if not m or re.fullmatch(r"intro\d?|introduction|bib\d", m.group(2)):
            continue
        html = read(AOSA, path)
        if not html:
            continue
        sections: list[list[str]] = [[]]
        for tag, text in html_text(html):
            if tag == "h2" and sections[-1]:
                sections.append([])
            sections[-1].append(text)
        for n, lines in enumerate(sections):
            if len(" ".join(lines).split()) >= 50:
                name = "aosa" if part == "validation" else "aosa-500l"
                pages.append(Page(f"{name}/{m.group(1)}-{m.group(2)}-{n}", name, "\n".join(lines), "en", part=part))
    return pages


def asciidoc_text(adoc: str) -> str:
    """An AsciiDoc section as a reader sees it: titles, paragraphs (the source's one sentence
    a line joined), list items and admonition text one block to a line; listings, literal
    blocks, tables, images, anchors, attributes and index terms left out, inline markup and
    cross-references reduced to their text."""
    blocks: list[str] = []
    para: list[str] = []
    fence = held_title = ""

    def flush() -> None:
        if para:
            blocks.append(" ".join(para))
            para.clear()

    for raw in adoc.split("\n"):
        line = raw.rstrip()
        if fence:
            if line == fence:
                fence = ""
            continue
        if re.fullmatch(r"(-{4,}|\.{4,}|\|={3,}|/{4,}|\+{4,})", line):
            flush()
            fence, held_title = line, ""
            continue
        if not line.strip() or re.fullmatch(r"={4,}|\*{4,}|_{4,}", line) or line.startswith("//"):
            flush()
            continue
        if re.match(r"^(\[.*\]|:[\w-]+:.*|image::.*|include::.*|ifdef::.*|endif::.*|ifndef::.*)$", line):
            flush()
            if not line.startswith("["):
                held_title = ""  # a figure's title is its caption, left out with the figure
            continue
        if re.match(r"^\.[A-Z`_*]", line):
            flush()
            held_title = line[1:]  # a block title: printed only over a paragraph, not over a figure or listing
            continue
        m = re.match(r"^(=+|\*+|-|\.+|\d+\.)\s+(.*)$", line)
        if m:
            flush()
            held_title = ""
            para.append(m.group(2))
            if m.group(1).startswith("="):
                flush()
            continue
        if re.match(r"^(NOTE|TIP|WARNING|IMPORTANT|CAUTION): ", line):
            flush()
            line = line.split(": ", 1)[1]
        if held_title and not para:
            blocks.append(held_title)
            held_title = ""
        para.append(line.strip())
    flush()
    text = "\n".join(blocks)
    text = re.sub(r"<<[^,>]*,\s*([^>]*)>>", r"\1", text)
    text = re.sub(r"<<([^>]*)>>", r"\1", text)
    text = re.sub(r"\(\(\(.*?\)\)\)", "", text)
    text = re.sub(r"\(\((.*?)\)\)", r"\1", text)
    text = re.sub(r"(?:link:)?(https?://\S+?)\[\^?\]", r"\1", text)  # no label: the address is printed
    text = re.sub(r"(?:link:)?(?:https?://\S+?)\[([^\]]*?)\^?\]", r"\1", text)
    text = re.sub(r"\b(?:footnote|kbd|btn|menu):\S*?\[([^\]]*)\]", r"\1", text)
    text = re.sub(r"(?<![\w`])([*_`+]{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w`])", r"\2", text)
    text = re.sub(r"\{\w[\w-]*\}", "", text)
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def progit_pages() -> list[Page]:
    """One page per Pro Git section file, in the validation part."""
    pages = []
    for path in listing(PROGIT, "book"):
        if not re.fullmatch(r"book/[^/]+/sections/[^/]+\.asc", path):
            continue
        adoc = read(PROGIT, path)
        text = asciidoc_text(adoc) if adoc else ""
        if len(text.split()) >= 50:
            chapter, section = path.split("/")[1], path.rsplit("/", 1)[-1][: -len(".asc")]
            pages.append(Page(f"progit/{chapter}-{section}", "progit", text, "en", part="validation"))
    return pages


def fourth_widening() -> list[Page]:
    return (
        blog_pages(BLOG_18F, "content/posts", "blog-18f", "validation")
        + aosa_pages()
        + progit_pages()
        + blog_pages(DIGITALGOV, "content/news", "digitalgov", "tuning")
        + aosa_pages("500L", "tuning")
        + fifth_widening()
        + rust_blog_pages()
        + go_blog_pages()
        + v8_blog_pages()
        + letsencrypt_blog_pages()
        + react_blog_pages()
        + nodejs_blog_pages()
        + otel_blog_pages()
        + carpentries_blog_pages()
        + swift_blog_pages()
        + cloud_gov_news_pages()
        + lil_blog_pages()
        + pclob_news_pages()
        + opensource_guides_pages()
        + bssw_blog_pages()
        + ropensci_blog_pages()
        + flink_blog_pages()
        + gds_manual_pages()
        + ember_blog_pages()
        + tidyverse_blog_pages()
        + julia_blog_pages()
        + bair_blog_pages()
        + physrisk_blog_pages()
        + publiccode_blog_pages()
        + privacy_guides_pages()
        + capgemini_blog_pages()
        + chtc_articles_pages()
        + rac_blog_pages()
        + rse_sheffield_blog_pages()
        + libraries_hacked_blog_pages()
        + artsy_blog_pages()
        + tts_handbook_pages()
        + cncf_glossary_pages()
        + free_law_pages()
        + rdmkit_pages()
        + guides_18f_pages()
        + modernisation_platform_pages()
        + nim_blog_pages()
        + crystal_blog_pages()
        + scientific_python_blog_pages()
        + dxw_playbook_pages()
    )


# -- fifth widening: a government blog outside the United States ----------------------------------

#: Added in the fifth widening and measured once, with the rules as they were, before any rule
#: change it could prompt (bench/README.md, "Fifth widening"): a federal digital service's
#: edited blog in Canadian English, a house style (and site generator set-up) the gate had not
#: seen. One site, so the whole of it goes to the validation part.
BLOG_CDS = Source(
    "cds-snc/digital-canada-ca",
    "20c68d81434e653ccdf02ff4876a74f3eaa4e6f4",
    "MIT (the repository's LICENSE, Canadian Digital Service)",
    "the Canadian Digital Service blog (Government of Canada), English posts: one page per post, Markdown",
)


def fifth_widening() -> list[Page]:
    return blog_pages(BLOG_CDS, "content/en/blog/posts", "blog-cds", "validation")


# -- sixth widening: a programming language project's blog -----------------------------------------

#: Added in the sixth widening and measured once, with the rules as they were, before any rule
#: change it could prompt (bench/README.md, "Sixth widening"): the Rust project's blogs, edited
#: technical prose with inline code, written by its teams and reviewed before publication (Zola,
#: TOML front matter). The main blog goes to the validation part; "Inside Rust", the same
#: site's blog for contributors (same reviewers, same generator), to the tuning part.
BLOG_RUST = Source(
    "rust-lang/blog.rust-lang.org",
    "0243724c2e50ad2b7ebd3d9dbc7cd88aed7605a3",
    "MIT or Apache-2.0 (the repository's LICENSE-MIT and LICENSE-APACHE)",
    "the Rust blog and Inside Rust blog (the Rust project): one page per post, Markdown with TOML front matter",
)
#: TOML front matter as Zola reads it: between two ``+++`` lines at the top of the file.
_TOML_FRONT_MATTER = re.compile(r"\s*+\+\+\+[ \t]*+\n(.*?)\n\+\+\+[ \t]*+(?:\n|\Z)", re.S)


def zola_page(source_text: str) -> str:
    """A Zola post (TOML front matter, no template tags in the body: Zola's shortcodes are not
    used by these posts, and ``{{...}}`` in them is Rust code) as a reader sees it."""
    import tomllib

    title, body = "", source_text
    m = _TOML_FRONT_MATTER.match(source_text)
    if m:
        body = source_text[m.end() :]
        try:
            title = _html_title(str(tomllib.loads(m.group(1)).get("title", "")).strip())
        except tomllib.TOMLDecodeError:
            title = ""
    return _markdown_blocks(title, body)


def rust_blog_pages() -> list[Page]:
    """One page per post: ``content/NAME.md`` or ``content/NAME/index.md`` (the main blog,
    validation) and ``content/inside-rust/...`` (tuning); section index files left out."""
    pages = []
    for path in listing(BLOG_RUST, "content"):
        m = re.fullmatch(r"content/(inside-rust/)?([^/_][^/]*?)(?:\.md|/index\.md)", path)
        if not m:
            continue
        text = read(BLOG_RUST, path)
        body = zola_page(text) if text else ""
        if len(body.split()) >= 50:
            name, part = ("rust-inside", "tuning") if m.group(1) else ("rust-blog", "validation")
            pages.append(Page(f"{name}/{m.group(2)}", name, body, "en", part=part))
    return pages


# -- seventh widening: a programming language project's blog in another house style -------------

#: Added in the seventh widening, to be measured once, with the rules as they are, before any
#: rule change it could prompt (bench/README.md, "Seventh widening"): the Go blog, posts by the
#: Go team and guest authors reviewed before publication, served by the Go website's own
#: generator (YAML front matter, Go ``text/template`` actions in the body). Split by year:
#: posts dated 2013 or later to the validation part, the 2010-2012 posts to the tuning part.
BLOG_GO = Source(
    "golang/website",
    "b02076ae6df08ee9d495fe4b283f88ac18e51012",
    "CC BY 4.0 (the site's text, _content/copyright.md); code BSD-3-Clause (the repository's LICENSE)",
    "the Go blog (the Go project): one page per post, Markdown with YAML front matter",
)
#: The first year of the Go blog's validation part; earlier posts are tuning pages.
GO_BLOG_VALIDATION_FROM = 2013
#: An action that prints a string: ``{{raw `...`}}`` (Markdown kept from the template engine,
#: mostly code whose braces would otherwise be actions), ``{{raw "..."}}``, ``{{" < "}}``.
_GO_PRINTED = re.compile(r'\{\{\s*+(?:raw\s++)?(?:`([^`]*+)`|"((?:[^"\\\n]|\\.)*+)")\s*+\}\}')


def go_blog_page(source_text: str) -> str:
    """A Go blog post as a reader sees it: the title, then the body with its template actions
    done as the site does them: ``raw`` and string-literal actions print their text, the other
    actions (an image, a code file, a playground, a video) are left out like figures and code."""
    title, body, _ = _yaml_front_matter(source_text)
    held: list[str] = []

    def hold(text: str) -> str:
        held.append(text)
        return f"\x00{len(held) - 1}\x00"

    body = _GO_PRINTED.sub(
        lambda m: hold(m.group(1) if m.group(2) is None else re.sub(r"\\(.)", r"\1", m.group(2))), body
    )
    body = _template_tags(body)
    body = re.sub(r"\x00(\d++)\x00", lambda m: held[int(m.group(1))], body)
    return _markdown_blocks(title, body)


def go_blog_year(source_text: str) -> int | None:
    """The year of a post's ``date:``; None for a page without one (a redirect)."""
    _, _, front = _yaml_front_matter(source_text)
    m = re.search(r"^date:\s*['\"]?(\d{4})-", front, re.M)
    return int(m.group(1)) if m else None


def go_blog_pages() -> list[Page]:
    """One page per dated post under ``_content/blog`` (index pages and redirects have no date),
    in the validation part from ``GO_BLOG_VALIDATION_FROM`` on, else in the tuning part."""
    pages = []
    for path in listing(BLOG_GO, "_content/blog"):
        m = re.fullmatch(r"_content/blog/([^/_][^/]*)\.md", path)
        text = read(BLOG_GO, path) if m else None
        year = go_blog_year(text) if text else None
        if year is None:
            continue
        body = go_blog_page(text)
        if len(body.split()) >= 50:
            name, part = ("go-blog", "validation") if year >= GO_BLOG_VALIDATION_FROM else ("go-blog-early", "tuning")
            pages.append(Page(f"{name}/{m.group(1)}", name, body, "en", part=part))
    return pages


# -- eighth widening: a JavaScript engine's blog ------------------------------------------------

#: Added in the eighth widening, to be measured once, with the rules as they are, before any rule
#: change it could prompt (bench/README.md, "Eighth widening"): the V8 blog, posts by the V8 team
#: reviewed before publication, served by Eleventy (YAML front matter, Markdown titles, Nunjucks
#: layouts, figures and custom elements as raw HTML in the body). One site, so the whole of it goes
#: to the validation part: the blog (``src/blog``, source ``v8-blog``) and the JavaScript feature
#: explainers (``src/features``, same site, authors and review, source ``v8-features``).
BLOG_V8 = Source(
    "v8/v8.dev",
    "7aabdf8d32431c4a292009564261ceddd8f718d6",
    "CC BY 3.0 (the site's text, per the footer of src/_includes/layouts/base.njk); code Apache-2.0 (LICENSE)",
    "the V8 blog and feature explainers (the V8 project): one page per post, Markdown with YAML front matter",
)
#: markdown-it-attrs blocks closing a line ("## Support { #support }", "![](x.svg){ .no-darkening }"):
#: the site makes them an id or class; the page does not print them.
_V8_ATTRIBUTES = re.compile(r"[ \t]*+\{[ \t]*+[#.][A-Za-z][^{}\n]*+\}[ \t]*+$", re.M)
#: A ``::: figure CAPTION`` container: images and their caption, left out like other figures.
_V8_FIGURE = re.compile(r"^[ \t]{0,3}:::[ \t]*+figure\b.*?^[ \t]{0,3}:::[ \t]*+$", re.M | re.S)
#: The markers of the other containers (note, table-wrapper, ecmascript-algorithm): the site
#: wraps their content in a ``div``; the content is read, the markers are not printed.
_V8_CONTAINER = re.compile(r"^[ \t]{0,3}:::[ \t]*+(?:[a-z-]+)?[ \t]*+$", re.M)
#: Footnotes (markdown-it-footnote): a definition with its indented continuation lines, and a
#: reference. The site prints references as superscripts and the notes in a closing list, both
#: left out as ``html_blocks`` leaves out ``sup`` and the ``footnotes`` list.
_V8_FOOTNOTE = re.compile(r"^\[\^[^\]\n]++\]:.*+(?:\n(?:[ ]{4}|\t).*+)*+|\[\^[^\]\s]++\]", re.M)


def v8_page(source_text: str) -> str:
    """A v8.dev post as a reader sees it: the title, rendered as inline Markdown as the site's
    layout does (``{{ title | markdown }}``), then the body's blocks; the body has no template
    tags of its own; its attribute blocks and container markers (markdown-it plugins) are not printed,
    its figures (HTML or ``::: figure``), footnotes, scripts and iframes are left out like code."""
    from markdown_it import MarkdownIt

    _, body, front = _yaml_front_matter(source_text)
    m = re.search(r"^title:\s*(.+)$", front, re.M)
    title = ""
    if m:
        raw = m.group(1).strip()
        if len(raw) >= 2 and raw[0] == raw[-1] == "'":
            raw = raw[1:-1].replace("''", "'")
        elif len(raw) >= 2 and raw[0] == raw[-1] == '"':
            raw = raw[1:-1].replace('\\"', '"')
        html = MarkdownIt("commonmark", {"html": True}).renderInline(raw)
        title = " ".join(text for _, text in html_text(f"<html><body><p>{html}</p></body></html>"))
    body = _V8_FOOTNOTE.sub("", _V8_CONTAINER.sub("", _V8_FIGURE.sub("", body)))
    return _markdown_blocks(title, _V8_ATTRIBUTES.sub("", body))


def v8_blog_pages() -> list[Page]:
    """One page per post, ``src/blog/NAME.md`` and ``src/features/NAME.md``, all in the
    validation part; files starting with ``_`` are drafts the site does not publish."""
    pages = []
    for path in listing(BLOG_V8, "src"):
        m = re.fullmatch(r"src/(blog|features)/([^/_][^/]*)\.md", path)
        text = read(BLOG_V8, path) if m else None
        if not text:
            continue
        body = v8_page(text)
        if len(body.split()) >= 50:
            name = "v8-blog" if m.group(1) == "blog" else "v8-features"
            pages.append(Page(f"{name}/{m.group(2)}", name, body, "en", part="validation"))
    return pages


# -- ninth widening: a non-profit's blog ------------------------------------------------------------

#: Added in the ninth widening, to be measured once, with the rules as they are, before any rule
#: change it could prompt (bench/README.md, "Ninth widening"): the Let's Encrypt blog, posts by
#: the Internet Security Research Group (a non-profit certificate authority) for sponsors, site
#: operators and the public: annual letters, fundraising, policy and service changes, published by
#: the organisation and served by Hugo (YAML front matter, a few posts written as raw HTML).
#: One site, so the whole of it goes to the validation part.
BLOG_LETSENCRYPT = Source(
    "letsencrypt/website",
    "b89871ef735cbb447f8d72c86146fcc8e62fc4ab",
    "MPL-2.0 (the repository's LICENSE.txt)",
    "the Let's Encrypt blog (ISRG): one page per post, Markdown or HTML with YAML front matter",
)


def _yaml_scalar(raw: str) -> str:
    """A one-line YAML scalar as written in front matter: single quotes double an inner ``'``,
    double quotes escape an inner ``"``; a plain scalar is taken as it stands."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    return raw


#: A Jekyll post's path, ``_posts/YYYY-MM-DD-NAME.md`` (or ``.markdown``); the group names the page.
JEKYLL_POST = r"_posts/(\d{4}-\d{1,2}-\d{1,2}-[^/]+)\.(?:md|markdown)"


def _post_pages(
    source: Source,
    folder: str,
    pattern: str,
    name: str,
    part: str,
    render: Callable[[str], str],
    keep: Callable[[re.Match[str]], bool] = lambda m: True,
) -> list[Page]:
    """One page per post file of ``folder`` whose path matches ``pattern`` (its last group names
    the page) and ``keep``, rendered by ``render``, of 50 words or more."""
    pages = []
    for path in listing(source, folder):
        m = re.fullmatch(pattern, path)
        text = read(source, path) if m and keep(m) else None
        if not text:
            continue
        body = render(text)
        if len(body.split()) >= 50:
            pages.append(Page(f"{name}/{m.group(m.lastindex or 0)}", name, body, "en", part=part))
    return pages


def letsencrypt_page(source_text: str) -> str:
    """A Let's Encrypt post as a reader sees it: the title as the layout prints it (text, not
    Markdown), then the body's blocks; Hugo shortcodes (a chart) are left out like figures."""
    _, body, front = _yaml_front_matter(source_text)
    m = re.search(r"^title:[ \t]*(.+)$", front, re.M)
    return _markdown_blocks(_yaml_scalar(m.group(1)) if m else "", _template_tags(body))


def letsencrypt_blog_pages() -> list[Page]:
    """One page per English post, ``content/en/post/NAME.{md,markdown,html}``, all in the
    validation part (an ``.html`` post's body is HTML, which ``markdown-it`` passes through as
    HTML blocks, as Hugo does); the section's ``_index.md`` is no post."""
    return _post_pages(
        BLOG_LETSENCRYPT,
        "content/en/post",
        r"content/en/post/([^/_][^/]*)\.(?:md|markdown|html)",
        "letsencrypt-blog",
        "validation",
        letsencrypt_page,
    )


# -- tenth widening: a UI library's blog, for the tuning part -----------------------------------

#: Added in the tenth widening and measured once, with the rules as they were, before any rule
#: change it could prompt (bench/README.md, "Tenth widening"): the React blog, posts by the React
#: team reviewed before publication, written in MDX (Markdown with JSX components) for the
#: react.dev site. The same genre as the programming blogs of the validation part, a house style
#: they do not share; one site, so the whole of it goes to the tuning part.
BLOG_REACT = Source(
    "reactjs/react.dev",
    "12d692da47e77cdc558b928fcfbaf4e71c6d0cec",
    "CC BY 4.0 (the site's text, LICENSE-DOCS.md)",
    "the React blog (the React team): one page per post, MDX with YAML front matter",
)
#: MDX comments: the heading ids (``## Actions {/*actions*/}``) and notes to editors.
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
#: The dated byline the posts open with ("December 05, 2024 by [The React Team](...)", an
#: italic "Updated ..." line, a rule): the post's metadata, which other blogs keep in their
#: front matter.
_REACT_BYLINE = re.compile(
    r"\A\s*+[A-Z][a-z]+ \d{1,2}, \d{4} by [^\n]*+\n(?:[ \t]*+\n|_[^\n_]++_[ \t]*+\n)*+---[ \t]*+\n"
)
#: Components that show code, console output, diagrams or media, or a generated table of
#: contents: left out as code and figures are, whole (``<X ...>...</X>``) or self-closing.
_MDX_LEFT_OUT = (
    "Sandpack|ConsoleBlock|ConsoleBlockMulti|ConsoleLogLine|TerminalBlock|Diagram|Illustration|YouTubeIframe|InlineToc"
)
_MDX_SKIP = re.compile(
    rf"^[ \t]*+(?:<({_MDX_LEFT_OUT})\b[^<>]*?/>|<({_MDX_LEFT_OUT})\b[^>]*+>.*?</\2\s*+>)", re.S | re.M
)
#: Any other component on a line of its own (a note, an intro, a deep dive): the site prints
#: its content in a box. Components named in prose are inline code and stay as they are.
_MDX_COMPONENT = re.compile(r"^[ \t]*+<(/?)[A-Z][A-Za-z]*+\b[^<>]*+>[ \t]*+$", re.M)


def _mdx_boxes(body: str) -> str:
    """MDX components on a line of their own (a note, an alert, a deep dive) as HTML blocks: the
    site prints their content in a box, read as a block of its own."""
    return _MDX_COMPONENT.sub(lambda m: f"<{m.group(1)}div>", body)


def react_page(source_text: str) -> str:
    """A react.dev post as a reader sees it: the title, then the body's blocks with the MDX
    comments and the opening byline taken out, code, console, diagram and media components left
    out, and the other components' content read as a block of its own."""
    title, body, _ = _yaml_front_matter(source_text)
    body = _MDX_SKIP.sub("", _REACT_BYLINE.sub("", _MDX_COMMENT.sub("", body)))
    body = _mdx_boxes(body)
    return _markdown_blocks(title, body)


def react_blog_pages() -> list[Page]:
    """One page per post, ``src/content/blog/YYYY/MM/DD/NAME.md``, all in the tuning part (the
    blog's index page is left out)."""
    return _post_pages(
        BLOG_REACT,
        "src/content/blog",
        r"src/content/blog/\d{4}/\d{2}/\d{2}/([^/_][^/]*)\.md",
        "react-blog",
        "tuning",
        react_page,
    )


# -- eleventh widening: a runtime project's blog, for the tuning part ----------------------------

#: Added in the eleventh widening and measured once, with the rules as they were, before any rule
#: change it could prompt (bench/README.md, "Eleventh widening"): the Node.js blog, posts by the
#: project's members reviewed before publication (pull requests to the site), Markdown and MDX
#: with YAML front matter: announcements, security release notices, weekly updates, community
#: and event posts, migration guides, npm's early posts. The version release notes (changelogs,
#: lists of commits) are left out: no article. One site, so the whole of it goes to the tuning
#: part.
BLOG_NODEJS = Source(
    "nodejs/nodejs.org",
    "6f94c8a6ab643beeee7038eba3fb521207d4b345",
    "MIT (the repository's LICENSE, Node.js Website WG contributors)",
    "the Node.js blog (the Node.js project): one page per post, Markdown or MDX with YAML front matter",
)
#: The categories of the blog that hold no article: the release notes of each version.
NODEJS_NOT_ARTICLES = ("release",)
#: MathML (a post on hashing writes its formulas so): left out like figures and code, before the
#: Markdown is read, since an HTML block would swallow the Markdown of the lines around it.
_MATHML = re.compile(r"<math\b.*?</math\s*+>", re.S)


def nodejs_page(source_text: str) -> str:
    """A nodejs.org post as a reader sees it: the title, as the post layout prints it, then the
    body's blocks; a body that opens with the title as its own first heading (the migration
    guides) shows it once; formulas are left out; MDX components on a line of their own (an alert box) are read as a
    block, as the React blog's are."""
    title, body, _ = _yaml_front_matter(source_text)
    body = _MATHML.sub("", _MDX_COMMENT.sub("", body))
    m = re.match(r"\s*+#[ \t]++(.+?)[ \t]*+\n", body)
    if m and m.group(1).strip() == title:
        body = body[m.end() :]
    body = _mdx_boxes(body)
    return _markdown_blocks(title, body)


def nodejs_blog_pages() -> list[Page]:
    """One page per post, ``apps/site/pages/en/blog/CATEGORY/NAME.{md,mdx}``, all in the tuning
    part; the release notes and the blog's index page are left out."""
    return _post_pages(
        BLOG_NODEJS,
        "apps/site/pages/en/blog",
        r"apps/site/pages/en/blog/([^/]+)/([^/_][^/]*)\.mdx?",
        "nodejs-blog",
        "tuning",
        nodejs_page,
        keep=lambda m: m.group(1) not in NODEJS_NOT_ARTICLES,
    )


# -- twelfth widening: an open-source foundation project's blog, held out -------------------------

#: Added in the twelfth widening, to be measured once, with the rules as they are, before any rule
#: change it could prompt (bench/README.md, "Twelfth widening"): the OpenTelemetry blog, posts by
#: the project's maintainers, special interest groups and end users, reviewed as pull requests to
#: the site (a CNCF project; Hugo with the Docsy theme, YAML front matter, a spell-checker's word
#: lists in it): release and stability news, guides, community, governance and event posts, some
#: republished from their authors' own blogs. One site, so the whole of it goes to the validation
#: part.
BLOG_OTEL = Source(
    "open-telemetry/opentelemetry.io",
    "dd5997c8b9fafbf72ea6b8059ade242d88b8f118",
    "CC BY 4.0 (the repository's LICENSE)",
    "the OpenTelemetry blog (the OpenTelemetry project): one page per post, Markdown with YAML front matter",
)
#: Hugo's ``comment`` shortcode: its content (notes to editors, spell-checker switches) is not printed.
_HUGO_COMMENT = re.compile(r"\{\{<\s*+comment\s*+>\}\}.*?\{\{<\s*+/comment\s*+>\}\}", re.S)
#: Hugo's ``param`` shortcode (``{{% param x %}}``, ``{{< param x >}}``) and Jekyll's ``{{ page.x }}``
#: print a value of the page's front matter (a canonical address, a lesson's title).
_PAGE_PARAM = re.compile(
    r"\{\{[%<]\s*+param\s++\"?([A-Za-z_]\w*+)\"?\s*+[%>]\}\}|\{\{\s*+page\.([A-Za-z_]\w*+)\s*+\}\}"
)


#: A title written as a folded or literal block (``title: >-`` and the indented lines below it).
_YAML_BLOCK_TITLE = re.compile(r"^title:[ \t]*+[>|][+-]?[ \t]*+\n((?:[ \t]++[^\n]*+(?:\n|\Z))++)", re.M)


def _yaml_title(front: str) -> str:
    """The front matter's title as the layout prints it (text): a quoted or plain one-line scalar
    with YAML's quoting undone, or a block scalar's lines joined by spaces."""
    m = _YAML_BLOCK_TITLE.search(front)
    if m:
        return " ".join(m.group(1).split())
    m = re.search(r"^title:[ \t]*(.+)$", front, re.M)
    return _yaml_scalar(m.group(1)) if m else ""


def _page_params(body: str, front: str, site: str = "") -> str:
    """The body with each parameter a template prints put in its place: the page's front matter
    first, then the site's own parameters (``site``, top-level YAML keys: a contact address, a
    handbook's address); one found in neither is left to the template tags' own handling."""

    def param(m: re.Match[str]) -> str:
        key = m.group(1) or m.group(2)
        value = re.search(rf"^{key}:[ \t]*(.+)$", front, re.M) or re.search(rf"^{key}:[ \t]*(.+)$", site, re.M)
        return _yaml_scalar(value.group(1)) if value else m.group(0)

    return _PAGE_PARAM.sub(param, body)


def otel_page(source_text: str) -> str:
    """An opentelemetry.io post as a reader sees it: the title, then the body's blocks, with the
    ``comment`` shortcodes' content left out, a ``param`` shortcode printing its front-matter
    value, and the other shortcodes (a figure, a video, a badge) left out like figures."""
    _, body, front = _yaml_front_matter(source_text)
    body = _page_params(_HUGO_COMMENT.sub("", body), front)
    return _markdown_blocks(_yaml_title(front), _template_tags(body))


def otel_blog_pages() -> list[Page]:
    """One page per post, ``content/en/blog/YYYY/NAME.md`` or ``content/en/blog/YYYY/NAME/index.md``
    (named with its year: a slug comes back each year), all in the validation part; the yearly
    index pages are left out (no post is a draft at the pinned commit)."""
    return _post_pages(
        BLOG_OTEL,
        "content/en/blog",
        r"content/en/blog/(\d{4}/[^/_][^/]*?)(?:/index)?\.md",
        "otel-blog",
        "validation",
        otel_page,
    )


# -- thirteenth widening: an education non-profit's blog, held out -------------------------------

#: Added in the thirteenth widening, to be measured once, with the rules as they are, before any
#: rule change it could prompt (bench/README.md, "Thirteenth widening"): The Carpentries blog,
#: posts by the staff, instructors and committees of a non-profit that teaches research
#: computing and data skills to researchers: community and governance news, instructor training,
#: workshops, lesson development and assessment, reviewed before publication. The posts since
#: the organisation was formed (2018, when Software Carpentry and Data Carpentry merged) are read;
#: Software Carpentry's older blog, kept in the same folder, is left out. One site, so the whole of
#: it goes to the validation part.
BLOG_CARPENTRIES = Source(
    "carpentries/carpentries.org",
    "68751fe788b156b50ef911539aef3d0cb876a3e0",
    "CC BY 4.0 (the site's text, content/license/_index.md)",
    "The Carpentries blog: one page per post since 2018, Markdown (three in HTML) with YAML front matter",
)


#: The site's parameters that its ``param`` shortcodes print (contact addresses, the handbook's
#: address), read at the pinned commit.
CARPENTRIES_SITE_PARAMS = "config/_default/params.yaml"


def carpentries_page(source_text: str, site: str = "") -> str:
    """A carpentries.org post as a reader sees it: the title, then the body's blocks, with the
    front-matter and site values its template tags print (a lesson's title, a contact address)
    in their place and the other tags handled as in the other Jekyll and Hugo blogs."""
    _, body, front = _yaml_front_matter(source_text)
    return _markdown_blocks(_yaml_title(front), _template_tags(_page_params(body, front, site)))


def carpentries_blog_pages() -> list[Page]:
    """One page per post, ``content/posts/YYYY/MM/NAME.{md,html}`` dated 2018 or later (named by
    year, month and slug), all in the validation part."""
    return _post_pages(
        BLOG_CARPENTRIES,
        "content/posts",
        r"content/posts/((?:201[89]|20[2-9]\d)/\d{2}/[^/_.][^/]*?)\.(?:md|html)",
        "carpentries-blog",
        "validation",
        functools.partial(carpentries_page, site=read(BLOG_CARPENTRIES, CARPENTRIES_SITE_PARAMS) or ""),
    )


# -- twelfth tuning widening: a programming language project's blog, for the tuning part --------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "Swift blog"): the Swift.org blog, posts by the Swift project's teams and
#: workgroups and guest authors, reviewed as pull requests to the site and served by Jekyll
#: (YAML front matter, kramdown: attribute lists after images and paragraphs, Liquid tags in
#: links). Release announcements, language feature tours, tooling and community posts. One site,
#: so the whole of it goes to the tuning part.
BLOG_SWIFT = Source(
    "swiftlang/swift-org-website",
    "cc9c66d57a4046eae3a826a5436336b2c2ddcdb7",
    "CC BY 4.0 (the posts in _posts, per the repository's LICENSE.md and CC-BY-4.0.txt); the rest Apache-2.0",
    "the Swift.org blog (the Swift project): one page per post, Markdown (kramdown) with YAML front matter",
)
#: A kramdown inline attribute list ("![Plot](plot.png){:width=\"100%\"}", a "{: .note}" line):
#: the site makes it an attribute of the element before it; the page does not print it.
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^{}\n]*+\}")
#: Liquid's ``raw`` block: its content is printed as written, template tags and all.
_LIQUID_RAW = re.compile(r"\{%-?\s*+raw\s*+-?%\}(.*?)\{%-?\s*+endraw\s*+-?%\}", re.S)
#: An SVG chart written into the post (with its XML declaration): left out like figures, before
#: the Markdown is read, since a tag spread over several lines is no HTML block to it.
_INLINE_SVG = re.compile(r"<\?xml\b[^>]*+\?>|<svg\b.*?</svg\s*+>", re.S)
#: Liquid's ``comment`` block: a note to editors, not printed.
_LIQUID_COMMENT = re.compile(r"\{%-?\s*+comment\s*+-?%\}.*?\{%-?\s*+endcomment\s*+-?%\}", re.S)


def jekyll_page(source_text: str) -> str:
    """A Jekyll post (YAML front matter, kramdown, Liquid) as a reader sees it: the title, then
    the body's blocks with the Liquid tags taken out (a link built by a tag keeps its text, a
    ``raw`` block prints its content as written, a ``comment`` block nothing), kramdown's
    attribute lists not printed and SVG charts left out."""
    title, body, _ = _yaml_front_matter(source_text)
    return _jekyll_blocks(title, body)


def _jekyll_blocks(title: str, body: str) -> str:
    """The title, then a Jekyll body's blocks (``jekyll_page``)."""
    body = _INLINE_SVG.sub("", _LIQUID_COMMENT.sub("", body))
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(1))
        return f"\x00{len(held) - 1}\x00"

    body = _KRAMDOWN_ATTRIBUTES.sub("", _template_tags(_LIQUID_RAW.sub(hold, body)))
    body = re.sub(r"\x00(\d++)\x00", lambda m: held[int(m.group(1))], body)
    return _markdown_blocks(title, body)


swift_page = jekyll_page


def swift_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-M-D-NAME.md``, all in the tuning part."""
    return _post_pages(
        BLOG_SWIFT,
        "_posts",
        JEKYLL_POST,
        "swift-blog",
        "tuning",
        swift_page,
    )


# -- a public-sector digital service's news posts, for the tuning part ----------------------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "cloud.gov news"): the news posts of cloud.gov, the U.S. General Services
#: Administration's platform for federal agencies' applications, written by its team for agency
#: developers, programme managers and compliance staff: announcements, deprecation notices,
#: release notes written as prose and lists, security statements, case studies (Jekyll: YAML
#: front matter, kramdown, Liquid). A public-sector digital service's blog in another house style
#: than the 18F blog and Digital.gov's news; one site, so the whole of it goes to the tuning part.
CLOUD_GOV = Source(
    "cloud-gov/cg-site",
    "536b459f25dc541450f8b02675b32584196a05fd",
    "public domain (a work of the U.S. government) and CC0 1.0 worldwide (the repository's LICENSE.md)",
    "the cloud.gov news posts (U.S. General Services Administration): one page per post, Markdown with YAML front matter",
)


def cloud_gov_news_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-M-D-NAME.md``, all in the tuning part (drafts live
    elsewhere and are left out)."""
    return _post_pages(
        CLOUD_GOV,
        "_posts",
        JEKYLL_POST,
        "cloud-gov-news",
        "tuning",
        jekyll_page,
    )


# -- a university library lab's blog and a federal board's newsroom, for the tuning part ----------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "Thirteenth tuning widening"): the blog of the Harvard Library Innovation
#: Lab, a university library's research and development group, on libraries, law, web archives,
#: open data and the lab's projects, written by its staff, fellows and research assistants for
#: the lab's reviewed site repository since 2017 (Jekyll: YAML front matter, kramdown, Liquid);
#: the posts imported from its earlier WordPress blog are left out. A library's blog, a kind the
#: gate had not seen; one site, so the whole of it goes to the tuning part.
BLOG_LIL = Source(
    "harvard-lil/website-static",
    "afcb49c5882daf6250f5447b29afce071645ee55",
    "CC BY-SA 3.0 (the site's text, per the footer printed on every page, app/_includes/footer.html)",
    "the Harvard Library Innovation Lab blog: one page per post, Markdown (kramdown) with YAML front matter",
)
#: The site's configuration, whose values a post's ``{{ site.x }}`` tags print (a contact address).
LIL_SITE_CONFIG = "app/_config.yml"
#: Liquid's ``highlight`` block: the site prints its content as a code block.
_LIQUID_HIGHLIGHT = re.compile(r"\{%-?\s*+highlight\b[^%]*+%\}(.*?)\{%-?\s*+endhighlight\s*+-?%\}", re.S)
#: ``{{ site.x }}``: a value of the site's configuration, printed in place.
_SITE_VALUE = re.compile(r"\{\{\s*+site\.([A-Za-z_]\w*+)\s*+\}\}")
#: A post that Jekyll does not publish.
_UNPUBLISHED = re.compile(r"^published:[ \t]*+false[ \t]*+$", re.M)


def site_values(body: str, site: str) -> str:
    """The body with each ``{{ site.x }}`` tag that names a one-line value of the site's
    configuration (``site``, top-level YAML keys) printed as that value; an address used as a
    link's target (``{{ site.baseurl }}/...``) is left to the link handling."""

    def value(m: re.Match[str]) -> str:
        found = re.search(rf"^{m.group(1)}:[ \t]*(\S[^\n]*)$", site, re.M)
        return _yaml_scalar(found.group(1)) if found else m.group(0)

    return _SITE_VALUE.sub(lambda m: m.group(0) if body[m.end() : m.end() + 1] == "/" else value(m), body)


def jekyll_site_page(source_text: str, site: str = "") -> str:
    """A Jekyll post as ``jekyll_page`` reads it, with its title's YAML quoting undone
    (``'the Board''s report'``), the site's values its tags print in their place and a
    ``highlight`` block read as the code block the site prints (left out like code); a post
    marked ``published: false`` is no page (empty)."""
    _, body, front = _yaml_front_matter(source_text)
    if _UNPUBLISHED.search(front):
        return ""
    title = _html_title(_yaml_title(front).strip())
    body = _LIQUID_HIGHLIGHT.sub(lambda m: "\n```\n" + m.group(1).strip("\n") + "\n```\n", site_values(body, site))
    return _jekyll_blocks(title, body)


#: A post imported from the lab's earlier WordPress blog (its front matter keeps the WordPress id).
_WORDPRESS_IMPORT = re.compile(r"^wordpress_id:", re.M)


def lil_page(source_text: str, site: str = "") -> str:
    """A post written for the lab's reviewed site as ``jekyll_site_page`` reads it; a post imported
    from the lab's earlier WordPress blog (2009-2017: link notes, meeting notes and podcast
    pages as well as articles, published without the site's review) is no page (empty)."""
    if _WORDPRESS_IMPORT.search(_yaml_front_matter(source_text)[2]):
        return ""
    return jekyll_site_page(source_text, site)


def lil_blog_pages() -> list[Page]:
    """One page per published post written for the site, ``app/_posts/YYYY-MM-DD-NAME.md``, all
    in the tuning part."""
    return _post_pages(
        BLOG_LIL,
        "app/_posts",
        r"app/_posts/(\d{4}-\d{2}-\d{2}-[^/]+)\.(?:md|markdown)",
        "lil-blog",
        "tuning",
        functools.partial(lil_page, site=read(BLOG_LIL, LIL_SITE_CONFIG) or ""),
    )


#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "Thirteenth tuning widening"): the newsroom of the Privacy and Civil
#: Liberties Oversight Board, an independent agency of the United States government: press
#: releases, statements, testimonies and notices of public meetings, hearings and forums
#: (2012-2019; Jekyll). News of a public body, a kind the gate had not seen; the "Related
#: documents" list the layout prints under a post from its front matter is the layout's, not
#: the post's, and is left out like the other readers' bylines and dates. One site, so the
#: whole of it goes to the tuning part.
PCLOB_NEWS = Source(
    "18F/pclob",
    "331e90c1e07109509b5bed4f46e9db1a9abfdce8",
    "public domain (a work of the U.S. government) and CC0 1.0 worldwide (the repository's LICENSE.md)",
    "the newsroom of the Privacy and Civil Liberties Oversight Board: one page per post, Markdown with YAML front matter",
)


def pclob_news_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.md``, all in the tuning part (a file without
    the extension is no post to Jekyll)."""
    return _post_pages(
        PCLOB_NEWS,
        "_posts",
        r"_posts/(\d{4}-\d{2}-\d{2}-[^/]+)\.(?:md|markdown)",
        "pclob-news",
        "tuning",
        jekyll_site_page,
    )


# -- fourteenth widening: a scientific software community's blog, held out ---------------------

#: Added in the fourteenth widening, to be measured once, with the rules as they are, before any
#: rule change it could prompt (bench/README.md, "Fourteenth widening"): the blog of Better
#: Scientific Software (BSSw.io), a community site for computational science and engineering
#: where researchers, research software engineers and the site's fellows write on how scientific
#: software is built and sustained: practices, team and career essays, workshop and conference
#: reports, fellowship news, each reviewed by the site's editors. The site's own app
#: builds each page from the repository's Markdown (Redcarpet). One site, so the whole of it goes
#: to the validation part.
BLOG_BSSW = Source(
    "betterscientificsoftware/bssw.io",
    "e9c5acd7840751f9dea9714df86aff047c0b64d8",
    "MIT (the repository's LICENSE; TERMS.md grants submitted content under it)",
    "the Better Scientific Software blog (BSSw.io): one page per published post, Markdown",
)
#: HTML comments: the site reads its metadata from them (``Publish: yes``, topics, dates) and
#: prints none of them; deck and reference markers are comments too.
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
#: The site's publication switch, in a metadata comment.
_BSSW_PUBLISHED = re.compile(r"<!--(?:(?!-->).)*?^[ \t]*+Publish:[ \t]*+yes\b", re.S | re.M | re.I)
#: The hero image: a "**Hero Image:**" paragraph and the list item under it (the image and its
#: caption in brackets), which the layout shows as the page's banner.
_BSSW_HERO = re.compile(
    r"^[ \t]*+\*\*Hero Image:?\*\*:?[ \t]*+\n(?:[ \t]*+\n)*+[ \t]*+[-*+][ \t][^\n]*+\n?", re.M | re.I
)
#: The byline and the date, level-4 headings the layout takes out of the body and prints in its
#: own header ("By ...", the date).
_BSSW_BYLINE = re.compile(r"^#{1,6}[ \t]++(?:Contributed by|Publication date)\b[^\n]*+(?:\n|\Z)", re.M | re.I)
#: An image's caption, written in brackets right before or after it; the site prints it under
#: the image.
_BSSW_CAPTION = re.compile(
    r"(?<![\]!])\[[^\[\]\n]*+\][ \t]*+(<img\b[^<>]*+>)|(<img\b[^<>]*+>)[ \t]*+\[[^\[\]\n]*+\](?![(\[:])"
)
#: A line holding nothing but a line break or an image: inline HTML to the site's Markdown
#: (Redcarpet), which reads the lines around it as usual; CommonMark would start a raw HTML block
#: there and print the Markdown of the lines below it as written. An image is left out anyway and
#: a line break breaks the line, so the line is read as a blank one.
_LONE_INLINE_TAG = re.compile(r"^[ \t]*+<(?:br|img)\b[^<>]*+>[ \t]*+$", re.M | re.I)
#: The end of a row link (``<a class="link-row">``) with the next one on the line below: the site
#: shows each as a row of its own, read as a block of its own.
_BSSW_ROW_BREAK = re.compile(r"(</a>)[ \t]*+\n(?=[ \t]*+<a\b[^<>]*\bclass=[\"']link-row\b)", re.I)
#: A link reference definition, even one whose title CommonMark does not accept (the site's
#: footnote tooltips, ``[1-sfer-ezikiw]: # "A note with "quotes" inside"``): never printed.
_REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\[\]\n]++\]:[ \t]*+\S[^\n]*+$", re.M)
#: A link destination with spaces inside (``(mailto:x@y?subject=Bright Spots)``): the site's
#: Markdown takes it as the link's address, CommonMark prints the link as written.
_SPACED_DESTINATION = re.compile(r"\]\(([^()\s]++(?:[ ]++[^()\s]++)++)\)")


def _first_heading(body: str) -> tuple[int, int] | None:
    """The source lines ``(first, past last)`` of the post's title as the site finds it: its first
    level-1 heading, else its first level-2, else its first level-3 (one inside code is none)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").disable("code").parse(body)
    for tag in ("h1", "h2", "h3"):
        for token in tokens:
            if token.type == "heading_open" and token.tag == tag and token.map:
                return token.map[0], token.map[1]
    return None


def bssw_post_year(source_text: str) -> int | None:
    """The year of a post's "Publication date" line, if it has one."""
    m = re.search(r"^#{1,6}[ \t]++Publication date\b[^\n]*?\b((?:19|20)\d\d)\b", source_text, re.M | re.I)
    return int(m.group(1)) if m else None


def bssw_page(source_text: str) -> str:
    """A BSSw.io blog post as the site shows it: the title (its first heading, moved to the top),
    then the body's blocks, with the metadata comments, the hero image, the byline and the date
    the layout prints elsewhere taken out, images' captions left out with the images, row links
    read one to a line, and indented lines and lone inline tags read as the site's Markdown
    (Redcarpet) reads them."""
    body = _BSSW_HERO.sub("", _HTML_COMMENT.sub("", source_text))
    body = _BSSW_CAPTION.sub(lambda m: m.group(1) or m.group(2), _BSSW_BYLINE.sub("", body))
    body = _LONE_INLINE_TAG.sub("", _REFERENCE_DEFINITION.sub("", _BSSW_ROW_BREAK.sub("\\1\n\n", body)))
    body = _SPACED_DESTINATION.sub(lambda m: "](" + m.group(1).replace(" ", "%20") + ")", body)
    title = ""
    heading = _first_heading(body)
    if heading:
        lines = body.split("\n")
        title = _markdown_blocks("", "\n".join(lines[heading[0] : heading[1]]), indented_code=False)
        body = "\n".join(lines[: heading[0]] + lines[heading[1] :])
    return _markdown_blocks(title, body, indented_code=False)


def bssw_published_page(source_text: str) -> str:
    """A post the site publishes (``Publish: yes`` in its metadata) as a page; nothing for a draft."""
    return bssw_page(source_text) if _BSSW_PUBLISHED.search(source_text) else ""


def bssw_blog_pages() -> list[Page]:
    """One page per published post, ``Articles/Blog/NAME.md`` (drafts, templates and test pages
    say ``Publish: no``), all in the validation part."""
    return _post_pages(
        BLOG_BSSW,
        "Articles/Blog",
        r"Articles/Blog/([^/]+)\.md",
        "bssw-blog",
        "validation",
        bssw_published_page,
    )


# -- fifteenth widening: an open-science non-profit's blog, held out ----------------------------

#: Added in the fifteenth widening, to be measured once, with the rules as they are, before any
#: rule change it could prompt (bench/README.md, "Fifteenth widening"): the rOpenSci blog, posts
#: by the staff, community members and package authors of a non-profit that peer-reviews
#: scientific software written in R and builds a community around open science: stories of
#: peer-reviewed packages told by their authors (ecologists, epidemiologists, social
#: scientists), community calls and champions programme news, newsletters, career and community
#: essays, reviewed by its staff against its blog guide (Hugo, YAML front matter, R Markdown
#: knitted to Markdown). The English posts are read (``index.md`` or ``index.en.md``; the
#: Spanish, Portuguese, French and Turkish versions are not). One site, so the whole of it goes
#: to the validation part.
BLOG_ROPENSCI = Source(
    "ropensci/roweb3",
    "d84b7eb675f82b6282411055374bd1a7c16b4b5a",
    "CC BY (the site's content, per its footer: themes/ropensci/layouts/partials/skeleton/footer.html)",
    "the rOpenSci blog: one page per English post, Markdown with YAML front matter",
)
#: The site's ``quote`` shortcode: its content in a block quote, then its footer (who said it)
#: and, after "in", its source.
_HUGO_QUOTE = re.compile(r"\{\{<\s*+quote\b((?:[^>]|>(?!\}\}))*+)>\}\}(.*?)\{\{<\s*+/quote\s*+>\}\}", re.S)
#: A footnote of Hugo's Markdown (Goldmark's footnote extension): the definition (``[^1]: ...``
#: and its indented lines) goes to a list at the page's foot and the reference to a superscript
#: number, both left out as the footnotes of the other sources are.
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\n]++\]:[^\n]*+(?:\n(?:[ \t]*+\n)*+(?:[ ]{4}|\t)[^\n]*+)*+", re.M)
#: A footnote reference with the spaces (or the line break) before it: the page prints a raised
#: number there, which a reader of the prose skips ("a database [^1]." reads "a database."),
#: leaving no space before the stop
_FOOTNOTE_REFERENCE = re.compile(r"[ \t]*+\n?[ \t]*+\[\^[^\]\s]++\]")
#: Math rendered to HTML by KaTeX and written into the post (a line opening with its span):
#: left out as formulas are.
_KATEX_LINE = re.compile(r"^[ \t]*+<span class=\"katex[^\n]*+$", re.M)
#: A block's attribute list on the line below it (``{.blockquote .text-right}``): the site's
#: Goldmark (``parser.attribute.block``) makes it the block's classes; the page does not print it.
_BLOCK_ATTRIBUTES = re.compile(r"^[ \t]*+\{[#.][^{}\n]*+\}[ \t]*+(?:\n|\Z)", re.M)
#: An emoji code (``:package:``, ``:tada:``): the site (Hugo's ``enableEmoji``) prints a picture,
#: left out with the spaces before it so that "becoming :mage:!" does not read "becoming !".
_EMOJI_CODE = re.compile(r"[ \t]*+(?<![\w:/]):[a-z0-9_+-]++:(?![\w/])")


def _shortcode_argument(arguments: str, name: str) -> str:
    m = re.search(rf'\b{name}\s*+=\s*+"((?:[^"\\]|\\.)*+)"', arguments)
    return m.group(1) if m else ""


def _quote_block(m: re.Match[str]) -> str:
    """A ``quote`` shortcode as the site prints it: the quotation, then "FOOTER in CITE"."""
    footer, cite = _shortcode_argument(m.group(1), "footer"), _shortcode_argument(m.group(1), "cite")
    attribution = f"{footer} in {cite}" if footer and cite else footer
    return f"\n\n<blockquote>\n\n{m.group(2).strip()}\n\n{attribution}\n\n</blockquote>\n\n"


def ropensci_page(source_text: str) -> str:
    """An ropensci.org post as a reader sees it: the title, then the body's blocks, with a
    ``quote`` shortcode printing its quotation and who said it, the text beside an image
    (``imgtxt``) kept, figures, galleries, videos, footnotes and KaTeX formulas left out, emoji
    codes left out as pictures and block attribute lists (``{.class}``) not printed."""
    _, body, front = _yaml_front_matter(source_text)
    body = _EMOJI_CODE.sub("", _HUGO_QUOTE.sub(_quote_block, _HUGO_COMMENT.sub("", body)))
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", _KATEX_LINE.sub("", body)))
    body = _BLOCK_ATTRIBUTES.sub("", body)
    return _markdown_blocks(_yaml_title(front), _template_tags(_page_params(body, front)))


def ropensci_blog_pages() -> list[Page]:
    """One page per English post: ``content/blog/NAME/index.md`` or ``index.en.md`` (a page
    bundle) or ``content/blog/NAME.md`` (the older posts), all in the validation part; the
    section's ``_index.md`` is no post."""
    return _post_pages(
        BLOG_ROPENSCI,
        "content/blog",
        r"content/blog/([^/_][^/]*?)(?:/index(?:\.en)?)?\.md",
        "ropensci-blog",
        "validation",
        ropensci_page,
        keep=lambda m: not re.search(r"\.[a-z]{2}$", m.group(1)),  # NAME.es.md: a translation
    )


# -- an open-source foundation's long-form guides, for the tuning part ---------------------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "Open Source Guides"): GitHub's Open Source Guides, long-form essays for
#: people who start, run or contribute to open-source projects (starting a project, building a
#: community, governance, funding, law, metrics, maintainers' well-being), written by GitHub's
#: staff with the community and edited through the repository's review (Jekyll: YAML front
#: matter, kramdown, Liquid). A documentation project's long-form essays, a kind the gate had not
#: seen: second-person advice prose with pull quotes of practitioners. The English articles are
#: read (the translations live in ``_articles/LANG/``). One site, so the whole of it goes to the
#: tuning part.
OPENSOURCE_GUIDES = Source(
    "github/opensource.guide",
    "ebc9678e39b55ff5e5c8801d1960904692188e90",
    "CC BY 4.0 (the repository's LICENSE)",
    "GitHub's Open Source Guides: one page per English article, Markdown (kramdown) with YAML front matter",
)


#: An HTML element whose content kramdown reads as Markdown (``<aside markdown="1">``): the site
#: prints that content as Markdown, links and all, so the tags are taken off and the content read
#: as Markdown blocks of its own.
_MARKDOWN_ELEMENT_OPEN = re.compile(r"^[ \t]*+<([a-z]++)\b[^<>\n]*?\bmarkdown=\"1\"[^<>\n]*+>[ \t]*+$", re.M)


def _markdown_elements(body: str) -> str:
    """The body with each ``markdown="1"`` element's own lines (its opening tag, and a closing tag
    of that name alone on a line) read as blank lines, so its content is read as Markdown."""
    names = {m.group(1) for m in _MARKDOWN_ELEMENT_OPEN.finditer(body)}
    if not names:
        return body
    body = _MARKDOWN_ELEMENT_OPEN.sub("\n", body)
    closing = re.compile(rf"^[ \t]*+</(?:{'|'.join(sorted(names))})>[ \t]*+$", re.M)
    return _LONE_INLINE_TAG.sub("", closing.sub("\n", body))


def opensource_guide_page(source_text: str) -> str:
    """An article as the site's layout prints it: the title, the description (the lead paragraph
    under the title), then the body as ``jekyll_site_page`` reads it, the content of a
    ``markdown="1"`` element (a pull quote and its credit) read as Markdown; the table of contents and
    the related guides the layout builds are not the article's and are left out."""
    _, _, front = _yaml_front_matter(source_text)
    m = re.search(r"^description:[ \t]*+(\S[^\n]*+)$", front, re.M)
    page = jekyll_site_page(_markdown_elements(source_text))
    if not m or not page:
        return page
    title, _, rest = page.partition("\n")
    return f"{title}\n{_yaml_scalar(m.group(1))}\n{rest}".rstrip("\n")


def opensource_guides_pages() -> list[Page]:
    """One page per English article, ``_articles/NAME.md``, all in the tuning part."""
    return _post_pages(
        OPENSOURCE_GUIDES,
        "_articles",
        r"_articles/([^/]+)\.md",
        "opensource-guides",
        "tuning",
        opensource_guide_page,
    )


# -- a data-processing project's blog and a government's service manual, held out ---------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Apache Flink blog and the Government Service Design
#: Manual"): the Apache Flink blog, posts by the committers, release managers and users of an
#: Apache Software Foundation stream-processing project, reviewed as pull requests to the site:
#: engineering deep dives (state, checkpoints, the network stack, memory), use cases, feature
#: release announcements, community and Flink Forward news (Hugo with the Book theme, YAML front
#: matter). The bugfix release posts (a version ``X.Y.Z`` with ``Z`` of 1 or more), a paragraph
#: and then the list of the release's JIRA issues, are change logs and are left out, as the
#: Node.js blog's release notes are. The Chinese site (``docs/content.zh``) is not read. One site,
#: so the whole of it goes to the validation part.
BLOG_FLINK = Source(
    "apache/flink-web",
    "aa5b0b18dc0ae74cd3f97bca518fc46124e1927a",
    "Apache-2.0 (the repository's LICENSE)",
    "the Apache Flink blog: one page per post but the bugfix release notes, Markdown with YAML front matter",
)
#: The site's configuration, whose parameters the ``param`` shortcode prints (the address of the
#: documentation, written before a path in links).
FLINK_SITE_CONFIG = "docs/config.toml"
#: A bugfix release's announcement: its title names a version whose third number is 1 or more
#: ("Apache Flink 1.13.1 Released", "Flink 0.10.1 released", "... 3.1.1 Release Announcement").
_FLINK_BUGFIX_RELEASE = re.compile(r"\b\d++\.\d++\.[1-9]\d*+\b.*\b(?:[Rr]eleas|available)")
#: Hugo shortcodes of the posts: ``param`` (a site parameter), ``relref`` (a page's address),
#: ``highlight`` (a code block), ``hint`` (the Book theme's box, its content printed), ``youtube``.
_HUGO_HIGHLIGHT = re.compile(r"\{\{<\s*+highlight\b[^>]*+>\}\}.*?\{\{<\s*+/\s*+highlight\s*+>\}\}", re.S)
_HUGO_HINT = re.compile(r"^[ \t]*+\{\{<\s*+/?\s*+hint\b[^>]*+>\}\}[ \t]*+$", re.M)
_HUGO_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}", re.S)
_TOML_PARAM = r'^[ \t]*+{key}[ \t]*+=[ \t]*+"([^"\n]*+)"'


#: A title written as a flow scalar over several lines (``title: 'How to run existing Storm
#: topologies`` and ``  on Flink'`` below it): its first line and the more indented lines under it.
_YAML_FLOW_TITLE = re.compile(r"^title:[ \t]*+([^\s>|][^\n]*+(?:\n[ \t]++\S[^\n]*+)*+)", re.M)


def _yaml_flow_title(front: str) -> str:
    """The front matter's title as the layout prints it: a block scalar as ``_yaml_title`` reads
    it; a plain or quoted scalar with its lines folded into one, as YAML folds them, its quoting
    undone and the spaces around it trimmed, as the page's heading shows it."""
    m = _YAML_FLOW_TITLE.search(front)
    if not m:
        return _yaml_title(front).strip()
    return _yaml_scalar(" ".join(m.group(1).split())).strip()


def flink_post_title(source_text: str) -> str:
    """The title of a Flink post as its front matter gives it."""
    return _yaml_flow_title(_yaml_front_matter(source_text)[2])


def _hugo_shortcodes(body: str, site: str = "") -> str:
    """A Hugo body with its shortcodes replaced by what they print: a ``param`` its value in the
    site's TOML configuration (``site``), a ``highlight`` block a code block (left out like code),
    a ``hint`` box its content; a ``relref`` or ``youtube`` (an address, a video) nothing, as
    links keep only their text and videos are left out. Jekyll's ``{% ... %}`` tags are no
    shortcodes to Hugo, which prints them as written."""

    def param(m: re.Match[str]) -> str:
        found = re.search(_TOML_PARAM.format(key=re.escape(m.group(1))), site, re.M)
        return found.group(1) if found else ""

    body = _HUGO_HIGHLIGHT.sub("\n```\n```\n", _HUGO_HINT.sub("", body))
    body = re.sub(r"\{\{<\s*+param\s++\"?([A-Za-z_]\w*+)\"?\s*+>\}\}", param, body)
    return _HUGO_SHORTCODE.sub("", body)


def flink_page(source_text: str, site: str = "") -> str:
    """A flink.apache.org post as a reader sees it: the title as the layout prints it, then the
    body's blocks (Goldmark with its GFM extensions, raw HTML allowed), with the shortcodes read as ``_hugo_shortcodes``
    reads them and footnotes (``[^1]`` and their definitions) left out as the other sources'
    footnotes are; the date and authors the layout prints above the body are left out like the
    other readers' bylines. A bugfix release's notes are no page (empty)."""
    _, body, front = _yaml_front_matter(source_text)
    title = _yaml_flow_title(front)
    if _FLINK_BUGFIX_RELEASE.search(title):
        return ""
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", _hugo_shortcodes(body, site)))
    return _markdown_blocks(_html_title(title), body, extensions=("strikethrough",))


def flink_blog_pages() -> list[Page]:
    """One page per English post, ``docs/content/posts/YYYY-MM-DD-NAME.md``, but the bugfix
    release notes, all in the validation part."""
    return _post_pages(
        BLOG_FLINK,
        "docs/content/posts",
        r"docs/content/posts/(\d{4}-\d{2}-\d{2}-[^/]+)\.md",
        "flink-blog",
        "validation",
        functools.partial(flink_page, site=read(BLOG_FLINK, FLINK_SITE_CONFIG) or ""),
    )


#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Apache Flink blog and the Government Service Design
#: Manual"): the first GOV.UK Service Design Manual (2013-2016), the UK Government Digital
#: Service's guidance for the civil servants who build public services (agile delivery, user
#: research, service design, assisted digital, governance, measurement, the Digital by Default
#: Service Standard), written and edited by the service's content designers in GOV.UK's house
#: style (British English, plain language) and reviewed as pull requests (Jekyll, kramdown).
#: The guidance pages are read; the section and role index pages, lists of links the site's
#: templates build, are not. One site, so the whole of it goes to the validation part.
GDS_SERVICE_MANUAL = Source(
    "alphagov/government-service-design-manual",
    "4efa105e0dde7beb862f99253f118e140da8d487",
    "Open Government Licence v2.0 (the content, per the repository's LICENCE); code MIT",
    "the Government Service Design Manual (GOV.UK): one page per guidance page, Markdown (kramdown) with YAML front matter",
)
#: The layouts of the manual's guidance pages; the others (``category-index``, ``role-index``,
#: ``homepage``, ``browse``, ``cards``, ``phases-index``, ...) print lists of links to them.
GDS_GUIDANCE_LAYOUTS = frozenset({"detailed-guidance", "phases", "standard", "standard-support", "design-pattern"})
#: A kramdown abbreviation definition (``*[QA]: quality assurance``): the page prints no line for
#: it, only a tooltip on each "QA".
_KRAMDOWN_ABBREVIATION = re.compile(r"^\*\[[^\]\n]++\]:[^\n]*+$", re.M)
#: A heading with no space after its hashes (``##Sprints``): kramdown reads it as a heading,
#: CommonMark as a paragraph that prints the hashes.
_KRAMDOWN_TIGHT_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])", re.M)
#: A line opening with a pipe: a table row to kramdown, whatever its separator line looks like
#: (``|-----`` with no column marks, rows with fewer cells); tables are left out, as in the other
#: readers, so the row is read as a blank line.
_KRAMDOWN_TABLE_ROW = re.compile(r"^[ \t]*+\|[^\n]*+$", re.M)


def gds_manual_page(source_text: str) -> str:
    """A guidance page of the service manual as the layout prints it: the title, the subtitle
    under it, then the body as ``jekyll_page`` reads it, read as kramdown reads it where CommonMark
    differs: abbreviation definitions not printed, hashes with no space after them a heading, lines
    opening with a pipe table rows (left out like tables); the breadcrumbs, the table of contents and the page tools the layout adds are
    left out. A page of another layout (an index of links) is no page (empty)."""
    _, body, front = _yaml_front_matter(source_text)
    layout = re.search(r"^layout:[ \t]*+(\S++)", front, re.M)
    if not layout or _yaml_scalar(layout.group(1)) not in GDS_GUIDANCE_LAYOUTS:
        return ""
    subtitle = re.search(r"^subtitle:[ \t]*+(\S[^\n]*+)$", front, re.M)
    body = _KRAMDOWN_TABLE_ROW.sub("", _KRAMDOWN_ABBREVIATION.sub("", body))
    page = _jekyll_blocks(_yaml_flow_title(front), _KRAMDOWN_TIGHT_HEADING.sub(r"\1 ", body))
    if not subtitle or not page:
        return page
    title, _, rest = page.partition("\n")
    return f"{title}\n{_yaml_scalar(subtitle.group(1))}\n{rest}".rstrip("\n")


def gds_manual_pages() -> list[Page]:
    """One page per guidance page, ``service-manual/SECTION/.../NAME.md`` (named by its path
    under ``service-manual``), all in the validation part."""
    return _post_pages(
        GDS_SERVICE_MANUAL,
        "service-manual",
        r"service-manual/([^_][^.]*+)\.(?:md|markdown)",
        "gds-service-manual",
        "validation",
        gds_manual_page,
    )


# -- a web framework project's blog of newsletters and release posts, for the tuning part --------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The Ember blog"): the Ember.js blog, posts by the framework's core and
#: learning teams and community writers, reviewed as pull requests to the site: *The Ember Times*
#: (a weekly, later monthly, newsletter of short sections), release posts that list what each
#: version changed, meeting minutes, RFC and roadmap posts, community surveys. List-heavy genres
#: (newsletters, change lists) the gate had seen little of. Empress blog (Ember's static blog
#: generator): YAML front matter, Markdown rendered to HTML at build time and printed as it is, so
#: Handlebars braces in the text are shown, not run. One site, so the whole of it goes to the
#: tuning part.
BLOG_EMBER = Source(
    "ember-learn/ember-blog",
    "ad6eab5fd553be0a2f659e064632883a257d20fb",
    "MIT (the repository's LICENSE: guides content and code; the Ember name, logo and illustrations excepted)",
    "the Ember.js blog: one page per post, Markdown with YAML front matter",
)


def ember_page(source_text: str) -> str:
    """An Ember blog post as a reader sees it: the title, then the body's blocks (the
    ``<!-- READMORE -->`` comment that ends the excerpt is no text); braces are printed as
    written, since the site renders Markdown to static HTML."""
    _, body, front = _yaml_front_matter(source_text)
    return _markdown_blocks(_yaml_title(front), body)


def ember_blog_pages() -> list[Page]:
    """One page per post, ``content/NAME.md`` (a few ``NAME.html.md``), all in the tuning part."""
    return _post_pages(
        BLOG_EMBER,
        "content",
        r"content/([^/_.][^/]*?)(?:\.html)?\.md",
        "ember-blog",
        "tuning",
        ember_page,
    )


# -- a data-science software team's blog, for the tuning part -------------------------------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "Tidyverse blog"): the tidyverse blog, posts by the team at Posit (formerly
#: RStudio) who maintain the tidyverse, a set of R packages for data science, and by guest
#: authors: package releases told as tours of their new features, deep dives into how the
#: packages work, programming and teaching posts, roundups (Hugo with Goldmark; most posts are R
#: Markdown knitted to Markdown by hugodown or blogdown, with code and its output written into the
#: page as HTML). Prose about data analysis that names functions, arguments and operators in
#: running text, a kind the gate had not seen; one site, so the whole of it goes to the tuning
#: part.
BLOG_TIDYVERSE = Source(
    "tidyverse/tidyverse.org",
    "629770ba56de41795a54cc2b7bacdf0118d34651",
    "CC BY-SA 4.0 (the repository's LICENSE.md)",
    "the tidyverse blog (Posit's tidyverse team): one page per post, knitted Markdown or HTML with YAML front matter",
)


def tidyverse_page(source_text: str, html: bool = False) -> str:
    """A tidyverse.org post as the site shows it: the title (``title``, Markdown the layout
    renders), then the body's blocks: knitted Markdown read as Goldmark reads it, footnotes left
    out as the other sources' are (Goldmark moves them to a list at the foot) and shortcodes (a
    tweet, a live R console, a cloud badge) left out like figures; a post blogdown rendered to HTML
    (``html``) read as HTML. Code and its output, in fenced blocks or written out as HTML
    ``pre`` blocks, are left out as in the other blogs."""
    _, body, front = _yaml_front_matter(source_text)
    title = _markdown_blocks("", _yaml_title(front))
    if html:
        lines = [text for _, text in html_text(f"<html><body>{_HTML_COMMENT.sub('', body)}</body></html>")]
        return "\n".join(([title] if title else []) + lines)
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", _HTML_COMMENT.sub("", body)))
    return _markdown_blocks(title, _template_tags(body))


#: The file Hugo renders for a post: the knitted ``index.md`` or ``index.markdown``, else the
#: ``index.html`` blogdown wrote (the site's ``ignoreFiles`` leaves the ``.Rmd`` sources out).
_TIDYVERSE_RENDERED = ("index.md", "index.markdown", "index.html")


def tidyverse_blog_pages() -> list[Page]:
    """One page per post, ``content/blog/YYYY/NAME/`` read from the file Hugo renders, all in the
    tuning part; the section's ``_index.md`` is no post."""
    files: dict[str, set[str]] = {}
    for path in listing(BLOG_TIDYVERSE, "content/blog"):
        m = re.fullmatch(r"content/blog/(\d{4}/[^/]+)/(index\.(?:md|markdown|html))", path)
        if m:
            files.setdefault(m.group(1), set()).add(m.group(2))
    pages = []
    for name, present in sorted(files.items()):
        file = next(f for f in _TIDYVERSE_RENDERED if f in present)
        text = read(BLOG_TIDYVERSE, f"content/blog/{name}/{file}")
        body = tidyverse_page(text, html=file.endswith(".html")) if text else ""
        if len(body.split()) >= 50:
            pages.append(Page(f"tidyverse-blog/{name}", "tidyverse-blog", body, "en", part="tuning"))
    return pages


# -- a programming language's project blog on numerical computing, for the tuning part -----------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "Julia blog"): the Julia language's blog, posts by its core developers,
#: package authors and students (Google Summer of Code and Julia Seasons of Contributions
#: reports): releases, compiler and performance deep dives, numerical methods, scientific
#: machine learning, with formulas in LaTeX and code named in running text (Franklin.jl: ``@def``
#: variables, Markdown, KaTeX, raw HTML fenced by ``~~~``). The English posts are read (the
#: Chinese translations say so by ``pagelang`` or by their file names). One site, so the whole of
#: it goes to the tuning part.
BLOG_JULIA = Source(
    "JuliaLang/www.julialang.org",
    "c36dbaba93ab7339218459d9a56884a54edbc799",
    "MIT (the repository's LICENSE.md)",
    "the Julia blog (the Julia project): one page per English post, Franklin.jl Markdown",
)
#: A page variable of Franklin (``@def title = "..."``, a triple-quoted value over several lines):
#: the layout prints the title above the post; none is printed in the body.
_FRANKLIN_DEF = re.compile(r'^@def[ \t]++(\w++)[ \t]*+=[ \t]*+(?:"""(.*?)"""|([^\n]*+))[ \t]*+$', re.M | re.S)
#: Raw HTML fenced by ``~~~`` (a block, or inline in a line): Franklin passes it through as HTML.
_FRANKLIN_RAW = re.compile(r"~~~")
#: A ``@@class`` div's opening and closing lines (nested ones on one line: ``@@row @@col-12``): its content is Markdown, printed in a box.
_FRANKLIN_DIV = re.compile(r"^[ \t]*+(?:@@[\w-]*+[ \t]*+)++$", re.M)
#: Franklin's commands that print no text of the post: the table of contents (``\toc``) and a
#: line break (``\\``) alone or ending a line.
_FRANKLIN_COMMAND = re.compile(r"^[ \t]*+\\toc[ \t]*+$|(?:[ \t]*+\\\\)++[ \t]*+$", re.M)
#: Math for KaTeX: a display (``$$...$$``, ``\[...\]``) is a block of its own, left out as formulas
#: are; an inline formula (``$...$``, perhaps over lines of its paragraph; ``\$`` is a dollar sign)
#: stands in its sentence, a word of it, so it is kept as its TeX source, read as code.
_FRANKLIN_DISPLAY_MATH = re.compile(r"\$\$.*?\$\$|\\\[.*?\\\]", re.S)
_FRANKLIN_INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)((?:[^$\n\\]|\\.|\n(?![ \t]*+\n))++)\$")
#: A Chinese translation of a post, named so (``why-we-created-julia-zh_CN``, ``ml-pl-cn``).
_JULIA_TRANSLATION = re.compile(r"[-_](?:zh|cn)(?:[-_]\w+)?$", re.I)


def _hold_code(body: str) -> tuple[str, list[str]]:
    """The body with its fenced code blocks and code spans held out of the way (a ``$`` or
    ``~~~`` inside code is code), and the held pieces."""
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\x00{len(held) - 1}\x00"

    return re.sub(r"^[ \t]*+(`{3,}+)[^\n]*+\n.*?^[ \t]*+\1[ \t]*+$|`[^`\n]++`", hold, body, flags=re.M | re.S), held


def julia_page(source_text: str) -> str:
    """A julialang.org blog post as the site shows it: the title (``@def title``), then the body's
    blocks as Franklin renders them, with the page variables not printed, raw HTML read as HTML,
    a ``@@class`` box's content read as Markdown, an inline formula kept as its TeX source, the
    table of contents, line breaks, displayed formulas and footnotes left out, and the template functions (an author's box) left out like bylines;
    a translation (``@def pagelang`` other than English) is no page."""
    defs = {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _FRANKLIN_DEF.finditer(source_text)
    }
    if not defs.get("pagelang", '"en"').strip('"').startswith("en"):
        return ""
    body, held = _hold_code(_HTML_COMMENT.sub("", _FRANKLIN_DEF.sub("", source_text)))
    body = _FRANKLIN_DISPLAY_MATH.sub("\n\n", body)
    body = _FRANKLIN_INLINE_MATH.sub(lambda m: "``" + " ".join(m.group(1).split()) + "``", body)
    body = _FRANKLIN_DIV.sub("", _FRANKLIN_COMMAND.sub("", _FRANKLIN_RAW.sub("", body)))
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", body))
    body = re.sub(r"\x00(\d++)\x00", lambda m: held[int(m.group(1))], body)
    return _markdown_blocks(_yaml_scalar(defs.get("title", "")), _template_tags(body), indented_code=False)


def julia_blog_pages() -> list[Page]:
    """One page per English post, ``blog/YYYY/MM/NAME.md``, all in the tuning part."""
    return _post_pages(
        BLOG_JULIA,
        "blog",
        r"blog/(\d{4}/\d{2}/[^/]+)\.md",
        "julia-blog",
        "tuning",
        julia_page,
        keep=lambda m: not _JULIA_TRANSLATION.search(m.group(1)),
    )


# -- a university research lab's blog of research essays, for the tuning part -------------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The BAIR blog"): the blog of Berkeley Artificial Intelligence Research
#: (BAIR), the AI lab of the University of California, Berkeley: its students, postdocs and
#: faculty explain their published research (robotics, reinforcement learning, vision, language
#: models, fairness), with a few lab news posts; each post is written by its authors and put into
#: Markdown and revised with them by the blog's editorial board (the repository's README). Research
#: essays with formulas and figure captions, a kind the gate had seen little of (Jekyll: YAML
#: front matter, kramdown, MathJax). One site, so the whole of it goes to the tuning part.
BLOG_BAIR = Source(
    "bairblog/bairblog.github.io",
    "0f778e1010a7c57a495c0d4b55b042c7be0bc4a6",
    "MIT (the repository's LICENSE.txt, the only licence it states; its copyright line names the author of the Pixyll theme the site began from)",
    "the BAIR blog (Berkeley Artificial Intelligence Research): one page per post, Markdown (kramdown) with YAML front matter",
)
#: A post the blog keeps off its index and archive (``visible: False``: a template, a draft).
_NOT_VISIBLE = re.compile(r"^visible:[ \t]*+(?:false|False|FALSE|no)[ \t]*+$", re.M)
#: kramdown's math: ``$$...$$`` standing as a paragraph of its own is a displayed formula (left
#: out like the other readers' formulas); anywhere else in a paragraph it is inline math, a word
#: of its sentence, kept as its TeX source read as code.
_KRAMDOWN_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
#: A table as kramdown reads it: a block of lines with a separator line (``:---:|:---:``) among
#: them, whatever its rows' cell counts (figure grids with captions under them); tables are left
#: out, as in the other readers.
_KRAMDOWN_TABLE_BLOCK = re.compile(
    r"^(?:[ \t]*+\S[^\n]*+\n)*?[ \t]*+\|?[ \t]*+:?-{3,}:?[ \t]*+\|[-:| \t]*+(?:\n[ \t]*+\S[^\n]*+)*+$", re.M
)


#: A line that ends an HTML block element (``<hr />``, ``</p>``, ``</div>``): kramdown ends the
#: HTML block there and reads the next line as Markdown, where CommonMark would carry the block on
#: to the next blank line; a blank line is put after it so that both read it alike.
_KRAMDOWN_HTML_BLOCK_END = re.compile(
    r"^([ \t]*+(?:<hr\b[^<>\n]*+>|[^\n]*?</(?:p|div|center|figure|table|blockquote|ul|ol|h[1-6])>)[ \t]*+)\n(?=[ \t]*+\S)",
    re.M | re.I,
)


def _math_code(tex: str) -> str:
    """Inline math as a ``code`` element holding its TeX source, every mark of it written as a
    character reference: read alike in Markdown and inside a raw HTML block (where a code span's
    backticks would be printed), and no ``*`` or ``_`` of it taken for emphasis."""
    source = " ".join(tex.split())
    return "<code>" + "".join(c if c.isalnum() or c == " " else f"&#{ord(c)};" for c in source) + "</code>"


def _kramdown_math(body: str) -> str:
    """The body with kramdown's math blocks left out and its inline math made code
    (``_math_code``); the site's MathJax also reads ``$...$`` in the text as inline math (``\\$``
    is a dollar sign)."""

    def math(m: re.Match[str]) -> str:
        before, after = body[: m.start()], body[m.end() :]
        alone_before = re.search(r"(?:\A|\n[ \t]*+\n)[ \t]*+\Z", before) is not None
        alone_after = re.match(r"[ \t]*+(?:\n[ \t]*+\n|\n?\Z)", after) is not None
        if alone_before and alone_after:
            return "\n\n"
        return _math_code(m.group(1))

    body = _KRAMDOWN_MATH.sub(math, body)
    return _FRANKLIN_INLINE_MATH.sub(lambda m: _math_code(m.group(1)), body)


def bair_page(source_text: str) -> str:
    """A BAIR blog post as the site shows it: the title the layout prints (``title``, HTML), then
    the body's blocks as the Jekyll readers read them (Liquid tags, kramdown attribute lists;
    headings with no space after their hashes read as kramdown reads them), with kramdown's math
    read as ``_kramdown_math`` says, tables (a block with a separator line, lines opening with a
    pipe) left out, an HTML block ended where its element ends, and its footnotes left out as the
    other sources' are (kramdown moves them to a list at the foot). The byline and date under the title are the layout's, left
    out like the other readers'; a post kept off the blog's index (``visible: False``) is no page
    (empty)."""
    _, body, front = _yaml_front_matter(source_text)
    if _NOT_VISIBLE.search(front):
        return ""
    # MathJax renders the whole page, the title too: a formula in it reads as its TeX source
    title = _FRANKLIN_INLINE_MATH.sub(r"\1", _html_title(_yaml_title(front).strip()))
    body, held = _hold_code(_HTML_COMMENT.sub("", body))
    body = _KRAMDOWN_TABLE_ROW.sub("", _KRAMDOWN_TABLE_BLOCK.sub("", _kramdown_math(body)))
    body = _KRAMDOWN_HTML_BLOCK_END.sub(r"\1\n\n", _KRAMDOWN_TIGHT_HEADING.sub(r"\1 ", body))
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", body))
    body = re.sub(r"\x00(\d++)\x00", lambda m: held[int(m.group(1))], body)
    # MathJax's processEscapes prints an escaped dollar sign (``\\$``) as the sign alone
    return _jekyll_blocks(title, body).replace("\\$", "$")


def bair_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-M-D-NAME.md``, all in the tuning part."""
    return _post_pages(
        BLOG_BAIR,
        "_posts",
        JEKYLL_POST,
        "bair-blog",
        "tuning",
        bair_page,
    )


# -- a public-code foundation's blog and a privacy non-profit's articles, held out ---------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Blog for Public Code and the Privacy Guides articles"): the
#: blog of the Foundation for Public Code, a non-profit association (Amsterdam) that helps public
#: organisations share and steward the software and policy they build together: notes of its
#: community calls, newsletters, announcements (new members, codebases in incubation, its
#: Strategic Council), podcast episodes, essays on codebase stewardship and the Standard for
#: Public Code, written by its staff and reviewed as pull requests (Jekyll on GitHub Pages:
#: YAML front matter, kramdown, Liquid). A foundation's news and notes, a kind the gate had not
#: seen; one site, so the whole of it goes to the validation part.
BLOG_PUBLICCODE = Source(
    "publiccodenet/blog",
    "d374e21310362ba12c879289156d2080b78f79f1",
    "CC0 1.0 (the repository's LICENSE.md: all content, unless otherwise noted)",
    "the Blog for Public Code (Foundation for Public Code): one page per post, Markdown (kramdown) with YAML front matter",
)


def publiccode_page(source_text: str) -> str:
    """A post of the Blog for Public Code as the site prints it: the body's blocks as the Jekyll
    readers read them (Liquid tags, kramdown attribute lists), its first heading (``# ...``, the
    title with the post's date as a rule) the page's heading. The theme prints no title of its
    own (``titles_from_headings.strip_title`` is off); the "This blogpost" box it puts above the
    body (date, author, contents, feed and edit links) is the layout's and is left out like the
    other readers' bylines."""
    _, body, _ = _yaml_front_matter(source_text)
    return _jekyll_blocks("", body)


def publiccode_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.md``, all in the validation part."""
    return _post_pages(
        BLOG_PUBLICCODE,
        "_posts",
        JEKYLL_POST,
        "publiccode-blog",
        "validation",
        publiccode_page,
    )


#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Blog for Public Code and the Privacy Guides articles"): the
#: articles of Privacy Guides, a non-profit that researches and recommends privacy tools and
#: speaks for privacy rights: opinion and analysis on surveillance, age verification, real-name
#: policies and encryption law, explainers (differential privacy, homomorphic encryption,
#: biometrics), tool reviews and tutorials, news of the organisation, written by its staff and
#: volunteers under a published editorial policy and reviewed as pull requests (MkDocs Material's
#: blog: YAML front matter, Python-Markdown with admonitions, content tabs, attribute lists and
#: Markdown inside HTML). A digital-rights group's articles, a kind the gate had not seen; one
#: site, so the whole of it goes to the validation part.
PRIVACY_GUIDES = Source(
    "privacyguides/privacyguides.org",
    "45d7263305dce3ba354dfd37079ecc24f3dd8427",
    "CC BY-SA 4.0 (the README's licence section and the site's footer; the LICENSE file holds the CC BY-ND 4.0"
    " text; a post may name its own in front matter: BY-SA, BY or CC0); code MIT (LICENSE-CODE)",
    "the Privacy Guides articles: one page per post, Markdown (MkDocs Material) with YAML front matter",
)
#: A fenced code block, however indented (inside an admonition or a list item): left out like
#: code, so only an empty fence at the same indentation is kept; and a code span, held while the
#: rest is read, since what it holds is printed as written.
_MKDOCS_FENCE = re.compile(r"^([ \t]*+)(`{3,}+|~{3,}+)[^\n]*+\n.*?^[ \t]*+\2[ \t]*+$", re.M | re.S)
_MKDOCS_CODE_SPAN = re.compile(r"`[^`\n]++`")
#: An admonition (``!!! type "Title"``, or ``???`` / ``???+`` for a collapsible one) or a content
#: tab (``=== "Label"``): its content is the lines below it indented four columns more.
_MKDOCS_ADMONITION = re.compile(
    r'^([ \t]*+)(?:!!!|\?\?\?\+?)[ \t]++([\w-]++)(?:[ \t]++[\w-]++)*+(?:[ \t]++"([^"\n]*+)")?[ \t]*+$'
)
_MKDOCS_TAB = re.compile(r'^([ \t]*+)===!?[ \t]++"([^"\n]*+)"[ \t]*+$')
#: An admonition type whose title the site's style sheet hides (a recommendation card).
_MKDOCS_UNTITLED = frozenset({"recommendation"})
#: Annotations (``{ .annotate }`` under a block, then a numbered list): the markers "(1)" in the
#: block become buttons and the list their pop-ups, so neither is read, as footnotes are not.
_MKDOCS_ANNOTATE = re.compile(
    r"^[ \t]*+\{[ \t]*+\.annotate[ \t]*+\}[ \t]*+\n(?:(?:\d++\.[ \t][^\n]*+|[ \t]*+|[ \t]++[^\n]*+)(?:\n|\Z))*+", re.M
)
_MKDOCS_ANNOTATION_MARKER = re.compile(r"[ \t]*+\(\d++\)")
#: An image credit under a picture (``<small aria-hidden="true">Illustration: ...</small>`` on a
#: line of its own): the figure's caption, hidden from assistive technology, left out like figures.
_MKDOCS_CREDIT = re.compile(r'^[ \t]*+<small aria-hidden="true">.*?</small>[ \t]*+$', re.M)
#: Markdown inside HTML (``<div class="admonition info" markdown>``, md_in_html): Python-Markdown reads
#: the element's content as Markdown, even on the line under its opening tag or under a complete
#: element such as the admonition's title (``<p class="admonition-title">...</p>``); CommonMark
#: would read those lines as part of the HTML, so the tags are set apart by blank lines.
_MKDOCS_MARKDOWN_TAG = re.compile(
    r"^[ \t]*+(?:<\w++\b[^<>\n]*?\bmarkdown\b[^<>\n]*+>|</(?:div|details|figure)>"
    r"|<(p|summary|figcaption)\b[^<>\n]*+>[^\n]*</\1>)[ \t]*+$",
    re.M,
)
#: A link styled as a button or a card's icon link (``[More Info](...){ .md-button }``): page
#: furniture, left out as buttons are.
_MKDOCS_BUTTON = re.compile(r"\[[^\]\n]*+\]\([^)\n]*+\)\{[^{}\n]*?\.(?:md-button|card-link)\b[^{}\n]*+\}")
#: An attribute list (``{ align=right }``, ``{width="400"}``, ``{ .class #id }``): attributes of the
#: element before it, not printed.
_MKDOCS_ATTRIBUTE = r"""(?:[.#][\w-]++|[\w-]++=(?:"[^"\n]*+"|'[^'\n]*+'|[^\s}]++))"""
_MKDOCS_ATTRIBUTES = re.compile(rf"\{{:?[ \t]*+{_MKDOCS_ATTRIBUTE}(?:[ \t]++{_MKDOCS_ATTRIBUTE})*+[ \t]*+\}}")
#: A task list item's box (``- [x] Turn on ...``): a check box, not text.
_MKDOCS_TASK = re.compile(r"^([ \t]*+(?:[-*+]|\d++\.)[ \t]++)\[[ xX]\][ \t]++", re.M)
#: ``==marked==`` and ``^^inserted^^`` text (pymdownx.mark, pymdownx.caret): the text, highlighted.
_MKDOCS_MARK = re.compile(r"(==|\^\^)(?=\S)(.+?)(?<=\S)\1")
#: A key or a key combination (``++ctrl+alt+del++``, pymdownx.keys): printed as key caps.
_MKDOCS_KEYS = re.compile(r"\+\+([\w-]++(?:\+[\w-]++)*+)\+\+")


def _mkdocs_box_label(m: re.Match[str]) -> str:
    """The line an admonition or a tab prints above its content: a tab's label; an admonition's
    title, or its type capitalised when it names none, or nothing for ``""`` or a type whose
    title the site hides."""
    if m.re is _MKDOCS_TAB:
        return m.group(2)
    if m.group(2).lower() in _MKDOCS_UNTITLED:
        return ""
    return m.group(3) if m.group(3) is not None else m.group(2).capitalize()


def _mkdocs_boxes(body: str) -> str:
    """The body with each admonition and content tab written as its label, a paragraph, then
    its content taken out of its indentation (boxes inside it read the same way)."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _MKDOCS_ADMONITION.match(lines[i]) or _MKDOCS_TAB.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        indent = m.group(1)
        inner = indent + "    "
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith((inner, indent + "\t"))):
            end += 1
        while end > i + 1 and not lines[end - 1].strip():
            end -= 1
        content = [
            line[len(inner) :] if line.startswith(inner) else line[len(indent) + 1 :] if line.strip() else ""
            for line in lines[i + 1 : end]
        ]
        label = _mkdocs_box_label(m)
        out += ["", *([indent + label, ""] if label else [])]
        out += [indent + line if line else "" for line in _mkdocs_boxes("\n".join(content)).split("\n")]
        out.append("")
        i = end
    return "\n".join(out)


def _mkdocs_annotations(body: str) -> str:
    """The body without annotation lists, and without the markers in the block above each."""
    while m := _MKDOCS_ANNOTATE.search(body):
        start = body.rfind("\n\n", 0, m.start()) + 1
        block = _MKDOCS_ANNOTATION_MARKER.sub("", body[start : m.start()])
        body = body[:start] + block + "\n" + body[m.end() :]
    return body


def _mkdocs_keys(m: re.Match[str]) -> str:
    return "+".join(key.upper() if len(key) == 1 else key.replace("-", " ").title() for key in m.group(1).split("+"))


def privacy_guides_page(source_text: str) -> str:
    """An article of privacyguides.org as the site shows it: the title (the front matter's, which
    the theme prints as the heading unless the body opens with its own ``# ...``), then the body's
    blocks as MkDocs Material renders them: an admonition or a content tab prints its title or
    label and then its content (a recommendation card's title is hidden by the site's style
    sheet), Markdown inside HTML (``<div class="admonition ..." markdown>``) is read as Markdown,
    a task list item without its box, marked text and key caps as text; figures, image credits,
    buttons, annotations, footnotes, emoji and icon codes (``:material-apple:``), attribute
    lists and code are left out. The authors, date, related links and a review's box of pros,
    cons and rating that the templates print from the front matter are left out like bylines."""
    _, body, front = _yaml_front_matter(source_text)
    body = _MKDOCS_FENCE.sub(lambda m: f"{m.group(1)}```\n{m.group(1)}```", body)
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\x00{len(held) - 1}\x00"

    body = _HTML_COMMENT.sub("", _MKDOCS_CODE_SPAN.sub(hold, body))
    title = "" if re.search(r"^#[ \t]", body, re.M) else _yaml_flow_title(front)
    body = _MKDOCS_CREDIT.sub("", _mkdocs_annotations(body + "\n"))
    body = _MKDOCS_MARKDOWN_TAG.sub(lambda m: f"\n{m.group(0)}\n", _mkdocs_boxes(body))
    body = _MKDOCS_ATTRIBUTES.sub("", _MKDOCS_BUTTON.sub("", body))
    body = _MKDOCS_TASK.sub(r"\1", _EMOJI_CODE.sub("", body))
    body = _MKDOCS_KEYS.sub(_mkdocs_keys, _MKDOCS_MARK.sub(r"\2", body))
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", body))
    body = re.sub(r"\x00(\d++)\x00", lambda m: held[int(m.group(1))], body)
    return _markdown_blocks(title, body, extensions=("strikethrough",))


def privacy_guides_pages() -> list[Page]:
    """One page per article, ``blog/posts/NAME.md``, all in the validation part (the blog's index,
    archive, category, author and tag pages are lists the templates build, and are not read)."""
    return _post_pages(
        PRIVACY_GUIDES,
        "blog/posts",
        r"blog/posts/([^/.][^/]*)\.md",
        "privacy-guides-articles",
        "validation",
        privacy_guides_page,
    )


# -- a consultancy's engineering blog ---------------------------------------------------------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Capgemini engineering blog and ..."): the blog of Capgemini's
#: software engineering practice in the UK, written by its engineers for engineers (agile
#: delivery, architecture, Java, Drupal, cloud, testing, engineering culture, conference reports)
#: and reviewed before publication (Jekyll on GitHub Pages: YAML front matter, kramdown, Liquid).
#: A consulting firm's engineering blog, not a software project's: a kind the gate had not seen;
#: one site, so the whole of it goes to the validation part. The footer says "All content
#: copyright Capgemini, All rights reserved": read at bench time, never copied.
BLOG_CAPGEMINI = Source(
    "Capgemini/capgemini.github.io",
    "f151b3bc97a6d35442d051fb663607c04676172b",
    'no licence: "All content copyright Capgemini, All rights reserved" (the site\'s footer,'
    " _includes/footer.html); read at bench time only, never copied",
    "the Capgemini Software Engineering blog: one page per post, Markdown (kramdown) with YAML front matter",
)


def capgemini_page(source_text: str) -> str:
    """A post of the Capgemini engineering blog as the site prints it: the title, then the
    subtitle the layout prints under it when the front matter has one, then the body's blocks as
    the Jekyll readers read them, kramdown's footnotes (``[^1]`` and their definitions) left out
    as the other sources' footnotes are. The slide decks (``layout: presentation``, reveal.js slides) are
    no articles and print nothing; the date, authors, reading time and "originally published"
    note the layout prints above the body are left out like the other readers' bylines."""
    title, body, front = _yaml_front_matter(source_text)
    if re.search(r"^layout:[ \t]*+presentation\b", front, re.M):
        return ""
    m = re.search(r"^subtitle:[ \t]*+(.+)$", front, re.M)
    subtitle = _yaml_scalar(m.group(1)) if m else ""
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", body))
    return _jekyll_blocks("\n".join(line for line in (title, subtitle) if line), body)


def capgemini_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.md``, all in the validation part."""
    return _post_pages(
        BLOG_CAPGEMINI,
        "_posts",
        r"_posts/(\d{4}-\d{1,2}-\d{1,2}-[^/]+)\.(?:md|markdown|html)",
        "capgemini-blog",
        "validation",
        capgemini_page,
    )


# -- a university research computing centre's news articles ----------------------------------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Capgemini engineering blog and the CHTC news articles"): the
#: news articles and research stories of the Center for High Throughput Computing (University of
#: Wisconsin-Madison, home of HTCondor, the OSG Consortium's OSPool and the PATh project), written
#: by its communications staff and student science writers from interviews with researchers, and
#: reviewed as pull requests before the centre's websites (CHTC, OSG, PATh, HTCondor) publish them.
#: A university research centre's news office, a kind the gate had not seen; one repository, so
#: the whole of it goes to the validation part. The repository names no licence: read at bench
#: time, never copied.
CHTC_ARTICLES = Source(
    "CHTC/Articles",
    "737b162fe0ba1f8ebcf0bd2876a0141b2f92b074",
    "no licence named (no LICENSE file, none in the README); read at bench time only, never copied",
    "the news articles of the Center for High Throughput Computing (UW-Madison): one page per article,"
    " Markdown (kramdown) with YAML front matter",
)


def chtc_article_page(source_text: str) -> str:
    """A CHTC news article as its websites print it: the title (the layouts' heading), then the
    body's blocks as the Jekyll readers read them (kramdown attribute lists not printed; HTML
    figures, their captions and embedded videos left out like figures). The author and date the
    layouts print under the title are left out like the other readers' bylines."""
    return jekyll_page(source_text)


def chtc_articles_pages() -> list[Page]:
    """One page per article, ``YYYY-MM-DD-NAME.md`` at the repository's top level, all in the
    validation part; ``2017-06-02-test.md``, a byte-for-byte copy of the VERITAS article kept
    under a test name, is left out (the README and the pull-request template are no articles)."""
    return _post_pages(
        CHTC_ARTICLES,
        ".",
        r"(\d{4}-\d{1,2}-\d{1,2}-[^/]+)\.md",
        "chtc-articles",
        "validation",
        chtc_article_page,
        keep=lambda m: not m.group(1).endswith("-test"),
    )


# -- an archive's blog --------------------------------------------------------------------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Rockefeller Archive Center blog and the Sheffield RSE blog"):
#: Bits & Bytes, the blog of the Rockefeller Archive Center (the archive of the Rockefeller
#: family, its foundations and many other philanthropies, Sleepy Hollow, New York), written by its
#: archivists and digital programme staff and reviewed by a colleague before publication (the
#: README's workflow: a pull request, a review, then the merge publishes): digital preservation,
#: archival description and processing, ArchivesSpace and discovery systems, born-digital records,
#: accessibility, conference reports, fellowships and the archive's values (Jekyll, kramdown).
#: An archive's blog, a kind the gate had not seen; one site, so the whole of it goes to the
#: validation part.
RAC_BLOG = Source(
    "RockefellerArchiveCenter/bits_and_bytes",
    "bf612cdf251b72a1d8525fa9c7f175e39a26bafa",
    "CC BY 4.0 (the posts: the README's licence section and LICENSE-CCBY-4.0.md, 'All blog posts (c)"
    " Rockefeller Archive Center unless otherwise specified'); the site's code MIT",
    "Bits & Bytes, the Rockefeller Archive Center blog: one page per post, Markdown (kramdown) with YAML front matter",
)
#: The one post whose prose names HTML tags bare, outside code ("expand the <div> underneath the
#: <title> tag"): a browser reads the bare ``<title>`` as the document's title element, which is not
#: displayed, and the rest of the post with it; the page shows a post cut off mid-sentence.
RAC_BLOG_CUT_OFF = frozenset({"2013-10-17-improving-search-engine-traffic-to-dimes"})


def rac_blog_page(source_text: str) -> str:
    """A Bits & Bytes post as the site prints it: the title (the layout's heading; YAML's quoting
    undone), then the body's blocks as the Jekyll readers read them: ``{{ site.baseurl }}`` before
    image and link paths, figures (Markdown images, ``{% include image.html %}`` with its caption)
    and code left out, the ``<!--more-->`` excerpt mark not printed. The date and authors the
    layout prints under the title, and the tags and categories under the post, are left out like
    the other readers' bylines. A byte-order mark before the front matter (one post) is skipped, as
    Jekyll reads it."""
    return jekyll_site_page(source_text.removeprefix("\ufeff"))


def rac_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.md``, all in the validation part, bar the post
    the browser cuts off (``RAC_BLOG_CUT_OFF``)."""
    return _post_pages(
        RAC_BLOG,
        "_posts",
        JEKYLL_POST,
        "rac-blog",
        "validation",
        rac_blog_page,
        keep=lambda m: m.group(1) not in RAC_BLOG_CUT_OFF,
    )


# -- a university research software engineering group's blog ---------------------------------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Rockefeller Archive Center blog and the Sheffield RSE blog"):
#: the blog of Research Software Engineering Sheffield (the University of Sheffield's RSE team and
#: community), written by its engineers and researchers and reviewed as pull requests: research
#: software careers and the RSE movement, HPC and GPU computing on the university's clusters,
#: training, hackathons and code clinics, tools (Git, tmux, Python environments, testing),
#: research software quality and open source in research, in British English (Jekyll, kramdown,
#: YAML front matter; the first posts came from an earlier Nikola site). One site, so the whole of
#: it goes to the validation part.
RSE_SHEFFIELD_BLOG = Source(
    "RSE-Sheffield/RSE-Sheffield.github.io",
    "d94514b4198d1d6feecdfbfc8ca30e0e5c822c69",
    "CC BY-SA 4.0 (the repository's LICENSE.md)",
    "the blog of Research Software Engineering Sheffield (University of Sheffield): one page per post,"
    " Markdown (kramdown) with YAML front matter",
)
#: YAML's non-specific tag before a title (``title: ! "Our first Code Cafe"``, kept from the blog's
#: Nikola-era converter): the value is the plain string after it.
_YAML_TITLE_TAG = re.compile(r"^(title:[ \t]*+)![ \t]++", re.M)
#: A kramdown definition list item: a term (a line, here a key binding), then, on the next line or
#: after a blank one, its definition opening with ``:``. The site prints the term, then the
#: definition, as two blocks; neither prints the colon.
_KRAMDOWN_DEFINITION = re.compile(r"^([ \t]*+\S[^\n]*+)\n(?:[ \t]*+\n)?:[ \t]++", re.M)
#: An emoji code (``:movie_camera:``, escaped or not): the site's jemoji plugin prints it as an
#: emoji image, left out like images; not in code (the first group: a code span or fence, kept as
#: written, as jemoji leaves code alone). A table's alignment mark (``|:--:|``) has no letter.
_JEMOJI_CODE = re.compile(
    r"(`++)(?:(?!\1).)+?\1|[ \t]*+(?:\\|(?<![\w:/\\])):(?=[a-z0-9_+-]*?[a-z])[a-z0-9_+-]++:(?![\w/])", re.S
)
#: A comma set between two kramdown footnote marks (``[^a]<sup>,</sup>[^b]``): part of the marks,
#: left out with them.
_FOOTNOTE_MARK_COMMA = re.compile(r"(\[\^[^\]\s]++\])<sup>,</sup>(?=\[\^)")


def rse_sheffield_page(source_text: str) -> str:
    """A post of the Sheffield RSE blog as the site prints it: the title (the page layout's
    heading), then the body's blocks as the Jekyll readers read them (a ``{% post_url %}`` link
    keeps its text, ``{% include image_caption.html %}`` figures and code left out), kramdown's
    footnotes (``[^1]``, their definitions and a comma set between two marks) left out as the other
    sources' footnotes are, a definition list printed as its terms and definitions (without the
    ``:`` marks), emoji codes left out like the images the site's jemoji plugin makes of them, a
    title's YAML tag (``! "..."``) not printed and its spaces run together as the
    browser prints them. A byte-order mark before the front matter is skipped, as Jekyll reads
    it; a file without front matter (a header of ``key: value`` lines kept from the blog's earlier
    Nikola site, which the page would print as a paragraph) is no page (empty). The author and date
    the layout prints above the body are left out like the other readers' bylines."""
    text = source_text.removeprefix("\ufeff")
    front = _FRONT_MATTER.match(text)
    if not front:
        return ""
    body = _KRAMDOWN_DEFINITION.sub(r"\1\n\n", _FOOTNOTE_MARK_COMMA.sub(r"\1", text[front.end() :]))
    body = _JEMOJI_CODE.sub(
        lambda m: m.group(0) if m.group(1) else "", _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", body))
    )
    title, _, blocks = jekyll_site_page(_YAML_TITLE_TAG.sub(r"\1", front.group(0)) + body).partition("\n")
    return "\n".join(line for line in (" ".join(title.split()), blocks) if line)


def rse_sheffield_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.md``, all in the validation part; two files
    named ``YYYY-MM-DD_NAME.md`` are no posts to Jekyll (its post names need a hyphen after the
    date) and are not published, so they are not read."""
    return _post_pages(
        RSE_SHEFFIELD_BLOG,
        "_posts",
        JEKYLL_POST,
        "rse-sheffield-blog",
        "validation",
        rse_sheffield_page,
    )


# -- a research group's science blog on the physics of social and economic systems --------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "The Physics of Risk blog"): the blog of the Physics of Risk group (Vilnius
#: University, Institute of Theoretical Physics and Astronomy), which explains sociophysics and
#: econophysics to a general reader: agent-based models of herding, opinions and markets,
#: stochastic models of 1/f noise, network models, paradoxes of game theory, with interactive
#: models, talks and news of the group, written by its researchers (Pelican: a header of
#: ``Key: value`` lines, Python-Markdown, MathJax math, WordPress-style shortcodes kept from the
#: blog's first platform). Science explained to lay readers, a kind the gate had seen little of;
#: one site, so the whole of it goes to the tuning part.
BLOG_PHYSRISK = Source(
    "akononovicius/physRisk-content-repository",
    "4bd3ac644abf3dedbc5a664c36221904099eb4f0",
    "CC BY-NC 4.0 (the repository's README, the licence section)",
    "the Physics of Risk blog (Vilnius University): one page per post, Markdown (Pelican) with a header of metadata lines",
)
#: Pelican's header: ``Key: value`` lines up to the first blank line.
_PELICAN_HEADER = re.compile(r"\A(?:[A-Za-z][\w-]*+:[^\n]*+\n)++")
#: MathJax's math as Python-Markdown hands it over: ``\\\(...\\\)`` is inline math (the source's
#: ``\\`` prints a backslash and ``\(`` a parenthesis, so the page holds ``\(...\)``; ``\\(`` prints
#: the same), a word of its sentence kept as its TeX source read as code; ``\\\[...\\\]`` and a
#: LaTeX environment (``\begin{equation}...\end{equation}``) are displayed formulas, left out as
#: the other readers' are.
_PELICAN_INLINE_MATH = re.compile(r"\\\\\\?\((.+?)\\\\\\?\)", re.S)
_PELICAN_DISPLAY_MATH = re.compile(r"\\\\\\?\[.*?\\\\\\?\]|\\begin\{([a-z]+\*?)\}.*?\\end\{\1\}", re.S)
#: The shortcodes the site's plugins expand, ``[name key="value" ...]`` (a line may break inside):
#: a citation (``[cite id="..."]``) prints its number in brackets, the reference list at the foot
#: (left out like footnotes); an equation reference (``[eqref id="..."]``) prints the equation's
#: number in parentheses, as MathJax's ``\eqref`` does; the others (an acknowledgement of funding
#: drawn from site data, an embedded video, frame or interactive model) are left out like figures.
_PELICAN_SHORTCODE = re.compile(r"\\?\[([a-z][\w.-]*+)[ \t\n]++[a-z][\w-]*+=(?:[^\]\n]|\n(?![ \t]*+\n))*+\\?\]")
#: Python-Markdown's attribute list after an element (``![...](...){#attachment_2441}``,
#: ``### Title {#simple}``): an id or class, not printed.
_PELICAN_ATTRIBUTES = re.compile(r"[ \t]*+\{[ \t]*+[#.][^{}\n]*+\}")


def _pelican_shortcodes(body: str) -> str:
    """The body with its shortcodes expanded as ``_PELICAN_SHORTCODE`` says; citations are
    numbered in the order they first appear, as the reference list numbers them."""
    cited: dict[str, int] = {}

    def expand(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in ("cite", "cited"):
            key = " ".join(m.group(0).split())
            number = cited.setdefault(key, len(cited) + 1)
            return f"[{number}]"
        if name == "eqref":
            return "(1)"
        return ""

    return _PELICAN_SHORTCODE.sub(expand, body)


def _pelican_math(tex: str) -> str:
    """Inline math as code (``_math_code``), with Python-Markdown's escapes in its source read
    (``\\_`` prints ``_``, ``\\[`` prints ``[``: a backslash before a mark Markdown could read
    is an escape), and its character references read as the browser reads them (``&lt;``)."""
    return _math_code(unescape(re.sub(r"\\([_*{}\[\]()])", r"\1", tex)))


def physrisk_page(source_text: str) -> str:
    """A Physics of Risk post as the site shows it: the title (``Title:``), then the body's blocks
    (Python-Markdown, read as CommonMark reads them), with inline math kept as its TeX source,
    displayed formulas left out, shortcodes expanded (``_pelican_shortcodes``), attribute lists
    not printed, and code and figures left out as in the other readers; the date, authors and tags above the body are the layout's, left out like
    bylines; a post not published (``Status: draft``) is no page (empty)."""
    m = _PELICAN_HEADER.match(source_text)
    header = m.group(0) if m else ""
    body = source_text[len(header) :]
    status = re.search(r"^Status:[ \t]*+(\S++)", header, re.M | re.I)
    if status and status.group(1).lower() != "published":
        return ""
    title = re.search(r"^Title:[ \t]*+(.+?)[ \t]*+$", header, re.M)
    body, held = _hold_code(_HTML_COMMENT.sub("", body))
    body = _PELICAN_DISPLAY_MATH.sub("\n\n", body)
    body = _PELICAN_INLINE_MATH.sub(lambda m: _pelican_math(m.group(1)), body)
    body = _PELICAN_ATTRIBUTES.sub("", _pelican_shortcodes(body))
    body = re.sub(r"\x00(\d++)\x00", lambda m: held[int(m.group(1))], body)
    return _markdown_blocks(_html_title(title.group(1)) if title else "", body)


def physrisk_blog_pages() -> list[Page]:
    """One page per post, ``articles/YYYY/NAME.md``, all in the tuning part."""
    return _post_pages(
        BLOG_PHYSRISK,
        "articles",
        r"articles/(\d{4}/[^/]+)\.md",
        "physrisk-blog",
        "tuning",
        physrisk_page,
    )


# -- a public body's staff handbook and a foundation's glossary, for the tuning part -------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The TTS Handbook and the Cloud Native Glossary"): the handbook of the
#: Technology Transformation Services (U.S. General Services Administration), the guidance its
#: staff work by: onboarding, travel and leave, hiring, policies, tools, the 18F and consulting
#: practices, written and reviewed by its staff and its content team (Eleventy: YAML front
#: matter, markdown-it, Liquid shortcodes). Guidance and reference pages of a public body, a kind
#: the gate had not seen (its government sources were blogs and news). One site, so the whole of
#: it goes to the tuning part.
TTS_HANDBOOK = Source(
    "18F/handbook",
    "1e4955634d0369f17e5bbc0ebbf8f62e2a3dfe4b",
    "public domain (a work of the U.S. government) and CC0 1.0 worldwide (the repository's LICENSE.md)",
    "the TTS Handbook (U.S. General Services Administration): one page per handbook page, Markdown with YAML front matter",
)
#: A shortcode that prints a link's address (``]({% page "/tools/slack/" %})``): the link keeps its text.
_HANDBOOK_URL_TAG = re.compile(r"\{%-?\s*+(?:page|link|download)\b[^%]*+%\}")
#: A Slack channel shortcode (``{% slack_channel "g-content" %}``, or with a name to print): the
#: link prints the name, or ``#channel``.
_HANDBOOK_SLACK = re.compile(
    r"""\{%-?\s*+slack_channel\s++["']#?([^"']++)["'](?:\s*+,?\s*+["']([^"']*+)["'])?\s*+-?%\}"""
)
#: An alert box (``{% alert "Heading" "warning" %} ... {% endalert %}``): its heading, if any,
#: over its body; the body is written indented under the tag and read as the page's Markdown.
_HANDBOOK_ALERT = re.compile(
    r"""\{%-?\s*+alert\b(?:\s*+"((?:[^"\\]|\\.)*+)"|\s*+'((?:[^'\\]|\\.)*+)')?[^%]*+%\}(.*?)\{%-?\s*+endalert\s*+-?%\}""",
    re.S,
)
#: An include of a shared box (``{% include "low-system.html" %}``): the box's file, read as the page.
_HANDBOOK_INCLUDE = re.compile(r"""\{%-?\s*+include\s++["']([\w-]++\.html)["'][^%]*+%\}""")
#: Includes that print page text (the others are navigation: a step indicator).
_HANDBOOK_BOXES = ("low-system.html", "software-warning.html")


def _handbook_alert(m: re.Match[str]) -> str:
    heading = re.sub(r"\\(.)", r"\1", m.group(1) or m.group(2) or "").strip()  # a Liquid string's escapes
    body = textwrap.dedent(m.group(3).strip("\n"))
    return f"\n\n{'### ' + heading if heading else ''}\n\n{body}\n\n"


def tts_handbook_page(source_text: str, boxes: dict[str, str] | None = None) -> str:
    """A TTS Handbook page as the site shows it: the subtitle over the title, as the layout prints
    them, then the body's blocks with the shortcodes expanded (a link built by a tag keeps its
    text, a Slack channel prints its name, an alert its heading and body, a shared box its text)
    and the figures (``{% image %}``), icons and step indicators left out; the "questions" box
    under the body (the channels to ask in) is the layout's, left out like bylines. A page that
    only redirects (``redirect_to``) is no page (empty)."""
    title, body, front = _yaml_front_matter(source_text)
    if re.search(r"^redirect_to:", front, re.M):
        return ""
    subtitle = re.search(r"^subtitle:[ \t]*+(.+?)[ \t]*+$", front, re.M)
    body = _LIQUID_COMMENT.sub("", body)
    body = _HANDBOOK_INCLUDE.sub(lambda m: (boxes or {}).get(m.group(1), ""), body)
    body = _HANDBOOK_ALERT.sub(_handbook_alert, body)
    body = _HANDBOOK_URL_TAG.sub("/", body)
    body = _HANDBOOK_SLACK.sub(lambda m: m.group(2) or f"#{m.group(1)}", body)
    page = _jekyll_blocks(title, body)
    return f"{_yaml_scalar(subtitle.group(1))}\n{page}" if subtitle and page else page


def tts_handbook_pages() -> list[Page]:
    """One page per Markdown page under ``pages/``, all in the tuning part (the repository's
    contributing notes, published under ``pages/`` too, are a page of the site like the others)."""
    boxes = {name: read(TTS_HANDBOOK, f"_includes/{name}") or "" for name in _HANDBOOK_BOXES}
    return _post_pages(
        TTS_HANDBOOK,
        "pages",
        r"pages/(.+)\.md",
        "tts-handbook",
        "tuning",
        functools.partial(tts_handbook_page, boxes=boxes),
    )


#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The TTS Handbook and the Cloud Native Glossary"): the Cloud Native
#: Glossary of the Cloud Native Computing Foundation, short explainers of one term each written
#: for readers on the business side as well as technologists ("What it is", "Problem it
#: addresses", "How it helps"), under a published style guide and reviewed by the glossary's
#: maintainers (Hugo: YAML front matter, Goldmark). A foundation's reference explainers, a kind
#: the gate had not seen. One site, so the whole of it goes to the tuning part.
CNCF_GLOSSARY = Source(
    "cncf/glossary",
    "ca1dc4034529de4dbcef91f75978aeffd1a12b14",
    "CC BY 4.0 (documentation, the repository's README); code Apache-2.0 (LICENSE)",
    "the Cloud Native Glossary (Cloud Native Computing Foundation), English terms: one page per term, Markdown",
)
#: The sign-language section (``{{% sign-language-section ID %}}``): a heading, a video and a
#: note, the heading and the note from the site's English strings (``i18n/en.toml``).
_GLOSSARY_SIGN = re.compile(r"\{\{%\s*+sign-language-section\b[^%]*+%\}\}")


def _glossary_strings(toml: str) -> dict[str, str]:
    """The site's English strings: ``[key]`` then ``other = "..."`` or ``other = \"\"\"...\"\"\"``."""
    strings = {}
    for m in re.finditer(r'^\[(\w++)\]\s*+other\s*+=\s*+(?:"""\n?(.*?)"""|"([^"\n]*+)")', toml, re.M | re.S):
        strings[m.group(1)] = m.group(2) if m.group(2) is not None else m.group(3)
    return strings


def cncf_glossary_page(source_text: str, strings: dict[str, str] | None = None) -> str:
    """A glossary term as the site shows it: the title (the layout's heading), then the body's
    blocks; the sign-language section prints its heading and note, its video left out like
    figures; the tags above the body are the layout's, left out like bylines. A draft (a
    deprecated term) is no page (empty)."""
    title, body, front = _yaml_front_matter(source_text)
    if re.search(r"^draft:[ \t]*+true\b", front, re.M):
        return ""
    s = strings or {}
    section = f"\n\n## {s.get('sign_language_header', '')}\n\n{s.get('sign_language_info', '')}\n\n"
    body = _GLOSSARY_SIGN.sub(lambda m: section, body)
    return _markdown_blocks(title, _template_tags(body))


def cncf_glossary_pages() -> list[Page]:
    """One page per English term, ``content/en/NAME.md``, all in the tuning part (the home page,
    the entry template and the sections for contributors are no terms)."""
    strings = _glossary_strings(read(CNCF_GLOSSARY, "i18n/en.toml") or "")
    return _post_pages(
        CNCF_GLOSSARY,
        "content/en",
        r"content/en/([^/_][^/]*)\.md",
        "cncf-glossary",
        "tuning",
        functools.partial(cncf_glossary_page, strings=strings),
    )


#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The Free Law Project's posts and the RDMkit"): the news and posts of Free
#: Law Project, a non-profit that puts court records and legal data online (CourtListener, the
#: RECAP Archive): announcements, reports on its work, advocacy on court-record access and
#: policy, written by its staff (Next.js with MDX: YAML front matter, Markdown with JSX
#: components and HTML). A legal non-profit's news, a kind the gate had not seen. One site, so
#: the whole of it goes to the tuning part; the licence forbids derivatives, so the posts are
#: read at bench time only, never copied.
FREE_LAW_POSTS = Source(
    "freelawproject/free.law",
    "d3a1fe93c8e1b2dc4aca78f2c87c47bf07b5e085",
    "CC BY-ND 4.0 (the site's footer: content, except where indicated); read at bench time only, never copied",
    "the posts of Free Law Project: one page per post, MDX with YAML front matter",
)
#: Components that show an image (with or without a caption), a video or an embedded page: left
#: out as figures are, whole (``<X ...>...</X>``, attributes over several lines) or self-closing.
_FREE_LAW_FIGURES = "CaptionedImage|RightImage|Image|YouTubeVideo|ResponsiveIFrame"
_FREE_LAW_FIGURE = re.compile(
    rf"<({_FREE_LAW_FIGURES})\b(?:[^<>{{}}]|\{{\{{.*?\}}\}}|\{{[^{{}}]*+\}})*?(?:/>|>.*?</\1\s*+>)", re.S
)
#: A button (``<PurpleButton href="...">Download as CSV</PurpleButton>``): the page prints a
#: link with the button's text, a block of its own.
_FREE_LAW_BUTTON = re.compile(r"<(\w*+Button)\b[^<>]*+>(.*?)</\1\s*+>", re.S)
#: An HTML element written on one line (``<p className="lead">... [a link](/) ...</p>``): MDX
#: reads it as JSX, its content as Markdown, a block of its own.
_MDX_ONE_LINE_ELEMENT = re.compile(r"^[ \t]*+<([a-z][a-z0-9]*+)\b[^<>]*+>(.*)</\1>[ \t]*+$", re.M)
#: An HTML tag alone on its line (``<div>``, ``</blockquote>``): MDX reads the lines between as
#: Markdown, which CommonMark would pass through as HTML without a blank line after the tag.
_MDX_TAG_LINE = re.compile(r"^[ \t]*+</?[a-z][a-z0-9]*+\b[^<>]*+>[ \t]*+$", re.M)


def free_law_page(source_text: str) -> str:
    """A Free Law Project post as the site shows it: the title, then the body's blocks (GFM, as
    ``remark-gfm`` reads it; MDX reads no indented code), with the figure, video and embed
    components left out, a button's text a block of its own, the boxes' content (an alert, an
    info box) read as a block, and the MDX comments taken out. A draft is no page (empty)."""
    title, body, front = _yaml_front_matter(source_text)
    if re.search(r"^status:[ \t]*+['\"]?Draft\b", front, re.M):
        return ""
    body = _FREE_LAW_FIGURE.sub("", _MDX_COMMENT.sub("", body))
    body = _FREE_LAW_BUTTON.sub(lambda m: f"\n\n<p>{m.group(2).strip()}</p>\n\n", body)
    body = _MDX_ONE_LINE_ELEMENT.sub(lambda m: f"\n\n{m.group(2)}\n\n", body)
    body = _MDX_TAG_LINE.sub(lambda m: f"\n\n{m.group(0).strip()}\n\n", _mdx_boxes(body))
    return _markdown_blocks(title, body, indented_code=False, extensions=("strikethrough",))


def free_law_pages() -> list[Page]:
    """One page per post, ``posts/YYYY/MM/DD/NAME.mdx``, all in the tuning part (the site's
    standing pages, ``posts/NAME.mdx`` and the folders of pages, are no posts)."""
    return _post_pages(
        FREE_LAW_POSTS,
        "posts",
        r"posts/(\d{4}/\d{2}/\d{2}/[^/]+)\.mdx",
        "free-law-posts",
        "tuning",
        free_law_page,
    )


#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The Free Law Project's posts and the RDMkit"): the RDMkit, the research
#: data management guidance of ELIXIR, the European intergovernmental infrastructure for life
#: science data: what to consider and which solutions exist for each task (planning, storing,
#: sharing, organising data), each research domain and each member country's resources,
#: written by named contributors and reviewed by its editors (Jekyll: YAML front matter,
#: kramdown, Liquid). An intergovernmental body's guidance, a kind the gate had not seen. One
#: site, so the whole of it goes to the tuning part.
RDMKIT = Source(
    "elixir-europe/rdmkit",
    "80c42538e34f01da9027cecdc9ab86b60bd9efa1",
    "CC BY 4.0 (documentation, the repository's LICENSE); software MIT",
    "the RDMkit (ELIXIR): one page per page of guidance, Markdown with YAML front matter",
)
#: A tool or resource named by its id (``{% tool "zenodo" %}``): the page prints its name, a link.
_RDMKIT_TOOL = re.compile(r"""\{%-?\s*+tool\s++["']([^"']++)["']\s*+-?%\}""")
#: A note box (``{% include callout.html type="note" content="..." %}``): its content, a block.
_RDMKIT_CALLOUT = re.compile(r"""\{%-?\s*+include\s++callout\.html\b[^%]*?\bcontent=(["'])(.*?)\1[^%]*+%\}""", re.S)


#: A citation (``{% cite key1 key2 %}``): jekyll-scholar prints the references' numbers, in
#: the order the page first cites them, as the site's style sets them (``[1,2]``, superscript).
_RDMKIT_CITE = re.compile(r"\{%-?\s*+cite\s++([^%]*?)\s*+-?%\}")


def _rdmkit_citations(body: str) -> str:
    """The body with each citation tag as the numbers the page prints; tags inside a Liquid
    ``raw`` block are written out as they stand, not cited."""
    numbers: dict[str, int] = {}

    def cite(m: re.Match[str]) -> str:
        cited = sorted({numbers.setdefault(key, len(numbers) + 1) for key in m.group(1).split()})
        return f"<sup>[{','.join(map(str, cited))}]</sup>"

    parts = re.split(r"(\{%-?\s*+raw\s*+-?%\}.*?\{%-?\s*+endraw\s*+-?%\})", body, flags=re.S)
    return "".join(part if n % 2 else _RDMKIT_CITE.sub(cite, part) for n, part in enumerate(parts))


def _rdmkit_tools(yaml_text: str) -> dict[str, str]:
    """Tool ids to the names the site prints, from ``_data/tool_and_resource_list.yml``."""
    names = {}
    for entry in re.split(r"^- ", yaml_text, flags=re.M):
        tool = re.search(r"^\s*+id:[ \t]*+(.+?)[ \t]*+$", entry, re.M)
        name = re.search(r"^\s*+name:[ \t]*+(.+?)[ \t]*+$", entry, re.M)
        if tool and name:
            names[_yaml_scalar(tool.group(1))] = _yaml_scalar(name.group(1))
    return names


def rdmkit_page(source_text: str, tools: dict[str, str] | None = None) -> str:
    """An RDMkit page as the site shows it: the title, then the body's blocks with the Liquid
    tags expanded (a tool prints its name, a note box its content, a citation its numbers) and
    the figures (``include image.html``) and the generated bibliography left out; the contributors and the
    related-resources panels are the layout's, left out like bylines."""
    title, body, _ = _yaml_front_matter(source_text)
    body = _rdmkit_citations(body)
    body = _RDMKIT_TOOL.sub(lambda m: (tools or {}).get(m.group(1), m.group(1)), body)
    body = _RDMKIT_CALLOUT.sub(lambda m: f"\n\n{m.group(2)}\n\n", body)
    return _jekyll_blocks(title, body)


def rdmkit_pages() -> list[Page]:
    """One page per Markdown page under ``pages/``, all in the tuning part."""
    tools = _rdmkit_tools(read(RDMKIT, "_data/tool_and_resource_list.yml") or "")
    return _post_pages(
        RDMKIT,
        "pages",
        r"pages/(.+)\.md",
        "rdmkit",
        "tuning",
        functools.partial(rdmkit_page, tools=tools),
    )


# -- a public body's guides and a public body's platform manual, for the tuning part ------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The 18F Guides and the Modernisation Platform manual"): the guides 18F (U.S.
#: General Services Administration) publishes for the agencies it works with and its own staff:
#: accessibility, agile, the content and UX guides, the method cards, engineering practice and
#: hiring, derisking government technology, product and brand (Eleventy: YAML front matter,
#: markdown-it, Liquid). Guidance and how-to pages of a public body. One site, so the whole of
#: it goes to the tuning part.
GUIDES_18F = Source(
    "18F/guides",
    "debc24b34f23686194d9fe42e391859d569bd39a",
    "public domain (a work of the U.S. government) and CC0 1.0 worldwide (the repository's LICENSE.md)",
    "the 18F Guides (U.S. General Services Administration): one page per guide page, Markdown with YAML front matter",
)
#: A captured block (``{% capture name %}...{% endcapture %}``): printed where a box includes it.
_LIQUID_CAPTURE = re.compile(r"\{%-?\s*+capture\s++(\w++)\s*+-?%\}(.*?)\{%-?\s*+endcapture\s*+-?%\}", re.S)
#: An include (``{% include "engineering/tag-standard.html" %}``, ``{% include 'x.html' header: "..."
#: content: name %}``): the included file, or for a box its header over its content.
_GUIDES_INCLUDE = re.compile(r"""\{%-?\s*+include\s++["']([^"']++)["']([^%]*+)%\}""")
#: Included files that show a figure, a download button, a table of scores or a call to a
#: workshop: left out as figures and tables are.
_GUIDES_LEFT_OUT = re.compile(r"image|download|table|cta|redirect")
#: An attribute list of markdown-it-attrs (``[a link](/){.usa-link}``, ``## How{#how}``, a
#: paragraph's ``{.guide-highlight}``): the element's class or id, not printed.
_MARKDOWN_IT_ATTRS = re.compile(r"[ \t]*+\{[.#][\w\-.# ]*+\}")
#: A figure tag (``{% image_with_class ... %}``, ``{% image ... %}``): left out.
_GUIDES_IMAGE = re.compile(r"\{%-?\s*+image(?:_with_class)?\b[^%]*+%\}")


def _guides_include(m: re.Match[str], captures: dict[str, str], files: dict[str, str]) -> str:
    name, args = m.group(1), m.group(2)
    if _GUIDES_LEFT_OUT.search(name):
        return ""
    content = re.search(r"\bcontent:\s*+(\w++)", args)
    if content:
        header = re.search(r"""\bheader:\s*+(["'])(.*?)\1""", args)
        heading = f"**{header.group(2)}**\n\n" if header else ""
        return f"\n\n{heading}{textwrap.dedent(captures.get(content.group(1), '')).strip()}\n\n"
    return _LIQUID_COMMENT.sub("", files.get(name, "")).strip()


_GUIDES_BUILD_DAY = datetime.datetime(2025, 1, 24, 14, 20, 35)


def _card_field(front: str, key: str) -> str:
    """A method card's field in the front matter: a scalar on its line, or a block scalar
    (``what: |-`` over indented lines) read as one paragraph."""
    m = re.search(rf"^([ \t]++){key}:[ \t]*+(.*?)[ \t]*+$", front, re.M)
    if not m:
        return ""
    if m.group(2) not in ("|", "|-", ">", ">-"):
        return _yaml_scalar(m.group(2))
    lines = []
    for line in front[m.end() + 1 :].split("\n"):
        if len(line) - len(line.lstrip()) <= len(m.group(1)) and line.strip():
            break
        lines.append(line.strip())
    return " ".join(line for line in lines if line)


#: The build's date (``{{ site.time | date: '%Y-%m-%d' }}``), which a page prints as an example
#: of a date: the pinned commit's day, as a build of it prints.
_GUIDES_SITE_TIME = re.compile(r"\{\{\s*+site\.time\s*+\|\s*+date:\s*+'([^']*+)'\s*+\}\}")


def guides_18f_page(source_text: str, files: dict[str, str] | None = None) -> str:
    """An 18F Guides page as the site shows it: the title, for a method card the card's "What"
    and "Why" over the body (the layout prints them from the front matter), then the body's blocks
    with the Liquid tags expanded (a box prints its header over its captured content, a tag or a
    reminder its file's text) and figures, downloads and tables of scores left out; the card's
    phase and the guide's side navigation are the layout's, left out like tags. A page that
    redirects or is kept out of the site's collections is no page (empty)."""
    title, body, front = _yaml_front_matter(source_text)
    if re.search(r"^(?:redirect_to:|permalink:[ \t]*+false|eleventyExcludeFromCollections:[ \t]*+true)", front, re.M):
        return ""
    card = ""
    if re.search(r"^layout:[ \t]*+layouts/method-card", front, re.M):
        card = "".join(f"## {label}\n\n{_card_field(front, label.lower())}\n\n" for label in ("What", "Why"))
    body = _GUIDES_SITE_TIME.sub(lambda m: _GUIDES_BUILD_DAY.strftime(m.group(1)), _LIQUID_COMMENT.sub("", body))
    captures = {m.group(1): m.group(2) for m in _LIQUID_CAPTURE.finditer(body)}
    body = _LIQUID_CAPTURE.sub("", body)
    body = _GUIDES_IMAGE.sub("", body)
    body = _GUIDES_INCLUDE.sub(lambda m: _guides_include(m, captures, files or {}), body)
    body = re.sub(r"<section\b[^>]*+>|</section>", "\n\n", _MARKDOWN_IT_ATTRS.sub("", body))
    return _jekyll_blocks(title, card + body)


def guides_18f_pages() -> list[Page]:
    """One page per Markdown page under ``content/``, all in the tuning part (``_NAME.md`` files
    are a guide's data, no pages)."""
    files = {}
    for path in listing(GUIDES_18F, "_includes"):
        if not _GUIDES_LEFT_OUT.search(path) and re.fullmatch(r"_includes/(?:eng-hiring|engineering)/.+", path):
            files[path[len("_includes/") :]] = read(GUIDES_18F, path) or ""
    return _post_pages(
        GUIDES_18F,
        "content",
        r"content/((?:[^/]+/)*[^/_][^/]*)\.md",
        "guides-18f",
        "tuning",
        functools.partial(guides_18f_page, files=files),
    )


#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The 18F Guides and the Modernisation Platform manual"): the user guide,
#: concepts, runbooks and team pages of the Modernisation Platform, the hosting platform of the
#: UK Ministry of Justice, written and reviewed by its team for the teams that use it (GOV.UK
#: Tech Docs Template: Middleman, YAML front matter, Markdown with ERB). A public body's
#: platform manual, Technical guidance with contacts, channels and steps in its text. One site, so
#: the whole of it goes to the tuning part.
MODERNISATION_PLATFORM = Source(
    "ministryofjustice/modernisation-platform",
    "ed8a7936d0d18f09f9ed74671d4884b3adfdc1aa",
    "MIT (the repository's LICENSE, Crown Copyright, Ministry of Justice)",
    "the Modernisation Platform manual (UK Ministry of Justice): one page per page, Markdown with ERB and YAML front matter",
)
#: The page's title written into its heading (``# <%= current_page.data.title %>``).
_ERB_TITLE = re.compile(r"<%=\s*+current_page\.data\.title\s*+%>")
#: A warning (``<%= warning_text('...') %>``): the template prints "Warning" and the text.
_ERB_WARNING = re.compile(r"""<%=\s*+warning_text\(?\s*+(["'])(.*?)\1\s*+\)?\s*+%>""", re.S)
_ERB_ANY = re.compile(r"<%.*?%>", re.S)


def modernisation_platform_page(source_text: str) -> str:
    """A Modernisation Platform page as the Tech Docs Template shows it: the body's blocks, its
    heading holding the front matter's title; a warning prints its text; the review box under
    the body (last reviewed, owner's channel) is the layout's, left out like bylines."""
    m = _FRONT_MATTER.match(source_text)
    front, body = (m.group(1), source_text[m.end() :]) if m else ("", source_text)
    t = re.search(r"^title:[ \t]*+(.+?)[ \t]*+$", front, re.M)
    title = _yaml_scalar(t.group(1)) if t else ""
    body = _ERB_TITLE.sub(lambda _: title, body)
    body = _ERB_WARNING.sub(lambda w: f"\n\nWarning {w.group(2)}\n\n", body)
    return _markdown_blocks("", _ERB_ANY.sub("", body))


def modernisation_platform_pages() -> list[Page]:
    """One page per Markdown page under ``source/``, all in the tuning part."""
    return _post_pages(
        MODERNISATION_PLATFORM,
        "source",
        r"source/(.+)\.html\.md(?:\.erb)?",
        "modernisation-platform",
        "tuning",
        modernisation_platform_page,
    )


# -- a language community's blog and a language team's letters, for the tuning part --------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The Nim blog and the Crystal blog"): the blog of the Nim programming
#: language, written by its core team, community members and guest authors to their readers:
#: release announcements written as letters ("we are proud to announce ..."), the community's
#: "This Month with Nim" newsletters, survey results, calls to join in (Hacktoberfest, a
#: conference), tutorials written in the first and second person (Jekyll: YAML front matter,
#: kramdown, Liquid). A community's own voice, speaking to its readers; one site, so the whole
#: of it goes to the tuning part.
BLOG_NIM = Source(
    "nim-lang/website",
    "d9d89c1d47616ab7599c020aa2ee52801bfb672f",
    "CC BY 3.0 (the repository's LICENSE.md)",
    "the Nim blog: one page per post, Markdown (kramdown) with YAML front matter",
)
#: The site's configuration, whose values a post's ``{{ site.x }}`` tags print.
NIM_SITE_CONFIG = "jekyll/_config.yml"


def nim_blog_pages() -> list[Page]:
    """One page per Markdown post, ``jekyll/_posts/YYYY-MM-DD-NAME.md``, all in the tuning part
    (the one AsciiDoc post is left out)."""
    return _post_pages(
        BLOG_NIM,
        "jekyll/_posts",
        r"jekyll/_posts/(\d{4}-\d{2}-\d{2}-[^/]+)\.md",
        "nim-blog",
        "tuning",
        functools.partial(jekyll_site_page, site=read(BLOG_NIM, NIM_SITE_CONFIG) or ""),
    )


#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The Nim blog and the Crystal blog"): the blog and release announcements of
#: the Crystal programming language, written by its core team (Manas.tech and the Crystal
#: team) and guest authors: release letters ("We are announcing a new Crystal release ... We
#: thank all the contributors"), news of the project and its sponsors, calls for help,
#: tutorials and success stories written in the first person (Jekyll: YAML front matter,
#: kramdown, Liquid). One site, so the whole of it goes to the tuning part. The repository has
#: no licence file; its README says "Crystal is licensed under the Apache License, Version
#: 2.0", which does not say it covers the site's text, so the posts are read at bench time only.
BLOG_CRYSTAL = Source(
    "crystal-lang/crystal-website",
    "2525d87ccc7805651f23a725f44d4b23c8858dfa",
    "no licence file; the README: Crystal is licensed under the Apache License 2.0 (not said of the "
    "site's text); read at bench time only, never copied",
    "the Crystal blog and release announcements: one page per post, Markdown (kramdown) with YAML front matter",
)
#: A release's highlights in its front matter (``- text: "..."`` under ``highlights:``).
_CRYSTAL_HIGHLIGHT = re.compile(r"^-[ \t]++text:[ \t]*+(.+?)[ \t]*+$", re.M)


def crystal_page(source_text: str) -> str:
    """A Crystal post or release as the site shows it: the title and subtitle, a release's
    "Highlights" box (the layout prints the front matter's highlights as a list, their labels
    as badges, left out like tags), then the body's blocks as ``jekyll_site_page`` reads them;
    the release's links (API docs, changelog, source), the author and the quoted person's
    profile card are the layout's, left out like bylines."""
    _, body, front = _yaml_front_matter(source_text)
    subtitle = re.search(r"^subtitle:[ \t]*+(.+?)[ \t]*+$", front, re.M)
    head = f"{_yaml_scalar(subtitle.group(1))}\n\n" if subtitle else ""
    highlights = _CRYSTAL_HIGHLIGHT.findall(front.partition("\nhighlights:")[2])
    if highlights:
        head += "## Highlights\n\n" + "".join(f"- {_yaml_scalar(h)}\n" for h in highlights) + "\n"
    return jekyll_site_page(source_text[: len(source_text) - len(body)] + head + body)


def crystal_blog_pages() -> list[Page]:
    """One page per post (``_posts/``, the success stories' folder included) and per release
    announcement (``_releases/``), all in the tuning part."""
    pattern = r"(?:_posts/(?:[^/]+/)?|_releases/)([^/]+)\.md"
    return _post_pages(BLOG_CRYSTAL, "_posts", pattern, "crystal-blog", "tuning", crystal_page) + _post_pages(
        BLOG_CRYSTAL, "_releases", pattern, "crystal-blog", "tuning", crystal_page
    )


# -- a library data project's blog and an art company's engineering blog, held out ----------------

#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Libraries Hacked blog and the Artsy engineering blog"): the
#: blog of Libraries Hacked, a project on public library data in the United Kingdom: open data
#: and statistics of library services, data schemas and standards for libraries, mobile
#: libraries, library websites and their accessibility, funding and digital strategy, written
#: for library staff and managers in British English (Jekyll, Minimal Mistakes, kramdown). A
#: library sector's blog, a kind the gate has little of; one site, so the whole of it goes to the
#: validation part.
LIBRARIES_HACKED_BLOG = Source(
    "LibrariesHacked/librarieshacked.github.io",
    "3e4421641010dbeead38c836f2b60db78f255af2",
    "CC BY 4.0 (the posts: the README's licence section, 'Any content in the blog is published under"
    " a Creative Commons Attribution 4.0 Licence'); the theme MIT",
    "the Libraries Hacked blog (public library data, UK): one page per post, Markdown (kramdown) with YAML front matter",
)


#: A diagram written in Mermaid's language (``<div class="mermaid">flowchart LR; ...</div>``):
#: the site's script draws it as a figure, left out like figures.
_MERMAID_DIAGRAM = re.compile(r"<div[ \t]++class=[\"']mermaid[\"'][^>]*+>.*?</div>", re.S)
#: A kramdown table whose first row is its separator line (``| --- | --- |``, a table without
#: a header row, which GFM does not read as a table): kramdown prints it as a table, left out
#: like the other readers' tables.
_KRAMDOWN_HEADLESS_TABLE = re.compile(
    r"(?:\A|(?<=\n\n))\|[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+(?:\n\|[^\n]*+)*+\n?"
)


def libraries_hacked_page(source_text: str) -> str:
    """A Libraries Hacked post as the site prints it: the title, then the body's blocks as
    ``jekyll_site_page`` reads them, with Mermaid diagrams and tables without a header row left
    out like the other figures and tables, and kramdown's footnotes (``[^1]`` and their
    definitions under "References") left out as the other sources' footnotes are."""
    _, body, _ = _yaml_front_matter(source_text)
    head = source_text[: len(source_text) - len(body)]
    body = _KRAMDOWN_HEADLESS_TABLE.sub("", _MERMAID_DIAGRAM.sub("", body))
    return jekyll_site_page(head + _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", body)))


def libraries_hacked_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.md``, all in the validation part."""
    return _post_pages(
        LIBRARIES_HACKED_BLOG,
        "_posts",
        JEKYLL_POST,
        "libraries-hacked-blog",
        "validation",
        libraries_hacked_page,
    )


#: Added to be measured once, with the rules as they are, before any rule change it could prompt
#: (bench/README.md, "Held out: the Libraries Hacked blog and the Artsy engineering blog"): the
#: engineering blog of Artsy, the online art marketplace (New York), written by its engineers
#: and reviewed as pull requests by colleagues: the company's technology stack, mobile and web
#: architecture, React Native, GraphQL, testing, open source at Artsy, engineering culture,
#: hiring and team practices, post-mortems (Jekyll from Octopress, kramdown, Liquid). A
#: company's engineering blog, a kind the gate has little of; one site, so the whole of it goes
#: to the validation part.
ARTSY_BLOG = Source(
    "artsy/artsy.github.io",
    "8826b23f8ea86e4c9f3f3c2f5b81fdeff41729ba",
    "CC BY 4.0 (the posts in _posts: the README's licence section and _posts/LICENSE); the site's code MIT",
    "the Artsy engineering blog: one page per post, Markdown (kramdown) with YAML front matter",
)


#: A note shown only on small screens (``<div class="mobile-only">``, "it looks like you're
#: using a really small screen ..."): the site's style sheet hides it on a computer's screen, the
#: page the other readers read.
_MOBILE_ONLY_NOTE = re.compile(r"<div[ \t]++class=[\"']mobile-only[\"'][^>]*+>.*?</div>", re.S)


def artsy_page(source_text: str) -> str:
    """An Artsy engineering post as the site prints it on a computer's screen: the title (as
    written: the layout's ``titlecase`` filter is defined by no plugin of the site, so Liquid
    prints the title unchanged), then the body's blocks as ``jekyll_site_page`` reads them (the
    ``expanded_img`` images and the included SVG diagrams left out like figures), without the
    notes shown only on small screens. Markdown inside an HTML block (a colleague's aside) is
    printed as written, as kramdown leaves it."""
    return jekyll_site_page(_MOBILE_ONLY_NOTE.sub("", source_text))


def artsy_blog_pages() -> list[Page]:
    """One page per post, ``_posts/YYYY-MM-DD-NAME.{md,markdown}``, all in the validation part."""
    return _post_pages(
        ARTSY_BLOG,
        "_posts",
        JEKYLL_POST,
        "artsy-blog",
        "validation",
        artsy_page,
    )


# -- a scientific community's blog, its contributors writing to their readers, for the tuning part -

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The Scientific Python blog"): the blog of the Scientific Python community
#: (NumPy, SciPy, Matplotlib, NetworkX, scikit-image, scikit-learn and their neighbours), written
#: by maintainers, interns, Google Summer of Code and Outreachy students and guest authors to the
#: projects' users: reports of funded and volunteer work, tutorials, community stories, summit
#: and sprint notes. Many are one person's posts that close with an invitation to write to the
#: author or to join in (Hugo, YAML front matter). One site, so the whole of it goes to the tuning
#: part.
BLOG_SCIENTIFIC_PYTHON = Source(
    "scientific-python/blog.scientific-python.org",
    "fed8fc368222a50aed17bc31de82d4332faed976",
    "CC BY 4.0 for the text, BSD-3-Clause for the code snippets (the repository's LICENSE.txt)",
    "the Scientific Python blog: one page per post, Markdown with YAML front matter",
)
#: The ``yamlToTable`` shortcode with the YAML it turns into a table: left out like tables of
#: figures, the YAML source is not what the page prints as prose.
_YAML_TABLE = re.compile(r"\{\{<\s*+yamlToTable\b[^>]*+>\}\}.*?\{\{<\s*+/\s*+yamlToTable\s*+>\}\}", re.S)


def scientific_python_page(source_text: str) -> str:
    """A Scientific Python blog post as a reader sees it: the title, then the body's blocks, with
    HTML comments and ``yamlToTable`` blocks left out, the other shortcodes (a figure) read as
    ``_hugo_shortcodes`` reads them and footnotes left out as the other sources' footnotes are;
    the authors and date the layout prints are left out like the other readers' bylines."""
    _, body, front = _yaml_front_matter(source_text)
    body = _HTML_COMMENT.sub("", _YAML_TABLE.sub("", body))
    body = _FOOTNOTE_REFERENCE.sub("", _FOOTNOTE_DEFINITION.sub("", _hugo_shortcodes(body)))
    return _markdown_blocks(_html_title(_yaml_flow_title(front)), body, extensions=("strikethrough",))


def scientific_python_blog_pages() -> list[Page]:
    """One page per post, ``content/posts/.../NAME/index.md`` (the sections' ``_index.md`` lists
    are no post), all in the tuning part."""
    return _post_pages(
        BLOG_SCIENTIFIC_PYTHON,
        "content/posts",
        r"content/posts/(.+)/index\.md",
        "scientific-python-blog",
        "tuning",
        scientific_python_page,
    )


# -- a digital agency's public handbook, for the tuning part ------------------------------------

#: Added and measured once, with the rules as they were, before any rule change it could prompt
#: (bench/README.md, "The dxw Playbook"): the public handbook of dxw, a UK digital agency that
#: builds public services, written and kept up by its staff for its staff and clients: how
#: projects are run (stand-ups, show and tells, weeknotes, handovers), design, content and
#: research practice, engineering and support guides, hiring, benefits and policies (Jekyll:
#: YAML front matter, kramdown). Guidance pages with many short headings, step lists and
#: lists of links that belong to the text; one site, so the whole of it goes to the tuning
#: part. CC BY-NC 4.0: read at bench time only, never copied.
DXW_PLAYBOOK = Source(
    "dxw/playbook",
    "0c7fc5f8bde5bba127edaee94dbdde87ea259d6f",
    "CC BY-NC 4.0 (the repository's LICENSE); read at bench time only, never copied",
    "the dxw Playbook (dxw, a UK digital agency): one page per page, Markdown (kramdown) with YAML front matter",
)


def dxw_playbook_pages() -> list[Page]:
    """One page per Markdown page under ``src/``, all in the tuning part, read as
    ``jekyll_site_page`` reads a post: the layout's "Last reviewed" line and a section's list of
    its child pages (printed only under an empty body) are the layout's, left out like bylines."""
    return _post_pages(
        DXW_PLAYBOOK,
        "src",
        r"src/((?:[^/]+/)*[^/]+)\.md",
        "dxw-playbook",
        "tuning",
        jekyll_site_page,
    )
