"""25.3 DataView Objects: views with explicit byte order over an ArrayBuffer (fixed-length
buffers; the get/set pairs are generated from the element-type table, Table 71)."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import (
    OrdinaryCreateFromConstructor, ToBigInt, ToBoolean, ToIndex, ToNumber, describe_for_error,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.typed_array import (
    ELEMENT_TYPE_BY_NAME, GetValueFromBuffer, JSArrayBuffer, SetValueInBuffer,
)
from scopejs.runtime.values import NULL, UNDEFINED

__all__ = ["JSDataView"]

DATA_VIEW_PROTOTYPE = intrinsic("%DataView.prototype%", to_string_tag="DataView")
DATA_VIEW = constructor("%DataView%", length=1, instance_prototype="%DataView.prototype%")


class JSDataView(JSObject):
    """A DataView instance: [[DataView]], [[ViewedArrayBuffer]], [[ByteLength]],
    [[ByteOffset]]."""
    __slots__ = ("viewed_array_buffer", "byte_length", "byte_offset")

    class_name = "DataView"

    def __init__(self, proto=NULL):
        JSObject.__init__(self, proto)
        self.viewed_array_buffer = None
        self.byte_length = 0
        self.byte_offset = 0


def _require_view(this, what: str) -> JSDataView:
    if this.__class__ is not JSDataView or this.viewed_array_buffer is None:
        throw_type_error(f"Method {what} called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return this


@DATA_VIEW.behavior
def DataView(realm, new_target, buffer, byte_offset, byte_length):
    """25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor DataView requires 'new'")
    if buffer.__class__ is not JSArrayBuffer:
        throw_type_error("First argument to DataView constructor must be an ArrayBuffer")
    offset = ToIndex(byte_offset)
    if buffer.array_buffer_data is None:
        throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
    buffer_byte_length = buffer.byte_length
    if offset > buffer_byte_length:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    if byte_length is UNDEFINED:
        view_byte_length = buffer_byte_length - offset
    else:
        view_byte_length = ToIndex(byte_length)
        if offset + view_byte_length > buffer_byte_length:
            throw_range_error(f"Invalid DataView length {view_byte_length}")
    o = OrdinaryCreateFromConstructor(new_target, "%DataView.prototype%", JSDataView)
    # The prototype lookup may have run user code (a getter on newTarget.prototype).
    if buffer.array_buffer_data is None:
        throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
    buffer_byte_length = buffer.byte_length
    if offset > buffer_byte_length:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    if byte_length is not UNDEFINED and offset + view_byte_length > buffer_byte_length:
        throw_range_error(f"Invalid DataView length {view_byte_length}")
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
    o = _require_view(this, "DataView.prototype.byteLength")
    if o.viewed_array_buffer.array_buffer_data is None:
        throw_type_error("Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer")
    return float(o.byte_length)


@DATA_VIEW_PROTOTYPE.getter("byteOffset")
def get_DataView_prototype_byteOffset(realm, this):
    """25.3.4.3 get DataView.prototype.byteOffset"""
    o = _require_view(this, "DataView.prototype.byteOffset")
    if o.viewed_array_buffer.array_buffer_data is None:
        throw_type_error("Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer")
    return float(o.byte_offset)


# 25.3.1.5 GetViewValue ( view, requestIndex, isLittleEndian, type )
def GetViewValue(view, request_index, little, etype, what):  # noqa: N802
    view = _require_view(view, what)
    get_index = ToIndex(request_index)
    little = ToBoolean(little)
    if view.viewed_array_buffer.array_buffer_data is None:
        throw_type_error(f"Cannot perform {what} on a detached ArrayBuffer")
    if get_index + etype.size > view.byte_length:
        throw_range_error("Offset is outside the bounds of the DataView")
    return GetValueFromBuffer(view.viewed_array_buffer, get_index + view.byte_offset, etype,
                              little)


# 25.3.1.6 SetViewValue ( view, requestIndex, isLittleEndian, type, value )
def SetViewValue(view, request_index, little, etype, value, what):  # noqa: N802
    view = _require_view(view, what)
    get_index = ToIndex(request_index)
    number = ToBigInt(value) if etype.is_bigint else ToNumber(value)
    little = ToBoolean(little)
    if view.viewed_array_buffer.array_buffer_data is None:
        throw_type_error(f"Cannot perform {what} on a detached ArrayBuffer")
    if get_index + etype.size > view.byte_length:
        throw_range_error("Offset is outside the bounds of the DataView")
    SetValueInBuffer(view.viewed_array_buffer, get_index + view.byte_offset, etype, number,
                     little)
    return UNDEFINED


# 25.3.4.5-25.3.4.24: DataView.prototype.get<Type> / set<Type>, in node's key order.
_VIEW_TYPES = ("Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32", "Float32", "Float64",
               "BigInt64", "BigUint64")


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
