"""Try each embedding capability for real in scopejs, mini-racer, quickjs and dukpy; print the
side-by-side table used in docs/embedding.md ("scopejs and the native engines").

    python3 -m venv /tmp/cmpvenv && /tmp/cmpvenv/bin/pip install mini-racer quickjs dukpy
    /tmp/cmpvenv/bin/python bench/embedding/compare.py [--timeout 30]   # from the repo root

Every cell is the outcome of an attempt made by this script (a library that is not installed
gets "-" in its column).  Each library runs in a worker process of its own that reports one
probe at a time; a probe that does not answer within ``--timeout`` seconds (an endless loop
in native code cannot be interrupted from Python) is recorded as "no (hangs > N s)", the worker
is killed and a fresh one goes on with the next probe.  Progress goes to stderr, the table to
stdout.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime
import importlib.metadata
import importlib.util
import json
import os
import select
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

LOOP = "for (;;) {}"
BOMB = "(function () { var s = 'x'; while (true) s += s; })()"
ARRAYS = "(function () { var a = []; while (true) a.push('x'.repeat(1e6).split('')); })()"
ARRAYS_ES5 = ARRAYS.replace("'x'.repeat(1e6)", "new Array(1e6 + 1).join('x')")   # for dukpy
REGEX = "/(a+)+$/.test('a'.repeat(40) + 'b')"
BUILTIN = "'ab'.repeat(2 ** 23).split('').reverse().join('')"
BUILTIN_ES5 = "new Array(8388609).join('ab').split('').reverse().join('')"   # no repeat()
CYCLE = "var c = {}; c.self = c; c"
IMPORT_FILE = "import('/etc/hostname').then(() => 'read', () => 'refused')"
IMPORT_MODULE = "import('m').then(ns => ns.x, e => 'rejected: ' + e.message)"


def outcome(fn):
    """Run one probe: "yes"/"no" for a bool, the text for a str, "no (Error)" if it raised."""
    try:
        result = fn()
        return result if isinstance(result, str) else ("yes" if result else "no")
    except Exception as exc:  # noqa: BLE001 - the probe's outcome is what we print
        return f"no ({type(exc).__name__})"


def timed_stop(run, is_limit, limit=0.5):
    """Run a workload under a limit of ``limit`` s (or none): "yes (when)" if the library's
    limit stopped it (``is_limit(exception)``), else what happened instead."""
    start = time.monotonic()
    try:
        run()
        return "no (finished)"
    except Exception as exc:  # noqa: BLE001
        took = time.monotonic() - start
        if is_limit(exc):
            return f"{'yes' if took < limit * 3 + 1 else 'late'} ({took:.2f} s)"
        message = str(exc).strip().splitlines()[0][:50] if str(exc).strip() else ""
        return f"no ({type(exc).__name__}: {message} after {took:.2f} s)"


def threads(make, run):
    """Two engines in two threads, 200 reads each of a global of their own: any cross-talk?"""
    errors = []

    def tenant(name):
        engine = make()
        run(engine, f"var who = '{name}'")
        for _ in range(200):
            if run(engine, "who") != name:
                errors.append(name)
    ts = [threading.Thread(target=tenant, args=(n,)) for n in ("a", "b")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return not errors


def pure_python(distribution):
    """Whether an installed distribution ships no compiled code."""
    files = importlib.metadata.files(distribution) or []
    native = [str(f) for f in files if str(f).endswith((".so", ".pyd", ".dll", ".dylib"))]
    return "yes" if not native else f"no ({os.path.basename(native[0])})"


# -- scopejs ---------------------------------------------------------------------------------

def scopejs_probes():
    from scopejs import UNDEFINED, Engine, ResourceLimitError
    p = {}
    js = Engine()
    p["integers come back as int"] = lambda: type(js.eval("1 + 2")) is int
    p["undefined distinct from null"] = lambda: js.eval("undefined") is UNDEFINED and \
        js.eval("null") is None
    p["BigInt -> int"] = lambda: js.eval("2n ** 70n") == 2 ** 70
    p["Date -> datetime"] = lambda: isinstance(js.eval("new Date(0)"), datetime.datetime)
    p["live object proxies"] = lambda: (lambda o: (o.__setitem__("k", 2), js.eval(
        "(o) => o.k")(o))[1] == 2)(js.eval("({k: 1})"))
    p["cyclic object to Python"] = lambda: (lambda v: v["self"] is v)(js.eval(CYCLE).to_py())
    p["expose a Python function"] = lambda: (js.expose("add", lambda a, b: a + b),
                                             js.eval("add(2, 3)"))[1] == 5
    p["Python exception catchable in JS"] = lambda: (
        js.expose("boom", lambda: 1 / 0),
        js.eval("try { boom() } catch (e) { e.message }"))[1] == "division by zero"
    p["call a JS function by name"] = lambda: (js.eval("function f(a) { return a * 2 }"),
                                               js.call("f", 21))[1] == 42
    p["promise result from Python"] = lambda: js.eval(
        "new Promise(r => setTimeout(() => r(7), 10))").result() == 7
    def stop(run, limit=0.5):
        return timed_stop(run, lambda exc: isinstance(exc, ResourceLimitError), limit)
    p["time limit on a JS loop"] = lambda: stop(lambda: Engine(timeout=0.5).eval(LOOP))
    p["time limit inside a regexp"] = lambda: stop(lambda: Engine(timeout=0.5).eval(REGEX))
    p["time limit inside a long built-in"] = lambda: stop(
        lambda: Engine(timeout=0.5).eval(BUILTIN))
    mem = Engine(memory_limit=100 * 2 ** 20)
    p["memory limit stops s += s"] = lambda: stop(lambda: mem.eval(BOMB), 30)
    p["memory limit stops an array loop"] = lambda: stop(lambda: mem.eval(ARRAYS), 30)
    p["usable after a limit fired"] = lambda: mem.eval("1 + 1") == 2
    p["ES modules from a host loader"] = lambda: Engine(
        module_loader=lambda s, r: "export const x = 1;").run_module(
        "import {x} from 'm'; export const y = x + 1;")["y"] == 2
    p["import() of a file refused by default"] = lambda: js.eval(IMPORT_FILE).result() == \
        "refused"
    p["Engines in two threads"] = lambda: threads(Engine, lambda e, s: e.eval(s))
    p["pure Python (no native code)"] = lambda: "yes" if not any(
        name.endswith((".so", ".pyd")) for _, _, files in os.walk(os.path.join(ROOT, "scopejs"))
        for name in files) else "no"
    return p


# -- mini-racer ------------------------------------------------------------------------------

def miniracer_probes():
    from py_mini_racer import JSOOMException, JSTimeoutException, JSUndefined, MiniRacer
    p = {}
    ctx = MiniRacer()
    p["integers come back as int"] = lambda: type(ctx.eval("1 + 2")) is int
    p["undefined distinct from null"] = lambda: ctx.eval("undefined") is JSUndefined and \
        ctx.eval("null") is None
    p["BigInt -> int"] = lambda: ctx.eval("2n ** 70n") == 2 ** 70
    p["Date -> datetime"] = lambda: isinstance(ctx.eval("new Date(0)"), datetime.datetime)

    def live():
        o = ctx.eval("var lo = {k: 1}; lo")
        o["k"] = 2
        return ctx.eval("lo.k") == 2
    p["live object proxies"] = live

    def cyclic():
        v = ctx.eval(CYCLE)
        return "yes (a live proxy)" if v["self"]["self"] is not None else "no"
    p["cyclic object to Python"] = cyclic

    async def call_wrapped(func, js_caller):
        async with ctx.wrap_py_function(func) as js_func:
            return await ctx.eval(js_caller)(js_func)

    def expose():
        async def add(*args):
            return args[0] + args[1]
        value = asyncio.run(call_wrapped(add, "(f) => f(2, 3)"))
        return "async only (wrap_py_function)" if value == 5 else f"no ({value!r})"
    p["expose a Python function"] = expose

    def boom_caught():
        async def boom(*args):
            raise ZeroDivisionError("division by zero")
        caught = asyncio.run(call_wrapped(
            boom, "async (f) => { try { await f(); return 'not thrown' } catch (e) { "
                  "return String(e && e.message !== undefined ? e.message : e) } }"))
        return "yes" if caught == "division by zero" else f"no (JS sees {caught!r})"
    p["Python exception catchable in JS"] = boom_caught
    p["call a JS function by name"] = lambda: (ctx.eval("function f(a) { return a * 2 }"),
                                               ctx.call("f", 21))[1] == 42
    p["promise result from Python"] = lambda: ctx.eval(
        "new Promise(r => setTimeout(() => r(7), 10))").get(timeout=5) == 7
    def stop(run, limit=0.5):
        return timed_stop(run, lambda exc: isinstance(exc, (JSTimeoutException,
                                                            JSOOMException)), limit)
    p["time limit on a JS loop"] = lambda: stop(lambda: MiniRacer().eval(LOOP, timeout_sec=0.5))
    p["time limit inside a regexp"] = lambda: stop(lambda: MiniRacer().eval(
        REGEX, timeout_sec=0.5))
    p["time limit inside a long built-in"] = lambda: stop(lambda: MiniRacer().eval(
        BUILTIN, timeout_sec=0.5))
    mem = MiniRacer()
    p["memory limit stops s += s"] = lambda: stop(lambda: mem.eval(
        BOMB, max_memory=100 * 2 ** 20), 30)
    p["memory limit stops an array loop"] = lambda: stop(lambda: mem.eval(
        ARRAYS, max_memory=100 * 2 ** 20), 30)
    p["usable after a limit fired"] = lambda: mem.eval("1 + 1") == 2
    p["ES modules from a host loader"] = lambda: f"no ({ctx.eval(IMPORT_MODULE).get(timeout=5)})"
    p["import() of a file refused by default"] = lambda: ctx.eval(IMPORT_FILE).get(timeout=5) \
        == "refused"
    p["Engines in two threads"] = lambda: threads(MiniRacer, lambda e, s: e.eval(s))
    p["pure Python (no native code)"] = lambda: pure_python("mini-racer")
    return p


# -- quickjs ---------------------------------------------------------------------------------

def quickjs_probes():
    import quickjs
    p = {}
    ctx = quickjs.Context()
    p["integers come back as int"] = lambda: type(ctx.eval("1 + 2")) is int
    p["undefined distinct from null"] = lambda: ctx.eval("undefined") is not ctx.eval("null")
    p["BigInt -> int"] = lambda: ctx.eval("2n ** 70n") == 2 ** 70
    p["Date -> datetime"] = lambda: isinstance(ctx.eval("new Date(0)"), datetime.datetime)

    def live():
        o = ctx.eval("var lo = {k: 1}; lo")
        o.set("k", 2) if hasattr(o, "set") else o.__setitem__("k", 2)
        return ctx.eval("lo.k") == 2
    p["live object proxies"] = live
    p["cyclic object to Python"] = lambda: f"no ({ctx.eval(CYCLE).json()[:30]})"
    p["expose a Python function"] = lambda: (ctx.add_callable("add", lambda a, b: a + b),
                                             ctx.eval("add(2, 3)"))[1] == 5

    def boom():
        raise ZeroDivisionError("division by zero")
    p["Python exception catchable in JS"] = lambda: (
        ctx.add_callable("boom", boom),
        ctx.eval("try { boom() } catch (e) { String(e.message) }"))[1] == "division by zero"
    p["call a JS function by name"] = lambda: (ctx.eval("function f(a) { return a * 2 }"),
                                               ctx.get("f")(21))[1] == 42

    def promise():
        ctx.eval("var pr; Promise.resolve(7).then(x => pr = x); 0")
        while ctx.execute_pending_job():
            pass
        return ctx.get("pr") == 7 and "yes (manual job loop, no timers)"
    p["promise result from Python"] = promise

    def limited(code):
        c = quickjs.Context()
        c.set_time_limit(0.5)
        c.eval(code)
    def stop(run, limit=0.5):      # quickjs raises JSException for limits and errors alike
        return timed_stop(run, lambda exc: "interrupted" in str(exc) or
                          "out of memory" in str(exc), limit)
    p["time limit on a JS loop"] = lambda: stop(lambda: limited(LOOP))
    p["time limit inside a regexp"] = lambda: stop(lambda: limited(REGEX))
    p["time limit inside a long built-in"] = lambda: stop(lambda: limited(BUILTIN))
    mem = quickjs.Context()
    mem.set_memory_limit(100 * 2 ** 20)
    p["memory limit stops s += s"] = lambda: stop(lambda: mem.eval(BOMB), 30)
    p["memory limit stops an array loop"] = lambda: stop(lambda: mem.eval(ARRAYS), 30)
    p["usable after a limit fired"] = lambda: mem.eval("1 + 1") == 2

    def module_loader():
        ctx.eval(f"var got; {IMPORT_MODULE}.then(v => got = v)")
        while ctx.execute_pending_job():
            pass
        return f"no ({ctx.get('got')})"
    p["ES modules from a host loader"] = module_loader

    def import_file():
        ctx.eval(f"var got; {IMPORT_FILE}.then(v => got = v)")
        while ctx.execute_pending_job():
            pass
        return ctx.get("got") == "refused"
    p["import() of a file refused by default"] = import_file
    p["Engines in two threads"] = lambda: threads(quickjs.Context, lambda e, s: e.eval(s))
    p["pure Python (no native code)"] = lambda: pure_python("quickjs")
    return p


# -- dukpy -----------------------------------------------------------------------------------

def dukpy_probes():
    import dukpy
    p = {}
    it = dukpy.JSInterpreter()
    p["integers come back as int"] = lambda: type(it.evaljs("1 + 2")) is int
    p["undefined distinct from null"] = lambda: it.evaljs("undefined") is not it.evaljs("null")
    p["BigInt -> int"] = lambda: it.evaljs("2n ** 70n") == 2 ** 70
    p["Date -> datetime"] = lambda: isinstance(it.evaljs("new Date(0)"), datetime.datetime)

    def live():
        o = it.evaljs("var lo = {k: 1}; lo")
        o["k"] = 2
        return it.evaljs("lo.k") == 2 or "no (a JSON copy)"
    p["live object proxies"] = live
    p["cyclic object to Python"] = lambda: it.evaljs(CYCLE) is not None
    p["expose a Python function"] = lambda: (it.export_function("add", lambda a, b: a + b),
                                             it.evaljs("call_python('add', 2, 3)"))[1] == 5 \
        and "yes (through call_python())"

    def boom():
        raise ZeroDivisionError("division by zero")
    p["Python exception catchable in JS"] = lambda: (
        it.export_function("boom", boom),
        it.evaljs("try { call_python('boom') } catch (e) { String(e.message) }"))[1] \
        == "division by zero"
    p["call a JS function by name"] = lambda: it.evaljs(
        "function f(a) { return a * 2 }; f(dukpy.x)", x=21) == 42 and "by re-evaluating"
    p["promise result from Python"] = lambda: it.evaljs("new Promise(function (r) { r(7) })")
    def stop(run, limit=0.5):      # dukpy has no limit API: nothing that stops it is one
        return timed_stop(run, lambda exc: False, limit)
    p["time limit on a JS loop"] = lambda: stop(lambda: dukpy.JSInterpreter().evaljs(LOOP))
    p["time limit inside a regexp"] = lambda: stop(lambda: dukpy.JSInterpreter().evaljs(REGEX))
    p["time limit inside a long built-in"] = lambda: stop(
        lambda: dukpy.JSInterpreter().evaljs(BUILTIN_ES5))
    mem = dukpy.JSInterpreter()
    p["memory limit stops s += s"] = lambda: stop(lambda: mem.evaljs(BOMB), 30)
    p["memory limit stops an array loop"] = lambda: stop(lambda: mem.evaljs(ARRAYS_ES5), 30)
    p["usable after a limit fired"] = lambda: mem.evaljs("1 + 1") == 2
    p["ES modules from a host loader"] = lambda: it.evaljs(IMPORT_MODULE)
    p["import() of a file refused by default"] = lambda: it.evaljs(IMPORT_FILE) == "refused"
    p["Engines in two threads"] = lambda: threads(dukpy.JSInterpreter,
                                                  lambda e, s: e.evaljs(s + ";who"))
    p["pure Python (no native code)"] = lambda: pure_python("dukpy")
    return p


# label, module to import, distribution (for the version), probes
LIBRARIES = [("scopejs", "scopejs", None, scopejs_probes),
             ("mini-racer", "py_mini_racer", "mini-racer", miniracer_probes),
             ("quickjs", "quickjs", "quickjs", quickjs_probes),
             ("dukpy", "dukpy", "dukpy", dukpy_probes)]


def version_of(label):
    for name, module, dist, _ in LIBRARIES:
        if name == label:
            if dist is None:
                import scopejs
                return getattr(scopejs, "__version__", "?")
            return importlib.metadata.version(dist)
    raise KeyError(label)


def worker(label, start):
    """Run ``label``'s probes from index ``start``: one JSON line before and after each."""
    probes = next(make for name, _, _, make in LIBRARIES if name == label)()
    names = list(probes)
    print(json.dumps({"names": names}), flush=True)
    for name in names[start:]:
        print(json.dumps({"start": name}), flush=True)
        print(json.dumps({"name": name, "cell": outcome(probes[name])}), flush=True)
    os._exit(0)     # some libraries' threads or contexts would otherwise delay the exit


