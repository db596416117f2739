"""Resizable ArrayBuffer (ES2024, 25.1.6.4-6) and the views that track it (10.4.5.9-16, 25.3.1):
the parts node 20 does not show (ES2025 steps it predates, the test262 host's detach, the
engine's own limits and the view caches). The node-comparable behaviour is in
tests/builtins/js/resizable_buffers.js (run against node by test_builtins_vs_node.py)."""
import pytest

from scopejs import api
from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.typed_array import (
    MAX_BYTE_LENGTH, IsTypedArrayFixedLength, IsTypedArrayOutOfBounds, JSArrayBuffer,
    TypedArrayLength,
)
from scopejs.runtime.values import UNDEFINED
from tests.runtime.jshelpers import engine_error, new


@pytest.fixture(scope="module")
def engine():
    return api.Engine(test262_host=True)


def js(engine, src):
    return engine.evaluate(src)


def test_resize_replaces_the_data_block_and_views_follow():
    realm = create_realm()
    options = realm.new_object()
    options.define_own_value("maxByteLength", 16.0)
    buf = new(realm, "ArrayBuffer", 4.0, options)
    assert isinstance(buf, JSArrayBuffer) and buf.max_byte_length == 16
    tracking = new(realm, "Uint16Array", buf)
    fixed = new(realm, "Uint8Array", buf, 2.0, 2.0)
    assert (tracking.fixed_length, TypedArrayLength(tracking)) == (None, 2)
    assert not IsTypedArrayFixedLength(tracking) and not IsTypedArrayFixedLength(fixed)
    tracking.set_element(1, 0x0102 * 1.0)
    old_view = tracking.mv
    resize = buf.Get("resize", buf)
    resize.Call(buf, [10.0])
    with pytest.raises(ValueError, match="released"):   # the old block's views are released
        old_view[0]
    assert buf.byte_length == 10 and bytes(buf.array_buffer_data) == b"\0\0\2\1" + bytes(6)
    assert TypedArrayLength(tracking) == 5 and tracking.get_element(1) == 0x0102
    resize.Call(buf, [3.0])
    assert IsTypedArrayOutOfBounds(fixed) and fixed.get_element(0) is UNDEFINED
    assert TypedArrayLength(tracking) == 1 and tracking.get_element(1) is UNDEFINED
    resize.Call(buf, [4.0])
    assert not IsTypedArrayOutOfBounds(fixed)
    assert [fixed.get_element(0), fixed.get_element(1)] == [2.0, 0.0]
    # bytes past the old length come back zeroed after a shrink
    assert bytes(buf.array_buffer_data) == b"\0\0\2\0"


def test_fixed_length_views_of_fixed_buffers_stay_fixed(engine):
    assert js(engine, """
        var t = new Uint8Array(new ArrayBuffer(2));
        [Object.isExtensible(Object.preventExtensions(t)), Object.isFrozen(Object.freeze(
            new Uint8Array(0)))]""") == [False, True]


@pytest.mark.parametrize("make", [
    "new Uint8Array(new ArrayBuffer(2, {maxByteLength: 4}))",
    "new Uint8Array(new ArrayBuffer(2, {maxByteLength: 4}), 0, 1)",
    "new Uint8Array(new ArrayBuffer(2, {maxByteLength: 4}), 2)",
])
def test_prevent_extensions_refuses_views_of_resizable_buffers(engine, make):
    # 10.4.5.1 [[PreventExtensions]]: false unless IsTypedArrayFixedLength (ES2025; node 20
    # predates it)
    assert js(engine, f"var v = {make}; [Reflect.preventExtensions(v), Object.isExtensible(v)]") \
        == [False, True]
    assert engine_error(engine, f"Object.preventExtensions({make})") == \
        "TypeError: Cannot prevent extensions"


def test_transfer_preserves_resizability(engine):
    assert js(engine, """
        var b = new ArrayBuffer(4, {maxByteLength: 8});
        new Uint8Array(b)[3] = 9;
        var c = b.transfer(6);
        var r = [b.detached, b.byteLength, b.maxByteLength, b.resizable, c.resizable,
                 c.maxByteLength, new Uint8Array(c)[3]];
        var d = c.transferToFixedLength();
        r.concat([d.resizable, d.byteLength, d.maxByteLength,
         new ArrayBuffer(2, {maxByteLength: 4}).transfer().maxByteLength])""") == \
        [True, 0.0, 0.0, True, True, 8.0, 9.0, False, 6.0, 6.0, 4.0]
    assert engine_error(engine, "new ArrayBuffer(2, {maxByteLength: 4}).transfer(5)") == \
        "RangeError: Invalid array buffer max length"


