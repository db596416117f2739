"""25.1 ArrayBuffer and 25.3 DataView (expected values and messages are node v20's)."""
import pytest

from scopejs import api
from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.typed_array import (
    ELEMENT_TYPE_BY_NAME, MAX_BYTE_LENGTH, DetachArrayBuffer, GetValueFromBuffer,
    JSArrayBuffer, SetValueInBuffer,
)
from scopejs.runtime.values import JSBigInt
from tests.runtime.jshelpers import call, engine_error, new, thrown


@pytest.fixture(scope="module")
def engine():
    return api.Engine(test262_host=True)


@pytest.fixture
def realm():
    return create_realm()


def js(engine, src):
    return engine.evaluate(src)


def test_array_buffer_constructor_and_byte_length(realm):
    buf = new(realm, "ArrayBuffer", 4.0)
    assert isinstance(buf, JSArrayBuffer) and buf.array_buffer_data == bytearray(4)
    assert buf.Get("byteLength", buf) == 4.0
    assert thrown(call, realm, "ArrayBuffer", 1.0) == \
        "TypeError: Constructor ArrayBuffer requires 'new'"
    assert thrown(new, realm, "ArrayBuffer", -1.0) == "RangeError: Invalid index"


def test_array_buffer_allocation_limit(realm):
    assert thrown(new, realm, "ArrayBuffer", float(MAX_BYTE_LENGTH + 1)) == \
        "RangeError: Array buffer allocation failed"


def test_array_buffer_slice_and_is_view(engine):
    assert js(engine, "var b = new Uint8Array([1,2,3,4,5]).buffer.slice(1, -1);"
                      "[b.byteLength, ...new Uint8Array(b)]") == [3.0, 2.0, 3.0, 4.0]
    assert js(engine, "[ArrayBuffer.isView(new DataView(new ArrayBuffer(1))),"
                      " ArrayBuffer.isView(new Int8Array(1)), ArrayBuffer.isView([])]") == \
        [True, True, False]


def test_array_buffer_slice_species(engine):
    assert js(engine, """
        class B extends ArrayBuffer {}
        var s = new B(4).slice(0, 2);
        [s instanceof B, s.byteLength]""") == [True, 2.0]
    assert engine_error(engine, """
        var b = new ArrayBuffer(4);
        b.constructor = {[Symbol.species]: function () { return b; }};
        b.slice()""") == "TypeError: ArrayBuffer subclass returned this from species constructor"


def test_detach_makes_views_empty(engine):
    assert js(engine, """
        var ta = new Uint16Array([1, 2, 3]);
        $262.detachArrayBuffer(ta.buffer);
        [ta.length, ta.byteLength, ta.byteOffset, ta[0], ta.buffer.byteLength, 0 in ta,
         Object.keys(ta).length]""") == [0.0, 0.0, 0.0, None, 0.0, False, 0.0]
    assert engine_error(engine, "var t = new Int8Array(2); $262.detachArrayBuffer(t.buffer);"
                            "t.fill(1)") == \
        "TypeError: Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer"


def test_detach_array_buffer_releases_views(realm):
    buf = new(realm, "ArrayBuffer", 8.0)
    buf.view("d")
    DetachArrayBuffer(buf)
    assert buf.array_buffer_data is None and buf.byte_length == 0 and buf.views is None


def test_value_from_buffer_endianness(realm):
    buf = new(realm, "ArrayBuffer", 8.0)
    i32 = ELEMENT_TYPE_BY_NAME["Int32Array"]
    SetValueInBuffer(buf, 0, i32, -2.0, little=False)
    assert bytes(buf.array_buffer_data[:4]) == b"\xff\xff\xff\xfe"
    assert GetValueFromBuffer(buf, 0, i32, little=False) == -2.0
    big = ELEMENT_TYPE_BY_NAME["BigUint64Array"]
    SetValueInBuffer(buf, 0, big, JSBigInt(-1))
    assert GetValueFromBuffer(buf, 0, big) == JSBigInt(2 ** 64 - 1)


def test_data_view_get_set_all_types(engine):
    assert js(engine, """
        var dv = new DataView(new ArrayBuffer(16), 4);
        var out = [dv.byteOffset, dv.byteLength];
        dv.setInt8(0, -1); out.push(dv.getUint8(0), dv.getInt8(0));
        dv.setUint16(0, 0x1234); out.push(dv.getUint16(0, true), dv.getInt16(0));
        dv.setInt32(0, -5, true); out.push(dv.getInt32(0, true), dv.getUint32(0, true));
        dv.setFloat32(0, 1.1); out.push(dv.getFloat32(0));
        dv.setFloat64(0, Math.PI, true); out.push(dv.getFloat64(0, true));
        dv.setBigInt64(0, -3n); out.push(String(dv.getBigInt64(0)), String(dv.getBigUint64(0)));
        out""") == [4.0, 12.0, 255.0, -1.0, 0x3412, 0x1234, -5.0, 4294967291.0,
                    1.100000023841858, 3.141592653589793, "-3", "18446744073709551613"]


@pytest.mark.parametrize("src,message", [
    ("new DataView({})", "TypeError: First argument to DataView constructor must be an ArrayBuffer"),
    ("new DataView(new ArrayBuffer(2), 3)",
     "RangeError: Start offset 3 is outside the bounds of the buffer"),
    ("new DataView(new ArrayBuffer(2), 1, 3)", "RangeError: Invalid DataView length 3"),
    ("new DataView(new ArrayBuffer(2)).getInt32(0)",
     "RangeError: Offset is outside the bounds of the DataView"),
    ("new DataView(new ArrayBuffer(8)).setBigInt64(0, 1)", "TypeError: Cannot convert 1 to a BigInt"),
    ("DataView(new ArrayBuffer(1))", "TypeError: Constructor DataView requires 'new'"),
])
def test_data_view_errors(engine, src, message):
    assert engine_error(engine, src) == message


def test_data_view_detached(engine):
    assert engine_error(engine, "var d = new DataView(new ArrayBuffer(4));"
                            "$262.detachArrayBuffer(d.buffer); d.byteLength") == \
        "TypeError: Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer"
    assert engine_error(engine, "var d = new DataView(new ArrayBuffer(4));"
                            "$262.detachArrayBuffer(d.buffer); d.getInt8(0)") == \
        "TypeError: Cannot perform DataView.prototype.getInt8 on a detached ArrayBuffer"
