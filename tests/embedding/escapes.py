"""The escape suite: every published way out of Js2Py's sandbox, replayed against scopejs.

Used by tests/embedding/test_sandbox.py (asserts no escape) and by
bench/embedding/escapes.py (prints the count).  An *attempt* is one probe; an *escape* is a
probe that reached a Python object, a Python attribute, a host file or a host module.

Sources: CVE-2024-28397 (Js2Py <= 0.74: `Object.getOwnPropertyNames({}).__getattribute__`
-> `__class__.__base__.__subclasses__()` -> subprocess.Popen) and Js2Py issue #340 (the same
chain through other values), plus `pyimport` and `constructor.constructor`.
"""
from __future__ import annotations

import os
import tempfile

from scopejs import Engine, FileLoader, JSError
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol

# Python attribute names an escape goes through.
DUNDERS = ["__class__", "__base__", "__bases__", "__mro__", "__subclasses__", "__dict__",
           "__getattribute__", "__getattr__", "__globals__", "__builtins__", "__import__",
           "__init__", "__code__", "__closure__", "__module__", "__name__", "__self__",
           "__func__", "__reduce__", "__reduce_ex__", "__qualname__", "__doc__", "__call__",
           "__new__", "__wrapped__", "func_globals", "f_globals", "gi_frame", "tb_frame",
           "behavior", "realm", "agent", "evaluator", "host", "engine", "props", "elements",
           "_obj", "_engine", "interp", "modules"]

# JS expressions whose values the dunder probes run on (host values included below).
SUBJECTS = ["Object.getOwnPropertyNames({})", "({})", "[]", "function(){}", "() => 1",
            "class {}", "Object", "Function", "Function.prototype", "Object.prototype",
            "globalThis", "Math", "JSON", "Reflect", "Proxy", "Promise.resolve(1)",
            "new Map()", "new Set()", "new WeakMap()", "Symbol()", "1n", "'s'", "1", "true",
            "new Error('e')", "new Date(0)", "/x/", "new ArrayBuffer(8)", "new Uint8Array(2)",
            "(function*(){})()", "(async function(){})", "arguments_object()", "hostFn",
            "hostFn()", "hostList()", "hostDict()", "hostErr", "caught()", "setTimeout",
            "console", "console.log", "hostCallback"]

JS2PY_CVE = r"""
let hacked, bymarve, n11, obj;
hacked = Object.getOwnPropertyNames({});
bymarve = hacked.__getattribute__;
if (bymarve !== undefined) {
  n11 = bymarve("__getattribute__");
  obj = n11("__class__").__base__;
  function findpopen(o) {
    for (let i in o.__subclasses__()) {
      let item = o.__subclasses__()[i];
      if (item.__module__ == "subprocess" && item.__name__ == "Popen") return item;
      if (item.__name__ != "type") { let r = findpopen(item); if (r) return r; }
    }
  }
  findpopen(obj)("id", -1, null, -1, -1, -1, null, null, true).communicate();
  "escaped";
} else "blocked";
"""

ISSUE_340 = [
    # the chain through other starting values
    "({}).__class__.__base__.__subclasses__()",
    "[].__class__.__base__.__subclasses__()",
    "(function(){}).__class__.__base__.__subclasses__()",
    "Object.__class__.__base__.__subclasses__()",
    "''.__class__.__mro__[1].__subclasses__()",
    "Function.prototype.constructor.__globals__",
    "this.__class__.__base__",
    "hostFn.__globals__['__builtins__']['__import__']('os').system('id')",
    "hostFn.__self__",
    "hostFn.__call__.__globals__",
    "hostFn.constructor('return this')().__class__",
    "new hostFn()",
]

CONSTRUCTOR_CHAINS = [
    "({}).constructor.constructor('return this')()",
    "[].constructor.constructor('return globalThis')()",
    "(() => 1).constructor('return typeof process')()",
    "hostFn.constructor.constructor('return this')()",
    "Function('return this')().process",
    "Object.getPrototypeOf(hostFn).constructor('return typeof require')()",
]

PYIMPORT = ["pyimport os", "pyimport('os')", "require('os')", "require('fs')",
            "typeof pyimport", "typeof require", "typeof process", "typeof module",
            "typeof __import__", "typeof eval('pyimport')"]

JS_VALUE_CLASSES = (bool, float, str, JSBigInt, JSSymbol, type(UNDEFINED), type(NULL))


def is_js_value(value) -> bool:
    return isinstance(value, JS_VALUE_CLASSES) or isinstance(value, JSObject)


class Outcome:
    def __init__(self):
        self.attempts = 0
        self.escapes: list[str] = []

    def record(self, probe, escaped, detail=""):
        self.attempts += 1
        if escaped:
            self.escapes.append(f"{probe}: {detail}")


def make_engine(root=None):
    engine = Engine(module_loader=FileLoader(root) if root else None, timeout=20)
    engine.expose("hostFn", lambda *a: "host result")
    engine.expose("hostList", lambda: [1, "a", {"k": [2]}])
    engine.expose("hostDict", lambda: {"a": 1, "f": (lambda: 2)})

    def raiser():
        raise ValueError("from python")
    engine.expose("hostErr", raiser)
    engine.expose("hostCallback", lambda f: f(1))
    engine.eval("""
        function arguments_object() { return arguments; }
        function caught() { try { hostErr(); } catch (e) { return e; } }""")
    return engine


def _run(engine, source):
    """(ok, raw JS value or error) of a script; the raw value, not converted."""
    try:
        return True, engine.run_script(source, "probe.js")
    except JSError as exc:
        return False, exc.value
    except Exception as exc:  # noqa: BLE001 - anything else is a finding
        return False, exc


