"""Phrase lines the article's own structure claims: its section headings and in-flow sentences.

A phrase table matches words, so "Discussion", "By plane" or a question to the reader match
wherever they stand; these tests read where such a line sits among the article's paragraphs
to tell a section of the text from a piece of page furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.rules.boilerplate.headlines import body_stems, echoes
from scrapelint.rules.boilerplate.lines import PARAGRAPH, PHRASE, PROSE, SENTENCE, SHORT, LineInfo, Profile
from scrapelint.rules.boilerplate.lists import SENTENCE_KINDS
from scrapelint.rules.boilerplate.people import authors_section
from scrapelint.rules.boilerplate.structure import echoes_article

#: Phrase kinds whose patterns also read as a section heading ("By plane", "Topics of the year").
HEADING_KINDS = frozenset({"byline", "tags"})


def section_headings(infos: Sequence[LineInfo], inside: Sequence[bool], after: int = 2) -> Sequence[LineInfo]:
    """Phrase lines that are headings of the article's own sections: deep in the article
    (``after`` of its prose paragraphs above), a few lines above another paragraph, and shaped
    like a heading (six words at most, capitalised, a third of its words in lower case, no figure,
    colon or label). A byline or tag list sits at the article's edges and names people or
    topics ("By Jane Doe", "#Backup #Cloud"); "By plane" between two paragraphs of a travel
    guide heads a section."""
    from dataclasses import replace

    found = []
    prose_above = 0
    for k, info in enumerate(infos):
        if not inside[k]:
            if info.cls == PHRASE and info.heading_kind == "related" and _titles_the_text(infos, inside, k):
                found.append(k)
            continue
        if info.cls == PROSE:
            prose_above += 1
        elif (
            info.cls == PHRASE
            and info.kind in HEADING_KINDS
            and not info.heading_kind
            and prose_above >= after
            and (_heading_shaped(info) or _word_over_paragraph(infos, inside, k))
            and _paragraph_below(infos, inside, k)
        ) or (
            info.cls == PHRASE
            and (
                (prose_above >= after and _names_the_paragraph_below(infos, inside, k))
                or (prose_above and _titles_the_paragraphs_below(infos, inside, k))
            )
        ):
            found.append(k)
        elif info.cls == PHRASE and info.heading_kind == "byline" and prose_above >= after:
            found.extend(authors_section(infos, k)[0])
    if not found:
        return infos
    marked = list(infos)
    for k in found:
        marked[k] = replace(infos[k], cls=SHORT, kind=None, heading_kind=None)
    return marked


def _titles_the_text(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A "Further reading" heading that opens the document, with the text's first paragraph
    under it (a heading of its own between at most): the title of a text that is a reading
    list or a bibliography. A block of related links heads its own list of teasers and never
    stands first on a page, right above the article."""
    if any(info.words for info in infos[:k]):
        return False
    for j in range(k + 1, min(len(infos), k + 3)):
        if infos[j].cls == PROSE:
            return inside[j]
        if infos[j].cls != SHORT:
            return False
    return False


def aside_between_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, profile: Profile) -> bool:
    """A footer phrase in brackets with article prose right above and right below: the credit
    of a quoted poem or letter ("(copyright J. Doe; reprinted with permission)"), not the
    page's footer, which ends the page or sits among other furniture, nor a photo credit
    under its caption."""
    info = infos[k]
    if info.kind != "footer" or not info.bracketed or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    # a paragraph above, not a one-sentence photo caption (whose credit is page furniture)
    long_above = above.cls == PROSE and above.words > 2 * profile.prose_words
    return inside[k - 1] and inside[k + 1] and long_above and below.cls == PROSE


