"""Superinstructions change no behaviour: the same programs with and without fusion."""
import pytest

import scopejs.interpreter.decoding as decoding
from tests.interpreter.conftest import run_js

PROGRAMS = [
    "function f(n) { var s = 0; for (var i = 0; i < n; i++) { s += i; } return s; }"
    " console.log(f(100), f('3'));",
    "var o = {x: 1, y: 'a'}; for (let i = 0; i <= 3; i++) { o.x = o.x + i; o.y = o.y + i; }"
    " console.log(o.x, o.y);",
    "let a = 5n; let b = a; b++; console.log(String(b), typeof b);",
    "var x = '5'; var y = x; y--; console.log(y, x - 1, x + 1);",
    "for (var i = 10; i >= 0; i -= 3) console.log(i);",
    "var n = NaN; console.log(n < 1, n >= 1, 'b' > 'a');",
]


@pytest.mark.parametrize("src", PROGRAMS)
def test_fused_equals_unfused(src, monkeypatch):
    monkeypatch.setattr(decoding, "FUSE", False)
    plain = run_js(src)
    monkeypatch.setattr(decoding, "FUSE", True)
    assert run_js(src) == plain
