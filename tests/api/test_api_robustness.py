"""No input makes the engine leak a Python exception: only JS errors or clean limits."""
import io

import pytest

from scopejs.api import Engine
from scopejs.errors import JSError, JSSyntaxError, ResourceLimitError

SNIPPETS = [
    "class A { constructor() { return 1 } } new A()",
    "function* g() { yield* g() } [...g()]",
    "var o = {}; o.__proto__ = o",
    "async function f() { await f() } f()",
    "var a = []; a[1e9] = 1; a.length",
    "(function () { 'use strict'; undefined_var = 1 })()",
    "new (class extends null {})",
    "class B extends Object { constructor() { super(); super(); } } new B()",
    "Object.defineProperty(globalThis, 'x', {get() { throw 1 }}); x",
    "for (const x of [1,2]) { x = 3 }",
    "with (null) {}",
    "eval('let')",
    "function f() { return f() } f()",
    "Symbol() + ''",
    "({} = null)",
    "var {a} = undefined",
    "class C { #x; static m(o) { return o.#x } } C.m({})",
    "function* g() { yield 1 } var it = g(); it.next(); it.throw(new Error('x'))",
    "async function* ag() { yield 1 } ag().next().then(v => v)",
    "new.target",
    "(() => { arguments })()",
    "'use strict'; var f = function g() { g = 1 }; f()",
    "import('./nope.mjs')",
    "Array.prototype[Symbol.iterator] = null; [...[1]]",
    "Object.prototype.then = function(r) { r(1) }; (async () => 1)()",
    "let x = x",
    "throw { toString() { throw 1 } }",
    "throw Symbol('s')",
    "var g = function* () { yield 1 }; var i = g(); i.next(); i.next(); i.return(5); i.throw(1)",
    "function f(a = eval('var arguments')) {} f()",
    "setTimeout(() => { throw new Error('late') }, 1)",
    "Promise.reject(new Error('unhandled'))",
    "for (var i = 0; ; i++) {}",
]


@pytest.mark.parametrize("src", SNIPPETS)
@pytest.mark.parametrize("lazy", [True, False], ids=["lazy", "eager"])
def test_only_js_errors_or_limits(src, lazy):
    out = io.StringIO()
    engine = Engine(stdout=out, stderr=out, max_steps=20000, lazy=lazy)
    try:
        engine.run_script(src, "fuzz.js")
        engine.run_jobs()
    except (JSError, JSSyntaxError, ResourceLimitError):
        pass
