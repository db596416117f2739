from tests.interpreter.conftest import run_js


def test_async_ordering_matches_node(lazy):
    src = """
    console.log('start');
    async function f() { console.log('f1'); await null; console.log('f2'); return 'r'; }
    f().then(v => console.log('then', v));
    Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2'));
    console.log('end');
    """
    assert run_js(src, lazy=lazy) == ["start", "f1", "end", "f2", "p1", "then r", "p2"]


def test_async_throw_rejects(lazy):
    src = """
    async function f() { throw new Error('no'); }
    f().catch(e => console.log('caught', e.message));
    """
    assert run_js(src, lazy=lazy) == ["caught no"]


def test_async_generator(lazy):
    src = """
    async function* ag() { yield 1; await null; yield 2; }
    (async () => { for await (const v of ag()) console.log(v); console.log('done'); })();
    """
    assert run_js(src, lazy=lazy) == ["1", "2", "done"]
