"""23.1 Array Objects: the Array constructor, Array.from/of/isArray and every ES2023
Array.prototype method. Declaration order follows node's own-key order.

Fast paths. Every method is written as the spec's algorithm over property keys; the dense
JSArray representation is used only where that is unobservable:
- element reads (``_has_get``/``_get``): for a JSArray whose ``elements`` list holds a value
  (not EMPTY) at index k, HasProperty(k) is true and Get(k) returns that value (dense elements
  are WEC data properties), so the list is read directly; anything else (a hole, sparse mode,
  another object) takes the generic HasProperty/Get path, which consults the prototype chain.
- element writes into a fresh array (``_create``): CreateDataPropertyOrThrow on a dense,
  extensible JSArray at index == length is an append.
- whole-array rewrites (``_pristine``): a dense JSArray without holes, extensible, with a
  writable length and no non-index own properties: every step of shift/unshift/splice/reverse
  /sort/fill/copyWithin only reads and writes own WEC data properties, so doing it on the list
  gives the same result (no getter, setter, proxy or prototype property can run or be seen).
"""
from __future__ import annotations

import functools
import math
import threading

from scopejs.builtins.array_iterator import (
    KEY, KEY_VALUE, VALUE, CreateArrayIterator, pristine_array_values,
)
from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.execution import CHUNK, chunks, tick, ticking
from scopejs.runtime.abstract_ops import (
    DONE, Construct, CreateDataPropertyOrThrow, DeletePropertyOrThrow, GetFunctionRealm,
    GetIteratorFromMethod, GetMethod, GetPrototypeFromConstructor, Invoke, IsArray,
    IsConstructor, IsStrictlyEqual, IteratorClose, IteratorStepValue, LengthOfArrayLike,
    SameValueZero, Set, ToBoolean, ToIntegerOrInfinity, ToNumber, ToObject, ToString,
    ToUint32, describe_for_error,
)
from scopejs.runtime.completion import ThrowCompletion, throw_range_error, throw_type_error
from scopejs.runtime.length_limits import (
    MAX_ARRAY_LENGTH, check_string_length, throw_invalid_array_length,
)
from scopejs.runtime.objects.arrays import ArrayCreate, JSArray
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject, array_index
from scopejs.runtime.property import Accessor
from scopejs.runtime.values import (
    EMPTY, NULL, SYMBOL_IS_CONCAT_SPREADABLE, SYMBOL_ITERATOR, SYMBOL_SPECIES, UNDEFINED,
)

MAX_SAFE_INTEGER = 2 ** 53 - 1
_MISSING = object()

ARRAY_PROTOTYPE = intrinsic("%Array.prototype%", create=lambda realm: JSArray(NULL))
ARRAY = constructor("%Array%", length=1, instance_prototype="%Array.prototype%")


# -- element access helpers (see the module docstring) ---------------------------------------

def _has_get(o, k: int):
    """HasProperty(O, k) ? Get(O, k) : _MISSING."""
    if o.__class__ is JSArray:
        el = o.elements
        if el is not None and k < len(el):
            v = el[k]
            if v is not EMPTY:
                return v
    key = str(k)
    if o.HasProperty(key):
        return o.Get(key, o)
    return _MISSING


def _get(o, k: int):
    if o.__class__ is JSArray:
        el = o.elements
        if el is not None and k < len(el):
            v = el[k]
            if v is not EMPTY:
                return v
    return o.Get(str(k), o)


def _has(o, k: int) -> bool:
    if o.__class__ is JSArray:
        el = o.elements
        if el is not None and k < len(el) and el[k] is not EMPTY:
            return True
    return o.HasProperty(str(k))


def _set(o, k: int, value) -> None:
    """Set(O, k, value, true)."""
    if o.__class__ is JSArray:
        el = o.elements
        if el is not None and k < len(el) and el[k] is not EMPTY:
            el[k] = value
            return
    Set(o, str(k), value, True)


def _create(a, k: int, value) -> None:
    """CreateDataPropertyOrThrow(A, k, value)."""
    if a.__class__ is JSArray:
        el = a.elements
        if el is not None and k == len(el) and a.extensible and a.length_writable:
            el.append(value)
            return
    CreateDataPropertyOrThrow(a, str(k), value)


def _delete(o, k: int) -> None:
    DeletePropertyOrThrow(o, str(k))


def _set_length(o, n: int) -> None:
    Set(o, "length", float(n), True)


def _length(o) -> int:
    if o.__class__ is JSArray:
        return o.get_length()
    return LengthOfArrayLike(o)


def _sparse_elements(o, lo: int, hi: int, target):
    """The (k, value) of the own array indices lo <= k < hi of a sparse JSArray ``o``, by k, when
    visiting only those is unobservably the same as the spec's walk over every k (HasProperty,
    Get, then a write into ``target``); otherwise None.

    Unobservable because: every own index of ``o`` is a data property (no getter runs, so
    nothing can add or delete an index during the walk); no object on its prototype chain has
    any index property and none is exotic (HasProperty of a hole is false and runs no code);
    and ``target`` is a JSArray other than ``o`` (defining its elements runs no code and
    cannot change ``o``). A length of 2**32 - 1 with a handful of elements is then a handful
    of steps instead of four billion."""
    if o.__class__ is not JSArray or o.elements is not None or target is o \
            or not isinstance(target, JSArray):
        return None
    p = o.proto
    while p is not NULL:
        if p.__class__ is JSArray and p.elements is not None:
            if any(v is not EMPTY for v in p.elements):
                return None
        elif not (p.plain_props and p.ordinary_get_set) \
                or any(array_index(key) >= 0 for key in p.props):
            return None
        p = p.proto
    found = []
    for key, v in o.props.items():
        k = array_index(key)
        if k >= 0:
            if v.__class__ is Accessor:
                return None
            if lo <= k < hi:
                found.append((k, v))
    found.sort(key=lambda item: item[0])
    return found


