"""7.1 Type Conversion: ToNumber/StringToNumber, ToString, integer conversions, ToPropertyKey."""
import json
import math
import subprocess

import pytest

from scopejs.runtime.abstract_ops import (
    CanonicalNumericIndexString, StringToBigInt, ToBigInt, ToBoolean, ToIndex, ToInt8, ToInt16,
    ToInt32, ToIntegerOrInfinity, ToLength, ToNumber, ToNumeric, ToObject, ToPrimitive,
    ToPropertyKey, ToString, ToUint8, ToUint8Clamp, ToUint16, ToUint32,
)
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol
from tests.conftest import NODE

STRINGS = ["", "  ", "42", " 42 ", "4 2", "0x1F", "0X1f", "0o17", "0b101", "-0x1", "+0x1",
           "1e3", "1E-3", ".5", "5.", "+.5", "-.5e1", "Infinity", "-Infinity", "+Infinity",
           "infinity", "inf", "NaN", "1_000", "\u00a01\ufeff", "\n\t12\r", "0.0000001", "1e400",
           "-0", "00012", "1.2.3", "e5", "0x", "12px", "\u2028 7 \u2029", "0b2", "٣"]


def _js_num(s):
    return "NaN" if s != s else repr(s)


def test_string_to_number_matches_node():
    if NODE is None:
        pytest.skip("node not installed")
    out = subprocess.run([NODE, "-e", "const a=%s;console.log(JSON.stringify(a.map(s=>String("
                          "Object.is(Number(s),-0)?'-0':Number(s)))))" % json.dumps(STRINGS)],
                         capture_output=True, text=True, timeout=30).stdout
    expected = json.loads(out)
    ours = []
    for s in STRINGS:
        n = ToNumber(s)
        ours.append("-0" if n == 0 and math.copysign(1, n) < 0 else ToString(n))
    assert ours == expected


@pytest.mark.parametrize("value,expected", [
    (UNDEFINED, math.nan), (NULL, 0.0), (True, 1.0), (False, 0.0), ("  12  ", 12.0),
    ("0x10", 16.0), ("", 0.0), ("abc", math.nan), ("-Infinity", -math.inf),
])
def test_to_number_primitives(value, expected):
    n = ToNumber(value)
    assert (n != n and expected != expected) or n == expected
    assert n.__class__ is float


def test_to_number_symbol_and_bigint_throw(realm):
    for v in (JSSymbol("x"), JSBigInt(1)):
        with pytest.raises(ThrowCompletion) as info:
            ToNumber(v)
        assert info.value.value.Get("name", info.value.value) == "TypeError"


@pytest.mark.parametrize("value,expected", [
    (UNDEFINED, "undefined"), (NULL, "null"), (True, "true"), (-0.0, "0"), (1e21, "1e+21"),
    (42.0, "42"), (JSBigInt(-5), "-5"), (0.1, "0.1"), (-1.5, "-1.5"),
])
def test_to_string(value, expected):
    assert ToString(value) == expected


def test_to_string_symbol_throws(realm):
    with pytest.raises(ThrowCompletion):
        ToString(JSSymbol("s"))


@pytest.mark.parametrize("value,expected", [
    (0.0, False), (-0.0, False), (math.nan, False), (1.0, True), ("", False), ("0", True),
    (UNDEFINED, False), (NULL, False), (JSBigInt(0), False), (JSBigInt(2), True),
    (JSSymbol(), True),
])
def test_to_boolean(value, expected):
    assert ToBoolean(value) is expected


def test_to_boolean_object_is_true(realm):
    assert ToBoolean(JSObject(NULL)) is True


