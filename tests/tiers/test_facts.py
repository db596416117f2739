"""The direct form's type facts (speculation.fold / fold_facts), its register-initialisation
analysis (direct.registers_read_unassigned) and which functions charge the step budget.

Each test would fail without the mechanism: guards the facts make redundant are gone from the
generated source, folded code keeps the template's semantics (node-checked corpus programs run
in every tier elsewhere), and what a fact must not survive (a branch, a loop, a call writing the
frame's registers) is checked on the folding itself."""
from __future__ import annotations

import pytest

from scopejs.errors import ResourceLimitError
from scopejs.tiering.speculation import fold, fold_facts
from tests.tiers.test_direct import direct_of, engine_with, parity


def source_of(engine, name):
    return engine.realm.global_env.global_this.props[name].sfi.bytecode.tier.source


def test_a_guarded_result_needs_no_second_guard():
    e = engine_with()
    e.eval("function h(a, b) { var s = a * a; return s * b + s * s; }"
           "for (var i = 0; i < 5; i++) h(i, 2);")
    src = source_of(e, "h")
    assert direct_of(e, "h") is not None
    # a * a is guarded; the results are Numbers, so only `b` is tested again
    assert src.count("return deopt(") == 2, src
    assert "operators.Add" not in src   # the Add of two known Numbers folded to its float path
    assert e.eval("h(3, 2)") == 99 and e.eval("h('x', 2)") != e.eval("h('x', 2)")   # NaN


def test_facts_end_at_a_jump_target():
    e = engine_with()
    e.eval("function k(a, c) { var x = a * 2; if (c) x = 'str'; return x * 3; }"
           "for (var i = 0; i < 5; i++) k(i, false);")
    src = source_of(e, "k")
    assert src.count("return deopt(") == 2   # x * 3 is guarded again after the join
    assert e.eval("k(1, true)") != e.eval("k(1, true)")   # 'str' * 3 is NaN: deopts, no crash
    assert e.eval("k(2, false)") == 12


def test_fold_decides_known_class_tests_and_joins_branches():
    lines = ("_x = R4", "_y = acc", "if _x.__class__ is F and _y.__class__ is F and _y:",
             "    acc = _x / _y", "else:", "    acc = operators.Divide(_x, _y)")
    code, after = fold(lines, frozenset({"acc", "R4"}))
    assert code[2] == "if _y:"                 # the decided terms are gone
    assert {"acc", "R4"} <= after              # both branches assign a Number
    code, after = fold(lines, frozenset({"R4"}))
    assert "acc" not in after                  # acc's class was never known


def test_an_and_decides_its_terms_knowing_the_ones_before_held():
    # TestLessThan against a known float: once `_cx is acc.__class__` held, _cx is the float
    # class, so `(_cx is F or _cx is str)` is true there and goes; not when acc is unknown
    lines = ("_cx = R3.__class__", "if _cx is acc.__class__ and (_cx is F or _cx is str):",
             "    acc = R3 < acc", "else:", "    acc = IsLessThan(R3, acc, True) is True")
    assert fold(lines, frozenset({"acc"}))[0][1] == "if _cx is acc.__class__:"
    assert fold(lines, frozenset())[0][1] == lines[1]
    # (a term of an `or` knows nothing of the others)
    either = ("if _c is F or (_c is F or _c is str):", "    pass")
    assert fold(either, frozenset())[0][0] == either[0]


def test_fold_forgets_what_a_branch_loop_or_walrus_may_assign():
    code, after = fold(("if c:", "    R5 = g()"), frozenset({"R5", "R6"}))
    assert after == {"R6"}
    code, after = fold(("while p:", "    R5 = p.x"), frozenset({"R5"}))
    assert after == set()
    code, after = fold(("if (R5 := g()) is None:", "    pass"), frozenset({"R5"}))
    assert after == set()


def test_facts_about_frame_memory_end_at_a_call():
    code, after = fold(("f(x)", "if regs[5].__class__ is F:", "    y = 1"),
                       frozenset({"regs[5]"}))
    assert any("regs[5].__class__" in line for line in code)   # not decided after the call


@pytest.mark.parametrize("lines,known,after", [
    (["acc = value_3"], {"value_3"}, {"acc", "value_3"}),
    (["acc = 0.0"], set(), {"acc"}),
    (["R4 = acc"], {"acc"}, {"acc", "R4"}),
    (["acc = ctx.slots[0]"], {"acc", "R4"}, {"R4"}),
    (["a, R4 = x"], {"acc", "R4"}, {"acc"}),
    (["if p:", "    R4 += 1"], {"R4"}, set()),
])
def test_fold_facts_follows_copies_without_parsing(lines, known, after):
    assert fold_facts(lines, set(known))[1] == after


def test_registers_read_before_any_write_start_undefined():
    src = ("function u(c) { var x; if (c) x = 1; var y = 2; return [x, y]; }"
           "function w(c) { var n = c ? 1 : 2; return n; }")
    assert parity(src + "for (var i = 0; i < 300; i++) u(i & 1); console.log(u(false), w(1));")
    e = engine_with()
    e.eval(src + "for (var i = 0; i < 5; i++) { u(true); w(0); }")
    def initialised(name):   # the prologue's `X = Y = UNDEFINED` line, split
        prologue = source_of(e, name).split("    try:")[0].splitlines()
        inits = [line for line in prologue if line.startswith("    ") and line.strip()
                 .endswith("= UNDEFINED") and " if " not in line]
        return inits[0].split(" = ")[:-1] if inits else []
    assert any(r.strip().startswith("R") for r in initialised("u"))   # x: read unassigned
    assert initialised("w") == []   # every register and the accumulator written first


def test_a_function_without_calls_does_not_charge_the_budget_but_callers_do():
    e = engine_with()
    e.eval("function leaf(a) { return a + 1; } function caller(a) { return leaf(a); }"
           "for (var i = 0; i < 5; i++) caller(i);")
    assert "interp.budget" not in source_of(e, "leaf")
    assert "interp.budget" in source_of(e, "caller")


def test_getter_recursion_without_call_instructions_is_interruptible():
    # every getter call comes from Python (the property read): calls_support charges it
    e = engine_with(timeout=0.3)
    with pytest.raises(ResourceLimitError):
        e.eval("var lvl = 0; var p = { get x() { if (lvl >= 40) return 0; lvl++;"
               "  var r = this.x + this.x; lvl--; return r; } };"
               "lvl = 38; for (var i = 0; i < 5; i++) p.x; lvl = 0; p.x")   # 2**40 reads


def test_facts_flow_around_a_loop_to_its_header():
    src = ("function tri(n) { var s = 0; for (var i = 0; i < n; i++) s = s + i; return s; }"
           "function mix(n) { var x = 1; for (var i = 0; i < n; i++) {"
           "  x = x * 2; if (i === 3) x = 'a'; } return x; }")
    assert parity(src + "for (var k = 0; k < 300; k++) { tri(10); mix(2); }"
                        "console.log(tri(100), mix(6), mix(3));") == "4950 NaN 8\n"
    e = engine_with()
    e.eval(src + "for (var k = 0; k < 5; k++) { tri(10); mix(2); }")
    tri = source_of(e, "tri")
    # s and i are Numbers on entry and after every iteration: i++ needs no guard, s + i is a
    # float add, i < n tests only n
    assert "return deopt(" not in tri and "operators.Add" not in tri
    # x may be a string after an iteration: x * 2 stays guarded at the loop header
    assert source_of(e, "mix").count("return deopt(") == 1
