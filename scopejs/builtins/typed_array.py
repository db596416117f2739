"""23.2 TypedArray Objects: the %TypedArray% intrinsic (from, of, @@species, every
%TypedArray%.prototype method) and the twelve concrete constructors of Table 71.

The exotic object (10.4.5) and the element types are in runtime/objects/typed_array.py, with
the TypedArray With Buffer Witness Record operations (IsTypedArrayOutOfBounds, TypedArrayLength):
a view over a resizable buffer may go out of bounds or change length whenever user code runs, so
the methods below re-check where the spec makes a new witness record.

Fast paths. Methods follow the spec's algorithms; where the spec reads and writes elements of a
typed array through Get/Set with no user code in between (reverse, fill, sort's write-back,
copyWithin, slice/set between arrays of one element type) the bytes or the memoryview are
used directly, which is unobservable: typed array elements have no getters, and conversions
happen before any byte is written.
"""
from __future__ import annotations

import functools
import math

from scopejs.builtins.array_buffer import AllocateArrayBuffer
from scopejs.builtins.array_iterator import (
    KEY, KEY_VALUE, VALUE, CreateArrayIterator, pristine_array_values,
)
from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import (
    Construct, GetIteratorFromMethod, GetMethod, GetPrototypeFromConstructor, Invoke,
    IsConstructor, IsStrictlyEqual, IteratorToList, LengthOfArrayLike, SameValueZero, Set,
    SpeciesConstructor, ToBigInt, ToBoolean, ToIndex, ToIntegerOrInfinity, ToNumber, ToObject,
    ToString, describe_for_error,
)
from scopejs.runtime.abstract_ops.operators import MIX_BIGINT_MESSAGE
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.typed_array import (
    ELEMENT_TYPES, MAX_BYTE_LENGTH, IsDetachedBuffer,
    IsFixedLengthArrayBuffer, IsTypedArrayOutOfBounds, IsValidIntegerIndex, JSArrayBuffer,
    JSTypedArray, TypedArrayByteLength, TypedArrayLength, throw_detached_error,
)
from scopejs.runtime.values import NULL, SYMBOL_ITERATOR, UNDEFINED, JSBigInt

__all__ = ["TypedArraySpeciesCreate", "TypedArrayCreateFromConstructor",
           "TypedArrayCreateSameType", "ValidateTypedArray", "AllocateTypedArray"]

TYPED_ARRAY_PROTOTYPE = intrinsic("%TypedArray.prototype%")
TYPED_ARRAY = constructor("%TypedArray%", length=0, instance_prototype="%TypedArray.prototype%",
                          fn_name="TypedArray", global_name=None)


# -- abstract operations ------------------------------------------------------------------------

# 23.2.4.4 ValidateTypedArray ( O, order )
def ValidateTypedArray(o, what: str) -> int:  # noqa: N802
    """RequireInternalSlot(O, [[TypedArrayName]]) and not out of bounds; returns
    TypedArrayLength (the witness record is the view itself, see the module docstring)."""
    if not isinstance(o, JSTypedArray):
        throw_type_error(f"Method {what} called on incompatible receiver {describe_for_error(o)}")
    _check_in_bounds(o, what)
    return o.array_length


def _check_in_bounds(o, what: str) -> None:
    """TypeError when IsTypedArrayOutOfBounds of a new witness record (V8 says "detached"
    for a view out of bounds of a shrunk buffer too)."""
    if IsTypedArrayOutOfBounds(o):
        throw_detached_error(what)


def _require_ta(o, what: str) -> JSTypedArray:
    if not isinstance(o, JSTypedArray):
        throw_type_error(f"Method {what} called on incompatible receiver {describe_for_error(o)}")
    return o


# 23.2.5.1.1 AllocateTypedArray ( constructorName, newTarget, defaultProto [ , length ] )
def AllocateTypedArray(realm, etype, new_target, length=None) -> JSTypedArray:  # noqa: N802
    proto = GetPrototypeFromConstructor(new_target, etype.prototype)
    obj = JSTypedArray(proto, etype)
    if length is not None:
        AllocateTypedArrayBuffer(realm, obj, length)
    return obj


# 23.2.5.1.6 AllocateTypedArrayBuffer ( O, length )
def AllocateTypedArrayBuffer(realm, obj: JSTypedArray, length: int) -> None:  # noqa: N802
    byte_length = obj.element_type.size * length
    if byte_length > MAX_BYTE_LENGTH:
        throw_range_error(f"Invalid typed array length: {length}")
    buffer = AllocateArrayBuffer(realm.intrinsics["%ArrayBuffer%"], byte_length)
    obj.attach(buffer, 0, length)


