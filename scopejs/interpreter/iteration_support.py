"""Iteration helpers for the handlers: GetIterator with an array fast path, spread, for-in."""
from __future__ import annotations

from scopejs.runtime.abstract_ops.iterator_operations import (
    GetIterator, GetIteratorFromMethod, IteratorRecord, IteratorToList,
)
from scopejs.runtime.abstract_ops.object_operations import GetMethod
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.abstract_ops.type_conversion import ToObject
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import EMPTY, NULL, SYMBOL_ITERATOR, UNDEFINED


def _array_iteration_untouched(arr) -> bool:
    """True when iterating ``arr`` would run the original %Array.prototype.values% and
    %ArrayIteratorPrototype%.next (so a Python iteration is unobservably equivalent)."""
    if arr.__class__ is not JSArray or arr.props:
        return False
    proto = arr.proto
    from scopejs.runtime.execution import current_realm
    r = current_realm()
    if r is None or proto is not r.array_prototype:
        return False
    values = r.intrinsics.get("%Array.prototype.values%")
    it_proto = r.intrinsics.get("%ArrayIteratorPrototype%")
    if values is None or it_proto is None:
        return False
    if proto.props.get(SYMBOL_ITERATOR) is not values:
        return False
    next_fn = it_proto.props.get("next")
    original_next = r.intrinsics.get("%ArrayIteratorPrototype%.next")
    return original_next is not None and next_fn is original_next


def _live_array_values(arr):
    """Like %ArrayIteratorPrototype%.next: re-reads the length at every step."""
    i = 0
    while True:
        el = arr.elements
        if el is None:
            length = arr.get_length()
            if i >= length:
                return
            yield arr.Get(str(i), arr)
        else:
            if i >= len(el):
                return
            v = el[i]
            yield arr.Get(str(i), arr) if v is EMPTY else v
        i += 1


def get_iterator(value, kind="sync", not_iterable=None):
    """7.4.4 GetIterator; ``not_iterable()`` raises the TypeError for a missing @@iterator
    (V8 words it from the source text, see messages.py)."""
    if kind == "sync":
        if value.__class__ is JSArray and _array_iteration_untouched(value):
            return IteratorRecord(value, UNDEFINED, False, _live_array_values(value))
        method = GetMethod(value, SYMBOL_ITERATOR)
        if method is UNDEFINED:
            if not_iterable is not None:
                not_iterable()
            from scopejs.runtime.abstract_ops.object_operations import describe_for_error
            throw_type_error(f"{describe_for_error(value)} is not iterable")
        if not isinstance(method, JSFunctionBase) and not_iterable is not None:
            not_iterable()
        return GetIteratorFromMethod(value, method)
    return GetIterator(value, kind)


def _spread_error():
    throw_type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function")


def iterate_to_list(value):
    """The values of ``...value`` in an argument list (spread in calls)."""
    return IteratorToList(get_iterator(value, "sync", _spread_error))


class ForInEnumerator:
    """14.7.5.9 EnumerateObjectProperties, V8-style: the keys of every object on the chain are
    collected when the loop reaches that object; a key is produced only if the receiver still
    has it (V8's ForInFilter), shadowed keys are skipped."""

    __slots__ = ("receiver", "current", "keys", "index", "seen")

    def __init__(self, value):
        if value is UNDEFINED or value is NULL:
            self.receiver = None
            self.current = None
        else:
            self.receiver = ToObject(value)
            self.current = self.receiver
        self.keys = None
        self.index = 0
        self.seen = set()

    def next_key(self):
        while True:
            if self.keys is None:
                obj = self.current
                if obj is None:
                    return None
                keys = []
                for key in obj.OwnPropertyKeys():
                    if key.__class__ is not str:
                        continue
                    if key in self.seen:
                        continue
                    self.seen.add(key)
                    desc = obj.GetOwnProperty(key)
                    if desc is not None and desc.enumerable:
                        keys.append(key)
                self.keys = keys
                self.index = 0
            if self.index < len(self.keys):
                key = self.keys[self.index]
                self.index += 1
                obj = self.current
                if obj is self.receiver:
                    if obj.GetOwnProperty(key) is None:
                        continue
                elif not self.receiver.HasProperty(key):
                    continue
                return key
            proto = self.current.GetPrototypeOf()
            self.current = proto if isinstance(proto, JSObject) else None
            self.keys = None
