"""25.3 DataView Objects: views with explicit byte order over an ArrayBuffer, fixed-length or
length-tracking over a resizable buffer (the get/set pairs are generated from the element-type
table, Table 71).

DataView With Buffer Witness Records (25.3.1.1): as for typed arrays (see
runtime/objects/typed_array.py), with no SharedArrayBuffer the buffer's byte length can change
only while JavaScript runs, so the operations below read the buffer's current byte length where
the spec reads the record's cached one."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import (
    OrdinaryCreateFromConstructor, ToBigInt, ToBoolean, ToIndex, ToNumber, describe_for_error,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.typed_array import (
    ELEMENT_TYPE_BY_NAME, GetValueFromBuffer, IsDetachedBuffer,
    IsFixedLengthArrayBuffer, JSArrayBuffer, SetValueInBuffer, throw_detached_error,
)
from scopejs.runtime.values import NULL, UNDEFINED

__all__ = ["JSDataView", "IsViewOutOfBounds", "GetViewByteLength"]

DATA_VIEW_PROTOTYPE = intrinsic("%DataView.prototype%", to_string_tag="DataView")
DATA_VIEW = constructor("%DataView%", length=1, instance_prototype="%DataView.prototype%")


class JSDataView(JSObject):
    """A DataView instance: [[DataView]], [[ViewedArrayBuffer]], [[ByteLength]]
    (``byte_length``; None is ``auto``: the view tracks a resizable buffer's length),
    [[ByteOffset]]."""
    __slots__ = ("viewed_array_buffer", "byte_length", "byte_offset")

    class_name = "DataView"

    def __init__(self, proto=NULL):
        JSObject.__init__(self, proto)
        self.viewed_array_buffer = None
        self.byte_length = 0
        self.byte_offset = 0


# 25.3.1.3 GetViewByteLength ( viewRecord )
def GetViewByteLength(view) -> int:  # noqa: N802
    # 1. Assert: IsViewOutOfBounds(viewRecord) is false.
    # 2-3. [[ByteLength]] unless it is auto.
    if view.byte_length is not None:
        return view.byte_length
    # 4-7. byteLength - byteOffset of the buffer's current length.
    return view.viewed_array_buffer.byte_length - view.byte_offset


# 25.3.1.4 IsViewOutOfBounds ( viewRecord )
def IsViewOutOfBounds(view) -> bool:  # noqa: N802
    buffer = view.viewed_array_buffer
    # 1-3. A detached buffer's views are out of bounds.
    if IsDetachedBuffer(buffer):
        return True
    # 4-7. The view's byte range must lie within the buffer's current byte length.
    buffer_byte_length = buffer.byte_length
    start = view.byte_offset
    end = buffer_byte_length if view.byte_length is None else start + view.byte_length
    return start > buffer_byte_length or end > buffer_byte_length


def _require_view(this, what: str) -> JSDataView:
    if this.__class__ is not JSDataView or this.viewed_array_buffer is None:
        throw_type_error(f"Method {what} called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return this


def _check_in_bounds(view, what: str) -> None:
    if IsViewOutOfBounds(view):
        # V8 says "detached" for a view out of bounds of a shrunk buffer too.
        throw_detached_error(what)


@DATA_VIEW.behavior
def DataView(realm, new_target, buffer, byte_offset, byte_length):
    """25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )"""
    # 1.
    if new_target is UNDEFINED:
        throw_type_error("Constructor DataView requires 'new'")
    # 2. Perform ? RequireInternalSlot(buffer, [[ArrayBufferData]]).
    if buffer.__class__ is not JSArrayBuffer:
        throw_type_error("First argument to DataView constructor must be an ArrayBuffer")
    # 3. Let offset be ? ToIndex(byteOffset).
    offset = ToIndex(byte_offset)
    # 4.
    if IsDetachedBuffer(buffer):
        throw_detached_error("DataView constructor")
    # 5-6.
    buffer_byte_length = buffer.byte_length
    if offset > buffer_byte_length:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    # 7. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
    buffer_is_fixed_length = IsFixedLengthArrayBuffer(buffer)
    # 8. byteLength undefined: the rest of a fixed-length buffer, or auto.
    if byte_length is UNDEFINED:
        view_byte_length = buffer_byte_length - offset if buffer_is_fixed_length else None
    # 9.
    else:
        view_byte_length = ToIndex(byte_length)
        if offset + view_byte_length > buffer_byte_length:
            throw_range_error(f"Invalid DataView length {view_byte_length}")
    # 10. The prototype lookup may run user code (a getter on newTarget.prototype).
    o = OrdinaryCreateFromConstructor(new_target, "%DataView.prototype%", JSDataView)
    # 11.
    if IsDetachedBuffer(buffer):
        throw_detached_error("DataView constructor")
    # 12-13. Set bufferByteLength to ArrayBufferByteLength(buffer, seq-cst).
    buffer_byte_length = buffer.byte_length
    if offset > buffer_byte_length:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    # 14.
    if byte_length is not UNDEFINED and offset + view_byte_length > buffer_byte_length:
        throw_range_error(f"Invalid DataView length {view_byte_length}")
    # 15-18.
    o.viewed_array_buffer = buffer
    o.byte_length = view_byte_length
    o.byte_offset = offset
    return o


@DATA_VIEW_PROTOTYPE.getter("buffer")
def get_DataView_prototype_buffer(realm, this):
    """25.3.4.1 get DataView.prototype.buffer"""
    return _require_view(this, "DataView.prototype.buffer").viewed_array_buffer


@DATA_VIEW_PROTOTYPE.getter("byteLength")
def get_DataView_prototype_byteLength(realm, this):
    """25.3.4.2 get DataView.prototype.byteLength"""
    what = "DataView.prototype.byteLength"
    o = _require_view(this, what)
    _check_in_bounds(o, what)
    return float(GetViewByteLength(o))


@DATA_VIEW_PROTOTYPE.getter("byteOffset")
def get_DataView_prototype_byteOffset(realm, this):
    """25.3.4.3 get DataView.prototype.byteOffset"""
    what = "DataView.prototype.byteOffset"
    o = _require_view(this, what)
    _check_in_bounds(o, what)
    return float(o.byte_offset)


# 25.3.1.5 GetViewValue ( view, requestIndex, isLittleEndian, type )
def GetViewValue(view, request_index, little, etype, what):  # noqa: N802
    view = _require_view(view, what)
    get_index = ToIndex(request_index)
    little = ToBoolean(little)
    # 5-8. viewRecord; TypeError when out of bounds (or detached).
    _check_in_bounds(view, what)
    # 9-11.
    if get_index + etype.size > GetViewByteLength(view):
        throw_range_error("Offset is outside the bounds of the DataView")
    return GetValueFromBuffer(view.viewed_array_buffer, get_index + view.byte_offset, etype,
                              little)


# 25.3.1.6 SetViewValue ( view, requestIndex, isLittleEndian, type, value )
def SetViewValue(view, request_index, little, etype, value, what):  # noqa: N802
    view = _require_view(view, what)
    get_index = ToIndex(request_index)
    number = ToBigInt(value) if etype.is_bigint else ToNumber(value)
    little = ToBoolean(little)
    # 6-9.
    _check_in_bounds(view, what)
    # 10-12.
    if get_index + etype.size > GetViewByteLength(view):
        throw_range_error("Offset is outside the bounds of the DataView")
    SetValueInBuffer(view.viewed_array_buffer, get_index + view.byte_offset, etype, number,
                     little)
    return UNDEFINED


# 25.3.4.5-25.3.4.26: DataView.prototype.get<Type> / set<Type>, in node's key order
# (Float16 before Float32, as V8 with Float16Array declares them).
_VIEW_TYPES = ("Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32", "Float16", "Float32",
               "Float64", "BigInt64", "BigUint64")


def _declare_accessors(type_name: str) -> None:
    etype = ELEMENT_TYPE_BY_NAME[type_name + "Array"]
    get_what = f"DataView.prototype.get{type_name}"
    set_what = f"DataView.prototype.set{type_name}"

    def getter(realm, this, byte_offset, little_endian=UNDEFINED):
        return GetViewValue(this, byte_offset, little_endian, etype, get_what)

    def setter(realm, this, byte_offset, value, little_endian=UNDEFINED):
        return SetViewValue(this, byte_offset, little_endian, etype, value, set_what)

    getter.__doc__ = f"{get_what} ( byteOffset [ , littleEndian ] )"
    setter.__doc__ = f"{set_what} ( byteOffset, value [ , littleEndian ] )"
    DATA_VIEW_PROTOTYPE.method(f"get{type_name}", length=1)(getter)
    DATA_VIEW_PROTOTYPE.method(f"set{type_name}", length=2)(setter)


for _name in _VIEW_TYPES:
    _declare_accessors(_name)
