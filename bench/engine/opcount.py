"""Where the optimized code's work goes: CPython bytecodes executed per JS instruction kind.

    python3 bench/engine/opcount.py PROGRAM [--scale N]

Runs bench/engine/programs/PROGRAM.js in one Engine with the tier on and counts, with
``sys.settrace`` and ``f_trace_opcodes``, every CPython bytecode executed by direct-form code
(scopejs/tiering/direct.py), attributed to the JS instruction whose lines it is in, or to the
call prologue.  Each line gives the instruction kind's share of the bytecodes and the bytecodes one execution
of it costs on average (an execution: control entering its code).  Counts are exact (timings under tracing are not: do not time this); a
bytecode's cost varies (a C call vs a local load), so they say where code is, not seconds.
Support functions called from direct code (get_named, operators.Add ...) are not counted.
"""
from __future__ import annotations

import argparse
import collections
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import PROGRAMS, _warm_up, scaled_js  # noqa: E402


def count(js):
    from scopejs.api import Engine
    engine = Engine(stdout=io.StringIO())
    counts = collections.Counter()
    runs = collections.Counter()   # times control entered an instruction's code

    def tracer(frame, event, arg):
        if "DIRECT_INFO" not in frame.f_code.co_freevars:
            return None
        info = frame.f_locals["DIRECT_INFO"]
        body = info.prologue + 1   # (+1: the maker function's line; each entry its own)
        instructions = info.bytecode.instructions
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        last = [None]

        def local(frame, event, arg):
            if event == "opcode":
                line = frame.f_lineno
                if line is None:
                    counts["(no line)"] += 1
                elif line <= body:
                    counts["(prologue)"] += 1
                    if last[0] != -1:
                        last[0] = -1
                        runs["(prologue)"] += 1
                else:
                    pc = info.pcs[line]
                    name = instructions[pc][0].name
                    counts[name] += 1
                    if last[0] != pc:
                        last[0] = pc
                        runs[name] += 1
            return local
        return local

    sys.settrace(tracer)
    try:
        engine.run_script(js, "program.js")
    finally:
        sys.settrace(None)
    return counts, runs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("program")
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    _warm_up()
    js = scaled_js((PROGRAMS / f"{args.program}.js").read_text(), args.scale)
    counts, runs = count(js)
    total = sum(counts.values())
    print(f"{args.program}: {total:,} CPython bytecodes executed in direct code")
    print("share   bytecodes/run  instruction")
    for name, n in counts.most_common(args.top):
        print(f"{n * 100 / total:5.1f}%  {n / max(runs[name], 1):13.1f}  {name}")


if __name__ == "__main__":
    main()
