"""The embedding API (docs/embedding.md): eval, call, expose, globals, modules, jobs, close."""
from __future__ import annotations

import asyncio
import datetime
import io

import pytest

from scopejs import (UNDEFINED, Engine, JSArray, JSError, JSFunction, JSMap, JSObject,
                     JSPromise, JSSet, JSSyntaxError, ResourceLimitError, ScopeJSError)


def test_eval_returns_python_values():
    js = Engine()
    assert js.eval("1 + 2") == 3 and type(js.eval("1 + 2")) is int
    assert js.eval("0.5") == 0.5
    assert js.eval("2 ** 53") == 2.0 ** 53 and type(js.eval("2 ** 53")) is float
    assert type(js.eval("-0")) is float
    assert js.eval("2n ** 70n") == 2 ** 70
    assert js.eval("undefined") is UNDEFINED and js.eval("null") is None
    assert js.eval("'\\u{1F600}'") == "\U0001F600"
    assert js.eval("'\\uD800'") == "\ud800"          # a lone surrogate stays one code point
    assert js.eval("new Date(Date.UTC(2020, 1, 3, 4, 5, 6))") == datetime.datetime(
        2020, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)


def test_syntax_and_runtime_errors():
    js = Engine()
    with pytest.raises(JSSyntaxError):
        js.eval("let = ;")
    with pytest.raises(JSError) as info:
        js.eval("null.x")
    assert info.value.name == "TypeError"
    assert js.eval("1") == 1        # still usable


def test_call_by_name_and_proxy_with_this():
    js = Engine()
    js.eval("function add(a, b) { return a + b; } var o = {k: 10, f() { return this.k; }}")
    assert js.call("add", 2, 3) == 5
    f = js.eval("o.f")
    assert isinstance(f, JSFunction)
    assert js.call(f, this=js.get_global("o")) == 10
    assert f.call({"k": 7}) == 7
    assert js.eval("(x => x * 3)")(5) == 15


def test_expose_converts_and_turns_exceptions_into_js_errors():
    js = Engine()
    js.expose("pyadd", lambda a, b: a + b)
    assert js.eval("pyadd(2, 40)") == 42
    js.expose("fail", lambda: 1 / 0)
    assert js.eval("try { fail(); } catch (e) { [e instanceof Error, e.message].join() }") \
        == "true,division by zero"
    with pytest.raises(JSError) as info:
        js.eval("fail()")
    assert "division by zero" in info.value.message
    seen = []
    js.expose("keep", lambda o: seen.append(o))
    js.eval("keep({a: [1, 2]})")
    assert isinstance(seen[0], JSObject) and seen[0]["a"][1] == 2


def test_callback_reenters_its_engine():
    js = Engine()
    js.expose("twice", lambda f, x: f(f(x)))
    assert js.eval("twice(y => y + 1, 1)") == 3
    js.expose("inner_eval", lambda src: js.eval(src))
    assert js.eval("inner_eval('6 * 7')") == 42
    js.expose("inner_throw", lambda: js.eval("throw new RangeError('deep')"))
    assert js.eval("try { inner_throw() } catch (e) { e instanceof RangeError }") is True


def test_globals():
    js = Engine()
    js.set_global("config", {"n": 3, "names": ["a", "b"], "when": None})
    assert js.eval("config.names.length + config.n") == 5
    assert js.eval("config.when") is None
    assert js.get_global("nothing_here") is UNDEFINED
    js.eval("var answer = 42")
    assert js.get_global("answer") == 42


def test_run_module_returns_namespace():
    js = Engine(module_loader=lambda spec, referrer: "export const base = 40;")
    ns = js.run_module("import {base} from 'lib'; export const x = base + 2; "
                       "export default function f() { return 1; }", name="main.mjs")
    assert ns["x"] == 42 and ns["default"]() == 1


def test_no_module_loader_means_no_imports():
    js = Engine()
    with pytest.raises(JSError) as info:
        js.run_module("import x from './x.js';")
    assert "Cannot find module './x.js'" in info.value.message


