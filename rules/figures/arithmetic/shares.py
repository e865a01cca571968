"""Shares of one whole: lists of shares, a remainder, a part with its share and whole, parts each with their share."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import (
    CLOSE,
    DECREASE,
    FROM,
    INCREASE,
    OR_RATE,
    OTHER_WHOLE,
    PERIOD_PHRASE,
    REMAINDER,
    STEP_OF,
    TOTAL_CUE,
)
from scrapelint.rules.figures.arithmetic.measures import content_words, fmt, interval, same_measure
from scrapelint.rules.figures.quantities import Quantity, hedge_before, rounding_of
from scrapelint.text.lazy import lazy

#: A noun of change right after a percentage: the percentage is a rate ("a 40% increase in")
_CHANGE_NOUN_AFTER = lazy(
    r"(?i)\s++(?:increase|rise|gain|growth|jump|improvement|reduction|decrease|decline|drop|fall|cut|loss)\b"
)
_SHARE_IS_CHANGE = lazy(
    rf"(?i)\b(?:{INCREASE}|{DECREASE}|growth\s+of|increase\s+of|decrease\s+of)\b(?:\s+by)?\s*(?:about\s+|around\s+)?$"
    r"|\bby\s+$"
)

_SHARE_JOIN = lazy(r"^[^.;:\d%]{0,60}$")

#: The older level between two listed shares, with its clause ("down from 25.6% a year earlier;")
_PAIR_JOIN = lazy(r"(?i),?\s*+(?:up|down)?\s*+from\s+[\d.,]++\s*+%[^;,]{0,25}[;,]")

_ALTERNATIVE = lazy(r"(?i)\bor\b")

_ARTICLE_BEFORE = lazy(r"(?i)\bthe\s$")

_NOUN_AFTER = lazy(r"\s[a-z]+\b(?<!\bof)(?<!\bto)(?<!\bin)")

#: "Rs 11,300 crore, 24 per cent of its Rs 48,000 crore budget"
#: the part's own noun may come first, set off by a comma ("2.1 million households, 21.6% of the ...")
_SHARE_AFTER_PART = lazy(
    r"(?i)^(?:\s++[a-z][\w'’-]*+){0,3}?\s*+,?\s*+(?:(?:was|were|is|are|made\s+up|makes\s+up|make\s+up|accounted\s+for|accounts\s+for|account\s+for"
    r"|represented|represents|represent|amounted\s+to|amounts\s+to|constituted|constitutes)\s+)?"
    r"(?:\(|or\s+|an?\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+){0,2}$"
)

#: "a 20.9 percent market share", "a 12% share": a share whose whole is left to the context
_SHARE_NOUN = lazy(r"(?i)\s++(?:(?:market|global|world|sales)\s++)?share\b(?!\s+of\b)")

#: "... accounted for 58.2% of that": the whole named before the part, pointed back to
_OF_THAT = lazy(r"(?i)^\s*+of\s+(?:that|this|it|the\s+(?:[a-z][\w-]*+\s+){0,2}?(?:total|whole))\b(?!\s+of\b)")

_OF_WHOLE = lazy(r"(?i)^\)?\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?$")

#: "85.0% of the vote", "75.6% market share": a share of a whole it names, right after it
_SHARE_OF_NAMED = lazy(r"(?i)\s*+(?:of\s++(?:the|all)\s++[a-z]|(?:market\s++)?share\b)")

#: A share in brackets right after its part: "9,347 (65.94%)"
_BRACKET_OPEN = lazy(r"^\s*+\(\s*+$")

#: A share written right beside its figure: "11.7%, or 14,899,213" and "14,899,213 (11.7%)"
_SHARE_THEN_FIGURE = lazy(r"^\s*+,?\s*+(?:or\s++)?$")
_FIGURE_THEN_SHARE = lazy(r"^\s*+(?:\(|,\s*+(?:or\s++)?)\s*+$")


def _carries_share(prose: str, figure: Quantity, figures) -> bool:
    """A figure given with its own share of a whole is a part of that whole, not the whole a
    later "of the total" points back to ("11.7%, or 14,899,213 people ..., 8,998,637 (7.1% of
    the total) of whom ...")."""
    return any(
        q.unit == "%"
        and (
            (q.end <= figure.start and _SHARE_THEN_FIGURE.match(prose[q.end : figure.start]))
            or (q.start >= figure.end and _FIGURE_THEN_SHARE.match(prose[figure.end : q.start]))
        )
        for q in figures
    )


