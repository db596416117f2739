"""20.3 Boolean Objects."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import OrdinaryCreateFromConstructor, ToBoolean
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.primitive_wrappers import JSBooleanObject
from scopejs.runtime.values import NULL, UNDEFINED

# 20.3.3: the Boolean prototype object is itself a Boolean object whose value is false.
BOOLEAN_PROTOTYPE = intrinsic("%Boolean.prototype%",
                              create=lambda realm: JSBooleanObject(NULL, False))
BOOLEAN = constructor("%Boolean%", length=1, instance_prototype="%Boolean.prototype%")


@BOOLEAN.behavior
def Boolean(realm, new_target, value):
    """20.3.1.1 Boolean ( value )"""
    b = ToBoolean(value)
    if new_target is UNDEFINED:
        return b
    obj = OrdinaryCreateFromConstructor(new_target, "%Boolean.prototype%", JSBooleanObject)
    obj.boolean_data = b
    return obj


# 20.3.3.3.1 ThisBooleanValue ( value )
def ThisBooleanValue(value, method: str) -> bool:
    if value.__class__ is bool:
        return value
    if isinstance(value, JSBooleanObject):
        return value.boolean_data
    throw_type_error(f"{method} requires that 'this' be a Boolean")


@BOOLEAN_PROTOTYPE.method("toString", length=0)
def Boolean_prototype_toString(realm, this):
    """20.3.3.2 Boolean.prototype.toString ( )"""
    return "true" if ThisBooleanValue(this, "Boolean.prototype.toString") else "false"


@BOOLEAN_PROTOTYPE.method("valueOf", length=0)
def Boolean_prototype_valueOf(realm, this):
    """20.3.3.3 Boolean.prototype.valueOf ( )"""
    return ThisBooleanValue(this, "Boolean.prototype.valueOf")
