"""The sandbox holds: the Js2Py escapes, a crawl of everything reachable, and host paths
(tests/embedding/escapes.py has the probes and their sources)."""
from __future__ import annotations

import pytest

from scopejs import Engine, JSError
from tests.embedding.escapes import (Outcome, crawl, make_engine, probe_dunders,
                                     probe_host_paths, probe_scripts)


@pytest.fixture(scope="module")
def engine():
    return make_engine()


def test_js2py_cve_and_issue_340_chains_find_no_python(engine):
    out = Outcome()
    probe_dunders(engine, out)
    probe_scripts(engine, out)
    assert out.attempts > 1500
    assert out.escapes == []


def test_everything_reachable_from_globalThis_is_a_js_value(engine):
    out = Outcome()
    objects = crawl(engine, out)
    assert objects > 500        # the crawl really walks the realm
    assert out.escapes == []


def test_import_reveals_no_host_file():
    out = Outcome()
    probe_host_paths(out)
    assert out.escapes == []


def test_python_object_is_refused_at_the_boundary():
    js = Engine()
    with pytest.raises(TypeError):
        js.set_global("o", object())
    js.expose("give", lambda: object())
    assert js.eval("try { give(); 'no' } catch (e) { e instanceof TypeError }") is True
    # a callable inside a value is wrapped: JS sees a function, and only its call
    js.set_global("box", {"f": lambda x: x * 2})
    assert js.eval("typeof box.f") == "function"
    assert js.eval("box.f(21)") == 42
    assert js.eval("Promise.resolve(5).then(box.f)").result() == 10
    assert js.eval("Object.getOwnPropertyNames(box.f).sort().join()") == "length,name"


def test_a_module_that_does_not_parse_is_a_rejection_without_its_text(tmp_path):
    from scopejs import FileLoader
    (tmp_path / "bad.js").write_text("export const SECRET_TEXT = ;")
    js = Engine(module_loader=FileLoader(tmp_path))
    result = js.eval("import('./bad.js').then(() => 'ok', e => e.name + ': ' + e.message)")
    text = result.result()
    assert text.startswith("SyntaxError")
    assert "SECRET_TEXT" not in text
    with pytest.raises(JSError):
        js.run_module("import './nope.js';")
