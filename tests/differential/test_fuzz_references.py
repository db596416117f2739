"""Fuzzing the neighbourhoods of two classes of bugs, lazily, eagerly and under node.

1. References whose evaluation contains other references: nested updates, compound and plain
   assignments, member targets with side-effecting keys (`a[i++]++`, `o[k()].p += a[j--]++`),
   and operands held in registers while later operands assign them (`a[j] += a[--j]`,
   `o[(o = p, 'x')]`, `new C((C = D, 1))`, `delete o[(o = p, 'x')]`, destructuring defaults).
   The generator once kept the Annex B error message of the target being prepared in instance
   state, so a nested update deleted the outer one's (`a[i++]++` was an internal error), and
   used a local's own register as an operand even when a later operand reassigned it.
2. Parameter scopes: a default value or a closure in the parameter list reading an outer name
   that the body redeclares (var / let / const / function / class / parameter), possibly through
   several levels of lazily compiled functions. The preparser once resolved parameter-list refs
   against the body's declarations and missed the capture.

Every generated program prints one line per case; scopejs must print what node prints, lazily
and eagerly.  Seeds are fixed, so a failure is reproducible from its seed.
"""
from __future__ import annotations

import io
import random
import subprocess

import pytest

from tests.programs.corpus import NODE

SEEDS = range(6)
CASES_PER_PROGRAM = 40


# ---- 1. nested references ------------------------------------------------------------------

def _index(rng, depth):
    """An index expression with side effects on i/j (or a nested element read)."""
    choices = ["i++", "j--", "++i", "--j", "i", "j", "(i = (i + 1) % 3)", "k()"]
    if depth > 0:
        choices += [f"a[{_index(rng, depth - 1)}]++ % 3", f"(b[{_index(rng, depth - 1)}] += 1) % 3"]
    return rng.choice(choices)


def _target(rng, depth):
    return rng.choice([
        f"a[{_index(rng, depth)}]",
        f"b[{_index(rng, depth)}]",
        f"o.p[{_index(rng, depth)}]",
        f"o[s()].q",
        f"(a)[{_index(rng, depth)}]",
    ])


def _held_operand_case(rng):
    expr = rng.choice([
        "o[(o = p, 'x')]", "o[(o = p, 'x')] = 9", "o[s()] += (o = p, 1)", "delete o[(o = p, 'x')]",
        "new C((C = D, 1)).v", "new C(...[(C = D, 2)]).v", "[o[s()] = (o = p, 4)] = []",
        "({a: o[(o = p, 'x')]} = {a: 8})", "o[s()] ??= (o = p, 3)", "o.x += (o = p, 5)",
        "a[j] = (j = 0, 7)", "a[(a = b, j)] = 1", "a[j] &&= (j = 1, 2)", "[a[j] = (j = 0, 3)] = []",
    ])
    return (f"{{ let o = {{x: 1}}, p = {{x: 2}}, a = [1, 2, 3], b = [4, 5, 6], j = 2; "
            f"const s = () => 'x'; let C = class {{ constructor(v) {{ this.v = 'C' + v; }} }}, "
            f"D = class {{ constructor(v) {{ this.v = 'D' + v; }} }};\n"
            f"  try {{ const r = {expr}; out(r, o, p, a, b, j); }}"
            f" catch (err) {{ out('throws', err.constructor.name, err.message); }} }}")


def _reference_case(rng):
    if rng.random() < 0.3:
        return _held_operand_case(rng)
    depth = rng.randint(0, 2)
    t = _target(rng, depth)
    form = rng.choice(["{t}++", "{t}--", "++{t}", "--{t}", "{t} += {e}", "{t} -= {e}",
                       "{t} = {e}", "{t} **= 1", "{t} ||= {e}", "{t} &&= {e}", "{t} ??= {e}"])
    e = rng.choice([f"{_target(rng, 0)}++", "i", f"({_target(rng, 0)} = 2)", "1"])
    expr = form.format(t=t, e=e)
    return (f"{{ let i = 0, j = 2, n = 0; const a = [1, 2, 3], b = [0, 0, 0], "
            f"o = {{p: [5, 6, 7], x: {{q: 1}}}}; const k = () => (n++, 1), s = () => 'x';\n"
            f"  try {{ const r = {expr}; out(r, a, b, o.p, o.x.q, i, j, n); }}"
            f" catch (err) {{ out('throws', err.constructor.name, err.message); }} }}")


