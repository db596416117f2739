"""[[Scopes]] of real closures (seed 003's examples), read from the engine's Context chain.

Runs the seed programs through the Engine and asks scopes_view for the DevTools lines."""
from __future__ import annotations

import io

import pytest


def _run(source: str, lazy: bool = True):
    from scopejs.api import Engine
    out = io.StringIO()
    engine = Engine(lazy=lazy, stdout=out, stderr=io.StringIO())
    value = engine.run_script(source, "scopes.js")
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


def test_cli_show_scopes_flag(tmp_path):
    """`scopejs --show-scopes prog.js`: console.dir(fn) adds the [[Scopes]] block (seed 003)."""
    import subprocess
    import sys
    from pathlib import Path
    _run("1")   # skips while the engine cannot run scripts
    prog = tmp_path / "seed003.js"
    prog.write_text("""
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
const cFn = a()()
console.dir(cFn)
""")
    root = Path(__file__).resolve().parents[2]
    # --script: a classic Script, as seed 003 pictures it (its `const cFn` in the Script scope)
    with_flag = subprocess.run([sys.executable, "-m", "scopejs", "--script", "--show-scopes",
                                str(prog)], capture_output=True, text=True, cwd=root, timeout=60)
    assert with_flag.stdout == ("[Function: c]\n  [[Scopes]]: Scopes[4]\n"
                                "    0: Closure (b) {y: 'y', z: 'z'}\n    1: Closure (a) {w: 'w'}\n"
                                "    2: Script {cFn: [Function: c]}\n    3: Global\n")
    # as node runs the file (a CommonJS module): cFn is a local of the module wrapper, which
    # c does not capture, so no scope holds it
    as_node = subprocess.run([sys.executable, "-m", "scopejs", "--show-scopes", str(prog)],
                             capture_output=True, text=True, cwd=root, timeout=60)
    assert as_node.stdout == ("[Function: c]\n  [[Scopes]]: Scopes[3]\n"
                              "    0: Closure (b) {y: 'y', z: 'z'}\n    1: Closure (a) {w: 'w'}\n"
                              "    2: Global\n")
    plain = subprocess.run([sys.executable, "-m", "scopejs", str(prog)],
                           capture_output=True, text=True, cwd=root, timeout=60)
    assert plain.stdout == "[Function: c]\n"    # what node prints


def test_catch_with_and_previews(lazy):
    engine, fns, _ = _run("""
var fns = [];
try { throw new TypeError("boom"); } catch (e) { fns.push(() => e); }
function withWith(o) { with (o) { return () => x; } }
fns.push(withWith({ x: 1, y: "two" }));
function big() { const list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
  return () => list; }
fns.push(big());
fns
""", lazy)
    from scopejs.inspect.scopes_view import describe_scopes
    first, second, third = (fns.get_index(i) for i in range(3))
    assert describe_scopes(first, engine.realm)[0] == "Catch {e: TypeError: boom}"
    assert describe_scopes(second, engine.realm)[0] == "With Block {x: 1, y: 'two'}"
    assert describe_scopes(third, engine.realm)[0] == "Closure (big) {list: Array(21)}"
