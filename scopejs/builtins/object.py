"""20.1 Object Objects (ES2023 statics and prototype, plus Annex B.2.2 __proto__ and
__defineGetter__ & co.). Declaration order follows node's own-key order."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.map import GroupBy
from scopejs.runtime.abstract_ops import (
    CreateArrayFromList, CreateDataPropertyOrThrow, DefinePropertyOrThrow,
    EnumerableOwnProperties, FromPropertyDescriptor, GetIterator, HasOwnProperty, IsArray,
    IsCallable, IteratorClose, IteratorStepValue, DONE, OrdinaryCreateFromConstructor,
    RequireObjectCoercible, SameValue, SetIntegrityLevel, TestIntegrityLevel, ToObject,
    ToPropertyDescriptor, ToPropertyKey, Invoke, describe_for_error,
    throw_read_only,
)
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.objects.ordinary import ImmutablePrototypeObject, JSObject
from scopejs.runtime.property import Accessor, PropertyDescriptor
from scopejs.runtime.values import NULL, SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol

OBJECT_PROTOTYPE = intrinsic("%Object.prototype%", prototype=None,
                             create=lambda realm: ImmutablePrototypeObject(NULL))
OBJECT = constructor("%Object%", length=1, instance_prototype="%Object.prototype%")


@OBJECT.behavior
def Object(realm, new_target, value):
    """20.1.1.1 Object ( [ value ] )"""
    if new_target is not UNDEFINED and new_target is not realm.intrinsics["%Object%"]:
        return OrdinaryCreateFromConstructor(new_target, "%Object.prototype%")
    if value is UNDEFINED or value is NULL:
        return JSObject(realm.object_prototype)
    return ToObject(value)


@OBJECT.method("assign", length=2)
def Object_assign(realm, this, target, *sources):
    """20.1.2.1 Object.assign ( target, ...sources )"""
    to = ToObject(target)
    for source in sources:
        if source is UNDEFINED or source is NULL:
            continue
        frm = ToObject(source)
        fast = frm.plain_props and frm.ordinary_get_set
        for key in frm.OwnPropertyKeys():
            if fast:
                v = frm.props.get(key)
                if v is None:
                    continue
                fl = frm.flags
                if fl is not None and key in fl and not fl[key] & 2:
                    continue
                if v.__class__ is Accessor:
                    v = frm.Get(key, frm)
            else:
                desc = frm.GetOwnProperty(key)
                if desc is None or not desc.enumerable:
                    continue
                v = frm.Get(key, frm)
            if not to.Set(key, v, to):
                throw_read_only(to, key)
    return to


def _k(key) -> str:
    return key.descriptive_string() if isinstance(key, JSSymbol) else key


@OBJECT.method("getOwnPropertyDescriptor", length=2)
def Object_getOwnPropertyDescriptor(realm, this, o, p):
    """20.1.2.8 Object.getOwnPropertyDescriptor ( O, P )"""
    obj = ToObject(o)
    key = ToPropertyKey(p)
    return FromPropertyDescriptor(obj.GetOwnProperty(key))


@OBJECT.method("getOwnPropertyDescriptors", length=1)
def Object_getOwnPropertyDescriptors(realm, this, o):
    """20.1.2.9 Object.getOwnPropertyDescriptors ( O )"""
    obj = ToObject(o)
    descriptors = JSObject(realm.object_prototype)
    for key in obj.OwnPropertyKeys():
        desc = FromPropertyDescriptor(obj.GetOwnProperty(key))
        if desc is not UNDEFINED:
            CreateDataPropertyOrThrow(descriptors, key, desc)
    return descriptors


# 20.1.2.11.1 GetOwnPropertyKeys ( O, type )
def GetOwnPropertyKeys(o, kind: str) -> list:
    keys = ToObject(o).OwnPropertyKeys()
    if kind == "string":
        return [k for k in keys if k.__class__ is str]
    return [k for k in keys if k.__class__ is JSSymbol]


@OBJECT.method("getOwnPropertyNames", length=1)
def Object_getOwnPropertyNames(realm, this, o):
    """20.1.2.10 Object.getOwnPropertyNames ( O )"""
    return CreateArrayFromList(GetOwnPropertyKeys(o, "string"))


@OBJECT.method("getOwnPropertySymbols", length=1)
def Object_getOwnPropertySymbols(realm, this, o):
    """20.1.2.11 Object.getOwnPropertySymbols ( O )"""
    return CreateArrayFromList(GetOwnPropertyKeys(o, "symbol"))


@OBJECT.method("hasOwn", length=2)
def Object_hasOwn(realm, this, o, p):
    """20.1.2.14 Object.hasOwn ( O, P )"""
    obj = ToObject(o)
    return HasOwnProperty(obj, ToPropertyKey(p))


@OBJECT.method("is", length=2)
def Object_is(realm, this, value1, value2):
    """20.1.2.15 Object.is ( value1, value2 )"""
    return SameValue(value1, value2)


@OBJECT.method("preventExtensions", length=1)
def Object_preventExtensions(realm, this, o):
    """20.1.2.20 Object.preventExtensions ( O )"""
    if isinstance(o, JSObject) and not o.PreventExtensions():
        throw_type_error("Cannot prevent extensions")
    return o


@OBJECT.method("seal", length=1)
def Object_seal(realm, this, o):
    """20.1.2.22 Object.seal ( O )"""
    if isinstance(o, JSObject) and not SetIntegrityLevel(o, "sealed"):
        throw_type_error("Cannot seal")
    return o


# 20.1.2.3.1 ObjectDefineProperties ( O, Properties )
def ObjectDefineProperties(obj, properties):
    props = ToObject(properties)
    descriptors = []
    for key in props.OwnPropertyKeys():
        prop_desc = props.GetOwnProperty(key)
        if prop_desc is not None and prop_desc.enumerable:
            descriptors.append((key, ToPropertyDescriptor(props.Get(key, props))))
    for key, desc in descriptors:
        DefinePropertyOrThrow(obj, key, desc)
    return obj


@OBJECT.method("create", length=2)
def Object_create(realm, this, o, properties):
    """20.1.2.2 Object.create ( O, Properties )"""
    if not isinstance(o, JSObject) and o is not NULL:
        throw_type_error(f"Object prototype may only be an Object or null: "
                         f"{describe_for_error(o)}")
    obj = JSObject(o)
    if properties is not UNDEFINED:
        return ObjectDefineProperties(obj, properties)
    return obj


@OBJECT.method("defineProperties", length=2)
def Object_defineProperties(realm, this, o, properties):
    """20.1.2.3 Object.defineProperties ( O, Properties )"""
    if not isinstance(o, JSObject):
        throw_type_error("Object.defineProperties called on non-object")
    return ObjectDefineProperties(o, properties)


@OBJECT.method("defineProperty", length=3)
def Object_defineProperty(realm, this, o, p, attributes):
    """20.1.2.4 Object.defineProperty ( O, P, Attributes )"""
    if not isinstance(o, JSObject):
        throw_type_error("Object.defineProperty called on non-object")
    key = ToPropertyKey(p)
    desc = ToPropertyDescriptor(attributes)
    DefinePropertyOrThrow(o, key, desc)
    return o


@OBJECT.method("freeze", length=1)
def Object_freeze(realm, this, o):
    """20.1.2.6 Object.freeze ( O )"""
    if isinstance(o, JSObject) and not SetIntegrityLevel(o, "frozen"):
        throw_type_error("Cannot freeze")
    return o


@OBJECT.method("getPrototypeOf", length=1)
def Object_getPrototypeOf(realm, this, o):
    """20.1.2.12 Object.getPrototypeOf ( O )"""
    return ToObject(o).GetPrototypeOf()


@OBJECT.method("setPrototypeOf", length=2)
def Object_setPrototypeOf(realm, this, o, proto):
    """20.1.2.23 Object.setPrototypeOf ( O, proto )"""
    RequireObjectCoercible(o, "Object.setPrototypeOf")
    if not isinstance(proto, JSObject) and proto is not NULL:
        throw_type_error(f"Object prototype may only be an Object or null: "
                         f"{describe_for_error(proto)}")
    if not isinstance(o, JSObject):
        return o
    if not o.SetPrototypeOf(proto):
        _throw_set_prototype_failed(o)
    return o


def _throw_set_prototype_failed(o):
    if isinstance(o, ImmutablePrototypeObject):
        throw_type_error("Immutable prototype object 'Object.prototype' cannot have their "
                         "prototype set")
    if not o.IsExtensible():
        throw_type_error(f"{describe_for_error(o)} is not extensible")
    throw_type_error("Cyclic __proto__ value")


@OBJECT.method("isExtensible", length=1)
def Object_isExtensible(realm, this, o):
    """20.1.2.16 Object.isExtensible ( O )"""
    return isinstance(o, JSObject) and o.IsExtensible()


@OBJECT.method("isFrozen", length=1)
def Object_isFrozen(realm, this, o):
    """20.1.2.17 Object.isFrozen ( O )"""
    return not isinstance(o, JSObject) or TestIntegrityLevel(o, "frozen")


@OBJECT.method("isSealed", length=1)
def Object_isSealed(realm, this, o):
    """20.1.2.18 Object.isSealed ( O )"""
    return not isinstance(o, JSObject) or TestIntegrityLevel(o, "sealed")


@OBJECT.method("keys", length=1)
def Object_keys(realm, this, o):
    """20.1.2.19 Object.keys ( O )"""
    return CreateArrayFromList(EnumerableOwnProperties(ToObject(o), "key"))


@OBJECT.method("entries", length=1)
def Object_entries(realm, this, o):
    """20.1.2.5 Object.entries ( O )"""
    return CreateArrayFromList(EnumerableOwnProperties(ToObject(o), "key+value"))


@OBJECT.method("fromEntries", length=1)
def Object_fromEntries(realm, this, iterable):
    """20.1.2.7 Object.fromEntries ( iterable )"""
    RequireObjectCoercible(iterable, "Object.fromEntries")
    obj = JSObject(realm.object_prototype)
    record = GetIterator(iterable, "sync")
    while True:
        entry = IteratorStepValue(record)
        if entry is DONE:
            return obj
        try:
            if not isinstance(entry, JSObject):
                throw_type_error(f"Iterator value {describe_for_error(entry)} is not an entry "
                                 "object")
            k = entry.Get("0", entry)
            v = entry.Get("1", entry)
            CreateDataPropertyOrThrow(obj, ToPropertyKey(k), v)
        except ThrowCompletion as exc:
            IteratorClose(record, exc)


@OBJECT.method("groupBy", length=2)
def Object_groupBy(realm, this, items, callback):
    """20.1.2.13 Object.groupBy ( items, callback )"""
    groups = GroupBy(items, callback, "property")
    obj = JSObject(NULL)
    for key, elements in groups:
        CreateDataPropertyOrThrow(obj, key, CreateArrayFromList(elements))
    return obj


@OBJECT.method("values", length=1)
def Object_values(realm, this, o):
    """20.1.2.24 Object.values ( O )"""
    return CreateArrayFromList(EnumerableOwnProperties(ToObject(o), "value"))


# -- 20.1.3 Properties of the Object Prototype Object ---------------------------------------


@OBJECT_PROTOTYPE.method("__defineGetter__", length=2)
def Object_prototype___defineGetter__(realm, this, p, getter):
    """20.1.3.9.1 Object.prototype.__defineGetter__ ( P, getter )"""
    obj = ToObject(this)
    if not IsCallable(getter):
        throw_type_error("Object.prototype.__defineGetter__: Expecting function")
    desc = PropertyDescriptor(get=getter, enumerable=True, configurable=True)
    DefinePropertyOrThrow(obj, ToPropertyKey(p), desc)


@OBJECT_PROTOTYPE.method("__defineSetter__", length=2)
def Object_prototype___defineSetter__(realm, this, p, setter):
    """20.1.3.9.2 Object.prototype.__defineSetter__ ( P, setter )"""
    obj = ToObject(this)
    if not IsCallable(setter):
        throw_type_error("Object.prototype.__defineSetter__: Expecting function")
    desc = PropertyDescriptor(set=setter, enumerable=True, configurable=True)
    DefinePropertyOrThrow(obj, ToPropertyKey(p), desc)


@OBJECT_PROTOTYPE.method("hasOwnProperty", length=1)
def Object_prototype_hasOwnProperty(realm, this, v):
    """20.1.3.2 Object.prototype.hasOwnProperty ( V )"""
    key = ToPropertyKey(v)
    return HasOwnProperty(ToObject(this), key)


def _lookup(this, p, which: str):
    obj = ToObject(this)
    key = ToPropertyKey(p)
    while True:
        desc = obj.GetOwnProperty(key)
        if desc is not None:
            if desc.is_accessor():
                return desc.get if which == "get" else desc.set
            return UNDEFINED
        obj = obj.GetPrototypeOf()
        if obj is NULL:
            return UNDEFINED


@OBJECT_PROTOTYPE.method("__lookupGetter__", length=1)
def Object_prototype___lookupGetter__(realm, this, p):
    """20.1.3.9.3 Object.prototype.__lookupGetter__ ( P )"""
    return _lookup(this, p, "get")


@OBJECT_PROTOTYPE.method("__lookupSetter__", length=1)
def Object_prototype___lookupSetter__(realm, this, p):
    """20.1.3.9.4 Object.prototype.__lookupSetter__ ( P )"""
    return _lookup(this, p, "set")


@OBJECT_PROTOTYPE.method("isPrototypeOf", length=1)
def Object_prototype_isPrototypeOf(realm, this, v):
    """20.1.3.3 Object.prototype.isPrototypeOf ( V )"""
    if not isinstance(v, JSObject):
        return False
    obj = ToObject(this)
    while True:
        v = v.GetPrototypeOf()
        if v is NULL:
            return False
        if v is obj:
            return True


@OBJECT_PROTOTYPE.method("propertyIsEnumerable", length=1)
def Object_prototype_propertyIsEnumerable(realm, this, v):
    """20.1.3.4 Object.prototype.propertyIsEnumerable ( V )"""
    key = ToPropertyKey(v)
    desc = ToObject(this).GetOwnProperty(key)
    return desc is not None and bool(desc.enumerable)


@OBJECT_PROTOTYPE.method("toString", length=0, intrinsic="%Object.prototype.toString%")
def Object_prototype_toString(realm, this):
    """20.1.3.6 Object.prototype.toString ( )"""
    if this is UNDEFINED:
        return "[object Undefined]"
    if this is NULL:
        return "[object Null]"
    obj = ToObject(this)
    builtin_tag = "Array" if IsArray(obj) else obj.builtin_tag
    tag = obj.Get(SYMBOL_TO_STRING_TAG, obj)
    if tag.__class__ is not str:
        tag = builtin_tag
    return f"[object {tag}]"


@OBJECT_PROTOTYPE.method("valueOf", length=0)
def Object_prototype_valueOf(realm, this):
    """20.1.3.7 Object.prototype.valueOf ( )"""
    return ToObject(this)


@OBJECT_PROTOTYPE.getter("__proto__")
def get_Object_prototype___proto__(realm, this):
    """20.1.3.8.1 get Object.prototype.__proto__"""
    return ToObject(this).GetPrototypeOf()


@OBJECT_PROTOTYPE.setter("__proto__")
def set_Object_prototype___proto__(realm, this, proto):
    """20.1.3.8.2 set Object.prototype.__proto__"""
    RequireObjectCoercible(this, "Object.prototype.__proto__")
    if not isinstance(proto, JSObject) and proto is not NULL:
        return UNDEFINED
    if not isinstance(this, JSObject):
        return UNDEFINED
    if not this.SetPrototypeOf(proto):
        _throw_set_prototype_failed(this)
    return UNDEFINED


@OBJECT_PROTOTYPE.method("toLocaleString", length=0)
def Object_prototype_toLocaleString(realm, this):
    """20.1.3.5 Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )"""
    return Invoke(this, "toString")


