"""Text that speaks from another day than its publication date: past "upcoming" events,
future events told as done, and "currently" claims tied to an old year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import ClassVar

from scrapelint.model.finding import Finding, Severity
from scrapelint.model.rule import Option, Rule
from scrapelint.rules.figures import mentions
from scrapelint.text.dates import dates_a_revision
from scrapelint.text.lazy import lazy

# Future framing that points at the date right after it ("scheduled for June 3, 2025").
FUTURE_BEFORE = lazy(
    r"(?i)(?:\b(?:upcoming|forthcoming|next(?!,))\b[^.;:!?]{0,60}"
    r"|\b(?:will|is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+due\s+to|are\s+due\s+to"
    r"|is\s+expected\s+to|are\s+expected\s+to|is\s+slated\s+to)\s+[^.;:!?,]{0,60}?\s(?:on|from|between)\s+"
    r"|\b(?:scheduled|slated|planned|set)\s+(?:for|on|to\s+begin\s+on|to\s+start\s+on)\s+)"
    r"(?:\(|the\s+)?$"
)
# Past framing cancels a future cue: "was scheduled for", "had been set to".
PAST_FRAME = lazy(r"(?i)\b(?:was|were|had\s+been|had|originally|initially|would)\b")
REPORTING = lazy(r"(?i)\b(?:said|says|announced|reported|told|stated|wrote|published|updated|posted)\b")
PAST_VERB_BEFORE = lazy(
    r"(?i)\b(?P<verb>took\s+place|[a-z]{3,}ed|went|took|met|won|lost|held|began|came|saw|gave|made|sold|died|ran)\b"
    r"[^.;:!?]{0,40}?\b(?:on|in)\s+$"
)
# Words that make the verb before a date future or hypothetical: "will be held on", "is to be signed on".
NOT_PAST = lazy(
    r"(?i)\b(?:will|would|shall|be|is\s+to|are\s+to|expected|scheduled|rescheduled|set|plans?|planned|proposed"
    r"|postponed|delayed|moved|pushed|may|might|could|need|needed|based|dated|published|updated|posted|released|modified|edited|changed|revised|accessed|retrieved)\b"
)
PAST_AFTER_ON = lazy(
    r"^,\s*(?:[\w'’-]+\s+){0,5}?(?:said|held|met|won|lost|told|took|gave|made|saw|[a-z]{3,}ed)\b(?![^.;]*\b(?:will|would)\b)"
)


class UpcomingEventPast(Rule):
    """An event described as upcoming or scheduled whose date is already past.

    ## What it does
    Finds dates framed as future ("the upcoming summit (June 15-17, 2025)",
    "is scheduled for March 3, 2025", "will take place on ...") and compares
    them with the publication date. It stays silent when the document has no
    publication date or is dated only by an editor's note ("Update, <date>",
    put over an older body), when the framing is past ("was scheduled for"), and for
    dates less than ``grace-days`` before the publication date.

    ## Why it matters
    The text was written before the event and republished (or scraped) after
    it: the reader is told something is coming that has already happened.

    ## Example
    ```text
    (published 2025-06-22) The upcoming summit (June 15-17, 2025) may help.
    ```

    ## Use instead
    "The summit (June 15-17, 2025) agreed to ..." Report it as past, or drop the item.

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `grace-days`: Days after an event's last day before calling it past.
    """

    code = "FG002"
    name = "upcoming-event-already-past"
    options: ClassVar[dict[str, Option]] = {
        "grace_days": Option(1, "Days after an event's last day before calling it past.")
    }

    def check(self, doc) -> Iterator[Finding]:
        published = doc.publication_date
        if published is None or dates_a_revision(doc):
            return
        prose = doc.prose
        limit = published - dt.timedelta(days=self.config["grace_days"])
        for mention in mentions.dates(doc):
            last = mention.last_date
            if last is None or last >= limit:
                continue
            sentence = mentions.sentence_of(doc, mention.start)
            if sentence is None:
                continue
            before = prose[max(sentence.start, mention.start - 90) : mention.start]
            cue = FUTURE_BEFORE.search(before)
            if not cue:
                continue
            cue_start = mention.start - len(before) + cue.start()
            lead = prose[max(sentence.start, cue_start - 20) : cue_start]
            if PAST_FRAME.search(cue.group()) or PAST_FRAME.search(lead) or REPORTING.search(cue.group()):
                continue
            yield self.finding(
                mention.start,
                mention.end,
                f"'{mention.text}' is framed as future ('{cue.group().strip(' (')}'), but it ended on "
                f"{last.isoformat()}, {(published - last).days} days before the publication date {published.isoformat()} "
                f"({doc.meta.get('date_source_used')})",
            )


class FutureEventReportedPast(Rule):
    """A past-tense report of an event dated after the publication date.

    ## What it does
    Finds dates told as done ("was held on July 3, 2025", "On July 3, 2025,
    the minister said ...") that lie more than ``grace-days`` after the
    publication date.

    ## Why it matters
    Either the publication date is wrong (a page stamp from another day) or
    the date in the text is; both mislead a reader who trusts the timeline.

    ## Example
    ```text
    (published 2025-06-22) The treaty was signed on July 3, 2025.
    ```

    ## Use instead
    "The treaty is due to be signed on July 3, 2025." Or correct the date.

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `grace-days`: Days after the publication date a reported event may carry.
    """

    code = "FG003"
    name = "future-event-reported-past"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "grace_days": Option(1, "Days after the publication date a reported event may carry.")
    }

    def check(self, doc) -> Iterator[Finding]:
        published = doc.publication_date
        if published is None:
            return
        prose = doc.prose
        limit = published + dt.timedelta(days=self.config["grace_days"])
        for mention in mentions.dates(doc):
            first = mention.date
            if first is None or first <= limit:
                continue
            sentence = mentions.sentence_of(doc, mention.start)
            floor = sentence.start if sentence is not None else max(0, mention.start - 100)
            before = prose[max(floor, mention.start - 80) : mention.start]
            after = prose[mention.end : mention.end + 80]
            opens_sentence = prose[floor : mention.start].strip() == "On"
            told_past = self._past_verb_before(before) or (opens_sentence and PAST_AFTER_ON.match(after))
            if told_past:
                yield self.finding(
                    mention.start,
                    mention.end,
                    f"'{mention.text}' is reported as past, but it is {(first - published).days} days after the "
                    f"publication date {published.isoformat()} ({doc.meta.get('date_source_used')})",
                )

    @staticmethod
    def _past_verb_before(before: str) -> bool:
        verb = PAST_VERB_BEFORE.search(before)
        if verb is None:
            return False
        lead = before[max(0, verb.start() - 30) : verb.start()]
        return not NOT_PAST.search(lead + " " + verb.group())


_YEAR = r"(1[6-9]\d\d|2[01]\d\d)"
AS_OF = lazy(
    rf"(?i)\b(?:as\s+of|as\s+at)\s+(?:(?:early|mid|late|end|the\s+end\s+of)[-\s]+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?{_YEAR}(?!\d)"
)
PRESENT = lazy(
    r"(?i)\b(?:is|are|has|have|remains|remain|stands|stand|currently|now|employs|employ|holds|counts|ranks|lives|live"
    r"|runs|run|operates|operate|owns|own|serves|serve|covers|cover|includes|include|contains|contain|exists|exist"
    r"|accounts|represents|represent|totals|reaches|costs|works|work)\b"
)
PAST = lazy(r"(?i)\b(?:was|were|had|stood|remained)\b")
CURRENT_CUE = lazy(
    rf"(?i)\b(?P<cue>currently|at\s+present|presently|right\s+now|this\s+year|so\s+far\s+this\s+year|the\s+current\s+year)"
    rf"\s*[,(]\s*(?:in\s+)?{_YEAR}\b"
    rf"|\b{_YEAR}\s*[,)]?\s*(?P<cue2>this\s+year|currently)\b"
)
LATEST = lazy(
    rf"(?i)\bthe\s+(?:latest|most\s+recent|newest)\s+(?:available\s+)?(?:official\s+)?"
    rf"(?P<what>figures|data|statistics|numbers|estimates?|survey|report|count|ranking|rankings)\s*"
    rf"(?:,\s*)?(?:from|for|in|of|as\s+of|\()\s*(?:[A-Z][a-z]+\s+)?{_YEAR}(?!\d)"
)


class StaleCurrentClaim(Rule):
    """A "currently", "as of YEAR" or "the latest" claim tied to a year well before publication.

    ## What it does
    Flags present-tense claims anchored to an old year: "As of 2019, the
    company employs 300 people", "currently (2018)", "the latest figures, for
    2017", when that year lies at least ``years`` years before the publication
    date. Past-tense statements ("As of 2019, it employed 300") are history,
    not claims about now, and are left alone; so is a text dated only by an
    editor's note ("Update, <date>"), whose body is older.

    ## Why it matters
    The claim was true when it was written; republished years later it states
    as current something nobody has checked since.

    ## Example
    ```text
    (published 2025-06-22) As of 2019, the agency has 40 inspectors.
    ```

    ## Use instead
    "As of 2025, the agency has 52 inspectors." A current figure, or the past tense for the old one.

    ## Fix safety
    No fix: which figure or date is right needs the source; the linter only knows the text disagrees with itself or the calendar.

    ## Options
    - `years`: How many years before the publication year makes an anchored claim stale.
    """

    code = "FG004"
    name = "stale-current-claim"
    severity = Severity.INFO
    options: ClassVar[dict[str, Option]] = {
        "years": Option(3, "How many years before the publication year makes an anchored claim stale.")
    }

    def check(self, doc) -> Iterator[Finding]:
        published = doc.publication_date
        if published is None or dates_a_revision(doc):
            return
        prose = doc.prose
        cutoff = published.year - self.config["years"]
        for pattern in (AS_OF, CURRENT_CUE, LATEST):
            for match in pattern.finditer(prose):
                year = int(next(g for g in match.groups() if g and g.isdigit() and len(g) == 4))
                if year > cutoff:
                    continue
                if pattern is AS_OF and not self._present_tense(doc, match):
                    continue
                yield self.finding(
                    match.start(),
                    match.end(),
                    f"'{match.group().strip()}' presents {year} as current, {published.year - year} years before the "
                    f"publication date {published.isoformat()}",
                )

    @staticmethod
    def _present_tense(doc, match: re.Match) -> bool:
        sentence = mentions.sentence_of(doc, match.start())
        if sentence is None:
            return False
        clause = doc.prose[match.end() : sentence.end]
        return bool(PRESENT.search(clause)) and not PAST.search(clause)
