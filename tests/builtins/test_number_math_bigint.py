"""21.1 Number, 21.2 BigInt, 21.3 Math driven from Python (expected values are node's)."""
import math

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.values import JSBigInt, UNDEFINED
from tests.runtime.jshelpers import call, new, thrown


@pytest.fixture
def realm():
    return create_realm()


def n(realm, name, x, *args):
    return call(realm, f"Number.prototype.{name}", *args, this=x)


@pytest.mark.parametrize("x,fixed2,exp3,prec4", [
    (1.005, "1.00", "1.005e+0", "1.005"),
    (2.5, "2.50", "2.500e+0", "2.500"),
    (-1234.5678, "-1234.57", "-1.235e+3", "-1235"),
    (1e21, "1e+21", "1.000e+21", "1.000e+21"),
    (0.000001234, "0.00", "1.234e-6", "0.000001234"),
    (-0.0, "0.00", "0.000e+0", "0.000"),
])
def test_number_formatting(realm, x, fixed2, exp3, prec4):
    assert n(realm, "toFixed", x, 2.0) == fixed2
    assert n(realm, "toExponential", x, 3.0) == exp3
    assert n(realm, "toPrecision", x, 4.0) == prec4


def test_number_misc(realm):
    assert n(realm, "toFixed", 2.5, 0.0) == "3" and n(realm, "toFixed", 0.5, 0.0) == "1"
    assert n(realm, "toString", 255.0, 16.0) == "ff"
    assert n(realm, "toLocaleString", 1234567.891) == "1,234,567.891"
    assert thrown(n, realm, "toFixed", 1.0, 101.0) == \
        "RangeError: toFixed() digits argument must be between 0 and 100"
    assert thrown(n, realm, "toString", "1") == \
        "TypeError: Number.prototype.toString requires that 'this' be a Number"
    assert call(realm, "Number", JSBigInt(2 ** 1100)) == math.inf
    assert call(realm, "Number.isSafeInteger", 2.0 ** 53) is False
    assert call(realm, "Number") == 0.0


def test_math_edge_cases(realm):
    assert math.copysign(1, call(realm, "Math.round", -0.4)) == -1
    assert call(realm, "Math.round", 2.5) == 3.0 and call(realm, "Math.round", -2.5) == -2.0
    assert call(realm, "Math.round", 0.49999999999999994) == 0.0
    assert call(realm, "Math.max") == -math.inf and call(realm, "Math.min") == math.inf
    assert math.copysign(1, call(realm, "Math.max", -0.0, 0.0)) == 1
    assert math.copysign(1, call(realm, "Math.min", 0.0, -0.0)) == -1
    assert call(realm, "Math.fround", 1e40) == math.inf
    assert call(realm, "Math.imul", 4294967295.0, 5.0) == -5.0
    assert call(realm, "Math.clz32", 1.0) == 31.0
    assert call(realm, "Math.hypot", math.nan, math.inf) == math.inf
    assert call(realm, "Math.log", 0.0) == -math.inf
    assert math.isnan(call(realm, "Math.sqrt", -1.0))
    r = call(realm, "Math.random")
    assert 0 <= r < 1


def test_bigint(realm):
    assert call(realm, "BigInt", 12.0) == JSBigInt(12)
    assert call(realm, "BigInt.asIntN", 8.0, JSBigInt(255)) == JSBigInt(-1)
    assert call(realm, "BigInt.asUintN", 8.0, JSBigInt(-1)) == JSBigInt(255)
    assert call(realm, "BigInt.prototype.toString", 16.0, this=JSBigInt(255)) == "ff"
    assert thrown(call, realm, "BigInt", 1.5) == ("RangeError: The number 1.5 cannot be "
                                                 "converted to a BigInt because it is not an integer")
    assert thrown(new, realm, "BigInt", 1.0) == "TypeError: BigInt is not a constructor"
