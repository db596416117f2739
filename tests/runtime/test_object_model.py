"""10.1 ordinary objects: key order, define/get/set/delete with attributes, prototypes."""
import pytest

from scopejs.runtime.abstract_ops import (
    CreateDataPropertyOrThrow, DefinePropertyOrThrow, DeletePropertyOrThrow,
    OrdinaryHasInstance, Set, SetIntegrityLevel, TestIntegrityLevel,
)
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C, E, W, WEC, PropertyDescriptor
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol


def test_own_property_keys_order():
    o = JSObject(NULL)
    s1, s2 = JSSymbol("a"), JSSymbol("b")
    for k in ["b", s1, "10", "a", "2", s2, "01", "4294967295", "4294967294", "-1"]:
        assert o.Set(k, 1.0, o)
    assert o.OwnPropertyKeys() == ["2", "10", "4294967294", "b", "a", "01", "4294967295", "-1",
                                   s1, s2]


def test_get_walks_prototype_chain_and_calls_getter_with_receiver(realm):
    proto = JSObject(NULL)
    seen = []
    getter = realm.new_function(lambda r, this: seen.append(this) or "got", 0, "g")
    proto.define_own_accessor("x", getter, UNDEFINED)
    child = JSObject(proto)
    assert child.Get("x", child) == "got"
    assert seen == [child]
    assert child.Get("missing", child) is UNDEFINED


def test_set_respects_readonly_on_prototype(realm):
    proto = JSObject(NULL)
    proto.define_own_value("x", 1.0, 0)
    child = JSObject(proto)
    assert child.Set("x", 2.0, child) is False
    assert "x" not in child.props
    with pytest.raises(ThrowCompletion) as info:
        Set(child, "x", 2.0, True)
    msg = info.value.value.Get("message", info.value.value)
    assert msg.startswith("Cannot assign to read only property 'x'")


def test_set_calls_setter_on_prototype(realm):
    proto = JSObject(NULL)
    log = []
    setter = realm.new_function(lambda r, this, v: log.append((this, v)), 1, "s")
    proto.define_own_accessor("x", UNDEFINED, setter)
    child = JSObject(proto)
    assert child.Set("x", 5.0, child) is True
    assert log == [(child, 5.0)] and "x" not in child.props


def test_set_shadows_writable_prototype_property():
    proto = JSObject(NULL)
    proto.Set("x", 1.0, proto)
    child = JSObject(proto)
    assert child.Set("x", 2.0, child)
    assert child.props["x"] == 2.0 and proto.props["x"] == 1.0


def test_non_extensible_rejects_new_properties(realm):
    o = JSObject(NULL)
    o.PreventExtensions()
    assert o.Set("a", 1.0, o) is False
    with pytest.raises(ThrowCompletion):
        CreateDataPropertyOrThrow(o, "a", 1.0)


def test_define_own_property_validation(realm):
    o = JSObject(NULL)
    assert o.DefineOwnProperty("x", PropertyDescriptor(value=1.0))
    d = o.GetOwnProperty("x")
    assert (d.value, d.writable, d.enumerable, d.configurable) == (1.0, False, False, False)
    # non-configurable, non-writable: only a no-op redefinition succeeds
    assert o.DefineOwnProperty("x", PropertyDescriptor(value=1.0))
    assert not o.DefineOwnProperty("x", PropertyDescriptor(value=2.0))
    assert not o.DefineOwnProperty("x", PropertyDescriptor(enumerable=True))
    assert not o.DefineOwnProperty("x", PropertyDescriptor(get=UNDEFINED))
    with pytest.raises(ThrowCompletion) as info:
        DefinePropertyOrThrow(o, "x", PropertyDescriptor(value=3.0))
    assert info.value.value.Get("message", info.value.value) == "Cannot redefine property: x"
    assert not o.Delete("x")
    with pytest.raises(ThrowCompletion):
        DeletePropertyOrThrow(o, "x")


def test_define_converts_between_data_and_accessor(realm):
    o = JSObject(NULL)
    o.Set("x", 1.0, o)
    g = realm.new_function(lambda r, this: 9.0, 0, "g")
    assert o.DefineOwnProperty("x", PropertyDescriptor(get=g))
    d = o.GetOwnProperty("x")
    assert d.get is g and d.set is UNDEFINED and d.enumerable and d.configurable
    assert o.Get("x", o) == 9.0
    assert o.DefineOwnProperty("x", PropertyDescriptor(value=2.0))
    d = o.GetOwnProperty("x")
    assert d.value == 2.0 and d.writable is False and d.enumerable is True
    # key keeps its original position
    o.Set("y", 1.0, o)
    assert o.OwnPropertyKeys() == ["x", "y"]


def test_writable_false_keeps_value_and_blocks_set():
    o = JSObject(NULL)
    o.Set("x", 1.0, o)
    assert o.DefineOwnProperty("x", PropertyDescriptor(writable=False))
    assert o.own_flags("x") == E | C
    assert o.Set("x", 2.0, o) is False and o.Get("x", o) == 1.0


def test_delete_configurable():
    o = JSObject(NULL)
    o.define_own_value("a", 1.0, WEC)
    o.define_own_value("b", 2.0, W | E)
    assert o.Delete("a") and o.Delete("zzz")
    assert not o.Delete("b")
    assert o.OwnPropertyKeys() == ["b"]


def test_set_prototype_of_rejects_cycles():
    a = JSObject(NULL)
    b = JSObject(a)
    assert a.SetPrototypeOf(b) is False
    assert b.SetPrototypeOf(NULL) is True
    b.PreventExtensions()
    assert b.SetPrototypeOf(a) is False


def test_object_prototype_is_immutable_prototype(realm):
    op = realm.object_prototype
    assert op.SetPrototypeOf(realm.new_object()) is False
    assert op.SetPrototypeOf(NULL) is True


def test_integrity_levels(realm):
    o = realm.new_object()
    o.Set("a", 1.0, o)
    SetIntegrityLevel(o, "sealed")
    assert TestIntegrityLevel(o, "sealed") and not TestIntegrityLevel(o, "frozen")
    assert o.Set("a", 2.0, o)
    SetIntegrityLevel(o, "frozen")
    assert TestIntegrityLevel(o, "frozen") and o.Set("a", 3.0, o) is False


def test_ordinary_has_instance(realm):
    f = realm.intrinsics["%Error%"]
    err = realm.new_error("TypeError", "x")
    assert OrdinaryHasInstance(f, err)
    assert not OrdinaryHasInstance(f, realm.new_object())
    assert not OrdinaryHasInstance(f, 1.0)


def test_get_index_and_set_index_on_ordinary_object():
    o = JSObject(NULL)
    assert o.set_index(3, "x")
    assert o.get_index(3) == "x" and o.props["3"] == "x"
