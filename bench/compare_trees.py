"""Same programs, two scopejs checkouts, one run: `python3 bench/compare_trees.py REF_TREE
[--repeat 3] [names ...]`.

Runs every bench/engine/programs/*.js and every bench/interpreter_micro.py case with the
checkout this file lives in and with REF_TREE (for example /work/main), interleaved, each in a
fresh subprocess, best of --repeat; prints seconds and the ratio this/ref (below 1.0: this tree
is faster).  For reading only; never asserted.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
THIS = HERE.parent
CHILD = r"""
import io, json, sys, time
sys.path.insert(0, sys.argv[1])
sys.setrecursionlimit(20000)
from scopejs.api import Engine
src = open(sys.argv[2]).read() if sys.argv[3] == "file" else sys.argv[2]
out = io.StringIO()
start = time.process_time()
engine = Engine(stdout=out)
engine.run_script(src, "bench.js")
engine.run_jobs()
print(json.dumps([time.process_time() - start, out.getvalue()[-200:]]))
"""


def cases():
    for path in sorted((HERE / "engine" / "programs").glob("*.js")):
        yield path.stem, str(path), "file"
    sys.path.insert(0, str(HERE))
    from interpreter_micro import CASES
    for name, src in CASES.items():
        yield f"micro:{name}", src, "text"


def measure(tree, src, kind):
    done = subprocess.run([sys.executable, "-c", CHILD, str(tree), src, kind],
                          capture_output=True, text=True, timeout=600)
    if done.returncode:
        return float("inf"), done.stderr[-300:]
    return tuple(json.loads(done.stdout.splitlines()[-1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ref")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    ratios = []
    print(f"{'case':<22}{'this s':>9}{'ref s':>9}{'this/ref':>10}")
    for name, src, kind in cases():
        if args.names and name not in args.names:
            continue
        best = {THIS: float("inf"), args.ref: float("inf")}
        outs = {}
        for _ in range(args.repeat):
            for tree in (THIS, args.ref):
                t, out = measure(tree, src, kind)
                best[tree] = min(best[tree], t)
                outs[tree] = out
        ratio = best[THIS] / best[args.ref]
        ratios.append(ratio)
        flag = "" if outs[THIS] == outs[args.ref] else "  OUTPUT DIFFERS"
        print(f"{name:<22}{best[THIS]:>9.3f}{best[args.ref]:>9.3f}{ratio:>10.2f}{flag}")
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        print(f"{'geometric mean':<40}{geo ** (1 / len(ratios)):>10.2f}")


if __name__ == "__main__":
    main()
