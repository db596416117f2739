"""scopejs.api: Engine entry points, Python conversion, limits, error conversion, the CLI path."""
import io
import subprocess
import sys

import pytest

from scopejs.api import Engine
from scopejs.errors import JSError, JSSyntaxError, ResourceLimitError


def test_run_script_returns_completion_value():
    assert Engine().run_script("1 + 2", "a.js") == 3.0


def test_evaluate_converts_to_python():
    assert Engine().evaluate("[1, 'a', {b: true, c: null}]") == [1.0, "a", {"b": True, "c": None}]


def test_uncaught_error_is_js_error_with_name_and_message():
    with pytest.raises(JSError) as info:
        Engine().run_script("null.x", "a.js")
    assert info.value.name == "TypeError"
    assert info.value.message == "Cannot read properties of null (reading 'x')"
    assert info.value.value is not None


def test_syntax_error():
    with pytest.raises(JSSyntaxError):
        Engine().run_script("var = ;", "a.js")


def test_max_steps_stops_runaway_loop():
    with pytest.raises(ResourceLimitError):
        Engine(max_steps=10_000).run_script("while (true) {}", "a.js")


def test_time_limit_stops_runaway_loop():
    with pytest.raises(ResourceLimitError):
        Engine(time_limit=0.2).run_script("for (;;) {}", "a.js")


def test_call_from_python():
    engine = Engine()
    fn = engine.eval("(function (a, b) { return a + b; })")
    assert engine.call(fn, 2, 3) == 5


def test_stdout_is_captured():
    out = io.StringIO()
    Engine(stdout=out).run_script("console.log('hi', 1)", "a.js")
    assert out.getvalue() == "hi 1\n"


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "scopejs", *args], capture_output=True,
                          text=True, timeout=60)


def test_cli_runs_file_and_reports_uncaught_error(tmp_path):
    path = tmp_path / "bad.js"
    path.write_text("console.log('before');\nfunction f() { undefinedFn(); }\nf();\n")
    proc = run_cli(str(path))
    assert proc.returncode == 1
    assert proc.stdout == "before\n"
    assert "ReferenceError: undefinedFn is not defined" in proc.stderr
    assert f"{path}:2" in proc.stderr
    assert "at f (" in proc.stderr


def test_cli_eval_option():
    proc = run_cli("-e", "console.log(6 * 7)")
    assert proc.returncode == 0
    assert proc.stdout == "42\n"


def test_cli_test262_host_print():
    proc = run_cli("--test262-host", "-e", "print('ok'); throw new TypeError('bad')")
    assert proc.stdout == "ok\n"
    assert proc.stderr.strip() == "TypeError: bad"
    assert proc.returncode == 1
