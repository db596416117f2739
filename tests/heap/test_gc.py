"""gc(), WeakRef and FinalizationRegistry (issue 6 part 6): the programs in programs/ run with
--expose-gc; their output is fixed below and compared with `node --expose-gc` (skipped without
node). Lines starting with "cleanup" come from FinalizationRegistry callbacks, whose order (among
themselves, and against timers of the same turn) node does not fix: they are compared as a
multiset, every other line in order."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PROGRAMS = Path(__file__).parent / "programs"

EXPECTED = {
    "weakref_kept_until_job_end.js": [
        "same job after gc: object",
        "microtask of the same turn: object",
        "later task after gc: undefined",
    ],
    "cycle_through_closure_context.js": [
        "before gc: a,b",
        "after gc, same job: object,object",
        "later: undefined,undefined",
        "cleanup a",
        "cleanup b",
    ],
    "builtin_closures_collected.js": [
        "collected in a later task",
        "cleanup resolve function",
        "cleanup revocable proxy",
        "cleanup revoke function",
        "cleanup bound function",
    ],
    "ephemerons_collected.js": [
        "done",
        "cleanup instance with private fields referring to it",
        "cleanup weakmap key referred to by its value",
        "cleanup value of a dead WeakMap whose key lives",
    ],
    "unregister_and_held_values.js": [
        "unregister: true",
        "done",
        "cleanup kept",
    ],
}


def normalize(lines):
    """(ordered non-cleanup lines, sorted cleanup lines)."""
    return ([x for x in lines if not x.startswith("cleanup")],
            sorted(x for x in lines if x.startswith("cleanup")))


def run_scopejs(path, *flags):
    proc = subprocess.run([sys.executable, "-m", "scopejs", *flags, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_program_output(name):
    lines = run_scopejs(PROGRAMS / name, "--expose-gc")
    assert normalize(lines) == normalize(EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_program_matches_node(name, node_path):
    proc = subprocess.run([node_path, "--expose-gc", str(PROGRAMS / name)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert normalize(run_scopejs(PROGRAMS / name, "--expose-gc")) == \
        normalize(proc.stdout.splitlines())


def test_cleanup_runs_in_a_later_task_not_in_the_job_that_collected():
    lines = run_scopejs(PROGRAMS / "cycle_through_closure_context.js", "--expose-gc")
    first_cleanup = min(i for i, x in enumerate(lines) if x.startswith("cleanup"))
    assert first_cleanup > lines.index("after gc, same job: object,object")


def test_gc_is_defined_only_with_expose_gc():
    from scopejs.api import Engine
    assert Engine(expose_gc=True).evaluate("typeof gc") == "function"
    assert Engine().evaluate("typeof gc") == "undefined"
    assert Engine(expose_gc=True).evaluate(
        "JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'gc'), ['writable', "
        "'enumerable', 'configurable'])") == '{"writable":true,"enumerable":false,"configurable":true}'


def test_kept_objects_cleared_per_agent_at_the_checkpoint():
    """9.10 ClearKeptObjects: each Engine's agent keeps its own [[KeptAlive]] list."""
    from scopejs.api import Engine
    a, b = Engine(), Engine()
    a.run_script("var r = new WeakRef({})", "a.js")
    b.run_script("var r = new WeakRef({})", "b.js")
    assert len(a.host.agent.kept_alive) == 1 and len(b.host.agent.kept_alive) == 1
    a.run_jobs()
    assert a.host.agent.kept_alive == [] and len(b.host.agent.kept_alive) == 1


def test_builtin_arity_cache_holds_no_closure():
    """The arity table of built-in behaviours is keyed by code object: a behaviour closing over
    JS values (a promise's resolve function) is not kept alive by it."""
    from scopejs.runtime.objects import functions
    from scopejs.api import Engine
    Engine().evaluate("new Promise(r => r(1)); Proxy.revocable({}, {}); 0")
    assert all(key.__class__.__name__ == "code" for key in functions._ARITY_CACHE)
