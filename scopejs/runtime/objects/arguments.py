"""10.4.4 Arguments Exotic Objects: unmapped (strict / non-simple parameters) and mapped
(sloppy functions with simple parameter lists).

A mapped arguments object aliases each mapped index to the parameter's binding.  The compiler
puts the parameters of such functions in the function Context (V8 does the same), so the
[[ParameterMap]] here is ``index key -> context slot`` and reads/writes go straight to
``context.slots``: assigning ``arguments[0]`` changes the parameter and vice versa.
"""
from __future__ import annotations

from scopejs.runtime.objects.ordinary import MISSING, JSObject, ordinary_define_own_property
from scopejs.runtime.property import WC, PropertyDescriptor
from scopejs.runtime.values import SYMBOL_ITERATOR, UNDEFINED

__all__ = ["ArgumentsObject", "MappedArgumentsObject", "CreateUnmappedArgumentsObject",
           "CreateMappedArgumentsObject"]


class ArgumentsObject(JSObject):
    """An unmapped arguments object (ordinary, with the [[ParameterMap]] slot undefined)."""
    __slots__ = ()
    class_name = "Arguments"
    builtin_tag = "Arguments"


class MappedArgumentsObject(ArgumentsObject):
    """10.4.4 an arguments exotic object with a parameter map (``mapped``: key -> slot)."""
    __slots__ = ("mapped", "context")
    plain_props = False

    def own_slot(self, key):
        v = self.props.get(key, MISSING)
        if v is not MISSING:
            slot = self.mapped.get(key)
            if slot is not None:
                return self.context.slots[slot]
        return v

    # 10.4.4.2 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc):  # noqa: N802
        mapped = self.mapped
        slot = mapped.get(key)
        new_desc = desc
        if slot is not None and desc.is_data() and desc.value is None and desc.writable is False:
            new_desc = PropertyDescriptor(self.context.slots[slot], False, None, None,
                                          desc.enumerable, desc.configurable)
        if slot is not None:
            # keep the stored value current before the ordinary validation compares it
            self.props[key] = self.context.slots[slot]
        if not ordinary_define_own_property(self, key, new_desc):
            return False
        if slot is not None:
            if desc.is_accessor():
                del mapped[key]
            else:
                if desc.value is not None:
                    self.context.slots[slot] = desc.value
                if desc.writable is False:
                    del mapped[key]
        return True

    # 10.4.4.5 [[Delete]] ( P )
    def Delete(self, key):  # noqa: N802
        result = JSObject.Delete(self, key)
        if result:
            self.mapped.pop(key, None)
        return result


def _fill(obj, realm, args):
    props = obj.props
    for i, v in enumerate(args):
        props[str(i)] = v
    obj.define_own_value("length", float(len(args)), WC)
    values = realm.intrinsics.get("%Array.prototype.values%")
    if values is None:
        values = realm.array_prototype.props.get("values", UNDEFINED) \
            if realm.array_prototype is not None else UNDEFINED
    obj.define_own_value(SYMBOL_ITERATOR, values, WC)


# 10.4.4.6 CreateUnmappedArgumentsObject ( argumentsList )
def CreateUnmappedArgumentsObject(realm, args):  # noqa: N802
    obj = ArgumentsObject(realm.object_prototype)
    _fill(obj, realm, args)
    thrower = realm.intrinsics.get("%ThrowTypeError%")
    if thrower is not None:
        obj.define_own_accessor("callee", thrower, thrower, 0)
    return obj


# 10.4.4.7 CreateMappedArgumentsObject ( func, formals, argumentsList, env )
def CreateMappedArgumentsObject(realm, func, args, context, parameter_slots):  # noqa: N802
    """``parameter_slots[i]``: the context slot of formal parameter i (or None)."""
    obj = MappedArgumentsObject(realm.object_prototype)
    obj.mapped = {}
    obj.context = context
    _fill(obj, realm, args)
    obj.define_own_value("callee", func, WC)
    n = len(args)
    for index, slot in enumerate(parameter_slots):
        if index < n and slot is not None and slot >= 0:
            obj.mapped[str(index)] = slot
    return obj
