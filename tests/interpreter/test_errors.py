from tests.interpreter.conftest import run_error, run_js


def test_not_a_function_names_the_callee(lazy):
    assert run_error("var obj = {}; obj.foo();", lazy=lazy).message == "obj.foo is not a function"
    assert run_error("var x; x();", lazy=lazy).message == "x is not a function"


def test_cannot_read_properties(lazy):
    err = run_error("var u; u.foo;", lazy=lazy)
    assert (err.name, err.message) == ("TypeError",
                                      "Cannot read properties of undefined (reading 'foo')")


def test_try_catch_finally(lazy):
    src = """
    function f() { try { throw new Error('boom'); } catch (e) { return e.message; }
                   finally { console.log('finally'); } }
    console.log(f());
    try { null.x } catch (e) { console.log(e instanceof TypeError, e.constructor.name) }
    """
    assert run_js(src, lazy=lazy) == ["finally", "boom", "true TypeError"]


def test_throw_across_frames(lazy):
    src = """
    function a() { b(); } function b() { throw 42; }
    try { a(); } catch (e) { console.log('caught', e); }
    """
    assert run_js(src, lazy=lazy) == ["caught 42"]


def test_deep_recursion_and_range_error(lazy):
    src = """
    function r(n) { return n === 0 ? 0 : r(n - 1) + 1; }
    console.log(r(10000));
    try { r(100000); } catch (e) { console.log(e instanceof RangeError, e.message); }
    """
    assert run_js(src, lazy=lazy) == ["10000", "true Maximum call stack size exceeded"]


def test_error_stack_has_frames(lazy):
    src = """
    function foo() { return new Error('x').stack; }
    console.log(foo());
    """
    lines = run_js(src, lazy=lazy)
    assert lines[0] == "Error: x"
    assert lines[1].strip().startswith("at foo (test.js:2:")


def test_builtin_reentry_is_bounded_and_catchable(lazy):
    src = """
    function t(n) { if (n === 0) return 0; let r = 0; [1].forEach(() => { r = t(n - 1) + 1 }); return r }
    console.log(t(200));
    try { t(100000) } catch (e) { console.log(e.name, e.message) }
    var o = { get x() { return this.x } };
    try { o.x } catch (e) { console.log(e instanceof RangeError) }
    """
    assert run_js(src, lazy=lazy) == ["200", "RangeError Maximum call stack size exceeded",
                                      "true"]
