"""The optimizing tier: deoptimization, exceptions and stack traces identical to the interpreter.

Each program runs three ways: interpreter only (--no-opt), --always-opt, and with a low call
threshold (tier-up in the middle of the run); the outputs must be identical, and the tier must
actually have compiled (and where the test says so, deoptimized) something.
"""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from scopejs.api import Engine
from scopejs.errors import JSError, JSSyntaxError
from scopejs.tiering.options import TierOptions

MODES = {
    "no-opt": TierOptions(enabled=False),
    "always-opt": TierOptions(always_opt=True, trace_deopt=False),
    "hot": TierOptions(opt_threshold=2),
}


def run(source, options):
    out = io.StringIO()
    engine = Engine(stdout=out, tier=options)
    try:
        engine.run_script(source, "prog.js")
        engine.run_jobs()
    except JSError as exc:
        out.write(f"uncaught {exc.name}: {exc.message}\n")
    except JSSyntaxError as exc:
        out.write(f"uncaught SyntaxError: {exc}\n")
    return out.getvalue(), engine.interpreter.tier


def parity(source, *, deopts=False):
    """Run ``source`` in every mode; return the common output."""
    reference, _ = run(source, MODES["no-opt"])
    for mode in ("always-opt", "hot"):
        output, tier = run(source, MODES[mode])
        assert output == reference, mode
        assert tier.compiled_count > 0, mode
        if deopts and mode == "always-opt":
            assert tier.deopt_count > 0
    return reference


def test_type_change_mid_loop_deoptimizes():
    out = parity("""
        function step(acc, v) { return acc - v; }
        var acc = 0;
        for (var i = 0; i < 50; i++) acc = step(acc, i < 30 ? i : "" + i);
        console.log(acc, step(1, {valueOf() { return 3; }}), step(5, "x"));
    """, deopts=True)
    assert out == "-1225 -2 NaN\n"


def test_minus_zero_nan_and_two_to_the_53():
    out = parity("""
        function mul(a, b) { return a * b; }
        function inc(x) { return x + 1; }
        function mod(a, b) { return a % b; }
        function lt(a, b) { return a < b; }
        for (var i = 0; i < 5; i++) { mul(i, 2); inc(i); mod(i, 3); lt(i, 2); }
        console.log(Object.is(mul(0, -1), -0), 1 / mul(-0, 5), Object.is(mod(-0, 3), -0));
        console.log(Object.is(mod(-4, 2), -0), mod(5.5, 2), mod(1, 0), mod(Infinity, 2));
        console.log(inc(9007199254740991), inc(9007199254740992), inc(2 ** 53) === 2 ** 53);
        console.log(mul(NaN, 1), lt(NaN, 1), lt(1, NaN), lt("a", "b"), lt("10", "9"));
        console.log((function (a) { return a / 0; })(-3), (1 << 31) | 0, 2147483647 + 1 | 0,
                    (-1 >>> 0), (5 >> 1), (-5 >> 1), 0x7fffffff << 1);
    """)
    assert out.splitlines()[0] == "true -Infinity true"
    assert out.splitlines()[2] == "9007199254740992 9007199254740992 true"


def test_getter_on_previously_plain_property_and_shape_changes():
    parity("""
        function getX(o) { return o.x; }
        function setX(o, v) { o.x = v; return o.x; }
        var o = {x: 1}, t = 0;
        for (var i = 0; i < 20; i++) t += getX(o) + setX(o, i);
        Object.defineProperty(o, "x", {get() { return 100; }, set(v) { console.log("set", v); },
                                       configurable: true});
        console.log(t, getX(o), setX(o, 7));
        delete o.x;
        console.log(getX(o));
        Object.prototype.x = "proto";
        console.log(getX(o), getX({}));
        Object.freeze(o);
        console.log(setX(o, 5));
        delete Object.prototype.x;
        var arr = [1, 2, 3];
        function at(a, i) { return a[i]; }
        for (var j = 0; j < 10; j++) at(arr, j % 3);
        console.log(at(arr, 1), at(arr, 5), at([, 1], 0), at("str", 1));
    """)


