from tests.interpreter.conftest import run_js


def test_mapped_arguments_alias_parameters(lazy):
    src = """
    function f(a, b) { arguments[0] = 'x'; b = 'y'; return [a, arguments[1], arguments.length]; }
    console.log(f(1, 2, 3).join());
    """
    assert run_js(src, lazy=lazy) == ["x,y,3"]


def test_unmapped_in_strict_mode(lazy):
    src = """
    function f(a) { 'use strict'; arguments[0] = 'x'; return a; }
    console.log(f(1));
    function g(a = 0) { arguments[0] = 'x'; return a; }
    console.log(g(1));
    """
    assert run_js(src, lazy=lazy) == ["1", "1"]


def test_rest_and_spread(lazy):
    src = """
    function f(a, ...rest) { return rest.length + ':' + rest.join('-'); }
    console.log(f(1, 2, 3), f(...[1, 2, 3, 4]));
    """
    assert run_js(src, lazy=lazy) == ["2:2-3 3:2-3-4"]
