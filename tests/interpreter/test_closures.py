"""Closures: captured variables live in contexts, shared between closures, per-iteration
bindings, and contexts are reclaimed once no closure references them."""
import gc
import weakref

from scopejs.api import Engine
from tests.interpreter.conftest import run_js


def test_counter(lazy):
    src = """
    function createCounter(initial) {
      var counter = initial;
      function increment(value) { counter += value; }
      function get() { return counter; }
      return { increment: increment, get: get };
    }
    var c = createCounter(100);
    console.log(c.get()); c.increment(5); console.log(c.get());
    """
    assert run_js(src, lazy=lazy) == ["100", "105"]


def test_closures_share_one_context(lazy):
    src = """
    function make() { let x = 0; return [() => ++x, () => x]; }
    const [inc, get] = make();
    inc(); inc();
    console.log(get());
    """
    assert run_js(src, lazy=lazy) == ["2"]


def test_for_let_creates_a_binding_per_iteration(lazy):
    src = """
    var fs = [];
    for (let i = 0; i < 3; i++) fs.push(() => i);
    console.log(fs.map(f => f()).join());
    var gs = [];
    for (var j = 0; j < 3; j++) gs.push(() => j);
    console.log(gs.map(f => f()).join());
    for (let i = 0, getI = () => i; i < 3; i++) console.log(getI());
    """
    assert run_js(src, lazy=lazy) == ["0,1,2", "3,3,3", "0", "0", "0"]


def test_nested_closures_three_levels(lazy):
    src = """
    function a() { var x = 'x'; return function b() { var y = 'y';
      return function c() { return x + y; }; }; }
    console.log(a()()());
    """
    assert run_js(src, lazy=lazy) == ["xy"]


def test_context_is_reclaimed_when_no_closure_references_it():
    engine = Engine()
    engine.run_script("""
    var keep = (function () { var big = 1; return function () { return big; }; })();
    """, "gc.js")
    fn = engine.realm.global_object.props["keep"]
    ctx_ref = weakref.ref(fn.environment)
    gc.collect()
    assert ctx_ref() is not None          # kept while a closure references it
    engine.run_script("keep = null;", "gc2.js")
    del fn
    gc.collect()
    assert ctx_ref() is None              # reclaimed once none does


def test_suspended_generator_does_not_keep_its_caller_alive():
    engine = Engine()
    engine.run_script("""
    function* gen() { yield 1; yield 2; }
    var it;
    function start() { var local = {}; it = gen(); it.next(); return local; }
    var probe = start();
    """, "gen.js")
    frame = engine.realm.global_object.props["it"].frame
    assert frame.parent is None
