"""--retainers EXPR and console.retainers(obj): shortest retaining paths in JS terms."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

COUNTER = """\
function createCounter() {
  let counter = {value: 0};
  return { increment() { counter.value++; }, get() { return counter.value; } };
}
var myCounter = createCounter();
"""


def scopejs(tmp_path, source, *flags):
    path = tmp_path / "prog.js"
    path.write_text(source)
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--script", *flags, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_primitive_has_no_retainers(tmp_path):
    assert scopejs(tmp_path, COUNTER, "--retainers", "myCounter.get()") == \
        ["(a primitive value: nothing retains it by reference)"]


def test_seed000_path_through_the_closure_context(tmp_path):
    """One path per direct retainer: the global variable, and the context of createCounter
    (shared by increment and get; the shortest path to it goes through increment)."""
    source = COUNTER.replace("let counter = {value: 0};",
                             "let counter = {value: 0}; globalThis.probe = () => counter;")
    lines = scopejs(tmp_path, source + "var t = probe(); delete globalThis.probe;\n",
                    "--retainers", "t")
    assert lines == ["global.t",
                     "global.myCounter -> increment -> [[Environment]] -> "
                     "Context(createCounter).counter"]


def test_let_binding_and_block_context(tmp_path):
    lines = scopejs(tmp_path, "let kept = {};\n{ let inBlock = kept; globalThis.f = () => inBlock; }\n",
                    "--retainers", "kept")
    assert lines == ["Script.kept", "global.f -> [[Environment]] -> Block.inBlock"]


def test_weak_references_do_not_retain(tmp_path):
    lines = scopejs(tmp_path, "var w = new WeakRef({}); var m = new WeakMap([[{}, 1]]);\n"
                    "var fr = new FinalizationRegistry(() => {}); var o = {}; fr.register(o, 1);\n",
                    "--retainers", "o")
    assert lines == ["global.o"]


def test_console_retainers_includes_the_stack(tmp_path):
    lines = scopejs(tmp_path, COUNTER + "function look(x) { let here = x; console.retainers(x); }\n"
                    "look(myCounter.get);\n")
    assert "global.myCounter -> get" in lines
    assert any(line.startswith("(stack: look) ") for line in lines)
