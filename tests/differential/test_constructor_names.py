"""Constructor names in console output as node prints them: when nothing on an object's
prototype chain is a `constructor`, node asks V8 (GetConstructorName), which names the object
by the function that created it with `new` (kept on its map)."""
from __future__ import annotations

from tests.programs.corpus import assert_same_stdout_as_node

PROGRAM = r"""
function G() {} G.prototype = Object.create(null);
console.log(new G());
const g = new G(); g.a = 1; console.log(g, [new G()], { nested: new G() });
class K {} Object.setPrototypeOf(K.prototype, null); console.log(new K());
console.log(Object.create(null), Object.create({ hello() {} }));
function H() {} H.prototype = Object.create(null); H.prototype.x = 1; console.log(new H());
function F() {} F.prototype = { y: 2 }; console.log(new F());
class A { constructor() { this.v = 1; } } const a = new A(); delete A.prototype.constructor;
console.log(a);
console.log(Reflect.construct(function Q() {}, [], G));        // new.target is not the base
console.log(Object.create(G.prototype));                         // not created by G
const deep = Object.create(Object.create(null)); function D() {} D.prototype = deep;
console.log(new D());
class C { constructor() { return Object.create(G.prototype); } } console.log(new C());
function W() { this.w = 1; } W.prototype = Object.create(null); console.log([new W(), new W()]);
const anon = function () {}; anon.prototype = Object.create(null); console.log(new anon());
console.log(require('util').inspect(new G(), { depth: 0 }));
"""


def test_constructor_names_like_node(tmp_path):
    out = assert_same_stdout_as_node(tmp_path / "names.js", PROGRAM)
    assert "G <[Object: null prototype] {}> {}" in out


def test_only_constructorless_chains_are_recorded():
    """The usual `new F()` (F.prototype has its own `constructor`) leaves nothing behind."""
    from scopejs.api import Engine
    engine = Engine()
    engine.evaluate("function F() {} globalThis.kept = [new F(), new F()];"
                    "function G() {} G.prototype = Object.create(null); globalThis.g = new G();")
    table = engine.host.agent.constructed_by
    assert [fn.debug_name() for fn in table.values()] == ["G"]
