"""The per-document boilerplate rules: one rule per kind of block, sharing one line judge."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from scrapelint.model.finding import Fix, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules.boilerplate.classify import Profile, Segment, analyse, warm_up

if TYPE_CHECKING:
    from scrapelint.model.document import Document
    from scrapelint.model.finding import Finding

_SHARED_OPTIONS = {
    "prose_words": Option(12, "Words a line needs to count as article prose (with sentence punctuation)."),
    "heading_reach": Option(2, "A short line this many lines or fewer above prose is a heading, not residue."),
    "headline_reach": Option(8, "How many lines above the article the headline may sit (bylines and dates between)."),
    "languages": Option(
        ["en", "de", "fr", "es", "pl"], "Phrase tables to use (files rules/boilerplate/data/<lang>.toml)."
    ),
    "gate_lines": Option(
        3, "Lines of boilerplate a page must hold before these rules report at warning (fewer: info)."
    ),
}


class BlockRule(Rule):
    """Base class: reports the segments of one kind as whole blocks."""

    kind: ClassVar[str] = ""
    label: ClassVar[str] = ""
    fixable = "unsafe"
    folds = True
    severity = Severity.WARNING

    def profile(self) -> Profile:
        extra = tuple(self.config.get("phrases") or ())
        return Profile(
            prose_words=self.config["prose_words"],
            heading_reach=self.config["heading_reach"],
            headline_reach=self.config["headline_reach"],
            languages=tuple(self.config["languages"]),
            extra=((self.kind, extra),) if extra else (),
        )

    def prepare_for_workers(self) -> None:
        warm_up(self.profile())

    def check(self, doc: Document) -> Iterator[Finding]:
        segments = analyse(doc, self.profile())
        evidence = gating_lines(segments)
        weak = self.severity is Severity.WARNING and evidence < self.config["gate_lines"]
        for segment in segments:
            if segment.kind == self.kind and self.wants(segment):
                yield self.report(doc, segment, weak_evidence=evidence if weak else None)

    def wants(self, segment: Segment) -> bool:
        return True

    def describe(self, segment: Segment) -> str:
        lines = "line" if segment.lines == 1 else f"{segment.lines} lines"
        return f"{self.label} ({lines}, starting {segment.sample!r})"

    def report(self, doc: Document, segment: Segment, *, weak_evidence: int | None = None) -> Finding:
        """One finding for the block; at info when the page holds too little boilerplate to gate
        (``weak_evidence``: the page's lines of boilerplate, then under ``gate-lines``)."""
        end = segment.end
        if end < len(doc.text) and doc.text[end] == "\n":
            end += 1
        message = self.describe(segment)
        if weak_evidence is not None:
            held = "1 line" if weak_evidence == 1 else f"{weak_evidence} lines"
            message += (
                f"; the page holds {held} of boilerplate, under the {self.config['gate_lines']} that fail the gate"
            )
        return self.finding(
            segment.start,
            segment.end,
            message,
            fix=Fix.delete(segment.start, end, safe=False),
            severity=Severity.INFO if weak_evidence is not None else None,
            kind=segment.kind,
            lines=segment.lines,
        )


def _options(phrase_help: str, **more: Option) -> dict[str, Option]:
    return {**_SHARED_OPTIONS, "phrases": Option([], phrase_help), **more}


class NavigationMenu(BlockRule):
    """Navigation residue: menus, breadcrumbs, link lists and stray short lines around the article.

    ## What it does
    Flags runs of short, link-like lines (menu items, section names, "Home > World"
    breadcrumbs, "LOGIN / JOIN", tables of contents, external-link lists) that sit
    outside the article's prose, and stray short lines between page blocks. The whole
    run is one finding.

    ## Why it matters
    Menus carried into a corpus teach a model that every article starts with
    "Home World Business Sports", and they inflate duplicate counts across a site.

    ## Example
    ```
    MENU
    Home
    World
    Business
    Home > World
    ```
    A short line directly above a paragraph (a heading) and a short list between
    paragraphs (a list of facts, a table flattened to one cell a line) are left alone, and
    so is a page in a language the phrase tables know where not one line is known page
    furniture: an article alone, whose info box, captions and lists are its own.

    ## Use instead
    The article text alone, from its headline to its last paragraph.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra menu words of a site (whole lines or phrases).

    Measured: line precision 0.976 (95% page bootstrap 0.968-0.983) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9).
    """

    code = "BP001"
    name = "navigation-menu"
    kind = "navigation"
    label = "Navigation menu or link list"
    options: ClassVar[dict[str, Option]] = _options("Extra menu words of a site (whole lines or phrases).")


class ShareBar(BlockRule):
    """Share and follow bars: "Share", "Facebook", "X", "Copy URL copied.", "Follow us".

    ## What it does
    Flags runs of social-network names and share/follow/print buttons left as text.

    ## Why it matters
    They carry no content and repeat on every page of a site.

    ## Example
    ```
    Share
    Facebook
    X
    Copy URL copied.
    ```

    ## Use instead
    The article text alone; share buttons belong to the page, not the text.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra share or social-network labels.

    Measured: line precision 0.965 (95% page bootstrap 0.923-0.995) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9).
    """

    code = "BP002"
    name = "share-bar"
    kind = "share"
    label = "Share or follow bar"
    options: ClassVar[dict[str, Option]] = _options("Extra share or social-network labels.")


class BylineTimestamp(BlockRule):
    """Bylines, datelines, timestamps, read-time notes and photo credits.

    ## What it does
    Flags lines such as "By Staff Bureau", "3 min read", "Updated : 2025-06-22
    10:39", "Jane Doe Reporter / Updated ..." and "Photo: Agency" when they sit
    outside the article's prose.

    ## Why it matters
    Article metadata belongs in fields, not in the text: left in, it ends up in
    summaries and training data as if the article said it.

    ## Example
    ```
    By Staff Bureau
    3 min read
    ```

    ## Use instead
    The article text; keep the author and date as metadata (the record's fields).

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra byline or credit phrases.

    Measured: line precision 0.915 (95% page bootstrap 0.887-0.939) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9). Dragnet's pasted articles keep their bylines and
    datelines, which the other sources count as furniture: those lines weigh on this figure;
    read by hand they are bylines.
    """

    code = "BP003"
    name = "byline-timestamp"
    kind = "byline"
    label = "Byline, timestamp or read-time line"
    options: ClassVar[dict[str, Option]] = _options("Extra byline or credit phrases.")


class RelatedLinks(BlockRule):
    """Related, popular and "read more" blocks with the headline lists under them.

    ## What it does
    Flags a "Related Articles", "Most Viewed", "Popular articles", "ALSO READ |",
    "Read more" line together with the teaser headlines that follow it, and
    prose-like teasers outside the article.

    ## Why it matters
    Teaser headlines belong to other articles: they mix unrelated topics into the
    text and recur on many pages.

    ## Example
    ```
    Most Viewed
    1
    Early frost hits the northern valleys
    2
    Marathon draws a record field
    ```

    ## Use instead
    The article text alone; related headlines belong to other documents.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra headings that open a related-links block.

    Measured: line precision 0.987 (95% page bootstrap 0.980-0.991) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9).
    """

    code = "BP004"
    name = "related-links"
    kind = "related"
    label = "Related or popular headlines block"
    options: ClassVar[dict[str, Option]] = _options("Extra headings that open a related-links block.")


class CommentsPoll(BlockRule):
    """Comment sections and polls: "Please sign in to leave a comment", "Comments 0", "Total votes".

    ## What it does
    Flags comment widgets, comment counts, sign-in prompts, poll questions and
    vote totals, and the lines under a "Comments" heading.

    ## Why it matters
    Reader comments and widget labels are not the article and are often in a
    different register or language.

    ## Example
    ```
    Total votes: 163
    Please sign in to leave a comment
    No comments yet. Be the first to share your thoughts!
    ```

    ## Use instead
    The article text alone; readers' comments and polls are other texts.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra comment or poll widget phrases.

    Measured: line precision 0.988 (95% page bootstrap 0.977-0.996) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources). Precision on real text 0.74 [0.51, 0.92]: 193 findings on 451,080 words of
    scraped pages, 266 on 2,433,467 words of clean articles, most on reports that quote the
    comments they summarise (validation part; bench/precision.py). Below 0.9, so it ships at
    `info`.
    """

    code = "BP005"
    name = "comments-poll"
    severity = Severity.INFO
    kind = "comments"
    label = "Comment section or poll"
    options: ClassVar[dict[str, Option]] = _options("Extra comment or poll widget phrases.")


class ConsentNewsletter(BlockRule):
    """Cookie, consent, privacy-policy and newsletter/subscribe calls to action.

    ## What it does
    Flags cookie banners, consent buttons, privacy and terms links, and
    "Sign up for our newsletter" or "Subscribe now" boxes.

    ## Why it matters
    Banners are the most repeated text on the web; they skew any statistic
    computed on a corpus that keeps them.

    ## Example
    ```
    We use cookies to improve your experience. Accept all
    Sign up for our daily newsletter
    ```

    ## Use instead
    The article text alone, without consent banners and sign-up prompts.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra consent or subscription phrases.

    Measured: line precision 0.988 (95% page bootstrap 0.972-0.997) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9).
    """

    code = "BP006"
    name = "consent-newsletter"
    kind = "consent"
    label = "Cookie, consent or newsletter call"
    options: ClassVar[dict[str, Option]] = _options("Extra consent or subscription phrases.")


class FooterBlurb(BlockRule):
    """Copyright footers, publisher blurbs and contact blocks.

    ## What it does
    Flags "© 2025 Publisher. All rights reserved.", "[Copyright (c) ...]",
    "X is a global media company delivering...", and runs of e-mail, phone,
    address and registration-number lines.

    ## Why it matters
    Footers repeat on every page and put addresses and phone numbers into a corpus.

    ## Example
    ```
    Publisher : J. Doe
    Phone : +1 555 0100
    Copyright © Example Times All Rights Reserved
    ```

    ## Use instead
    The article text alone; the publisher's footer belongs to every page of the site.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra footer phrases (a site's name, its address line).

    Measured: line precision 0.992 (95% page bootstrap 0.986-0.996) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9).
    """

    code = "BP007"
    name = "footer-blurb"
    kind = "footer"
    label = "Copyright footer, publisher blurb or contact block"
    options: ClassVar[dict[str, Option]] = _options("Extra footer phrases (a site's name, its address line).")


class TagList(BlockRule):
    """Tag and topic lists: "#NATO", "Tags: economy, trade", "Filed under".

    ## What it does
    Flags hashtag lists and tag/topic/keyword lines and the items under a "Tags"
    heading.

    ## Why it matters
    Tag lists are keyword stuffing: they read as a word salad in the text.

    ## Example
    ```
    #NATO
    #G20
    #UN
    ```

    ## Use instead
    The article text; keep tags as metadata if they matter.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra tag-list headings.

    Measured: line precision 0.954 (95% page bootstrap 0.887-0.998) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity warning (needs 0.9).
    """

    code = "BP008"
    name = "tag-list"
    kind = "tags"
    label = "Tag list"
    options: ClassVar[dict[str, Option]] = _options("Extra tag-list headings.")


class InterfaceResidue(BlockRule):
    """Interface strings and counters: "Loading...", "Updating Data", "Advertisement", "(0)", avatars.

    ## What it does
    Flags widget labels, loading messages, advertisement markers, bare counters
    and avatar placeholders.

    ## Why it matters
    They are rendering artefacts, not text anybody wrote for the reader.

    ## Example
    ```
    Updating Data
    Loading...
    Advertisement
    ```

    ## Use instead
    The article text alone, without loading messages, counters and ad labels.

    ## Fix safety
    Unsafe: the fix deletes the whole block. A line of the article caught in the block would go with it, so the fix applies only with `--unsafe-fixes`.

    ## Options
    - `prose-words`: Words a line needs to count as article prose (with sentence punctuation).
    - `heading-reach`: A short line this many lines or fewer above prose is a heading, not residue.
    - `headline-reach`: How many lines above the article the headline may sit (bylines and dates between).
    - `languages`: Phrase tables to use (files rules/boilerplate/data/<lang>.toml).
    - `gate-lines`: Lines of boilerplate a page must hold before these rules report at warning (fewer: info).
    - `phrases`: Extra interface strings.

    Measured: line precision 0.968 (95% page bootstrap 0.941-0.987) on the validation pages of
    `python bench/boilerplate.py` (2,128 renderings of pages from sites never tuned on, six
    sources); severity info: interface strings are cheap to leave in, so the rule stays out of the default gate.
    """

    code = "BP009"
    name = "interface-residue"
    kind = "ui"
    label = "Interface string or counter"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = _options("Extra interface strings.")


BLOCK_RULES = [
    NavigationMenu,
    ShareBar,
    BylineTimestamp,
    RelatedLinks,
    CommentsPoll,
    ConsentNewsletter,
    FooterBlurb,
    TagList,
    InterfaceResidue,
]


#: The kinds whose rules fail the default gate: the page's evidence of boilerplate is their lines.
GATING_KINDS = frozenset(rule.kind for rule in BLOCK_RULES if rule.severity is Severity.WARNING)


def gating_lines(segments: list[Segment]) -> int:
    """Lines of the page judged boilerplate of a gating kind.

    A page of clean prose earns a stray flagged line now and then (a "Read more" the writer put
    there, a sign-off, a lone label); residue a scraper left is a block or several. One or two
    lines are reported at info, so they stay visible without failing the page.
    """
    return sum(segment.lines for segment in segments if segment.kind in GATING_KINDS)