# 23.2.4.1 TypedArrayCreateFromConstructor ( constructor, argumentList )
def TypedArrayCreateFromConstructor(ctor, args: list) -> JSTypedArray:  # noqa: N802
    new = Construct(ctor, args)
    length = ValidateTypedArray(new, "TypedArray creation")
    if len(args) == 1 and args[0].__class__ is float and length < args[0]:
        throw_type_error("Derived TypedArray constructor created an array which was too small")
    return new


# 23.2.4.2 TypedArrayCreateSameType ( exemplar, argumentList )
def TypedArrayCreateSameType(realm, exemplar, args: list) -> JSTypedArray:  # noqa: N802
    ctor = realm.intrinsics[exemplar.element_type.intrinsic]
    return TypedArrayCreateFromConstructor(ctor, args)


# 23.2.4.3 TypedArraySpeciesCreate ( exemplar, argumentList )
def TypedArraySpeciesCreate(realm, exemplar, args: list) -> JSTypedArray:  # noqa: N802
    default = realm.intrinsics[exemplar.element_type.intrinsic]
    ctor = SpeciesConstructor(exemplar, default)
    result = TypedArrayCreateFromConstructor(ctor, args)
    if result.element_type.is_bigint != exemplar.element_type.is_bigint:
        throw_type_error("Content type of the species-created TypedArray does not match")
    return result


def _relative(value, length: int, default: int) -> int:
    if value is UNDEFINED:
        return default
    rel = ToIntegerOrInfinity(value)
    if rel < 0:
        return int(max(length + rel, 0))
    return int(min(rel, length))


def _callable(fn, what="callback"):
    if not isinstance(fn, JSFunctionBase):
        throw_type_error(f"{describe_for_error(fn)} is not a function")
    return fn


def _get(o, k: int):
    """Get(O, ! ToString(k)) on a typed array (undefined when detached / out of range)."""
    return o.get_element(k)


def _put(o, k: int, value) -> None:
    """Set(O, ! ToString(k), value, true) where O is a typed array."""
    if o.__class__ is JSTypedArray:
        o.set_element(k, value)
    else:
        Set(o, str(k), value, True)


def _values(o, length: int) -> list:
    """The first ``length`` elements as JS values (O valid, not out of bounds)."""
    return o.values_list(length)


def _iterated_values(realm, source):
    """The list of values of an iterable ``source`` (GetMethod(source, @@iterator), then
    IteratorToList), or None when it has no @@iterator method. A plain array iterated with
    the original %Array.prototype.values% is read directly (unobservable, see
    pristine_array_values)."""
    fast = pristine_array_values(realm, source)
    if fast is not None:
        return list(fast)
    using_iterator = GetMethod(source, SYMBOL_ITERATOR)
    if using_iterator is UNDEFINED:
        return None
    return IteratorToList(GetIteratorFromMethod(source, using_iterator))


# -- %TypedArray% ----------------------------------------------------------------------------

@TYPED_ARRAY.behavior
def TypedArray(realm, new_target, *args):
    """23.2.1.1 %TypedArray% ( )"""
    throw_type_error("Abstract class TypedArray not directly constructable")


@TYPED_ARRAY.method("of", length=0)
def TypedArray_of(realm, this, *items):
    """23.2.2.2 %TypedArray%.of ( ...items )"""
    if not IsConstructor(this):
        throw_type_error(f"{describe_for_error(this)} is not a constructor")
    new = TypedArrayCreateFromConstructor(this, [float(len(items))])
    for k, v in enumerate(items):
        _put(new, k, v)
    return new


@TYPED_ARRAY.method("from", length=1)
def TypedArray_from(realm, this, source, mapfn, this_arg):
    """23.2.2.1 %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] )"""
    c = this
    if not IsConstructor(c):
        throw_type_error(f"{describe_for_error(c)} is not a constructor")
    mapping = mapfn is not UNDEFINED
    if mapping:
        _callable(mapfn)
    values = _iterated_values(realm, source)
    if values is not None:
        target = TypedArrayCreateFromConstructor(c, [float(len(values))])
        for k, v in enumerate(values):
            _put(target, k, mapfn.Call(this_arg, [v, float(k)]) if mapping else v)
        return target
    array_like = ToObject(source)
    length = LengthOfArrayLike(array_like)
    target = TypedArrayCreateFromConstructor(c, [float(length)])
    for k in range(length):
        v = array_like.Get(str(k), array_like)
        _put(target, k, mapfn.Call(this_arg, [v, float(k)]) if mapping else v)
    return target


@TYPED_ARRAY.getter("@@species")
def get_TypedArray_species(realm, this):
    """23.2.2.4 get %TypedArray% [ @@species ]"""
    return this


# -- %TypedArray%.prototype: accessors (node's key order) -------------------------------------

