"""28.1 Reflect."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.values import NULL, UNDEFINED
from tests.runtime.jshelpers import arr, call, resolve, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def test_reflect_property_operations(realm):
    o = realm.new_object()
    desc = realm.new_object()
    desc.Set("value", 1.0, desc)
    assert call(realm, "Reflect.defineProperty", o, "x", desc) is True
    assert call(realm, "Reflect.defineProperty", o, "x", realm.new_object()) is True
    desc.Set("value", 2.0, desc)
    assert call(realm, "Reflect.defineProperty", o, "x", desc) is False
    assert call(realm, "Reflect.get", o, "x") == 1.0
    assert call(realm, "Reflect.has", o, "toString") is True
    assert call(realm, "Reflect.set", o, "y", 3.0) is True
    assert call(realm, "Reflect.set", o, "x", 3.0) is False
    assert to_list(call(realm, "Reflect.ownKeys", o)) == ["x", "y"]
    assert call(realm, "Reflect.deleteProperty", o, "x") is False
    assert call(realm, "Reflect.deleteProperty", o, "y") is True
    assert call(realm, "Reflect.getOwnPropertyDescriptor", o, "nope") is UNDEFINED
    assert call(realm, "Reflect.getPrototypeOf", o) is realm.object_prototype
    assert call(realm, "Reflect.setPrototypeOf", o, NULL) is True
    assert call(realm, "Reflect.preventExtensions", o) is True
    assert call(realm, "Reflect.isExtensible", o) is False
    assert thrown(call, realm, "Reflect.get", 1.0, "x") == \
        "TypeError: Reflect.get called on non-object"


def test_reflect_get_set_with_receiver(realm):
    o = realm.new_object()
    getter = realm.new_function(lambda r, this: this, 0, "g")
    o.define_own_accessor("me", getter, UNDEFINED)
    recv = realm.new_object()
    assert call(realm, "Reflect.get", o, "me", recv) is recv
    assert call(realm, "Reflect.set", realm.new_object(), "k", 1.0, recv) is True
    assert recv.Get("k", recv) == 1.0


def test_reflect_apply_and_construct(realm):
    f = realm.new_function(lambda r, this, a: (this, a), 1, "f")
    assert call(realm, "Reflect.apply", f, "t", arr(realm, 5.0)) == ("t", 5.0)
    e = call(realm, "Reflect.construct", resolve(realm, "TypeError"), arr(realm, "m"))
    assert e.Get("message", e) == "m"
    e2 = call(realm, "Reflect.construct", resolve(realm, "Error"), arr(realm),
              resolve(realm, "RangeError"))
    assert e2.proto is resolve(realm, "RangeError.prototype")
    assert thrown(call, realm, "Reflect.construct", f, arr(realm)).endswith("is not a constructor")
