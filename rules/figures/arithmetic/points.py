"""A change written in percentage points against the two percentages it lies between."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import CHANGE_WORD, FROM, OLD_MARKER
from scrapelint.rules.figures.arithmetic.measures import content_words, fmt
from scrapelint.rules.figures.arithmetic.next_sentence import _older_newer, _same_or_led
from scrapelint.rules.figures.quantities import Quantity, hedge_before
from scrapelint.text.lazy import lazy

#: Right after a figure: it counts percentage points ("4.8 percentage points", "a 2.8-percentage-point
#: rise") or basis points, hundredths of a point ("25 basis points", "25bps"). "points" alone is left
#: out: it also counts goals and index points.
_POINT_AFTER = lazy(
    r"(?i)[\s-]*+(?:(?:percentage|percent|pct\.?)[\s-]++(?:points?|pts?)\b|(?P<basis>basis[\s-]++points?|bps?)\b)"
)

#: A change word just before the points ("jumped almost 5 percentage points") ...
_CHANGE_BEFORE = 40
#: ... or just after them ("a 2.8 percentage point increase", "5 points higher than")
_CHANGE_AFTER = 25


class PointReaders:
    """The readers of FG005 for: a change written in percentage points against the two
    percentages it lies between, in its sentence or the next one."""

    def _points_changes(self, prose: str, sentences: list, grouped: dict[int, list[Quantity]]) -> Iterator[Finding]:
        """ "The rate rose 2.8 percentage points from 72.2% to 77%", "The district's graduation rate
        jumped almost 5 percentage points. The district hit a 79% graduation rate, up from 72.2%":
        a figure of percentage (or basis) points joined to a change word is the difference of two
        percentages, so it must be the gap between the two the text gives, one marked as the
        older. The two percentages are the only ones of the point's sentence (none besides the
        points), or else the only ones of the next sentence of the paragraph, on the same thing
        (a content word in common). One look at each sentence and the next."""
        for index, found in grouped.items():
            steps = [(q, m) for q in found if not q.unit and (m := _POINT_AFTER.match(prose, q.end))]
            if len(steps) != 1:
                continue
            step, words = steps[0]
            sentence = sentences[index]
            window = prose[
                max(sentence.start, step.start - _CHANGE_BEFORE) : min(sentence.end, words.end() + _CHANGE_AFTER)
            ]
            if CHANGE_WORD.search(window) is None or hedge_before(prose, step.start) == "bound":
                continue
            percents = [q for q in found if q.unit == "%"]
            if percents:
                if len(percents) == 2:
                    yield from self._points_against(prose, sentence, step, words, percents)
                continue
            following = index + 1
            if following >= len(sentences) or following not in grouped:
                continue
            second = sentences[following]
            later = grouped[following]
            percents = [q for q in later if q.unit == "%"]
            if len(percents) != 2 or any(_POINT_AFTER.match(prose, q.end) for q in later if not q.unit):
                continue
            if not _same_or_led(prose, sentence, second):
                continue
            if not content_words(prose[sentence.start : sentence.end]) & content_words(
                prose[second.start : second.end]
            ):
                continue
            yield from self._points_against(prose, second, step, words, percents)

    def _points_against(self, prose: str, span, step: Quantity, words, percents: list[Quantity]) -> Iterator[Finding]:
        """The points ``step`` against the gap between ``percents``, one of them marked as the older
        ("from", "against", "compared with" right before it, or the other reached "to")."""
        marked = [
            bool(
                OLD_MARKER.search(prose, max(span.start, q.start - 25), q.start)
                or FROM.search(prose, max(span.start, q.start - 30), q.start)
            )
            for q in percents
        ]
        if marked.count(True) == 1:
            old, new = (percents[0], percents[1]) if marked[0] else (percents[1], percents[0])
        elif (roles := _older_newer(prose, span, (percents[0], percents[1]))) is not None:
            old, new = roles
        else:
            return
        if any(hedge_before(prose, q.start) for q in (old, new)):
            return
        factor = 0.01 if words.group("basis") else 1.0
        stated = step.value * factor
        hedge = hedge_before(prose, step.start)
        actual = new.value - old.value
        slack = (step.resolution * factor + old.resolution + new.resolution) * 1.0001
        if hedge is not None:
            slack += 0.1 * stated  # "almost 5 percentage points"
        if abs(abs(actual) - stated) > slack:
            yield self.finding(
                step.start,
                words.end(),
                f"{old.text} to {new.text} is a change of {fmt(round(abs(actual), 4))} percentage points, "
                f"not {prose[step.start : words.end()].strip()}",
                expected=round(abs(actual) / factor, 4),
            )
