"""The debugger core (scopejs/inspect/debugger/core.py) driven by a scripted frontend."""
from __future__ import annotations

import io

from scopejs.api import Engine
from scopejs.inspect.debugger.core import Debugger, Frontend

SEED_000 = """function createCounter(initial) {
  var counter = initial;
  function increment(value) {
    if (!isFinite(value) || value < 1) {
      value = 1;
    }
    counter += value;
  }
  function get() {
    return counter;
  }
  return {
    increment: increment,
    get: get
  };
}
var myCounter = createCounter(100);
console.log(myCounter.get());
myCounter.increment(5);
console.log(myCounter.get());
"""

SEED_003 = """function a(){const w='w'; return function b(){const x='x',y='y',z='z'; return function c(){debugger; console.log(w,y,z)}}}
a()()()
"""


def fmt(value):
    from scopejs.inspect.scopes_view import _format_entry_value
    return _format_entry_value(value)


class Script(Frontend):
    """Records each pause (top frame, scopes, evaluations) and answers with the next action."""

    def __init__(self, actions=(), evaluate=()):
        self.actions = list(actions)
        self.evaluate = list(evaluate)
        self.pauses = []

    def on_pause(self, pause):
        cf = pause.call_frames[0]
        _script, line, column = cf.location
        record = {
            "reason": pause.reason, "at": f"{cf.function_name or '<top>'} {line}:{column}",
            "stack": [f.function_name or "<top>" for f in pause.call_frames],
            "scopes": [f"{v.label} {{{', '.join(f'{n}: {fmt(x)}' for n, x in v.pairs)}}}"
                       if v.pairs is not None else v.label for v in cf.scope_chain()],
            "eval": [(e, *cf.evaluate(e)) for e in self.evaluate],
        }
        if pause.has_return_value:
            record["return"] = pause.return_value
        if pause.reason == "exception":
            record["uncaught"] = pause.data[1]
        self.pauses.append(record)
        return self.actions.pop(0) if self.actions else "resume"


def debug(source, frontend, breakpoints=(), exceptions="none", name="t.js"):
    out = io.StringIO()
    engine = Engine(stdout=out)
    dbg = Debugger(engine, frontend).attach()
    dbg.pause_on_exceptions = exceptions
    for bp in breakpoints:
        dbg.set_breakpoint(url=name, **bp)
    engine.run_script(source, name)
    engine.run_jobs()
    return out.getvalue(), dbg


def test_breakpoint_in_get_shows_the_createCounter_closure_with_its_live_counter():
    fe = Script()
    out, _ = debug(SEED_000, fe, [{"line": 9}])
    assert out == "100\n105\n"
    assert [p["at"] for p in fe.pauses] == ["get 9:4", "get 9:4"]
    assert fe.pauses[0]["scopes"] == ["Local {}", "Closure (createCounter) {counter: 100}",
                                      "Global"]
    assert fe.pauses[1]["scopes"][1] == "Closure (createCounter) {counter: 105}"
    assert fe.pauses[0]["stack"] == ["get", "<top>"]


def test_debugger_statement_in_c_shows_trimmed_closures_of_b_and_a():
    fe = Script(evaluate=["w + y + z", "typeof x"])
    debug(SEED_003, fe)
    (pause,) = fe.pauses
    assert pause["at"] == "c 0:91"
    assert pause["scopes"] == ["Local {}", "Closure (b) {y: 'y', z: 'z'}", "Closure (a) {w: 'w'}",
                               "Global"]
    # x was never captured: it is not in any context, so eval in c does not see it
    assert pause["eval"] == [("w + y + z", True, "wyz"), ("typeof x", True, "undefined")]


def test_no_debugger_attached_means_debugger_statements_do_nothing():
    out = io.StringIO()
    Engine(stdout=out).run_script(SEED_003, "t.js")
    assert out.getvalue() == "w y z\n"


def test_step_over_into_and_out_follow_v8_break_locations():
    fe = Script(["stepOver", "stepOver", "stepInto", "stepInto", "stepInto"])
    debug(SEED_000, fe, [{"line": 16}])
    ats = [p["at"] for p in fe.pauses]
    assert ats[:4] == [
        "<top> 16:4",       # breakpoint
        "<top> 17:0",       # stepOver: createCounter ran without pausing
        "<top> 18:0",       # stepOver: get() and console.log ran
        "increment 3:4",    # stepInto: the `if` of increment
    ]
    # then the isFinite call is a call break location in the same statement: not a pause;
    # the next one is the statement after the `if`
    assert ats[4] == "increment 6:4"


def test_step_out_gives_the_return_value_and_lands_in_the_caller():
    fe = Script(["stepOut"])
    debug(SEED_000, fe, [{"line": 9}])
    assert fe.pauses[1]["return"] == 100.0
    assert fe.pauses[1]["at"].startswith("<top> 17:")


def test_return_position_of_an_explicit_return_and_of_the_closing_brace():
    fe = Script(["stepOver", "stepOver"])
    debug(SEED_000, fe, [{"line": 9}])
    assert [p["at"] for p in fe.pauses[:3]] == ["get 9:4", "get 9:19", "<top> 17:8"]
    fe = Script(["stepOver", "stepOver", "stepOver"])
    debug(SEED_003, fe)
    assert [p["at"] for p in fe.pauses[:3]] == ["c 0:91", "c 0:101", "c 0:119"]