@TYPED_ARRAY_PROTOTYPE.getter("buffer")
def get_TypedArray_prototype_buffer(realm, this):
    """23.2.3.2 get %TypedArray%.prototype.buffer"""
    return _require_ta(this, "get %TypedArray%.prototype.buffer").viewed_array_buffer


@TYPED_ARRAY_PROTOTYPE.getter("byteLength")
def get_TypedArray_prototype_byteLength(realm, this):
    """23.2.3.3 get %TypedArray%.prototype.byteLength"""
    o = _require_ta(this, "get %TypedArray%.prototype.byteLength")
    # 4-6. TypedArrayByteLength of a new witness record (0 when out of bounds).
    return float(TypedArrayByteLength(o))


@TYPED_ARRAY_PROTOTYPE.getter("byteOffset")
def get_TypedArray_prototype_byteOffset(realm, this):
    """23.2.3.4 get %TypedArray%.prototype.byteOffset"""
    o = _require_ta(this, "get %TypedArray%.prototype.byteOffset")
    # 4-6. +0 when out of bounds.
    return 0.0 if IsTypedArrayOutOfBounds(o) else float(o.byte_offset)


@TYPED_ARRAY_PROTOTYPE.getter("length")
def get_TypedArray_prototype_length(realm, this):
    """23.2.3.21 get %TypedArray%.prototype.length"""
    o = _require_ta(this, "get %TypedArray%.prototype.length")
    # 4-7. +0 when out of bounds, else TypedArrayLength (current_length is both; called
    # directly: this getter is on every `i < ta.length` loop test).
    return float(o.current_length())


# -- iteration ----------------------------------------------------------------------------------

@TYPED_ARRAY_PROTOTYPE.method("entries", length=0)
def TypedArray_prototype_entries(realm, this):
    """23.2.3.7 %TypedArray%.prototype.entries ( )"""
    ValidateTypedArray(this, "%TypedArray%.prototype.entries")
    return CreateArrayIterator(realm, this, KEY_VALUE)


@TYPED_ARRAY_PROTOTYPE.method("keys", length=0)
def TypedArray_prototype_keys(realm, this):
    """23.2.3.19 %TypedArray%.prototype.keys ( )"""
    ValidateTypedArray(this, "%TypedArray%.prototype.keys")
    return CreateArrayIterator(realm, this, KEY)


@TYPED_ARRAY_PROTOTYPE.method("values", length=0, intrinsic="%TypedArray.prototype.values%")
def TypedArray_prototype_values(realm, this):
    """23.2.3.35 %TypedArray%.prototype.values ( )"""
    ValidateTypedArray(this, "%TypedArray%.prototype.values")
    return CreateArrayIterator(realm, this, VALUE)


# -- methods --------------------------------------------------------------------------------------

