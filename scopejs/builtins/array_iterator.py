"""23.1.5 Array Iterator Objects: CreateArrayIterator and %ArrayIteratorPrototype%.

Also ``pristine_array_values(realm, value)``: a Python iterator over a JSArray's values when
iterating it with the original %Array.prototype.values% / %ArrayIteratorPrototype%.next would
be unobservable (used by Array.from, Map, Set ... to skip the JS iterator protocol)."""
from __future__ import annotations

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.abstract_ops import (
    CreateIterResultObject, LengthOfArrayLike, describe_for_error,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import EMPTY, SYMBOL_ITERATOR, UNDEFINED

KEY, VALUE, KEY_VALUE = 0, 1, 2

ARRAY_ITERATOR_PROTOTYPE = intrinsic("%ArrayIteratorPrototype%", prototype="%IteratorPrototype%",
                                     to_string_tag="Array Iterator")


class JSArrayIterator(JSObject):
    """23.1.5.3 Properties of Array Iterator Instances: [[IteratedArrayLike]] (``iterated``,
    None once exhausted), [[ArrayLikeNextIndex]] (``next_index``), [[ArrayLikeIterationKind]]
    (``kind``: KEY, VALUE or KEY_VALUE)."""

    __slots__ = ("iterated", "next_index", "kind")

    class_name = "Array Iterator"

    def __init__(self, proto, iterated, kind):
        JSObject.__init__(self, proto)
        self.iterated = iterated
        self.next_index = 0
        self.kind = kind


# 23.1.5.1 CreateArrayIterator ( array, kind )
def CreateArrayIterator(realm, array, kind: int) -> JSArrayIterator:  # noqa: N802
    return JSArrayIterator(realm.intrinsics["%ArrayIteratorPrototype%"], array, kind)


@ARRAY_ITERATOR_PROTOTYPE.method("next", length=0, intrinsic="%ArrayIteratorPrototype%.next")
def ArrayIteratorPrototype_next(realm, this):
    """23.1.5.2.1 %ArrayIteratorPrototype%.next ( )"""
    if this.__class__ is not JSArrayIterator:
        throw_type_error("Method Array Iterator.prototype.next called on incompatible receiver "
                         f"{describe_for_error(this)}")
    a = this.iterated
    if a is None:
        return CreateIterResultObject(UNDEFINED, True)
    index = this.next_index
    if a.__class__ is JSArray:
        length = a.get_length()
    else:
        length_of = getattr(a, "typed_array_length", None)   # typed arrays (their helper)
        length = length_of() if length_of is not None else LengthOfArrayLike(a)
    if index >= length:
        this.iterated = None
        return CreateIterResultObject(UNDEFINED, True)
    this.next_index = index + 1
    kind = this.kind
    if kind == KEY:
        return CreateIterResultObject(float(index), False)
    value = _element(a, index)
    if kind == VALUE:
        return CreateIterResultObject(value, False)
    return CreateIterResultObject(realm.new_array((float(index), value)), False)


def _element(a, index: int):
    if a.__class__ is JSArray:
        el = a.elements
        if el is not None and index < len(el):
            v = el[index]
            if v is not EMPTY:
                return v
    return a.Get(str(index), a)


def pristine_array_values(realm, value):
    """A Python generator of ``value``'s elements (live: the length is re-read each step, as
    %ArrayIteratorPrototype%.next does) when ``value`` is a JSArray with no own properties
    besides its elements, whose prototype is this realm's %Array.prototype% with the original
    @@iterator and %ArrayIteratorPrototype%.next: then the JS iteration protocol is
    unobservable. None otherwise."""
    if value.__class__ is not JSArray or value.props or value.proto is not realm.array_prototype:
        return None
    intrinsics = realm.intrinsics
    if realm.array_prototype.props.get(SYMBOL_ITERATOR) is not \
            intrinsics.get("%Array.prototype.values%"):
        return None
    it_proto = intrinsics["%ArrayIteratorPrototype%"]
    if it_proto.props.get("next") is not intrinsics.get("%ArrayIteratorPrototype%.next"):
        return None
    return _live_values(value)


def _live_values(arr):
    i = 0
    while True:
        el = arr.elements
        if el is None:
            if i >= arr.sparse_length:
                return
            yield arr.Get(str(i), arr)
        else:
            if i >= len(el):
                return
            v = el[i]
            yield arr.Get(str(i), arr) if v is EMPTY else v
        i += 1
