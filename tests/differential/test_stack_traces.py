"""Stack traces and uncaught-error reports as node prints them.

`stack` lines: frame names (`Object.m`, `A.run`, `Object.bar [as foo]`, `new Promise`), the
built-in frames between JS frames (`Array.map (<anonymous>)`, `JSON.parse (<anonymous>)`), and
the columns V8 records (a call at its callee's name or at its `(`, a ReferenceError at the
name).  node runs the file as a CommonJS module, so its top-level frame and what is below it
(`Object.<anonymous>`, `Module._compile`) differ from a script's: each trace is cut at the
first top-level frame, on both sides.
"""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.programs.corpus import NODE, ROOT_DIR

PROGRAM = r"""
const cut = (e) => {
  const out = [];
  for (const line of String(e.stack).split('\n')) {
    if (/at Object\.<anonymous>|at [^ ]*\.js:\d+:\d+$/.test(line)) break;
    out.push(line.replace(/\(\/.*\//, '(').replace(/at \/.*\//, 'at '));
  }
  console.log(out.join('\n'));
};
const o = { m() { return null.x; }, f: function named() { throw new Error('n'); } };
o.alias = o.f;
function viaMap() { return [1].map(x => o.m()); }
try { viaMap(); } catch (e) { cut(e); }
try { o.alias(); } catch (e) { cut(e); }
try { JSON.parse('{'); } catch (e) { cut(e); }
class A { run() { return [3].map(function cb(v) { return Reflect.construct(B, [v]); }); } }
class B { constructor(v) { throw new TypeError('in ' + v); } }
try { new A().run(); } catch (e) { cut(e); }
function callIt() { return o.f.call(o); }
try { callIt(); } catch (e) { cut(e); }
function keyed() { return o['f'](); }
try { keyed(); } catch (e) { cut(e); }
function paren() { return (0, o.f)(); }
try { paren(); } catch (e) { cut(e); }
function ref() { return 1 + missingName; }
try { ref(); } catch (e) { cut(e); }
class MyErr extends Error {}
function sub() { throw new MyErr('z'); }
try { sub(); } catch (e) { cut(e); }
try { [5].forEach(function each() { [6].some(() => { throw new RangeError('deep'); }); }); } catch (e) { cut(e); }
try { Array.from({length: 1}, function mapper() { return o.m(); }); } catch (e) { cut(e); }
"""


@pytest.fixture(scope="module")
def program_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("stacks") / "stacks.js"
    path.write_text(PROGRAM, encoding="utf-8")
    return path


def test_stack_lines_match_node(program_file):
    if NODE is None:
        pytest.skip("node is not installed")
    node = subprocess.run([NODE, str(program_file)], capture_output=True, text=True, timeout=60)
    ours = subprocess.run([sys.executable, "-m", "scopejs", str(program_file)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT_DIR)
    assert ours.stderr == ""
    assert ours.stdout == node.stdout


UNCAUGHT = [
    "throw 1",
    "throw 'text'",
    "throw {a: 1, b: 'x'}",
    "throw [1, 2]",
    "throw null",
    "const e = new TypeError('t'); e.code = 5; e.extra = {deep: [1]}; throw e",
    "throw Object.assign(new Error('m'), {stack: undefined})",
    "class MyErr extends Error {}\nfunction f() { throw new MyErr('z'); }\nf()",
    "var a = 1 + bar;",
]


def _report(text: str, name: str) -> list[str]:
    """A report without what only node has: its version line and the CommonJS frames."""
    lines = []
    for line in text.replace(name, "FILE").split("\n"):
        if line.startswith("Node.js v") or "node:internal" in line or \
                re.match(r"\s+at (Module\.|Function\.executeUserEntryPoint)", line):
            continue
        line = re.sub(r"at Object\.<anonymous> \((FILE:\d+:\d+)\)", r"at \1", line)
        if line.startswith("    at "):
            line = line.removesuffix(" {")   # the own-property block opens on the last frame
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    return lines


@pytest.mark.parametrize("source", UNCAUGHT)
def test_uncaught_report_matches_node(tmp_path, source):
    if NODE is None:
        pytest.skip("node is not installed")
    path = tmp_path / "uncaught.js"
    path.write_text(source + "\n", encoding="utf-8")
    node = subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=60)
    ours = subprocess.run([sys.executable, "-m", "scopejs", str(path)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT_DIR)
    assert ours.returncode == node.returncode == 1
    expected = _report(node.stderr, str(path))
    actual = _report(ours.stderr, str(path))
    assert actual == expected
