"""Bytes per createCounter() result (one context, two closures, one object), via tracemalloc.

    python3 bench/engine/memory.py [--count 100000]

Creates COUNT counters in scopejs and keeps them all alive in a JS array, measuring the traced
Python heap before and after; the array's own growth (one list slot per element) is subtracted.
"""
from __future__ import annotations

import argparse
import io
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SETUP = """
function createCounter(initial) {
  var counter = initial;
  function increment(value) { counter += value; }
  function get() { return counter; }
  return { increment: increment, get: get };
}
var keep = [];
"""
MAKE = "for (var i = 0; i < %d; i++) keep.push(createCounter(i));"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    args = ap.parse_args(argv)
    from scopejs.api import Engine
    engine = Engine(stdout=io.StringIO())
    engine.run_script(SETUP, "setup.js")
    engine.run_script(MAKE % 10, "warmup.js")        # compile everything first
    engine.run_script("keep = [];", "reset.js")
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    engine.run_script(MAKE % args.count, "make.js")
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    list_slots = 8 * args.count  # the JS array's backing list: one pointer per element
    per = (grown - list_slots) / args.count
    print(f"createCounter(): {per:.0f} bytes per result "
          f"(context + 2 closures + 1 object; {args.count} kept alive, array slots excluded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
