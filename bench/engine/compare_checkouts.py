"""Two checkouts of scopejs on the engine benchmarks, interleaved in one run.

    python3 bench/engine/compare_checkouts.py REFERENCE_ROOT CANDIDATE_ROOT [--rounds 5] [--scale N]
                                              [--instructions [--baseline 1]] [names]

Each round runs every program once in a fresh subprocess of each checkout (their own
bench/engine/run.py --child), alternating which goes first, so machine load hits both alike.
Reports the best time per checkout and the ratio candidate / reference (below 1.0: faster).

``--instructions`` counts instead of timing: each child runs under valgrind's cachegrind
(``--cache-sim=no``) and reports the machine instructions the program took (its run at the
scale minus a run at scale 0 of the same checkout: start-up, imports and the warm-up cancel).
Counts are exact and repeatable (one round is enough), so a change of a few percent is
measurable on a noisy machine, where times move by more than that between runs; they are
not times (a cache miss costs more than an add), so report both.  ``--baseline 1`` subtracts a
run at scale 1 instead: the first repetition, where most of the tier's compiling happens (a
process's first compile of each template costs several times a later one's), cancels too, so
the count is the steady state's -- what the timed best-of-N runs mostly are.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"


def child_command(root, name, scale):
    """One run of program ``name`` by the checkout at ``root`` (its own run.py --child)."""
    return [sys.executable, str(Path(root) / "bench/engine/run.py"), "--child", "scopejs", name,
            "--repeat", "1", "--scale", str(scale)]


def child(root, name, scale):
    proc = subprocess.run(child_command(root, name, scale), capture_output=True, text=True,
                          check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])["time"]


def child_instructions(root, name, scale):
    """Machine instructions of one child run under cachegrind (valgrind must be installed)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind")
    proc = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no",
                           "--cachegrind-out-file=/dev/null", *child_command(root, name, scale)],
                          capture_output=True, text=True, check=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if match is None:
        raise SystemExit(f"no instruction count from valgrind: {proc.stderr[-300:]}")
    return int(match.group(1).replace(",", ""))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reference")
    ap.add_argument("candidate")
    ap.add_argument("names", nargs="*")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--scale", type=int, default=1, help="as run.py --scale")
    ap.add_argument("--instructions", action="store_true",
                    help="count machine instructions under valgrind instead of timing")
    ap.add_argument("--baseline", type=int, default=0,
                    help="with --instructions: subtract a run at this scale (default 0)")
    args = ap.parse_args(argv)
    names = args.names or sorted(p.stem for p in PROGRAMS.glob("*.js"))
    ratios = []
    for root in (args.reference, args.candidate):
        # every module's bytecode cached first: without it (a fresh checkout, or
        # PYTHONDONTWRITEBYTECODE) each child compiles the modules it imports, the tier's
        # lazily imported ones inside the measured run
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(root) / "scopejs")],
                       check=True, env={k: v for k, v in os.environ.items()
                                        if k != "PYTHONDONTWRITEBYTECODE"})
    if args.instructions:
        print(f"{'program':10s} {'reference':>15s} {'candidate':>15s} {'ratio':>7s}")
        for name in names:
            counts = [child_instructions(root, name, args.scale)
                      - child_instructions(root, name, args.baseline)
                      for root in (args.reference, args.candidate)]
            ratio = counts[1] / counts[0]
            ratios.append(ratio)
            print(f"{name:10s} {counts[0]:15,d} {counts[1]:15,d} {ratio:6.3f}x", flush=True)
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geomean':10s} {'':15s} {'':15s} {geomean:6.3f}x")
        return
    print(f"{'program':10s} {'reference':>10s} {'candidate':>10s} {'ratio':>7s}")
    for name in names:
        best = {args.reference: math.inf, args.candidate: math.inf}
        for r in range(args.rounds):
            order = [args.reference, args.candidate][:: 1 if r % 2 == 0 else -1]
            for root in order:
                best[root] = min(best[root], child(root, name, args.scale))
        ratio = best[args.candidate] / best[args.reference]
        ratios.append(ratio)
        print(f"{name:10s} {best[args.reference]:10.3f} {best[args.candidate]:10.3f} "
              f"{ratio:6.3f}x", flush=True)
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geomean':10s} {'':10s} {'':10s} {geomean:6.3f}x")


if __name__ == "__main__":
    main()
