"""Try each embedding capability for real in scopejs, mini-racer, quickjs and dukpy; print the
table used in docs/embedding.md.

    python3 -m venv /tmp/cmpvenv && /tmp/cmpvenv/bin/pip install mini-racer quickjs dukpy
    /tmp/cmpvenv/bin/python bench/embedding/compare.py      # (run from the repository root)

A library that is not installed gets "-" in its column.  Each cell is "yes", "no" or a short
note of what happened; a probe that hangs past its alarm counts as "no (hangs)".
"""
from __future__ import annotations

import datetime
import importlib.util
import os
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

LOOP = "for (;;) {}"
BOMB = "var s = 'x'; while (true) s += s;"
REGEX = "/(a+)+$/.test('a'.repeat(40) + 'b')"


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def attempt(fn, seconds=20):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        result = fn()
        return result if isinstance(result, str) else ("yes" if result else "no")
    except Hang:
        return "no (hangs)"
    except Exception as exc:  # noqa: BLE001 - the probe's outcome is what we print
        return f"no ({type(exc).__name__})"
    finally:
        signal.alarm(0)


def timed_stop(run, limit=0.5):
    start = time.monotonic()
    try:
        run()
        return "no (finished)"
    except Hang:
        raise
    except Exception:  # noqa: BLE001
        took = time.monotonic() - start
        return f"yes ({took:.2f} s)" if took < limit * 3 + 1 else f"late ({took:.1f} s)"


# -- scopejs ---------------------------------------------------------------------------------

def scopejs_probes():
    from scopejs import UNDEFINED, Engine, FileLoader, JSError
    p = {}
    js = Engine()
    p["integers come back as int"] = lambda: type(js.eval("1 + 2")) is int
    p["undefined distinct from null"] = lambda: js.eval("undefined") is UNDEFINED and \
        js.eval("null") is None
    p["BigInt -> int"] = lambda: js.eval("2n ** 70n") == 2 ** 70
    p["Date -> datetime"] = lambda: isinstance(js.eval("new Date(0)"), datetime.datetime)
    p["live object proxies"] = lambda: (lambda o: (o.__setitem__("k", 2), js.eval(
        "(o) => o.k")(o))[1] == 2)(js.eval("({k: 1})"))
    p["cyclic object to Python"] = lambda: (lambda v: v["self"] is v)(
        js.eval("var c = {}; c.self = c; c").to_py())
    p["expose a Python function"] = lambda: (js.expose("add", lambda a, b: a + b),
                                             js.eval("add(2, 3)"))[1] == 5
    p["Python exception catchable in JS"] = lambda: (
        js.expose("boom", lambda: 1 / 0),
        js.eval("try { boom() } catch (e) { e.message }"))[1] == "division by zero"
    p["call a JS function by name"] = lambda: (js.eval("function f(a) { return a * 2 }"),
                                               js.call("f", 21))[1] == 42
    p["promise result from Python"] = lambda: js.eval(
        "new Promise(r => setTimeout(() => r(7), 10))").result() == 7
    p["time limit on a JS loop"] = lambda: timed_stop(lambda: Engine(timeout=0.5).eval(LOOP))
    p["time limit inside a regexp"] = lambda: timed_stop(lambda: Engine(timeout=0.5).eval(REGEX))
    mem = Engine(memory_limit=100 * 2 ** 20)
    p["memory limit stops s += s"] = lambda: timed_stop(lambda: mem.eval(BOMB), 30)
    p["usable after a limit fired"] = lambda: mem.eval("1 + 1") == 2
    p["ES modules from a host loader"] = lambda: Engine(
        module_loader=lambda s, r: "export const x = 1;").run_module(
        "import {x} from 'm'; export const y = x + 1;")["y"] == 2
    p["no file access by default"] = lambda: "refused" == js.eval(
        "import('/etc/passwd').then(() => 'read', () => 'refused')").result()
    p["FileLoader(root) sandbox"] = lambda: isinstance(FileLoader("/tmp"), FileLoader)
    p["Engines in two threads"] = lambda: _threads(lambda: Engine(), lambda e, s: e.eval(s))
    p["pure Python (no native code)"] = lambda: True
    del JSError
    return p


