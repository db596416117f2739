"""Limits that hold: per call, inside built-ins, memory, and the Engine stays usable."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from scopejs import Engine, ResourceLimitError


def test_deadline_starts_per_call():
    js = Engine(timeout=0.3)
    time.sleep(0.4)                       # an idle Engine is not out of time
    assert js.eval("1 + 1") == 2
    with pytest.raises(ResourceLimitError, match="time"):
        js.eval("for (;;) {}")
    assert js.eval("2 + 2") == 4


def test_step_budget_resets_per_call_and_keeps_the_deadline():
    js = Engine(max_steps=5_000)
    for _ in range(3):                   # 3 x 3000 steps: each call has its own budget
        assert js.eval("(() => { let n = 0; for (let i = 0; i < 3000; i++) n++; return n; })()") == 3000
    with pytest.raises(ResourceLimitError, match="step"):
        js.eval("for (let i = 0; i < 10000; i++) {}")
    both = Engine(max_steps=10 ** 15, timeout=0.2)   # a step budget no longer hides the deadline
    with pytest.raises(ResourceLimitError, match="time"):
        both.eval("for (;;) {}")


def test_per_call_limits_override_the_engine():
    js = Engine()
    with pytest.raises(ResourceLimitError):
        js.eval("for (;;) {}", max_steps=1_000)
    with pytest.raises(ResourceLimitError):
        js.eval("for (;;) {}", timeout=0.1)
    js.eval("function spin() { for (;;) {} }")
    with pytest.raises(ResourceLimitError):
        js.call("spin", max_steps=1_000)
    assert js.eval("'fine'") == "fine"


@pytest.mark.parametrize("source", [
    "Array.from({length: 2 ** 32 - 1})",
    "'ab'.repeat(2 ** 16).split('').join('')",
    "new Array(1e6).fill(0).indexOf(1)",
    "JSON.stringify(new Array(200000).fill({a: 1}))",
    "JSON.parse('[' + '1,'.repeat(200000) + '1]')",
    "Array.prototype.reverse.call({length: 1e6})",
    "/(a+)+$/.test('a'.repeat(24) + 'b')",
    "'x'.repeat(1e6).replaceAll('x', 'y')",
    # one C-level operation each before they were chunked (execution.chunks):
    "'ab'.repeat(2 ** 21).split('')",
    "'a,'.repeat(2 ** 21).split(',')",
    "JSON.stringify('ab'.repeat(2 ** 22))",
    "escape('\u0100'.repeat(1e6))",
    "encodeURIComponent('x'.repeat(1e6))",
    "'x'.repeat(1e6).localeCompare('x'.repeat(1e6) + 'y')",
    "new Set('ab'.repeat(2 ** 17).split(''))",
])
def test_steps_are_charged_inside_long_builtins(source):
    js = Engine(max_steps=50_000)
    with pytest.raises(ResourceLimitError, match="step"):
        js.eval(source)
    assert js.eval("[1, 2, 3].join('-')") == "1-2-3"


def test_regexp_has_no_cap_of_its_own():
    # 2**14 backtracking steps, past the matcher's 4096-step check interval: with no limit
    # set it runs to the end as node does (it used to be cut off by a fixed cap).
    assert Engine().eval("/(a+)+$/.test('a'.repeat(14) + 'b')") is False


def test_result_conversion_is_inside_the_limits():
    js = Engine(max_steps=50_000)
    big = js.eval("Array.from({length: 100000}, () => 1)", max_steps=10 ** 9)
    with pytest.raises(ResourceLimitError):
        big.to_py()
    assert len(big) == 100000


def test_memory_bomb_stops_and_the_engine_stays_usable():
    js = Engine(memory_limit=40 * 2 ** 20)
    for bomb in ("(function () { let s = 'x'; while (true) s += s; })()",
                 "'x'.repeat(2 ** 28).length",
                 "(function () { let a = []; for (;;) a.push('y'.repeat(1e5) + a.length); })()"):
        with pytest.raises(ResourceLimitError, match="memory"):
            js.eval(bomb)
        assert js.eval("[1, 2].length") == 2


def test_cli_limit_flags():
    for flags, code in ((["--max-steps", "1000"], "for (;;) {}"),
                        (["--timeout", "0.2"], "for (;;) {}"),
                        (["--memory-limit", str(30 * 2 ** 20)], "let s = 'x'; for (;;) s += s")):
        proc = subprocess.run([sys.executable, "-m", "scopejs", *flags, "-e", code],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1
        assert "limit" in proc.stderr
