"""What the optimizing tier costs in memory per compiled function, via tracemalloc.

    python3 bench/engine/tier_memory.py [--count 300]

Creates COUNT distinct small functions with a loop and calls each once, in one Engine with the
interpreter only (the tier never reaches its threshold) and in one with --always-opt (each is
compiled at its first call); the difference of the traced Python heap, per function, is the
tier's cost: the generated Python source's code object and the tier's per-function state.
Engine creation is in both measurements and cancels out.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scopejs.api import Engine  # noqa: E402
from scopejs.tiering.options import TierOptions  # noqa: E402


def program(count: int) -> str:
    return "var fs = [];\n" + "".join(
        f"fs.push(function f{i}(a, b) {{ var s = 0; for (var k = 0; k < a; k++) "
        f"s += k * b + {i}; return s; }});\n" for i in range(count))


def traced_bytes(count: int, always_opt: bool) -> int:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    engine = Engine(tier=TierOptions(always_opt=always_opt))
    engine.run_script(program(count))
    engine.run_script("for (var i = 0; i < fs.length; i++) fs[i](3, 2);")
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del engine
    return after - before


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=300)
    args = ap.parse_args()
    interp = traced_bytes(args.count, False)
    opt = traced_bytes(args.count, True)
    print(f"{args.count} functions, each called once: interpreter {interp / args.count:,.0f} B "
          f"per function (engine included), --always-opt {opt / args.count:,.0f} B; the tier "
          f"costs {(opt - interp) / args.count:,.0f} B per compiled function")
    return 0


if __name__ == "__main__":
    sys.exit(main())
