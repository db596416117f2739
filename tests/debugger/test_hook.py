"""The execution hook (scopejs/inspect/debugger/hook.py): what it reports, and that nothing of it
runs when no observer is attached."""
from __future__ import annotations

from scopejs.api import Engine
from scopejs.inspect.debugger.hook import Observer, attach, detach, location

SEED_003 = """function a(){const w='w'; return function b(){const x='x',y='y',z='z'; return function c(){debugger; console.log(w,y,z)}}}
a()()()
"""


class Recorder(Observer):
    def __init__(self):
        self.events = []

    def _where(self, f, pc):
        sfi, offset = location(f, pc)
        line, col = sfi.source.position(offset)
        return f"{sfi.name or '<top>'}@{line}:{col}"

    def on_enter(self, f):
        self.events.append(f"enter {f.bytecode.sfi.name}")

    def on_statement(self, f, pc):
        self.events.append(f"stmt {self._where(f, pc)}")

    def on_debugger(self, f, pc):
        self.events.append(f"debugger {self._where(f, pc)}")

    def on_return(self, f, pc):
        self.events.append(f"return {f.bytecode.sfi.name or '<top>'}")

    def on_suspend(self, f, pc):
        self.events.append(f"suspend {f.bytecode.sfi.name}")

    def on_throw(self, f, pc, exc):
        self.events.append(f"throw {self._where(f, pc)}")


def run(source, observer=None, engine=None):
    import io
    engine = engine or Engine(stdout=io.StringIO())
    if observer is not None:
        attach(engine.interpreter, observer)
    engine.run_script(source, "t.js")
    engine.run_jobs()
    return engine


def test_statements_entries_returns_and_debugger_of_seed_003():
    rec = Recorder()
    run(SEED_003, rec)
    assert rec.events == [
        "stmt <top>@2:0", "enter a", "stmt a@1:19", "stmt a@1:26", "return a",
        "enter b", "stmt b@1:52", "stmt b@1:58", "stmt b@1:64", "stmt b@1:71", "return b",
        "enter c", "stmt c@1:91", "debugger c@1:91", "stmt c@1:101", "return c", "return <top>",
    ]


def test_callbacks_from_builtins_and_throws_are_reported_once():
    rec = Recorder()
    run("function f(x) { return [1, 2].map(y => y * x) }\nf(3)\n"
        "function g() { null.p }\ntry { [0].forEach(g) } catch (e) {}\n", rec)
    assert rec.events.count("enter ") == 2            # the arrow, once per element
    assert [e for e in rec.events if e.startswith("throw")] == ["throw g@3:20"]


def test_generators_suspend_and_resume_on_traced_code():
    rec = Recorder()
    run("function* gen() { yield 1;\n yield 2 }\nconst it = gen(); it.next(); it.next(); it.next()\n",
        rec)
    assert rec.events.count("suspend gen") == 3        # initial + two yields
    assert "stmt gen@2:1" in rec.events
    assert rec.events[-2:] == ["return gen", "return <top>"]


def test_async_functions_resume_from_the_job_queue_on_traced_code():
    rec = Recorder()
    run("async function f() { await 1;\n return 2 }\nf()\n", rec)
    assert "stmt f@2:1" in rec.events
    assert rec.events[-1] == "return f"


def test_no_observer_means_plain_code_and_detach_restores_it():
    import io
    engine = Engine(stdout=io.StringIO())
    engine.run_script("function f() { return 1 } f()", "t.js")
    assert engine.interpreter.tracer is None
    rec = Recorder()
    attach(engine.interpreter, rec)
    engine.run_script("f()", "t2.js")
    assert "enter f" in rec.events
    detach(engine.interpreter)
    rec.events.clear()
    engine.run_script("f()", "t3.js")
    assert rec.events == []


def test_plain_decoded_closures_are_not_the_instrumented_ones():
    import io
    engine = Engine(stdout=io.StringIO())
    seen = []

    class Spy(Observer):
        def on_enter(self, f):
            seen.append(f.code is not f.bytecode.decoded and f.bytecode.decoded is not None)
    engine.run_script("function f() { return 1 } f()", "t.js")
    attach(engine.interpreter, Spy())
    engine.run_script("f(); f()", "t2.js")
    assert seen == [True, True]