def test_throw_caught_by_caller_and_by_try_in_same_function():
    out = parity("""
        function thrower(x) { if (x > 3) throw new Error("big " + x); return x; }
        function local(x) {
            var s = 0;
            for (var i = 0; i < x; i++) {
                try { s += thrower(i); } catch (e) { s += 100; console.log(e.message); }
            }
            return s;
        }
        function caller() { try { return thrower(10); } catch (e) { return "caught " + e.message; } }
        console.log(local(6), caller());
        function typeErr(o) { return o.f.g; }
        try { for (var k = 0; k < 5; k++) typeErr({f: {g: 1}}); typeErr({}); }
        catch (e) { console.log(e.constructor.name, e.message); }
    """)
    assert "caught big 10" in out
    assert "TypeError Cannot read properties of undefined (reading 'g')" in out


def test_stack_traces_from_optimized_code_are_the_interpreters():
    out = parity("""
        function inner(n) {
            var s = 0;
            for (var i = 0; i < n; i++) s += i;
            if (s > 10) return new Error("deep").stack;
            return s;
        }
        function outer(n) { var r = inner(n); return r; }
        for (var i = 0; i < 5; i++) outer(3);
        console.log(outer(10));
        function bad(o) { var a = 1; var b = a + 1; return o.missing.x + b; }
        try { for (var j = 0; j < 4; j++) bad({missing: {x: 1}}); bad({}); }
        catch (e) { console.log(e.stack); }
    """)
    assert "at inner (prog.js:5:" in out
    assert "at bad (prog.js:11:" in out


def test_uncaught_error_location_from_optimized_code():
    out = parity("""
        function f(o) { var x = 1;
            return o.a.b + x; }
        for (var i = 0; i < 4; i++) f({a: {b: 1}});
        f({});
    """)
    assert out.startswith("uncaught TypeError")


def test_generators_and_async_functions_suspend_in_optimized_code():
    parity("""
        function* gen(n) { for (var i = 0; i < n; i++) yield i * 2; }
        var t = 0;
        for (var r = 0; r < 5; r++) for (var v of gen(4)) t += v;
        async function af(x) { var a = await x; return a + 1; }
        af(1).then(v => console.log("async", v, t));
    """)


def test_osr_enters_a_running_loop():
    # no max_steps: the interpreter's interrupt check ticks every 2048 back-edges
    source = """
        var s = 0;
        for (var i = 0; i < 20000; i++) { s = (s + i * 7) % 1000; }
        console.log(s);
    """
    ref, _ = run(source, MODES["no-opt"])
    out, tier = run(source, TierOptions())
    assert out == ref
    assert tier.compiled_count == 1


def test_osr_entry_checks_the_types_its_loop_header_assumes():
    # In the code calls run, `x` is a Number at the loop header (the guard of `a * a` says
    # so), and the OSR twin assumes it there too -- but an interpreter frame reaches the
    # header with whatever the interpreter computed: a BigInt here.  The entry check sends it
    # back to the interpreter at the header; the next OSR twin assumes nothing there.
    source = """
        function g(a, n) {
          var x = a * a;
          var s = x - x;
          for (var i = 0; i < n; i++) { s = s + x; }
          return s;
        }
        console.log(g(3n, 20000), g(3, 20000), g(2n, 30000), g(4, 30000));
    """
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--trace-opt", "--trace-deopt",
                           "--print-opt-code", "-e", source], capture_output=True, text=True)
    out = proc.stdout
    # x (R5) is checked; a (R3), dead at the header, is not
    check = next(line for line in out.splitlines() if line.startswith("    if b == 8 and not ("))
    assert "R5.__class__ is F" in check and "R3" not in check
    assert ("[bailout (kind: deopt-eager, reason: wrong types on OSR entry at loop header 8): "
            "deoptimizing g]") in out
    assert out.count("[optimized g: because hot loop (on-stack replacement)") == 2
    assert out.splitlines()[-1] == "180000n 180000 120000n 480000"
    assert parity(source) == "180000n 180000 120000n 480000\n"


@pytest.mark.parametrize("mode", sorted(MODES))
def test_builtin_global_read_sees_a_later_lexical_declaration(mode):
    # `Math` is a configurable property of the global object: a global `let` made later by
    # another script shadows it (with its TDZ first), and so can a property change
    out = io.StringIO()
    engine = Engine(stdout=out, tier=MODES[mode])
    engine.run_script("""
        function pi() { return Math.PI; }
        function tdz() { try { return Math.PI; } catch (e) { return e.constructor.name; } }
        for (var i = 0; i < 300; i++) { pi(); tdz(); }
        console.log(pi());
        globalThis.Math = { PI: 3 };
        console.log(pi());
        delete globalThis.Math;
        console.log(tdz());
        Object.defineProperty(globalThis, "Math", { get() { return { PI: 4 }; }, configurable: true });
        console.log(pi());
    """, "one.js")
    engine.run_script("""
        console.log(tdz());
        let Math = { PI: 5 };
        console.log(pi(), tdz());
    """, "two.js")
    assert out.getvalue().split() == ["3.141592653589793", "3", "ReferenceError", "4",
                                      "ReferenceError", "5", "5"]


