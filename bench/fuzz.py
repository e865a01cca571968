"""Run the property-based tests (tests/test_properties.py) with many more examples than CI does.

    python bench/fuzz.py                 # 2,000 examples per property
    python bench/fuzz.py --examples 10000 --seed 7

Prints, per property, the examples run and the first failure (hypothesis shrinks
it to a minimal document); exits 1 when any property failed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, seed, settings  # noqa: E402

from tests import test_properties as properties  # noqa: E402

PROPERTIES = {
    "lint+formatters": properties.test_any_document_lints_and_reports_without_crashing,
    "text fixes": properties.test_text_fixes_are_confined_and_idempotent,
    "jsonl fix": properties.test_jsonl_fix_keeps_every_byte_outside_the_text,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2_000, help="examples per property")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--property", nargs="*", default=list(PROPERTIES))
    args = parser.parse_args()

    many = settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    from scrapelint.api import make_engine
    from scrapelint.io.config import Settings
    from scrapelint.plugin.host import build_registry

    registry = build_registry()
    fixture = (make_engine(Settings(select=["ALL"]), registry), registry)
    failed = 0
    print(f"{'property':<18}{'examples':>10}{'seconds':>10}  result")
    for name in args.property:
        test = many(PROPERTIES[name])
        if args.seed is not None:
            test = seed(args.seed)(test)
        began = time.perf_counter()
        try:
            test(engine_and_registry=fixture)
            outcome = "ok"
        except Exception as exc:  # report and go on with the other properties
            failed += 1
            outcome = f"FAILED: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            traceback.print_exc(limit=3)
        elapsed = time.perf_counter() - began
        print(f"{name:<18}{properties.EXAMPLES.get(name, 0):>10}{elapsed:>10.1f}  {outcome}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
