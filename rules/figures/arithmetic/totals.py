"""Wholes and parts: a total against the parts listed with it, before or after it, or in a neighbouring sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import (
    CHANGE_WORD,
    DURATION_AFTER,
    FROM,
    OLD_MARKER,
    OLDER_PERIOD,
    OTHER_WHOLE,
    REMAINDER,
    TO_LEVEL,
    TOTAL_CUE,
    YEAR_IN,
)
from scrapelint.rules.figures.arithmetic.measures import content_words, same_measure, shown
from scrapelint.rules.figures.quantities import MEASURE_UNITS, SI_PREFIXED, Quantity, hedge_before, rounding_of
from scrapelint.text.dates import MONTHS, WEEKDAYS
from scrapelint.text.lazy import lazy

#: The units of physical measures, after the metric prefixes are folded ("t", "W", "Wh", "bbl")
_PHYSICAL_UNITS = frozenset(MEASURE_UNITS.values()) | {base for base, _ in SI_PREFIXED.values()}
#: A figure named as a difference ("the gap ... narrowed to", "a margin of"): the figures after
#: it are the two it lies between, not its parts
_DIFFERENCE_BEFORE = lazy(r"(?i)\b(?:gap|margin|difference|lead)\b[^.;:\d%]{0,45}$")

_PARTS_CUE = lazy(
    r"^[^.;\d]{0,50}?(?::|\bcomprising\b|\bconsisting\s+of\b|\bmade\s+up\s+of\b|\bbroken\s+down\s+into\b|\bsplit\s+into\b|—|–)\s*[^.;\d,]{0,30}$"
)

#: "handled 262 tonnes in May: 94 tonnes ... and 168 tonnes ...", "came to $23.77 million in the
#: quarter (employee benefits $16.73 million, ...)": parts opened by a colon or a bracket after a
#: figure no total word names; years in between are masked first. They may leave some out.
_BREAKDOWN = lazy(r"^[^.;:()\d]{0,70}?(?::\s|\()\s*+[^.;:()\d,]{0,40}$")

#: "the total was 12.97%, with hydropower at 8.73% and ...", "output totaled 7.7 million mt,
#: down 23.7 percent from August 2019, with the US producing ...": parts that may not be all of
#: them, after the whole's own change (its rate and year read as words) in a clause of its own
_WITH_PARTS = lazy(r"^[^.;\d]{0,40}?(?:,[^.;\d,]{0,50}?\bpct\b[^.;\d,]{0,40}?)?,\s*(?:with|including)\b[^.;\d]{0,40}$")

#: "..., with the US producing ": a named member of the whole after "with", right before its figure
_WITH_MEMBER = lazy(r",\s*+with\s++(?:the\s++)?(?-i:[A-Z][\w.&'’-]*+)(?:\s++[\w'’-]++){0,3}?\s*+$")

#: "23.8 million tonnes, including 12.17 million tonnes of wheat, ...": parts of the figure
#: right before, whatever verb gave it; they may leave some out but cannot add past it
_INCLUDING_PARTS = lazy(r"^[^.;\d]{0,20}?(?:,\s*including|,?\s*of\s+(?:which|whom))\b[^.;\d]{0,40}$")

#: "2,290 visitors, 537 of them tourists and 1,753 of them ...": a part that points back to the
#: figure before it as its whole; the whole may be named after its figure, before the first part
_OF_THEM = lazy(r"\s*+of\s++(?:them|these|those|which|whom)\b")  # matched at a figure's end

_BEFORE_OF_THEM = lazy(r"^[^.;:()\d]{0,50}$")

#: "9 out of 10", "4 in 5": the two figures of a ratio, between them
_OUT_OF = lazy(r"(?i)^\s*+(?:out\s++of|in)\s*+$")

#: "Of the 175 seats, the Social Democrats won 47, ...": the whole named before its parts
_OF_TOTAL = lazy(r"(?i)\bof\s+(?:the|all|its|their)\s+$")

#: the whole's noun (and its period, years read as words) before a comma, then the first part's words
_OF_PARTS = lazy(
    r"^\s*[a-z][\w-]*(?:\s+[a-z][\w'’-]*){0,3}(?:\s+(?:who|that|which)(?:\s+[A-Za-z][\w'’-]*){1,8})?,\s*[^.;\d]{0,80}$"
)

#: between two parts; a part may carry its own change in a clause after it ("5.5 million mt,
#: down 4.6 percent, and Ukraine producing 1.8 million mt": the rate read as a word)
_PART_JOIN = lazy(
    r"^(?:\s*+,[\s\w'’-]{0,30}?\bpct\b[\s\w'’-]{0,20}?(?=,|\s+and\b))?"
    r"[\s\w'’-]{0,40}?(?:,\s*and|,|\band|;)[\s\w'’-]{0,70}?\s*(?:about\s+)?$"
)

#: between two parts before the total word that sums them: each part may carry a clause of its
#: own ("30.4 per cent said they were very dissatisfied with the response and 16.3 per cent
#: ..., for a total of"); the total word after them bounds the run, so the clause may be longer
_PART_JOIN_BEFORE_TOTAL = lazy(r"^[\s\w'’-]{0,90}?(?:,\s*and|,|\band|;)[\s\w'’-]{0,70}?\s*(?:about\s+)?$")

#: a sentence whose subject names the figure of the sentence before and whose verb breaks it
#: down: "The employment rise was made up from 32,100 full-time workers and 5,700 part-timers"
_BREAKS_DOWN_BACK = lazy(
    r"(?i)\W*+(?:the|this|that|these|those)\s++(?:[a-z][\w'’-]*+\s++){0,3}?(?:was|were|is|are)\s++"
    r"(?:made\s++up\s++(?:of|from)|split\s++(?:into|between)|broken\s++down\s++into|divided\s++(?:into|between))\b"
)

#: a sentence opening by pointing back to the whole of the sentence before: "Of the total, ...", "Of this, ..."
_OF_WHOLE = lazy(r"(?i)\W*+of\s++(?:the\s++(?:total|whole|amount|figure|number)|this|that|these|those|which)\s*+,")

#: "61,002 units were made up of 54,498 ...": words that open the full list of a figure's parts
_MADE_UP_OF = lazy(
    r"(?i)^[^.;:\d]{0,30}?\b(?:(?:was|were|is|are)\s+)?(?:made\s+up\s+of|comprising|consisting\s+of|broken\s+down\s+into"
    r"|split\s+into)\s+[^.;:\d,]{0,30}$"
)

#: "(excluding pick-up trucks)": an aside in brackets, without figures, inside a part's words
_ASIDE = lazy(r"\([^()\d]{0,40}\)")

#: a whole named by its total in a sentence of its own: "total foodgrain production is estimated
#: at 291.95 million tonnes", "Total foodgrains output may drop by 1% to 281.37 million tonne"
_WHOLE_WORD = lazy(r"(?i)\b(?:total|overall|combined)\b")

#: between two parts of a whole stated in the sentence before or after: a clause each, joined
#: by "and", "while" or a comma, with no change or comparison of its own
_NEAR_PART_JOIN = lazy(r"(?i)^[^.;:\d%()]{0,90}?(?:,|\band\b|\bwhile\b|\bwhereas\b)[^.;:\d%()]{0,90}$")

_NOT_PART_JOIN = lazy(
    r"(?i)\b(?:against|compared|than|versus|vs|previous|earlier|ago|last|before)\b"
    # "from 142.2 million", "from $5 million": an older level; "from the kharif season": a source
    r"|\bfrom\s++(?:about\s+|around\s+|nearly\s+)?[\d$€£¥₹]"
)

#: parts written before their total in one sentence: "... 104.26 lakh tonne and 8.87 lakh tonne,
#: respectively, a total of 113.13 lakh tonne"
_TOTAL_AFTER_PARTS = lazy(
    r"(?i)^[^.;:\d%()]{0,60}?,\s*+(?:respectively\s*+,\s*+)?(?:for\s+|with\s+)?(?:a\s+(?:combined\s+)?total\s+of|in\s+total"
    r"|(?:together|combined)\s+(?:they\s+)?(?:make\s+up|came\s+to|amount\s+to|total)(?:\s+the)?)\s*+$"
)
#: parts each reached by a change of its own ("rose 10.3% to A, from B, while C surged 5.9% to
#: D"), then a form of "total" that sums them, a few words naming the whole, "to" or "at" ("...,
#: totalling the earnings to E", "..., bringing the total to E")
_TOTAL_OF_CHANGED = lazy(
    r"(?i)^\s*+,\s*+(?:[a-z]++\s++){0,2}?(?:total(?:l?ing|l?ed|s)?|combined)\b(?:\s++[a-z][\w'’-]*+){0,3}?\s++(?:to|at)\s*+$"
)
#: the same total words as _TOTAL_AFTER_PARTS after the last part's own change ("..., down 2%
#: versus last month; together they make up the"): a comma or semicolon joins them
_TOTAL_AFTER_CHANGES = lazy(
    r"(?i)^[^.:\d%()]{0,30}?[,;]\s*+(?:respectively\s*+,\s*+)?(?:for\s+|with\s+)?(?:a\s+(?:combined\s+)?total\s+of|in\s+total"
    r"|(?:together|combined)\s+(?:they\s+)?(?:make\s+up|came\s+to|amount\s+to|total)(?:\s+the)?)\s*+$"
)
#: between two parts each with its own change: a clause join
_CLAUSE_JOIN = lazy(r"(?i),\s*+(?:and|while|whereas)\b|;|\band\b")
#: a part's own rate right after it (and the word it counts): "12,869 units, down 20%"
_OWN_RATE_AFTER = lazy(r"(?i)(?:\s++[a-z]++)?\s*+[,(]\s*+(?:up|down)\b[^.;:\d%()]{0,15}$")

_RESPECTIVELY = lazy(r"(?i)\brespectively\b")

#: the most parts one whole is read with ("a total of 40 seats: ..." lists a parliament's parties)
_MAX_PARTS = 16


#: "on Saturday", "in March": a preposition and the calendar name after it
_DATED = lazy(r"(?i)\b(?P<prep>on|in|during|for)\s++(?P<name>[a-z]++)\.?\b")


def _calendar_frame(text: str) -> tuple[str, str, str] | None:
    """The last "on <weekday>" or "in <month>" of ``text``: (preposition, kind of name, name)."""
    frame = None
    for match in _DATED.finditer(text):
        name = match.group("name").lower()
        kind = "weekday" if name in WEEKDAYS else "month" if name in MONTHS else None
        if kind is not None:
            frame = (match.group("prep").lower(), kind, name)
    return frame


def _siblings(prose: str, total: Quantity, between: str, parts: list[Quantity]) -> bool:
    """ "1.2 million on Saturday, with 1.1 million on Friday and 1 million on Sunday": the first
    figure is dated like each figure after it, by the same preposition and another day (or
    month) of the same kind; it is one of a list of like figures, not their whole."""
    own = _calendar_frame(between)
    if own is None:
        return False
    for part in parts:
        frame = _calendar_frame(prose[part.end : part.end + 20].split(",")[0])
        if frame is None or frame[:2] != own[:2] or frame[2] == own[2]:
            return False
    return True


def _measured(quantity: Quantity) -> bool:
    """An amount with a unit or a scale ("$42.96 million", "262,611 tonnes"), or a count in the
    thousands written with a separator ("191,435"): not a clock time, a score or a day."""
    return bool(quantity.unit) or quantity.scale > 1 or (quantity.value >= 1000 and "," in quantity.text)


def _changed_parts(prose: str, figures: list[Quantity]) -> list[Quantity]:
    """The parts before a total when each comes with a change of its own: read back from the
    total over ``figures`` (every figure before it, rates too), a part is a level reached "to"
    after its change ("rose 10.3% to A") or followed by its own rate ("A, down 20%"); its older
    level after "from" is left out, two parts are joined by a clause join, and the first figure
    of another role ends the run. Last part first, at most _MAX_PARTS."""
    parts: list[Quantity] = []
    rate = None  # the nearest rate after the figure being read
    for figure in reversed(figures[-3 * _MAX_PARTS :]):  # a part, its rate and its older level at most
        if len(parts) >= _MAX_PARTS:
            return []
        if figure.unit == "%":
            rate = figure
            continue
        before = prose[max(0, figure.start - 30) : figure.start]
        if FROM.search(before):
            continue  # the older level of the part after it
        reached = TO_LEVEL.search(before) and CHANGE_WORD.search(prose, max(0, figure.start - 45), figure.start)
        own = rate is not None and _OWN_RATE_AFTER.match(prose, figure.end, rate.start)
        if not (reached or own):
            break
        if parts and not _CLAUSE_JOIN.search(prose, figure.end, parts[-1].start):
            break
        parts.append(figure)
        rate = None
    return parts


class TotalReaders:
    """The readers of FG005 for: wholes and parts: a total against the parts listed with it, before or after it, or in a neighbouring sentence."""

    def _totals(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        reported = set()
        for finding in self._totals_in(prose, found, found):
            reported.add(finding.start)
            yield finding
        amounts = [q for q in found if q.unit != "%"]
        if len(amounts) < len(found):
            # the amounts alone, each rate between them read as a word ("down 1% from a year
            # earlier:", "fell 11% to 4.9 million and ... rose 4% to", "down 6.2 percent from
            # August 2019, with ..."): a total with its change before its parts, and parts each
            # with their own change
            for finding in self._totals_in(prose, amounts, found):
                if finding.start not in reported:
                    yield finding

    def _totals_in(self, prose: str, found: list[Quantity], every: list[Quantity]) -> Iterator[Finding]:
        rates = [q for q in every if q.unit == "%"] if len(every) > len(found) else []
        starts = [q.start for q in rates]

        def gap(left: Quantity, right: Quantity) -> str:
            """The text between two amounts, each rate in it written as a word."""
            first = bisect_left(starts, left.end)
            last = bisect_left(starts, right.start)
            if first == last:
                return prose[left.end : right.start]
            pieces, at = [], left.end
            for rate in rates[first:last]:
                pieces += [prose[at : rate.start], "pct"]
                at = rate.end
            return "".join([*pieces, prose[at : right.start]])

        for index, total in enumerate(found[:-1]):
            before = prose[max(0, total.start - 40) : total.start]
            between = gap(total, found[index + 1])
            if _OUT_OF.match(between):
                continue  # "9 out of 10 of them": a ratio, its two figures no whole and part
            if _DIFFERENCE_BEFORE.search(prose, max(0, total.start - 70), total.start):
                continue  # "the gap between the two narrowed to 4,500 votes: 52,300 ... and 47,800": a difference, no whole
            pointing = False
            if (TOTAL_CUE.search(before) and _PARTS_CUE.match(between)) or _MADE_UP_OF.match(between):
                listed = True  # "a total of 40 seats: ...", "61,002 units were made up of ..." name every part
            elif (
                # two parts at least, below: no total word needed, but for a percentage ("81% test
                # coverage, with ... 94.8% for ImageState": rates of other wholes, not its parts)
                (_WITH_PARTS.match(YEAR_IN.sub("year", between)) and (total.unit != "%" or TOTAL_CUE.search(before)))
                or (_OF_TOTAL.search(before) and _OF_PARTS.match(YEAR_IN.sub("year", between)))
                or _INCLUDING_PARTS.match(between)
                or (_measured(total) and len(between) <= 120 and _BREAKDOWN.match(YEAR_IN.sub("year", between)))
            ):
                listed = False  # "..., with A at 8 and B at 4": perhaps only the main parts
            elif (
                _BEFORE_OF_THEM.match(between)
                and _OF_THEM.match(prose, found[index + 1].end)
                and not _OF_THEM.match(prose, total.end)  # a part pointing back is no whole itself
            ):
                listed = False  # "N of them": parts of the figure before, perhaps not all of them
                pointing = True  # each part points back; the first figure that does not ends the list
            else:
                continue
            parts = [found[index + 1]]
            # no copy of the rest per candidate whole, and a bounded run: a list longer than
            # _MAX_PARTS is a series of figures, not the parts of one whole, and each candidate
            # whole inside one long run would otherwise walk the rest of it again
            for following in range(index + 2, min(len(found), index + 2 + _MAX_PARTS)):
                previous, part = found[following - 1], found[following]
                if not _PART_JOIN.match(_ASIDE.sub(" ", gap(previous, part))):
                    break
                if pointing and not _OF_THEM.match(prose, part.end):
                    break
                if OLD_MARKER.search(prose, max(0, part.start - 25), part.start):
                    break  # "..., up 15.9 percent from 17,205": the total's older level, not a part
                parts.append(part)
            if len(parts) >= _MAX_PARTS:
                continue
            # one part is enough when it points back to its whole ("446,591 and 453,617 of them")
            pointed = _OF_THEM.match(prose, parts[0].end) is not None
            # "crude steel output totaled 9 million mt, ..., with the US producing 10.2 million mt":
            # one named member after "with", under a total word, cannot pass its whole
            member = (
                len(parts) == 1
                and not listed
                and not pointing
                and TOTAL_CUE.search(before) is not None
                and (named := _WITH_MEMBER.search(between)) is not None
                and named.end() == len(between)
            )
            if pointing and any(p.unit == "%" for p in parts):
                continue  # "78% of them": a share of the group, not a count of its members to add up
            if len(parts) < (1 if pointed or member else 2) or any(p.unit != total.unit for p in parts):
                continue
            if not listed and _siblings(prose, total, between, parts):
                continue
            if total.unit == "%" and any(OTHER_WHOLE.match(prose[p.end : p.end + 40]) for p in parts):
                continue  # "83% of voters, including 86% of Trump voters and 87% of ...": shares of other wholes
            if any(hedge_before(prose, q.start) for q in (total, *parts)):
                continue
            # a last part named as the rest ("the remaining parties 57") closes the list
            listed = listed or bool(REMAINDER.search(prose[max(0, parts[-1].start - 30) : parts[-1].start]))
            expected = sum(p.value for p in parts)
            slack = rounding_of((*parts, total))
            if not listed and expected <= total.value + slack:
                continue  # parts short of the whole may leave some out; parts past it cannot be right
            if abs(expected - total.value) > slack and total.value > 0:
                listed = " + ".join(p.text for p in parts)
                message = (
                    f"the total {total.text} is less than its part {parts[0].text}"
                    if len(parts) == 1 and not pointed
                    else f"the total {total.text} does not match its listed parts ({listed} = {shown(expected, total)})"
                )
                yield self.finding(total.start, total.end, message, expected=expected / total.factor)

    def _totals_nearby(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """A whole alone in its sentence under a total word ("total foodgrain production is
        estimated at 291.95 million tonnes"), its parts in the sentence after or before, in the
        same paragraph, on the same thing (a content word in common): two parts or more of the
        whole's measure, each smaller than it, joined by "and", "while" or a comma, with no
        comparison or earlier period in either sentence. They may leave some out; parts past the
        whole cannot be right. One look at each sentence and its two neighbours."""
        for index, found in grouped.items():
            amounts = [q for q in found if q.unit != "%" and not DURATION_AFTER.match(prose, q.end)]
            if len(amounts) != 1:
                continue
            whole, sentence = amounts[0], sentences[index]
            if (
                not _WHOLE_WORD.search(prose, sentence.start, whole.start)
                or hedge_before(prose, whole.start)
                or _NOT_PART_JOIN.search(prose, sentence.start, sentence.end)
            ):
                continue
            for other in (index + 1, index - 1):
                near = grouped.get(other)
                if not near or len(near) > _MAX_PARTS or any(q.unit == "%" for q in near) or len(near) < 2:
                    continue
                neighbour = sentences[other]
                first, second = (sentence, neighbour) if other > index else (neighbour, sentence)
                if (
                    "\n\n" in prose[first.start : second.start]
                    or _NOT_PART_JOIN.search(prose, neighbour.start, neighbour.end)
                    or _RESPECTIVELY.search(prose, neighbour.start, neighbour.end)
                    or CHANGE_WORD.search(prose, neighbour.start, neighbour.end)
                ):
                    continue
                pairs = [same_measure(part, whole) for part in near]
                if any(pair is None or pair[0].value >= pair[1].value for pair in pairs):
                    continue
                if any(
                    not _NEAR_PART_JOIN.match(prose[left.end : right.start]) for left, right in pairwise(near)
                ) or any(hedge_before(prose, part.start) for part in near):
                    continue
                # on the same thing: a content word in common, or three parts or more of a physical
                # measure ("12.180mt, ... 5.530mt, ... 4.12mt and ... 4.317mt" after a total harvest
                # in million tonnes): a commodity's amounts, not a currency's or a count's
                physical = len(near) >= 3 and whole.unit in _PHYSICAL_UNITS
                if not physical and not content_words(prose[sentence.start : sentence.end]) & content_words(
                    prose[neighbour.start : neighbour.end]
                ):
                    continue
                expected = sum(pair[0].value for pair in pairs)
                scaled = pairs[0][1]
                slack = rounding_of((*near, whole))
                if expected > scaled.value + slack:
                    listed = " + ".join(part.text for part in near)
                    where = "next" if other > index else "previous"
                    yield self.finding(
                        whole.start,
                        whole.end,
                        f"the total {whole.text} is less than its parts in the {where} sentence"
                        f" ({listed} = {shown(expected, whole)})",
                        expected=expected / whole.factor,
                    )

    def _parts_pointing_back(
        self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]
    ) -> Iterator[Finding]:
        """ "Production is forecast at 122 million tonnes, compared to 141 million tonnes last
        year. Of the total, maize is expected to account for 108 million tonnes": a sentence that
        opens by pointing back to a whole ("Of the total", "Of this", "Of these") gives parts of
        the one level of the sentence before that no word marks as the older; they may leave
        some out, but cannot add past it."""
        for index, found in grouped.items():
            if not index or index - 1 not in grouped:
                continue
            sentence, before = sentences[index], sentences[index - 1]
            if "\n\n" in prose[before.end : sentence.start]:
                continue
            # broken down by its verb, the parts are all of the whole; "Of the total" may leave some out
            complete = _BREAKS_DOWN_BACK.match(prose, sentence.start, sentence.end) is not None
            if not complete and not _OF_WHOLE.match(prose, sentence.start, sentence.end):
                continue
            wholes = [
                q
                for q in grouped[index - 1]
                if q.unit != "%"
                and not q.is_year
                and not OLD_MARKER.search(prose, max(before.start, q.start - 25), q.start)
                and not OLDER_PERIOD.match(prose, q.end, min(before.end, q.end + 30))
            ]
            parts = [q for q in found if q.unit != "%" and not q.is_year]
            if len(wholes) != 1 or not parts or len(parts) > _MAX_PARTS or (complete and len(parts) < 2):
                continue
            whole = wholes[0]
            pairs = [same_measure(part, whole) for part in parts]
            if any(pair is None for pair in pairs) or any(
                hedge_before(prose, q.start) == "bound" for q in (whole, *parts)
            ):
                continue
            expected = sum(pair[0].value for pair in pairs)
            scaled = pairs[0][1]
            slack = rounding_of((*parts, whole))
            if complete and abs(expected - scaled.value) > slack:
                yield self.finding(
                    whole.start,
                    whole.end,
                    f"{whole.text} does not match the parts it is broken down into in the next sentence"
                    f" ({' + '.join(part.text for part in parts)} = {shown(expected, whole)})",
                    expected=expected / whole.factor,
                )
            elif not complete and expected > scaled.value + slack:
                listed = " + ".join(part.text for part in parts)
                yield self.finding(
                    whole.start,
                    whole.end,
                    f"the total {whole.text} is less than the parts pointing back to it in the next sentence"
                    f" ({listed} = {shown(expected, whole)})",
                    expected=expected / whole.factor,
                )

    def _parts_then_total(self, prose: str, found: list[Quantity]) -> Iterator[Finding]:
        """Parts written before their total in one sentence ("... 104.26 lakh tonne and 8.87
        lakh tonne, respectively, a total of 113.13 lakh tonne"): the run of parts right before
        the total, read back at most _MAX_PARTS figures, so the walk stays linear. Parts each
        reached by a change of their own are read by :func:`_changed_parts`."""
        amounts = [q for q in found if q.unit != "%"]
        yield from self._parts_then_total_in(prose, found, amounts)
        # shares of one whole add up like amounts: "30.4 per cent ... and 16.3 per cent ..., for
        # a total of 46.7 per cent" (only under an explicit total word, read by the first branch)
        shares = [q for q in found if q.unit == "%"]
        if len(shares) >= 3:
            yield from self._parts_then_total_in(prose, shares, shares, changed=False)

    def _parts_then_total_in(
        self, prose: str, found: list[Quantity], amounts: list[Quantity], changed: bool = True
    ) -> Iterator[Finding]:
        starts = [q.start for q in found]
        for index in range(2, len(amounts)):
            total = amounts[index]
            if _TOTAL_AFTER_PARTS.match(prose[amounts[index - 1].end : total.start]):
                parts = [amounts[index - 1]]
                at = index - 2
                while (
                    at >= 0
                    and len(parts) < _MAX_PARTS
                    and _PART_JOIN_BEFORE_TOTAL.match(prose[amounts[at].end : amounts[at + 1].start])
                ):
                    parts.append(amounts[at])
                    at -= 1
                if any(_NOT_PART_JOIN.search(prose, a.end, b.start) for a, b in pairwise([*reversed(parts), total])):
                    continue
            elif not changed:
                continue
            else:
                # the figure right before the total may be the last part's own rate
                last = bisect_left(starts, total.start) - 1
                tail = prose[found[last].end : total.start]
                if not (_TOTAL_OF_CHANGED.match(tail) or _TOTAL_AFTER_CHANGES.match(tail)):
                    continue
                parts = _changed_parts(prose, found[: last + 1])
            if len(parts) < 2 or any(p.unit != total.unit or p.value >= total.value for p in parts):
                continue
            if any(hedge_before(prose, q.start) for q in (total, *parts)):
                continue
            parts.reverse()
            expected = sum(p.value for p in parts)
            slack = rounding_of((*parts, total))
            if abs(expected - total.value) > slack and total.value > 0:
                listed = " + ".join(p.text for p in parts)
                yield self.finding(
                    total.start,
                    total.end,
                    f"the total {total.text} does not match its listed parts ({listed} = {shown(expected, total)})",
                    expected=expected / total.factor,
                )