def _threads(make, run):
    errors = []

    def tenant(name):
        e = make()
        run(e, f"var who = '{name}'")
        for _ in range(200):
            if run(e, "who") != name:
                errors.append(name)
    ts = [threading.Thread(target=tenant, args=(n,)) for n in ("a", "b")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return not errors


# -- mini-racer ------------------------------------------------------------------------------

def miniracer_probes():
    from py_mini_racer import JSUndefined, MiniRacer
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
    p["cyclic object to Python"] = lambda: ctx.eval("var c = {}; c.self = c; c") is not None \
        and "proxy only"
    p["expose a Python function"] = lambda: "async only (wrap_py_function)"
    p["Python exception catchable in JS"] = lambda: "no"
    p["call a JS function by name"] = lambda: (ctx.eval("function f(a) { return a * 2 }"),
                                               ctx.call("f", 21))[1] == 42
    p["promise result from Python"] = lambda: ctx.eval(
        "new Promise(r => setTimeout(() => r(7), 10))").get(timeout=5) == 7
    p["time limit on a JS loop"] = lambda: timed_stop(lambda: MiniRacer().eval(
        LOOP, timeout_sec=0.5))
    p["time limit inside a regexp"] = lambda: timed_stop(lambda: MiniRacer().eval(
        REGEX, timeout_sec=0.5))
    mem = MiniRacer()
    p["memory limit stops s += s"] = lambda: timed_stop(lambda: mem.eval(
        BOMB, max_memory=100 * 2 ** 20), 30)
    p["usable after a limit fired"] = lambda: mem.eval("1 + 1") == 2
    p["ES modules from a host loader"] = lambda: "no"
    p["no file access by default"] = lambda: "yes (no import())" if attempt(
        lambda: ctx.eval("import('/etc/passwd')")) else "yes"
    p["FileLoader(root) sandbox"] = lambda: "no"
    p["Engines in two threads"] = lambda: _threads(MiniRacer, lambda e, s: e.eval(s))
    p["pure Python (no native code)"] = lambda: "no (V8)"
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
    p["cyclic object to Python"] = lambda: ctx.eval("var c = {}; c.self = c; c").json() and "?"
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
        v = ctx.eval("var pr; Promise.resolve(7).then(x => pr = x); 0")
        while ctx.execute_pending_job():
            pass
        return ctx.get("pr") == 7 and "manual job loop"
    p["promise result from Python"] = promise

    def limited(code):
        c = quickjs.Context()
        c.set_time_limit(0.5)
        c.eval(code)
    p["time limit on a JS loop"] = lambda: timed_stop(lambda: limited(LOOP))
    p["time limit inside a regexp"] = lambda: timed_stop(lambda: limited(REGEX))
    mem = quickjs.Context()
    mem.set_memory_limit(100 * 2 ** 20)
    p["memory limit stops s += s"] = lambda: timed_stop(lambda: mem.eval(BOMB), 30)
    p["usable after a limit fired"] = lambda: mem.eval("1 + 1") == 2
    p["ES modules from a host loader"] = lambda: "module() without a loader"
    p["no file access by default"] = lambda: "yes"
    p["FileLoader(root) sandbox"] = lambda: "no"
    p["Engines in two threads"] = lambda: _threads(quickjs.Context, lambda e, s: e.eval(s))
    p["pure Python (no native code)"] = lambda: "no (C)"
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
    p["live object proxies"] = lambda: "no (JSON copies)"
    p["cyclic object to Python"] = lambda: it.evaljs("var c = {}; c.self = c; c") is not None
    p["expose a Python function"] = lambda: (it.export_function("add", lambda a, b: a + b),
                                             it.evaljs("call_python('add', 2, 3)"))[1] == 5 \
        and "via call_python()"

    def boom():
        raise ZeroDivisionError("division by zero")
    p["Python exception catchable in JS"] = lambda: (
        it.export_function("boom", boom),
        it.evaljs("try { call_python('boom') } catch (e) { String(e.message) }"))[1] \
        == "division by zero"
    p["call a JS function by name"] = lambda: it.evaljs(
        "function f(a) { return a * 2 }; f(dukpy.x)", x=21) == 42 and "by re-evaluating"
    p["promise result from Python"] = lambda: "no (ES5)"
    p["time limit on a JS loop"] = lambda: "no"
    p["time limit inside a regexp"] = lambda: "no"
    p["memory limit stops s += s"] = lambda: "no"
    p["usable after a limit fired"] = lambda: "-"
    p["ES modules from a host loader"] = lambda: "require() via module_loader"
    p["no file access by default"] = lambda: "require() reads files"
    p["FileLoader(root) sandbox"] = lambda: "no"
    p["Engines in two threads"] = lambda: _threads(dukpy.JSInterpreter,
                                                   lambda e, s: e.evaljs(s + ";who"))
    p["pure Python (no native code)"] = lambda: "no (C)"
    return p


LIBRARIES = [("scopejs", "scopejs", scopejs_probes), ("mini-racer", "py_mini_racer",
             miniracer_probes), ("quickjs", "quickjs", quickjs_probes),
             ("dukpy", "dukpy", dukpy_probes)]


def main():
    columns = []
    rows: list[str] = []
    for label, module, probes in LIBRARIES:
        if importlib.util.find_spec(module) is None:
            columns.append((label, {}))
            continue
        table = probes()
        for name in table:
            if name not in rows:
                rows.append(name)
        columns.append((label, {name: attempt(fn, 60) for name, fn in table.items()}))
    print("| capability | " + " | ".join(label for label, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row in rows:
        print(f"| {row} | " + " | ".join(cells.get(row, "-") for _, cells in columns) + " |")


if __name__ == "__main__":
    main()