@TYPED_ARRAY_PROTOTYPE.method("at", length=1)
def TypedArray_prototype_at(realm, this, index):
    """23.2.3.1 %TypedArray%.prototype.at ( index )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.at")
    rel = ToIntegerOrInfinity(index)
    k = rel if rel >= 0 else length + rel
    if k < 0 or k >= length:
        return UNDEFINED
    return this.get_element(int(k))


@TYPED_ARRAY_PROTOTYPE.method("copyWithin", length=2)
def TypedArray_prototype_copyWithin(realm, this, target, start, end):
    """23.2.3.6 %TypedArray%.prototype.copyWithin ( target, start [ , end ] )"""
    o = this
    length = ValidateTypedArray(o, "%TypedArray%.prototype.copyWithin")
    to = _relative(target, length, 0)
    frm = _relative(start, length, 0)
    final = _relative(end, length, length)
    count = min(final - frm, length - to)
    # 17. If count > 0, then
    if count > 0:
        # c-e. A new witness record: the conversions above may have shrunk or detached it.
        _check_in_bounds(o, "%TypedArray%.prototype.copyWithin")
        length = TypedArrayLength(o)
        # f-k.
        size = o.element_type.size
        byte_offset = o.byte_offset
        buffer_byte_limit = length * size + byte_offset
        to_byte = to * size + byte_offset
        from_byte = frm * size + byte_offset
        count_bytes = count * size
        # l-n. Byte by byte (backwards when the ranges overlap that way), copying the bytes
        # whose indices are both below bufferByteLimit. Equivalent, as one memmove: the prefix
        # of the ranges in which both indices are in range.
        count_bytes = min(count_bytes, buffer_byte_limit - from_byte,
                          buffer_byte_limit - to_byte)
        if count_bytes > 0:
            data = o.viewed_array_buffer.array_buffer_data
            data[to_byte:to_byte + count_bytes] = data[from_byte:from_byte + count_bytes]
    return o


def _predicate_loop(this, what, callback, this_arg, indices):
    """Yields (k, kValue, result) for every/some/find/forEach-style loops."""
    length = ValidateTypedArray(this, what)
    _callable(callback)
    for k in indices(length):
        v = this.get_element(k)
        yield k, v, callback.Call(this_arg, [v, float(k), this])


def _up(length):
    return range(length)


def _down(length):
    return range(length - 1, -1, -1)


@TYPED_ARRAY_PROTOTYPE.method("every", length=1)
def TypedArray_prototype_every(realm, this, callback, this_arg):
    """23.2.3.8 %TypedArray%.prototype.every ( callbackfn [ , thisArg ] )"""
    for _k, _v, r in _predicate_loop(this, "%TypedArray%.prototype.every", callback, this_arg,
                                     _up):
        if not ToBoolean(r):
            return False
    return True


@TYPED_ARRAY_PROTOTYPE.method("fill", length=1)
def TypedArray_prototype_fill(realm, this, value, start, end):
    """23.2.3.9 %TypedArray%.prototype.fill ( value [ , start [ , end ] ] )"""
    o = this
    length = ValidateTypedArray(o, "%TypedArray%.prototype.fill")
    value = ToBigInt(value) if o.element_type.is_bigint else ToNumber(value)
    k = _relative(start, length, 0)
    final = _relative(end, length, length)
    # 15-18. A new witness record (the conversions may have run user code).
    _check_in_bounds(o, "%TypedArray%.prototype.fill")
    final = min(final, TypedArrayLength(o))
    if k < final:
        raw = o.element_type.convert(value)
        mv = o.mv
        base = o.base
        for i in range(base + k, base + final):
            mv[i] = raw
    return o


@TYPED_ARRAY_PROTOTYPE.method("filter", length=1)
def TypedArray_prototype_filter(realm, this, callback, this_arg):
    """23.2.3.10 %TypedArray%.prototype.filter ( callbackfn [ , thisArg ] )"""
    kept = [v for _k, v, r in _predicate_loop(this, "%TypedArray%.prototype.filter", callback,
                                              this_arg, _up) if ToBoolean(r)]
    a = TypedArraySpeciesCreate(realm, this, [float(len(kept))])
    for n, v in enumerate(kept):
        _put(a, n, v)
    return a


@TYPED_ARRAY_PROTOTYPE.method("find", length=1)
def TypedArray_prototype_find(realm, this, predicate, this_arg):
    """23.2.3.11 %TypedArray%.prototype.find ( predicate [ , thisArg ] )"""
    for _k, v, r in _predicate_loop(this, "%TypedArray%.prototype.find", predicate, this_arg,
                                    _up):
        if ToBoolean(r):
            return v
    return UNDEFINED


@TYPED_ARRAY_PROTOTYPE.method("findIndex", length=1)
def TypedArray_prototype_findIndex(realm, this, predicate, this_arg):
    """23.2.3.12 %TypedArray%.prototype.findIndex ( predicate [ , thisArg ] )"""
    for k, _v, r in _predicate_loop(this, "%TypedArray%.prototype.findIndex", predicate,
                                    this_arg, _up):
        if ToBoolean(r):
            return float(k)
    return -1.0


@TYPED_ARRAY_PROTOTYPE.method("findLast", length=1)
def TypedArray_prototype_findLast(realm, this, predicate, this_arg):
    """23.2.3.13 %TypedArray%.prototype.findLast ( predicate [ , thisArg ] )"""
    for _k, v, r in _predicate_loop(this, "%TypedArray%.prototype.findLast", predicate,
                                    this_arg, _down):
        if ToBoolean(r):
            return v
    return UNDEFINED


@TYPED_ARRAY_PROTOTYPE.method("findLastIndex", length=1)
def TypedArray_prototype_findLastIndex(realm, this, predicate, this_arg):
    """23.2.3.14 %TypedArray%.prototype.findLastIndex ( predicate [ , thisArg ] )"""
    for k, _v, r in _predicate_loop(this, "%TypedArray%.prototype.findLastIndex", predicate,
                                    this_arg, _down):
        if ToBoolean(r):
            return float(k)
    return -1.0


@TYPED_ARRAY_PROTOTYPE.method("forEach", length=1)
def TypedArray_prototype_forEach(realm, this, callback, this_arg):
    """23.2.3.15 %TypedArray%.prototype.forEach ( callbackfn [ , thisArg ] )"""
    for _ in _predicate_loop(this, "%TypedArray%.prototype.forEach", callback, this_arg, _up):
        pass
    return UNDEFINED


@TYPED_ARRAY_PROTOTYPE.method("includes", length=1)
def TypedArray_prototype_includes(realm, this, search_element, from_index):
    """23.2.3.16 %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.includes")
    if length == 0:
        return False
    n = ToIntegerOrInfinity(from_index)
    if n == math.inf:
        return False
    if n == -math.inf:
        n = 0
    k = int(n) if n >= 0 else max(length + int(n), 0)
    while k < length:
        if SameValueZero(this.get_element(k), search_element):
            return True
        k += 1
    return False


