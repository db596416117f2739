"""Direct eval: eval code is analysed against the ScopeInfo chain of the live context."""
from __future__ import annotations

from scope_helpers import parse_js
from scopejs.scopes import analyze_eval, analyze_script
from scopejs.scopes.scope_info import ScopeInfo
from scopejs.scopes.variable import VariableLocation


def _caller_scope_infos(source):
    program = parse_js(source)
    analyze_script(program)
    fn = program.scope.inner[0]
    infos = []
    scope = fn
    while scope is not None:
        if scope.scope_info is not None:
            infos.append(scope.scope_info)
        scope = scope.outer
    return infos


def test_eval_code_reads_caller_context_slots():
    infos = _caller_scope_infos("function f(a) { let b = 1; return eval('a + b'); }")
    assert infos and isinstance(infos[0], ScopeInfo)
    program = parse_js("a + b + c")
    scope = analyze_eval(program, infos, False)
    stmt = program.body[0].expression
    a = stmt.left.left.variable
    b = stmt.left.right.variable
    c = stmt.right.variable
    # Bindings of the calling function are its context slots; a name that leaves a function
    # calling sloppy eval may have been added by an earlier eval: looked up dynamically.
    assert a.location is VariableLocation.CONTEXT and b.location is VariableLocation.CONTEXT
    assert c.location is VariableLocation.LOOKUP
    assert scope.scope_type.value == "eval"


def test_strict_caller_eval_resolves_statically():
    infos = _caller_scope_infos(
        "function f(a) { 'use strict'; let b = 1; return eval('a + b + g'); }")
    program = parse_js("a + b + g")
    analyze_eval(program, infos, True)
    stmt = program.body[0].expression
    a = stmt.left.left.variable
    g = stmt.right.variable
    assert a.location is VariableLocation.CONTEXT
    assert g.location is VariableLocation.UNALLOCATED


def test_sloppy_eval_vars_are_lookups_and_strict_eval_vars_are_local():
    program = parse_js("var v = 1; v;")
    analyze_eval(program, (), False)
    assert program.scope.variables["v"].location is VariableLocation.LOOKUP
    program = parse_js("var w = 1; w;")
    analyze_eval(program, (), True)
    assert program.scope.variables["w"].location is VariableLocation.LOCAL


def test_with_makes_inner_references_lookups():
    program = parse_js("function f(o) { var v = 1; with (o) { v; } return v; }")
    analyze_script(program)
    fn = program.body[0]
    with_stmt = fn.body.body[1]
    inner_ref = with_stmt.body.body[0].expression
    outer_ref = fn.body.body[2].argument
    assert inner_ref.variable.location is VariableLocation.LOOKUP
    assert outer_ref.variable.location is VariableLocation.CONTEXT
