"""[[Scopes]] of real closures (seed 003's examples), read from the engine's Context chain.

Runs the seed programs through the Engine and asks scopes_view for the DevTools lines; skipped
while the engine cannot run scripts yet."""
from __future__ import annotations

import io

import pytest


def _run(source: str, lazy: bool = True):
    try:
        from scopejs.api import Engine
        from scopejs.errors import EngineInternalError
    except ImportError as exc:
        pytest.skip(f"scopejs.api not available: {exc}")
    out = io.StringIO()
    engine = Engine(lazy=lazy, stdout=out, stderr=io.StringIO())
    try:
        value = engine.run_script(source, "scopes.js")
    except EngineInternalError as exc:
        pytest.skip(f"engine cannot run this yet: {str(exc)[:200]}")
    return engine, value, out


@pytest.fixture(params=[True, False], ids=["lazy", "eager"])
def lazy(request):
    return request.param


def _scopes(engine, fn):
    from scopejs.inspect.scopes_view import describe_scopes
    return describe_scopes(fn, engine.realm)


def test_trimmed_to_captured_variables(lazy):
    engine, fn, _ = _run("""
function a() {
  const w = 'w'
  return function b() {
    const x = 'x'
    const y = 'y'
    const z = 'z'
    return function c() {
      debugger
      console.log(w, y, z)
    }
  }
}
a()()
""", lazy)
    assert _scopes(engine, fn) == ["Closure (b) {y: 'y', z: 'z'}", "Closure (a) {w: 'w'}", "Global"]


def test_block_scope_closure(lazy):
    engine, fn, _ = _run("""
function foo() {
  const x = 1
  const y = 1
  {
    const y = 2
    return () => console.log(x, y)
  }
}
foo()
""", lazy)
    assert _scopes(engine, fn) == ["Block (foo) {y: 2}", "Closure (foo) {x: 1}", "Global"]


def test_no_closure_over_globals(lazy):
    engine, fn, _ = _run("""
const x = 1
function foo() {
  return function bar() { console.log(x) }
}
foo()
""", lazy)
    assert _scopes(engine, fn) == ["Script {x: 1}", "Global"]


def test_currying_closes_over_each_argument(lazy):
    engine, fn, _ = _run("const sum = a => b => c => d => a + b + c + d; sum(1)(2)(3)", lazy)
    lines = _scopes(engine, fn)
    assert [line.split(" {")[1] for line in lines[:3]] == ["c: 3}", "b: 2}", "a: 1}"]
    assert lines[-2:] == ["Script {sum: [Function: sum]}", "Global"]


def test_no_closure_when_nothing_captured(lazy):
    engine, fn, _ = _run("const foo = a => b => c => d => c; foo(1)(2)", lazy)
    lines = _scopes(engine, fn)
    assert lines == ["Script {foo: [Function: foo]}", "Global"]


def test_console_dir_with_scopes_option(lazy):
    engine, _, out = _run("""
function counter() {
  let count = 0
  return function increment() { return ++count }
}
const inc = counter()
inc()
console.dir(inc, { scopes: true })
""", lazy)
    assert out.getvalue() == ("[Function: increment]\n  [[Scopes]]: Scopes[3]\n"
                              "    0: Closure (counter) {count: 1}\n"
                              "    1: Script {inc: [Function: increment]}\n    2: Global\n")