@TYPED_ARRAY_PROTOTYPE.method("indexOf", length=1)
def TypedArray_prototype_indexOf(realm, this, search_element, from_index):
    """23.2.3.17 %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.indexOf")
    if length == 0:
        return -1.0
    n = ToIntegerOrInfinity(from_index)
    if n == math.inf:
        return -1.0
    if n == -math.inf:
        n = 0
    k = int(n) if n >= 0 else max(length + int(n), 0)
    while k < length:
        # HasProperty(O, k) is IsValidIntegerIndex: false once the buffer is detached
        if IsValidIntegerIndex(this, k) and IsStrictlyEqual(this.get_element(k), search_element):
            return float(k)
        k += 1
    return -1.0


@TYPED_ARRAY_PROTOTYPE.method("join", length=1)
def TypedArray_prototype_join(realm, this, separator):
    """23.2.3.18 %TypedArray%.prototype.join ( separator )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.join")
    sep = "," if separator is UNDEFINED else ToString(separator)
    parts = []
    for k in range(length):
        v = this.get_element(k)
        parts.append("" if v is UNDEFINED else ToString(v))
    return sep.join(parts)


@TYPED_ARRAY_PROTOTYPE.method("lastIndexOf", length=1)
def TypedArray_prototype_lastIndexOf(realm, this, search_element, *args):
    """23.2.3.20 %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.lastIndexOf")
    if length == 0:
        return -1.0
    n = ToIntegerOrInfinity(args[0]) if args else length - 1
    if n == -math.inf:
        return -1.0
    k = int(min(n, length - 1)) if n >= 0 else length + int(n)
    while k >= 0:
        if IsValidIntegerIndex(this, k) and IsStrictlyEqual(this.get_element(k), search_element):
            return float(k)
        k -= 1
    return -1.0


@TYPED_ARRAY_PROTOTYPE.method("map", length=1)
def TypedArray_prototype_map(realm, this, callback, this_arg):
    """23.2.3.22 %TypedArray%.prototype.map ( callbackfn [ , thisArg ] )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.map")
    _callable(callback)
    a = TypedArraySpeciesCreate(realm, this, [float(length)])
    for k in range(length):
        v = this.get_element(k)
        _put(a, k, callback.Call(this_arg, [v, float(k), this]))
    return a


