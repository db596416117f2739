"""25.1 ArrayBuffer objects (the data block) and 10.4.5 TypedArray Exotic Objects.

Representation:
  ``JSArrayBuffer.array_buffer_data`` is a Python ``bytearray`` ([[ArrayBufferData]]) or None
  once detached; ``byte_length`` is [[ArrayBufferByteLength]], ``max_byte_length``
  [[ArrayBufferMaxByteLength]] (None for a fixed-length buffer). Element access goes through one
  cached ``memoryview`` cast per element format (native little-endian on x86, as node), so
  reading ``ta[i]`` is one index into the view. Resizing a resizable buffer (25.1.6.6) replaces
  the bytearray and releases the cached views; detaching releases them too. Both bump the
  buffer's ``shape`` counter.

  ``JSTypedArray`` keeps [[ByteOffset]] and [[ArrayLength]] (``fixed_length``; None is
  ``auto``, a length-tracking view) plus a cache of what they mean for the buffer's current
  shape: IsTypedArrayOutOfBounds, TypedArrayLength, TypedArrayByteLength, the element view and
  the index of the first element. Every access compares the cached ``shape`` with the buffer's
  and recomputes the cache when they differ (``sync``), so a resize or a detach is seen at once.

TypedArray With Buffer Witness Records (10.4.5.9): a witness record caches the buffer's byte
length read at one moment. With no SharedArrayBuffer in this engine, a buffer's length changes
only when JavaScript runs (resize, transfer, detach), so the record is the view itself and the
operations below (TypedArrayLength, IsTypedArrayOutOfBounds, ...) read the buffer's current
length; the callers re-read it wherever the spec makes a new record after user code ran.

Element types are one table (Table 71, ``ELEMENT_TYPES``): name, size, memoryview/struct format,
content type and the conversion operation (7.1.x ToInt8 ... ToBigUint64, Float32 / Float16
rounding). A Float16 element is stored as its 16-bit encoding (memoryview has no 'e' format).
"""
from __future__ import annotations

import math
import struct