@pytest.mark.parametrize("value,i32,u32,i16,u16,i8,u8", [
    (0.0, 0, 0, 0, 0, 0, 0), (-1.0, -1, 4294967295, -1, 65535, -1, 255),
    (2.0 ** 31, -2147483648, 2147483648, 0, 0, 0, 0), (2.0 ** 32 + 5, 5, 5, 5, 5, 5, 5),
    (math.nan, 0, 0, 0, 0, 0, 0), (math.inf, 0, 0, 0, 0, 0, 0), (-3.7, -3, 4294967293, -3,
                                                                 65533, -3, 253),
    (4294967296.5, 0, 0, 0, 0, 0, 0), (1e21, -559939584, 3735027712, 0, 0, 0, 0),
    (128.0, 128, 128, 128, 128, -128, 128),
])
def test_integer_conversions(value, i32, u32, i16, u16, i8, u8):
    assert (ToInt32(value), ToUint32(value), ToInt16(value), ToUint16(value), ToInt8(value),
            ToUint8(value)) == (i32, u32, i16, u16, i8, u8)


def test_to_uint8_clamp_rounds_half_to_even():
    assert [ToUint8Clamp(x) for x in (-1.0, 0.5, 1.5, 2.5, 254.5, 300.0, math.nan)] == \
        [0, 0, 2, 2, 254, 255, 0]


def test_to_integer_or_infinity_and_length_index(realm):
    assert ToIntegerOrInfinity(-0.9) == 0
    assert ToIntegerOrInfinity(math.inf) == math.inf
    assert ToIntegerOrInfinity("12.9") == 12
    assert ToLength(-5.0) == 0 and ToLength(math.inf) == 2 ** 53 - 1
    assert ToIndex(UNDEFINED) == 0
    with pytest.raises(ThrowCompletion):
        ToIndex(-1.0)


def test_to_property_key_normalises_numbers(realm):
    assert ToPropertyKey(1.0) == "1"
    assert ToPropertyKey(-0.0) == "0"
    assert ToPropertyKey(1.5) == "1.5"
    assert ToPropertyKey(1e21) == "1e+21"
    assert ToPropertyKey(True) == "true"
    s = JSSymbol("k")
    assert ToPropertyKey(s) is s
    assert ToPropertyKey(UNDEFINED) == "undefined"


def test_canonical_numeric_index_string():
    assert CanonicalNumericIndexString("1") == 1.0
    assert math.copysign(1, CanonicalNumericIndexString("-0")) < 0
    assert CanonicalNumericIndexString("01") is None
    assert CanonicalNumericIndexString("1.50") is None


def test_bigint_conversions(realm):
    assert StringToBigInt(" 0x10 ").value == 16
    assert StringToBigInt("1.5") is None
    assert StringToBigInt("").value == 0
    assert ToBigInt(True).value == 1
    assert ToNumeric(JSBigInt(3)) == JSBigInt(3)
    with pytest.raises(ThrowCompletion):
        ToBigInt(1.0)
    with pytest.raises(ThrowCompletion) as info:
        ToBigInt("x")
    assert info.value.value.Get("name", info.value.value) == "SyntaxError"


def test_to_object_wraps_primitives(realm):
    s = ToObject("ab")
    assert s.class_name == "String" and s.Get("length", s) == 2.0 and s.Get("1", s) == "b"
    assert s.OwnPropertyKeys() == ["0", "1", "length"]
    assert ToObject(True).boolean_data is True
    with pytest.raises(ThrowCompletion):
        ToObject(UNDEFINED)


def test_to_primitive_uses_valueof_then_tostring(realm):
    obj = JSObject(realm.object_prototype)
    obj.define_own_value("valueOf", realm.new_function(lambda r, this: 7.0, 0, "valueOf"))
    obj.define_own_value("toString", realm.new_function(lambda r, this: "s", 0, "toString"))
    assert ToPrimitive(obj) == 7.0
    assert ToPrimitive(obj, "string") == "s"
    assert ToNumber(obj) == 7.0 and ToString(obj) == "s"


def test_to_primitive_throws_when_no_primitive(realm):
    obj = JSObject(NULL)
    with pytest.raises(ThrowCompletion) as info:
        ToPrimitive(obj)
    err = info.value.value
    assert err.Get("message", err) == "Cannot convert object to primitive value"


def test_plain_object_to_string(realm):
    assert ToString(realm.new_object()) == "[object Object]"