@TYPED_ARRAY_PROTOTYPE.method("reverse", length=0)
def TypedArray_prototype_reverse(realm, this):
    """23.2.3.25 %TypedArray%.prototype.reverse ( )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.reverse")
    if length > 1:
        # Equivalent to steps 4-6 (swapping elements with Get/Set: no user code can run).
        mv, base = this.mv, this.base
        mv[base:base + length] = mv[base:base + length][::-1]
    return this


def _reduce(this, what, args, indices):
    length = ValidateTypedArray(this, what)
    callback = _callable(args[0] if args else UNDEFINED)
    ks = iter(indices(length))
    if len(args) >= 2:
        acc = args[1]
    else:
        k = next(ks, None)
        if k is None:
            throw_type_error("Reduce of empty array with no initial value")
        acc = this.get_element(k)
    for k in ks:
        acc = callback.Call(UNDEFINED, [acc, this.get_element(k), float(k), this])
    return acc


@TYPED_ARRAY_PROTOTYPE.method("reduce", length=1)
def TypedArray_prototype_reduce(realm, this, *args):
    """23.2.3.23 %TypedArray%.prototype.reduce ( callbackfn [ , initialValue ] )"""
    return _reduce(this, "%TypedArray%.prototype.reduce", args, _up)


@TYPED_ARRAY_PROTOTYPE.method("reduceRight", length=1)
def TypedArray_prototype_reduceRight(realm, this, *args):
    """23.2.3.24 %TypedArray%.prototype.reduceRight ( callbackfn [ , initialValue ] )"""
    return _reduce(this, "%TypedArray%.prototype.reduceRight", args, _down)


@TYPED_ARRAY_PROTOTYPE.method("set", length=1)
def TypedArray_prototype_set(realm, this, source, offset):
    """23.2.3.26 %TypedArray%.prototype.set ( source [ , offset ] )"""
    target = _require_ta(this, "%TypedArray%.prototype.set")
    target_offset = ToIntegerOrInfinity(offset)
    if target_offset < 0:
        throw_range_error("offset is out of bounds")
    if isinstance(source, JSTypedArray):
        _set_from_typed_array(realm, target, target_offset, source)
    else:
        _set_from_array_like(target, target_offset, source)
    return UNDEFINED


# 23.2.3.26.2 SetTypedArrayFromTypedArray ( target, targetOffset, source )
def _set_from_typed_array(realm, target, target_offset, source) -> None:
    # 1-4.
    _check_in_bounds(target, "%TypedArray%.prototype.set")
    target_length = TypedArrayLength(target)
    # 5-8.
    _check_in_bounds(source, "%TypedArray%.prototype.set")
    src_length = TypedArrayLength(source)
    if target_offset == math.inf or src_length + target_offset > target_length:
        throw_range_error("offset is out of bounds")
    if target.element_type.is_bigint != source.element_type.is_bigint:
        throw_type_error(MIX_BIGINT_MESSAGE)
    target_offset = int(target_offset)
    if src_length == 0:
        return
    if source.element_type.same_encoding(target.element_type):
        # Same type: a bit-level copy (source bytes are read before any is written).
        size = source.element_type.size
        src_data = source.viewed_array_buffer.array_buffer_data
        start = source.byte_offset
        chunk = bytes(src_data[start:start + src_length * size])
        t_start = target.byte_offset + target_offset * size
        target.viewed_array_buffer.array_buffer_data[t_start:t_start + len(chunk)] = chunk
        return
    values = _values(source, src_length)    # read everything first (CloneArrayBuffer case)
    convert = target.element_type.convert
    mv, base = target.mv, target.base + target_offset
    for i, v in enumerate(values):
        mv[base + i] = convert(v)


# 23.2.3.26.1 SetTypedArrayFromArrayLike ( target, targetOffset, source )
def _set_from_array_like(target, target_offset, source) -> None:
    # 1-3.
    _check_in_bounds(target, "%TypedArray%.prototype.set")
    target_length = TypedArrayLength(target)
    src = ToObject(source)
    src_length = LengthOfArrayLike(src)
    if target_offset == math.inf or src_length + target_offset > target_length:
        throw_range_error("offset is out of bounds")
    target_offset = int(target_offset)
    for k in range(src_length):
        v = src.Get(str(k), src)
        target.set_element(target_offset + k, v)


@TYPED_ARRAY_PROTOTYPE.method("slice", length=2)
def TypedArray_prototype_slice(realm, this, start, end):
    """23.2.3.27 %TypedArray%.prototype.slice ( start, end )"""
    o = this
    src_length = ValidateTypedArray(o, "%TypedArray%.prototype.slice")
    k = _relative(start, src_length, 0)
    final = _relative(end, src_length, src_length)
    count = max(final - k, 0)
    a = TypedArraySpeciesCreate(realm, o, [float(count)])
    if count > 0:
        # 14.a-d. A new witness record; endIndex clamped to the current length.
        _check_in_bounds(o, "%TypedArray%.prototype.slice")
        final = min(final, TypedArrayLength(o))
        count = max(final - k, 0)
        if o.element_type is a.element_type:
            size = o.element_type.size
            src_byte = k * size + o.byte_offset
            target_byte = a.byte_offset
            limit = min(count * size, TypedArrayByteLength(a))
            src_data = o.viewed_array_buffer.array_buffer_data
            dst_data = a.viewed_array_buffer.array_buffer_data
            if src_data is dst_data and src_byte < target_byte < src_byte + limit:
                # step 14.g.ix copies byte by byte, ascending: overlap repeats bytes
                for i in range(limit):
                    dst_data[target_byte + i] = dst_data[src_byte + i]
            else:
                dst_data[target_byte:target_byte + limit] = src_data[src_byte:src_byte + limit]
        else:
            n = 0
            while k < final:
                _put(a, n, o.get_element(k))
                k += 1
                n += 1
    return a


@TYPED_ARRAY_PROTOTYPE.method("some", length=1)
def TypedArray_prototype_some(realm, this, callback, this_arg):
    """23.2.3.28 %TypedArray%.prototype.some ( callbackfn [ , thisArg ] )"""
    for _k, _v, r in _predicate_loop(this, "%TypedArray%.prototype.some", callback, this_arg,
                                     _up):
        if ToBoolean(r):
            return True
    return False


def _numeric_key(v):
    """23.2.4.7 CompareTypedArrayElements without a comparator, as a sort key: NaN last,
    -0 before +0."""
    if v.__class__ is JSBigInt:
        return (False, v.value, 0.0)
    if v != v:
        return (True, 0.0, 0.0)
    return (False, v, math.copysign(1.0, v))


def _sorted(values: list, comparator) -> list:
    if comparator is UNDEFINED:
        return sorted(values, key=_numeric_key)

    def cmp(x, y):
        # 23.2.4.7 CompareTypedArrayElements ( x, y, comparator )
        v = comparator.Call(UNDEFINED, [x, y])
        v = v if v.__class__ is float else ToNumber(v)
        return 0 if v != v else (-1 if v < 0 else (1 if v > 0 else 0))
    return sorted(values, key=functools.cmp_to_key(cmp))


def _check_comparator(comparator):
    if comparator is not UNDEFINED and not isinstance(comparator, JSFunctionBase):
        throw_type_error("The comparison function must be either a function or undefined")


@TYPED_ARRAY_PROTOTYPE.method("sort", length=1)
def TypedArray_prototype_sort(realm, this, comparator):
    """23.2.3.29 %TypedArray%.prototype.sort ( comparefn )"""
    _check_comparator(comparator)
    length = ValidateTypedArray(this, "%TypedArray%.prototype.sort")
    result = _sorted(_values(this, length), comparator)
    for j, v in enumerate(result):
        this.set_element(j, v)
    return this


@TYPED_ARRAY_PROTOTYPE.method("subarray", length=2)
def TypedArray_prototype_subarray(realm, this, start, end):
    """23.2.3.30 %TypedArray%.prototype.subarray ( start, end )"""
    o = _require_ta(this, "%TypedArray%.prototype.subarray")
    # 4.
    buffer = o.viewed_array_buffer
    # 5-7. srcLength: 0 when out of bounds.
    src_length = 0 if IsTypedArrayOutOfBounds(o) else TypedArrayLength(o)
    # 8-13.
    begin = _relative(start, src_length, 0)
    # 14-16.
    size = o.element_type.size
    begin_byte_offset = o.byte_offset + begin * size
    # 17. A length-tracking view with end undefined gives a length-tracking subarray.
    if o.fixed_length is None and end is UNDEFINED:
        args = [buffer, float(begin_byte_offset)]
    # 18.
    else:
        final = _relative(end, src_length, src_length)
        new_length = max(final - begin, 0)
        args = [buffer, float(begin_byte_offset), float(new_length)]
    # 19.
    return TypedArraySpeciesCreate(realm, o, args)


@TYPED_ARRAY_PROTOTYPE.method("toLocaleString", length=0)
def TypedArray_prototype_toLocaleString(realm, this, *reserved):
    """23.2.3.31 %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.toLocaleString")
    # ECMA-402 (node): the locales and options arguments are passed on to each element
    args = list(reserved[:2])
    parts = []
    for k in range(length):
        v = this.get_element(k)
        parts.append("" if v is UNDEFINED or v is NULL
                     else ToString(Invoke(v, "toLocaleString", args)))
    return ",".join(parts)


