"""25.1 ArrayBuffer Objects: fixed-length and (ES2024) resizable buffers, transfer /
transferToFixedLength / detached, plus %DetachArrayBuffer% for the test262 host's
``$262.detachArrayBuffer``.

The object representation and the abstract operations on data blocks (AllocateArrayBuffer's
CreateByteDataBlock, IsDetachedBuffer, DetachArrayBuffer) are in
runtime/objects/typed_array.py, shared with the typed arrays and DataView."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, function, intrinsic
from scopejs.runtime.abstract_ops import (
    Construct, GetPrototypeFromConstructor, SpeciesConstructor, ToIndex, ToIntegerOrInfinity,
    describe_for_error,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.typed_array import (
    MAX_MAX_BYTE_LENGTH, CreateByteDataBlock, DetachArrayBuffer,
    IsDetachedBuffer, IsFixedLengthArrayBuffer, JSArrayBuffer, throw_detached_error,
)
from scopejs.runtime.values import UNDEFINED

__all__ = ["AllocateArrayBuffer", "CloneArrayBuffer", "require_array_buffer"]

ARRAY_BUFFER_PROTOTYPE = intrinsic("%ArrayBuffer.prototype%", to_string_tag="ArrayBuffer")
ARRAY_BUFFER = constructor("%ArrayBuffer%", length=1,
                           instance_prototype="%ArrayBuffer.prototype%")
DETACH_ARRAY_BUFFER = function("%DetachArrayBuffer%", length=1)

_INVALID_MAX_BYTE_LENGTH = "Invalid array buffer max length"   # V8's RangeError message


# 25.1.3.1 AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] )
def AllocateArrayBuffer(constructor_, byte_length: int,  # noqa: N802
                        max_byte_length: int | None = None) -> JSArrayBuffer:
    # 1-2. (allocatingResizableBuffer is whether maxByteLength is present)
    # 3. If allocatingResizableBuffer is true and byteLength > maxByteLength, throw a RangeError.
    if max_byte_length is not None and byte_length > max_byte_length:
        throw_range_error(_INVALID_MAX_BYTE_LENGTH)
    # 4. OrdinaryCreateFromConstructor (may run user code through newTarget.prototype)
    proto = GetPrototypeFromConstructor(constructor_, "%ArrayBuffer.prototype%")
    # 5. CreateByteDataBlock; 6-7. (resizable) a block of maxByteLength bytes must be possible.
    data = CreateByteDataBlock(byte_length)
    if max_byte_length is not None and max_byte_length > MAX_MAX_BYTE_LENGTH:
        throw_range_error(_INVALID_MAX_BYTE_LENGTH)
    return JSArrayBuffer(proto, data, max_byte_length)


# 25.1.3.7 GetArrayBufferMaxByteLengthOption ( options )
def GetArrayBufferMaxByteLengthOption(options) -> int | None:  # noqa: N802
    # 1. If options is not an Object, return empty.
    if not isinstance(options, JSObject):
        return None
    # 2. Let maxByteLength be ? Get(options, "maxByteLength").
    max_byte_length = options.Get("maxByteLength", options)
    # 3. If maxByteLength is undefined, return empty.
    if max_byte_length is UNDEFINED:
        return None
    # 4. Return ? ToIndex(maxByteLength).
    return ToIndex(max_byte_length, _INVALID_MAX_BYTE_LENGTH)


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
    # 2. Let byteLength be ? ToIndex(length).
    byte_length = ToIndex(length)
    # 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    requested_max_byte_length = GetArrayBufferMaxByteLengthOption(options)
    # 4. Return ? AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    return AllocateArrayBuffer(new_target, byte_length, requested_max_byte_length)


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
        throw_detached_error("ArrayBuffer.prototype.slice")
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
        throw_detached_error("ArrayBuffer.prototype.slice")
    if new is o:
        throw_type_error("ArrayBuffer subclass returned this from species constructor")
    if new.byte_length < new_len:
        throw_type_error("Species constructor returned a too-small ArrayBuffer")
    # NOTE: side-effects of the above steps may have detached O.
    if o.array_buffer_data is None:
        throw_detached_error("ArrayBuffer.prototype.slice")
    current_len = o.byte_length
    if first < current_len:
        count = min(new_len, current_len - first)
        new.array_buffer_data[0:count] = o.array_buffer_data[first:first + count]
    return new


@ARRAY_BUFFER_PROTOTYPE.getter("maxByteLength")
def get_ArrayBuffer_prototype_maxByteLength(realm, this):
    """25.1.6.4 get ArrayBuffer.prototype.maxByteLength"""
    o = require_array_buffer(this, "ArrayBuffer.prototype.maxByteLength")
    # 4. If IsDetachedBuffer(O) is true, return +0.
    if IsDetachedBuffer(o):
        return 0.0
    # 5-6. [[ArrayBufferByteLength]] when fixed-length, else [[ArrayBufferMaxByteLength]].
    if IsFixedLengthArrayBuffer(o):
        return float(o.byte_length)
    return float(o.max_byte_length)


@ARRAY_BUFFER_PROTOTYPE.getter("resizable")
def get_ArrayBuffer_prototype_resizable(realm, this):
    """25.1.6.5 get ArrayBuffer.prototype.resizable"""
    o = require_array_buffer(this, "ArrayBuffer.prototype.resizable")
    return not IsFixedLengthArrayBuffer(o)


@ARRAY_BUFFER_PROTOTYPE.method("resize", length=1)
def ArrayBuffer_prototype_resize(realm, this, new_length):
    """25.1.6.6 ArrayBuffer.prototype.resize ( newLength )"""
    what = "ArrayBuffer.prototype.resize"
    # 2-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]); not a SharedArrayBuffer.
    o = require_array_buffer(this, what)
    if IsFixedLengthArrayBuffer(o):
        throw_type_error(f"Method {what} called on incompatible receiver "
                         f"{describe_for_error(o)}")
    # 4. Let newByteLength be ? ToIndex(newLength).
    invalid_length = f"{what}: Invalid length parameter"
    new_byte_length = ToIndex(new_length, invalid_length)
    # 5. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if IsDetachedBuffer(o):
        throw_detached_error(what)
    # 6. If newByteLength > O.[[ArrayBufferMaxByteLength]], throw a RangeError exception.
    if new_byte_length > o.max_byte_length:
        throw_range_error(invalid_length)
    # 7-8. HostResizeArrayBuffer: none (handled); a new block of newByteLength bytes
    # (CreateByteDataBlock zeroes the bytes past the old length), the old contents copied.
    old = o.array_buffer_data
    data = CreateByteDataBlock(new_byte_length)
    keep = min(new_byte_length, o.byte_length)
    data[:keep] = old[:keep]
    # 9-11. Set O.[[ArrayBufferData]] and O.[[ArrayBufferByteLength]].
    o.replace_data(data)
    return UNDEFINED


# 25.1.3.3 ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability )
def ArrayBufferCopyAndDetach(realm, array_buffer, new_length,  # noqa: N802
                             preserve_resizability: bool, what: str):
    # 1-2. (no SharedArrayBuffer exists in this engine)
    o = require_array_buffer(array_buffer, what)
    # 3.
    new_byte_length = o.byte_length if new_length is UNDEFINED else ToIndex(new_length)
    # 4.
    if IsDetachedBuffer(o):
        throw_detached_error(what)
    # 5. newMaxByteLength: O's when preserving the resizability of a resizable buffer.
    new_max_byte_length = None
    if preserve_resizability and not IsFixedLengthArrayBuffer(o):
        new_max_byte_length = o.max_byte_length
    # 6.
    if o.detach_key is not UNDEFINED:
        throw_type_error(f"Cannot perform {what} on a non-detachable ArrayBuffer")
    # 7.
    new_buffer = AllocateArrayBuffer(realm.intrinsics["%ArrayBuffer%"], new_byte_length,
                                     new_max_byte_length)
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
    return ArrayBufferCopyAndDetach(realm, this, new_length, True,
                                    "ArrayBuffer.prototype.transfer")


@ARRAY_BUFFER_PROTOTYPE.method("transferToFixedLength", length=0)
def ArrayBuffer_prototype_transferToFixedLength(realm, this, new_length=UNDEFINED):
    """25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )"""
    return ArrayBufferCopyAndDetach(realm, this, new_length, False,
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
