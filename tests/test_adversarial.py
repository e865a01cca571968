"""No input can stall a run: work stays linear on adversarial inputs, and no pattern has a backtracking shape.

Work is counted, never timed: the Python and C calls a lint makes (``sys.setprofile``) and
the lines it runs, each turn of a loop or a comprehension included (``sys.settrace``), on an
input and on the same input four times longer. Calls alone miss a comprehension that scans a
whole paragraph's figures once per clause: one call each, quadratic work inside. A lint that passes
a fixed budget of work per character is stopped there, so a cubic loop fails in seconds instead of
stalling the run. Regular-expression backtracking happens inside one C call, so patterns are
checked by shape (tests/regex_shapes.py). Timings per family are in bench/adversarial.py.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

import pytest
from scrapelint.api import lint_text
from scrapelint.io.config import Settings
from scrapelint.plugin.host import build_registry
from scrapelint.rules import plugin as builtin_rules
from scrapelint.text.lazy import LazyPattern

from .adversarial import INPUTS
from .regex_shapes import shapes

FAMILIES = ["AI", "BP", "CS", "DU", "EN", "FG", "LG", "RD", "SP", "TB"]
SMALL, LARGE = 4_000, 16_000
#: Four times the input may cost at most this many times the work (linear is 4; quadratic 16).
GROWTH = 6.0
#: Work a lint may do per character of any input before it is stopped (the most any input needs
#: today is under 600): a loop over every pair or triple of a long input stops here in seconds
WORK_PER_CHAR = 2_000

#: Patterns the shape check flags that are safe as used, and why.
SAFE_AS_USED = {
    "scrapelint.text.sentences._NEXT_CHAR": "only .match() at one position per sentence end",
    "scrapelint.engine.baseline._AFTER": "only .match() on a bounded slice after a finding",
    "scrapelint.rules.encoding.rules._REFERENCE_HEADING": "the flagged pair follows a fixed word; linear on runs",
    "scrapelint.rules.encoding.rules._SCRIPT_LINK": "the flagged pair follows 'javascript:void'; linear on runs",
    "scrapelint.rules.figures.arithmetic.changes._AFTER_TO": "anchored; the flagged pair is split by a required mark",
    "scrapelint.rules.figures.facts._HEADER_METRIC": "anchored and applied to one table header cell",
    "scrapelint.rules.figures.timeline.CURRENT_CUE": "the flagged pair follows a fixed cue word; linear on runs",
}


@pytest.fixture(scope="module")
def registry():
    return build_registry()


class _WorkLimit(BaseException):
    """Raised inside a lint once its work passes the limit: the input is super-linear already. A
    BaseException, so that the engine, which reports a rule's errors and goes on, lets it through."""


def counted_work(text: str, family: str, registry, limit: float | None = None) -> int:
    """The calls and lines a lint runs; past ``limit`` the lint is stopped and ``limit + 1`` is
    returned, so a cubic loop fails the test in the time a linear one would take, not hours."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    def lines(frame, event, arg):
        nonlocal calls
        if event == "line":
            calls += 1
            if limit is not None and calls > limit:
                raise _WorkLimit
        return lines

    settings = Settings(max_chars=10 * LARGE)
    sys.setprofile(count)
    sys.settrace(lines)
    try:
        lint_text(text, settings=settings, registry=registry, select=[family], language="en")
    except _WorkLimit:
        return int(limit) + 1
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("family", FAMILIES)
def test_work_grows_linearly_on_adversarial_inputs(family, registry):
    lint_text("warm up the lazy imports and patterns.", registry=registry, select=[family])
    super_linear = {}
    for name, make in INPUTS.items():
        # the first run of an input compiles the patterns it reaches and fills caches: that one-time
        # work, counted at the small size, would hide a quadratic loop at the large one
        counted_work(make(SMALL), family, registry, limit=WORK_PER_CHAR * SMALL)
        small = counted_work(make(SMALL), family, registry, limit=WORK_PER_CHAR * SMALL)
        if small > WORK_PER_CHAR * SMALL:
            super_linear[name] = f"over {WORK_PER_CHAR} per character at {SMALL} characters"
            continue
        large = counted_work(make(LARGE), family, registry, limit=WORK_PER_CHAR * LARGE)
        if large > WORK_PER_CHAR * LARGE:
            super_linear[name] = f"over {WORK_PER_CHAR} per character at {LARGE} characters"
            continue
        if large > GROWTH * small + 2_000:
            # a rule that starts judging past a length threshold jumps once; a super-linear
            # loop grows again over the next step
            bound = GROWTH * large + 2_000
            larger = counted_work(make(4 * LARGE), family, registry, limit=bound)
            if larger > bound:
                super_linear[name] = f"x{round(larger / max(large, 1), 1)} or more"
    assert not super_linear, f"{family}: work grew super-linearly (x4 input -> x work): {super_linear}"


def _module_patterns():
    names = {"scrapelint.rules._tokens", "scrapelint.rules._scripts", "scrapelint.rules._textstats"}
    for family in builtin_rules.FAMILIES:
        package = importlib.import_module(family)
        names |= {family} | {info.name for info in pkgutil.walk_packages(package.__path__, family + ".")}
    for layer in ("scrapelint.text", "scrapelint.io", "scrapelint.engine"):
        package = importlib.import_module(layer)
        names |= {info.name for info in pkgutil.walk_packages(package.__path__, layer + ".")}
    for name in sorted(names):
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if isinstance(value, LazyPattern):
                value = value.compiled  # a pattern compiled on first use is checked all the same
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{name}.{attribute}", value


def test_no_pattern_has_a_backtracking_shape():
    risky = {
        name: found for name, pattern in _module_patterns() if (found := shapes(pattern)) and name not in SAFE_AS_USED
    }
    assert not risky, risky


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[\W_]+|[\W_]+$",  # duplication's old edge trimming
        r"[A-Za-z_]\w*\.\w+\(",  # casing's old code-line call branch
        r"[.!?…]+[\"'”’)\]]*(?=\s+|$)",  # the old sentence end
        r"^[\s:=_~-]*[-=]{2,}[\s:=_~-]*$",  # tables' old delimiter-like cell
        r"^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*$",  # the old Markdown delimiter row
        r"<!--\s*scrapelint\s*:\s*(disable|enable)\b\s*(?:=\s*([\w\s,-]*?))?\s*-->",  # the old directive
    ],
)
def test_the_shape_check_catches_the_patterns_that_stalled_runs(pattern):
    assert shapes(re.compile(pattern))


def test_safe_list_names_only_patterns_that_exist():
    names = {name for name, _ in _module_patterns()}
    assert set(SAFE_AS_USED) <= names
