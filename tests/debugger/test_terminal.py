"""`scopejs inspect FILE`, the terminal debugger, driven through its stdin."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.debugger.test_core import SEED_000, SEED_003


def inspect(tmp_path, source, commands, name="prog.js"):
    path = tmp_path / name
    path.write_text(source)
    proc = subprocess.run([sys.executable, "-m", "scopejs", "inspect", str(path)],
                          input="\n".join(commands) + "\n", capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_break_on_start_breakpoint_watch_bt_scopes_exec(tmp_path):
    out = inspect(tmp_path, SEED_000, ["sb(10)", "watch('counter')", "cont", "bt", "scopes",
                                       "exec counter + 1", "exec('typeof initial')", "cont",
                                       "cont"])
    assert out.startswith("Break on start in prog.js:17\n")
    assert "Watchers:\n  0: counter = 100\n\nbreak in prog.js:10\n" in out
    assert ">10     return counter;" in out
    assert "#0 get prog.js:10:5\n#1 (anonymous) prog.js:18:23\n" in out
    assert "Local {}\nClosure (createCounter) {counter: 100}\nGlobal\n" in out
    assert "debug> 101\n" in out and "debug> 'undefined'\n" in out
    assert "< 100\n" in out and "< 105\n" in out
    assert "  0: counter = 105\n" in out        # the second hit, after increment(5)


def test_next_step_out_and_return_value(tmp_path):
    out = inspect(tmp_path, SEED_000, ["sb(10)", "c", "out", "next", "step", "c", "c"])
    assert "Return value: 100\nbreak in prog.js:18\n" in out
    assert "break in prog.js:19\n" in out
    assert "break in prog.js:4\n" in out        # step went into increment


def test_repl_and_scopes_at_the_debugger_statement_of_seed_003(tmp_path):
    out = inspect(tmp_path, SEED_003, ["c", "scopes", "repl", "w + y + z", "z = 'Z'", ".exit",
                                       "c"])
    assert "break in prog.js:1\n" in out
    assert "Local {}\nClosure (b) {y: 'y', z: 'z'}\nClosure (a) {w: 'w'}\nGlobal\n" in out
    assert "> 'wyz'\n" in out
    assert "> Uncaught TypeError: Assignment to constant variable.\n" in out   # z is const
    assert "< w y z\n" in out


def test_repl_assignment_changes_a_captured_variable(tmp_path):
    out = inspect(tmp_path, "function f() {\n  let n = 1;\n  const g = () => n;\n  debugger;\n"
                            "  console.log(g());\n}\nf();\n", ["c", "exec n = 42", "c"])
    assert "< 42\n" in out


def test_end_of_input_lets_the_program_finish(tmp_path):
    out = inspect(tmp_path, "debugger;\nconsole.log('done');\n", [])
    assert out.endswith("< done\n")


def test_modules_show_a_module_scope(tmp_path):
    out = inspect(tmp_path, "const secret = 42;\nlet count = 0;\nexport function bump() {\n"
                            "  count++;\n  debugger;\n  return secret + count;\n}\n"
                            "console.log(bump());\n", ["c", "scopes", "exec secret + count", "c"],
                  name="mod.mjs")
    assert "Local {}\nModule {secret: 42, count: 1}\nGlobal\n" in out
    assert "debug> 43\n" in out and "< 43\n" in out
