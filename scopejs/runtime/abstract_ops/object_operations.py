"""7.3 Operations on Objects (and 6.2.6.4-5 From/ToPropertyDescriptor, 10.1.12-14 ordinary
object creation)."""
from __future__ import annotations

from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.execution import current_realm
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.bound_functions import BoundFunction
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import MISSING, JSObject
from scopejs.runtime.property import Accessor, PropertyDescriptor
from scopejs.runtime.values import (
    NULL, SYMBOL_SPECIES, UNDEFINED, JSBigInt, JSSymbol,
)

__all__ = [
    "OrdinaryObjectCreate", "Get", "GetV", "Set", "CreateDataProperty",
    "CreateDataPropertyOrThrow", "CreateMethodProperty", "CreateNonEnumerableDataPropertyOrThrow",
    "DefinePropertyOrThrow", "DeletePropertyOrThrow", "GetMethod", "HasProperty",
    "HasOwnProperty", "Call", "Construct", "SetIntegrityLevel", "TestIntegrityLevel",
    "CreateArrayFromList", "LengthOfArrayLike", "CreateListFromArrayLike", "Invoke",
    "OrdinaryHasInstance", "SpeciesConstructor", "EnumerableOwnProperties", "GetFunctionRealm",
    "CopyDataProperties", "FromPropertyDescriptor", "ToPropertyDescriptor",
    "describe_for_error", "key_for_error", "RequireInternalSlot", "constructor_name_of",
    "throw_read_only",
]


def describe_for_error(value) -> str:
    """How V8 shows a value inside an error message: primitives as text, objects as
    ``#<Ctor>``, functions as their source-ish name, arrays by their elements."""
    c = value.__class__
    if c is str:
        return value
    if c is float:
        from scopejs.runtime.abstract_ops.numeric_types import NumberToString
        return NumberToString(value)
    if c is bool:
        return "true" if value else "false"
    if c is JSSymbol:
        return value.descriptive_string()
    if c is JSBigInt:
        return str(value.value)
    if value is UNDEFINED or value is NULL:
        return repr(value)
    if isinstance(value, JSFunctionBase):
        name = value.debug_name()
        return f"function {name}" if name else "function"
    if isinstance(value, JSObject):
        return f"#<{constructor_name_of(value)}>"
    return repr(value)


def constructor_name_of(obj) -> str:
    """The name of obj's constructor as V8 prints it in messages, without running JS."""
    o = obj
    seen = 0
    while isinstance(o, JSObject) and seen < 100:
        ctor = o.props.get("constructor", MISSING) if o.plain_props else o.own_slot("constructor")
        if isinstance(ctor, JSFunctionBase):
            name = ctor.debug_name()
            if name:
                return name
        o = o.proto
        seen += 1
    return constructed_by_name(obj) or obj.class_name


def note_constructed_by(obj, constructor) -> None:
    """V8 keeps the function that created an object with `new F()` (new.target F) on the
    object's map, and GetConstructorName names the object by it.  That name only differs from
    what the prototype chain says when no `constructor` is on the chain (`F.prototype =
    Object.create(null)`), so only such objects are recorded (in the agent's weak table): the
    usual prototype, with its own `constructor`, costs one dict lookup and no slot."""
    o, hops = obj.proto, 0
    while isinstance(o, JSObject) and hops < 100:
        if not o.plain_props or "constructor" in o.props:
            return
        o, hops = o.proto, hops + 1
    realm = getattr(constructor, "realm", None)
    if realm is not None and realm.agent is not None:
        realm.agent.constructed_by[obj] = constructor


def constructed_by_name(obj) -> str | None:
    """V8's map-constructor part of JSReceiver::GetConstructorName: the name of the function
    that created ``obj`` with `new` (recorded by note_constructed_by), unless empty or
    "Object"; else None."""
    from scopejs.runtime.execution import surrounding_agent
    agent = surrounding_agent()
    fn = agent.constructed_by.get(obj) if agent is not None else None
    if fn is None:
        return None
    name = fn.debug_name()
    return name if name and name != "Object" else None


def key_for_error(key) -> str:
    return key.descriptive_string() if isinstance(key, JSSymbol) else key


# 7.3.1 MakeBasicObject / 10.1.12 OrdinaryObjectCreate ( proto [ , additionalInternalSlotsList ] )
def OrdinaryObjectCreate(proto, cls=JSObject) -> JSObject:  # noqa: N802
    """``cls`` is the JSObject subclass that carries the additional internal slots."""
    return cls(proto)


# 7.3.2 Get ( O, P )
def Get(obj, key):  # noqa: N802
    return obj.Get(key, obj)


# 7.3.3 GetV ( V, P )
def GetV(value, key):  # noqa: N802
    if isinstance(value, JSObject):
        return value.Get(key, value)
    from scopejs.runtime.abstract_ops.type_conversion import ToObject
    return ToObject(value).Get(key, value)


