"""Interpreter micro-benchmarks: `python3 bench/interpreter_micro.py [name ...]`.

Each case is a small JS program run once in a fresh Engine; prints seconds per case (and the
ratio to node when node is installed).  Guides optimisation of the run loop; never asserted.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

CASES = {
    "loop": "var s = 0; for (var i = 0; i < 300000; i++) { s += i; } console.log(s);",
    "fib": "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } console.log(fib(22));",
    "closure": """
        function counter() { let c = 0; return () => ++c; }
        var inc = counter(); for (let i = 0; i < 100000; i++) inc(); console.log(inc());""",
    "property": """
        var o = { x: 1, y: 2 }; var s = 0;
        for (var i = 0; i < 100000; i++) { s += o.x + o.y; o.x = i; } console.log(s);""",
    "array": """
        var a = []; for (var i = 0; i < 100000; i++) a.push(i);
        var s = 0; for (var j = 0; j < a.length; j++) s += a[j]; console.log(s);""",
    "method": """
        class P { constructor(x) { this.x = x; } get() { return this.x; } }
        var s = 0; for (var i = 0; i < 50000; i++) s += new P(i).get(); console.log(s);""",
    "string": """
        var s = ''; for (var i = 0; i < 50000; i++) s += String.fromCharCode(65 + i % 26);
        console.log(s.length);""",
}


def run_scopejs(src):
    from scopejs.api import Engine
    out = io.StringIO()
    engine = Engine(stdout=out)
    t = time.perf_counter()
    engine.run_script(src, "bench.js")
    engine.run_jobs()
    return time.perf_counter() - t, out.getvalue().strip()


def run_node(src):
    node = shutil.which("node")
    if node is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as fh:
        fh.write("const __t = process.hrtime.bigint();\n" + src +
                 "\nconsole.error(Number(process.hrtime.bigint() - __t) / 1e9);")
    proc = subprocess.run([node, fh.name], capture_output=True, text=True)
    os.unlink(fh.name)
    try:
        return float(proc.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def main(names):
    for name in names or CASES:
        src = CASES[name]
        seconds, output = run_scopejs(src)
        node = run_node(src)
        ratio = f"  x{seconds / node:,.0f} node" if node else ""
        print(f"{name:10s} {seconds:8.3f}s  -> {output[:30]}{ratio}")


if __name__ == "__main__":
    main(sys.argv[1:])
