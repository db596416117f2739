"""10.5 Proxy exotic objects and 28.2 the Proxy constructor."""
import pytest

from scopejs.runtime.abstract_ops import (
    Call, IsArray, IsCallable, IsConstructor, ToPropertyDescriptor,
)
from scopejs.runtime.objects.proxies import JSCallableProxy, JSProxy
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import NULL, UNDEFINED
from tests.runtime.jshelpers import call, new, thrown, to_list


def handler_with(realm, **traps):
    h = realm.new_object()
    for name, fn in traps.items():
        h.Set(name, realm.new_function(fn, 2, name), h)
    return h


def test_proxy_without_traps_forwards(realm):
    target = realm.new_object()
    target.Set("a", 1.0, target)
    p = new(realm, "Proxy", target, realm.new_object())
    assert isinstance(p, JSProxy)
    assert p.Get("a", p) == 1.0
    assert p.Set("b", 2.0, p) and target.Get("b", target) == 2.0
    assert p.HasProperty("a") and p.OwnPropertyKeys() == ["a", "b"]
    assert p.Delete("a") and not target.HasProperty("a")
    assert p.GetPrototypeOf() is realm.object_prototype


def test_get_trap_and_receiver(realm):
    log = []
    h = handler_with(realm, get=lambda r, this, t, k, recv: log.append((k, recv)) or "trapped")
    p = new(realm, "Proxy", realm.new_object(), h)
    assert p.Get("x", p) == "trapped" and log == [("x", p)]
    child = realm.new_object()
    child.proto = p  # a proxy on the prototype chain receives [[Get]] with the child
    assert child.Get("y", child) == "trapped" and log[-1] == ("y", child)
    assert child.HasProperty("toString") and not child.HasProperty("z")  # forwards to target


def test_set_trap_on_prototype_chain(realm):
    log = []
    h = handler_with(realm, set=lambda r, this, t, k, v, recv: log.append((k, v)) or True)
    p = new(realm, "Proxy", realm.new_object(), h)
    child = realm.new_object()
    child.proto = p
    assert child.Set("q", 1.0, child) and log == [("q", 1.0)] and "q" not in child.props


def test_invariants_are_enforced(realm):
    target = realm.new_object()
    target.DefineOwnProperty("fixed", PropertyDescriptor(value=1.0))
    h = handler_with(realm, get=lambda r, this, t, k, recv: 2.0,
                     has=lambda r, this, t, k: False,
                     deleteProperty=lambda r, this, t, k: True)
    p = new(realm, "Proxy", target, h)
    assert thrown(p.Get, "fixed", p).startswith("TypeError: 'get' on proxy: property 'fixed'")
    assert thrown(p.HasProperty, "fixed").startswith("TypeError: 'has' on proxy")
    assert thrown(p.Delete, "fixed").startswith("TypeError: 'deleteProperty' on proxy")


def test_own_keys_trap_validation(realm):
    keys = realm.new_array(["a", "a"])
    h = handler_with(realm, ownKeys=lambda r, this, t: keys)
    p = new(realm, "Proxy", realm.new_object(), h)
    assert thrown(p.OwnPropertyKeys) == \
        "TypeError: 'ownKeys' on proxy: trap returned duplicate entries"
    h2 = handler_with(realm, ownKeys=lambda r, this, t: realm.new_array(["x", "y"]))
    p2 = new(realm, "Proxy", realm.new_object(), h2)
    assert p2.OwnPropertyKeys() == ["x", "y"]


def test_get_own_property_descriptor_trap(realm):
    def gopd(r, this, t, k):
        d = realm.new_object()
        d.Set("value", 5.0, d)
        d.Set("configurable", True, d)
        return d
    p = new(realm, "Proxy", realm.new_object(), handler_with(realm, getOwnPropertyDescriptor=gopd))
    d = p.GetOwnProperty("k")
    assert d.value == 5.0 and d.configurable and d.writable is False


def test_callable_proxy(realm):
    fn = realm.new_function(lambda r, this, a: a, 1, "f")
    p = new(realm, "Proxy", fn, realm.new_object())
    assert isinstance(p, JSCallableProxy) and IsCallable(p) and not IsConstructor(p)
    assert Call(p, UNDEFINED, ["v"]) == "v"
    h = handler_with(realm, apply=lambda r, this, t, this_arg, args: to_list(args))
    p2 = new(realm, "Proxy", fn, h)
    assert Call(p2, UNDEFINED, [1.0, 2.0]) == [1.0, 2.0]
    err = new(realm, "Proxy", realm.intrinsics["%Error%"], realm.new_object())
    assert IsConstructor(err)
    e = err.Construct(["m"], err)
    assert e.Get("message", e) == "m"
    assert call(realm, "Object.prototype.toString", this=p) == "[object Function]"


def test_revocable(realm):
    res = call(realm, "Proxy.revocable", realm.new_array([]), realm.new_object())
    p = res.Get("proxy", res)
    assert IsArray(p)
    res.Get("revoke", res).Call(UNDEFINED, [])
    assert thrown(p.Get, "x", p) == \
        "TypeError: Cannot perform 'get' on a proxy that has been revoked"
    assert thrown(IsArray, p).startswith("TypeError")


def test_proxy_requires_new_and_objects(realm):
    assert thrown(call, realm, "Proxy", realm.new_object(), realm.new_object()) == \
        "TypeError: Constructor Proxy requires 'new'"
    assert thrown(new, realm, "Proxy", 1.0, realm.new_object()) == \
        "TypeError: Cannot create proxy with a non-object as target or handler"
    proxy_ctor = realm.intrinsics["%Proxy%"]
    assert proxy_ctor.GetOwnProperty("prototype") is None


def test_object_builtins_go_through_traps(realm):
    seen = []

    def define(r, this, t, k, d):
        seen.append((k, ToPropertyDescriptor(d).value))
        return True
    p = new(realm, "Proxy", realm.new_object(), handler_with(realm, defineProperty=define))
    desc = realm.new_object()
    desc.Set("value", 3.0, desc)
    call(realm, "Object.defineProperty", p, "k", desc)
    assert seen == [("k", 3.0)]
    assert call(realm, "Reflect.defineProperty", p, "z", desc) is True
    nul = new(realm, "Proxy", realm.new_object(),
              handler_with(realm, getPrototypeOf=lambda r, this, t: NULL))
    assert call(realm, "Object.getPrototypeOf", nul) is NULL
