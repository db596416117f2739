"""What the direct form does to an instruction's lowered code beyond the template: copy
propagation (tiering/copies.py) and the global-binding cache (opcode_support.GlobalCache).

The copy tests run the rewrite on small instruction bodies and execute both versions, so a
rewrite that changed what the code computes fails; the global tests run scripts across several
Script evaluations, which one corpus file cannot."""
from __future__ import annotations

import re

from scopejs.tiering.branches import fuse_test_and_jump
from scopejs.tiering.copies import _propagate
from tests.tiers.test_direct import engine_with, parity


def run_lines(lines, env):
    scope = dict(env)
    exec("\n".join(lines), {}, scope)
    return {k: v for k, v in scope.items() if not k.startswith("_")}


def test_operand_copies_are_read_through_and_the_result_lands_in_acc():
    lines = ("_x = R3", "_y = acc", "_cx = _x.__class__",
             "if _cx is _y.__class__ and _cx is float:", "    _v = _x < _y",
             "else:", "    _v = None", "acc = _v")
    out = _propagate(lines)
    assert out is not None
    names = set(re.findall(r"\b_(?!_)\w+", "\n".join(out)))
    assert names == {"_cx", "_v"}   # (`_cx` is read twice; the result: acc is read)
    for r3, acc in [(1.0, 2.0), (3.0, 2.0), ("a", 1.0)]:
        env = {"R3": r3, "acc": acc}
        assert run_lines(out, env) == run_lines(lines, env)
    lines = ("_o = R3", "if _o.__class__ is float:", "    _v = _o + 1.0", "else:",
             "    _v = None", "acc = _v")
    out = _propagate(lines)
    assert not re.findall(r"\b_(?!_)\w+", "\n".join(out))
    for r3 in (1.0, "a"):
        assert run_lines(out, {"R3": r3}) == run_lines(lines, {"R3": r3})


def test_a_copy_is_not_read_after_its_source_may_have_changed():
    # `acc` is assigned on one path before `_y` is read again: `_y` must keep the old value
    lines = ("_y = acc", "if R3:", "    acc = 5.0", "R4 = _y")
    out = _propagate(lines)
    assert out is None or "R4 = _y" in "\n".join(out) or "_y = acc" in "\n".join(out)
    for r3 in (True, False):
        env = {"R3": r3, "acc": 1.0}
        got = run_lines(out or lines, env)
        assert got["R4"] == 1.0


def test_reads_in_the_other_branch_of_an_assignment_are_still_before_it():
    lines = ("_y = acc", "if R3:", "    acc = _y + 1.0", "else:", "    acc = _y - 1.0")
    out = _propagate(lines)
    assert out is not None and "_y" not in "\n".join(out)
    for r3 in (True, False):
        env = {"R3": r3, "acc": 1.0}
        assert run_lines(out, env) == run_lines(lines, env)


def test_the_result_is_not_renamed_when_the_instruction_reads_acc():
    lines = ("_v = acc + 1.0", "if _v > 2.0:", "    _v = acc", "acc = _v")
    out = _propagate(lines)
    assert out is None or "acc = _v" in "\n".join(out)
    for acc in (0.5, 5.0):
        env = {"acc": acc}
        assert run_lines(out or lines, env) == run_lines(lines, env)


def test_loops_are_followed_as_bodies_that_run_again():
    # the walk of a chain: the result may be renamed, the loop's own copy kept
    lines = ("_o = R3", "while _o:", "    _o = _o.get('p')", "acc = _o")
    out = _propagate(lines)
    env = {"R3": {"p": {"p": None}}}
    assert run_lines(out or lines, env) == run_lines(lines, env)
    # `acc` changes in the loop: `_y` must keep the value it had before it
    lines = ("_y = acc", "while R3 > 0.0:", "    acc = acc + 1.0", "    R3 = R3 - 1.0",
             "    R4 = _y")
    out = _propagate(lines)
    assert out is None or "_y = acc" in "\n".join(out)
    env = {"R3": 3.0, "acc": 1.0}
    assert run_lines(out or lines, env) == run_lines(lines, env)


def test_walrus_targets_are_left_alone():
    lines = ("_f = R3", "if (_d := _f.x) is not None:", "    acc = _d")
    out = _propagate(lines)
    assert out is not None and "(_d := R3.x)" in "\n".join(out)


