"""27.2 Promise Objects: the constructor, the combinators (all / allSettled / any / race),
resolve / reject, and Promise.prototype.then / catch / finally. The machinery (capabilities,
reactions, jobs) is in runtime/abstract_ops/promise_operations.py. Declaration order follows
node's own-key order."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.iterator import not_iterable_error
from scopejs.runtime.abstract_ops import (
    DONE, Call, CreateArrayFromList, CreateDataPropertyOrThrow, GetIterator, Invoke, IsCallable, IteratorClose,
    IteratorStepValue, OrdinaryCreateFromConstructor, SpeciesConstructor, describe_for_error,
)
from scopejs.runtime.abstract_ops.promise_operations import (
    JSPromise, NativeClosure, NewPromiseCapability, PerformPromiseThen, PromiseResolve,
    CreateResolvingFunctions, _init_builtin,
)
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.objects.functions import BuiltinFunction
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED

PROMISE_PROTOTYPE = intrinsic("%Promise.prototype%", to_string_tag="Promise")
PROMISE = constructor("%Promise%", length=1, instance_prototype="%Promise.prototype%")


@PROMISE.behavior
def Promise(realm, new_target, executor):
    """27.2.3.1 Promise ( executor )"""
    if new_target is UNDEFINED:
        throw_type_error("Promise constructor cannot be invoked without 'new'")
    if not IsCallable(executor):
        throw_type_error(f"Promise resolver {describe_for_error(executor)} is not a function")
    promise = OrdinaryCreateFromConstructor(new_target, "%Promise.prototype%", JSPromise)
    resolve, reject = CreateResolvingFunctions(promise, realm)
    try:
        executor.Call(UNDEFINED, [resolve, reject])
    except ThrowCompletion as exc:
        reject.Call(UNDEFINED, [exc.value])
    return promise


def _capability_for(this, what: str):
    if not isinstance(this, JSObject):
        throw_type_error(f"{what} called on non-object")
    return NewPromiseCapability(this)


# 27.2.4.1.1 GetPromiseResolve ( promiseConstructor )
def GetPromiseResolve(promise_constructor):  # noqa: N802
    promise_resolve = promise_constructor.Get("resolve", promise_constructor)
    if not IsCallable(promise_resolve):
        throw_type_error("Promise resolve or reject function is not callable")
    return promise_resolve


class _Remaining:
    __slots__ = ("value",)

    def __init__(self):
        self.value = 1


class _ElementFunction(BuiltinFunction):
    """Promise.all Resolve Element Functions, Promise.allSettled Resolve/Reject Element
    Functions and Promise.any Reject Element Functions (27.2.4.1-3):
    [[AlreadyCalled]] (shared by a pair in allSettled), [[Index]], [[Values]] / [[Errors]],
    [[Capability]], [[RemainingElements]]."""

    __slots__ = ("kind", "already_called", "index", "values", "capability", "remaining")

    def __init__(self, realm, kind, already_called, index, values, capability, remaining):
        BuiltinFunction.__init__(self, realm, None, 1, False)
        _init_builtin(self, realm, 1.0)
        self.kind = kind
        self.already_called = already_called
        self.index = index
        self.values = values
        self.capability = capability
        self.remaining = remaining

    def Call(self, this, args):  # noqa: N802
        x = args[0] if args else UNDEFINED
        already = self.already_called
        if already[0]:
            return UNDEFINED
        already[0] = True
        realm = self.realm
        kind = self.kind
        if kind == "all" or kind == "any":
            self.values[self.index] = x
        else:
            obj = realm.new_object()
            if kind == "fulfilled":
                obj.props["status"] = "fulfilled"
                obj.props["value"] = x
            else:
                obj.props["status"] = "rejected"
                obj.props["reason"] = x
            self.values[self.index] = obj
        remaining = self.remaining
        remaining.value -= 1
        if remaining.value == 0:
            if kind == "any":
                _reject_aggregate(realm, self.capability, self.values)
            else:
                values_array = CreateArrayFromList(self.values)
                return Call(self.capability.resolve, UNDEFINED, [values_array])
        return UNDEFINED


def _reject_aggregate(realm, capability, errors):
    error = realm.new_error("AggregateError", "All promises were rejected")
    error.define_own_value("errors", CreateArrayFromList(errors), WC)
    return Call(capability.reject, UNDEFINED, [error])


def _combinator(realm, this, iterable, what: str, perform):
    """The common steps of Promise.all/allSettled/any/race (27.2.4.1 steps 1-7)."""
    c = this
    capability = _capability_for(c, what)
    try:
        promise_resolve = GetPromiseResolve(c)
        record = GetIterator(iterable, "sync")
    except ThrowCompletion as exc:
        Call(capability.reject, UNDEFINED, [not_iterable_error(realm, iterable, exc)])
        return capability.promise
    try:
        return perform(realm, record, c, capability, promise_resolve)
    except ThrowCompletion as exc:
        if not record.done:
            try:
                IteratorClose(record, exc)
            except ThrowCompletion as closed:
                exc = closed
        Call(capability.reject, UNDEFINED, [exc.value])
        return capability.promise


# 27.2.4.1.2 PerformPromiseAll ( iteratorRecord, constructor, resultCapability, promiseResolve )
def PerformPromiseAll(realm, record, c, capability, promise_resolve):  # noqa: N802
    return _perform_collect(realm, record, c, capability, promise_resolve, "all")


# 27.2.4.2.1 PerformPromiseAllSettled ( iteratorRecord, constructor, resultCapability,
#            promiseResolve )
def PerformPromiseAllSettled(realm, record, c, capability, promise_resolve):  # noqa: N802
    return _perform_collect(realm, record, c, capability, promise_resolve, "allSettled")


# 27.2.4.3.1 PerformPromiseAny ( iteratorRecord, constructor, resultCapability, promiseResolve )
def PerformPromiseAny(realm, record, c, capability, promise_resolve):  # noqa: N802
    return _perform_collect(realm, record, c, capability, promise_resolve, "any")


def _perform_collect(realm, record, c, capability, promise_resolve, kind):
    values = []
    remaining = _Remaining()
    index = 0
    while True:
        next_value = IteratorStepValue(record)
        if next_value is DONE:
            remaining.value -= 1
            if remaining.value == 0:
                if kind == "any":
                    _reject_aggregate(realm, capability, values)
                else:
                    Call(capability.resolve, UNDEFINED, [CreateArrayFromList(values)])
            return capability.promise
        values.append(UNDEFINED)
        next_promise = Call(promise_resolve, c, [next_value])
        if kind == "all":
            on_fulfilled = _ElementFunction(realm, "all", [False], index, values, capability,
                                            remaining)
            on_rejected = capability.reject
        elif kind == "allSettled":
            already = [False]
            on_fulfilled = _ElementFunction(realm, "fulfilled", already, index, values,
                                            capability, remaining)
            on_rejected = _ElementFunction(realm, "rejected", already, index, values,
                                           capability, remaining)
        else:
            on_fulfilled = capability.resolve
            on_rejected = _ElementFunction(realm, "any", [False], index, values, capability,
                                           remaining)
        remaining.value += 1
        Invoke(next_promise, "then", [on_fulfilled, on_rejected])
        index += 1


# 27.2.4.5.1 PerformPromiseRace ( iteratorRecord, constructor, resultCapability,
#            promiseResolve )
def PerformPromiseRace(realm, record, c, capability, promise_resolve):  # noqa: N802
    while True:
        next_value = IteratorStepValue(record)
        if next_value is DONE:
            return capability.promise
        next_promise = Call(promise_resolve, c, [next_value])
        Invoke(next_promise, "then", [capability.resolve, capability.reject])


@PROMISE.method("all", length=1)
def Promise_all(realm, this, iterable):
    """27.2.4.1 Promise.all ( iterable )"""
    return _combinator(realm, this, iterable, "Promise.all", PerformPromiseAll)


@PROMISE.method("allSettled", length=1)
def Promise_allSettled(realm, this, iterable):
    """27.2.4.2 Promise.allSettled ( iterable )"""
    return _combinator(realm, this, iterable, "Promise.allSettled", PerformPromiseAllSettled)


@PROMISE.method("any", length=1)
def Promise_any(realm, this, iterable):
    """27.2.4.3 Promise.any ( iterable )"""
    return _combinator(realm, this, iterable, "Promise.any", PerformPromiseAny)


@PROMISE.method("race", length=1)
def Promise_race(realm, this, iterable):
    """27.2.4.5 Promise.race ( iterable )"""
    return _combinator(realm, this, iterable, "Promise.race", PerformPromiseRace)


@PROMISE.method("resolve", length=1)
def Promise_resolve(realm, this, x):
    """27.2.4.7 Promise.resolve ( x )"""
    if not isinstance(this, JSObject):
        throw_type_error("PromiseResolve called on non-object")
    return PromiseResolve(this, x)


@PROMISE.method("reject", length=1)
def Promise_reject(realm, this, r):
    """27.2.4.6 Promise.reject ( r )"""
    capability = _capability_for(this, "PromiseReject")
    Call(capability.reject, UNDEFINED, [r])
    return capability.promise


@PROMISE.method("withResolvers", length=0)
def Promise_withResolvers(realm, this):
    """27.2.4.9 Promise.withResolvers ( )"""
    # 1-2. NewPromiseCapability throws a TypeError for a non-constructor this.
    capability = _capability_for(this, "Promise.withResolvers")
    # 3-7.
    obj = JSObject(realm.object_prototype)
    CreateDataPropertyOrThrow(obj, "promise", capability.promise)
    CreateDataPropertyOrThrow(obj, "resolve", capability.resolve)
    CreateDataPropertyOrThrow(obj, "reject", capability.reject)
    return obj


@PROMISE.method("try", length=1)
def Promise_try(realm, this, callback=UNDEFINED, *args):
    """27.2.4.8 Promise.try ( callback, ...args )"""
    # 1-3.
    capability = _capability_for(this, "Promise.try")
    # 4-6.
    try:
        value = Call(callback, UNDEFINED, list(args))
    except ThrowCompletion as exc:
        Call(capability.reject, UNDEFINED, [exc.value])
    else:
        Call(capability.resolve, UNDEFINED, [value])
    # 7.
    return capability.promise


PROMISE.getter("@@species")(lambda realm, this: this)   # 27.2.4.10 get Promise [ @@species ]


# -- 27.2.5 Properties of the Promise Prototype Object ------------------------------------


@PROMISE_PROTOTYPE.method("then", length=2)
def Promise_prototype_then(realm, this, on_fulfilled, on_rejected):
    """27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected )"""
    if not isinstance(this, JSPromise):
        throw_type_error("Method Promise.prototype.then called on incompatible receiver "
                         f"{describe_for_error(this)}")
    c = SpeciesConstructor(this, realm.intrinsics["%Promise%"])
    result_capability = NewPromiseCapability(c)
    return PerformPromiseThen(this, on_fulfilled, on_rejected, result_capability)


@PROMISE_PROTOTYPE.method("catch", length=1)
def Promise_prototype_catch(realm, this, on_rejected):
    """27.2.5.1 Promise.prototype.catch ( onRejected )"""
    return Invoke(this, "then", [UNDEFINED, on_rejected])


@PROMISE_PROTOTYPE.method("finally", length=1)
def Promise_prototype_finally(realm, this, on_finally):
    """27.2.5.3 Promise.prototype.finally ( onFinally )"""
    if not isinstance(this, JSObject):
        throw_type_error("Method Promise.prototype.finally called on incompatible receiver "
                         f"{describe_for_error(this)}")
    c = SpeciesConstructor(this, realm.intrinsics["%Promise%"])
    if not IsCallable(on_finally):
        then_finally = catch_finally = on_finally
    else:
        def then_finally_closure(value):
            result = on_finally.Call(UNDEFINED, [])
            p = PromiseResolve(c, result)
            value_thunk = NativeClosure(realm, lambda: value, 0)
            return Invoke(p, "then", [value_thunk])

        def catch_finally_closure(reason):
            result = on_finally.Call(UNDEFINED, [])
            p = PromiseResolve(c, result)

            def thrower():
                raise ThrowCompletion(reason)
            return Invoke(p, "then", [NativeClosure(realm, thrower, 0)])

        then_finally = NativeClosure(realm, then_finally_closure, 1)
        catch_finally = NativeClosure(realm, catch_finally_closure, 1)
    return Invoke(this, "then", [then_finally, catch_finally])