def question_between_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A question to the reader ("What do you think ...?") with article paragraphs right above
    and right below: a textbook's or an essay's discussion question inside its chapter, not a
    call to comment, which closes the article and leads on to the comments or the furniture."""
    info = infos[k]
    if info.kind != "comments" or info.opens_comments or not info.question or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    return inside[k - 1] and inside[k + 1] and above.cls == PROSE and below.cls == PROSE


def sentence_among_items(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A byline-, footer- or related-like line written as a sentence of the text ("Created a
    total of 82 profiles, ...", "By mixing artifacts together like this,", "New lint rules
    powered by the compiler to teach best practices.", "More on that in the GitHub issue."),
    mostly lower-case words and no date, between two plain lines of the article, one of them a
    sentence or a paragraph: an item of a list of what was done, a sentence wrapped onto the
    lines below, or a sentence of a paragraph of its own. A byline names people in capitals
    ("By Jane Doe and John Roe"), a timestamp holds a date, a caption's credit closes it in
    brackets; a footer's blurb and a related-links label end the article, with furniture or
    nothing below them, and a label ("Read more") is no sentence: a footer or related line
    must end as a sentence does (a label with a colon never passes), and a footer's rights
    notice carries a year."""
    info = infos[k]
    if info.kind not in SENTENCE_KINDS or info.heading_kind or info.datelike or info.words < 5:
        return False
    if info.lower_ratio < 0.5 or (info.kind != "byline" and not info.ends_sentence):
        return False
    if info.kind == "footer" and (info.numeric or info.words > 25):
        return False  # a rights notice: its year, and the long line the copyright sign opens
    if info.starts_lower or info.colon or ":" in info.text_key[:24]:
        return False  # "by Jane Doe - 10 min read", "Image: Jane Doe at the launch ..."

    if k == 0 or k + 1 >= len(infos) or not (inside[k - 1] and inside[k + 1]) or info.text_key.endswith(")"):
        return False
    above, below = infos[k - 1], infos[k + 1]
    if PHRASE in (above.cls, below.cls) or above.datelike or below.datelike:
        return False
    return above.cls in (PROSE, SENTENCE) or below.cls in (PROSE, SENTENCE)


