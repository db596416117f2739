"""6.1.6.1.20 Number::toString: exact digits and exponent rules, radix conversion (V8)."""
import math
import json
import subprocess

import pytest

from scopejs.runtime.abstract_ops.numeric_types import NumberToString, BigIntToString
from scopejs.runtime.values import JSBigInt
from tests.conftest import NODE

CASES = [
    (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-1.0, "-1"), (1.5, "1.5"), (100.0, "100"),
    (1e21, "1e+21"), (1e20, "100000000000000000000"), (123e-20, "1.23e-18"), (1e-7, "1e-7"),
    (1e-6, "0.000001"), (1.2e-6, "0.0000012"), (0.1 + 0.2, "0.30000000000000004"),
    (2.0 ** 53, "9007199254740992"), (2.0 ** 60, "1152921504606847000"),
    (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    (math.inf, "Infinity"), (-math.inf, "-Infinity"), (math.nan, "NaN"),
    (123456789.123, "123456789.123"), (1.5e300, "1.5e+300"), (-1e-7, "-1e-7"),
    (0.5, "0.5"), (12345678901234567890.0, "12345678901234567000"),
]


@pytest.mark.parametrize("value,expected", CASES)
def test_number_to_string_decimal(value, expected):
    assert NumberToString(value) == expected


RADIX = [
    (255.0, 16, "ff"), (0.5, 2, "0.1"), (3.14159, 16, "3.243f3e0370cdc"), (-255.5, 16, "-ff.8"),
    (1e21, 36, "5v1j4f4ds7c000"), (0.1, 3, "0.0022002200220022002200220022002201"),
    (35.0, 36, "z"), (-0.0, 2, "0"), (math.nan, 16, "NaN"), (math.inf, 2, "Infinity"),
]


@pytest.mark.parametrize("value,radix,expected", RADIX)
def test_number_to_string_radix(value, radix, expected):
    assert NumberToString(value, radix) == expected


def test_bigint_to_string():
    assert BigIntToString(JSBigInt(-255), 16) == "-ff"
    assert BigIntToString(JSBigInt(10 ** 30)) == "1" + "0" * 30
    assert BigIntToString(JSBigInt(0), 2) == "0"


def test_number_to_string_matches_node():
    if NODE is None:
        pytest.skip("node not installed")
    import random
    rng = random.Random(7)
    values = [rng.uniform(-1e6, 1e6) for _ in range(100)] + \
             [rng.random() * 10 ** rng.randint(-30, 30) for _ in range(100)] + \
             [float(rng.randint(0, 2 ** 62)) for _ in range(30)]
    radixes = [2, 3, 7, 10, 16, 36]
    src = ("const v=%s;const r=%s;const out=[];for(const x of v)for(const k of r)"
           "out.push(x.toString(k));console.log(JSON.stringify(out))") % (
        json.dumps(values), json.dumps(radixes))
    expected = json.loads(subprocess.run([NODE, "-e", src], capture_output=True, text=True,
                                         timeout=30).stdout)
    ours = [NumberToString(x, k) for x in values for k in radixes]
    assert ours == expected
