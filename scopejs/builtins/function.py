"""20.2 Function Objects: the Function constructor, Function.prototype (itself a built-in
function), call/apply/bind/toString/@@hasInstance and %ThrowTypeError% (10.2.4.1)."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, function
from scopejs.runtime.abstract_ops import (
    CreateListFromArrayLike, HasOwnProperty, OrdinaryHasInstance, SetFunctionLength,
    SetFunctionName, ToIntegerOrInfinity,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.bound_functions import BoundFunctionCreate
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.property import NONE
from scopejs.runtime.values import NULL, UNDEFINED

FUNCTION_PROTOTYPE = function("%Function.prototype%", length=0, fn_name="",
                              prototype="%Object.prototype%")


@FUNCTION_PROTOTYPE.behavior
def Function_prototype(realm, this, *args):
    """20.2.3 Properties of the Function Prototype Object: accepts any arguments and returns
    undefined."""
    return UNDEFINED


THROW_TYPE_ERROR = function("%ThrowTypeError%", length=0, fn_name="")


@THROW_TYPE_ERROR.behavior
def ThrowTypeError(realm, this, *args):
    """10.2.4.1 %ThrowTypeError% ( )"""
    throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on "
                     "strict mode functions or the arguments objects for calls to them")


# Legacy `arguments` and `caller` of sloppy functions (not in ECMA-262; web reality, as V8):
# own properties {value, writable: false, enumerable: false, configurable: false} of every
# non-strict ordinary function, whose value is computed at each read (stored as an Accessor
# with one of these getters; JSObject.GetOwnProperty reports it as the data property it
# stands for).  Strict functions, arrows, methods, classes, generators and async functions
# have none and inherit %Function.prototype%'s throwing accessors.
LEGACY_ARGUMENTS = function("%LegacyFunctionArguments%", length=0, fn_name="arguments")
LEGACY_CALLER = function("%LegacyFunctionCaller%", length=0, fn_name="caller")


@LEGACY_ARGUMENTS.behavior
def legacy_function_arguments(realm, this):
    """A fresh arguments object of ``this``'s innermost running invocation, or null."""
    active = realm.agent.evaluator.active_call(this)
    if active is None:
        return NULL
    from scopejs.runtime.objects.arguments import CreateUnmappedArgumentsObject
    return CreateUnmappedArgumentsObject(realm, list(active[1]))


@LEGACY_CALLER.behavior
def legacy_function_caller(realm, this):
    """The function that called ``this``'s innermost running invocation when that caller is a
    sloppy function; null otherwise (strict callers are never revealed)."""
    active = realm.agent.evaluator.active_call(this)
    if active is None or active[0] is None or active[0].strict:
        return NULL
    return active[0]


legacy_function_arguments.computed_data = True
legacy_function_caller.computed_data = True


FUNCTION = constructor("%Function%", length=1, instance_prototype="%Function.prototype%")


@FUNCTION.behavior
def Function(realm, new_target, *args):
    """20.2.1.1 Function ( ...parameterArgs, bodyArg )"""
    ctor = realm.intrinsics["%Function%"]
    return realm.agent.evaluator.create_dynamic_function(
        realm, ctor, ctor if new_target is UNDEFINED else new_target, "normal", list(args))


# 10.2.4 AddRestrictedFunctionProperties ( F, realm ): "arguments" and "caller" accessors
FUNCTION_PROTOTYPE.accessor_ref("arguments", "%ThrowTypeError%", "%ThrowTypeError%", early=True)
FUNCTION_PROTOTYPE.accessor_ref("caller", "%ThrowTypeError%", "%ThrowTypeError%", early=True)


@THROW_TYPE_ERROR.finalize
def _freeze_throw_type_error(realm, thrower):
    """10.2.4.1: "length" and "name" are non-configurable; the function is not extensible."""
    thrower.define_own_value("length", 0.0, NONE)
    thrower.define_own_value("name", "", NONE)
    thrower.extensible = False


@FUNCTION_PROTOTYPE.method("apply", length=2)
def Function_prototype_apply(realm, this, this_arg, arg_array):
    """20.2.3.1 Function.prototype.apply ( thisArg, argArray )"""
    if not isinstance(this, JSFunctionBase):
        throw_type_error("Function.prototype.apply was called on "
                         f"{_describe(this)}, which is {_a_type(this)} and not a function")
    if arg_array is UNDEFINED or arg_array is NULL:
        return this.Call(this_arg, [])
    if not hasattr(arg_array, "typeof_tag"):
        throw_type_error("CreateListFromArrayLike called on non-object")
    return this.Call(this_arg, CreateListFromArrayLike(arg_array))


def _describe(value) -> str:
    from scopejs.runtime.abstract_ops import describe_for_error
    return describe_for_error(value)


def _a_type(value) -> str:
    from scopejs.runtime.values import type_of
    t = type_of(value)
    return ("an " if t[0] in "aeiou" else "a ") + t


@FUNCTION_PROTOTYPE.method("bind", length=1)
def Function_prototype_bind(realm, this, this_arg, *args):
    """20.2.3.2 Function.prototype.bind ( thisArg, ...args )"""
    target = this
    if not isinstance(target, JSFunctionBase):
        throw_type_error("Bind must be called on a function")
    f = BoundFunctionCreate(target, this_arg, list(args))
    length = 0.0
    if HasOwnProperty(target, "length"):
        target_len = target.Get("length", target)
        if target_len.__class__ is float:
            if target_len == float("inf"):
                length = target_len
            elif target_len == float("-inf"):
                length = 0.0
            else:
                length = float(max(ToIntegerOrInfinity(target_len) - len(args), 0))
    SetFunctionLength(f, length)
    target_name = target.Get("name", target)
    if target_name.__class__ is not str:
        target_name = ""
    SetFunctionName(f, target_name, "bound")
    return f


@FUNCTION_PROTOTYPE.method("call", length=1)
def Function_prototype_call(realm, this, this_arg, *args):
    """20.2.3.3 Function.prototype.call ( thisArg, ...args )"""
    if not isinstance(this, JSFunctionBase):
        throw_type_error("Function.prototype.call was called on "
                         f"{_describe(this)}, which is {_a_type(this)} and not a function")
    return this.Call(this_arg, list(args))


@FUNCTION_PROTOTYPE.method("toString", length=0)
def Function_prototype_toString(realm, this):
    """20.2.3.5 Function.prototype.toString ( )"""
    if isinstance(this, JSFunctionBase):
        return this.to_string_text()
    throw_type_error("Function.prototype.toString requires that 'this' be a Function")


@FUNCTION_PROTOTYPE.method("@@hasInstance", length=1, flags=NONE)
def Function_prototype_hasInstance(realm, this, v):
    """20.2.3.6 Function.prototype [ @@hasInstance ] ( V )"""
    return OrdinaryHasInstance(this, v)
