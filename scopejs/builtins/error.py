"""20.5 Error Objects: Error, the NativeErrors (20.5.5), AggregateError (20.5.7), the cause
option (20.5.8.1 InstallErrorCause) and V8's Error.captureStackTrace / stackTraceLimit."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import (
    CreateArrayFromList, CreateNonEnumerableDataPropertyOrThrow, GetIterator,
    IteratorToList, OrdinaryCreateFromConstructor, ToString,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.primitive_wrappers import JSErrorObject
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED

NATIVE_ERRORS = ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
                 "URIError")

ERROR_PROTOTYPE = intrinsic("%Error.prototype%")
ERROR = constructor("%Error%", length=1, instance_prototype="%Error.prototype%")


# 20.5.8.1 InstallErrorCause ( O, options )
def InstallErrorCause(obj, options) -> None:
    if isinstance(options, JSObject) and options.HasProperty("cause"):
        cause = options.Get("cause", options)
        CreateNonEnumerableDataPropertyOrThrow(obj, "cause", cause)


def make_error(realm, new_target, intrinsic_name: str, proto_name: str, message, options):
    """The shared steps of Error ( message [ , options ] ) and every NativeError."""
    if new_target is UNDEFINED:
        new_target = realm.intrinsics[intrinsic_name]
    obj = OrdinaryCreateFromConstructor(new_target, proto_name, JSErrorObject)
    obj.define_own_value("stack", "", WC)      # V8 key order: stack, message, cause
    if message is not UNDEFINED:
        CreateNonEnumerableDataPropertyOrThrow(obj, "message", ToString(message))
    InstallErrorCause(obj, options)
    realm.install_stack(obj)
    return obj


@ERROR.behavior
def Error(realm, new_target, message, options):
    """20.5.1.1 Error ( message [ , options ] )"""
    return make_error(realm, new_target, "%Error%", "%Error.prototype%", message, options)


@ERROR.method("captureStackTrace", length=2)
def Error_captureStackTrace(realm, this, target_object, constructor_opt):
    """V8: Error.captureStackTrace ( targetObject [ , constructorOpt ] ) defines `stack`."""
    if not isinstance(target_object, JSObject):
        throw_type_error("Invalid argument")
    realm.install_stack(target_object)


ERROR.value("prepareStackTrace", UNDEFINED)
ERROR.value("stackTraceLimit", 10.0, enumerable=True)

ERROR_PROTOTYPE.value("name", "Error")
ERROR_PROTOTYPE.value("message", "")


@ERROR_PROTOTYPE.method("toString", length=0)
def Error_prototype_toString(realm, this):
    """20.5.3.4 Error.prototype.toString ( )"""
    if not isinstance(this, JSObject):
        throw_type_error("Error.prototype.toString requires that 'this' be an Object")
    name = this.Get("name", this)
    name = "Error" if name is UNDEFINED else ToString(name)
    msg = this.Get("message", this)
    msg = "" if msg is UNDEFINED else ToString(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


# 20.5.6 NativeError Object Structure
def _declare_native_error(kind: str):
    proto = intrinsic(f"%{kind}.prototype%", prototype="%Error.prototype%")
    proto.value("name", kind)
    proto.value("message", "")
    ctor = constructor(f"%{kind}%", length=1, prototype="%Error%",
                       instance_prototype=f"%{kind}.prototype%")

    def NativeError(realm, new_target, message, options):
        """20.5.6.1.1 NativeError ( message [ , options ] )"""
        return make_error(realm, new_target, f"%{kind}%", f"%{kind}.prototype%", message,
                          options)
    NativeError.__name__ = kind
    ctor.behavior(NativeError)
    return ctor


for _kind in NATIVE_ERRORS:
    _declare_native_error(_kind)

AGGREGATE_ERROR_PROTOTYPE = intrinsic("%AggregateError.prototype%", prototype="%Error.prototype%")
AGGREGATE_ERROR_PROTOTYPE.value("name", "AggregateError")
AGGREGATE_ERROR_PROTOTYPE.value("message", "")
AGGREGATE_ERROR = constructor("%AggregateError%", length=2, prototype="%Error%",
                              instance_prototype="%AggregateError.prototype%")


@AGGREGATE_ERROR.behavior
def AggregateError(realm, new_target, errors, message, options):
    """20.5.7.1.1 AggregateError ( errors, message [ , options ] )"""
    obj = make_error(realm, new_target, "%AggregateError%", "%AggregateError.prototype%",
                     message, options)
    errors_list = IteratorToList(GetIterator(errors, "sync"))
    obj.define_own_value("errors", CreateArrayFromList(errors_list), WC)
    return obj