def test_promises_result_and_await():
    js = Engine()
    p = js.eval("new Promise(r => setTimeout(() => r('late'), 50))")
    assert isinstance(p, JSPromise) and p.state == "pending"
    assert p.result() == "late" and p.state == "fulfilled"
    rejected = js.eval("Promise.reject(new TypeError('no'))")
    with pytest.raises(JSError) as info:
        rejected.result()
    assert info.value.name == "TypeError"
    never = js.eval("new Promise(() => {})")
    with pytest.raises(ScopeJSError):
        never.result()

    async def main():
        return await js.eval("(async () => { await null; return 7; })()")
    assert asyncio.run(main()) == 7


def test_run_jobs_runs_timers():
    out = io.StringIO()
    js = Engine(stdout=out)
    js.eval("setTimeout(() => console.log('tick'), 10); Promise.resolve().then(() => "
            "console.log('micro'))")
    assert out.getvalue() == "micro\n"
    js.run_jobs()
    assert out.getvalue() == "micro\ntick\n"


def test_close_and_context_manager():
    with Engine() as js:
        obj = js.eval("({a: 1})")
        assert js.eval("2") == 2
    with pytest.raises(ScopeJSError):
        js.eval("1")
    with pytest.raises(ScopeJSError):
        obj["a"]


def test_proxies_follow_python_protocols():
    js = Engine()
    arr = js.eval("[1, 'two', [3]]")
    assert isinstance(arr, JSArray) and len(arr) == 3
    assert arr[-1][0] == 3 and list(arr)[:2] == [1, "two"] and "two" in arr
    assert arr[0:2] == [1, "two"]
    arr.append(4)
    assert len(arr) == 4 and js.eval("(a) => a[3]")(arr) == 4
    with pytest.raises(IndexError):
        arr[10]
    obj = js.eval("({a: 1, b: {c: 2}})")
    assert list(obj) == ["a", "b"] and obj["b"]["c"] == 2 and "a" in obj and len(obj) == 2
    obj["d"] = [5]
    assert js.eval("(o) => o.d[0]")(obj) == 5
    del obj["a"]
    assert obj.keys() == ["b", "d"]
    m = js.eval("new Map([['k', 1], [2, 'two']])")
    assert isinstance(m, JSMap) and m["k"] == 1 and m[2] == "two" and len(m) == 2
    with pytest.raises(KeyError):
        m["missing"]
    m["n"] = 3
    assert m.items() == [("k", 1), (2, "two"), ("n", 3)]
    s = js.eval("new Set([1, 2])")
    assert isinstance(s, JSSet) and 2 in s and 3 not in s and list(s) == [1, 2]
    assert js.eval("(o) => o")(obj) == obj          # a proxy crosses back as its own object


def test_to_py_keeps_cycles_and_sharing():
    js = Engine()
    value = js.eval("var o = {name: 'o', list: [1, 2]}; o.self = o; o.again = o.list; "
                    "o.m = new Map([['x', o.list]]); o.s = new Set([1]); o").to_py()
    assert value["self"] is value
    assert value["again"] is value["list"] and value["m"]["x"] is value["list"]
    assert value["s"] == {1}


def test_unconvertible_python_values_are_refused():
    js = Engine()
    for bad in (object(), {1: "int key"}, {1, 2}, b"bytes"):
        with pytest.raises(TypeError):
            js.set_global("x", bad)
    other = Engine().eval("({})")
    with pytest.raises(TypeError):
        js.set_global("x", other)
    assert js.eval("typeof x") == "undefined"


def test_python_to_js_conversions():
    js = Engine()
    js.expose("kind", lambda: None)
    js.set_global("v", [None, UNDEFINED, True, 2 ** 60, 1.5, "s\U0001F600", (1, 2),
                        {"k": "v"}, datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc)])
    assert js.eval("v.map(x => x instanceof Date ? 'date' : typeof x).join()") == \
        "object,undefined,boolean,bigint,number,string,object,object,date"
    assert js.eval("v[5].length") == 3 and js.eval("v[8].toISOString()") == \
        "2020-01-02T00:00:00.000Z"
    cyclic = [1]
    cyclic.append(cyclic)
    js.set_global("c", cyclic)
    assert js.eval("c[1] === c") is True


def test_resource_limit_is_not_catchable_by_js():
    js = Engine(max_steps=10_000)
    with pytest.raises(ResourceLimitError):
        js.eval("try { while (true) {} } catch (e) { 'caught' }")
    assert js.eval("'usable'") == "usable"
