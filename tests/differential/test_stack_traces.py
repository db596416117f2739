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

from tests.programs.corpus import NODE, ROOT_DIR, assert_same_stdout_as_node, run_file_both

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
    "const e = new Error('m'); e.name = 'Late'; throw e",
    "class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }\n"
    "throw new MyErr('named in the constructor')",
]

# Unhandled rejections: node prints the code frame of where the error was created (V8's
# message location of the error), or, for a reason that is not error-like, its own
# UnhandledPromiseRejection (whose code frame and frames are node's internals).
REJECTIONS = [
    "Promise.reject(new Error('boom'))",
    "async function f() { await null; throw new TypeError('late'); }\nf()",
    "function mk() { return new Error('inner'); }\nconst e = mk();\nPromise.reject(e)",
    "const e = new Error('x'); e.code = 'E1';\nPromise.reject(e)",
    "const e = new Error('x');\ne.name = 'Renamed';\nPromise.reject(e)",
    "Promise.reject(5)",
    "Promise.reject({a: 1})",
    "Promise.reject('text')",
]

LAZY_STACK = r"""
const first = (s) => String(s).split('\n')[0];
const e = new Error('x'); e.name = 'Custom'; console.log(first(e.stack));
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
console.log(first(new MyErr('y').stack));
const e2 = new Error('a'); e2.message = 'b'; console.log(first(e2.stack)); e2.message = 'c'; console.log(first(e2.stack));
const o = { name: 'N', message: 'M' }; Error.captureStackTrace(o); console.log(first(o.stack));
const p = {}; Error.captureStackTrace(p); console.log(first(p.stack), Object.keys(p));
const d = Object.getOwnPropertyDescriptor(new TypeError('t'), 'stack');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, first(d.value));
const f = new Error('f'); f.stack = 'replaced'; console.log(f.stack);
console.log(first(Object.create(new RangeError('r')).stack));
const g = new Error('g'); g.name = ''; console.log(first(g.stack));
const h = new Error(); h.name = 'OnlyName'; console.log(first(h.stack), JSON.stringify(h), Object.keys(h));
const frozen = Object.freeze(new SyntaxError('s')); frozen.name = 'x';
console.log(first(frozen.stack), Object.isFrozen(frozen));
"""


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
    _assert_same_report(path, source)


def _assert_same_report(path, source, normalize=lambda text: text) -> list:
    """Run ``source`` as the file ``path`` under both: exit code 1 and the same report (as
    _report and ``normalize`` leave it), which is returned."""
    node, ours = run_file_both(path, source + "\n")
    assert ours.returncode == node.returncode == 1
    actual = _report(normalize(ours.stderr), str(path))
    assert actual == _report(normalize(node.stderr), str(path))
    return actual


def _without_internal_code_frame(text: str) -> str:
    """node's report minus a code frame inside node itself (`node:internal/...:N`, the line,
    the caret) and the ` {` that opens the own properties on its last internal frame."""
    lines = text.split("\n")
    if lines and lines[0].startswith("node:internal"):
        lines = lines[3:]
    return "\n".join(line.removesuffix(" {") for line in lines)


@pytest.mark.parametrize("source", REJECTIONS)
def test_unhandled_rejection_report_matches_node(tmp_path, source):
    if NODE is None:
        pytest.skip("node is not installed")
    _assert_same_report(tmp_path / "rejected.js", source, _without_internal_code_frame)


def test_stack_formatted_at_first_read_like_node(tmp_path):
    assert_same_stdout_as_node(tmp_path / "lazy.js", LAZY_STACK)


@pytest.mark.parametrize("source", [
    "function f() { throw new TypeError('in module'); }\nf();",
    "await null;\nthrow new RangeError('after await');",
    "await Promise.reject(new Error('rejected at top level'));",
    "let x = 1;\nlet x = 2;",
])
def test_module_reports_use_file_urls_like_node(tmp_path, source):
    """node names ES module files by their file: URL in frames and code frames."""
    if NODE is None:
        pytest.skip("node is not installed")
    report = _assert_same_report(tmp_path / "mod.mjs", source)
    assert "file://FILE" in "\n".join(report)


TIMER_FRAMES = r"""
const frame = () => new Error('f').stack.split('\n')[2].replace(/\(.*\//, '(');
const o = { f: () => frame() }; console.log(o.f());
setImmediate(function () {
  console.log(frame(), this.constructor.name);
  setImmediate(function named() {
    console.log(frame());
    setTimeout(function later() {
      console.log(frame(), this.constructor.name);
      const i = setInterval(() => {
        clearInterval(i); console.log(frame());
        const j = setInterval(function () { clearInterval(j); console.log(this === j); }, 1);
      }, 1);
    }, 1);
  });
});
"""


def test_timer_callbacks_are_timer_methods_like_node(tmp_path):
    """node calls a timer callback as `timer._onTimeout()` / `immediate._onImmediate()`: `this`
    is the timer, and V8 names the frame by that receiver (also for arrow functions)."""
    assert_same_stdout_as_node(tmp_path / "timers.js", TIMER_FRAMES)
