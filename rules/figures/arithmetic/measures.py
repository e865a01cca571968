"""Two figures of one measure compared in one representation, and figures written back as the text writes them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from scrapelint.rules.figures.quantities import Quantity
from scrapelint.text.lazy import lazy

if TYPE_CHECKING:
    from scrapelint.model.finding import Finding
    from scrapelint.model.rule import Rule

LONG_WORD = lazy(r"[A-Za-z]{5,}+")


def same_measure(old: Quantity, new: Quantity) -> tuple[Quantity, Quantity] | None:
    """Two values of one measure in one representation, or ``None``.

    A unit written once covers both ("from 6.78 million barrels to 12.76 million"), and so
    does a scale word ("from 4 to 5 million"); percentages are left out (points or percent?).
    """
    if "%" in (old.unit, new.unit):
        return None
    unit = old.unit or new.unit
    if old.unit and new.unit and old.unit != new.unit:
        return None
    scale_old, scale_new = old.scale, new.scale
    if scale_old == 1.0 and scale_new != 1.0 and old.value < 1000:
        scale_old = scale_new
    elif scale_new == 1.0 and scale_old != 1.0 and new.value < 1000:
        scale_new = scale_old
    # a prefixed unit written once covers a bare count beside it: "44,947 megawatts, lower than
    # the 46,797" (both in megawatts; the scale word alone, "4 million", covers only small numbers)
    elif scale_old == 1.0 and not old.unit and new.factor != 1.0:
        scale_old = new.factor
    elif scale_new == 1.0 and not new.unit and old.factor != 1.0:
        scale_new = old.factor
    if not unit and scale_old == 1.0 and scale_new == 1.0 and min(old.value, new.value) < 100:
        return None  # bare small numbers: counts of different things as often as one measure
    old = replace(old, value=old.value / old.scale * scale_old, unit=unit, scale=scale_old, is_year=False)
    new = replace(new, value=new.value / new.scale * scale_new, unit=unit, scale=scale_new, is_year=False)
    return (old, new) if old.value > 0 else None


def content_words(text: str) -> set[str]:
    """Words of five letters or more, lower-cased, a plural "s" left off: what two sentences
    share when they speak of the same thing ("vehicles" and "vehicle")."""
    return {word.lower().removesuffix("s") for word in LONG_WORD.findall(text)}


def interval(quantity: Quantity) -> tuple[float, float]:
    return quantity.value - quantity.resolution, quantity.value + quantity.resolution


def fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def shown(value: float, like: Quantity) -> str:
    """A value in base units, written in the prefixed unit of ``like`` ("0.4 GW", not 400,000,000)."""
    if like.factor == 1.0:
        return fmt(value)
    return f"{fmt(value / like.factor)} {like.text.split()[-1]}"


def increment_finding(rule: Rule, step: Quantity, old: Quantity, new: Quantity) -> Finding | None:
    """A finding on a stated increment that misses the difference of its two levels by more than
    the rounding of all three figures and the rule's ``tolerance`` percent, else ``None``."""
    actual = abs(new.value - old.value)
    slack = step.resolution + old.resolution + new.resolution + rule.config["tolerance"] / 100 * max(actual, step.value)
    if abs(actual - step.value) <= slack:
        return None
    return rule.finding(
        step.start,
        step.end,
        f"{old.text} to {new.text} is a change of {shown(actual, new)}, not {step.text}",
        expected=actual / new.factor,
    )
