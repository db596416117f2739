"""13.15.3 binary operators, unary operators, 7.2 comparisons (incl. BigInt), instanceof/in."""
import math

import pytest

from scopejs.runtime.abstract_ops import (
    Add, BitwiseAnd, BitwiseNot, BitwiseOr, BitwiseXor, Decrement, Divide, Exponentiate,
    Increment, InOperator, InstanceofOperator, IsLessThan, IsLooselyEqual, IsStrictlyEqual,
    LeftShift, Multiply, Remainder, SameValue, SameValueZero, SignedRightShift, Subtract,
    TypeofOperator, UnaryMinus, UnsignedRightShift,
)
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol

nan, inf = math.nan, math.inf


def same(a, b):
    return SameValue(a, b)


@pytest.mark.parametrize("op,a,b,expected", [
    (Add, 1.0, 2.0, 3.0), (Add, "a", 1.0, "a1"), (Add, 1.0, "a", "1a"), (Add, True, 1.0, 2.0),
    (Add, NULL, 1.0, 1.0), (Add, UNDEFINED, 1.0, nan), (Add, "x", UNDEFINED, "xundefined"),
    (Subtract, "5", 2.0, 3.0), (Multiply, -0.0, 5.0, -0.0), (Divide, 1.0, 0.0, inf),
    (Divide, -1.0, 0.0, -inf), (Divide, 1.0, -0.0, -inf), (Divide, 0.0, 0.0, nan),
    (Remainder, 5.5, 2.0, 1.5), (Remainder, -5.0, 2.0, -1.0), (Remainder, -4.0, 2.0, -0.0),
    (Remainder, 5.0, 0.0, nan), (Remainder, 5.0, inf, 5.0), (Remainder, inf, 2.0, nan),
    (Exponentiate, 2.0, 10.0, 1024.0), (Exponentiate, nan, 0.0, 1.0),
    (Exponentiate, 1.0, inf, nan), (Exponentiate, -8.0, 1 / 3, nan),
    (Exponentiate, 0.0, -1.0, inf), (Exponentiate, -0.0, -1.0, -inf),
    (Exponentiate, -0.0, -2.0, inf), (Exponentiate, 10.0, 400.0, inf),
    (Exponentiate, -10.0, 401.0, -inf),
    (LeftShift, 1.0, 31.0, -2147483648.0), (LeftShift, 1.0, 32.0, 1.0),
    (SignedRightShift, -8.0, 1.0, -4.0), (UnsignedRightShift, -1.0, 0.0, 4294967295.0),
    (UnsignedRightShift, -8.0, 28.0, 15.0), (BitwiseAnd, 5.0, 3.0, 1.0),
    (BitwiseOr, 2.0 ** 32 + 1, 0.0, 1.0), (BitwiseXor, -1.0, 1.0, -2.0),
])
def test_number_operators(op, a, b, expected):
    assert same(op(a, b), expected)


def test_bigint_operators(realm):
    b = JSBigInt
    assert Add(b(2), b(3)) == b(5)
    assert Divide(b(-7), b(2)) == b(-3)
    assert Remainder(b(-7), b(2)) == b(-1)
    assert Exponentiate(b(2), b(100)) == b(2 ** 100)
    assert LeftShift(b(1), b(70)) == b(1 << 70)
    assert SignedRightShift(b(-9), b(1)) == b(-5)
    assert BitwiseAnd(b(6), b(3)) == b(2)
    assert UnaryMinus(b(3)) == b(-3) and BitwiseNot(b(0)) == b(-1)
    assert Increment(b(1)) == b(2) and Decrement(b(1)) == b(0)
    assert Add("x", b(1)) == "x1"
    for bad in [(Add, b(1), 1.0), (UnsignedRightShift, b(1), b(1)), (Divide, b(1), b(0))]:
        with pytest.raises(ThrowCompletion):
            bad[0](bad[1], bad[2])


def test_mixing_bigint_message(realm):
    with pytest.raises(ThrowCompletion) as info:
        Multiply(JSBigInt(1), 2.0)
    assert info.value.value.Get("message", info.value.value) == \
        "Cannot mix BigInt and other types, use explicit conversions"


def test_unary():
    assert same(UnaryMinus(0.0), -0.0) and same(UnaryMinus("3"), -3.0)
    assert BitwiseNot(5.0) == -6.0 and Increment("1") == 2.0 and same(Decrement(NULL), -1.0)


@pytest.mark.parametrize("a,b,expected", [
    (1.0, 2.0, True), (2.0, 1.0, False), (nan, 1.0, UNDEFINED), ("a", "b", True),
    ("10", "9", True), ("10", 9.0, False), (JSBigInt(1), 2.0, True), (JSBigInt(3), 2.5, False),
    (1.5, JSBigInt(2), True), (JSBigInt(1), "2", True), (JSBigInt(1), "x", UNDEFINED),
    (-inf, JSBigInt(-10 ** 400), True), (NULL, 1.0, True), (UNDEFINED, 1.0, UNDEFINED),
])
def test_is_less_than(a, b, expected):
    assert IsLessThan(a, b) is expected


@pytest.mark.parametrize("a,b,expected", [
    (NULL, UNDEFINED, True), (NULL, 0.0, False), ("1", 1.0, True), (True, 1.0, True),
    (True, "1", True), ("", 0.0, True), (nan, nan, False), (JSBigInt(1), 1.0, True),
    (JSBigInt(1), "1", True), (JSBigInt(2), 2.5, False), (UNDEFINED, False, False),
    (0.0, -0.0, True),
])
def test_loose_equality(a, b, expected):
    assert IsLooselyEqual(a, b) is expected
    assert IsLooselyEqual(b, a) is expected


def test_loose_equality_with_objects(realm):
    o = realm.new_object()
    assert IsLooselyEqual(o, "[object Object]")
    assert IsLooselyEqual(o, o) and not IsLooselyEqual(o, realm.new_object())
    s = JSSymbol()
    assert IsLooselyEqual(s, s) and not IsLooselyEqual(s, JSSymbol())


def test_strict_equality_and_same_value():
    assert not IsStrictlyEqual(nan, nan) and IsStrictlyEqual(0.0, -0.0)
    assert not IsStrictlyEqual(1.0, "1") and IsStrictlyEqual(JSBigInt(5), JSBigInt(5))
    assert SameValue(nan, nan) and not SameValue(0.0, -0.0)
    assert SameValueZero(0.0, -0.0) and SameValueZero(nan, nan)


def test_instanceof_and_in(realm):
    err = realm.new_error("RangeError", "x")
    assert InstanceofOperator(err, realm.intrinsics["%Error%"])
    assert not InstanceofOperator(err, realm.intrinsics["%TypeError%"])
    with pytest.raises(ThrowCompletion) as info:
        InstanceofOperator(err, 1.0)
    assert "Right-hand side of 'instanceof' is not an object" in \
        info.value.value.Get("message", info.value.value)
    assert InOperator("message", err) and InOperator("toString", err)
    assert not InOperator("nope", err)
    with pytest.raises(ThrowCompletion):
        InOperator("a", "str")


def test_typeof(realm):
    assert [TypeofOperator(v) for v in (UNDEFINED, NULL, 1.0, "", True, JSSymbol(), JSBigInt(1),
                                        realm.new_object(), realm.intrinsics["%Object%"])] == \
        ["undefined", "object", "number", "string", "boolean", "symbol", "bigint", "object",
         "function"]