def _pristine(o) -> bool:
    """A dense JSArray without holes whose elements may be rewritten as a list (module
    docstring)."""
    if o.__class__ is not JSArray:
        return False
    el = o.elements
    return (el is not None and o.extensible and o.length_writable and not o.props
            and _has_no_holes(el))


def _has_no_holes(el: list) -> bool:
    """``EMPTY not in el``, a chunk at a time for a long list (the scan compares every
    element: half a second for 16M, which the limits can interrupt this way)."""
    if len(el) <= CHUNK:
        return EMPTY not in el
    return not any(EMPTY in el[start:stop] for start, stop in chunks(len(el)))


def _relative(value, length: int, default: int) -> int:
    """The clamp of a relative index argument (start/end/target): ToIntegerOrInfinity, then
    negative counts from the end, clamped to [0, length]."""
    if value is UNDEFINED:
        return default
    rel = ToIntegerOrInfinity(value)
    if rel < 0:
        return int(max(length + rel, 0)) if rel != -math.inf else 0
    return int(min(rel, length))


def _callable(callback):
    if not isinstance(callback, JSFunctionBase):
        throw_type_error(f"{describe_for_error(callback)} is not a function")
    return callback


# 10.4.2.3 ArraySpeciesCreate ( originalArray, length )
def ArraySpeciesCreate(realm, original, length: int):  # noqa: N802
    if not IsArray(original):
        return _new_array(realm, length)
    c = original.Get("constructor", original)
    if IsConstructor(c):
        c_realm = GetFunctionRealm(c)
        if c_realm is not realm and c is c_realm.intrinsics.get("%Array%"):
            c = UNDEFINED
    if isinstance(c, JSObject):
        c = c.Get(SYMBOL_SPECIES, c)
        if c is NULL:
            c = UNDEFINED
    if c is UNDEFINED:
        return _new_array(realm, length)
    if not IsConstructor(c):
        throw_type_error("object.constructor[Symbol.species] is not a constructor")
    if c is realm.intrinsics["%Array%"]:
        return _new_array(realm, length)     # = Construct(%Array%, « length ») (23.1.1.1)
    return Construct(c, [float(length)])


def _is_fresh(a, n: int) -> bool:
    """``a`` is an extensible dense JSArray of ``n`` holes and nothing else (what
    ArrayCreate(n) returns): defining its indices 0..n-1 in order is filling the list."""
    if a.__class__ is not JSArray or a.props or not a.extensible or not a.length_writable:
        return False
    el = a.elements
    return el is not None and len(el) == n and (n == 0 or el.count(EMPTY) == n)


def _no_proto_indices(o, start: int, stop: int) -> bool:
    """No prototype of JSArray ``o`` has (or could intercept) indices start..stop-1, so a Set
    that creates them only defines own data properties."""
    if start >= stop:
        return True
    p = o.proto
    while p is not NULL:
        if p.__class__ is JSArray:
            el = p.elements
            if el is None:
                if _has_any_key(p.props, start, stop):
                    return False
            elif start < len(el) and any(v is not EMPTY for v in el[start:stop]):
                return False
        elif p.plain_props and p.ordinary_get_set:
            props = p.props
            if props and (str(start) in props if stop - start == 1    # (a push's one key)
                          else _has_any_key(props, start, stop)):
                return False
        else:
            return False          # exotic prototype (proxy, typed array ...): be generic
        p = p.proto
    return True


def _has_any_key(props, start, stop):
    """Whether ``props`` has one of the index keys start..stop-1."""
    return any(str(i) in props for i in range(start, stop))


_DENSE_RESULT_LIMIT = 1 << 22


def _new_array(realm, length: int = 0) -> JSArray:
    """ArrayCreate(length) for a result array the method is about to fill: dense (a list of
    holes) up to 4M elements even where ArrayCreate would start sparse, since map/slice/...
    fill every index in order (the representation is unobservable)."""
    if 0 < length <= _DENSE_RESULT_LIMIT:
        return JSArray(realm.array_prototype, [EMPTY] * length)
    return ArrayCreate(length, realm.array_prototype)


# -- 23.1.1 The Array Constructor ------------------------------------------------------------


@ARRAY.behavior
def Array(realm, new_target, *values):
    """23.1.1.1 Array ( ...values )"""
    if new_target is UNDEFINED or new_target is realm.intrinsics["%Array%"]:
        proto = realm.array_prototype
    else:
        proto = GetPrototypeFromConstructor(new_target, "%Array.prototype%")
    n = len(values)
    if n == 0:
        return JSArray(proto, [])
    if n == 1:
        length = values[0]
        if length.__class__ is not float:
            return JSArray(proto, [length])
        int_len = ToUint32(length)
        if float(int_len) != length:
            throw_invalid_array_length()
        return ArrayCreate(int_len, proto)
    return JSArray(proto, list(values))


@ARRAY.method("isArray", length=1)
def Array_isArray(realm, this, arg):
    """23.1.2.3 Array.isArray ( arg )"""
    return IsArray(arg)


