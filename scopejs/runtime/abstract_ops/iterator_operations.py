"""7.4 Operations on Iterator Objects."""
from __future__ import annotations

from scopejs.runtime.abstract_ops.object_operations import (
    Call, GetMethod, describe_for_error,
)
from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.execution import current_realm, surrounding_agent
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import SYMBOL_ASYNC_ITERATOR, SYMBOL_ITERATOR, UNDEFINED

__all__ = [
    "IteratorRecord", "GetIterator", "GetIteratorFromMethod", "IteratorNext", "IteratorComplete",
    "IteratorValue", "IteratorStep", "IteratorStepValue", "IteratorClose",
    "AsyncIteratorClose", "CreateIterResultObject", "CreateIteratorResultObject", "CreateListIteratorRecord",
    "IteratorToList", "DONE",
]


class _Done:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<done>"


DONE = _Done()   # IteratorStepValue's "done" result (never a JS value)


class IteratorRecord:
    """7.4.1 Iterator Records: [[Iterator]] ``iterator``, [[NextMethod]] ``next_method``,
    [[Done]] ``done``. ``python_iterator`` is set for records made by
    CreateListIteratorRecord (no JS object involved)."""

    __slots__ = ("iterator", "next_method", "done", "python_iterator")

    def __init__(self, iterator, next_method, done: bool = False, python_iterator=None):
        self.iterator = iterator
        self.next_method = next_method
        self.done = done
        self.python_iterator = python_iterator


# 7.4.3 GetIteratorFromMethod ( obj, method )
def GetIteratorFromMethod(obj, method) -> IteratorRecord:  # noqa: N802
    iterator = Call(method, obj)
    if not isinstance(iterator, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    next_method = iterator.Get("next", iterator)
    return IteratorRecord(iterator, next_method, False)


# 7.4.4 GetIterator ( obj, kind )
def GetIterator(obj, kind: str = "sync") -> IteratorRecord:  # noqa: N802
    """``kind`` is 'sync' or 'async'."""
    if kind == "async":
        method = GetMethod(obj, SYMBOL_ASYNC_ITERATOR)
        if method is UNDEFINED:
            sync_method = GetMethod(obj, SYMBOL_ITERATOR)
            if sync_method is UNDEFINED:
                throw_type_error(f"{describe_for_error(obj)} is not async iterable")
            sync_record = GetIteratorFromMethod(obj, sync_method)
            hook = surrounding_agent().host_hooks.get("CreateAsyncFromSyncIterator")
            if hook is None:
                throw_type_error("async iteration of sync iterables is not available")
            return hook(sync_record)
    else:
        method = GetMethod(obj, SYMBOL_ITERATOR)
    if method is UNDEFINED:
        throw_type_error(f"{describe_for_error(obj)} is not iterable")
    return GetIteratorFromMethod(obj, method)


# 7.4.6 IteratorNext ( iteratorRecord [ , value ] )
def IteratorNext(record: IteratorRecord, value=None):  # noqa: N802
    try:
        if value is None:
            result = Call(record.next_method, record.iterator)
        else:
            result = Call(record.next_method, record.iterator, [value])
    except ThrowCompletion:
        record.done = True
        raise
    if not isinstance(result, JSObject):
        record.done = True
        throw_type_error(f"Iterator result {describe_for_error(result)} is not an object")
    return result


# 7.4.7 IteratorComplete ( iterResult )
def IteratorComplete(result) -> bool:  # noqa: N802
    return ToBoolean(result.Get("done", result))


# 7.4.8 IteratorValue ( iterResult )
def IteratorValue(result):  # noqa: N802
    return result.Get("value", result)


# 7.4.9 IteratorStep ( iteratorRecord )
def IteratorStep(record: IteratorRecord):  # noqa: N802
    """The result object, or False when done."""
    result = IteratorNext(record)
    try:
        done = IteratorComplete(result)
    except ThrowCompletion:
        record.done = True
        raise
    if done:
        record.done = True
        return False
    return result


# 7.4.10 IteratorStepValue ( iteratorRecord )
def IteratorStepValue(record: IteratorRecord):  # noqa: N802
    """The next value, or DONE."""
    py = record.python_iterator
    if py is not None:
        for v in py:
            return v
        record.done = True
        return DONE
    result = IteratorStep(record)
    if result is False:
        return DONE
    try:
        return IteratorValue(result)
    except ThrowCompletion:
        record.done = True
        raise


# 7.4.11 IteratorClose ( iteratorRecord, completion )
def IteratorClose(record: IteratorRecord, error: ThrowCompletion | None = None) -> None:  # noqa: N802
    """Close the iterator. With ``error`` (a throw completion in flight) errors from
    ``return`` are ignored and ``error`` is re-raised; without it, a throwing or non-object
    ``return`` result is reported."""
    if record.python_iterator is not None:
        if error is not None:
            raise error
        return
    iterator = record.iterator
    try:
        ret = GetMethod(iterator, "return")
        if ret is UNDEFINED:
            if error is not None:
                raise error
            return
        inner = Call(ret, iterator)
    except ThrowCompletion:
        if error is not None:
            raise error from None
        raise
    if error is not None:
        raise error
    if not isinstance(inner, JSObject):
        throw_type_error(f"Iterator result {describe_for_error(inner)} is not an object")


# 7.4.14 AsyncIteratorClose ( iteratorRecord, completion ) -- the await is the caller's job:
def AsyncIteratorClose(record: IteratorRecord):  # noqa: N802
    """Return the ``return`` method's result to be awaited, or UNDEFINED if there is none."""
    ret = GetMethod(record.iterator, "return")
    if ret is UNDEFINED:
        return UNDEFINED
    return Call(ret, record.iterator)


# 7.4.16 CreateIteratorResultObject ( value, done )  (ES2023 name: CreateIterResultObject)
def CreateIterResultObject(value, done: bool) -> JSObject:  # noqa: N802
    obj = JSObject(current_realm().object_prototype)
    obj.props["value"] = value
    obj.props["done"] = done
    return obj


CreateIteratorResultObject = CreateIterResultObject


# 7.4.17 CreateListIteratorRecord ( list )
def CreateListIteratorRecord(values) -> IteratorRecord:  # noqa: N802
    """An iterator record over a Python list, without allocating a JS iterator object."""
    return IteratorRecord(UNDEFINED, UNDEFINED, False, iter(values))


# 7.4.18 IteratorToList ( iteratorRecord )
def IteratorToList(record: IteratorRecord) -> list:  # noqa: N802
    if record.python_iterator is not None:
        return list(record.python_iterator)
    out = []
    while True:
        v = IteratorStepValue(record)
        if v is DONE:
            return out
        out.append(v)


