"""Scope allocation decisions, tested directly: (snippet, {variable: location})."""
from __future__ import annotations

import pytest

from scope_helpers import parse_js
from scopejs.inspect.scope_dump import dump_scopes, variable_locations
from scopejs.scopes import analyze_script

SEED_001 = """
var top = 1;
function multi() {
    var a = 10;
    return function inner() {
        return a * 10;
    }
}
const p = multi();
"""

SEED_003 = """
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
"""

CREATE_COUNTER = """
function createCounter() {
  let count = 0;
  let unused = 1;
  return { increment() { return ++count; }, get() { return count; } };
}
"""

CASES = [
    ("seed 001 multi", SEED_001,
     {"top": "UNALLOCATED", "multi": "UNALLOCATED", "p": "UNALLOCATED", "a": "CONTEXT[0]"}),
    ("seed 003 trimmed scopes", SEED_003,
     {"w": "CONTEXT[0]", "x": "LOCAL r0", "y": "CONTEXT[0]", "z": "CONTEXT[1]",
      "cFn": "UNALLOCATED"}),
    ("createCounter", CREATE_COUNTER, {"count": "CONTEXT[0]", "unused": "LOCAL r0"}),
    ("no capture, no context", "function f(a, b) { let c = a + b; return c; }",
     {"a": "PARAMETER a0", "b": "PARAMETER a1", "c": "LOCAL r0"}),
    ("for-let loop closure",
     "function f() { const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return fs }",
     {"fs": "LOCAL r0", "i": "CONTEXT[0]"}),
    ("captured parameter", "function f(x, y) { return () => x; }",
     {"x": "CONTEXT[0]", "y": "PARAMETER a1"}),
    ("direct eval forces context", "function f(x) { var y = 1; return eval('x + y'); }",
     {"x": "CONTEXT[3]", "y": "CONTEXT[4]", "arguments": "CONTEXT[5]"}),
    ("with: references inside become lookups", "function f(o) { var v = 1; with (o) { v; } }",
     {"o": "PARAMETER a0", "v": "CONTEXT[0]"}),
    ("mapped arguments alias parameters",
     "function f(a, b) { arguments[0] = 2; return a; }",
     {"a": "CONTEXT[0]", "b": "CONTEXT[1]", "arguments": "LOCAL r0"}),
    ("strict arguments are unmapped",
     "function f(a, b) { 'use strict'; return arguments.length + a; }",
     {"a": "PARAMETER a0", "b": "PARAMETER a1", "arguments": "LOCAL r0"}),
    ("catch parameter captured", "try {} catch (e) { (() => e)(); }", {"e": "CONTEXT[0]"}),
    ("block scoped lets", "function f() { { let a = 1; { let b = a; } } }",
     {"a": "LOCAL r0", "b": "LOCAL r1"}),
    ("script lexicals are global", "let g = 1; const h = 2; class K {}",
     {"g": "UNALLOCATED", "h": "UNALLOCATED", "K": "UNALLOCATED"}),
    ("parameter expressions: separate var scope",
     "function f(a = 1, {b} = {}) { var c = a; return () => c; }",
     {"a": "LOCAL r0", "b": "LOCAL r1", "c": "CONTEXT[0]"}),
    ("annex B function in block", "function f() { { function g() {} } return g; }",
     {"f:g": "LOCAL r1", "g": "LOCAL r0"}),
]


@pytest.mark.parametrize("title,source,expected", CASES, ids=[c[0] for c in CASES])
def test_allocation(title, source, expected):
    program = parse_js(source)
    analyze_script(program)
    actual = variable_locations(program.scope)
    for name, location in expected.items():
        assert actual.get(name) == location, f"{name}: {actual.get(name)}\n{dump_scopes(program)}"


def test_arrow_this_captured():
    program = parse_js("function f() { return () => this; }")
    analyze_script(program)
    fn_scope = program.scope.inner[0]
    assert fn_scope.receiver.location_text() == "CONTEXT[0]"
    assert fn_scope.needs_context


def test_function_without_captures_has_no_context():
    program = parse_js("function f(a) { var b = a * 2; return b; }")
    analyze_script(program)
    assert not program.scope.inner[0].needs_context


def test_tdz_hole_checks():
    program = parse_js("function f() { g(); let x = 1; x; function g() { return x; } }")
    analyze_script(program)
    fn = program.body[0]
    stmts = fn.body.body
    ref_after = stmts[2].expression
    assert ref_after.hole_check is False          # same closure, after initialization
    inner = stmts[3]
    ref_inner = inner.body.body[0].argument
    assert ref_inner.hole_check is True           # from an inner closure


def test_dump_format():
    program = parse_js(SEED_001)
    analyze_script(program)
    text = dump_scopes(program)
    assert "function scope multi [context: 1 slot]" in text
    assert "a: CONTEXT[0] (var)" in text
