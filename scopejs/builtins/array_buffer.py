"""25.1 ArrayBuffer Objects (fixed-length buffers; the ES2024 transfer / transferToFixedLength /
detached are here, resizable buffers are not implemented yet), plus
%DetachArrayBuffer% for the test262 host's ``$262.detachArrayBuffer``.

The object representation and the abstract operations on data blocks (AllocateArrayBuffer's
CreateByteDataBlock, IsDetachedBuffer, DetachArrayBuffer) are in
runtime/objects/typed_array.py, shared with the typed arrays and DataView."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, function, intrinsic
from scopejs.runtime.abstract_ops import (
    Construct, GetPrototypeFromConstructor, SpeciesConstructor, ToIndex, ToIntegerOrInfinity,
    describe_for_error,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.typed_array import (
    CreateByteDataBlock, DetachArrayBuffer, IsDetachedBuffer, JSArrayBuffer,
)
from scopejs.runtime.values import UNDEFINED

__all__ = ["AllocateArrayBuffer", "CloneArrayBuffer", "require_array_buffer"]

ARRAY_BUFFER_PROTOTYPE = intrinsic("%ArrayBuffer.prototype%", to_string_tag="ArrayBuffer")
ARRAY_BUFFER = constructor("%ArrayBuffer%", length=1,
                           instance_prototype="%ArrayBuffer.prototype%")
DETACH_ARRAY_BUFFER = function("%DetachArrayBuffer%", length=1)


# 25.1.3.1 AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] )
def AllocateArrayBuffer(constructor_, byte_length: int) -> JSArrayBuffer:  # noqa: N802
    proto = GetPrototypeFromConstructor(constructor_, "%ArrayBuffer.prototype%")
    return JSArrayBuffer(proto, CreateByteDataBlock(byte_length))


# 25.1.3.6 CloneArrayBuffer ( srcBuffer, srcByteOffset, srcLength )
def CloneArrayBuffer(realm, src: JSArrayBuffer, offset: int, length: int):  # noqa: N802
    target = AllocateArrayBuffer(realm.intrinsics["%ArrayBuffer%"], length)
    target.array_buffer_data[:] = src.array_buffer_data[offset:offset + length]
    return target


def require_array_buffer(this, what: str) -> JSArrayBuffer:
    """RequireInternalSlot(O, [[ArrayBufferData]]) (+ not a SharedArrayBuffer)."""
    if this.__class__ is not JSArrayBuffer:
        throw_type_error(f"Method {what} called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return this


@ARRAY_BUFFER.behavior
def ArrayBuffer(realm, new_target, length, options=UNDEFINED):
    """25.1.4.1 ArrayBuffer ( length [ , options ] )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor ArrayBuffer requires 'new'")
    byte_length = ToIndex(length)
    return AllocateArrayBuffer(new_target, byte_length)


@ARRAY_BUFFER.method("isView", length=1)
def ArrayBuffer_isView(realm, this, arg):
    """25.1.5.1 ArrayBuffer.isView ( arg )"""
    return isinstance(arg, JSObject) and getattr(arg, "viewed_array_buffer", None) is not None


@ARRAY_BUFFER.getter("@@species")
def get_ArrayBuffer_species(realm, this):
    """25.1.5.3 get ArrayBuffer [ @@species ]"""
    return this


@ARRAY_BUFFER_PROTOTYPE.getter("byteLength")
def get_ArrayBuffer_prototype_byteLength(realm, this):
    """25.1.6.1 get ArrayBuffer.prototype.byteLength"""
    o = require_array_buffer(this, "ArrayBuffer.prototype.byteLength")
    return float(o.byte_length)


