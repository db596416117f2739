from tests.interpreter.conftest import run_js


def test_this_by_invocation_pattern(lazy):
    src = """
    var o = { name: 'o', m: function () { return this.name; } };
    console.log(o.m());
    var m = o.m; var name = 'global';
    console.log(m());
    console.log((function () { 'use strict'; return this; })());
    function C() { this.v = 1; }
    console.log(new C().v);
    console.log(o.m.call({ name: 'call' }));
    console.log(o.m.bind({ name: 'bound' })());
    var arrow = { name: 'a', f: function () { return (() => this.name)(); } };
    console.log(arrow.f());
    """
    assert run_js(src, lazy=lazy) == ["o", "global", "undefined", "1", "call", "bound", "a"]