# 7.3.4 Set ( O, P, V, Throw )
def Set(obj, key, value, throw: bool) -> None:  # noqa: N802
    if not obj.Set(key, value, obj) and throw:
        throw_read_only(obj, key)


def throw_read_only(obj, key):
    """V8's TypeError for a strict-mode assignment that a read-only property refused (the
    one definition of the message: Set, the interpreter's stores, super stores, assign)."""
    throw_type_error(f"Cannot assign to read only property '{key_for_error(key)}' of "
                     f"{_assignment_target(obj)}")


def _assignment_target(obj) -> str:
    """How V8's read-only assignment error names the object: a function by its source text
    (Function.prototype.toString's), an array as '[object Array]', anything else by
    describe_for_error."""
    if obj.__class__ is JSArray:
        return "object '[object Array]'"
    if isinstance(obj, JSFunctionBase):
        return f"function '{obj.to_string_text()}'"
    return f"object '{describe_for_error(obj)}'"


# 7.3.5 CreateDataProperty ( O, P, V )
def CreateDataProperty(obj, key, value) -> bool:  # noqa: N802
    if obj.plain_props and obj.ordinary_get_set and key not in obj.props and obj.extensible:
        obj.props[key] = value  # fast path: equivalent to OrdinaryDefineOwnProperty here
        return True
    return obj.DefineOwnProperty(key, PropertyDescriptor(value, True, None, None, True, True))


# 7.3.6 CreateDataPropertyOrThrow ( O, P, V )
def CreateDataPropertyOrThrow(obj, key, value) -> None:  # noqa: N802
    if not CreateDataProperty(obj, key, value):
        if not obj.IsExtensible() and obj.GetOwnProperty(key) is None:
            throw_type_error(f"Cannot add property {key_for_error(key)}, object is not extensible")
        throw_type_error(f"Cannot redefine property: {key_for_error(key)}")


# CreateMethodProperty ( O, P, V ) -- ES2023 7.3.7 (used by class definitions)
def CreateMethodProperty(obj, key, value) -> None:  # noqa: N802
    obj.DefineOwnProperty(key, PropertyDescriptor(value, True, None, None, False, True))


# 7.3.7 CreateNonEnumerableDataPropertyOrThrow ( O, P, V )
def CreateNonEnumerableDataPropertyOrThrow(obj, key, value) -> None:  # noqa: N802
    DefinePropertyOrThrow(obj, key, PropertyDescriptor(value, True, None, None, False, True))


# 7.3.8 DefinePropertyOrThrow ( O, P, desc )
def DefinePropertyOrThrow(obj, key, desc) -> None:  # noqa: N802
    if not obj.DefineOwnProperty(key, desc):
        if not obj.IsExtensible() and obj.GetOwnProperty(key) is None:
            throw_type_error(f"Cannot define property {key_for_error(key)}, "
                             "object is not extensible")
        throw_type_error(f"Cannot redefine property: {key_for_error(key)}")


# 7.3.9 DeletePropertyOrThrow ( O, P )
def DeletePropertyOrThrow(obj, key) -> None:  # noqa: N802
    if not obj.Delete(key):
        throw_type_error(f"Cannot delete property '{key_for_error(key)}' of "
                         f"{describe_for_error(obj)}")


# 7.3.10 GetMethod ( V, P )
def GetMethod(value, key):  # noqa: N802
    func = GetV(value, key)
    if func is UNDEFINED or func is NULL:
        return UNDEFINED
    if not isinstance(func, JSFunctionBase):
        throw_type_error(f"{describe_for_error(func)} is not a function")
    return func


# 7.3.11 HasProperty ( O, P )
def HasProperty(obj, key) -> bool:  # noqa: N802
    return obj.HasProperty(key)


# 7.3.12 HasOwnProperty ( O, P )
def HasOwnProperty(obj, key) -> bool:  # noqa: N802
    if obj.plain_props:
        return key in obj.props
    if obj.ordinary_get_set:
        return obj.own_slot(key) is not MISSING
    return obj.GetOwnProperty(key) is not None


# 7.3.13 Call ( F, V [ , argumentsList ] )
def Call(func, this, args=None):  # noqa: N802
    if not isinstance(func, JSFunctionBase):
        throw_type_error(f"{describe_for_error(func)} is not a function")
    return func.Call(this, [] if args is None else args)


# 7.3.14 Construct ( F [ , argumentsList [ , newTarget ] ] )
def Construct(func, args=None, new_target=None):  # noqa: N802
    if new_target is None:
        new_target = func
    if not (isinstance(func, JSFunctionBase) and func.is_constructor):
        throw_type_error(f"{describe_for_error(func)} is not a constructor")
    return func.Construct([] if args is None else args, new_target)