@ARRAY_BUFFER_PROTOTYPE.method("slice", length=2)
def ArrayBuffer_prototype_slice(realm, this, start, end):
    """25.1.6.7 ArrayBuffer.prototype.slice ( start, end )"""
    o = require_array_buffer(this, "ArrayBuffer.prototype.slice")
    if o.array_buffer_data is None:
        throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    length = o.byte_length
    first = _relative(start, length, 0)
    final = length if end is UNDEFINED else _relative(end, length, length)
    new_len = max(final - first, 0)
    ctor = SpeciesConstructor(o, realm.intrinsics["%ArrayBuffer%"])
    new = Construct(ctor, [float(new_len)])
    if new.__class__ is not JSArrayBuffer:
        throw_type_error("ArrayBuffer subclass returned this from species constructor"
                         if new is o else
                         "Method ArrayBuffer.prototype.slice called on incompatible receiver "
                         f"{describe_for_error(new)}")
    if new.array_buffer_data is None:
        throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    if new is o:
        throw_type_error("ArrayBuffer subclass returned this from species constructor")
    if new.byte_length < new_len:
        throw_type_error("Species constructor returned a too-small ArrayBuffer")
    # NOTE: side-effects of the above steps may have detached O.
    if o.array_buffer_data is None:
        throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    current_len = o.byte_length
    if first < current_len:
        count = min(new_len, current_len - first)
        new.array_buffer_data[0:count] = o.array_buffer_data[first:first + count]
    return new


# 25.1.3.3 ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability )
def ArrayBufferCopyAndDetach(realm, array_buffer, new_length, what: str):  # noqa: N802
    # 1-2. (no SharedArrayBuffer exists in this engine)
    o = require_array_buffer(array_buffer, what)
    # 3.
    new_byte_length = o.byte_length if new_length is UNDEFINED else ToIndex(new_length)
    # 4.
    if IsDetachedBuffer(o):
        throw_type_error(f"Cannot perform {what} on a detached ArrayBuffer")
    # 5. Every buffer is fixed-length, so newMaxByteLength is empty either way.
    # 6.
    if o.detach_key is not UNDEFINED:
        throw_type_error(f"Cannot perform {what} on a non-detachable ArrayBuffer")
    # 7.
    new_buffer = AllocateArrayBuffer(realm.intrinsics["%ArrayBuffer%"], new_byte_length)
    # 8-11.
    copy_length = min(new_byte_length, o.byte_length)
    new_buffer.array_buffer_data[:copy_length] = o.array_buffer_data[:copy_length]
    # 12-13.
    DetachArrayBuffer(o)
    return new_buffer


@ARRAY_BUFFER_PROTOTYPE.getter("detached")
def get_ArrayBuffer_prototype_detached(realm, this):
    """25.1.6.3 get ArrayBuffer.prototype.detached"""
    o = require_array_buffer(this, "ArrayBuffer.prototype.detached")
    return IsDetachedBuffer(o)


@ARRAY_BUFFER_PROTOTYPE.method("transfer", length=0)
def ArrayBuffer_prototype_transfer(realm, this, new_length=UNDEFINED):
    """25.1.6.8 ArrayBuffer.prototype.transfer ( [ newLength ] )"""
    return ArrayBufferCopyAndDetach(realm, this, new_length, "ArrayBuffer.prototype.transfer")


@ARRAY_BUFFER_PROTOTYPE.method("transferToFixedLength", length=0)
def ArrayBuffer_prototype_transferToFixedLength(realm, this, new_length=UNDEFINED):
    """25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )"""
    return ArrayBufferCopyAndDetach(realm, this, new_length,
                                    "ArrayBuffer.prototype.transferToFixedLength")


def _relative(value, length: int, default: int) -> int:
    rel = ToIntegerOrInfinity(value)
    if rel < 0:
        return int(max(length + rel, 0))
    return int(min(rel, length))


@DETACH_ARRAY_BUFFER.behavior
def DetachArrayBuffer_(realm, this, buffer, key=UNDEFINED):
    """25.1.3.5 DetachArrayBuffer, exposed to hosts ($262.detachArrayBuffer)."""
    if buffer.__class__ is not JSArrayBuffer:
        throw_type_error("detachArrayBuffer: not an ArrayBuffer")
    DetachArrayBuffer(buffer, key)
    return UNDEFINED