def test_compare_and_property_programs_keep_their_results():
    parity("""
        function cmp(a, b) { return [a < b, a <= b, a > b, a >= b, a == b, a === b]; }
        function get(o) { return o.x + o.y; }
        var vals = [1, 2, "1", "b", NaN, -0, 0, null, undefined, {valueOf() { return 2; }}];
        var out = [];
        for (var r = 0; r < 3; r++)
          for (var i = 0; i < vals.length; i++)
            for (var j = 0; j < vals.length; j++) out.push(cmp(vals[i], vals[j]).join());
        console.log(out.length, out.slice(0, 12).join("|"));
        var P = {y: 10}; var o = Object.create(P); o.x = 1;
        for (var k = 0; k < 20; k++) get(o);
        Object.defineProperty(P, "y", {get() { return 20; }});
        console.log(get(o), get({x: "a", y: "b"}), get("str"), get([1]));
    """)


# -- the global-binding cache ------------------------------------------------------------------

def test_a_cached_var_binding_follows_later_scripts():
    e = engine_with()
    e.eval("var v = 1; function r() { return v; } function w(x) { v = x; }"
           "for (var i = 0; i < 20; i++) { w(i); r(); }")
    assert e.eval("r()") == 19
    e.eval("v = 5")
    assert e.eval("r()") == 5
    try:   # a later script cannot shadow it with a lexical declaration
        e.eval("let v = 2;")
        raise AssertionError("let over a var must be a SyntaxError")
    except Exception as exc:   # the engine's SyntaxError
        assert "already been declared" in str(exc)
    assert e.eval("r()") == 5
    e.eval("Object.defineProperty(globalThis, 'v', {writable: false}); w(9);")
    assert e.eval("r()") == 5


def test_a_lexical_binding_declared_after_compilation_is_found():
    e = engine_with()
    e.eval("function r() { return typeof late === 'undefined' ? 'none' : late; }"
           "for (var i = 0; i < 20; i++) r();")
    e.eval("let late = 'lexical';")
    assert e.eval("r()") == "lexical"
    e.eval("globalThis.g2 = 1; function s() { return g2; } for (var i = 0; i < 20; i++) s();")
    e.eval("delete globalThis.g2; var g2 = 'var now';")
    assert e.eval("s()") == "var now"


def test_realms_do_not_share_a_cache():
    e1, e2 = engine_with(), engine_with()
    for e, value in ((e1, 1), (e2, 2)):
        e.eval(f"var shared = {value}; function get() {{ return shared; }}"
               "for (var i = 0; i < 20; i++) get();")
    assert [e1.eval("get()"), e2.eval("get()")] == [1, 2]
    e1.eval("shared = 3")
    assert [e1.eval("get()"), e2.eval("get()")] == [3, 2]


# -- a test and its conditional jump fused (tiering/branches.py) --------------------------------

def _run_jump(lines, env):
    scope = dict(env, b=0, IsLessThan=lambda x, y, left: str(x) < str(y))
    exec("\n".join(lines), {}, scope)
    return scope["b"]


def test_the_jump_moves_into_each_way_the_test_computes_its_boolean():
    test = ["_cx = R7.__class__", "if _cx is acc.__class__ and _cx is float:",
            "    acc = R7 <= acc", "else:", "    acc = IsLessThan(acc, R7, False) is False"]
    fused = fuse_test_and_jump(test, ["if acc is False:", "    b = 55"])
    assert fused is not None and not any("acc =" in line for line in fused)
    for r7, acc in [(1.0, 2.0), (3.0, 2.0), ("a", 1.0)]:
        env = {"R7": r7, "acc": acc}
        assert _run_jump(fused, env) == _run_jump(test + ["if acc is False:", "    b = 55"], env)
    jump_true = fuse_test_and_jump(["acc = R3 == R4"], ["if acc is True:", "    b = 2",
                                                        "    continue"])
    assert jump_true == ["if R3 == R4:", "    b = 2", "    continue"]


def test_a_test_with_a_way_that_keeps_acc_is_not_fused():
    assert fuse_test_and_jump(["if R3:", "    acc = R3 < R4"],
                              ["if acc is False:", "    b = 5"]) is None
    assert fuse_test_and_jump(["acc = R3 < R4", "R5 = acc"],
                              ["if acc is False:", "    b = 5"]) is None
    assert fuse_test_and_jump(["acc = R3 < R4"], ["if ToBoolean(acc):", "    b = 5"]) is None


def test_loops_branch_on_the_comparison_and_live_booleans_survive():
    e = engine_with()
    e.eval("function count(n) { var k = 0; for (var i = 0; i < n; i++) if (i % 3 === 0) k++;"
           " return k; } for (var j = 0; j < 5; j++) count(10);")
    src = e.realm.global_env.global_this.props["count"].sfi.bytecode.tier.source
    assert "if acc is False" not in src and "if not " in src, src
    assert e.eval("count(30)") == 10
    # the boolean is the value of `&&` / `||`: the accumulator is live after the jump
    out = parity("""
        function both(a, b, c) { var r = a < b && c; var s = a > b || c; return [r, s]; }
        for (var i = 0; i < 6; i++) console.log(both(i, 3, "c").join());
    """)
    assert out.split() == ["c,c"] * 3 + ["false,c"] + ["false,true"] * 2


