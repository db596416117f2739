"""GetValue / PutValue on property references (6.2.5.5-6) with node's error messages.

Objects go through their internal methods ([[Get]]/[[Set]]); primitive bases use their
prototype with the primitive as receiver (no wrapper allocation, same observable result as
ToObject: the wrapper is unobservable except to getters/setters, which get the primitive in
strict code, as the spec's receiver says).
"""
from __future__ import annotations

from math import floor

from scopejs.runtime.abstract_ops.object_operations import (
    describe_for_error, key_for_error, throw_read_only,
)
from scopejs.runtime.abstract_ops.type_conversion import ToPropertyKey
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.objects.functions import BuiltinConstructor, BuiltinFunction
from scopejs.runtime.objects.ordinary import ImmutablePrototypeObject, JSObject, array_index
from scopejs.runtime.property import NOT_DATA, Accessor
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol

_PROTO_OF_PRIMITIVE = {
    str: "%String.prototype%", float: "%Number.prototype%", bool: "%Boolean.prototype%",
    JSSymbol: "%Symbol.prototype%", JSBigInt: "%BigInt.prototype%",
}
PRIMITIVE_CLASSES = frozenset(_PROTO_OF_PRIMITIVE) | {UNDEFINED.__class__, NULL.__class__, int}

# The classes of objects whose [[Get]] is OrdinaryGet and whose own property under a key that is
# not an array index or "length" is the entry of ``props`` (ordinary.py's class attributes:
# plain_props, or index_exotic): a named read of such a key looks it up, along a prototype chain
# of them, as it does an ordinary object's (functions' statics, arrays' methods).  Exact
# classes: a subclass may compute properties of its own.
NAMED_KEY_CLASSES = frozenset(
    c for c in (JSObject, ImmutablePrototypeObject, JSArray, ECMAScriptFunction,
                BuiltinFunction, BuiltinConstructor)
    if (c.plain_props or c.index_exotic) and c.ordinary_get_set)


def _key_text(key) -> str:
    return key_for_error(key) if key.__class__ is not str else key


def get_primitive_property(realm, value, key):
    """GetValue for a primitive base ``value`` and property key ``key``."""
    c = value.__class__
    if c is str:
        if key == "length":
            return float(len(value))
        if key.__class__ is str:
            i = array_index(key)
            if 0 <= i < len(value):
                return value[i]
        # a string's method: an own data property of String.prototype is what the wrapper's
        # [[Get]] returns (its own keys are "length" and indices, handled above)
        v = realm.string_prototype.props.get(key, NOT_DATA)
        if v.__class__ is not Accessor:
            return v
    elif value is UNDEFINED or value is NULL:
        throw_type_error(f"Cannot read properties of {value!r} (reading '{_key_text(key)}')")
    proto = realm.intrinsics.get(_PROTO_OF_PRIMITIVE.get(c, "%Number.prototype%"))
    if proto is None:
        return UNDEFINED
    return proto.Get(key, value)


def get_property(realm, obj, key):
    """obj[key] where key is already a property key."""
    if isinstance(obj, JSObject):
        return obj.Get(key, obj)
    return get_primitive_property(realm, obj, key)


def get_keyed(realm, obj, key):
    """obj[key] for an arbitrary key value (ToPropertyKey after the null check, 13.3.3)."""
    if isinstance(obj, JSObject):
        # (float operations only: int() and float/int comparisons cost several times more)
        if key.__class__ is float and 0.0 <= key < 4294967295.0 and key.is_integer():
            return obj.get_index(floor(key))
        return obj.Get(ToPropertyKey(key), obj)
    if obj is UNDEFINED or obj is NULL:
        k = key if key.__class__ is str else describe_for_error(key) \
            if key.__class__ is not JSSymbol else key.descriptive_string()
        throw_type_error(f"Cannot read properties of {obj!r} (reading '{k}')")
    if obj.__class__ is str and key.__class__ is float and 0.0 <= key and key.is_integer() \
            and (i := floor(key)) < len(obj):
        return obj[i]
    return get_primitive_property(realm, obj, ToPropertyKey(key))


def set_property(realm, obj, key, value, strict):
    """PutValue(obj[key], value) for a property key ``key``."""
    if isinstance(obj, JSObject):
        if not obj.Set(key, value, obj) and strict:
            _throw_set_failed(obj, key)
        return
    set_primitive_property(realm, obj, key, value, strict)


def set_named(realm, obj, key, value, strict):
    """PutValue(obj.key, value) past the templates' fast path (an existing plain data
    property of a JSObject): a new property of a plain extensible object with no setter or
    read-only property of that name on a prototype chain of ordinary objects is added inline
    (exactly what OrdinarySet does then); everything else through set_property."""
    if obj.__class__ is JSObject and obj.extensible:
        props = obj.props
        if key not in props:
            p = obj.proto
            while p is not NULL and p.plain_props and p.ordinary_get_set and key not in p.props:
                p = p.proto
            if p is NULL:
                props[key] = value
                return
    set_property(realm, obj, key, value, strict)


def set_primitive_property(realm, obj, key, value, strict):
    if obj is UNDEFINED or obj is NULL:
        throw_type_error(f"Cannot set properties of {obj!r} (setting '{_key_text(key)}')")
    from scopejs.runtime.abstract_ops.type_conversion import ToObject
    wrapper = ToObject(obj)
    ok = wrapper.Set(key, value, obj)
    if not ok and strict:
        kind = {str: "string", float: "number", bool: "boolean", JSSymbol: "symbol",
                JSBigInt: "bigint"}.get(obj.__class__, "primitive")
        shown = f"'{obj if obj.__class__ is str else describe_for_error(obj)}'"
        throw_type_error(f"Cannot create property '{_key_text(key)}' on {kind} {shown}")


def set_keyed(realm, obj, key, value, strict):
    if isinstance(obj, JSObject):
        if key.__class__ is float and 0.0 <= key < 4294967295.0 and key.is_integer():
            if not obj.set_index(floor(key), value) and strict:
                _throw_set_failed(obj, ToPropertyKey(key))
            return
        k = ToPropertyKey(key)
        if not obj.Set(k, value, obj) and strict:
            _throw_set_failed(obj, k)
        return
    if obj is UNDEFINED or obj is NULL:
        k = key if key.__class__ is str else describe_for_error(key)
        throw_type_error(f"Cannot set properties of {obj!r} (setting '{k}')")
    set_primitive_property(realm, obj, ToPropertyKey(key), value, strict)


def _throw_set_failed(obj, key):
    desc = None
    try:
        o = obj
        while isinstance(o, JSObject) and desc is None:
            desc = o.GetOwnProperty(key)
            o = o.proto
    except Exception:  # noqa: BLE001 - diagnostics only (a proxy trap could throw)
        desc = None
    if desc is not None and desc.is_accessor():
        throw_type_error(f"Cannot set property {_key_text(key)} of {describe_for_error(obj)} "
                         f"which has only a getter")
    if desc is None and not obj.IsExtensible():
        throw_type_error(f"Cannot add property {_key_text(key)}, object is not extensible")
    throw_read_only(obj, key)
