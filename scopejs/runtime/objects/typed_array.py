"""25.1 ArrayBuffer objects (the data block) and 10.4.5 TypedArray Exotic Objects.

Representation:
  ``JSArrayBuffer.array_buffer_data`` is a Python ``bytearray`` ([[ArrayBufferData]]) or None
  once detached; ``byte_length`` is [[ArrayBufferByteLength]]. Element access goes through one
  cached ``memoryview`` cast per element format (native little-endian on x86, as node), so
  reading ``ta[i]`` is one index into the view. The bytearray is never resized (fixed-length
  buffers only: resizable buffers are ES2024), so the exported views stay valid until detach.
  ``JSTypedArray`` keeps its own view and the element index of its first element (``base``);
  every access first checks that the buffer is not detached.

Element types are one table (Table 71, ``ELEMENT_TYPES``): name, size, memoryview/struct format,
content type and the conversion operation (7.1.x ToInt8 ... ToBigUint64, Float32 rounding).
"""
from __future__ import annotations

import math
import struct

from scopejs.runtime.abstract_ops.type_conversion import (
    ToBigInt, ToNumber, ToUint8Clamp,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import (
    MISSING, JSObject, ordinary_define_own_property, ordinary_set,
)
from scopejs.runtime.property import WEC, Accessor, PropertyDescriptor
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt

__all__ = ["ElementType", "ELEMENT_TYPES", "ELEMENT_TYPE_BY_NAME", "JSArrayBuffer",
           "JSTypedArray", "IsDetachedBuffer", "DetachArrayBuffer", "CreateByteDataBlock",
           "IsValidIntegerIndex", "TypedArrayGetElement", "TypedArraySetElement",
           "GetValueFromBuffer", "SetValueInBuffer", "numeric_index", "MAX_BYTE_LENGTH"]

# Engine limit (design.md "nothing may hang or exhaust memory without a configurable limit"):
# a data block larger than this is reported as node reports a failed allocation.
MAX_BYTE_LENGTH = 1 << 28


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
    try:
        return struct.unpack("<f", struct.pack("<f", n))[0]
    except OverflowError:
        # CPython refuses to pack a finite double that rounds to infinity; the IEEE rounding
        # (roundTiesToEven) result is that infinity.
        return math.copysign(math.inf, n)


def _clamp(value) -> int:
    return ToUint8Clamp(value)


class ElementType:
    """One row of Table 71 (TypedArray Constructors)."""
    __slots__ = ("name", "size", "fmt", "is_bigint", "is_float", "convert", "intrinsic",
                 "prototype")

    def __init__(self, name, size, fmt, is_bigint, is_float, convert):
        self.name = name              # [[TypedArrayName]]: "Int8Array" ...
        self.size = size              # Element Size
        self.fmt = fmt                # memoryview / struct format character
        self.is_bigint = is_bigint    # [[ContentType]] is BigInt
        self.is_float = is_float
        self.convert = convert        # JS value -> storable Python int/float (may call JS)
        self.intrinsic = f"%{name}%"
        self.prototype = f"%{name}.prototype%"

    def __repr__(self) -> str:
        return f"<ElementType {self.name}>"


# Table 71: The TypedArray Constructors
ELEMENT_TYPES = (
    ElementType("Int8Array", 1, "b", False, False, _int_converter(8, True)),
    ElementType("Uint8Array", 1, "B", False, False, _int_converter(8, False)),
    ElementType("Uint8ClampedArray", 1, "B", False, False, _clamp),
    ElementType("Int16Array", 2, "h", False, False, _int_converter(16, True)),
    ElementType("Uint16Array", 2, "H", False, False, _int_converter(16, False)),
    ElementType("Int32Array", 4, "i", False, False, _int_converter(32, True)),
    ElementType("Uint32Array", 4, "I", False, False, _int_converter(32, False)),
    ElementType("Float32Array", 4, "f", False, True, _to_float32),
    ElementType("Float64Array", 8, "d", False, True, _to_float),
    ElementType("BigInt64Array", 8, "q", True, False, _bigint_converter(True)),
    ElementType("BigUint64Array", 8, "Q", True, False, _bigint_converter(False)),
)
ELEMENT_TYPE_BY_NAME = {t.name: t for t in ELEMENT_TYPES}
for _t in ELEMENT_TYPES:
    if struct.calcsize(_t.fmt) != _t.size:   # pragma: no cover - exotic platform
        raise ImportError(f"native format {_t.fmt!r} is not {_t.size} bytes")


# -- 25.1 ArrayBuffer ---------------------------------------------------------------------------

class JSArrayBuffer(JSObject):
    """An ArrayBuffer instance: [[ArrayBufferData]] (``array_buffer_data``, None when
    detached), [[ArrayBufferByteLength]] (``byte_length``), [[ArrayBufferDetachKey]]."""
    __slots__ = ("array_buffer_data", "byte_length", "detach_key", "views")

    class_name = "ArrayBuffer"

    def __init__(self, proto=NULL, data: bytearray | None = None):
        JSObject.__init__(self, proto)
        self.array_buffer_data = data
        self.byte_length = 0 if data is None else len(data)
        self.detach_key = UNDEFINED
        self.views = None

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


# 6.2.9.1 CreateByteDataBlock ( size )
def CreateByteDataBlock(size: int) -> bytearray:  # noqa: N802
    if size > MAX_BYTE_LENGTH:
        throw_range_error("Array buffer allocation failed")
    return bytearray(size)


# 25.1.3.4 IsDetachedBuffer ( arrayBuffer )
def IsDetachedBuffer(buffer) -> bool:  # noqa: N802
    return buffer.array_buffer_data is None


# 25.1.3.5 DetachArrayBuffer ( arrayBuffer [ , key ] )
def DetachArrayBuffer(buffer, key=UNDEFINED) -> None:  # noqa: N802
    from scopejs.runtime.values import SameValue
    if not SameValue(buffer.detach_key, key):
        throw_type_error("Cannot detach an ArrayBuffer with a different detach key")
    views = buffer.views
    buffer.views = None
    if views:
        for mv in views.values():
            mv.release()
    buffer.array_buffer_data = None
    buffer.byte_length = 0


# 25.1.3.16 GetValueFromBuffer ( arrayBuffer, byteIndex, type, isTypedArray, order
#           [ , isLittleEndian ] )
def GetValueFromBuffer(buffer, byte_index: int, etype: ElementType, little: bool = True):  # noqa: N802
    raw = struct.unpack_from(("<" if little else ">") + etype.fmt,
                             buffer.array_buffer_data, byte_index)[0]
    if etype.is_bigint:
        return JSBigInt(raw)
    return float(raw)


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
    (``viewed_array_buffer``), [[ByteLength]], [[ByteOffset]], [[ArrayLength]]."""
    __slots__ = ("typed_array_name", "element_type", "viewed_array_buffer", "byte_length",
                 "byte_offset", "array_length", "mv", "base")

    plain_props = False
    ordinary_get_set = False

    def __init__(self, proto, etype: ElementType):
        JSObject.__init__(self, proto)
        self.typed_array_name = etype.name
        self.element_type = etype
        self.viewed_array_buffer = None
        self.byte_length = 0
        self.byte_offset = 0
        self.array_length = 0
        self.mv = None
        self.base = 0

    @property
    def class_name(self):  # for console formatting / constructor names
        return self.typed_array_name

    def attach(self, buffer: JSArrayBuffer, byte_offset: int, length: int) -> None:
        """Set [[ViewedArrayBuffer]], [[ByteOffset]], [[ArrayLength]], [[ByteLength]]."""
        size = self.element_type.size
        self.viewed_array_buffer = buffer
        self.byte_offset = byte_offset
        self.array_length = length
        self.byte_length = length * size
        self.mv = buffer.view(self.element_type.fmt) if length else None
        self.base = byte_offset // size

    # 10.4.5.9-12 IsTypedArrayOutOfBounds / TypedArrayLength (fixed-length buffers: only a
    # detached buffer makes the view out of bounds)
    def is_out_of_bounds(self) -> bool:
        return self.viewed_array_buffer.array_buffer_data is None

    def typed_array_length(self) -> int:
        """TypedArrayLength of a validated view; TypeError when detached (used by
        %ArrayIteratorPrototype%.next, 23.1.5.2.1 step 6.b.ii)."""
        if self.viewed_array_buffer.array_buffer_data is None:
            throw_type_error("Cannot perform %ArrayIteratorPrototype%.next on a detached "
                             "ArrayBuffer")
        return self.array_length

    # -- element access (int index) ---------------------------------------------------------

    def get_element(self, i: int):
        """10.4.5.17 TypedArrayGetElement for an int index: the value or UNDEFINED."""
        if 0 <= i < self.array_length and self.viewed_array_buffer.array_buffer_data is not None:
            v = self.mv[self.base + i]
            return JSBigInt(v) if self.element_type.is_bigint else float(v)
        return UNDEFINED

    def set_element(self, i, value) -> None:
        """10.4.5.18 TypedArraySetElement ( O, index, value ): convert first (may run JS and
        detach the buffer), then store if the index is still valid."""
        v = self.element_type.convert(value)
        if i.__class__ is not int:
            if not IsValidIntegerIndex(self, i):
                return
            i = int(i)
        if 0 <= i < self.array_length and self.viewed_array_buffer.array_buffer_data is not None:
            self.mv[self.base + i] = v

    def get_index(self, index: int):
        if index < self.array_length and self.viewed_array_buffer.array_buffer_data is not None:
            v = self.mv[self.base + index]
            return JSBigInt(v) if self.element_type.is_bigint else float(v)
        return UNDEFINED

    def set_index(self, index: int, value) -> bool:
        v = self.element_type.convert(value)
        if index < self.array_length and self.viewed_array_buffer.array_buffer_data is not None:
            self.mv[self.base + index] = v
        return True

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
        keys = []
        if self.viewed_array_buffer.array_buffer_data is not None:
            keys = [str(i) for i in range(self.array_length)]
        strings = []
        symbols = []
        for k in self.props:
            (strings if k.__class__ is str else symbols).append(k)
        keys.extend(strings)
        keys.extend(symbols)
        return keys


# 10.4.5.16 IsValidIntegerIndex ( O, index )
def IsValidIntegerIndex(o, index) -> bool:  # noqa: N802
    if o.viewed_array_buffer.array_buffer_data is None:
        return False
    if index != index or index in (math.inf, -math.inf) or index != int(index):
        return False
    if index == 0 and math.copysign(1.0, index) < 0:
        return False
    return 0 <= index < o.array_length


# 10.4.5.17 TypedArrayGetElement ( O, index )
def TypedArrayGetElement(o, index):  # noqa: N802
    if not IsValidIntegerIndex(o, index):
        return UNDEFINED
    v = o.mv[o.base + int(index)]
    return JSBigInt(v) if o.element_type.is_bigint else float(v)


# 10.4.5.18 TypedArraySetElement ( O, index, value )
def TypedArraySetElement(o, index, value) -> None:  # noqa: N802
    # 1-2. Convert (ToBigInt / ToNumber; the storable form is computed at once), 3. store if
    # the index is (still) valid.
    v = o.element_type.convert(value)
    if IsValidIntegerIndex(o, index):
        o.mv[o.base + int(index)] = v