def test_the_class_of_this_is_tested_once_per_call():
    e = engine_with()
    e.eval("function P(x) { this.x = x; } P.prototype.get = function () { return this.x + this.x; };"
           "var p = new P(2); for (var i = 0; i < 5; i++) p.get();")
    get = e.realm.global_env.global_this.props["P"].props["prototype"].props["get"]
    src = get.sfi.bytecode.tier.source
    assert "this_plain = this.__class__ is JSObject" in src and src.count("if this_plain") == 2
    # receivers that are not plain objects take the general path in every tier
    parity("""
        function P(x) { this.x = x; }
        P.prototype.get = function () { return this.x + "/" + this.length; };
        function strictGet() { "use strict"; return this.length + ":" + typeof this; }
        function sloppyGet() { return this.length + ":" + typeof this; }
        var receivers = [new P(1), [1, 2, 3], "abcd", function (a, b) {}, {x: 5, length: 9}];
        for (var r = 0; r < 4; r++)
          for (var i = 0; i < receivers.length; i++)
            console.log(P.prototype.get.call(receivers[i]), strictGet.call(receivers[i]),
                        sloppyGet.call(receivers[i]));
    """)


def test_code_shapes_keep_string_literals_whole():
    # property names and messages with quotes, escapes or register-like words: the shape
    # must parse and give back exactly the code it stood for
    from scopejs.tiering.copies import shape, unshape
    import ast
    for line in ['acc = "it\'s"', "acc = 'a\\'b\"c'", 'R3 = f(R4, "x R5 y", value_2)',
                 "acc = '\\\\'", "_o = R3; acc = _o.Get(\"don't\", _o)",
                 "acc = f(\"it's\", 'x', \"can't\")",
                 r"acc = create_regexp(realm, '\\(.*\\/', '')"]:
        shaped, values = shape([line])
        ast.parse(shaped[0])
        assert unshape(list(shaped), values) == [line]
    parity("""
        var o = {"it's": 1, 'say "hi"': 2, "back\\\\slash": 3};
        function get(k) { var v = o["it's"] + o['say "hi"'] + o["back\\\\slash"];
                          return v + (o[k] === undefined ? "it's gone" : 'say "yes"'); }
        function strip(s) { return s.replace(/\\(.*\\//, '('); }
        for (var i = 0; i < 5; i++) console.log(get(i % 2 ? "it's" : "x"), strip("a (b/c) d"));
    """)


def test_calls_pass_registers_one_by_one_only_where_registers_are_locals():
    # LOCALS (template vocabulary) selects the exact-arity entry; the direct form spells
    # f(*REG[a:b]) as f(R5, R6); the frame form and the interpreter's handlers (LOCALS false)
    # pass the register list whole, the exact branch compiled away
    from pathlib import Path

    import scopejs.interpreter.generated_cases as generated
    from scopejs.bytecode.opcodes import Op
    from scopejs.interpreter.cases import lower
    from scopejs.tiering.codegen import TierTarget
    from scopejs.tiering.copies import propagate_copies
    from scopejs.tiering.direct import DirectTarget
    low = propagate_copies(lower(Op.CallUndefinedReceiver, (4, 5, 2), DirectTarget(0)))
    direct = "\n".join(low.lines)
    assert "_entry(R4, UNDEFINED, depth + 1, R5, R6)" in direct
    assert "_direct(R4, UNDEFINED, [R5, R6], depth + 1)" in direct
    frame = "\n".join(lower(Op.CallUndefinedReceiver, (4, 5, 2), TierTarget(0)).lines)
    assert "if False and (_entry := " in frame
    handlers = Path(generated.__file__).read_text()
    assert "exact = False and count < EXACT_ARITIES" in handlers


def test_an_exact_entry_has_the_direct_functions_body():
    e = engine_with()
    e.eval("function two(a, b) { return a * b + 1; } for (var i = 0; i < 6; i++) two(i, 2);")
    sfi = e.realm.global_env.global_this.props["two"].sfi
    exact = sfi.exact[2]
    assert exact is not None and exact.__code__.co_varnames[:5] == ("fn", "this", "depth",
                                                                     "R3", "R4")
    assert exact(e.realm.global_env.global_this.props["two"], None, 1, 3.0, 4.0) == 13.0
