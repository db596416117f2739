"""20.1 Object constructor and Object.prototype (driven from Python)."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol
from tests.runtime.jshelpers import arr, call, new, resolve, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def obj(realm, **props):
    o = realm.new_object()
    for k, v in props.items():
        o.Set(k, v, o)
    return o


def test_object_constructor(realm):
    o = call(realm, "Object")
    assert isinstance(o, JSObject) and o.proto is realm.object_prototype
    b = call(realm, "Object", True)
    assert b.boolean_data is True
    x = realm.new_object()
    assert call(realm, "Object", x) is x and new(realm, "Object", x) is x


def test_keys_values_entries(realm):
    o = obj(realm, b=1.0, a=2.0)
    o.Set("1", 3.0, o)
    o.DefineOwnProperty("hidden", PropertyDescriptor(value=0.0))
    o.Set(JSSymbol("s"), 4.0, o)
    assert to_list(call(realm, "Object.keys", o)) == ["1", "b", "a"]
    assert to_list(call(realm, "Object.values", o)) == [3.0, 1.0, 2.0]
    entries = call(realm, "Object.entries", o)
    assert [to_list(e) for e in to_list(entries)] == [["1", 3.0], ["b", 1.0], ["a", 2.0]]
    assert to_list(call(realm, "Object.getOwnPropertyNames", o)) == ["1", "b", "a", "hidden"]
    assert len(to_list(call(realm, "Object.getOwnPropertySymbols", o))) == 1
    assert to_list(call(realm, "Object.keys", "ab")) == ["0", "1"]
    assert thrown(call, realm, "Object.keys", UNDEFINED) == \
        "TypeError: Cannot convert undefined or null to object"


def test_assign_and_from_entries(realm):
    target = realm.new_object()
    r = call(realm, "Object.assign", target, obj(realm, a=1.0), NULL, obj(realm, b=2.0, a=3.0))
    assert r is target and to_list(call(realm, "Object.keys", r)) == ["a", "b"]
    assert target.Get("a", target) == 3.0
    pairs = arr(realm, arr(realm, "x", 1.0), arr(realm, "y", 2.0))
    o = call(realm, "Object.fromEntries", pairs)
    assert o.Get("y", o) == 2.0


def test_define_property_and_descriptors(realm):
    o = realm.new_object()
    desc = obj(realm, value=1.0, enumerable=True)
    call(realm, "Object.defineProperty", o, "x", desc)
    d = call(realm, "Object.getOwnPropertyDescriptor", o, "x")
    assert [d.Get(k, d) for k in ("value", "writable", "enumerable", "configurable")] == \
        [1.0, False, True, False]
    assert list(d.props) == ["value", "writable", "enumerable", "configurable"]
    assert thrown(call, realm, "Object.defineProperty", o, "x", obj(realm, value=2.0)) == \
        "TypeError: Cannot redefine property: x"
    assert thrown(call, realm, "Object.defineProperty", 1.0, "x", desc) == \
        "TypeError: Object.defineProperty called on non-object"
    bad = obj(realm, get=1.0)
    assert thrown(call, realm, "Object.defineProperty", o, "y", bad) == \
        "TypeError: Getter must be a function: 1"
    ds = call(realm, "Object.getOwnPropertyDescriptors", o)
    assert list(ds.props) == ["x"]


def test_create_and_prototypes(realm):
    proto = obj(realm, p=1.0)
    o = call(realm, "Object.create", proto, obj(realm, own=obj(realm, value=2.0, enumerable=True)))
    assert call(realm, "Object.getPrototypeOf", o) is proto
    assert o.Get("p", o) == 1.0 and o.Get("own", o) == 2.0
    n = call(realm, "Object.create", NULL)
    assert n.proto is NULL
    assert thrown(call, realm, "Object.create", 1.0) == \
        "TypeError: Object prototype may only be an Object or null: 1"
    assert call(realm, "Object.setPrototypeOf", o, NULL) is o and o.proto is NULL
    assert thrown(call, realm, "Object.setPrototypeOf", proto, o if False else
                  call(realm, "Object.create", proto)) == "TypeError: Cyclic __proto__ value"


def test_freeze_seal_prevent_extensions(realm):
    o = obj(realm, a=1.0)
    assert call(realm, "Object.isFrozen", o) is False
    call(realm, "Object.freeze", o)
    assert call(realm, "Object.isFrozen", o) and call(realm, "Object.isSealed", o)
    assert not call(realm, "Object.isExtensible", o)
    assert call(realm, "Object.isFrozen", 1.0) is True
    assert call(realm, "Object.freeze", 5.0) == 5.0
    s = obj(realm, a=1.0)
    call(realm, "Object.seal", s)
    assert call(realm, "Object.isSealed", s) and not call(realm, "Object.isFrozen", s)
    p = obj(realm)
    call(realm, "Object.preventExtensions", p)
    assert call(realm, "Object.isSealed", p) and call(realm, "Object.isFrozen", p)


def test_is_and_has_own(realm):
    assert call(realm, "Object.is", float("nan"), float("nan")) is True
    assert call(realm, "Object.is", 0.0, -0.0) is False
    o = obj(realm, a=1.0)
    assert call(realm, "Object.hasOwn", o, "a") and not call(realm, "Object.hasOwn", o, "b")
    assert call(realm, "Object.prototype.hasOwnProperty", "a", this=o)
    assert call(realm, "Object.prototype.hasOwnProperty", "length", this="abc")


def test_object_prototype_to_string(realm):
    ts = "Object.prototype.toString"
    assert call(realm, ts, this=UNDEFINED) == "[object Undefined]"
    assert call(realm, ts, this=NULL) == "[object Null]"
    assert call(realm, ts, this=arr(realm)) == "[object Array]"
    assert call(realm, ts, this=resolve(realm, "Object")) == "[object Function]"
    assert call(realm, ts, this=realm.new_error("TypeError", "x")) == "[object Error]"
    assert call(realm, ts, this=True) == "[object Boolean]"
    assert call(realm, ts, this=resolve(realm, "Reflect")) == "[object Reflect]"
    assert call(realm, ts, this=JSSymbol("q")) == "[object Symbol]"


def test_is_prototype_of_and_property_is_enumerable(realm):
    proto = realm.new_object()
    o = JSObject(proto)
    assert call(realm, "Object.prototype.isPrototypeOf", o, this=proto)
    assert call(realm, "Object.prototype.isPrototypeOf", o, this=realm.new_object()) is False
    o.Set("e", 1.0, o)
    assert call(realm, "Object.prototype.propertyIsEnumerable", "e", this=o)
    assert not call(realm, "Object.prototype.propertyIsEnumerable", "toString", this=o)


def test_annex_b_proto_and_define_getter(realm):
    o = realm.new_object()
    proto_desc = realm.object_prototype.GetOwnProperty("__proto__")
    assert proto_desc.get.Call(o, []) is realm.object_prototype
    p = realm.new_object()
    proto_desc.set.Call(o, [p])
    assert o.proto is p
    proto_desc.set.Call(o, [1.0])  # ignored
    assert o.proto is p
    g = realm.new_function(lambda r, this: 42.0, 0, "g")
    call(realm, "Object.prototype.__defineGetter__", "x", g, this=o)
    assert o.Get("x", o) == 42.0
    assert call(realm, "Object.prototype.__lookupGetter__", "x", this=JSObject(o)) is g
    assert call(realm, "Object.prototype.__lookupSetter__", "x", this=o) is UNDEFINED
    assert thrown(call, realm, "Object.prototype.__defineSetter__", "y", 1.0, this=o) == \
        "TypeError: Object.prototype.__defineSetter__: Expecting function"


def test_value_of_and_to_locale_string(realm):
    o = realm.new_object()
    assert call(realm, "Object.prototype.valueOf", this=o) is o
    assert call(realm, "Object.prototype.toLocaleString", this=o) == "[object Object]"
