from tests.interpreter.conftest import run_js


def test_generator_protocol(lazy):
    src = """
    function* g(a) { const x = yield a; yield x * 2; return 'done'; }
    const it = g(1);
    const show = r => console.log(r.value, r.done);
    show(it.next()); show(it.next(5)); show(it.next()); show(it.next());
    """
    assert run_js(src, lazy=lazy) == ["1 false", "10 false", "done true", "undefined true"]


def test_generator_return_runs_finally(lazy):
    src = """
    function* g() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
    for (const v of g()) { console.log(v); break; }
    """
    assert run_js(src, lazy=lazy) == ["1", "cleanup"]


def test_yield_star_and_spread(lazy):
    src = """
    function* inner() { yield 1; yield 2; }
    function* outer() { yield* inner(); yield 3; }
    console.log([...outer()].join());
    """
    assert run_js(src, lazy=lazy) == ["1,2,3"]
