"""27.3-27.7 GeneratorFunction, AsyncGeneratorFunction, AsyncFunction and the Generator /
AsyncGenerator prototypes.  The machinery (suspended frames) is the interpreter's; these
built-ins reach it through the agent's evaluator (``evaluator.generators``)."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.values import UNDEFINED

# Resumption modes (bytecode/opcodes.py RESUME_*; repeated here: builtins may not import bytecode)
_NEXT, _RETURN, _THROW = 0, 1, 2


def _support(realm):
    return realm.agent.evaluator.generators()


def _iterator_proto(realm, *names):
    for name in names:
        proto = realm.intrinsics.get(name)
        if proto is not None:
            return proto
    return realm.object_prototype


# ---- 27.3 GeneratorFunction --------------------------------------------------------------------

GENERATOR_FUNCTION = constructor("%GeneratorFunction%", length=1,
                                 instance_prototype="%GeneratorFunction.prototype%",
                                 prototype="%Function%", global_name=None)


@GENERATOR_FUNCTION.behavior
def GeneratorFunction(realm, new_target, *args):
    """27.3.1.1 GeneratorFunction ( ...parameterArgs, bodyArg )"""
    ctor = realm.intrinsics["%GeneratorFunction%"]
    return realm.agent.evaluator.create_dynamic_function(
        realm, ctor, ctor if new_target is UNDEFINED else new_target, "generator", list(args))


GENERATOR_FUNCTION_PROTOTYPE = intrinsic("%GeneratorFunction.prototype%",
                                         prototype="%Function.prototype%",
                                         to_string_tag="GeneratorFunction")
GENERATOR_FUNCTION_PROTOTYPE.value("prototype", ref="%GeneratorFunction.prototype.prototype%",
                                   writable=False, early=True)
# 27.3.3.1 GeneratorFunction.prototype.constructor: { [[Writable]]: false, [[Configurable]]: true }
GENERATOR_FUNCTION_PROTOTYPE.value("constructor", ref="%GeneratorFunction%", writable=False)

GENERATOR_PROTOTYPE = intrinsic("%GeneratorFunction.prototype.prototype%", prototype=None,
                                to_string_tag="Generator")
GENERATOR_PROTOTYPE.value("constructor", ref="%GeneratorFunction.prototype%", writable=False)


@GENERATOR_PROTOTYPE.finalize
def _generator_prototype_parent(realm, obj):
    obj.proto = _iterator_proto(realm, "%IteratorPrototype%", "%Iterator.prototype%")


@GENERATOR_PROTOTYPE.method("next", length=1)
def Generator_prototype_next(realm, this, value):
    """27.5.1.2 %GeneratorPrototype%.next ( value )"""
    return _support(realm).generator_resume(this, _NEXT, value, "next")


@GENERATOR_PROTOTYPE.method("return", length=1)
def Generator_prototype_return(realm, this, value):
    """27.5.1.3 %GeneratorPrototype%.return ( value )"""
    return _support(realm).generator_resume(this, _RETURN, value, "return")


@GENERATOR_PROTOTYPE.method("throw", length=1)
def Generator_prototype_throw(realm, this, exception):
    """27.5.1.4 %GeneratorPrototype%.throw ( exception )"""
    return _support(realm).generator_resume(this, _THROW, exception, "throw")


# ---- 27.7 AsyncFunction ------------------------------------------------------------------------

ASYNC_FUNCTION = constructor("%AsyncFunction%", length=1,
                             instance_prototype="%AsyncFunction.prototype%",
                             prototype="%Function%", global_name=None)


@ASYNC_FUNCTION.behavior
def AsyncFunction(realm, new_target, *args):
    """27.7.1.1 AsyncFunction ( ...parameterArgs, bodyArg )"""
    ctor = realm.intrinsics["%AsyncFunction%"]
    return realm.agent.evaluator.create_dynamic_function(
        realm, ctor, ctor if new_target is UNDEFINED else new_target, "async", list(args))


ASYNC_FUNCTION_PROTOTYPE = intrinsic("%AsyncFunction.prototype%",
                                     prototype="%Function.prototype%",
                                     to_string_tag="AsyncFunction")
# 27.7.3.1 AsyncFunction.prototype.constructor: { [[Writable]]: false, [[Configurable]]: true }
ASYNC_FUNCTION_PROTOTYPE.value("constructor", ref="%AsyncFunction%", writable=False)

# ---- 27.4 AsyncGeneratorFunction ---------------------------------------------------------------

ASYNC_GENERATOR_FUNCTION = constructor(
    "%AsyncGeneratorFunction%", length=1,
    instance_prototype="%AsyncGeneratorFunction.prototype%", prototype="%Function%",
    global_name=None)


@ASYNC_GENERATOR_FUNCTION.behavior
def AsyncGeneratorFunction(realm, new_target, *args):
    """27.4.1.1 AsyncGeneratorFunction ( ...parameterArgs, bodyArg )"""
    ctor = realm.intrinsics["%AsyncGeneratorFunction%"]
    return realm.agent.evaluator.create_dynamic_function(
        realm, ctor, ctor if new_target is UNDEFINED else new_target, "asyncGenerator",
        list(args))


ASYNC_GENERATOR_FUNCTION_PROTOTYPE = intrinsic("%AsyncGeneratorFunction.prototype%",
                                               prototype="%Function.prototype%",
                                               to_string_tag="AsyncGeneratorFunction")
ASYNC_GENERATOR_FUNCTION_PROTOTYPE.value(
    "prototype", ref="%AsyncGeneratorFunction.prototype.prototype%", writable=False, early=True)
# 27.4.3.1 AsyncGeneratorFunction.prototype.constructor: { [[Writable]]: false,
# [[Configurable]]: true }
ASYNC_GENERATOR_FUNCTION_PROTOTYPE.value("constructor", ref="%AsyncGeneratorFunction%",
                                         writable=False)

ASYNC_GENERATOR_PROTOTYPE = intrinsic("%AsyncGeneratorFunction.prototype.prototype%",
                                      prototype=None, to_string_tag="AsyncGenerator")
ASYNC_GENERATOR_PROTOTYPE.value("constructor", ref="%AsyncGeneratorFunction.prototype%",
                                writable=False)


@ASYNC_GENERATOR_PROTOTYPE.finalize
def _async_generator_prototype_parent(realm, obj):
    obj.proto = _iterator_proto(realm, "%AsyncIteratorPrototype%",
                                "%AsyncIterator.prototype%")


@ASYNC_GENERATOR_PROTOTYPE.method("next", length=1)
def AsyncGenerator_prototype_next(realm, this, value):
    """27.6.1.2 %AsyncGeneratorPrototype%.next ( value )"""
    return _support(realm).async_generator_enqueue(realm, this, _NEXT, value,
                                                   "AsyncGenerator.prototype.next")


@ASYNC_GENERATOR_PROTOTYPE.method("return", length=1)
def AsyncGenerator_prototype_return(realm, this, value):
    """27.6.1.3 %AsyncGeneratorPrototype%.return ( value )"""
    return _support(realm).async_generator_enqueue(realm, this, _RETURN, value,
                                                   "AsyncGenerator.prototype.return")


@ASYNC_GENERATOR_PROTOTYPE.method("throw", length=1)
def AsyncGenerator_prototype_throw(realm, this, exception):
    """27.6.1.4 %AsyncGeneratorPrototype%.throw ( exception )"""
    return _support(realm).async_generator_enqueue(realm, this, _THROW, exception,
                                                   "AsyncGenerator.prototype.throw")
