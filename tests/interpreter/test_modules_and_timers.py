"""ES modules through Engine.run_module (live bindings, cycles, namespaces, top-level await)
and node's timers on the virtual clock."""
import io

from scopejs.api import Engine
from scopejs.modules.loader import PathLoader
from tests.interpreter.conftest import run_error, run_js


def run_module(tmp_path, files, main="main.mjs"):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    out = io.StringIO()
    engine = Engine(stdout=out, module_loader=PathLoader())
    engine.run_module_file(str(tmp_path / main))
    engine.run_jobs()
    return out.getvalue().splitlines()


def test_live_binding_and_namespace(tmp_path):
    files = {
        "counter.mjs": "export let count = 0; export function inc() { count++; }",
        "main.mjs": "import { count, inc } from './counter.mjs'; import * as ns from "
                    "'./counter.mjs';\nconsole.log(count); inc(); console.log(count, ns.count,"
                    " Object.keys(ns).join(), 'count' in ns);",
    }
    assert run_module(tmp_path, files) == ["0", "1 1 count,inc true"]


def test_cycle_sees_hoisted_functions(tmp_path):
    files = {
        "a.mjs": "import { b } from './b.mjs'; export function a() { return 'a' + b(); }",
        "b.mjs": "import { a } from './a.mjs'; export function b() { return 'b'; }"
                 " console.log(typeof a);",
        "main.mjs": "import { a } from './a.mjs'; console.log(a());",
    }
    assert run_module(tmp_path, files) == ["function", "ab"]


def test_top_level_await(tmp_path):
    files = {"main.mjs": "const v = await Promise.resolve(7); console.log(v * 6);"}
    assert run_module(tmp_path, files) == ["42"]


def test_ambiguous_star_export_is_a_syntax_error(tmp_path):
    files = {
        "x1.mjs": "export const x = 1;", "x2.mjs": "export const x = 2;",
        "both.mjs": "export * from './x1.mjs'; export * from './x2.mjs';",
        "main.mjs": "import { x } from './both.mjs';",
    }
    import pytest
    from scopejs.errors import JSError
    with pytest.raises(JSError) as info:
        run_module(tmp_path, files)
    assert info.value.name == "SyntaxError"


def test_timers_run_in_due_order_after_microtasks():
    src = """
    setTimeout(() => console.log('t20'), 20);
    setTimeout(() => console.log('t10'), 10);
    queueMicrotask(() => console.log('micro'));
    let n = 0; const id = setInterval(() => { if (++n === 3) clearInterval(id); console.log('i' + n); }, 7);
    console.log('sync');
    """
    lines = run_js(src)
    assert lines[:3] == ["sync", "micro", "i1"]
    assert [x for x in lines if x.startswith("t")] == ["t10", "t20"]
    assert [x for x in lines if x.startswith("i")] == ["i1", "i2", "i3"]


def test_eval_in_parameters_may_not_declare_arguments():
    err = run_error("function f(p = eval('var arguments')) {} f();")
    assert err.name == "SyntaxError"


def test_eval_var_conflicting_with_let_is_a_syntax_error():
    err = run_error("function g() { let x; { eval('var x'); } } g();")
    assert err.name == "SyntaxError"


def test_test262_host_reports_a_rejected_top_level_await(tmp_path):
    """test262's module tests: the error of a module whose top-level await rejects is the
    rejection of its evaluation promise, raised once the jobs have run."""
    import pytest
    from scopejs.errors import JSError
    (tmp_path / "main.mjs").write_text("await Promise.reject(new TypeError('tla'));\n")
    engine = Engine(test262_host=True, module_loader=PathLoader())
    engine.run_module_file(str(tmp_path / "main.mjs"))
    with pytest.raises(JSError, match="tla") as info:
        engine.run_jobs()
    assert info.value.name == "TypeError"
    engine.run_jobs()        # reported once
