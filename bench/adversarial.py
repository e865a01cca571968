"""Time per rule family on adversarial inputs at 10 KB, 100 KB and 1 MB.

Linear rules take about ten times longer per size step; a ratio well above ten
between two sizes marks a super-linear pattern. The inputs are those of
tests/adversarial.py (runs of letters, digits, punctuation, brackets, quotes,
capitals, mixed scripts, table rows and columns, repeated phrases, dates).

    python bench/adversarial.py                    # every family, every input
    python bench/adversarial.py --family CS DU     # some families
    python bench/adversarial.py --sizes 10000 100000 --budget 20

An input that takes longer than ``--budget`` seconds at one size is not run at
the larger sizes (printed as ``>budget``).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapelint.api import lint_text  # noqa: E402
from scrapelint.io.config import Settings  # noqa: E402
from scrapelint.plugin.host import build_registry  # noqa: E402

from tests.adversarial import INPUTS  # noqa: E402

FAMILIES = ["AI", "BP", "CS", "DU", "EN", "FG", "LG", "RD", "SP", "TB"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", nargs="*", default=FAMILIES)
    parser.add_argument("--input", nargs="*", default=list(INPUTS))
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--budget", type=float, default=30.0, help="seconds before larger sizes are skipped")
    args = parser.parse_args()

    registry = build_registry()
    settings = Settings(max_chars=max(args.sizes) + 1000, as_of=None)
    header = f"{'family':<7}{'input':<28}" + "".join(f"{size // 1000:>9} KB" for size in args.sizes) + "   ratio"
    print(header)
    worst: list[tuple[float, str, str]] = []
    for family in args.family:
        for name in args.input:
            cells, times, over = [], [], False
            for size in args.sizes:
                if over:
                    cells.append(f"{'>' + format(args.budget, 'g'):>12}")
                    continue
                text = INPUTS[name](size)
                began = time.perf_counter()
                lint_text(text, settings=settings, registry=registry, select=[family], language="en")
                elapsed = time.perf_counter() - began
                times.append(elapsed)
                cells.append(f"{elapsed:>11.3f}s")
                over = elapsed > args.budget
            ratio = max((b / max(a, 1e-3) for a, b in itertools.pairwise(times)), default=0.0)
            worst.append((ratio, family, name))
            print(f"{family:<7}{name:<28}" + "".join(cells) + f"   {ratio:5.1f}", flush=True)
    steps = sorted({round(b / a, 1) for a, b in itertools.pairwise(args.sizes)})
    print(f"\nlargest size-step ratios (linear is the size step: {', '.join(f'x{step:g}' for step in steps)}):")
    for ratio, family, name in sorted(worst, reverse=True)[:8]:
        print(f"  {family} {name}: {ratio:.1f}")


if __name__ == "__main__":
    main()
