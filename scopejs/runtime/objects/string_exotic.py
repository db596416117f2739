"""10.4.3 String Exotic Objects: ``JSStringObject`` ([[StringData]] is ``string_data``)."""
from __future__ import annotations

from scopejs.runtime.objects.ordinary import (
    MISSING, JSObject, array_index, ordinary_define_own_property, ordinary_get,
    ordinary_own_property_keys,
)
from scopejs.runtime.property import E
from scopejs.runtime.values import NULL

__all__ = ["JSStringObject", "StringCreate"]


class JSStringObject(JSObject):
    __slots__ = ("string_data",)

    class_name = "String"
    builtin_tag = "String"
    plain_props = False
    index_exotic = True

    def __init__(self, proto=NULL, string_data: str = ""):
        JSObject.__init__(self, proto)
        self.string_data = string_data

    def own_slot(self, key):
        if key.__class__ is str:
            if key == "length":
                return float(len(self.string_data))
            idx = array_index(key)
            if 0 <= idx < len(self.string_data):
                return self.string_data[idx]
        return self.props.get(key, MISSING)

    def own_flags(self, key) -> int:
        if key == "length":
            return 0
        idx = array_index(key)
        if 0 <= idx < len(self.string_data):
            return E
        return JSObject.own_flags(self, key)

    def Get(self, key, receiver):  # noqa: N802
        return ordinary_get(self, key, receiver)

    # 10.4.3.2 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc):  # noqa: N802
        if key == "length" or 0 <= array_index(key) < len(self.string_data):
            # IsCompatiblePropertyDescriptor against a non-writable, non-configurable property:
            # valid exactly when Desc changes nothing.
            return _unchanged(desc, self.own_slot(key), self.own_flags(key))
        return ordinary_define_own_property(self, key, desc)

    def Delete(self, key):  # noqa: N802
        if key == "length" or 0 <= array_index(key) < len(self.string_data):
            return False
        return JSObject.Delete(self, key)

    # 10.4.3.3 [[OwnPropertyKeys]] ( )
    def OwnPropertyKeys(self):  # noqa: N802
        n = len(self.string_data)
        keys = [str(i) for i in range(n)]
        rest = ordinary_own_property_keys(self.props)
        i = 0
        while i < len(rest) and rest[i].__class__ is str and array_index(rest[i]) >= 0:
            i += 1
        return keys + rest[:i] + ["length"] + rest[i:]

    def GetOwnProperty(self, key):  # noqa: N802
        return JSObject.GetOwnProperty(self, key)


def _unchanged(desc, cur, flags) -> bool:
    from scopejs.runtime.values import SameValue
    if desc.get is not None or desc.set is not None:
        return False
    if desc.value is not None and not SameValue(desc.value, cur):
        return False
    if desc.writable or desc.configurable:
        return False
    if desc.enumerable is not None and desc.enumerable != bool(flags & E):
        return False
    return True


# 10.4.3.4 StringCreate ( value, prototype )
def StringCreate(value: str, prototype) -> JSStringObject:  # noqa: N802
    return JSStringObject(prototype, value)

