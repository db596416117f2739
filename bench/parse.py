"""Parse-time benchmark: scopejs (lazy and eager) against pyjsparser, side by side.

    python3 bench/parse.py                  # lodash.js (545 KB), best of 5
    python3 bench/parse.py --runs 9 --file some.js --acorn --json out.json

Every parser parses the same text in the same process, one after the other; the table gives the
best of N runs, the median, throughput and the ratio to pyjsparser (the pure-Python esprima port,
``pip install pyjsparser``).  ``--acorn`` adds acorn under node as an outside reference (timed
inside node, so process start-up is excluded).  Nothing here is asserted by the test suite.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
DEFAULT_FILE = os.path.join(ROOT, ".corpora", "node_modules", "lodash", "lodash.js")

ACORN_TIMER = r"""
const acorn = require(process.argv[1]);
const text = require("fs").readFileSync(process.argv[2], "utf8");
const runs = Number(process.argv[3]);
const times = [];
for (let i = 0; i < runs + 2; i++) {           // two warm-up runs for the JIT
  const t = process.hrtime.bigint();
  acorn.parse(text, {ecmaVersion: 2023, sourceType: "script", locations: true});
  times.push(Number(process.hrtime.bigint() - t) / 1e9);
}
console.log(JSON.stringify(times.slice(2)));
"""


def time_runs(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def scopejs_parsers(text: str, name: str):
    try:
        from scopejs.parsing.parser import parse
    except ImportError as exc:
        return [("scopejs lazy", None, f"unavailable: {exc}"), ("scopejs eager", None, f"unavailable: {exc}")]
    return [
        ("scopejs lazy", lambda: parse(text, module=False, lazy=True, name=name), ""),
        ("scopejs eager", lambda: parse(text, module=False, lazy=False, name=name), ""),
    ]


def pyjsparser_parser(text: str):
    try:
        import pyjsparser
    except ImportError:
        return [("pyjsparser", None, "unavailable: pip install pyjsparser")]
    return [("pyjsparser", lambda: pyjsparser.PyJsParser().parse(text), "")]


def acorn_times(path: str, runs: int):
    node = shutil.which("node")
    acorn = os.path.join(ROOT, ".corpora", "node_modules", "acorn")
    if node is None or not os.path.isdir(acorn):
        return None, "unavailable: needs node and sh tools/install_corpora.sh"
    proc = subprocess.run([node, "-e", ACORN_TIMER, acorn, path, str(runs)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        return None, f"failed: {proc.stderr.strip()[:200]}"
    return json.loads(proc.stdout), ""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", default=DEFAULT_FILE, help="JavaScript file (default: lodash.js from .corpora)")
    ap.add_argument("--runs", type=int, default=5, help="runs per parser (best is reported)")
    ap.add_argument("--acorn", action="store_true", help="also time acorn under node")
    ap.add_argument("--json", metavar="FILE", help="write the raw times as JSON")
    args = ap.parse_args(argv)
    if not os.path.isfile(args.file):
        print(f"bench/parse.py: no file {args.file} (run sh tools/install_corpora.sh)", file=sys.stderr)
        return 2
    with open(args.file, "rb") as fh:
        text = fh.read().decode("utf-8")
    size_kb = len(text.encode("utf-8")) / 1024
    name = os.path.basename(args.file)
    rows = []
    for label, fn, note in scopejs_parsers(text, name) + pyjsparser_parser(text):
        if fn is None:
            rows.append((label, None, note))
            continue
        try:
            rows.append((label, time_runs(fn, args.runs), note))
        except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not crash
            rows.append((label, None, f"failed: {type(exc).__name__}: {str(exc)[:120]}"))
    if args.acorn:
        times, note = acorn_times(args.file, args.runs)
        rows.append(("acorn (node)", times, note))

    reference = next((min(t) for label, t, _ in rows if label == "pyjsparser" and t), None)
    print(f"{name}: {size_kb:.0f} KB, best of {args.runs} runs, Python {sys.version.split()[0]}")
    print(f"{'parser':<15} {'best s':>8} {'median s':>9} {'KB/s':>8} {'vs pyjsparser':>14}")
    for label, times, note in rows:
        if not times:
            print(f"{label:<15} {note}")
            continue
        best = min(times)
        ratio = f"{best / reference:.2f}x" if reference else "-"
        print(f"{label:<15} {best:>8.3f} {statistics.median(times):>9.3f} {size_kb / best:>8.0f} {ratio:>14}")
    if reference:
        print("(ratio = best time / pyjsparser's best time: below 1.00x is faster than pyjsparser)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"file": args.file, "size_kb": size_kb, "runs": args.runs,
                       "times": {label: times for label, times, _ in rows if times}}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
