"""28.1 The Reflect Object."""
from __future__ import annotations

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.abstract_ops import (
    CreateArrayFromList, CreateListFromArrayLike, FromPropertyDescriptor, IsConstructor,
    ToPropertyDescriptor, ToPropertyKey, describe_for_error,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, type_of

REFLECT = intrinsic("%Reflect%", to_string_tag="Reflect", global_name="Reflect")


def _require_object(target, method: str) -> JSObject:
    if not isinstance(target, JSObject):
        throw_type_error(f"Reflect.{method} called on non-object")
    return target


@REFLECT.method("defineProperty", length=3)
def Reflect_defineProperty(realm, this, target, property_key, attributes):
    """28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )"""
    _require_object(target, "defineProperty")
    key = ToPropertyKey(property_key)
    desc = ToPropertyDescriptor(attributes)
    return target.DefineOwnProperty(key, desc)


@REFLECT.method("deleteProperty", length=2)
def Reflect_deleteProperty(realm, this, target, property_key):
    """28.1.4 Reflect.deleteProperty ( target, propertyKey )"""
    _require_object(target, "deleteProperty")
    return target.Delete(ToPropertyKey(property_key))


@REFLECT.method("apply", length=3)
def Reflect_apply(realm, this, target, this_argument, arguments_list):
    """28.1.1 Reflect.apply ( target, thisArgument, argumentsList )"""
    if not isinstance(target, JSFunctionBase):
        t = type_of(target)
        article = "an" if t[0] in "aeiou" else "a"
        throw_type_error(f"Function.prototype.apply was called on {describe_for_error(target)}, "
                         f"which is {article} {t} and not a function")
    args = CreateListFromArrayLike(_require_list(arguments_list))
    return target.Call(this_argument, args)


def _require_list(value):
    if not isinstance(value, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    return value


@REFLECT.method("construct", length=2)
def Reflect_construct(realm, this, target, arguments_list, *rest):
    """28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )"""
    if not IsConstructor(target):
        throw_type_error(f"{describe_for_error(target)} is not a constructor")
    new_target = rest[0] if rest else target
    if not IsConstructor(new_target):
        throw_type_error(f"{describe_for_error(new_target)} is not a constructor")
    args = CreateListFromArrayLike(_require_list(arguments_list))
    return target.Construct(args, new_target)


@REFLECT.method("get", length=2)
def Reflect_get(realm, this, target, property_key, *rest):
    """28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )"""
    _require_object(target, "get")
    key = ToPropertyKey(property_key)
    receiver = rest[0] if rest else target
    return target.Get(key, receiver)


@REFLECT.method("getOwnPropertyDescriptor", length=2)
def Reflect_getOwnPropertyDescriptor(realm, this, target, property_key):
    """28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )"""
    _require_object(target, "getOwnPropertyDescriptor")
    return FromPropertyDescriptor(target.GetOwnProperty(ToPropertyKey(property_key)))


@REFLECT.method("getPrototypeOf", length=1)
def Reflect_getPrototypeOf(realm, this, target):
    """28.1.7 Reflect.getPrototypeOf ( target )"""
    return _require_object(target, "getPrototypeOf").GetPrototypeOf()


@REFLECT.method("has", length=2)
def Reflect_has(realm, this, target, property_key):
    """28.1.8 Reflect.has ( target, propertyKey )"""
    _require_object(target, "has")
    return target.HasProperty(ToPropertyKey(property_key))


@REFLECT.method("isExtensible", length=1)
def Reflect_isExtensible(realm, this, target):
    """28.1.9 Reflect.isExtensible ( target )"""
    return _require_object(target, "isExtensible").IsExtensible()


@REFLECT.method("ownKeys", length=1)
def Reflect_ownKeys(realm, this, target):
    """28.1.10 Reflect.ownKeys ( target )"""
    return CreateArrayFromList(_require_object(target, "ownKeys").OwnPropertyKeys())


@REFLECT.method("preventExtensions", length=1)
def Reflect_preventExtensions(realm, this, target):
    """28.1.11 Reflect.preventExtensions ( target )"""
    return _require_object(target, "preventExtensions").PreventExtensions()


@REFLECT.method("set", length=3)
def Reflect_set(realm, this, target, property_key, value, *rest):
    """28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )"""
    _require_object(target, "set")
    key = ToPropertyKey(property_key)
    receiver = rest[0] if rest else target
    return target.Set(key, value, receiver)


@REFLECT.method("setPrototypeOf", length=2)
def Reflect_setPrototypeOf(realm, this, target, proto):
    """28.1.13 Reflect.setPrototypeOf ( target, proto )"""
    _require_object(target, "setPrototypeOf")
    if not isinstance(proto, JSObject) and proto is not NULL:
        throw_type_error(f"Object prototype may only be an Object or null: "
                         f"{describe_for_error(proto)}")
    return target.SetPrototypeOf(proto)