def test_deopt_then_reoptimize_trace_lines():
    source = """
        function sub(a, b) { return a - b; }
        var s = 0;
        for (var i = 0; i < 30; i++) s = sub(s, i);
        sub(1, {valueOf() { return 2; }});
        for (var i = 0; i < 30; i++) s = sub(s, i);
        console.log(s);
    """
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--trace-opt", "--trace-deopt",
                           "--opt-threshold", "10", "-e", source], capture_output=True, text=True)
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("[optimized sub: because hot function after 10 interpreted calls")
    assert lines[1] == ("[bailout (kind: deopt-eager, reason: not a Number): "
                        "deoptimizing sub at bytecode offset 1 (Sub 3)]")
    assert lines[2].startswith("[optimized sub: because hot function after 20 interpreted calls")
    assert lines[3] == "-870"


def test_no_opt_compiles_nothing():
    out, tier = run("function f(x) { return x + 1; } for (var i = 0; i < 9; i++) f(i);",
                    MODES["no-opt"])
    assert tier is None


def test_print_opt_code_filter():
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--always-opt",
                           "--print-opt-code-filter=sq", "-e",
                           "function sq(x) { return x * x; } function g() { return 1; }"
                           " console.log(sq(3) + g());"], capture_output=True, text=True)
    assert "def d_sq(fn, this, args, depth, nt=UNDEFINED):" in proc.stdout   # the direct form
    assert "opt_g" not in proc.stdout and "d_g" not in proc.stdout
    assert proc.stdout.rstrip().endswith("10")


@pytest.mark.parametrize("threshold", [1, 2, 5])
def test_recursion_under_thresholds(threshold):
    parity(f"""
        function fib(n) {{ return n < 2 ? n : fib(n - 1) + fib(n - 2); }}
        function deep(n) {{ return n === 0 ? 0 : 1 + deep(n - 1); }}
        console.log(fib(15), deep(3000), {threshold});
    """)


NATIVES = """
function add(a, b) { return a + b; }
%PrepareFunctionForOptimization(add);
var s = [%GetOptimizationStatus(add)];
add(1, 2);
%OptimizeFunctionOnNextCall(add);
add(2, 3);
s.push(%GetOptimizationStatus(add));
%DeoptimizeFunction(add);
s.push(%GetOptimizationStatus(add));
%NeverOptimizeFunction(add);
%OptimizeFunctionOnNextCall(add);
add(1, 1);
s.push(%GetOptimizationStatus(add), %GetOptimizationStatus(42));
console.log(s.join(" "));
"""


def test_natives_syntax_intrinsics():
    # V8's bits: 1 function, 2 never optimized, 8 maybe deopted, 16 optimized, 32 TurboFan,
    # 64 interpreted
    out, tier = run(NATIVES, TierOptions(allow_natives_syntax=True))
    assert out == "65 49 73 75 \n"   # join() prints undefined as ""
    out, _ = run(NATIVES, TierOptions(enabled=False, allow_natives_syntax=True))
    assert out == "65 65 65 65 \n"


def test_natives_syntax_needs_the_flag():
    out, _ = run(NATIVES, TierOptions())
    assert out.startswith("uncaught SyntaxError")


def test_lowerings_shared_between_functions_keep_each_functions_decode_facts():
    # the same instruction at the same index in two functions: the rest parameter's formal
    # count and the strictness of a store come from each function's SharedFunctionInfo
    out = parity("""
        function a(...r) { return r.length; }
        function b(x, ...r) { return r.length; }
        a(); b();
        console.log(a(1, 2, 3), b(1, 2, 3));
        function sloppy(o) { "use sloppy"; o.x = 1; return "ok"; }   // same instruction, same
        function strict(o) { "use strict"; o.x = 1; return "ok"; }   // index, other strictness
        sloppy({}); strict({});
        var frozen = Object.freeze({x: 0});
        console.log(sloppy(frozen));
        try { strict(frozen); } catch (e) { console.log(e.constructor.name); }
    """)
    assert out == "3 2\nok\nTypeError\n"
