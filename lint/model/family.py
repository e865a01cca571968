"""A rule family: the two-letter prefix its codes share, a title people read, and a score weight.

Each family declares itself beside its rules and offers the declaration through the
``scrapelint_families`` hook, so the engine scores and displays a third-party family exactly
as it does a built-in one, and holds no table of family names or weights of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

PREFIX_PATTERN = re.compile(r"^[A-Z]{2}$")
#: The weight of a family that declared none (or whose rules came without a declaration).
DEFAULT_WEIGHT = 1.0


@dataclass(frozen=True)
class Family:
    """``prefix`` (two capitals, the start of every code), ``title`` and score ``weight``.

    The weight says how much one finding of the family tells about a document's quality:
    it multiplies the severity cost in the document score (docs/score.md).
    """

    prefix: str
    title: str
    weight: float = DEFAULT_WEIGHT

    def __post_init__(self) -> None:
        if not PREFIX_PATTERN.match(self.prefix):
            raise ValueError(f"family prefix {self.prefix!r} is not two capital letters")
        if not self.weight >= 0:
            raise ValueError(f"family {self.prefix}: weight {self.weight!r} must be zero or more")


def weights(families: Iterable[Family]) -> dict[str, float]:
    """Prefix to weight, the form the score needs (and workers receive)."""
    return {family.prefix: family.weight for family in families}


def title_of(prefix: str, families: Mapping[str, Family]) -> str:
    """A family's title, or an empty string for an undeclared prefix."""
    family = families.get(prefix)
    return family.title if family else ""