@ARRAY.method("from", length=1)
def Array_from(realm, this, items, mapfn, this_arg):
    """23.1.2.1 Array.from ( items [ , mapper [ , thisArg ] ] )"""
    c = this
    mapping = mapfn is not UNDEFINED
    if mapping and not isinstance(mapfn, JSFunctionBase):
        throw_type_error(f"{describe_for_error(mapfn)} is not a function")
    using_iterator = GetMethod(items, SYMBOL_ITERATOR)
    if using_iterator is not UNDEFINED:
        a = Construct(c, []) if IsConstructor(c) else _new_array(realm)
        fast = pristine_array_values(realm, items)
        if fast is not None and a.__class__ is JSArray:
            k = 0
            for value in fast:
                if mapping:
                    value = mapfn.Call(this_arg, [value, float(k)])
                _create(a, k, value)
                k += 1
            _set_length(a, k)
            return a
        record = GetIteratorFromMethod(items, using_iterator)
        k = 0
        while True:
            tick()
            value = IteratorStepValue(record)
            if value is DONE:
                _set_length(a, k)
                return a
            try:
                if mapping:
                    value = mapfn.Call(this_arg, [value, float(k)])
                _create(a, k, value)
            except ThrowCompletion as exc:
                IteratorClose(record, exc)
            k += 1
    array_like = ToObject(items)
    length = LengthOfArrayLike(array_like)
    a = Construct(c, [float(length)]) if IsConstructor(c) else _new_array(realm, length)
    for k in range(length):
        tick()
        value = _get(array_like, k)
        if mapping:
            value = mapfn.Call(this_arg, [value, float(k)])
        _create_or_define(a, k, value)
    _set_length(a, length)
    return a


def _create_or_define(a, k, value):
    if a.__class__ is JSArray:
        el = a.elements
        if el is not None and k < len(el) and el[k] is EMPTY and a.extensible:
            el[k] = value
            return
    _create(a, k, value)


@ARRAY.method("of", length=0)
def Array_of(realm, this, *items):
    """23.1.2.4 Array.of ( ...items )"""
    length = len(items)
    c = this
    if IsConstructor(c):
        a = Construct(c, [float(length)])
    else:
        a = _new_array(realm, length)
    for k, item in enumerate(items):
        _create_or_define(a, k, item)
    _set_length(a, length)
    return a


ARRAY.getter("@@species")(lambda realm, this: this)   # 23.1.2.6 get Array [ @@species ]


# -- 23.1.3 Properties of the Array Prototype Object -----------------------------------------


@ARRAY_PROTOTYPE.method("at", length=1)
def Array_prototype_at(realm, this, index):
    """23.1.3.1 Array.prototype.at ( index )"""
    o = ToObject(this)
    length = _length(o)
    rel = ToIntegerOrInfinity(index)
    k = rel if rel >= 0 else length + rel
    if k < 0 or k >= length:
        return UNDEFINED
    return _get(o, int(k))


# 23.1.3.2.1 IsConcatSpreadable ( O )
def IsConcatSpreadable(o) -> bool:  # noqa: N802
    if not isinstance(o, JSObject):
        return False
    spreadable = o.Get(SYMBOL_IS_CONCAT_SPREADABLE, o)
    if spreadable is not UNDEFINED:
        return ToBoolean(spreadable)
    return IsArray(o)


@ARRAY_PROTOTYPE.method("concat", length=1)
def Array_prototype_concat(realm, this, *items):
    """23.1.3.2 Array.prototype.concat ( ...items )"""
    o = ToObject(this)
    a = ArraySpeciesCreate(realm, o, 0)
    n = 0
    for e in (o, *items):
        if IsConcatSpreadable(e):
            length = _length(e)
            if n + length > MAX_SAFE_INTEGER:
                throw_type_error("Invalid array length")
            if (a.__class__ is JSArray and a.elements is not None and len(a.elements) == n
                    and e.__class__ is JSArray and e.elements is not None
                    and a.extensible and a.length_writable and _has_no_holes(e.elements)):
                a.elements.extend(e.elements)     # dense copy: every index exists (module doc)
                n += length
                continue
            present = _sparse_elements(e, 0, length, a)
            if present is not None:
                for k, v in present:
                    tick()
                    _create(a, n + k, v)
                n += length
                continue
            for k in range(length):
                tick()
                v = _has_get(e, k)
                if v is not _MISSING:
                    _create(a, n, v)
                n += 1
        else:
            if n >= MAX_SAFE_INTEGER:
                throw_type_error("Invalid array length")
            _create(a, n, e)
            n += 1
    _set_length(a, n)
    return a


@ARRAY_PROTOTYPE.method("copyWithin", length=2)
def Array_prototype_copyWithin(realm, this, target, start, end):
    """23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )"""
    o = ToObject(this)
    length = _length(o)
    to = _relative(target, length, 0)
    frm = _relative(start, length, 0)
    final = _relative(end, length, length)
    count = min(final - frm, length - to)
    if count <= 0:
        return o
    if _pristine(o) and len(o.elements) == length:    # (coercions above may resize it)
        el = o.elements
        el[to:to + count] = el[frm:frm + count]
        return o
    if frm < to < frm + count:
        direction = -1
        frm += count - 1
        to += count - 1
    else:
        direction = 1
    while count > 0:
        tick()
        v = _has_get(o, frm)
        if v is not _MISSING:
            _set(o, to, v)
        else:
            _delete(o, to)
        frm += direction
        to += direction
        count -= 1
    return o