TYPED_ARRAY_PROTOTYPE.value("toString", ref="%Array.prototype.toString%")


@TYPED_ARRAY_PROTOTYPE.method("toReversed", length=0)
def TypedArray_prototype_toReversed(realm, this):
    """23.2.3.32 %TypedArray%.prototype.toReversed ( )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.toReversed")
    a = TypedArrayCreateSameType(realm, this, [float(length)])
    for k in range(length):
        _put(a, k, this.get_element(length - k - 1))
    return a


@TYPED_ARRAY_PROTOTYPE.method("toSorted", length=1)
def TypedArray_prototype_toSorted(realm, this, comparator):
    """23.2.3.33 %TypedArray%.prototype.toSorted ( comparefn )"""
    _check_comparator(comparator)
    length = ValidateTypedArray(this, "%TypedArray%.prototype.toSorted")
    a = TypedArrayCreateSameType(realm, this, [float(length)])
    result = _sorted(_values(this, length), comparator)
    for j, v in enumerate(result):
        _put(a, j, v)
    return a


@TYPED_ARRAY_PROTOTYPE.method("with", length=2)
def TypedArray_prototype_with(realm, this, index, value):
    """23.2.3.36 %TypedArray%.prototype.with ( index, value )"""
    length = ValidateTypedArray(this, "%TypedArray%.prototype.with")
    rel = ToIntegerOrInfinity(index)
    actual = rel if rel >= 0 else length + rel
    value = ToBigInt(value) if this.element_type.is_bigint else ToNumber(value)
    if not IsValidIntegerIndex(this, actual):
        throw_range_error("Invalid typed array index")
    a = TypedArrayCreateSameType(realm, this, [float(length)])
    actual = int(actual)
    for k in range(length):
        _put(a, k, value if k == actual else this.get_element(k))
    return a


TYPED_ARRAY_PROTOTYPE.alias("@@iterator", "values")


@TYPED_ARRAY_PROTOTYPE.getter("@@toStringTag")
def get_TypedArray_prototype_toStringTag(realm, this):
    """23.2.3.38 get %TypedArray%.prototype [ @@toStringTag ]"""
    if isinstance(this, JSTypedArray):
        return this.typed_array_name
    return UNDEFINED


# -- 23.2.5-23.2.7 the concrete constructors ----------------------------------------------------

def _make_constructor(etype):
    name = etype.name
    proto_decl = intrinsic(etype.prototype, prototype="%TypedArray.prototype%")
    ctor_decl = constructor(etype.intrinsic, length=3, instance_prototype=etype.prototype,
                            prototype="%TypedArray%")
    ctor_decl.value("BYTES_PER_ELEMENT", float(etype.size), writable=False, configurable=False)
    proto_decl.value("BYTES_PER_ELEMENT", float(etype.size), writable=False, configurable=False)

    def behavior(realm, new_target, *args):
        # 23.2.5.1 TypedArray ( ...args )
        if new_target is UNDEFINED:
            throw_type_error(f"Constructor {name} requires 'new'")
        if not args:
            return AllocateTypedArray(realm, etype, new_target, 0)
        first = args[0]
        if isinstance(first, JSObject):
            o = AllocateTypedArray(realm, etype, new_target)
            if isinstance(first, JSTypedArray):
                _init_from_typed_array(realm, o, first)
            elif first.__class__ is JSArrayBuffer:
                _init_from_array_buffer(o, first, args[1] if len(args) > 1 else UNDEFINED,
                                        args[2] if len(args) > 2 else UNDEFINED)
            else:
                values = _iterated_values(realm, first)
                if values is not None:
                    AllocateTypedArrayBuffer(realm, o, len(values))
                    for k, v in enumerate(values):
                        o.set_element(k, v)
                else:
                    # 23.2.5.1.5 InitializeTypedArrayFromArrayLike
                    length = LengthOfArrayLike(first)
                    AllocateTypedArrayBuffer(realm, o, length)
                    for k in range(length):
                        o.set_element(k, first.Get(str(k), first))
            return o
        # ToIndex, with V8's message
        integer = ToIntegerOrInfinity(first)
        if integer < 0 or integer > 9007199254740991:
            throw_range_error(f"Invalid typed array length: {ToString(first)}")
        return AllocateTypedArray(realm, etype, new_target, int(integer))

    behavior.__name__ = name
    ctor_decl.behavior(behavior)


# 23.2.5.1.2 InitializeTypedArrayFromTypedArray ( O, srcArray )
def _init_from_typed_array(realm, o, src) -> None:
    # 1-4.
    _check_in_bounds(src, "Construct")
    length = TypedArrayLength(src)
    if o.element_type.is_bigint != src.element_type.is_bigint:
        throw_type_error(MIX_BIGINT_MESSAGE)
    AllocateTypedArrayBuffer(realm, o, length)
    if length == 0:
        return
    if o.element_type.same_encoding(src.element_type):
        size = src.element_type.size
        start = src.byte_offset
        o.viewed_array_buffer.array_buffer_data[:] = \
            src.viewed_array_buffer.array_buffer_data[start:start + length * size]
    else:
        convert = o.element_type.convert
        mv = o.mv
        for i, v in enumerate(_values(src, length)):
            mv[i] = convert(v)


# 23.2.5.1.3 InitializeTypedArrayFromArrayBuffer ( O, buffer, byteOffset, length )
def _init_from_array_buffer(o, buffer, byte_offset, length) -> None:
    # 1-3.
    etype = o.element_type
    size = etype.size
    offset = ToIndex(byte_offset)
    if offset % size:
        throw_range_error(f"start offset of {etype.name} should be a multiple of {size}")
    # 4. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
    buffer_is_fixed_length = IsFixedLengthArrayBuffer(buffer)
    # 5.
    new_length = 0 if length is UNDEFINED else ToIndex(length)
    # 6.
    if IsDetachedBuffer(buffer):
        throw_detached_error("Construct")
    # 7. Let bufferByteLength be ArrayBufferByteLength(buffer, seq-cst).
    buffer_byte_length = buffer.byte_length
    # 8. length undefined over a resizable buffer: a length-tracking view.
    if length is UNDEFINED and not buffer_is_fixed_length:
        if offset > buffer_byte_length:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
        o.attach(buffer, offset, None)
        return
    # 9.
    if length is UNDEFINED:
        if buffer_byte_length % size:
            throw_range_error(f"byte length of {etype.name} should be a multiple of {size}")
        new_byte_length = buffer_byte_length - offset
        if new_byte_length < 0:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    else:
        new_byte_length = new_length * size
        if offset + new_byte_length > buffer_byte_length:
            throw_range_error(f"Invalid typed array length: {new_length}")
    # 10-13.
    o.attach(buffer, offset, new_byte_length // size)


for _etype in ELEMENT_TYPES:
    _make_constructor(_etype)