# ---- 2. parameter scopes -------------------------------------------------------------------

_REDECLARE = ["var v = 'body';", "let v = 'body';", "const v = 'body';",
              "function v() { return 'fn'; }", "class v {}", "var v;", ""]
_DEFAULTS = ["x = v", "x = () => v", "x = function () { return v; }", "{x = v} = {}",
             "[x = v] = []", "x = (() => () => v)()", "x = v + '!'", "x = typeof v"]


def _param_case(rng, n):
    default = rng.choice(_DEFAULTS)
    body = rng.choice(_REDECLARE)
    outer_kind = rng.choice(["const", "let", "var"])
    read = "typeof x === 'function' ? x() : x"
    inner = rng.choice([
        f"function inner({default}) {{ {body} return [{read}, typeof v]; }}",
        f"const inner = ({default}) => {{ {body} return [{read}, typeof v]; }};",
        f"const inner = function named({default}) {{ {body} return [{read}, typeof v]; }};",
        f"const inner = {{ m({default}) {{ {body} return [{read}, typeof v]; }} }}.m;",
    ])
    wrap = rng.choice([0, 1, 2])
    call = "inner()"
    code = f"{inner} return {call};"
    for _ in range(wrap):   # more levels of lazily compiled functions in between
        code = f"return (function () {{ {code} }})();"
    return (f"function case{n}() {{ {outer_kind} v = 'outer'; {code} }}\n"
            f"try {{ out(case{n}()); }} catch (err) {{ out('throws', err.constructor.name, "
            f"err.message); }}")


PRELUDE = ("const out = (...xs) => console.log(JSON.stringify(xs, (k, v) => "
           "typeof v === 'function' ? 'function ' + v.name : v));\n")


def program(seed: int) -> str:
    rng = random.Random(seed)
    cases = []
    for n in range(CASES_PER_PROGRAM):
        cases.append(_reference_case(rng) if n % 2 else _param_case(rng, n))
    return PRELUDE + "\n".join(cases) + "\n"


def run_scopejs(source: str, lazy: bool) -> str:
    from scopejs.api import Engine
    from scopejs.errors import JSError
    out = io.StringIO()
    engine = Engine(lazy=lazy, stdout=out, stderr=out)
    try:
        engine.run_script(source, "fuzz.js")
    except JSError as exc:
        out.write(f"uncaught {exc.name}: {exc.message}\n")
    return out.getvalue()


@pytest.fixture(scope="module")
def node_runs():
    if NODE is None:
        pytest.skip("node is not installed")
    runs = {}
    for seed in SEEDS:
        proc = subprocess.run([NODE, "-e", program(seed)], capture_output=True, text=True,
                              timeout=60)
        runs[seed] = proc.stdout + proc.stderr
    return runs


@pytest.mark.parametrize("lazy", [True, False], ids=["lazy", "eager"])
@pytest.mark.parametrize("seed", SEEDS)
def test_fuzzed_references_and_parameter_scopes(node_runs, seed, lazy):
    expected = node_runs[seed]
    actual = run_scopejs(program(seed), lazy)
    if actual != expected:
        src = program(seed).split("\n")
        diff = [f"line {i + 1}: node {e!r}\n        scopejs {a!r}\n    case: {src[i + 1][:300]}"
                for i, (e, a) in enumerate(zip(expected.split("\n"), actual.split("\n")))
                if e != a]
        pytest.fail(f"seed {seed} ({'lazy' if lazy else 'eager'}):\n" + "\n".join(diff[:5]))


def test_the_two_reported_programs():
    """The issue's two programs, without node (the values are node's)."""
    assert run_scopejs("var a = [1, 2, 3], i = 0; a[i++]++; console.log(a.join(), i)", True) \
        == "2,2,3 1\n"
    src = ("function outer() { const v = 'outer'; function inner(x = v) { let v = 'inner'; "
           "return x; } return inner(); } console.log(outer())")
    assert run_scopejs(src, True) == "outer\n"
    assert run_scopejs(src.replace("let v", "var v").replace("x = v", "x = () => v")
                       .replace("return x;", "return x();"), True) == "outer\n"