#: "the iPhone maker's share stood at 14.5%": a share named right before it
_SHARE_NAMED_BEFORE = lazy(r"(?i)\bshare\s++(?:stood\s++at|was|is|of|at|reached)\s++(?:about\s++)?$")

#: after the first share of a list, the whole it is of and a word that leads on to the next
#: ("of the vote in the April 2004 presidential election, followed by Ali Benflis (")
_WHOLE_AFTER_SHARE = lazy(
    r"(?i)^\s*+(?:of\s++the\s++|(?:market\s++)?share\b)[^.;:%]{0,80}?,\s*+(?:(?:followed\s+by|ahead\s+of|then)\s++)?"
    r"[^.;:\d%]{0,40}$"
)


def _carried_shares(prose: str, found: list[Quantity], before: list[Quantity]) -> list[Quantity]:
    """The shares a list begins with in the sentence before: one or two, all of that sentence's
    figures, each of a whole it names ("won 85.0% of the vote", "the maker's share stood at
    14.5%"), when this sentence goes on with shares."""
    if (
        before
        and len(before) <= 2
        and all(q.unit == "%" for q in before)
        and any(q.unit == "%" for q in found)
        and all(
            _SHARE_OF_NAMED.match(prose, q.end) or _SHARE_NAMED_BEFORE.search(prose, max(0, q.start - 30), q.start)
            for q in before
        )
    ):
        return list(before)
    return []


#: A share's whole named in its brackets: "(17% of the UK population)"
_OF_NAMED_WHOLE = lazy(r"(?i)\s*+of\s++(?:the\s++|all\s++)?(?P<what>[a-z][a-z' -]{2,40}?)\s*+\)")
#: Where a figure's subject begins: the start of its sentence or clause
_SUBJECT_START = lazy(r"[.;:!?]\s")


def _named_whole(prose: str, part: Quantity, what: str, earlier) -> Quantity | None:
    """The one earlier figure of the part's measure, larger than it, whose subject (the words of
    its sentence before it) holds every long word of the whole the share names."""
    named = content_words(what)
    if not named:
        return None
    found = []
    for q in earlier:
        if (q.unit, q.scale) != (part.unit, part.scale) or q.value <= part.value or q.start >= part.start:
            continue  # written in the part's own measure, not one a bare number borrows ("aged 65")
        window = prose[max(0, q.start - 160) : q.start]
        starts = [m.end() for m in _SUBJECT_START.finditer(window)]
        subject = window[starts[-1] if starts else 0 :]
        if named <= content_words(subject):
            found.append(q)
    return found[0] if len(found) == 1 else None


#: A count, its share in brackets, and its whole right after: "16 (73 per cent) out of 22", nothing between
_COUNT_SHARE_OF_COUNT = lazy(r"(?i)^\s*+\([^()]{1,20}\)\s*+(?:out\s++)?of\s++$")


def _bare_counts(part: Quantity, whole: Quantity) -> bool:
    """Two counts with no unit or scale, the part no larger than the whole."""
    plain = all(not q.unit and q.scale == 1.0 and not q.is_year for q in (part, whole))
    return plain and 0 < part.value <= whole.value