def test_conditional_breakpoint():
    fe = Script(evaluate=["i"])
    debug("let s = 0;\nfor (let i = 0; i < 5; i++) {\n  s += i;\n}\n", fe,
          [{"line": 2, "condition": "i === 3"}])
    assert len(fe.pauses) == 1
    assert fe.pauses[0]["eval"] == [("i", True, 3.0)]
    assert fe.pauses[0]["scopes"][0] == "Block {i: 3}"


def test_breakpoint_column_and_resolution_to_the_next_statement():
    fe = Script()
    _, dbg = debug("var a = 1;\n\nvar b = 2; var c = 3;\n", fe, [{"line": 1}, {"line": 2,
                                                                     "column": 5}])
    assert [p["at"] for p in fe.pauses] == ["<top> 2:4", "<top> 2:15"]


def test_callbacks_called_by_builtins_pause_and_step_out_of_them():
    fe = Script(["stepOver", "stepOver", "stepOver"])
    out, _ = debug("const r = [1, 2].map(function double(x) {\n  return x * 2;\n});\n"
                   "console.log(r);\n", fe, [{"line": 1}])
    assert out == "[ 2, 4 ]\n"
    ats = [p["at"] for p in fe.pauses]
    assert ats[0] == "double 1:2"
    assert fe.pauses[0]["stack"] == ["double", "<top>"]
    assert "double 1:2" in ats[1:]        # the second element's call
    assert fe.pauses[0]["scopes"][0] == "Local {x: 1}"


def test_pause_on_exceptions_caught_and_uncaught():
    src = "function f() { throw new Error('boom'); }\ntry { f(); } catch (e) {}\nf();\n"
    fe = Script()
    try:
        debug(src, fe, exceptions="all")
    except Exception as exc:   # the uncaught one ends the run
        assert "boom" in str(exc)
    assert [(p["at"], p["uncaught"]) for p in fe.pauses] == [("f 0:15", False), ("f 0:15", True)]
    fe = Script()
    try:
        debug(src, fe, exceptions="uncaught")
    except Exception:
        pass
    assert [(p["at"], p["uncaught"]) for p in fe.pauses] == [("f 0:15", True)]


def test_step_over_an_await_resumes_in_the_same_async_function():
    fe = Script(["stepOver", "stepOver"])
    out, _ = debug("async function f() {\n  debugger;\n  await null;\n  console.log('after');\n}\n"
                   "f();\nconsole.log('sync');\n", fe)
    assert out == "sync\nafter\n"
    assert [p["at"] for p in fe.pauses] == ["f 1:2", "f 2:2", "f 3:2"]


def test_generators_step_into_resumes_and_yield_returns_to_the_caller():
    fe = Script(["stepOver", "stepOver"])
    debug("function* g() {\n  debugger;\n  yield 1;\n  yield 2;\n}\nconst it = g();\nit.next();\n"
          "it.next();\n", fe)
    ats = [p["at"] for p in fe.pauses]
    assert ats[:2] == ["g 1:2", "g 2:2"]
    assert ats[2].startswith("<top> 7:")     # the yield went back to the caller


def test_evaluate_sees_register_locals_and_writes_them_back():
    fe = Script(evaluate=["x = x * 10", "y"])
    out, _ = debug("function f(x) {\n  let y = x + 1;\n  debugger;\n  console.log(x, y);\n}\nf(4);\n",
                   fe)
    assert fe.pauses[0]["eval"] == [("x = x * 10", True, 40.0), ("y", True, 5.0)]
    assert fe.pauses[0]["scopes"][0] == "Local {x: 4, y: 5}"
    assert out == "40 5\n"


def test_evaluate_errors_are_reported_not_raised():
    fe = Script(evaluate=["nope", "(", "this === globalThis"])
    debug("function f() { debugger; }\nf();\n", fe)
    (e1, e2, e3) = fe.pauses[0]["eval"]
    assert e1[1] is False and e2[1] is False
    assert e3 == ("this === globalThis", True, True)


def test_block_and_catch_scopes():
    fe = Script()
    debug("function f() {\n  let a = 1;\n  { let b = 2; const k = () => b;\n    try { throw 3 }"
          " catch (e) { debugger; }\n  }\n  let late = 0;\n}\nf();\n", fe)
    scopes = fe.pauses[0]["scopes"]
    assert scopes[0] == "Catch {e: 3}"
    assert scopes[1] == "Block {b: 2, k: [Function: k]}"
    # `late` is in its TDZ; its register was never hole-initialised (nothing reads it early)
    assert scopes[2] == "Local {a: 1, late: undefined}"


def test_pause_request_and_detach():
    out = io.StringIO()
    engine = Engine(stdout=out)
    fe = Script()
    dbg = Debugger(engine, fe).attach()
    dbg.request_pause()
    engine.run_script("var a = 1;\nvar b = 2;\n", "t.js")
    assert [p["reason"] for p in fe.pauses] == ["other"]
    dbg.detach()
    engine.run_script("debugger;", "u.js")
    assert len(fe.pauses) == 1


def test_breakpoint_by_url_regex_applies_to_scripts_parsed_later():
    out = io.StringIO()
    engine = Engine(stdout=out)
    fe = Script()
    dbg = Debugger(engine, fe).attach()
    bp = dbg.set_breakpoint(url_regex=r"second\.js$", line=1)
    engine.run_script("var a = 1;\nvar b = 2;\n", "first.js")
    assert fe.pauses == [] and bp.locations == []
    engine.run_script("var c = 1;\nvar d = 2;\n", "lib/second.js")
    assert [p["at"] for p in fe.pauses] == ["<top> 1:4"]
    assert len(bp.locations) == 1