def test_detached_resizable_buffer(engine):
    assert js(engine, """
        var b = new ArrayBuffer(4, {maxByteLength: 8});
        var t = new Uint8Array(b), d = new DataView(b);
        $262.detachArrayBuffer(b);
        [b.byteLength, b.maxByteLength, b.resizable, t.length, t.byteOffset, t[0]]""") == \
        [0.0, 0.0, True, 0.0, 0.0, None]
    assert engine_error(engine, "var b = new ArrayBuffer(4, {maxByteLength: 8});"
                            "$262.detachArrayBuffer(b); b.resize(2)") == \
        "TypeError: Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer"
    # 25.1.6.6 steps 4-5: ToIndex(newLength) comes before the detached check
    assert engine_error(engine, "var b = new ArrayBuffer(4, {maxByteLength: 8});"
                            "b.resize({valueOf() { $262.detachArrayBuffer(b); return 1; }})") == \
        "TypeError: Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer"


def test_allocation_order_and_limits(engine):
    # 25.1.3.1 AllocateArrayBuffer: byteLength > maxByteLength is checked before the prototype
    # is read from newTarget; the maxByteLength limit after it
    assert js(engine, """
        var log = [];
        var nt = Object.defineProperty(function () {}.bind(), 'prototype',
            {get() { log.push('proto'); return ArrayBuffer.prototype; }});
        try { Reflect.construct(ArrayBuffer, [4, {maxByteLength: 2}], nt); }
        catch (e) { log.push(e.constructor.name); }
        try { Reflect.construct(ArrayBuffer, [0, {maxByteLength: 2 ** 40}], nt); }
        catch (e) { log.push(e.constructor.name); }
        log.join()""") == "RangeError,proto,RangeError"
    # growing past the engine's allocation limit fails like a failed allocation
    assert engine_error(engine, f"new ArrayBuffer(0, {{maxByteLength: 2 ** 32}})"
                            f".resize({MAX_BYTE_LENGTH + 1})") == \
        "RangeError: Array buffer allocation failed"


def test_set_from_array_like_after_the_target_shrinks(engine):
    # 23.2.3.26.1 SetTypedArrayFromArrayLike: TypedArraySetElement drops out-of-bounds writes
    assert js(engine, """
        var b = new ArrayBuffer(4, {maxByteLength: 8});
        var t = new Uint8Array(b);
        t.set({length: 3, get 0() { b.resize(1); return 5; }, 1: 6, 2: 7});
        [t.length, t[0], t[1]]""") == [1.0, 5.0, None]


def test_array_prototype_methods_see_the_current_length(engine):
    # Array.prototype methods are generic: their Get / HasProperty go through 10.4.5
    assert js(engine, """
        var b = new ArrayBuffer(4, {maxByteLength: 8});
        var t = new Uint8Array(b); t.set([1, 2, 3, 4]);
        var seen = [];
        Array.prototype.forEach.call(t, function (x, i) {
            if (i === 0) b.resize(2);
            seen.push(x);
        });
        var r = Array.prototype.every.call(t, function (x) { return x < 3; });
        [seen.join(), r, Array.prototype.lastIndexOf.call(t, 2), Object.keys(t).join()]""") == \
        ["1,2", True, 1.0, "0,1"]


def test_subarray_of_out_of_bounds_view(engine):
    # 23.2.3.30 subarray: srcLength is 0 for an out-of-bounds view; constructing the new view
    # then fails (node's messages)
    assert engine_error(engine, """
        var b = new ArrayBuffer(8, {maxByteLength: 8});
        var t = new Uint8Array(b, 4, 4);
        b.resize(2); t.subarray(0)""") == "RangeError: Invalid typed array length: 0"
    assert engine_error(engine, """
        var b = new ArrayBuffer(8, {maxByteLength: 8});
        var t = new Uint8Array(b, 2);
        b.resize(1); t.subarray(0)""") == \
        "RangeError: Start offset 2 is outside the bounds of the buffer"