from scopejs.runtime.abstract_ops.type_conversion import (
    ToBigInt, ToNumber, ToUint8Clamp,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.ieee754 import (
    FLOAT32, float16_from_bits, float16_to_bits, round_to_format,
)
from scopejs.runtime.objects.ordinary import (
    MISSING, JSObject, ordinary_define_own_property, ordinary_set,
)
from scopejs.runtime.property import WEC, Accessor, PropertyDescriptor
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt

__all__ = ["ElementType", "ELEMENT_TYPES", "ELEMENT_TYPE_BY_NAME", "JSArrayBuffer",
           "JSTypedArray", "IsDetachedBuffer", "DetachArrayBuffer", "CreateByteDataBlock",
           "IsFixedLengthArrayBuffer", "ArrayBufferByteLength", "IsTypedArrayOutOfBounds",
           "IsTypedArrayFixedLength", "TypedArrayLength", "TypedArrayByteLength",
           "IsValidIntegerIndex", "TypedArrayGetElement", "TypedArraySetElement",
           "GetValueFromBuffer", "SetValueInBuffer", "numeric_index", "throw_detached_error",
           "MAX_BYTE_LENGTH",
           "MAX_MAX_BYTE_LENGTH"]

# Engine limit (design.md "nothing may hang or exhaust memory without a configurable limit"):
# a data block larger than this is reported as node reports a failed allocation.
MAX_BYTE_LENGTH = 1 << 28
# The largest [[ArrayBufferMaxByteLength]] accepted (V8's, so node and scopejs agree on which
# `maxByteLength` options throw). Nothing is reserved up front: growing past MAX_BYTE_LENGTH is
# the allocation failure.
MAX_MAX_BYTE_LENGTH = 1 << 32


# -- element conversions (7.1.6-7.1.11, 7.1.15-7.1.16) -----------------------------------------

def _int_converter(bits: int, signed: bool):
    mask = (1 << bits) - 1
    half = 1 << (bits - 1)
    full = 1 << bits

    def convert(value) -> int:
        n = value if value.__class__ is float else ToNumber(value)
        if n != n or n == math.inf or n == -math.inf:
            return 0
        i = int(n) & mask
        if signed and i >= half:
            i -= full
        return i
    return convert


def _bigint_converter(signed: bool):
    mask = (1 << 64) - 1

    def convert(value) -> int:
        i = (value if value.__class__ is JSBigInt else ToBigInt(value)).value & mask
        if signed and i >= 1 << 63:
            i -= 1 << 64
        return i
    return convert


def _to_float(value) -> float:
    return value if value.__class__ is float else ToNumber(value)


def _to_float32(value) -> float:
    n = value if value.__class__ is float else ToNumber(value)
    return round_to_format(n, FLOAT32)


def _to_float16_bits(value) -> int:
    return float16_to_bits(value if value.__class__ is float else ToNumber(value))


def _clamp(value) -> int:
    return ToUint8Clamp(value)


class ElementType:
    """One row of Table 71 (TypedArray Constructors)."""
    __slots__ = ("name", "size", "fmt", "is_bigint", "is_float", "convert", "decode",
                 "is_plain", "intrinsic", "prototype")

    def __init__(self, name, size, fmt, is_bigint, is_float, convert, decode=float):
        self.name = name              # [[TypedArrayName]]: "Int8Array" ...
        self.size = size              # Element Size
        self.fmt = fmt                # memoryview / struct format character of a stored element
        self.is_bigint = is_bigint    # [[ContentType]] is BigInt
        self.is_float = is_float
        self.convert = convert        # JS value -> stored Python int/float (may call JS)
        self.decode = decode          # stored Python int/float -> JS value (RawBytesToNumeric)
        self.is_plain = decode is float   # decode is float(): inlined on the hot paths
        self.intrinsic = f"%{name}%"
        self.prototype = f"%{name}.prototype%"

    def same_encoding(self, other: "ElementType") -> bool:
        """Whether copying the bytes of an element converts it to ``other`` (the spec's
        "srcType is targetType" fast paths; also Uint8 <-> Uint8Clamped, whose values are the
        same bytes)."""
        return self.fmt == other.fmt and self.decode is other.decode

    def __repr__(self) -> str:
        return f"<ElementType {self.name}>"


def _to_bigint(raw: int) -> JSBigInt:
    return JSBigInt(raw)


# Table 71: The TypedArray Constructors (the order in which the globals are created; Float16Array
# sits before Float32Array as in the table)
ELEMENT_TYPES = (
    ElementType("Int8Array", 1, "b", False, False, _int_converter(8, True)),
    ElementType("Uint8Array", 1, "B", False, False, _int_converter(8, False)),
    ElementType("Uint8ClampedArray", 1, "B", False, False, _clamp),
    ElementType("Int16Array", 2, "h", False, False, _int_converter(16, True)),
    ElementType("Uint16Array", 2, "H", False, False, _int_converter(16, False)),
    ElementType("Int32Array", 4, "i", False, False, _int_converter(32, True)),
    ElementType("Uint32Array", 4, "I", False, False, _int_converter(32, False)),
    ElementType("Float16Array", 2, "H", False, True, _to_float16_bits, float16_from_bits),
    ElementType("Float32Array", 4, "f", False, True, _to_float32),
    ElementType("Float64Array", 8, "d", False, True, _to_float),
    ElementType("BigInt64Array", 8, "q", True, False, _bigint_converter(True), _to_bigint),
    ElementType("BigUint64Array", 8, "Q", True, False, _bigint_converter(False), _to_bigint),
)
ELEMENT_TYPE_BY_NAME = {t.name: t for t in ELEMENT_TYPES}
for _t in ELEMENT_TYPES:
    if struct.calcsize(_t.fmt) != _t.size:   # pragma: no cover - exotic platform
        raise ImportError(f"native format {_t.fmt!r} is not {_t.size} bytes")


# -- 25.1 ArrayBuffer ---------------------------------------------------------------------------

class JSArrayBuffer(JSObject):
    """An ArrayBuffer instance: [[ArrayBufferData]] (``array_buffer_data``, None when
    detached), [[ArrayBufferByteLength]] (``byte_length``), [[ArrayBufferMaxByteLength]]
    (``max_byte_length``, None when the buffer is fixed-length), [[ArrayBufferDetachKey]].
    ``shape`` changes whenever the data block is replaced (resize) or dropped (detach)."""
    __slots__ = ("array_buffer_data", "byte_length", "max_byte_length", "detach_key", "views",
                 "shape")

    class_name = "ArrayBuffer"

    def __init__(self, proto=NULL, data: bytearray | None = None,
                 max_byte_length: int | None = None):
        JSObject.__init__(self, proto)
        self.array_buffer_data = data
        self.byte_length = 0 if data is None else len(data)
        self.max_byte_length = max_byte_length
        self.detach_key = UNDEFINED
        self.views = None
        self.shape = 0

    def view(self, fmt: str) -> memoryview:
        """The data block as a memoryview of format ``fmt`` (cached; not detached)."""
        views = self.views
        if views is None:
            self.views = views = {}
        mv = views.get(fmt)
        if mv is None:
            data = self.array_buffer_data
            size = struct.calcsize(fmt)
            mv = memoryview(data)[:len(data) - len(data) % size].cast(fmt)
            views[fmt] = mv
        return mv

    def replace_data(self, data: bytearray | None) -> None:
        """Install a new data block (None: detached), releasing the views of the old one."""
        views = self.views
        self.views = None
        if views:
            for mv in views.values():
                mv.release()
        self.array_buffer_data = data
        self.byte_length = 0 if data is None else len(data)
        self.shape += 1


def throw_detached_error(what: str):
    """The TypeError for an operation on a detached buffer or on a view out of bounds of its
    buffer (V8's message for both)."""
    throw_type_error(f"Cannot perform {what} on a detached ArrayBuffer")


# 6.2.9.1 CreateByteDataBlock ( size )
def CreateByteDataBlock(size: int) -> bytearray:  # noqa: N802
    if size > MAX_BYTE_LENGTH:
        throw_range_error("Array buffer allocation failed")
    return bytearray(size)


# 25.1.3.2 ArrayBufferByteLength ( arrayBuffer, order )
def ArrayBufferByteLength(buffer) -> int:  # noqa: N802
    return buffer.byte_length


# 25.1.3.4 IsDetachedBuffer ( arrayBuffer )
def IsDetachedBuffer(buffer) -> bool:  # noqa: N802
    return buffer.array_buffer_data is None


# 25.1.3.5 DetachArrayBuffer ( arrayBuffer [ , key ] )
def DetachArrayBuffer(buffer, key=UNDEFINED) -> None:  # noqa: N802
    from scopejs.runtime.values import SameValue
    if not SameValue(buffer.detach_key, key):
        throw_type_error("Cannot detach an ArrayBuffer with a different detach key")
    buffer.replace_data(None)


# 25.1.3.9 IsFixedLengthArrayBuffer ( arrayBuffer )
def IsFixedLengthArrayBuffer(buffer) -> bool:  # noqa: N802
    return buffer.max_byte_length is None


# 25.1.3.16 GetValueFromBuffer ( arrayBuffer, byteIndex, type, isTypedArray, order
#           [ , isLittleEndian ] )
def GetValueFromBuffer(buffer, byte_index: int, etype: ElementType, little: bool = True):  # noqa: N802
    raw = struct.unpack_from(("<" if little else ">") + etype.fmt,
                             buffer.array_buffer_data, byte_index)[0]
    return etype.decode(raw)


# 25.1.3.18 SetValueInBuffer ( arrayBuffer, byteIndex, type, value, isTypedArray, order
#           [ , isLittleEndian ] )
def SetValueInBuffer(buffer, byte_index: int, etype: ElementType, value,  # noqa: N802
                     little: bool = True) -> None:
    """``value`` is already a Number or BigInt (the caller converted it), so the conversion
    here (NumericToRawBytes) runs no JavaScript."""
    struct.pack_into(("<" if little else ">") + etype.fmt, buffer.array_buffer_data,
                     byte_index, etype.convert(value))


# -- 10.4.5 TypedArray exotic objects ---------------------------------------------------------

_NUMERIC_START = frozenset("0123456789-IN")


def numeric_index(key):
    """7.1.21 CanonicalNumericIndexString for a property key: a float, or None (undefined).
    Symbols and strings that cannot be canonical numeric strings are rejected without
    converting (every Number::toString result starts with a digit, '-', 'I' or 'N')."""
    if key.__class__ is not str or key[:1] not in _NUMERIC_START:
        return None
    if key.isdigit() and key.isascii():
        if key[0] != "0" or key == "0":
            n = int(key)
            if n < 2 ** 53:
                return float(n)
    if key == "-0":
        return -0.0
    from scopejs.runtime.abstract_ops.type_conversion import ToString, StringToNumber
    n = StringToNumber(key)
    if ToString(n) == key:
        return n
    return None


class JSTypedArray(JSObject):
    """A TypedArray instance (10.4.5): [[TypedArrayName]] (``typed_array_name``),
    [[ContentType]] / element type (``element_type``), [[ViewedArrayBuffer]]
    (``viewed_array_buffer``), [[ByteOffset]] (``byte_offset``), [[ArrayLength]]
    (``fixed_length``: None is ``auto``; [[ByteLength]] is ``auto`` exactly then, otherwise
    [[ArrayLength]] x element size).

    Cached for the buffer's shape ``shape`` (see the module docstring; ``sync`` refreshes):
    ``out_of_bounds`` (IsTypedArrayOutOfBounds), ``array_length`` (TypedArrayLength, 0 when out
    of bounds), ``byte_length`` (TypedArrayByteLength), ``mv`` and ``base`` (the element view
    and the index of element 0 in it)."""
    __slots__ = ("typed_array_name", "element_type", "viewed_array_buffer", "byte_offset",
                 "fixed_length", "shape", "out_of_bounds", "array_length", "byte_length", "mv",
                 "base")

    plain_props = False
    ordinary_get_set = False

    def __init__(self, proto, etype: ElementType):
        JSObject.__init__(self, proto)
        self.typed_array_name = etype.name
        self.element_type = etype
        self.viewed_array_buffer = None
        self.byte_offset = 0
        self.fixed_length = 0
        self.shape = -1
        self.out_of_bounds = True
        self.array_length = 0
        self.byte_length = 0
        self.mv = None
        self.base = 0

    @property
    def class_name(self):  # for console formatting / constructor names
        return self.typed_array_name

    def attach(self, buffer: JSArrayBuffer, byte_offset: int, length: int | None) -> None:
        """Set [[ViewedArrayBuffer]], [[ByteOffset]] and [[ArrayLength]] (None: auto)."""
        self.viewed_array_buffer = buffer
        self.byte_offset = byte_offset
        self.fixed_length = length
        self.sync()

    def sync(self) -> None:
        """Recompute the cached IsTypedArrayOutOfBounds / TypedArrayLength for the buffer's
        current shape (10.4.5.13-10.4.5.14)."""
        buffer = self.viewed_array_buffer
        self.shape = buffer.shape
        size = self.element_type.size
        if buffer.array_buffer_data is not None:
            buffer_byte_length = buffer.byte_length
            start = self.byte_offset
            length = self.fixed_length
            if length is None:
                end = buffer_byte_length
            else:
                end = start + length * size
            if start <= buffer_byte_length and end <= buffer_byte_length:
                if length is None:
                    length = (buffer_byte_length - start) // size
                self.out_of_bounds = False
                self.array_length = length
                self.byte_length = length * size
                self.mv = buffer.view(self.element_type.fmt) if length else None
                self.base = start // size
                return
        self.out_of_bounds = True
        self.array_length = 0
        self.byte_length = 0
        self.mv = None

    def is_out_of_bounds(self) -> bool:
        """10.4.5.14 IsTypedArrayOutOfBounds of a fresh witness record."""
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        return self.out_of_bounds

    def current_length(self) -> int:
        """TypedArrayLength of a fresh witness record, 0 when out of bounds (the bound every
        element access checks)."""
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        return self.array_length

    def typed_array_length(self) -> int:
        """TypedArrayLength of a validated view; TypeError when out of bounds (used by
        %ArrayIteratorPrototype%.next, 23.1.5.2.1 step 6.b.ii-iii)."""
        if self.is_out_of_bounds():
            throw_detached_error("Array Iterator.prototype.next")   # node's name
        return self.array_length

    # -- element access (int index) ---------------------------------------------------------

    def get_element(self, i: int):
        """10.4.5.17 TypedArrayGetElement for an int index: the value or UNDEFINED."""
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        if 0 <= i < self.array_length:
            v = self.mv[self.base + i]
            et = self.element_type
            return float(v) if et.is_plain else et.decode(v)
        return UNDEFINED

    def set_element(self, i, value) -> None:
        """10.4.5.18 TypedArraySetElement ( O, index, value ): convert first (may run JS and
        detach or resize the buffer), then store if the index is still valid."""
        v = self.element_type.convert(value)
        if i.__class__ is not int:
            if not IsValidIntegerIndex(self, i):
                return
            i = int(i)
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        if 0 <= i < self.array_length:
            self.mv[self.base + i] = v

    # The interpreter's keyed access with an int index >= 0 (get_element / set_element
    # inlined: the hottest path).
    def get_index(self, index: int):
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        if index < self.array_length:
            v = self.mv[self.base + index]
            et = self.element_type
            return float(v) if et.is_plain else et.decode(v)
        return UNDEFINED

    def set_index(self, index: int, value) -> bool:
        v = self.element_type.convert(value)
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        if index < self.array_length:
            self.mv[self.base + index] = v
        return True

    def values_list(self, length: int) -> list:
        """The first ``length`` elements as JS values (``length`` at most the current
        TypedArrayLength; no JavaScript runs)."""
        if self.shape != self.viewed_array_buffer.shape:
            self.sync()
        if not length:
            return []
        raw = self.mv[self.base:self.base + length].tolist()
        et = self.element_type
        return [float(v) for v in raw] if et.is_plain else [et.decode(v) for v in raw]

    # -- raw own lookup (for generic helpers) ------------------------------------------------

    def own_slot(self, key):
        idx = numeric_index(key)
        if idx is None:
            return self.props.get(key, MISSING)
        v = TypedArrayGetElement(self, idx)
        return MISSING if v is UNDEFINED else v

    def own_flags(self, key) -> int:
        if numeric_index(key) is not None:
            return WEC
        return JSObject.own_flags(self, key)

    # -- 10.4.5 internal methods -------------------------------------------------------------

    # 10.4.5.1 [[PreventExtensions]] ( )
    def PreventExtensions(self) -> bool:  # noqa: N802
        # 1. NOTE: a view whose length can change could gain or lose integer-indexed
        #    properties, which a non-extensible object must not.
        # 2. If IsTypedArrayFixedLength(O) is false, return false.
        if not IsTypedArrayFixedLength(self):
            return False
        # 3. Return OrdinaryPreventExtensions(O).
        return JSObject.PreventExtensions(self)

    # 10.4.5.2 [[GetOwnProperty]] ( P )
    def GetOwnProperty(self, key):  # noqa: N802
        idx = numeric_index(key)
        if idx is not None:
            v = TypedArrayGetElement(self, idx)
            if v is UNDEFINED:
                return None
            return PropertyDescriptor(v, True, None, None, True, True)
        return JSObject.GetOwnProperty(self, key)

    # 10.4.5.3 [[HasProperty]] ( P )
    def HasProperty(self, key) -> bool:  # noqa: N802
        idx = numeric_index(key)
        if idx is not None:
            return IsValidIntegerIndex(self, idx)
        if key in self.props:
            return True
        p = self.proto
        return p is not NULL and p.HasProperty(key)

    # 10.4.5.4 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc: PropertyDescriptor) -> bool:  # noqa: N802
        idx = numeric_index(key)
        if idx is not None:
            if not IsValidIntegerIndex(self, idx):
                return False
            if desc.configurable is False or desc.enumerable is False:
                return False
            if desc.get is not None or desc.set is not None:
                return False
            if desc.writable is False:
                return False
            if desc.value is not None:
                TypedArraySetElement(self, idx, desc.value)
            return True
        return ordinary_define_own_property(self, key, desc)

    # 10.4.5.5 [[Get]] ( P, Receiver )
    def Get(self, key, receiver):  # noqa: N802
        idx = numeric_index(key)
        if idx is not None:
            return TypedArrayGetElement(self, idx)
        v = self.props.get(key, MISSING)
        if v is MISSING:
            p = self.proto
            return UNDEFINED if p is NULL else p.Get(key, receiver)
        if v.__class__ is Accessor:
            return UNDEFINED if v.get is UNDEFINED else v.get.Call(receiver, [])
        return v

    # 10.4.5.6 [[Set]] ( P, V, Receiver )
    def Set(self, key, value, receiver) -> bool:  # noqa: N802
        idx = numeric_index(key)
        if idx is not None:
            if receiver is self:
                TypedArraySetElement(self, idx, value)
                return True
            if not IsValidIntegerIndex(self, idx):
                return True
        return ordinary_set(self, key, value, receiver)

    # 10.4.5.7 [[Delete]] ( P )
    def Delete(self, key) -> bool:  # noqa: N802
        idx = numeric_index(key)
        if idx is not None:
            return not IsValidIntegerIndex(self, idx)
        return JSObject.Delete(self, key)

    # 10.4.5.8 [[OwnPropertyKeys]] ( )
    def OwnPropertyKeys(self) -> list:  # noqa: N802
        # 1-3. taRecord; if it is not out of bounds, the integer indices below TypedArrayLength.
        keys = [str(i) for i in range(self.current_length())]
        strings = []
        symbols = []
        for k in self.props:
            (strings if k.__class__ is str else symbols).append(k)
        keys.extend(strings)
        keys.extend(symbols)
        return keys


# 10.4.5.12 TypedArrayByteLength ( taRecord )
def TypedArrayByteLength(o) -> int:  # noqa: N802
    """0 when out of bounds; else TypedArrayLength x element size."""
    o.current_length()
    return o.byte_length


# 10.4.5.13 TypedArrayLength ( taRecord )
def TypedArrayLength(o) -> int:  # noqa: N802
    """The current length of a view that is not out of bounds ([[ArrayLength]], or for a
    length-tracking view floor((byteLength - [[ByteOffset]]) / elementSize))."""
    return o.current_length()


# 10.4.5.14 IsTypedArrayOutOfBounds ( taRecord )
def IsTypedArrayOutOfBounds(o) -> bool:  # noqa: N802
    return o.is_out_of_bounds()


# 10.4.5.15 IsTypedArrayFixedLength ( O )
def IsTypedArrayFixedLength(o) -> bool:  # noqa: N802
    # 1. If O.[[ArrayLength]] is auto, return false.
    if o.fixed_length is None:
        return False
    # 2-4. A view on a resizable (non-shared) buffer is not fixed-length either.
    return IsFixedLengthArrayBuffer(o.viewed_array_buffer)


# 10.4.5.16 IsValidIntegerIndex ( O, index )
def IsValidIntegerIndex(o, index) -> bool:  # noqa: N802
    # 1. If IsDetachedBuffer(O.[[ViewedArrayBuffer]]) is true, return false.
    # 2-3. Not an integral Number, or -0: false.
    if index != index or index in (math.inf, -math.inf) or index != int(index):
        return False
    if index == 0 and math.copysign(1.0, index) < 0:
        return False
    # 4-8. taRecord; out of bounds (which includes detached) or index >= TypedArrayLength:
    #      false.
    return 0 <= index < o.current_length()


# 10.4.5.17 TypedArrayGetElement ( O, index )
def TypedArrayGetElement(o, index):  # noqa: N802
    if not IsValidIntegerIndex(o, index):
        return UNDEFINED
    return o.get_element(int(index))


# 10.4.5.18 TypedArraySetElement ( O, index, value )
def TypedArraySetElement(o, index, value) -> None:  # noqa: N802
    # 1-2. Convert (ToBigInt / ToNumber; the storable form is computed at once), 3. store if
    # the index is (still) valid.
    v = o.element_type.convert(value)
    if IsValidIntegerIndex(o, index):
        o.mv[o.base + int(index)] = v
