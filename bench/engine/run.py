"""Engine benchmarks, side by side in one run: scopejs vs CPython (twins) vs Js2Py (and node).

    python3 bench/engine/run.py [--repeat 3] [--scale N] [--no-js2py] [--markdown] [names ...]

Each program in programs/ is plain ES5 (so Js2Py, scopejs and node run the same source) and has a
Python twin (same algorithm, idiomatic Python).  Every measurement runs in a fresh subprocess and
reports the best of --repeat runs of the whole program (parse + compile + run) in CPU time of the
process (time.process_time: the machine is shared), plus the output,
which must agree across engines (a disagreement is printed, never hidden).  Ratios are
scopejs time / reference time: below 1.0 means scopejs is faster.  ``scopejs`` is the engine with
its optimizing tier (the default), ``no-opt`` the interpreter alone (--no-opt).  ``--scale N``
makes the run compute-dominated: the JS program becomes the body of a function called N times
(parsed once) and the Python twin's code object is executed N times in one namespace.  Nothing here is asserted by
tests: timings are for reading, not for CI.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROGRAMS = HERE / "programs"
ENGINES = ("scopejs", "no-opt", "cpython", "js2py", "node")


def scaled_js(js: str, scale: int) -> str:
    if scale == 1:
        return js
    return f"function __bench() {{\n{js}\n}}\nfor (var __rep = 0; __rep < {scale}; __rep++) __bench();\n"


def _warm_up():
    """One-time process costs kept out of the timings, as imports are (start-up is measured
    on its own: bench/engine/startup.py): the first realm's setup and the parse of the opcode
    templates the tier lowers from.  No program code is compiled or cached here."""
    from scopejs.api import Engine
    from scopejs.interpreter.cases import definitions, namespace
    Engine(stdout=io.StringIO()).run_script("0", "warm-up.js")
    definitions()
    namespace()


def measure_one(engine: str, name: str, repeat: int, scale: int = 1) -> dict:
    """Runs inside the child process: time `repeat` runs, return best time and the output."""
    js = scaled_js((PROGRAMS / f"{name}.js").read_text(), scale)
    best, output = math.inf, ""
    for _ in range(repeat):
        buffer = io.StringIO()
        if engine in ("scopejs", "no-opt"):
            sys.path.insert(0, str(ROOT))
            from scopejs.api import Engine
            from scopejs.tiering.options import TierOptions
            _warm_up()
            start = time.process_time()
            runtime = Engine(stdout=buffer, tier=TierOptions(enabled=engine == "scopejs"))
            runtime.run_script(js, f"{name}.js")
            runtime.run_jobs()
        elif engine == "cpython":
            code = (PROGRAMS / f"{name}.py").read_text()
            old, sys.stdout = sys.stdout, buffer
            try:
                start = time.process_time()
                compiled = compile(code, f"{name}.py", "exec")
                namespace = {"__name__": "__bench__"}
                for _ in range(scale):
                    exec(compiled, namespace)
            finally:
                sys.stdout = old
        elif engine == "js2py":
            import js2py
            old, sys.stdout = sys.stdout, buffer
            try:
                start = time.process_time()
                js2py.eval_js(js)
            finally:
                sys.stdout = old
        else:
            raise SystemExit(f"unknown engine {engine}")
        elapsed = time.process_time() - start
        best = min(best, elapsed)
        output = buffer.getvalue()
    # Js2Py's console.log prints strings with quotes; compare outputs without them.
    lines = (line.strip().strip("'") for line in output.strip().splitlines())
    return {"time": best, "output": "\n".join(lines)}


def run_child(engine: str, name: str, repeat: int, timeout: float, scale: int = 1) -> dict:
    if engine == "node":
        start = time.perf_counter()   # node: wall clock of the whole process
        proc = subprocess.run([shutil.which("node") or "node", "-e",
                               scaled_js((PROGRAMS / f"{name}.js").read_text(), scale)],
                              capture_output=True, text=True, timeout=timeout)
        return {"time": time.perf_counter() - start, "output": proc.stdout.strip(),
                "error": proc.stderr.strip()[-300:] if proc.returncode else None}
    cmd = [sys.executable, str(Path(__file__)), "--child", engine, name, "--repeat", str(repeat),
           "--scale", str(scale)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"time": None, "output": "", "error": f"timeout after {timeout:.0f}s"}
    if proc.returncode != 0:
        return {"time": None, "output": "", "error": (proc.stderr.strip().splitlines() or ["?"])[-1][:200]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def geomean(values):
    values = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_time(value):
    return f"{value:.3f}" if value is not None else "—"


def fmt_ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "—"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--scale", type=int, default=1,
                    help="run each program N times in one process (compute-dominated sizes)")
    ap.add_argument("--no-js2py", action="store_true")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table for docs/benchmarks.md")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "NAME"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure_one(args.child[0], args.child[1], args.repeat, args.scale)))
        return 0
    names = args.names or sorted(p.stem for p in PROGRAMS.glob("*.js"))
    engines = [e for e in ENGINES if not (e == "js2py" and args.no_js2py)
               and not (e == "node" and shutil.which("node") is None)]
    rows = []
    for name in names:
        results = {engine: run_child(engine, name, args.repeat, args.timeout, args.scale)
                   for engine in engines}
        outputs = {e: r["output"] for e, r in results.items() if r.get("time") is not None}
        agree = len(set(outputs.values())) <= 1
        rows.append((name, results, agree))
        line = "  ".join(f"{e}={fmt_time(r.get('time'))}" + (f" ({r['error']})" if r.get("error") else "")
                         for e, r in results.items())
        print(f"{name:10s} {line}" + ("" if agree else f"  OUTPUT MISMATCH {outputs}"), file=sys.stderr)
    header = ["program", "scopejs (s)", "--no-opt (s)", "CPython twin (s)", "Js2Py (s)", "node (s)",
              "scopejs / CPython", "--no-opt / CPython", "scopejs / Js2Py", "outputs agree"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, r, agree in rows:
        t = {e: r.get(e, {}).get("time") for e in ENGINES}
        lines.append(f"| {name} | {fmt_time(t['scopejs'])} | {fmt_time(t['no-opt'])} | "
                     f"{fmt_time(t['cpython'])} | {fmt_time(t['js2py'])} | "
                     f"{fmt_time(t['node'])} | {fmt_ratio(t['scopejs'], t['cpython'])} | "
                     f"{fmt_ratio(t['no-opt'], t['cpython'])} | "
                     f"{fmt_ratio(t['scopejs'], t['js2py'])} | {'yes' if agree else 'NO'} |")
    ratios_py = [r["scopejs"]["time"] / r["cpython"]["time"] for _, r, _ in rows
                 if r["scopejs"].get("time") and r["cpython"].get("time")]
    ratios_js2py = [r["scopejs"]["time"] / r["js2py"]["time"] for _, r, _ in rows
                    if "js2py" in r and r["scopejs"].get("time") and r["js2py"].get("time")]
    ratios_noopt = [r["no-opt"]["time"] / r["cpython"]["time"] for _, r, _ in rows
                    if r["no-opt"].get("time") and r["cpython"].get("time")]
    gm_py, gm_js, gm_no = geomean(ratios_py), geomean(ratios_js2py), geomean(ratios_noopt)
    lines.append(f"| **geometric mean** | | | | | | {gm_py and f'{gm_py:.2f}x' or '—'} | "
                 f"{gm_no and f'{gm_no:.2f}x' or '—'} | {gm_js and f'{gm_js:.2f}x' or '—'} | |")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