@ARRAY_PROTOTYPE.method("fill", length=1)
def Array_prototype_fill(realm, this, value, start, end):
    """23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )"""
    o = ToObject(this)
    length = _length(o)
    k = _relative(start, length, 0)
    final = _relative(end, length, length)
    if k < final and _pristine(o) and len(o.elements) == length:
        o.elements[k:final] = [value] * (final - k)
        return o
    while k < final:
        tick()
        Set(o, str(k), value, True)
        k += 1
    return o


# 23.1.3.12.1 FindViaPredicate ( O, len, direction, predicate, thisArg )
def FindViaPredicate(o, length, ascending, predicate, this_arg):  # noqa: N802
    """(index, value) of the first element for which ``predicate`` is truthy, or (-1, undefined)."""
    _callable(predicate)
    indices = range(length) if ascending else range(length - 1, -1, -1)
    call = predicate.caller()
    for k in indices:
        tick()
        v = _get(o, k)
        if ToBoolean(call(this_arg, [v, float(k), o])):
            return k, v
    return -1, UNDEFINED


@ARRAY_PROTOTYPE.method("find", length=1)
def Array_prototype_find(realm, this, predicate, this_arg):
    """23.1.3.9 Array.prototype.find ( predicate [ , thisArg ] )"""
    o = ToObject(this)
    return FindViaPredicate(o, _length(o), True, predicate, this_arg)[1]


@ARRAY_PROTOTYPE.method("findIndex", length=1)
def Array_prototype_findIndex(realm, this, predicate, this_arg):
    """23.1.3.10 Array.prototype.findIndex ( predicate [ , thisArg ] )"""
    o = ToObject(this)
    return float(FindViaPredicate(o, _length(o), True, predicate, this_arg)[0])


@ARRAY_PROTOTYPE.method("findLast", length=1)
def Array_prototype_findLast(realm, this, predicate, this_arg):
    """23.1.3.11 Array.prototype.findLast ( predicate [ , thisArg ] )"""
    o = ToObject(this)
    return FindViaPredicate(o, _length(o), False, predicate, this_arg)[1]


@ARRAY_PROTOTYPE.method("findLastIndex", length=1)
def Array_prototype_findLastIndex(realm, this, predicate, this_arg):
    """23.1.3.12 Array.prototype.findLastIndex ( predicate [ , thisArg ] )"""
    o = ToObject(this)
    return float(FindViaPredicate(o, _length(o), False, predicate, this_arg)[0])


@ARRAY_PROTOTYPE.method("lastIndexOf", length=1)
def Array_prototype_lastIndexOf(realm, this, search_element, *args):
    """23.1.3.20 Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )"""
    o = ToObject(this)
    length = _length(o)
    if length == 0:
        return -1.0
    if args:
        n = ToIntegerOrInfinity(args[0])
    else:
        n = length - 1
    if n == -math.inf:
        return -1.0
    k = int(min(n, length - 1)) if n >= 0 else int(length + n)
    while k >= 0:
        tick()
        v = _has_get(o, k)
        if v is not _MISSING and IsStrictlyEqual(search_element, v):
            return float(k)
        k -= 1
    return -1.0


@ARRAY_PROTOTYPE.method("pop", length=0)
def Array_prototype_pop(realm, this):
    """23.1.3.22 Array.prototype.pop ( )"""
    o = ToObject(this)
    if o.__class__ is JSArray and o.elements is not None and o.length_writable:
        # Dense: the last element is an own WEC data property (or the array is empty).
        el = o.elements
        if not el:
            return UNDEFINED
        if el[-1] is not EMPTY:
            return el.pop()
    length = _length(o)
    if length == 0:
        _set_length(o, 0)
        return UNDEFINED
    new_len = length - 1
    element = _get(o, new_len)
    _delete(o, new_len)
    _set_length(o, new_len)
    return element


@ARRAY_PROTOTYPE.method("push", length=1)
def Array_prototype_push(realm, this, *items):
    """23.1.3.23 Array.prototype.push ( ...items )"""
    o = this if this.__class__ is JSArray else ToObject(this)   # (ToObject's answer for one)
    if (o.__class__ is JSArray and o.elements is not None and o.extensible
            and o.length_writable
            and _no_proto_indices(o, len(o.elements), len(o.elements) + len(items))):
        # Dense and growable: each Set(O, len + i) only creates an own data property.
        el = o.elements
        el.extend(items)
        return float(len(el))
    length = _length(o)
    if length + len(items) > MAX_SAFE_INTEGER:
        throw_type_error(f"Pushing {len(items)} elements on an array-like of length {length} "
                         "is disallowed, as the total surpasses 2**53-1")
    for item in items:
        Set(o, str(length), item, True)
        length += 1
    _set_length(o, length)
    return float(length)