def probe_dunders(engine, out: Outcome):
    for subject in SUBJECTS:
        for name in DUNDERS:
            source = f"(function () {{ let v = {subject}; return v == null ? undefined : " \
                     f"v[{name!r}]; }})()"
            ok, value = _run(engine, source)
            escaped = not ok and not isinstance(value, JSObject) or \
                ok and value is not UNDEFINED
            out.record(f"{subject}[{name}]", escaped, repr(value))


def probe_scripts(engine, out: Outcome):
    ok, value = _run(engine, JS2PY_CVE)
    out.record("CVE-2024-28397", not ok and not isinstance(value, JSObject) or
               ok and value != "blocked", repr(value))
    for source in ISSUE_340:
        ok, value = _run(engine, source)
        # Each must throw a JS error (TypeError: cannot read ... of undefined, not a
        # constructor) or give undefined.
        escaped = ok and value is not UNDEFINED or not ok and not isinstance(value, JSObject)
        out.record(source, escaped, repr(value))
    for source in CONSTRUCTOR_CHAINS:
        ok, value = _run(engine, source)
        # globalThis is fine (it is JS's own); a host object or a defined process is not
        escaped = (not is_js_value(value)) or (value.__class__ is str and value != "undefined")
        if ok and isinstance(value, JSObject) and value is not engine.realm.global_object:
            escaped = escaped or value.__class__.__name__ not in ("JSObject",)
        out.record(source, escaped, repr(value))
    for source in PYIMPORT:
        ok, value = _run(engine, source)
        escaped = ok and value not in ("undefined",) or not ok and not isinstance(
            value, (JSObject, JSError)) and not type(value).__name__ == "JSSyntaxError"
        out.record(source, escaped, repr(value))


def crawl(engine, out: Outcome, limit=200_000):
    """Everything reachable from globalThis: own properties (string and symbol keys), getter
    results, setters, prototypes, and the same from each host value."""
    ok, value = _run(engine, "[hostList(), hostDict(), caught(), hostDict().f]")
    return engine._run("crawling", _crawl, engine, out, limit, value, timeout=None)


def _crawl(engine, out, limit, host_values):
    realm = engine.realm
    roots = [realm.global_object]
    for name in ("hostFn", "hostList", "hostDict", "hostErr", "hostCallback"):
        roots.append(realm.global_object.Get(name, realm.global_object))
    roots.append(host_values)
    seen = set()
    stack = list(roots)
    while stack and len(seen) < limit:
        value = stack.pop()
        out.record("crawl", not is_js_value(value), f"{type(value).__name__} reached")
        if not isinstance(value, JSObject) or id(value) in seen:
            continue
        seen.add(id(value))
        try:
            proto = value.GetPrototypeOf()
            keys = value.OwnPropertyKeys()
        except ThrowCompletion:
            continue
        stack.append(proto)
        for key in keys:
            out.record("crawl key", not isinstance(key, (str, JSSymbol)), repr(key))
            try:
                desc = value.GetOwnProperty(key)
            except ThrowCompletion:
                continue
            if desc is None:
                continue
            for part in ("value", "get", "set"):
                v = getattr(desc, part)
                if v is not None:
                    stack.append(v)
            getter = desc.get
            if isinstance(getter, JSObject):
                try:
                    stack.append(getter.Call(value, []))
                except ThrowCompletion as exc:
                    stack.append(exc.value)
                except Exception as exc:  # noqa: BLE001 - a raw Python exception is a finding
                    out.record(f"getter {key!r}", True, repr(exc))
    return len(seen)


def probe_host_paths(out: Outcome):
    """import() with no loader, and with FileLoader(root) for paths outside root."""
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "root")
        os.makedirs(os.path.join(root, "lib"))
        with open(os.path.join(root, "lib", "ok.js"), "w") as fh:
            fh.write("export const ok = 1;")
        with open(os.path.join(root, "bad.js"), "w") as fh:
            fh.write("export const = ;")
        secret = os.path.join(tmp, "secret.js")
        with open(secret, "w") as fh:
            fh.write("export const secret = 'TOPSECRET';")
        os.symlink(secret, os.path.join(root, "link.js"))
        specs = ["/etc/passwd", "file:///etc/passwd", "../secret.js", "../../etc/passwd",
                 secret, "./link.js", "/../secret.js", "./lib/../../secret.js", "fs",
                 "node:fs", "os", "./nope.js", "./bad.js", "./lib", "\0", "data:text/"
                 "javascript,export default 1"]
        for loader_root in (None, root):
            engine = make_engine(loader_root)
            for spec in specs:
                source = f"import({spec!r}).then(ns => 'LOADED ' + JSON.stringify(ns), " \
                         f"e => e instanceof Error ? e.name + ': ' + e.message : 'odd')"
                try:
                    result = engine.eval(source).result()
                except Exception as exc:  # noqa: BLE001 - must be a rejection, not a raise
                    out.record(f"import({spec!r})", True, f"raised {exc!r}")
                    continue
                told = result.replace(spec, "<specifier>")   # JS knows what it asked for
                leaked = ("LOADED" in told or "TOPSECRET" in told or tmp in told
                          or "root:" in told or "No such file" in told
                          or "Permission" in told or "ENOENT" in told)
                out.record(f"import({spec!r}) root={loader_root}", leaked, result)
            # a file inside the root loads (so the probes above could have succeeded)
            ok = engine.eval("import('./lib/ok.js').then(ns => ns.ok, e => 'refused')").result()
            out.record(f"import inside root={loader_root}",
                       ok != (1 if loader_root else "refused"), repr(ok))


def run_all() -> Outcome:
    out = Outcome()
    engine = make_engine()
    probe_dunders(engine, out)
    probe_scripts(engine, out)
    crawl(engine, out)
    probe_host_paths(out)
    return out