def _lines(fd):
    """A generator: ``send(seconds)`` gives the worker's next line, None when none came in
    time, "" at its end (read from the file descriptor: select() cannot see what a buffered
    reader already holds)."""
    buffered = b""
    seconds = yield
    while True:
        while b"\n" not in buffered:
            ready, _, _ = select.select([fd], [], [], seconds)
            chunk = os.read(fd, 65536) if ready else None
            if not chunk:
                seconds = yield (None if chunk is None else "")
                continue
            buffered += chunk
        line, buffered = buffered.split(b"\n", 1)
        seconds = yield line.decode()


def run_library(label, timeout):
    """Each probe's cell, worker by worker; a silent probe past ``timeout`` s is a hang."""
    cells, names, index = {}, None, 0
    while names is None or index < len(names):
        proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--worker", label,
                                 "--start", str(index)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        lines = _lines(proc.stdout.fileno())
        next(lines)
        current, started, line = None, time.monotonic(), ""
        while True:
            line = lines.send(max(0.0, started + timeout - time.monotonic()))
            if not line:                           # a hang (None) or the end of the worker
                break
            msg = json.loads(line)
            if "names" in msg:
                names = msg["names"]
            elif "start" in msg:
                current, started = msg["start"], time.monotonic()
            else:
                cells[current] = msg["cell"]
                print(f"[{label}] {current}: {msg['cell']} ({time.monotonic() - started:.1f} s)",
                      file=sys.stderr, flush=True)
                index = names.index(current) + 1
                current, started = None, time.monotonic()
        proc.kill()
        proc.wait()
        if current is None:          # the worker ended (or hung) between probes: stop here
            break
        cells[current] = f"no (hangs > {timeout:g} s)" if line is None else "no (worker died)"
        print(f"[{label}] {current}: {cells[current]}", file=sys.stderr, flush=True)
        index = names.index(current) + 1
    return cells


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per probe")
    ap.add_argument("--worker")
    ap.add_argument("--start", type=int, default=0)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.start)
        return
    columns, rows = [], []
    for label, module, _, _ in LIBRARIES:
        if importlib.util.find_spec(module) is None:
            columns.append((f"{label} (not installed)", {}))
            continue
        cells = run_library(label, args.timeout)
        for name in cells:
            if name not in rows:
                rows.append(name)
        columns.append((f"{label} {version_of(label)}", cells))
    print(f"Measured {datetime.date.today().isoformat()} with Python "
          f"{sys.version.split()[0]}: `{os.path.basename(sys.executable)} "
          f"bench/embedding/compare.py --timeout {args.timeout:g}`\n")
    print("| capability | " + " | ".join(label for label, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row in rows:
        print(f"| {row} | " + " | ".join(cells.get(row, "-") for _, cells in columns) + " |")


if __name__ == "__main__":
    main()
