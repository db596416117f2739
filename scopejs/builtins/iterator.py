"""27.1 Iteration: %IteratorPrototype%, %AsyncIteratorPrototype% and the Async-from-Sync
Iterator Objects (27.1.5), whose CreateAsyncFromSyncIterator the agent reaches through
``agent.host_hooks["CreateAsyncFromSyncIterator"]`` (installed when a realm is created).

The ES2025 Iterator constructor and helpers are in builtins/iterator_helpers.py. The
Async-from-Sync ``throw`` without a sync ``throw`` method rejects with the value (the ES2023
algorithm, before the 2024 change that closes the iterator)."""
from __future__ import annotations

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.abstract_ops import (
    Call, CreateIterResultObject, GetIterator, GetMethod, IsCallable, IteratorClose,
    IteratorComplete, IteratorNext, IteratorRecord, IteratorValue, ToString,
)
from scopejs.runtime.abstract_ops.object_operations import describe_for_error
from scopejs.runtime.abstract_ops.promise_operations import (
    PerformPromiseThen, PromiseResolve, promise_for_intrinsic,
)
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, UNDEFINED, type_of

ITERATOR_PROTOTYPE = intrinsic("%IteratorPrototype%")


@ITERATOR_PROTOTYPE.method("@@iterator", length=0)
def IteratorPrototype_iterator(realm, this):
    """27.1.3.3.13 Iterator.prototype [ @@iterator ] ( ) (ES2023: %IteratorPrototype%)"""
    return this


ASYNC_ITERATOR_PROTOTYPE = intrinsic("%AsyncIteratorPrototype%")


@ASYNC_ITERATOR_PROTOTYPE.method("@@asyncIterator", length=0)
def AsyncIteratorPrototype_asyncIterator(realm, this):
    """27.1.4.1 %AsyncIteratorPrototype% [ @@asyncIterator ] ( )"""
    return this


def get_iterator_v8(realm, iterable):
    """GetIterator(iterable, sync) where V8 reports a missing @@iterator with its long
    message (Map/Set/WeakMap/WeakSet constructors, Promise combinators)."""
    try:
        return GetIterator(iterable, "sync")
    except ThrowCompletion as exc:
        raise ThrowCompletion(not_iterable_error(realm, iterable, exc)) from None


def not_iterable_error(realm, iterable, exc):
    """V8 words GetIterator's failure inside the combinators as
    "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"."""
    value = exc.value
    message = value.props.get("message") if isinstance(value, JSObject) else None
    if iterable is not UNDEFINED and iterable is not NULL and not (
            message.__class__ is str and message.endswith(" is not iterable")):
        return value                 # the @@iterator getter or method itself failed
    if isinstance(iterable, JSObject):
        what = "function" if IsCallable(iterable) else "object"
    elif iterable is UNDEFINED:
        what = "undefined"
    elif iterable is NULL:
        what = "object null"
    elif iterable.__class__ is bool:
        what = f"boolean {'true' if iterable else 'false'}"
    elif iterable.__class__ is float:
        what = f"number {ToString(iterable)}"
    elif iterable.__class__ is str:
        return exc.value
    else:
        what = type_of(iterable)
    return realm.new_error(
        "TypeError", f"{what} is not iterable (cannot read property Symbol(Symbol.iterator))")


# -- 27.1.4 Async-from-Sync Iterator Objects -------------------------------------------------


class JSAsyncFromSyncIterator(JSObject):
    """27.1.5.3 Properties of Async-from-Sync Iterator Instances: [[SyncIteratorRecord]]."""

    __slots__ = ("sync_iterator_record",)

    def __init__(self, proto, record):
        JSObject.__init__(self, proto)
        self.sync_iterator_record = record


ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE = intrinsic("%AsyncFromSyncIteratorPrototype%",
                                               prototype="%AsyncIteratorPrototype%")


# 27.1.5.1 CreateAsyncFromSyncIterator ( syncIteratorRecord )
def CreateAsyncFromSyncIterator(realm, sync_iterator_record):  # noqa: N802
    async_iterator = JSAsyncFromSyncIterator(
        realm.intrinsics["%AsyncFromSyncIteratorPrototype%"], sync_iterator_record)
    next_method = async_iterator.Get("next", async_iterator)
    return IteratorRecord(async_iterator, next_method, False)


@ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE.finalize
def _install_hook(realm, obj):
    realm.agent.host_hooks["CreateAsyncFromSyncIterator"] = (
        lambda record: CreateAsyncFromSyncIterator(realm, record))


# 27.1.5.4 AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord,
#          closeOnRejection )
def AsyncFromSyncIteratorContinuation(realm, result, promise, resolve, reject,  # noqa: N802
                                      sync_iterator_record, close_on_rejection):
    from scopejs.runtime.abstract_ops.promise_operations import PromiseCapability
    # 2-5. done and value, abrupt completions rejecting the promise.
    try:
        done = IteratorComplete(result)
        value = IteratorValue(result)
    except ThrowCompletion as exc:
        reject.Call(UNDEFINED, [exc.value])
        return promise
    # 6-8. valueWrapper; a throwing PromiseResolve closes the iterator first (unless done).
    try:
        value_wrapper = PromiseResolve(realm.intrinsics["%Promise%"], value)
    except ThrowCompletion as exc:
        if not done and close_on_rejection:
            try:
                IteratorClose(sync_iterator_record, exc)
            except ThrowCompletion as closed:
                exc = closed
        reject.Call(UNDEFINED, [exc.value])
        return promise

    # 9-13. The unwrap and closeIterator closures never escape: Python reaction handlers
    # (see promise_operations), so not wrapping them in function objects is unobservable.
    def unwrap(v):
        return CreateIterResultObject(v, done)

    if done or not close_on_rejection:
        on_rejected = None
    else:
        def on_rejected(error):
            # 13.a.i Return ? IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
            IteratorClose(sync_iterator_record, ThrowCompletion(error))
    # 14.
    PerformPromiseThen(value_wrapper, unwrap, on_rejected,
                       PromiseCapability(promise, resolve, reject))
    return promise


def _sync_record(this):
    return this.sync_iterator_record if isinstance(this, JSAsyncFromSyncIterator) else None


@ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE.method("next", length=1)
def AsyncFromSyncIteratorPrototype_next(realm, this, *args):
    """27.1.5.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )"""
    promise, resolve, reject = promise_for_intrinsic(realm)
    record = _sync_record(this)
    try:
        if record is None:
            throw_type_error("not an Async-from-Sync Iterator")
        result = IteratorNext(record, args[0]) if args else IteratorNext(record)
    except ThrowCompletion as exc:
        reject.Call(UNDEFINED, [exc.value])
        return promise
    return AsyncFromSyncIteratorContinuation(realm, result, promise, resolve, reject, record, True)


def _return_or_throw(realm, this, args, name):
    """27.1.5.2.2 return and 27.1.5.2.3 throw: they differ only when the sync iterator lacks
    the method and in closeOnRejection."""
    promise, resolve, reject = promise_for_intrinsic(realm)
    record = _sync_record(this)
    value = args[0] if args else UNDEFINED
    try:
        if record is None:
            throw_type_error("not an Async-from-Sync Iterator")
        sync_iterator = record.iterator
        method = GetMethod(sync_iterator, name)
        if method is UNDEFINED:
            if name == "return":
                resolve.Call(UNDEFINED, [CreateIterResultObject(value, True)])
                return promise
            # throw 8.a-h: close the iterator (a throw from closing rejects), then reject
            # with a TypeError for the protocol violation.
            IteratorClose(record)
            throw_type_error("The iterator does not provide a 'throw' method")
        result = Call(method, sync_iterator, [args[0]] if args else [])
        if not isinstance(result, JSObject):
            throw_type_error(f"Iterator result {describe_for_error(result)} is not an object")
    except ThrowCompletion as exc:
        reject.Call(UNDEFINED, [exc.value])
        return promise
    return AsyncFromSyncIteratorContinuation(realm, result, promise, resolve, reject, record,
                                             name == "throw")


@ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE.method("return", length=1)
def AsyncFromSyncIteratorPrototype_return(realm, this, *args):
    """27.1.5.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )"""
    return _return_or_throw(realm, this, args, "return")


@ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE.method("throw", length=1)
def AsyncFromSyncIteratorPrototype_throw(realm, this, *args):
    """27.1.5.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )"""
    return _return_or_throw(realm, this, args, "throw")