# 7.3.15 SetIntegrityLevel ( O, level )
def SetIntegrityLevel(obj, level: str) -> bool:  # noqa: N802
    """``level`` is 'sealed' or 'frozen'."""
    if not obj.PreventExtensions():
        return False
    keys = obj.OwnPropertyKeys()
    if level == "sealed":
        for k in keys:
            DefinePropertyOrThrow(obj, k, PropertyDescriptor(configurable=False))
    else:
        for k in keys:
            current = obj.GetOwnProperty(k)
            if current is not None:
                if current.is_accessor():
                    desc = PropertyDescriptor(configurable=False)
                else:
                    desc = PropertyDescriptor(configurable=False, writable=False)
                DefinePropertyOrThrow(obj, k, desc)
    return True


# 7.3.16 TestIntegrityLevel ( O, level )
def TestIntegrityLevel(obj, level: str) -> bool:  # noqa: N802
    if obj.IsExtensible():
        return False
    for k in obj.OwnPropertyKeys():
        current = obj.GetOwnProperty(k)
        if current is not None:
            if current.configurable:
                return False
            if level == "frozen" and current.is_data() and current.writable:
                return False
    return True


# 7.3.17 CreateArrayFromList ( elements )
def CreateArrayFromList(elements) -> JSArray:  # noqa: N802
    return current_realm().new_array(elements)


# 7.3.18 LengthOfArrayLike ( obj )
def LengthOfArrayLike(obj) -> int:  # noqa: N802
    if obj.__class__ is JSArray:
        return obj.get_length()
    from scopejs.runtime.abstract_ops.type_conversion import ToLength
    return ToLength(obj.Get("length", obj))


