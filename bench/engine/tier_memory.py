"""What the optimizing tier costs in memory per compiled function, via tracemalloc.

    python3 bench/engine/tier_memory.py [--count 60]

Creates COUNT distinct small functions with a loop, in an Engine with --always-opt, calls each
once (each is compiled at its first call) and measures the traced Python heap around every
``Tier.optimize`` (after a gc): what stays allocated is the compiled function's cost -- the
generated code object, its closure cells (decode-time values, its DirectInfo and line table),
the tier's per-function state.  The process-wide caches (lowered lines, shared lowerings,
compiled sources: bounded, oldest entries dropped first) are emptied around each compilation so
that they are not counted; their bound is printed.  The first compilation of the process is left
out (it loads the templates).  Printed: median and mean bytes.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scopejs.api import Engine  # noqa: E402
from scopejs.tiering import tier as tier_module  # noqa: E402
from scopejs.tiering.options import TierOptions  # noqa: E402
from scopejs.interpreter.cases import templates  # noqa: E402
from scopejs.tiering import codegen  # noqa: E402

CACHES = (templates._LINES, codegen._SHARED, tier_module._CODE)


def program(count: int) -> str:
    return "var fs = [];\n" + "".join(
        f"fs.push(function f{i}(a, b) {{ var s = 0; for (var k = 0; k < a; k++) "
        f"s += k * b + {i}; return s; }});\n" for i in range(count))


def measure(count: int) -> list:
    deltas = []
    optimize = tier_module.Tier.optimize

    def traced(self, *args, **kwargs):
        for cache in CACHES:
            cache.clear()
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        result = optimize(self, *args, **kwargs)
        for cache in CACHES:
            cache.clear()
        gc.collect()
        deltas.append(tracemalloc.get_traced_memory()[0] - before)
        return result

    tier_module.Tier.optimize = traced
    tracemalloc.start()
    try:
        engine = Engine(tier=TierOptions(always_opt=True))
        engine.run_script(program(count))
        engine.run_script("for (var i = 0; i < fs.length; i++) fs[i](3, 2);")
    finally:
        tracemalloc.stop()
        tier_module.Tier.optimize = optimize
    return deltas[1:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=60)
    args = ap.parse_args()
    deltas = sorted(measure(args.count))
    print(f"{len(deltas)} compiled functions (20 instructions, one loop): median "
          f"{deltas[len(deltas) // 2]:,} B, mean {sum(deltas) // len(deltas):,} B per function; "
          f"process-wide caches bounded at {templates._LINES_LIMIT:,} lowered lines, "
          f"{codegen._SHARED_LIMIT:,} shared lowerings, {tier_module._CODE_LIMIT:,} compiled "
          f"sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