@ARRAY_PROTOTYPE.method("reverse", length=0)
def Array_prototype_reverse(realm, this):
    """23.1.3.26 Array.prototype.reverse ( )"""
    o = ToObject(this)
    if _pristine(o):
        # Fast path for dense arrays (no getters, no proxies): the mirrored slices swapped a
        # chunk at a time, so that the limits can interrupt a huge reverse.
        elements = o.elements
        n = len(elements)
        for start, stop in chunks(n // 2):
            low = elements[start:stop]
            elements[start:stop] = elements[n - stop:n - start][::-1]
            elements[n - stop:n - start] = low[::-1]
        return o
    length = _length(o)
    middle = length // 2
    lower = 0
    while lower != middle:
        tick()
        upper = length - lower - 1
        lower_value = _has_get(o, lower)
        upper_value = _has_get(o, upper)
        if lower_value is not _MISSING and upper_value is not _MISSING:
            _set(o, lower, upper_value)
            _set(o, upper, lower_value)
        elif upper_value is not _MISSING:
            _set(o, lower, upper_value)
            _delete(o, upper)
        elif lower_value is not _MISSING:
            _delete(o, lower)
            _set(o, upper, lower_value)
        lower += 1
    return o


@ARRAY_PROTOTYPE.method("shift", length=0)
def Array_prototype_shift(realm, this):
    """23.1.3.27 Array.prototype.shift ( )"""
    o = ToObject(this)
    if _pristine(o):
        el = o.elements
        return el.pop(0) if el else UNDEFINED
    length = _length(o)
    if length == 0:
        _set_length(o, 0)
        return UNDEFINED
    first = _get(o, 0)
    for k in range(1, length):
        tick()
        v = _has_get(o, k)
        if v is not _MISSING:
            _set(o, k - 1, v)
        else:
            _delete(o, k - 1)
    _delete(o, length - 1)
    _set_length(o, length - 1)
    return first


@ARRAY_PROTOTYPE.method("unshift", length=1)
def Array_prototype_unshift(realm, this, *items):
    """23.1.3.37 Array.prototype.unshift ( ...items )"""
    o = ToObject(this)
    if _pristine(o) and _no_proto_indices(o, len(o.elements), len(o.elements) + len(items)):
        o.elements[0:0] = items
        return float(len(o.elements))
    length = _length(o)
    count = len(items)
    if count > 0:
        if length + count > MAX_SAFE_INTEGER:
            throw_type_error("Invalid array length")
        k = length
        while k > 0:
            tick()
            v = _has_get(o, k - 1)
            if v is not _MISSING:
                Set(o, str(k + count - 1), v, True)
            else:
                _delete(o, k + count - 1)
            k -= 1
        for j, item in enumerate(items):
            Set(o, str(j), item, True)
    _set_length(o, length + count)
    return float(length + count)


@ARRAY_PROTOTYPE.method("slice", length=2)
def Array_prototype_slice(realm, this, start, end):
    """23.1.3.28 Array.prototype.slice ( start, end )"""
    o = ToObject(this)
    length = _length(o)
    k = _relative(start, length, 0)
    final = _relative(end, length, length)
    count = max(final - k, 0)
    a = ArraySpeciesCreate(realm, o, count)
    if (o.__class__ is JSArray and o.elements is not None and _is_fresh(a, count)
            and len(o.elements) == length and _has_no_holes(o.elements[k:final])):
        a.elements[:] = o.elements[k:final]     # every index in range exists
        return a
    present = _sparse_elements(o, k, final, a)
    if present is not None:
        for i, v in present:
            tick()
            _create_or_define(a, i - k, v)
        _set_length(a, count)
        return a
    n = 0
    while k < final:
        tick()
        v = _has_get(o, k)
        if v is not _MISSING:
            _create_or_define(a, n, v)
        k += 1
        n += 1
    _set_length(a, n)
    return a


# 23.1.3.30.2 CompareArrayElements ( x, y, comparator )
def CompareArrayElements(x, y, comparator) -> float:  # noqa: N802
    if x is UNDEFINED:
        return 0.0 if y is UNDEFINED else 1.0
    if y is UNDEFINED:
        return -1.0
    if comparator is not UNDEFINED:
        v = comparator.Call(UNDEFINED, [x, y])
        v = v if v.__class__ is float else ToNumber(v)
        return 0.0 if v != v else v
    xs = x if x.__class__ is str else ToString(x)
    ys = y if y.__class__ is str else ToString(y)
    return -1.0 if xs < ys else (1.0 if xs > ys else 0.0)


def _sort_values(values: list, comparator) -> list:
    """The sorted order of SortIndexedProperties step 5 (a stable merge sort: Python's
    TimSort, as V8 uses). undefined values sort last without calling the comparator."""
    defined = [v for v in values if v is not UNDEFINED]
    undefs = len(values) - len(defined)
    if comparator is UNDEFINED:
        if all(v.__class__ is str for v in defined):
            defined.sort()
        else:
            keyed = [(v if v.__class__ is str else ToString(v), i) for i, v in enumerate(defined)]
            keyed.sort(key=lambda kv: kv[0])
            defined = [defined[i] for _, i in keyed]
    else:
        # (CompareArrayElements steps 4.a-c: ToNumber of the comparator's result; list.sort
        # only asks cmp(x, y) < 0, so NaN and -0 answer as +0 does)
        cmp = comparator.positional_caller(UNDEFINED, 2, number=True)
        defined.sort(key=functools.cmp_to_key(cmp))
    defined.extend([UNDEFINED] * undefs)
    return defined


# 23.1.3.30.1 SortIndexedProperties ( obj, len, SortCompare, holes )
def SortIndexedProperties(o, length, comparator, skip_holes: bool) -> list:  # noqa: N802
    items = []
    for k in range(length):
        tick()
        if skip_holes:
            v = _has_get(o, k)
            if v is not _MISSING:
                items.append(v)
        else:
            items.append(_get(o, k))
    return _sort_values(items, comparator)


def _check_comparator(comparator):
    if comparator is not UNDEFINED and not isinstance(comparator, JSFunctionBase):
        throw_type_error("The comparison function must be either a function or undefined")


@ARRAY_PROTOTYPE.method("sort", length=1)
def Array_prototype_sort(realm, this, comparator):
    """23.1.3.30 Array.prototype.sort ( comparator )"""
    _check_comparator(comparator)
    o = ToObject(this)
    length = _length(o)
    if _pristine(o):
        sorted_list = _sort_values(list(o.elements), comparator)
        el = o.elements
        if el is not None and len(el) >= length and o.__class__ is JSArray:
            el[:length] = sorted_list      # the comparator may have appended: keep the tail
            return o
    else:
        sorted_list = SortIndexedProperties(o, length, comparator, True)
    item_count = len(sorted_list)
    for j, v in enumerate(sorted_list):
        tick()
        _set(o, j, v)
    for j in range(item_count, length):
        tick()
        _delete(o, j)
    return o


@ARRAY_PROTOTYPE.method("splice", length=2)
def Array_prototype_splice(realm, this, *args):
    """23.1.3.31 Array.prototype.splice ( start, deleteCount, ...items )"""
    o = ToObject(this)
    length = _length(o)
    start = args[0] if args else UNDEFINED
    actual_start = _relative(start, length, 0) if args else 0
    items = args[2:]
    item_count = len(items)
    if not args:
        delete_count = 0
    elif len(args) == 1:
        delete_count = length - actual_start
    else:
        dc = ToIntegerOrInfinity(args[1])
        delete_count = int(min(max(dc, 0), length - actual_start))
    if length + item_count - delete_count > MAX_SAFE_INTEGER:
        throw_type_error("Invalid array length")
    a = ArraySpeciesCreate(realm, o, delete_count)
    if (_pristine(o) and _is_fresh(a, delete_count) and a is not o
            and len(o.elements) == length
            and _no_proto_indices(o, length, length + item_count - delete_count)):
        el = o.elements
        a.elements[:] = el[actual_start:actual_start + delete_count]
        el[actual_start:actual_start + delete_count] = items
        return a
    for k in range(delete_count):
        tick()
        v = _has_get(o, actual_start + k)
        if v is not _MISSING:
            _create_or_define(a, k, v)
    _set_length(a, delete_count)
    if item_count < delete_count:
        k = actual_start
        while k < length - delete_count:
            tick()
            v = _has_get(o, k + delete_count)
            if v is not _MISSING:
                _set(o, k + item_count, v)
            else:
                _delete(o, k + item_count)
            k += 1
        k = length
        while k > length - delete_count + item_count:
            tick()
            _delete(o, k - 1)
            k -= 1
    elif item_count > delete_count:
        k = length - delete_count
        while k > actual_start:
            tick()
            v = _has_get(o, k + delete_count - 1)
            if v is not _MISSING:
                Set(o, str(k + item_count - 1), v, True)
            else:
                _delete(o, k + item_count - 1)
            k -= 1
    for j, item in enumerate(items):
        Set(o, str(actual_start + j), item, True)
    _set_length(o, length - delete_count + item_count)
    return a


@ARRAY_PROTOTYPE.method("includes", length=1)
def Array_prototype_includes(realm, this, search_element, from_index):
    """23.1.3.16 Array.prototype.includes ( searchElement [ , fromIndex ] )"""
    o = ToObject(this)
    length = _length(o)
    if length == 0:
        return False
    n = ToIntegerOrInfinity(from_index)
    if n == math.inf:
        return False
    if n == -math.inf:
        n = 0
    k = int(n) if n >= 0 else max(length + int(n), 0)
    if o.__class__ is JSArray and o.elements is not None and search_element.__class__ is str:
        el = o.elements
        if _has_no_holes(el):
            return any(search_element in el[max(k, start):stop]
                       for start, stop in chunks(len(el)))
    while k < length:
        tick()
        if SameValueZero(search_element, _get(o, k)):
            return True
        k += 1
    return False


@ARRAY_PROTOTYPE.method("indexOf", length=1)
def Array_prototype_indexOf(realm, this, search_element, from_index):
    """23.1.3.17 Array.prototype.indexOf ( searchElement [ , fromIndex ] )"""
    o = ToObject(this)
    length = _length(o)
    if length == 0:
        return -1.0
    n = ToIntegerOrInfinity(from_index)
    if n == math.inf:
        return -1.0
    if n == -math.inf:
        n = 0
    k = int(n) if n >= 0 else max(length + int(n), 0)
    while k < length:
        tick()
        v = _has_get(o, k)
        if v is not _MISSING and IsStrictlyEqual(search_element, v):
            return float(k)
        k += 1
    return -1.0


# V8: a cyclic join yields "" for the inner occurrence.  Per thread: Engines in other threads
# join their own arrays.
_JOIN = threading.local()


@ARRAY_PROTOTYPE.method("join", length=1)
def Array_prototype_join(realm, this, separator):
    """23.1.3.18 Array.prototype.join ( separator )"""
    o = ToObject(this)
    length = _length(o)
    sep = "," if separator is UNDEFINED else ToString(separator)
    join_stack = _JOIN.__dict__.setdefault("stack", [])
    for seen in join_stack:
        if seen is o:
            return ""
    join_stack.append(o)
    try:
        parts = []
        # The length of R so far: the separators first, checked once element 0 is read (V8
        # throws "Invalid string length" then, before reading the rest), then each element.
        total = (length - 1) * len(sep) if length else 0
        for k in range(length):
            tick()
            element = _get(o, k)
            if element is UNDEFINED or element is NULL:
                element = ""
            elif element.__class__ is not str:
                element = ToString(element)
            total += len(element)
            check_string_length(total)
            parts.append(element)
        return sep.join(parts)
    finally:
        join_stack.pop()


@ARRAY_PROTOTYPE.method("keys", length=0)
def Array_prototype_keys(realm, this):
    """23.1.3.19 Array.prototype.keys ( )"""
    return CreateArrayIterator(realm, ToObject(this), KEY)


@ARRAY_PROTOTYPE.method("entries", length=0)
def Array_prototype_entries(realm, this):
    """23.1.3.5 Array.prototype.entries ( )"""
    return CreateArrayIterator(realm, ToObject(this), KEY_VALUE)


@ARRAY_PROTOTYPE.method("values", length=0, intrinsic="%Array.prototype.values%")
def Array_prototype_values(realm, this):
    """23.1.3.38 Array.prototype.values ( )"""
    return CreateArrayIterator(realm, ToObject(this), VALUE)


@ARRAY_PROTOTYPE.method("forEach", length=1)
def Array_prototype_forEach(realm, this, callback, this_arg):
    """23.1.3.15 Array.prototype.forEach ( callback [ , thisArg ] )"""
    o = ToObject(this)
    length = _length(o)
    _callable(callback)
    call = callback.caller()
    for k in range(length):
        tick()
        v = _has_get(o, k)
        if v is not _MISSING:
            call(this_arg, [v, float(k), o])


@ARRAY_PROTOTYPE.method("filter", length=1)
def Array_prototype_filter(realm, this, callback, this_arg):
    """23.1.3.8 Array.prototype.filter ( callback [ , thisArg ] )"""
    o = ToObject(this)
    length = _length(o)
    _callable(callback)
    a = ArraySpeciesCreate(realm, o, 0)
    to = 0
    call = callback.caller()
    for k in range(length):
        tick()
        v = _has_get(o, k)
        if v is not _MISSING:
            if ToBoolean(call(this_arg, [v, float(k), o])):
                _create(a, to, v)
                to += 1
    return a


# 23.1.3.13.1 FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction
#             [ , thisArg ] ] )
def FlattenIntoArray(target, source, source_len, start, depth,  # noqa: N802
                     mapper=None, this_arg=UNDEFINED) -> int:
    target_index = start
    for source_index in range(source_len):
        tick()
        element = _has_get(source, source_index)
        if element is _MISSING:
            continue
        if mapper is not None:
            element = mapper.Call(this_arg, [element, float(source_index), source])
        should_flatten = depth > 0 and IsArray(element)
        if should_flatten:
            new_depth = depth - 1 if depth != math.inf else depth
            target_index = FlattenIntoArray(target, element, _length(element), target_index,
                                            new_depth)
        else:
            if target_index >= MAX_SAFE_INTEGER:
                throw_type_error("Invalid array length")
            _create(target, target_index, element)
            target_index += 1
    return target_index


@ARRAY_PROTOTYPE.method("flat", length=0)
def Array_prototype_flat(realm, this, depth):
    """23.1.3.13 Array.prototype.flat ( [ depth ] )"""
    o = ToObject(this)
    source_len = _length(o)
    depth_num = 1
    if depth is not UNDEFINED:
        depth_num = ToIntegerOrInfinity(depth)
        if depth_num < 0:
            depth_num = 0
    a = ArraySpeciesCreate(realm, o, 0)
    FlattenIntoArray(a, o, source_len, 0, depth_num)
    return a


@ARRAY_PROTOTYPE.method("flatMap", length=1)
def Array_prototype_flatMap(realm, this, mapper, this_arg):
    """23.1.3.14 Array.prototype.flatMap ( mapperFunction [ , thisArg ] )"""
    o = ToObject(this)
    source_len = _length(o)
    if not isinstance(mapper, JSFunctionBase):
        throw_type_error("flatMap mapper function is not callable")
    a = ArraySpeciesCreate(realm, o, 0)
    FlattenIntoArray(a, o, source_len, 0, 1, mapper, this_arg)
    return a


@ARRAY_PROTOTYPE.method("map", length=1)
def Array_prototype_map(realm, this, callback, this_arg):
    """23.1.3.21 Array.prototype.map ( callback [ , thisArg ] )"""
    o = ToObject(this)
    length = _length(o)
    _callable(callback)
    a = ArraySpeciesCreate(realm, o, length)
    call = callback.caller()
    for k in range(length):
        tick()
        v = _has_get(o, k)
        if v is not _MISSING:
            _create_or_define(a, k, call(this_arg, [v, float(k), o]))
    return a


@ARRAY_PROTOTYPE.method("every", length=1)
def Array_prototype_every(realm, this, callback, this_arg):
    """23.1.3.6 Array.prototype.every ( callback [ , thisArg ] )"""
    o = ToObject(this)
    length = _length(o)
    _callable(callback)
    call = callback.caller()
    for k in range(length):
        tick()
        v = _has_get(o, k)
        if v is not _MISSING and not ToBoolean(call(this_arg, [v, float(k), o])):
            return False
    return True


@ARRAY_PROTOTYPE.method("some", length=1)
def Array_prototype_some(realm, this, callback, this_arg):
    """23.1.3.29 Array.prototype.some ( callback [ , thisArg ] )"""
    o = ToObject(this)
    length = _length(o)
    _callable(callback)
    call = callback.caller()
    for k in range(length):
        tick()
        v = _has_get(o, k)
        if v is not _MISSING and ToBoolean(call(this_arg, [v, float(k), o])):
            return True
    return False


def _reduce(o, callback, args, indices):
    _callable(callback)
    it = iter(indices)
    if len(args) > 1:
        accumulator = args[1]
    else:
        for k in it:
            tick()
            v = _has_get(o, k)
            if v is not _MISSING:
                accumulator = v
                break
        else:
            throw_type_error("Reduce of empty array with no initial value")
    call = callback.caller()
    for k in it:
        tick()
        v = _has_get(o, k)
        if v is not _MISSING:
            accumulator = call(UNDEFINED, [accumulator, v, float(k), o])
    return accumulator


@ARRAY_PROTOTYPE.method("reduce", length=1)
def Array_prototype_reduce(realm, this, *args):
    """23.1.3.24 Array.prototype.reduce ( callback [ , initialValue ] )"""
    o = ToObject(this)
    length = _length(o)
    return _reduce(o, args[0] if args else UNDEFINED, args, range(length))


@ARRAY_PROTOTYPE.method("reduceRight", length=1)
def Array_prototype_reduceRight(realm, this, *args):
    """23.1.3.25 Array.prototype.reduceRight ( callback [ , initialValue ] )"""
    o = ToObject(this)
    length = _length(o)
    return _reduce(o, args[0] if args else UNDEFINED, args, range(length - 1, -1, -1))


@ARRAY_PROTOTYPE.method("toLocaleString", length=0)
def Array_prototype_toLocaleString(realm, this):
    """23.1.3.32 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )"""
    array = ToObject(this)
    length = _length(array)
    join_stack = _JOIN.__dict__.setdefault("stack", [])
    for seen in join_stack:
        if seen is array:
            return ""
    join_stack.append(array)
    try:
        parts = []
        for k in range(length):
            tick()
            element = _get(array, k)
            if element is UNDEFINED or element is NULL:
                parts.append("")
            else:
                parts.append(ToString(Invoke(element, "toLocaleString")))
        return ",".join(parts)
    finally:
        join_stack.pop()


@ARRAY_PROTOTYPE.method("toString", length=0, intrinsic="%Array.prototype.toString%")
def Array_prototype_toString(realm, this):
    """23.1.3.36 Array.prototype.toString ( )"""
    array = ToObject(this)
    func = array.Get("join", array)
    if not isinstance(func, JSFunctionBase):
        func = realm.intrinsics["%Object.prototype.toString%"]
    return func.Call(array, [])


@ARRAY_PROTOTYPE.method("toReversed", length=0)
def Array_prototype_toReversed(realm, this):
    """23.1.3.33 Array.prototype.toReversed ( )"""
    o = ToObject(this)
    length = _length(o)
    a = _array_create_checked(realm, length)
    a.elements = [_get(o, length - k - 1) for k in ticking(range(length))]
    return a


def _array_create_checked(realm, length: int) -> JSArray:
    if length > MAX_ARRAY_LENGTH:
        throw_invalid_array_length()
    return JSArray(realm.array_prototype, [])


@ARRAY_PROTOTYPE.method("toSorted", length=1)
def Array_prototype_toSorted(realm, this, comparator):
    """23.1.3.34 Array.prototype.toSorted ( comparator )"""
    _check_comparator(comparator)
    o = ToObject(this)
    length = _length(o)
    a = _array_create_checked(realm, length)
    a.elements = SortIndexedProperties(o, length, comparator, False)
    return a


@ARRAY_PROTOTYPE.method("toSpliced", length=2)
def Array_prototype_toSpliced(realm, this, *args):
    """23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )"""
    o = ToObject(this)
    length = _length(o)
    actual_start = _relative(args[0], length, 0) if args else 0
    items = list(args[2:])
    if not args:
        skip_count = 0
    elif len(args) == 1:
        skip_count = length - actual_start
    else:
        sc = ToIntegerOrInfinity(args[1])
        skip_count = int(min(max(sc, 0), length - actual_start))
    new_len = length + len(items) - skip_count
    if new_len > MAX_SAFE_INTEGER:
        throw_type_error("Invalid array length")
    a = _array_create_checked(realm, new_len)
    out = [_get(o, i) for i in ticking(range(actual_start))]
    out.extend(items)
    out.extend(_get(o, i) for i in ticking(range(actual_start + skip_count, length)))
    a.elements = out
    return a


@ARRAY_PROTOTYPE.method("with", length=2)
def Array_prototype_with(realm, this, index, value):
    """23.1.3.39 Array.prototype.with ( index, value )"""
    o = ToObject(this)
    length = _length(o)
    rel = ToIntegerOrInfinity(index)
    actual = rel if rel >= 0 else length + rel
    if actual >= length or actual < 0:
        throw_range_error("Invalid index : " + _index_text(index))
    actual = int(actual)
    a = _array_create_checked(realm, length)
    a.elements = [value if k == actual else _get(o, k) for k in ticking(range(length))]
    return a


def _index_text(index) -> str:
    from scopejs.runtime.abstract_ops import NumberToString
    n = ToNumber(index) if index.__class__ is not float else index
    return NumberToString(float(ToIntegerOrInfinity(n))) if n == n else "0"


ARRAY_PROTOTYPE.alias("@@iterator", "values")   # 23.1.3.40: the same function object


@ARRAY_PROTOTYPE.finalize
def _unscopables(realm, proto):
    """23.1.3.41 Array.prototype [ @@unscopables ]"""
    from scopejs.runtime.property import C
    from scopejs.runtime.values import SYMBOL_UNSCOPABLES
    obj = JSObject(NULL)
    for name in ("at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                 "findLastIndex", "flat", "flatMap", "includes", "keys", "values", "toReversed",
                 "toSorted", "toSpliced"):
        obj.props[name] = True
    proto.define_own_value(SYMBOL_UNSCOPABLES, obj, C)