# 7.3.19 CreateListFromArrayLike ( obj [ , elementTypes ] )
def CreateListFromArrayLike(obj, element_types=None) -> list:  # noqa: N802
    """``element_types`` None (all types) or 'property-key' (String and Symbol only)."""
    if not isinstance(obj, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    if obj.__class__ is JSArray and obj.elements is not None and element_types is None \
            and obj.proto is current_realm().array_prototype:
        # Fast path for dense arrays: holes read through the prototype like Get would.
        from scopejs.runtime.values import EMPTY
        return [obj.get_index(i) if v is EMPTY else v for i, v in enumerate(obj.elements)]
    length = LengthOfArrayLike(obj)
    out = []
    for i in range(length):
        v = obj.Get(str(i), obj)
        if element_types is not None and v.__class__ is not str and v.__class__ is not JSSymbol:
            throw_type_error(f"{describe_for_error(v)} is not a valid property name")
        out.append(v)
    return out


# 7.3.20 Invoke ( V, P [ , argumentsList ] )
def Invoke(value, key, args=None):  # noqa: N802
    func = GetV(value, key)
    if not isinstance(func, JSFunctionBase):
        throw_type_error(f"{describe_for_error(value)}.{key_for_error(key)} is not a function")
    return func.Call(value, [] if args is None else args)


# 7.3.21 OrdinaryHasInstance ( C, O )
def OrdinaryHasInstance(ctor, obj) -> bool:  # noqa: N802
    if not isinstance(ctor, JSFunctionBase):
        return False
    if isinstance(ctor, BoundFunction):
        from scopejs.runtime.abstract_ops.operators import InstanceofOperator
        return InstanceofOperator(obj, ctor.target)
    if not isinstance(obj, JSObject):
        return False
    proto = ctor.Get("prototype", ctor)
    if not isinstance(proto, JSObject):
        throw_type_error(f"Function has non-object prototype '{describe_for_error(proto)}' "
                         "in instanceof check")
    o = obj
    while True:
        o = o.GetPrototypeOf()
        if o is NULL:
            return False
        if o is proto:
            return True


# 7.3.22 SpeciesConstructor ( O, defaultConstructor )
def SpeciesConstructor(obj, default_constructor):  # noqa: N802
    ctor = obj.Get("constructor", obj)
    if ctor is UNDEFINED:
        return default_constructor
    if not isinstance(ctor, JSObject):
        throw_type_error("object.constructor is not a constructor")
    species = ctor.Get(SYMBOL_SPECIES, ctor)
    if species is UNDEFINED or species is NULL:
        return default_constructor
    if isinstance(species, JSFunctionBase) and species.is_constructor:
        return species
    throw_type_error("object.constructor[Symbol.species] is not a constructor")


# 7.3.23 EnumerableOwnProperties ( O, kind )
def EnumerableOwnProperties(obj, kind: str) -> list:  # noqa: N802
    """``kind`` is 'key', 'value' or 'key+value' (pairs become arrays)."""
    out = []
    fast = obj.plain_props and obj.ordinary_get_set
    for key in obj.OwnPropertyKeys():
        if key.__class__ is not str:
            continue
        if fast:
            v = obj.props.get(key, MISSING)
            if v is MISSING:
                continue
            fl = obj.flags
            if fl is not None and key in fl and not fl[key] & 2:
                continue
            if v.__class__ is Accessor:
                v = obj.Get(key, obj) if kind != "key" else v
        else:
            desc = obj.GetOwnProperty(key)
            if desc is None or not desc.enumerable:
                continue
            v = obj.Get(key, obj) if kind != "key" else None
        if kind == "key":
            out.append(key)
        elif kind == "value":
            out.append(v)
        else:
            out.append(CreateArrayFromList([key, v]))
    return out


# 7.3.24 GetFunctionRealm ( obj )
def GetFunctionRealm(obj):  # noqa: N802
    if isinstance(obj, BoundFunction):
        return GetFunctionRealm(obj.target)
    proxy_target = getattr(obj, "proxy_target", MISSING)
    if proxy_target is not MISSING:
        if proxy_target is NULL or proxy_target is None:
            throw_type_error("Cannot perform operation on a revoked proxy")
        return GetFunctionRealm(proxy_target)
    realm = getattr(obj, "realm", None)
    if realm is not None:
        return realm
    return current_realm()


# 7.3.25 CopyDataProperties ( target, source, excludedItems )
def CopyDataProperties(target, source, excluded=()) -> None:  # noqa: N802
    if source is UNDEFINED or source is NULL:
        return
    from scopejs.runtime.abstract_ops.type_conversion import ToObject
    src = ToObject(source)
    for key in src.OwnPropertyKeys():
        if key in excluded:
            continue
        desc = src.GetOwnProperty(key)
        if desc is not None and desc.enumerable:
            CreateDataPropertyOrThrow(target, key, src.Get(key, src))


# 6.2.6.4 FromPropertyDescriptor ( Desc )
def FromPropertyDescriptor(desc):  # noqa: N802
    if desc is None:
        return UNDEFINED
    obj = current_realm().new_object()
    if desc.value is not None:
        obj.props["value"] = desc.value
    if desc.writable is not None:
        obj.props["writable"] = desc.writable
    if desc.get is not None:
        obj.props["get"] = desc.get
    if desc.set is not None:
        obj.props["set"] = desc.set
    if desc.enumerable is not None:
        obj.props["enumerable"] = desc.enumerable
    if desc.configurable is not None:
        obj.props["configurable"] = desc.configurable
    return obj


# 6.2.6.5 ToPropertyDescriptor ( Obj )
def ToPropertyDescriptor(obj) -> PropertyDescriptor:  # noqa: N802
    if not isinstance(obj, JSObject):
        throw_type_error(f"Property description must be an object: {describe_for_error(obj)}")
    from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
    desc = PropertyDescriptor()
    if obj.HasProperty("enumerable"):
        desc.enumerable = ToBoolean(obj.Get("enumerable", obj))
    if obj.HasProperty("configurable"):
        desc.configurable = ToBoolean(obj.Get("configurable", obj))
    if obj.HasProperty("value"):
        desc.value = obj.Get("value", obj)
    if obj.HasProperty("writable"):
        desc.writable = ToBoolean(obj.Get("writable", obj))
    if obj.HasProperty("get"):
        getter = obj.Get("get", obj)
        if getter is not UNDEFINED and not isinstance(getter, JSFunctionBase):
            throw_type_error(f"Getter must be a function: {describe_for_error(getter)}")
        desc.get = getter
    if obj.HasProperty("set"):
        setter = obj.Get("set", obj)
        if setter is not UNDEFINED and not isinstance(setter, JSFunctionBase):
            throw_type_error(f"Setter must be a function: {describe_for_error(setter)}")
        desc.set = setter
    if (desc.get is not None or desc.set is not None) and \
            (desc.value is not None or desc.writable is not None):
        throw_type_error("Invalid property descriptor. Cannot both specify accessors and a "
                         "value or writable attribute")
    return desc


# 7.3.x RequireInternalSlot ( O, internalSlot )  (10.1: spec's brand check)
def RequireInternalSlot(obj, slot: str, what: str | None = None):  # noqa: N802
    """Return ``obj.<slot>`` if obj is an object having that internal slot, else throw a
    TypeError (``what`` names the method, as V8 does: "Method Map.prototype.get called on
    incompatible receiver ...")."""
    value = getattr(obj, slot, MISSING) if isinstance(obj, JSObject) else MISSING
    if value is MISSING:
        if what:
            throw_type_error(f"Method {what} called on incompatible receiver "
                             f"{describe_for_error(obj)}")
        throw_type_error(f"Receiver does not have a [[{slot}]] internal slot")
    return value
