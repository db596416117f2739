"""10.2 ECMAScript Function Objects: the helpers that do not need the interpreter
(SetFunctionName, SetFunctionLength, MakeConstructor, MakeMethod, OrdinaryCreateFromConstructor,
GetPrototypeFromConstructor)."""
from __future__ import annotations

from scopejs.runtime.abstract_ops.object_operations import GetFunctionRealm
from scopejs.runtime.objects.functions import function_name_of_key
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C, W


__all__ = ["SetFunctionName", "SetFunctionLength", "MakeConstructor", "MakeMethod",
           "OrdinaryCreateFromConstructor", "GetPrototypeFromConstructor"]


# 10.2.9 SetFunctionName ( F, name [ , prefix ] )
def SetFunctionName(func, name, prefix: str | None = None) -> None:  # noqa: N802
    """``name`` is a property key (str or symbol), or a private name given as '#x' string."""
    func.define_own_value("name", function_name_of_key(name, prefix), C)


# 10.2.10 SetFunctionLength ( F, length )
def SetFunctionLength(func, length) -> None:  # noqa: N802
    func.define_own_value("length", float(length), C)


# 10.2.5 MakeConstructor ( F [ , writablePrototype [ , prototype ] ] )
def MakeConstructor(func, writable_prototype: bool = True, prototype=None) -> None:  # noqa: N802
    func.is_constructor = True
    if prototype is None:
        from scopejs.runtime.execution import current_realm
        prototype = JSObject(current_realm().object_prototype)
        prototype.define_own_value("constructor", func, W | C if writable_prototype else C)
    func.define_own_value("prototype", prototype, W if writable_prototype else 0)


# 10.2.7 MakeMethod ( F, homeObject )
def MakeMethod(func, home_object) -> None:  # noqa: N802
    func.home_object = home_object


# 10.1.14 GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto )
def GetPrototypeFromConstructor(constructor, intrinsic_default_proto: str):  # noqa: N802
    """``intrinsic_default_proto`` is an intrinsic name ('%Map.prototype%')."""
    proto = constructor.Get("prototype", constructor)
    if not isinstance(proto, JSObject):
        realm = GetFunctionRealm(constructor)
        proto = realm.intrinsics[intrinsic_default_proto]
    return proto


# 10.1.13 OrdinaryCreateFromConstructor ( constructor, intrinsicDefaultProto
#         [ , internalSlotsList ] )
def OrdinaryCreateFromConstructor(constructor, intrinsic_default_proto: str,  # noqa: N802
                                  cls=JSObject):
    """``cls`` is the JSObject subclass carrying the internal slots (e.g. JSErrorObject)."""
    return cls(GetPrototypeFromConstructor(constructor, intrinsic_default_proto))


