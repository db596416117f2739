"""Lazy own properties of closures (ECMAScriptFunction._materialise): "length", "name",
"prototype" (and a sloppy function's legacy "arguments" and "caller") are created on first use,
and nothing can tell the difference."""
from scopejs.api import Engine
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction


def _fn(engine, name):
    g = engine.realm.global_env.global_this
    fn = g.props[name]
    assert fn.__class__ is ECMAScriptFunction
    return fn


def test_closure_starts_unmaterialised_and_calls_do_not_materialise():
    e = Engine()
    e.run_script("function f(a, b) { return a + b; } var o = {m: f}; var r = f(1, 2) + o.m(3, 4);")
    assert e.evaluate("r") == 10
    assert not _fn(e, "f").is_materialised()


def test_observed_properties_match_eager_creation():
    e = Engine()
    src = """
    function f(a, b) {}
    var out = [];
    out.push(Object.getOwnPropertyNames(f).join());
    var d = Object.getOwnPropertyDescriptor(f, 'length');
    out.push([d.value, d.writable, d.enumerable, d.configurable].join());
    d = Object.getOwnPropertyDescriptor(f, 'name');
    out.push([d.value, d.writable, d.enumerable, d.configurable].join());
    d = Object.getOwnPropertyDescriptor(f, 'prototype');
    out.push([d.writable, d.enumerable, d.configurable].join());
    out.push(f.prototype.constructor === f);
    out.push(Object.getOwnPropertyNames(f.prototype).join());
    out.push(Object.getPrototypeOf(f.prototype) === Object.prototype);
    out.join('|');
    """
    assert e.evaluate(src) == ("length,name,arguments,caller,prototype|2,false,false,true|"
                               "f,false,false,true|"
                               "true,false,false|true|constructor|true")


def test_each_closure_gets_its_own_prototype_object():
    e = Engine()
    src = """
    function mk() { return function () {}; }
    var a = mk(), b = mk();
    [a.prototype !== b.prototype, a.prototype.constructor === a,
     new a() instanceof a, !(new a() instanceof b)].join();
    """
    assert e.evaluate(src) == "true,true,true,true"


def test_writes_before_reads_keep_the_other_properties():
    e = Engine()
    src = """
    function f() {}
    function g() {}
    function h() {}
    f.extra = 1;
    Object.defineProperty(g, 'name', {value: 'G'});
    h.prototype = 5;
    var hd = delete h.name;
    [Object.getOwnPropertyNames(f).join(), g.name, Object.getOwnPropertyNames(g).join(),
     Object.getOwnPropertyNames(h).join(), hd, h.prototype, f.length,
     typeof f.prototype].join('|');
    """
    # as node 20 prints it (sloppy functions have V8's legacy arguments/caller)
    assert e.evaluate(src) == ("length,name,arguments,caller,prototype,extra|G|"
                               "length,name,arguments,caller,prototype|"
                               "length,arguments,caller,prototype|true|5|0|object")


def test_kinds_without_prototype_and_generators():
    e = Engine()
    src = """
    var arrow = () => 1;
    var o = {m() {}};
    function* gen() {}
    async function af() {}
    class C {}
    [Object.getOwnPropertyNames(arrow).join(), Object.getOwnPropertyNames(o.m).join(),
     Object.getOwnPropertyNames(gen).join(),
     Object.getPrototypeOf(gen.prototype) === Object.getPrototypeOf(function*(){}).prototype,
     gen.prototype.hasOwnProperty('constructor'),
     Object.getOwnPropertyNames(af).join(),
     Object.getOwnPropertyNames(C).join(),
     Object.getOwnPropertyDescriptor(C, 'prototype').writable].join('|');
    """
    assert e.evaluate(src) == ("length,name|length,name|length,name,prototype|true|false|"
                               "length,name|length,name,prototype|false")


def test_freeze_and_extensibility_before_first_read():
    e = Engine()
    src = """
    function f() {}
    Object.freeze(f);
    var d = Object.getOwnPropertyDescriptor(f, 'prototype');
    [Object.isFrozen(f), d.writable, d.configurable, f.hasOwnProperty('name')].join();
    """
    assert e.evaluate(src) == "true,false,false,true"
