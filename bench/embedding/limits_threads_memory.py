"""Embedding numbers for docs/embedding.md (not a test; prints measurements):

1. limit precision: time limits 0.1, 0.5, 2 s on a JS loop and on long built-ins, when each fired;
2. two Engines in two threads, N evaluations each, cross-talk count;
3. 1,000 Engines created and dropped: RSS and tracemalloc before/after.

    python3 bench/embedding/limits_threads_memory.py [--evals 10000] [--engines 1000]
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
import tracemalloc

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from scopejs import Engine, ResourceLimitError  # noqa: E402
from scopejs.host.limits import process_memory  # noqa: E402

WORKLOADS = {
    "JS loop": "for (;;) {}",
    "Array.from (built-in)": "Array.from({length: 2 ** 32 - 1})",
    "regexp backtracking": "/(a+)+$/.test('a'.repeat(40) + 'b')",
    "join (built-in)": "new Array(1e8).join('x')",
    "split/reverse (built-ins)": "'ab'.repeat(2 ** 23).split('').reverse().join('')",
    "JSON.stringify (built-in)": "JSON.stringify('ab'.repeat(2 ** 27))",
}


def precision():
    # The first hot loop of a process sets up the optimizing tier (its templates) inside the
    # loop, before the next limit check: measured once, then the table runs warm.
    js = Engine(timeout=0.1)
    start = time.monotonic()
    try:
        js.eval("for (;;) {}")
    except ResourceLimitError:
        print(f"first JS loop of the process (0.1 s limit, tier set-up included): "
              f"{time.monotonic() - start:.3f} s")
    print("limit  workload                   fired after (s)")
    for limit in (0.1, 0.5, 2.0):
        for name, source in WORKLOADS.items():
            js = Engine(timeout=limit)
            js.eval("1")      # warm the realm
            start = time.monotonic()
            try:
                js.eval(source)
                outcome = "finished"
            except ResourceLimitError:
                outcome = f"{time.monotonic() - start:.3f}"
            print(f"{limit:<6} {name:<26} {outcome}", flush=True)


def threads(evals):
    errors = []

    def tenant(name):
        js = Engine()
        js.eval(f"var who = {name!r}; var n = 0;")
        for i in range(evals):
            if js.eval("n++; who + n") != f"{name}{i + 1}":
                errors.append(name)
    start = time.monotonic()
    ts = [threading.Thread(target=tenant, args=(n,)) for n in ("alice", "bob")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(f"2 threads x {evals} evaluations: {len(errors)} cross-talk errors, "
          f"{time.monotonic() - start:.1f} s")


def lifetime(count):
    def once():
        js = Engine()
        js.eval("var a = Array.from({length: 100}, (_, i) => ({i})); Proxy.revocable({}, {}); "
                "/x+/.test('xx'); JSON.stringify(a)")
        js.expose("f", lambda x: x)
        js.eval("f(a)")
    for _ in range(20):
        once()
    gc.collect()
    tracemalloc.start()
    rss0 = process_memory()[1]
    traced0 = tracemalloc.get_traced_memory()[0]
    for i in range(count):
        once()
        if (i + 1) % (count // 4) == 0:
            gc.collect()
            print(f"  after {i + 1:>5} Engines: RSS {process_memory()[1] / 2**20:7.1f} MB, "
                  f"traced {(tracemalloc.get_traced_memory()[0] - traced0) / 2**20:6.2f} MB")
    gc.collect()
    print(f"{count} Engines created and dropped: RSS {rss0 / 2**20:.1f} -> "
          f"{process_memory()[1] / 2**20:.1f} MB, live Python memory growth "
          f"{(tracemalloc.get_traced_memory()[0] - traced0) / 2**20:.2f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--evals", type=int, default=10_000)
    ap.add_argument("--engines", type=int, default=1_000)
    ap.add_argument("--only", choices=["precision", "threads", "lifetime"])
    args = ap.parse_args()
    if args.only in (None, "precision"):
        precision()
    if args.only in (None, "threads"):
        threads(args.evals)
    if args.only in (None, "lifetime"):
        lifetime(args.engines)
