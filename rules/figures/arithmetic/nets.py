"""A net figure against the gain and the loss it is the balance of: "added 246,000 payroll jobs,
for a net gain of 236,000, taking into account a decrease of 10,000"; "the flow ... was 517,800
and the outflow ... was 332,100. This means that net migration was 185,700"; "In all, the
economy added 120,000 jobs. ... picked up 140,000 private sector jobs, while losing 20,000".

A net is what is left of what came in once what went out is taken away. The text names the
net ("net", or a sentence that opens with "In all" or "In total" and gives one figure), and
somewhere near it, in one sentence, gives two figures of the net's measure, one marked as what
went out (a word of loss or fall, an outflow) and one not: the first less the second must be
the net, within rounding and ``tolerance``. A sentence with more than two figures of the measure
besides the net, or two marked alike, is no such pair.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.model.finding import Finding
from scrapelint.rules.figures.arithmetic.cues import DECREASE
from scrapelint.rules.figures.arithmetic.measures import same_measure, shown
from scrapelint.rules.figures.quantities import Quantity, hedge_before, rounding_of
from scrapelint.text.lazy import lazy

#: A figure named as a net: "net gain of", "net migration was", "a net 5,000"
_NET_BEFORE = lazy(r"(?i)\bnet\b(?:\s++[a-z]++){0,2}?\s*+(?:of|was|were|is|at|to|totall?ed)?\s*+$")
#: A net that is a loss: the balance runs the other way
_NET_LOSS = lazy(r"(?i)\bnet\s++(?:loss|decrease|decline|outflow|fall|drop)\b")
#: A sentence that opens by saying its one figure is the whole of the movement
_ALL_OPENER = lazy(r"(?i)\s*+(?:in\s++all|in\s++total|all\s++told)\b\s*+,")
#: What went out, in the words right before a figure of its clause
_OUT_BEFORE = lazy(rf"(?i)\b(?:{DECREASE}|losing|shed(?:ding)?|outflows?|emigration|departures?)\b[^.;\d%]{{0,30}}$")
#: How many sentences away from the net its gain and loss may be given
_REACH = 3


class NetReaders:
    """The reader of FG005 for a net against the gain and loss it balances."""

    def _nets(self, prose: str, sentences: list, paragraph: list[int], grouped: dict) -> Iterator[Finding]:
        for index in paragraph:
            sentence = sentences[index]
            for net in self._named_nets(prose, sentence, grouped[index]):
                pairs = []
                for other in (i for i in paragraph if abs(i - index) <= _REACH):
                    figures = [q for q in grouped[other] if q is not net]
                    pair = self._gain_and_loss(prose, sentences[other], figures, net)
                    if pair is not None:
                        pairs.append(pair)
                if len(pairs) != 1:
                    continue
                gain, loss = pairs[0]
                yield from self._net_against(prose, net, gain, loss)

    @staticmethod
    def _named_nets(prose: str, sentence, found: list[Quantity]) -> list[Quantity]:
        amounts = [q for q in found if q.unit != "%" and not q.is_year]
        named = [q for q in amounts if _NET_BEFORE.search(prose, max(sentence.start, q.start - 40), q.start)]
        if not named and len(amounts) == 1 and _ALL_OPENER.match(prose, sentence.start):
            named = amounts
        return named if len(named) == 1 else []

    @staticmethod
    def _gain_and_loss(prose: str, sentence, figures: list[Quantity], net: Quantity):
        """The two figures of the net's measure in the sentence, one marked as going out: (gain, loss)."""
        same = [q for q in figures if q.unit != "%" and not q.is_year and same_measure(q, net) is not None]
        if len(same) != 2:
            return None
        marked = []
        previous = sentence.start
        for q in sorted(same, key=lambda f: f.start):
            start = max(previous, q.start - 45)
            marked.append(_OUT_BEFORE.search(prose, start, q.start) is not None)
            previous = q.end
        if marked.count(True) != 1:
            return None
        loss = same[marked.index(True)]
        gain = same[marked.index(False)]
        return gain, loss

    def _net_against(self, prose: str, net: Quantity, gain: Quantity, loss: Quantity) -> Iterator[Finding]:
        if any(hedge_before(prose, q.start) for q in (net, gain, loss)):
            return
        first, second = same_measure(gain, net), same_measure(loss, net)
        if first is None or second is None:
            return
        gain_value, net_value = first[0].value, first[1].value
        loss_value = second[0].value
        sign = -1 if _NET_LOSS.search(prose, max(0, net.start - 40), net.start) else 1
        expected = sign * (gain_value - loss_value)
        if expected <= 0:
            return
        slack = rounding_of((net, gain, loss)) + self.config["tolerance"] / 100 * expected
        if abs(expected - net_value) <= slack:
            return
        yield self.finding(
            net.start,
            net.end,
            f"{gain.text} in and {loss.text} out leave a net of {shown(expected, net)}, not {net.text}",
            expected=expected / net.factor,
        )


__all__ = ["NetReaders"]
