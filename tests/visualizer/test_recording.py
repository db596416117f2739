"""The visualizer's recorded steps (the data the page draws), checked without a browser."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.visualizer.support import ROOT, SEEDS, Step, page_data, record, steps


def two_counter_step(data):
    """The first step after the second createCounter(...) call returned."""
    returns = 0
    for step in steps(data):
        if step.kind == "return" and step.top["name"] == "createCounter":
            returns += 1
        elif returns == 2 and step.top["name"] == "(global)":
            return step
    raise AssertionError("no step after the second createCounter call")


@pytest.mark.parametrize("lazy", [True, False])
def test_two_counters_have_two_contexts_and_own_environments(tmp_path, lazy):
    _, data, out = record((SEEDS / "s000_two_counters.js").read_text(), tmp_path, lazy=lazy)
    assert out.splitlines()[:2] == ["100 200", "103 205"]
    step = two_counter_step(data)
    counters = {}
    for context in step.contexts:
        slots = step.context_slots(context)
        assert context["label"] == "Closure (createCounter)"
        # the engine's context holds only the captured variable
        assert list(slots) == ["counter"]
        counters[context["n"]] = slots["counter"]
    assert sorted(counters.values()) == [["p", "100"], ["p", "200"]]
    # increment and get of each counter point to their own context
    for name in ("increment", "get"):
        functions = step.functions(name)
        assert len(functions) == 2
        assert {f["env"] for f in functions} == set(counters)
        assert all(f["thisMode"] == "strict" for f in functions)
    # each counter object's functions share one context
    objects = [o for o in step.heap.values() if o["t"] == "object"]
    for obj in objects:
        props = dict((k, v) for k, v in obj["props"])
        envs = {step.heap[props[k][1]]["env"] for k in ("increment", "get")}
        assert len(envs) == 1
    # the spec keeps `initial` in the record; the engine dropped it (a register) at return
    for context in step.contexts:
        dropped = {d[0]: d for d in context["dropped"]}
        assert dropped["initial"][1] == step.context_slots(context)["counter"]
        assert dropped["initial"][2] == "register a0"


def test_spec_view_has_register_bindings_and_tdz(tmp_path):
    source = "function f(a) {\n  var v = a + 1;\n  g();\n  let late = 3;\n  return late;\n}\nfunction g() {}\nf(1);\n"
    _, data, _ = record(source, tmp_path)
    at_call = next(s for s in steps(data) if s.top["name"] == "f" and s.top["line"] == 3)
    record_ = at_call.top["spec"][-1]
    assert record_["kind"] == "Function Environment Record"
    bindings = {b[0]: b for b in record_["bindings"]}
    assert bindings["a"][1] == ["p", "1"] and bindings["a"][2] == "register a0"
    assert bindings["v"][1] == ["p", "2"]
    assert bindings["late"][1] == ["u"]            # TDZ before `let late`
    assert at_call.top["chain"] == []              # nothing captured: no context
    regs = {r[0]: r for r in at_call.top["regs"]}
    assert regs["v"][1].startswith("r")
    # the caller frame is on the stack below
    assert [f["name"] for f in at_call.frames] == ["f", "(global)"]
    after = next(s for s in steps(data) if s.top["name"] == "f" and s.top["line"] == 5)
    assert {b[0]: b[1] for b in after.top["spec"][-1]["bindings"]}["late"] == ["p", "3"]


def test_this_per_frame_and_block_records(tmp_path):
    source = ("const o = { m() { { let k = 1; const f = () => k; return f(); } } };\n"
              "o.m();\n")
    _, data, _ = record(source, tmp_path)
    in_m = [s for s in steps(data) if s.top["name"] == "m" and s.kind == "step"]
    assert in_m
    this = in_m[0].top["this"]
    assert this[0] == "r" and in_m[0].heap[this[1]]["props"][0][0] == "m"
    inner = [s for s in in_m if len(s.top["spec"]) > 1]
    assert inner, "the block's Declarative Environment Record appears inside the block"
    block = inner[-1].top["spec"][0]
    assert block["kind"] == "Declarative Environment Record"
    assert block["ctx"] is not None                   # k is captured: a block context
    arrow = next(s for s in steps(data) if s.top["name"] == "f")
    assert arrow.top["this"][0] == "x"                # arrows have no own this


def test_collected_context_disappears(tmp_path):
    # (A stale temporary register of a still running frame would keep it alive: the script
    # frame is not the one holding the closure here.)
    source = ("function make() { let x = {big: 1}; return () => x; }\n"
              "function use() { const g = make();\n  return g().big; }\n"
              "use();\n"
              "console.log('after');\n")
    _, data, _ = record(source, tmp_path)
    all_steps = steps(data)
    in_use = next(s for s in all_steps if s.top["line"] == 3 and s.top["name"] == "use")
    assert len(in_use.contexts) == 1
    number = in_use.contexts[0]["n"]
    after = next(s for s in all_steps if s.top["line"] == 5)
    assert number in after.gone
    assert all(c["n"] != number for c in after.contexts)


def test_reading_runs_no_getters_or_traps(tmp_path):
    source = ("const seen = [];\n"
              "const o = { get x() { seen.push('getter'); return 1; } };\n"
              "const p = new Proxy({}, { get() { seen.push('get'); return 1; },\n"
              "  ownKeys() { seen.push('keys'); return []; },\n"
              "  getOwnPropertyDescriptor() { seen.push('gopd'); } });\n"
              "const holder = { o, p };\n"
              "console.log(seen.length);\n")
    _, data, out = record(source, tmp_path)
    assert out == "0\n"
    last = steps(data)[-1]
    holder = next(o for o in last.heap.values() if o["t"] == "object"
                  and [k for k, _ in o["props"]] == ["o", "p"])
    o = last.heap[dict(holder["props"])["o"][1]]
    assert o["props"] == [["x", ["x", "accessor"]]]


def test_lazy_function_and_queues(tmp_path):
    source = ("function later() { return 1; }\n"
              "Promise.resolve(1).then(function onThen(v) { return v; });\n"
              "setTimeout(function tick() {}, 5);\n"
              "later();\n")
    _, data, _ = record(source, tmp_path)
    first = steps(data)[1]
    later = first.functions("later")
    assert later and later[0]["lazy"] is True          # preparsed, not compiled yet
    at_call = next(s for s in steps(data) if s.top["line"] == 4)
    assert at_call.queues["jobs"] == ["NewPromiseReactionJob: onThen"]
    # timers run on the real clock: due 5 ms after the loop's start (plus start-up time)
    [timer] = at_call.queues["timers"]
    assert re.fullmatch(r"tick at [0-9.e+]+ ms", timer) and float(timer.split()[2]) >= 5
    compiled = next(s for s in steps(data) if s.top["name"] == "later")
    assert compiled.functions("later")[0]["lazy"] is False


def test_max_steps_cap(tmp_path):
    source = "let n = 0;\nfor (let i = 0; i < 100; i++) { n += i; }\nconsole.log(n);\n"
    text, data, out = record(source, tmp_path, max_steps=10)
    assert out == "4950\n"                  # the program ran on after the cap
    assert len(data["steps"]) == 10 and data["truncated"] is True
    assert data["output"] == "4950\n"


def test_cli_writes_a_self_contained_page(tmp_path):
    page = tmp_path / "out.html"
    result = subprocess.run([sys.executable, "-m", "scopejs", "--visualize", str(page),
                             "--visualize-max-steps", "7", str(SEEDS / "s000_create_counter.js")],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    # nothing is fetched: no external scripts, styles, images or imports
    assert not re.search(r"""<[a-z]+[^>]*\s(src|href)\s*=|<link|@import|url\(\s*['"]?https?:""",
                         text)
    data = page_data(text)
    assert len(data["steps"]) == 7 and data["truncated"] is True
    assert "100" in result.stdout


def test_step_of_uncaught_error_still_written(tmp_path):
    page = tmp_path / "err.html"
    program = tmp_path / "boom.js"
    program.write_text("let a = 1;\nfunction f() { throw new Error('boom'); }\nf();\n")
    result = subprocess.run([sys.executable, "-m", "scopejs", "--visualize", str(page),
                             str(program)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1 and "boom" in result.stderr
    data = page_data(page.read_text(encoding="utf-8"))
    kinds = [s["k"] for s in data["steps"]]
    assert "throw" in kinds
    thrown = Step(data, kinds.index("throw"))
    assert thrown.top["name"] == "f"


def test_sparse_arrays_maps_and_sets_are_read_without_running_code(tmp_path):
    source = ("const a = [1, , 3]; a.x = 'y';\n"
              "const s = []; s[100000] = 1;\n"
              "Object.defineProperty(a, 0, { get() { console.log('GETTER'); return 1 } });\n"
              "const m = new Map([[1, 'one'], ['k', {z: 1}]]); m.delete(1);\n"
              "const st = new Set([1, 2]);\n"
              "console.log(a.length, s.length, m.size, st.size);\n")
    _, data, out = record(source, tmp_path)
    assert out == "3 100001 1 2\n"
    heap = list(steps(data)[-1].heap.values())
    props = [dict((k, v) for k, v in o["props"]) for o in heap]
    assert {"length": ["p", "3"], "0": ["x", "accessor"], "2": ["p", "3"], "x": ["p", "'y'"]} in props
    assert {"length": ["p", "100001"], "100000": ["p", "1"]} in props
    assert any(list(p) == ["'k' =>"] for p in props)
    assert {"0": ["p", "1"], "1": ["p", "2"]} in props


def test_deep_recursion_shows_the_innermost_frames_and_a_count(tmp_path):
    source = "function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }\nconsole.log(down(60));\n"
    _, data, out = record(source, tmp_path)
    assert out == "60\n"
    deepest = max(steps(data), key=lambda s: s.frames[-1].get("skipped") or 0)
    assert len(deepest.frames) == 41
    assert deepest.frames[-1]["name"] == "(global)" and deepest.frames[-1]["skipped"] == 21


def test_closure_over_an_unallocated_record(tmp_path):
    """The spec's [[Environment]] of inner is outer's Function Environment Record; the engine
    allocated nothing for it (nothing captured), so the closure points to the global scope."""
    source = ("function outer() { var a = 1; return function inner() { return 2; }; }\n"
              "const f = outer();\nconsole.log(f());\n")
    _, data, _ = record(source, tmp_path)
    inner = steps(data)[-1].functions("inner")[0]
    assert inner["env"] is None
    assert inner["specEnv"] == ["FunctionEnv(outer)", False]
    _, data, _ = record((SEEDS / "s000_two_counters.js").read_text(), tmp_path)
    step = two_counter_step(data)
    assert all(f["specEnv"] == ["FunctionEnv(createCounter)", True]
               for f in step.functions("increment"))
