"""node's "Invalid string length" / "Invalid array length" RangeErrors, with no limit set:
thrown before the string or array is built, so an allocation bomb stops at once instead of
growing the process by gigabytes (scopejs/runtime/length_limits.py)."""
from __future__ import annotations

import pytest

from scopejs import Engine, JSError
from scopejs.runtime import length_limits
from tests.conftest import run_node

# Each case must end in a RangeError in node 20 (checked below) and in scopejs.  The generous
# time limit only turns "runs for minutes" into a failure instead of a hung test.
BOMBS = [
    "let s = 'x'; while (true) s += s",                                   # Add
    "let s = 'x'; while (true) s = `${s}${s}`",                           # template literal
    "let s = 'x'; for (;;) s = s + 1 + s",                                # Add with a Number
    "'x'.repeat(2 ** 29)",
    "'ab'.repeat(2 ** 28)",
    "'x'.padStart(2 ** 29)",
    "'x'.padEnd(2 ** 29, 'ab')",
    "'x'.repeat(2 ** 20).concat(...new Array(1024).fill('y'.repeat(2 ** 20)))",
    "'x'.repeat(2 ** 20).replaceAll('x', 'x'.repeat(2 ** 10))",
    "new Array(1024).fill('x'.repeat(2 ** 20)).join('')",
    "new Array(2 ** 29).join('x')",
    "new Array(2 ** 29).toString()",
    "String.raw({raw: new Array(1024).fill('x'.repeat(2 ** 20))})",
    "new Array(2 ** 32)",
    "Array(2 ** 32 + 1)",
    "let a = []; a.length = 2 ** 32",
    "Array.from({length: 2 ** 32})",
    "Array(2 ** 32 - 1).push(1)",
]


def _outcome_in_scopejs(source: str) -> str:
    try:
        Engine().eval(source, timeout=60)
    except JSError as exc:
        return str(exc).splitlines()[0]
    return "no error"


@pytest.mark.parametrize("source", BOMBS)
def test_length_limits_throw_as_node(source):
    expected = "RangeError: Invalid array length" if "Array(2 ** 32" in source or \
        "length = 2 ** 32" in source or "length: 2 ** 32}" in source else \
        "RangeError: Invalid string length"
    assert _outcome_in_scopejs(source) == expected


def test_length_limits_match_node(node_path):
    # One node process for all the cases: each prints its error's name and message.
    program = "".join(
        f"try {{ {src} }} catch (e) {{ console.log(e.name + ': ' + e.message) }}\n"
        for src in BOMBS)
    proc = run_node(program, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [_outcome_in_scopejs(src) for src in BOMBS]


def test_the_engine_is_usable_after_the_range_error():
    js = Engine()
    assert js.eval("try { let s = 'x'; while (true) s += s } catch (e) { e instanceof RangeError }")
    assert js.eval("'ab' + 'cd'") == "abcd"


@pytest.mark.parametrize("source", [
    "JSON.stringify(['x'.repeat(600), 'y'.repeat(600)])",
    "JSON.stringify({k: 'x'.repeat(600), l: 'y'.repeat(600)})",
    "JSON.stringify({k: ['x'.repeat(600), 'y'.repeat(600)]}, null, 2)",
    "JSON.stringify('\\n'.repeat(600))",             # the escapes double the length
    "'x'.repeat(600) + 'y'.repeat(600)",
    "`${'x'.repeat(600)}${'y'.repeat(600)}`",
    "['x'.repeat(600), 'y'.repeat(600)].join()",
    "'x'.repeat(600).concat('y'.repeat(600))",
    "'x'.repeat(600).replace('x', 'y'.repeat(600))",
    "String.raw({raw: ['x'.repeat(600), 'y'.repeat(600)]})",
])
def test_every_string_builder_checks_the_one_maximum(monkeypatch, source):
    # With the maximum lowered, each builder throws for a 1,200-unit result (and not for a
    # short one): they all consult length_limits, none has a copy of the number.
    monkeypatch.setattr(length_limits, "MAX_STRING_LENGTH", 1000)
    monkeypatch.setattr("scopejs.runtime.abstract_ops.operators.MAX_STRING_LENGTH", 1000)
    monkeypatch.setattr("scopejs.interpreter.generated_cases.MAX_STRING_LENGTH", 1000)
    monkeypatch.setattr("scopejs.interpreter.generated_fused.MAX_STRING_LENGTH", 1000,
                        raising=False)
    js = Engine()
    with pytest.raises(JSError, match="RangeError: Invalid string length"):
        js.eval(source)
    assert js.eval(source.replace("600", "100")) is not None