class ShareReaders:
    """The readers of FG005 for: shares of one whole: lists of shares, a remainder, a part with its share and whole, parts each with their share."""

    def _remainder_shares(self, prose: str, found: list[Quantity], before: list[Quantity] = ()) -> Iterator[Finding]:
        shares = [q for q in found if q.unit == "%"]
        if len(shares) < 2:
            return
        last = shares[-1]
        if not REMAINDER.search(prose[max(0, last.start - 30) : last.start]):
            return
        # "The governor won 61.2% of the vote. Her rival took 27.3%, ... and others 2.4%": the
        # list, and so the rest, begins in the sentence before
        shares = _carried_shares(prose, found, before) + shares
        if TOTAL_CUE.search(prose[max(0, shares[0].start - 40) : shares[0].start]):
            return  # "the total was 12.97%, with ... and other renewables 4.24%": parts of a total, not of 100%
        if any(hedge_before(prose, q.start) for q in shares):
            return
        total = sum(q.value for q in shares)
        slack = rounding_of(shares) + 0.5
        if abs(total - 100) > slack:
            yield self.finding(
                last.start,
                last.end,
                f"the shares {', '.join(q.text for q in shares)} add up to {fmt(total)}%, not 100%; "
                f"the remainder would be {fmt(100 - total + last.value)}%",
                expected=round(100 - total + last.value, 3),
            )

    def _share_of(self, prose: str, found: list[Quantity], before: list[Quantity] = ()) -> Iterator[Finding]:
        """ "Rs 11,300 crore, 24 per cent of its Rs 48,000 crore budget": a part, its share,
        and the whole it is a share of, all written, checked against each other. The whole may
        come first and be pointed back to ("exports were $33.6 billion; ... 19.6 billion USD,
        accounted for 58.2% of that", "... was 162.7 million tonnes. China's was 89.1 Mt, 54.8%
        of the world total"): the last larger value of the part's measure before it, in its
        sentence or the one before."""
        for index, (part, share) in enumerate(pairwise(found)):
            if share.unit != "%" or part.unit == "%":
                continue
            # a period after the part is not a figure ("169 million TEU in 2010, 30.1 percent of the ...")
            if not _SHARE_AFTER_PART.match(PERIOD_PHRASE.sub(" ", prose[part.end : share.start])):
                continue
            whole = found[index + 2] if index + 2 < len(found) else None
            named_after = False  # the whole written right after the share: "16 (73 per cent) out of 22"
            if whole is not None and whole.unit != "%" and _OF_WHOLE.match(prose[share.end : whole.start]):
                named_after = True
            elif _OF_THAT.match(prose[share.end : share.end + 20]):
                figures = (*before[-12:], *found[:index])
                earlier = [
                    # the sentence before: its last figures only, so a long one is not read again per share
                    q
                    for q in figures
                    if (m := same_measure(part, q))
                    and m[1].value > m[0].value
                    and not _carries_share(prose, q, figures)
                ]
                if not earlier:
                    continue
                whole = earlier[-1]
            elif (named := _OF_NAMED_WHOLE.match(prose, share.end)) and (
                whole := _named_whole(prose, part, named.group("what"), (*before[-12:], *found[:index]))
            ):
                pass  # "10.8 million (17% of the UK population)": the whole is the level of that subject
            elif _SHARE_NOUN.match(prose, share.end):
                # "... shipments worldwide of 342.0 million units. Samsung shipped 71.5 million
                # units, a 20.9 percent market share": the whole is the one larger figure of the
                # part's measure in the sentence before, and the part is its sentence's only one
                if any(q is not part and same_measure(part, q) for q in found):
                    continue
                larger = [q for q in before[-12:] if (m := same_measure(part, q)) and m[1].value > m[0].value]
                if len(larger) != 1:
                    continue
                whole = larger[0]
            else:
                continue
            pair = same_measure(part, whole)
            if (
                pair is None
                and named_after
                and _bare_counts(part, whole)
                and _COUNT_SHARE_OF_COUNT.match(prose[part.end : whole.start])
            ):
                pair = (part, whole)  # small counts, but "16 (73 per cent) out of 22" makes one the share's whole
            hedges = (hedge_before(prose, part.start), hedge_before(prose, whole.start))
            if pair is None or "bound" in hedges:
                continue
            part, whole = pair
            # "About 2.1 million households, 21.6% of the 18.1 million": a hedged figure is read
            # within 5% of its value, not left out
            spread = [q.resolution + (0.05 * q.value if h else 0.0) for q, h in zip((part, whole), hedges, strict=True)]
            low = max(part.value - spread[0], 0) / (whole.value + spread[1]) * 100
            high = (part.value + spread[0]) / max(whole.value - spread[1], 1e-9) * 100
            hedge = hedge_before(prose, share.start)
            if hedge == "bound":
                continue
            slack = share.resolution + 0.1 + (0.05 * share.value if hedge else 0.0)
            if low - slack <= share.value <= high + slack:
                continue
            actual = part.value / whole.value * 100
            yield self.finding(
                share.start,
                share.end,
                f"{part.text} of {whole.text} is {actual:.1f}%, not {share.text}",
                expected=round(actual, 2),
            )

    def _parts_with_shares(self, prose: str, sentence, found: list[Quantity]) -> Iterator[Finding]:
        """ "9,566 or 33.9% were new and 18,691 or 66.1% were used": two or more parts of one
        measure, each joined by "or" to its share of one whole. Each part over its share gives the
        whole; they must agree up to the rounding of the figures. A part after "by" or "a rise of"
        is an increment with its rate, not a part (see :meth:`_step_or_rate`)."""
        pairs = []
        for part, share in pairwise(found):
            if share.unit != "%" or part.unit == "%" or part.is_year or share.value <= 0:
                continue
            if OR_RATE.match(prose, part.end, share.start) and not STEP_OF.search(
                prose, max(sentence.start, part.start - 30), part.start
            ):
                pairs.append((part, share))
        if len(pairs) < 2:
            return
        base = pairs[0][0]
        if any(same_measure(base, part) is None and part.unit != base.unit for part, _ in pairs[1:]):
            return
        wholes = []
        for part, share in pairs:
            low_part, high_part = interval(part)
            low_share, high_share = interval(share)
            wholes.append((low_part / high_share * 100, high_part / max(low_share, 1e-9) * 100))
        low = max(w[0] for w in wholes)
        high = min(w[1] for w in wholes)
        if low <= high * (1 + self.config["tolerance"] / 100):
            return
        (first_part, first_share), (part, share) = pairs[0], pairs[-1]
        whole = first_part.value / first_share.value * 100
        expected = part.value / whole * 100
        yield self.finding(
            share.start,
            share.end,
            f"{part.text} or {share.text} and {first_part.text} or {first_share.text} are shares of different"
            f" wholes ({part.value / share.value * 100:,.0f} against {whole:,.0f}): with the first, {part.text}"
            f" would be {expected:.1f}%",
            expected=round(expected, 2),
        )

    def _bracketed_share_groups(self, prose: str, figures: list[Quantity]) -> Iterator[Finding]:
        """Parts each with its share in brackets right after it, in one paragraph ("9,347
        (65.94%) ... 3,802 (26.82%) ..."), as result lines and tables in prose write them. A run
        of such parts whose shares add up to 100% is a whole broken down; each part over its share
        gives the whole, and they must agree up to rounding. A run is read in groups that each
        make 100% ("formal 14,175 (96.14%), informal 569 (3.86%)" after the candidates' lines);
        a rest that does not is left alone."""
        pairs = []
        for part, share in pairwise(sorted(figures, key=lambda q: q.start)):
            if share.unit != "%" or part.unit == "%" or part.is_year or share.value <= 0 or part.value <= 0:
                continue
            if (
                _BRACKET_OPEN.match(prose[part.end : share.start])
                and CLOSE.match(prose, share.end)
                and not hedge_before(prose, part.start)
                and not hedge_before(prose, share.start)
                and not STEP_OF.search(prose, max(0, part.start - 30), part.start)  # "rose by 500 (5%)": an increment
            ):
                pairs.append((part, share))
        group: list[tuple[Quantity, Quantity]] = []
        for pair in pairs:
            if group and ("\n\n" in prose[group[-1][1].end : pair[0].start] or pair[0].unit != group[0][0].unit):
                group = []
            group.append(pair)
            total = sum(share.value for _, share in group)
            rounding = rounding_of(share for _, share in group) + 0.1
            if total > 100 + rounding:
                group = [pair]  # the run began before a whole's first part
                continue
            if abs(total - 100) <= rounding:
                if len(group) >= 2:
                    yield from self._one_whole(group)
                group = []

    def _one_whole(self, group: list[tuple[Quantity, Quantity]]) -> Iterator[Finding]:
        """The parts of one whole, each with its share: the wholes they imply must agree."""
        wholes = []
        for part, share in group:
            low_part, high_part = interval(part)
            low_share, high_share = interval(share)
            wholes.append((low_part / high_share * 100, high_part / max(low_share, 1e-9) * 100))
        if max(w[0] for w in wholes) <= min(w[1] for w in wholes) * 1.001:  # shares match up to rounding
            return
        if len(group) == 2:  # either may be the wrong one
            (first, first_share), (second, second_share) = group
            yield self.finding(
                first.start,
                second_share.end,
                f"{first.text} ({first_share.text}) and {second.text} ({second_share.text}) imply wholes of"
                f" {first.value / first_share.value * 100:,.0f} and {second.value / second_share.value * 100:,.0f}",
            )
            return
        # the part whose whole stands apart from the others' is the one reported: the furthest
        # from the middle in widths of its own rounding ("26 (0.1%)" may imply anything from
        # 20,800 to 34,700, "14,100 (51.9%)" no more than 27,090 to 27,220)
        middle = sorted(part.value / share.value * 100 for part, share in group)[len(group) // 2]

        def apart(index: int) -> float:
            low, high = wholes[index]
            return max(low - middle, middle - high, 0.0) / max(high - low, 1e-9)

        part, share = group[max(range(len(group)), key=apart)]
        yield self.finding(
            part.start,
            share.end,
            f"{part.text} ({share.text}) implies a whole of {part.value / share.value * 100:,.0f}; the other"
            f" parts with their shares imply {middle:,.0f}, where it would be {part.value / middle * 100:.2f}%",
            expected=round(part.value / middle * 100, 2),
        )

    def _listed_shares(
        self, prose: str, sentence, found: list[Quantity], before: list[Quantity] = ()
    ) -> Iterator[Finding]:
        """A list of three or more shares of one whole ("60% ..., 35% ... and 15% ...") adding past 100%.

        The list may begin in the sentence before, of the same paragraph, when that sentence's
        figures are all shares of a named whole ("won 85.0% of the vote. B took 6.4%, C 5.0% ...")
        and this sentence's figures are all shares. A hedged share ("about 85%") is read within 5%
        of its value; the whole named after the first share ("of the vote in the April 2004
        election, followed by") may stand between it and the next."""
        carried = _carried_shares(prose, found, before)
        shares = [q for q in found if q.unit == "%"]
        if len(shares) + len(carried) < 3 or len(shares) != len(
            [q for q in found if q.unit == "%" or q.start > shares[0].start]
        ):
            return
        # "one of the 25% sets": a share naming a thing already named, not a part of the whole
        shares = [
            q
            for q in shares
            if not (_ARTICLE_BEFORE.search(prose, max(0, q.start - 5), q.start) and _NOUN_AFTER.match(prose, q.end))
        ]
        if len(shares) + len(carried) < 3:
            return
        if any(_SHARE_IS_CHANGE.search(prose[max(0, q.start - 25) : q.start]) for q in carried):
            return
        if any(_SHARE_IS_CHANGE.search(prose[max(sentence.start, q.start - 25) : q.start]) for q in shares):
            return  # "rose 5%": a change, not a share (a level reached, "fell to 36.4%", still is one)
        if any(_CHANGE_NOUN_AFTER.match(prose, q.end) for q in shares):
            return  # "a 40% increase in throughput, a 50% reduction in ...": rates of change, not shares
        if REMAINDER.search(prose[max(0, shares[-1].start - 30) : shares[-1].start]):
            return
        # "GM 19.1%, down from 25.6% a year earlier; Ford 17.3%, down from 18.4%; ...": each
        # share with its older level after "from"; the current shares are the list
        older = [q for q in shares if FROM.search(prose[max(0, q.start - 30) : q.start])]
        current = [q for q in shares if q not in older]
        if older and len(current) >= 3 and len(older) >= len(current) - 1:
            joins = [prose[a.end : b.start] for a, b in pairwise(current)]
            if not all(sum(1 for q in older if a.end < q.start < b.start) == 1 for a, b in pairwise(current)):
                return
            joins = [_PAIR_JOIN.sub(", ", j) for j in joins]
            shares = current
        elif carried:
            # the sentence break between the carried shares and this sentence's is a join
            joins = [prose[a.end : b.start] for a, b in pairwise(carried)] + [", "]
            joins += [prose[a.end : b.start] for a, b in pairwise(shares)]
            shares = carried + shares
        else:
            joins = [prose[a.end : b.start] for a, b in pairwise(shares)]
        if joins and _WHOLE_AFTER_SHARE.match(joins[0]):
            joins[0] = ", "  # "about 85% of the vote in the April 2004 election, followed by"
        if not all(_SHARE_JOIN.match(j) and ("," in j or " and " in f" {j} ") for j in joins):
            return
        if any(_ALTERNATIVE.search(j) for j in joins):
            return  # "60 percent, two-thirds (67 percent), or three-quarters (75 percent)": choices, not parts
        if sum(1 for q in shares if OTHER_WHOLE.match(prose[q.end : q.end + 20])) >= 2:
            return  # "86% of Trump voters and 87% of Biden voters": shares of different wholes
        hedges = [hedge_before(prose, q.start) for q in shares]
        if "bound" in hedges or any(q.value >= 100 for q in shares):
            return
        total = sum(q.value for q in shares)
        slack = sum(q.resolution + (0.05 * q.value if h else 0.0) for q, h in zip(shares, hedges, strict=True)) + 1.0
        if total - max(q.value for q in shares) > 100 + slack:
            # no one wrong figure explains it: the others alone pass the whole, so the shares
            # overlap ("reaching 73.6% of the app audience, followed by YouTube (52.1%), Google
            # Play (52.1%) ..."): each is a share of people reached, not a slice of one whole
            return
        if total > 100 + slack:
            yield self.finding(
                shares[0].start,
                shares[-1].end,
                f"the shares {', '.join(q.text for q in shares)} add up to {fmt(total)}%, more than the whole",
                expected=100,
            )