def _titles_the_paragraphs_below(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A byline- or tag-like line inside the article, shaped as a title ("The Freedmen's Bureau",
    set in capitals or not), whose every content word the two paragraphs right below use: the
    heading of the section it opens. A byline names a person or a desk the article does not
    go on to discuss."""
    info = infos[k]
    if info.kind not in HEADING_KINDS or info.heading_kind or not 2 <= info.words <= 6:
        return False
    if info.starts_lower or info.fact or info.numeric or info.colon or info.counted or not info.capitalised:
        return False
    if k + 1 >= len(infos) or not inside[k + 1] or infos[k + 1].cls != PROSE:
        return False
    own = info.stems
    return len(own) >= 2 and own <= body_stems(infos, k + 1, paragraphs=2, reach=2)


def keywords_under_abstract(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A tag line with a paragraph right above and most of the article still to come below it
    (a heading and a paragraph next, no furniture between): a paper's keywords under its
    abstract. A site's tag list closes the article, with the share bar, the related links or
    the comments after it, or at most a teaser or two."""
    info = infos[k]
    if info.kind != "tags" or info.heading_kind or k == 0 or not inside[k - 1] or infos[k - 1].cls != PROSE:
        return False
    if not _paragraph_below(infos, inside, k):
        return False
    # an abstract opens the text: most of the article's prose is still to come
    above = sum(i.words for i, kept in zip(infos[:k], inside[:k], strict=True) if kept and i.cls == PROSE)
    below = sum(i.words for i, kept in zip(infos[k + 1 :], inside[k + 1 :], strict=True) if kept and i.cls == PROSE)
    return below > 2 * above


def section_of_prose(
    infos: Sequence[LineInfo], inside: Sequence[bool], k: int, reach: int = 12, article: set[str] | None = None
) -> bool:
    """A block heading ("Discussion", "Up Next", "Results") or a heading-shaped phrase line of such
    a kind between the article's paragraphs
    whose section is paragraphs only, up to the next heading or the end: a section of the text.
    Reader comments come with their furniture, a name and a date or a reply button on each, and
    a related-links or teaser block with its link titles, short lines and no paragraph right
    below its heading. A section that runs to the end of the article needs two paragraphs: a
    "More from us" blurb or a "Copyright" notice under its label is one. The text above may end
    with a short list under its paragraph (a section's resources), as long as no phrase line
    sits between."""
    info = infos[k]
    if not (info.heading_kind or _label_shaped(info)):
        return False
    if info.colon or not _after_the_text(infos, inside, k, article):
        return False
    if k + 1 >= len(infos) or not inside[k + 1] or infos[k + 1].cls not in (PROSE, SENTENCE):
        return False
    paragraphs, needed = 0, 1
    for j in range(k + 1, min(len(infos), k + 1 + reach)):
        line = infos[j]
        if not inside[j]:
            needed = 2  # the last section of the article: a blurb or a legal notice has one paragraph
            break
        if line.cls == PHRASE or line.datelike:
            return False
        if line.cls == SHORT:
            break  # the next section's heading
        paragraphs += line.cls == PROSE
    return paragraphs >= needed  # a lone sentence under a heading reads as a teaser


def _after_the_text(
    infos: Sequence[LineInfo], inside: Sequence[bool], k: int, article: set[str] | None, items: int = 3
) -> bool:
    """Does the article's text stand right above line ``k``: a paragraph, or a paragraph and up to
    ``items`` plain short lines under it that carry the article's words (``article``:
    ``topic_words``), none of them a title-cased headline (the list that closes the section
    above: its heading and the resources it names)? A phrase line between (a share bar, a
    label), another story's headline or a contact line keeps the heading a widget's."""
    for j in range(k - 1, max(-1, k - 2 - items), -1):
        if not inside[j]:
            return False
        line = infos[j]
        if line.cls in (PROSE, SENTENCE):
            return True
        if article is None or line.cls != SHORT or line.datelike or _title_cased_headline(line):
            return False
        if not echoes_article(line, article):
            return False
    return False


def _title_cased_headline(info: LineInfo) -> bool:
    """Five words or more, nearly all capitalised: another story's headline, not a resource the
    text names in sentence case."""
    return info.words >= 5 and info.lower_ratio < 0.25


def section_over_subheading(
    infos: Sequence[LineInfo], inside: Sequence[bool], k: int, above: int = 3, reach: int = 12
) -> bool:
    """A heading-shaped topic label ("Topics") a few lines under the article's prose (``above``
    lines at most, short lines of the text between), whose section opens with a sub-heading over
    paragraphs and goes on to the text's next heading: a part of the text divided into named
    parts ("Topics" over "Transparency" over what was said on it, as meeting minutes or a report
    set it out). A tag list names its topics one after
    another with no paragraph under the first, and closes the article, not a part of it; a
    related-links or menu label over a headline and its blurb is a teaser block, so only the
    topic label is read so. The sub-heading may carry a colon over its list, and under a
    sub-heading with a colon or of three words or more (a tag's name has one or two), deeper
    headings and items (lines under a colon, or of three words or more) may come before the
    first paragraph, as minutes nest "Topics" over "PR's/Issues To Review" over each pull request."""
    info = infos[k]
    if info.kind != "tags" or not _label_shaped(info) or k + 2 >= len(infos):
        return False
    for j in range(k - 1, max(-1, k - 1 - above), -1):
        if not inside[j] or infos[j].cls == PHRASE:
            return False
        if infos[j].cls == PROSE:
            break
    else:
        return False
    sub = infos[k + 1]
    if not inside[k + 1] or sub.cls != SHORT or not sub.capitalised or sub.question or sub.words > 8:
        return False
    if sub.datelike:
        return False
    paragraphs = 0
    for j in range(k + 2, min(len(infos), k + 2 + reach)):
        line = infos[j]
        if not inside[j] or line.cls == PHRASE or line.datelike:
            return False
        if line.cls == SHORT:
            if paragraphs:
                return True  # the next heading of the text
            if not (sub.colon or sub.words >= _NESTED_WORDS) or not (line.in_list or line.words >= _NESTED_WORDS):
                return False  # a tag's name over the next one or a widget's note, no heading of the text
            continue  # a deeper heading or an item of the sub-heading's list
        paragraphs += line.cls in (PROSE, SENTENCE)
    return paragraphs >= 2  # paragraphs past the reach: a long section of the text


#: Words of a line between a sub-heading and its first paragraph that is a deeper heading or an
#: item ("PR's/Issues To Review", "query-params-new #4008 Still a no-go"), not a tag's name.
_NESTED_WORDS = 3


def section_end_link(
    infos: Sequence[LineInfo], inside: Sequence[bool], k: int, blurb: int = 35, heading: int = 6, reach: int = 12
) -> bool:
    """A related-links label of a word or three with no colon ("Read more") that closes a
    section of the text: under a section of two paragraph lines or more since its heading,
    and over the next section, a heading of ``heading`` words at most (or none) over a
    paragraph longer than a teaser's ``blurb``: the link a newsletter sets under each item to the
    full story. A related block's label heads headlines, each with a blurb of a line or two, a teaser stream puts one blurb
    between its labels, and a link dropped into a story puts a headline under its label, with
    the story going on below."""
    info = infos[k]
    if info.kind != "related" or info.cls != PHRASE or not 1 <= info.words <= 3:
        return False
    if info.colon or info.numeric or info.counted or info.question or k + 2 >= len(infos) or k < 3:
        return False
    paragraphs = 0
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if not inside[j] or infos[j].cls == PHRASE:
            return False
        if infos[j].cls == SHORT:
            break  # the section's heading
        paragraphs += 1
    else:
        return False
    if paragraphs < 2 or not all(inside[k + 1 : k + 3]):
        return False
    below = infos[k + 1]
    if below.cls == SHORT:
        if below.ends_sentence or below.words > heading:
            return False  # a story's headline under its label, the article going on below it
        below = infos[k + 2]
    return below.cls == PROSE and below.words > blurb


def section_end_sentence(
    infos: Sequence[LineInfo], inside: Sequence[bool], k: int, blurb: int = 35, heading: int = 8, longest: int = 10
) -> bool:
    """A related phrase written as a sentence of its own ("Read more in #5736.", four to
    ``longest`` words, a full stop, no colon) right under a sentence of the text and over the
    next section: a heading of ``heading`` words at most (a credit line of as few words may
    stand between, "Thanks, @someone") over a section's body (``_section_body``). The pointer a
    release note sets under each change to where it is told in full; a related block's label
    has no full stop, a teaser stream repeats one label under each blurb, and a link dropped
    into a story ("Read more: ...") puts its colon and a headline there."""
    info = infos[k]
    if info.kind != "related" or info.cls != PHRASE or not 4 <= info.words <= longest:
        return False
    if ":" in info.text_key or not info.ends_sentence or info.question or info.counted or info.datelike:
        return False  # "Read more: Bridge Reopens ...", a label with a headline after its colon
    if k < 2 or k + 2 >= len(infos) or not inside[k - 1] or infos[k - 1].cls not in PARAGRAPH:
        return False
    for j in range(k + 1, min(len(infos), k + 4)):
        if not inside[j]:
            return False
        if infos[j].cls in PARAGRAPH:
            return j > k + 1 and _section_body(infos, inside, j, blurb, info)
        if infos[j].cls != SHORT or infos[j].ends_sentence or infos[j].words > heading:
            return False
    return False


def _section_body(infos: Sequence[LineInfo], inside: Sequence[bool], j: int, blurb: int, pointer: LineInfo) -> bool:
    """The text from line ``j`` is a section's body, not a teaser's blurb: a paragraph longer
    than ``blurb`` words, two paragraphs one after the other (a teaser has one blurb), or one
    closed by a pointer of its own ("Read more in #6266." under "Read more in #5736."); a
    teaser stream repeats one label under each blurb."""
    if infos[j].words > blurb:
        return True
    if j + 1 >= len(infos) or not inside[j + 1]:
        return False
    after = infos[j + 1]
    if after.cls in PARAGRAPH:
        return True
    return (
        after.cls == PHRASE
        and after.kind == "related"
        and after.ends_sentence
        and ":" not in after.text_key
        and after.words >= 4
        and after.text_key != pointer.text_key
    )


def _label_shaped(info: LineInfo) -> bool:
    """A phrase line that reads as a section heading: one to three words, capitalised, no
    figure and no label with its value, of a kind whose words also name a section ("Results", "Conversation", "Topics"),
    not an advertisement marker, a share or consent label, or a line that opens comments."""
    return (
        info.kind in _SECTION_KINDS
        and 1 <= info.words <= 3
        and info.capitalised
        and not (info.numeric or info.counted or info.opens_comments or info.datelike)
        and ":" not in info.text_key  # a label and its value ("Keywords: ferries, fares")
    )


#: Phrase kinds whose one-word lines double as section headings of a text.
_SECTION_KINDS = frozenset({"comments", "tags", "navigation", "footer", "related"})


def subject_between_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A title-shaped phrase line with article paragraphs right above and right below, whose
    content words the paragraph below repeats: a heading of the text whose subject is what the
    phrase names ("Why are Terms of Service a big deal?" over a paragraph on terms of service).
    A consent or subscription line dropped into an article speaks of the site, and the
    paragraph after it goes on with the story."""
    info = infos[k]
    if info.heading_kind or not info.headline_like or info.words < 3 or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    if not (inside[k - 1] and inside[k + 1] and above.cls == PROSE and below.cls == PROSE):
        return False
    return echoes(info, below.stems)


def question_among_questions(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A consent phrase inside one question of a run of the article's questions, a kept
    question right above and right below it (a checklist asking "Does the tool have a
    federal-compatible terms of service?"): the article's own list. A sign-up call or a
    cookie notice dropped into an article stands alone among statements. (A full sentence
    that shares its words with the lines around it was tried too: it kept a sign-up call
    under an article on the subject the newsletter covers.)"""
    info = infos[k]
    if info.kind != "consent" or info.heading_kind or not info.question or k == 0 or k + 1 >= len(infos):
        return False
    above, below = infos[k - 1], infos[k + 1]
    if not (inside[k - 1] and inside[k + 1]) or PHRASE in (above.cls, below.cls):
        return False
    return above.question and below.question


def _names_the_paragraph_below(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A lone share label deep in the article whose words the paragraph right below uses:
    the name of what that section is about ("YouTube" above "... her YouTube channel ..."),
    where a share bar is a run of labels with no paragraph about them."""
    info = infos[k]
    if info.kind != "share" or info.heading_kind or not 1 <= info.words <= 3 or not info.tokens:
        return False
    if k + 1 >= len(infos) or not inside[k + 1] or infos[k + 1].cls != PROSE:
        return False
    if k > 0 and inside[k - 1] and infos[k - 1].cls == PHRASE:
        return False
    below = {token.casefold() for token in infos[k + 1].tokens}
    return all(token.casefold() in below for token in info.tokens)


def _paragraph_below(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, reach: int = 3) -> bool:
    """An article paragraph follows within ``reach`` lines, with no phrase line between."""
    for j in range(k + 1, min(len(infos), k + 1 + reach)):
        if not inside[j] or infos[j].cls == PHRASE:
            return False
        if infos[j].cls in (PROSE, SENTENCE):
            return True
    return False


def _word_over_paragraph(infos: Sequence[LineInfo], inside: Sequence[bool], k: int) -> bool:
    """A one-word heading ("Editor", "Stakeholders") right above a full paragraph of the
    article: a section on that role or subject. A credit's label ("Photo") sits over its
    credit or a caption's sentence, not over a paragraph."""
    info = infos[k]
    if info.words != 1 or not info.capitalised or info.numeric or info.colon or info.counted:
        return False
    return k + 1 < len(infos) and inside[k + 1] and infos[k + 1].cls == PROSE


def _heading_shaped(info: LineInfo) -> bool:
    plain = not (info.starts_lower or info.fact or info.numeric or info.colon or info.counted)
    return plain and info.capitalised and 2 <= info.words <= 6 and info.lower_ratio >= 0.3


def section_opening(infos: Sequence[LineInfo], inside: Sequence[bool], reach: int = 12) -> bool:
    """The text's first line, a one-to-three-word section heading ("Discussion", "Results"),
    right above paragraphs that run on with no furniture among them: a chapter's section cut
    out on its own, its heading the title. Reader comments come after an article, and each
    carries a name, a date or a reply button within a paragraph or two; a lone cookie, share
    or advertisement label is no section heading."""
    if len(infos) < 3 or infos[0].cls != PHRASE or not _label_shaped(infos[0]):
        return False
    prose = 0
    for j in range(1, min(len(infos), 1 + reach)):
        line = infos[j]
        if not inside[j] or line.cls == PHRASE or line.datelike:
            return False
        if line.cls == SHORT:
            break  # the next section's heading
        prose += line.cls == PROSE
    return prose >= 2 and infos[1].cls == PROSE and infos[2].cls == PROSE


def section_byline(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, deep: int = 2, body: int = 30) -> bool:
    """A byline right under a section heading deep in the article, over a full paragraph of it
    (``body`` words or more, or two paragraphs): the author of that section ("By Jane Doe and
    John Roe" under "Compiler team", in a report each team writes a part of). The article's own
    byline sits under its title, above the first paragraph, and a dated one is the post's
    metadata; a teaser's byline heads a one-sentence blurb."""
    info = infos[k]
    if info.kind != "byline" or info.heading_kind or info.numeric or info.colon or info.words > 12:
        return False
    if not info.text_key.startswith("by "):
        return False  # a credit ("Photo courtesy of ...") under a heading stands for its image
    if k < 2 or k + 2 >= len(infos) or not (inside[k - 1] and inside[k + 1] and inside[k + 2]):
        return False
    heading = infos[k - 1]
    if heading.cls != SHORT or heading.ends_sentence or heading.colon or heading.words > 8:
        return False
    above = sum(1 for j in range(k - 1) if inside[j] and infos[j].cls == PROSE)
    return above >= deep and infos[k + 1].cls == PROSE and infos[k + 2].cls == PROSE


def section_credit(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, deep: int = 2, reach: int = 8) -> bool:
    """A credit written as a sentence that closes a paragraph deep in the article, with the
    article going on below it ("Reported by Jane Doe and John Roe." under each vulnerability of a
    security notice, before the next one's heading): the credit of that part of the text. The
    article's own byline sits under its title, and a credit closing a scraped article has
    furniture or nothing below it; a byline opening with "By" is ``section_byline``'s."""
    info = infos[k]
    if info.kind != "byline" or info.heading_kind or info.datelike or info.colon or info.words > 25:
        return False
    if info.text_key.startswith("by ") or info.starts_lower or not info.ends_sentence or info.question:
        return False
    if k < 1 or k + 1 >= len(infos) or not (inside[k - 1] and inside[k + 1]) or infos[k - 1].cls != PROSE:
        return False
    if sum(1 for j in range(k - 1) if inside[j] and infos[j].cls == PROSE) < deep:
        return False
    for j in range(k + 1, min(len(infos), k + 1 + reach)):
        if not inside[j] or infos[j].cls == PHRASE:
            return False
        if infos[j].cls == PROSE:
            return True
    return False


def heading_over_paragraphs(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, paragraphs: int = 3) -> bool:
    """A related-like heading (``words`` up to eight, a colon allowed) between the article's
    paragraphs, with ``paragraphs`` full paragraphs right below it: the heading of a section of
    the text ("More about the new members:" over a paragraph on each member). A related-links
    block lists headlines and short teasers under its label, not paragraphs one after another."""
    info = infos[k]
    if info.kind != "related" or info.heading_kind or not info.capitalised or info.words > 8:
        return False
    if info.numeric or info.counted or info.datelike or info.question:
        return False
    if k == 0 or not inside[k - 1] or infos[k - 1].cls != PROSE or k + paragraphs >= len(infos):
        return False
    return all(inside[j] and infos[j].cls == PROSE for j in range(k + 1, k + 1 + paragraphs))


def notice_before_the_text(infos: Sequence[LineInfo], inside: Sequence[bool], k: int, after: int = 3) -> bool:
    """A legal-notice heading ("Disclaimer", "Legal") right above a paragraph, after the
    article's opening paragraph and before most of its text: the writer's caveat on what
    follows ("All of this is an internal detail and may change"), with ``after`` or more of
    the article's paragraphs below it, more than above. A site's disclaimer closes the page,
    with furniture or nothing below; a banner opens it, with no paragraph of the article above."""
    info = infos[k]
    if info.kind != "consent" or not info.capitalised or info.words > 3:
        return False
    if info.colon or info.numeric or info.counted or info.question or info.ends_sentence:
        return False
    if k == 0 or k + 1 >= len(infos) or not (inside[k - 1] and inside[k + 1]):
        return False
    if infos[k - 1].cls != PROSE or infos[k + 1].cls != PROSE:
        return False
    above = sum(1 for j in range(k) if inside[j] and infos[j].cls == PROSE)
    below = sum(1 for j in range(k + 1, len(infos)) if inside[j] and infos[j].cls == PROSE)
    return below >= after and below > above
