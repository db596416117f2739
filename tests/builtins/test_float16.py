"""Float16Array (ES2025, 23.2 Table 71) and DataView get/setFloat16 (25.3.4.7, 25.3.4.18) against
an independent Python reference: binary16 rounding computed with exact rational arithmetic
(roundTiesToEven, 6.1.6.1.x / IEEE 754-2019), not with the struct module the engine uses.
node 20 has no Float16Array, so this reference replaces the differential test."""
from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest

from scopejs import api
from scopejs.runtime.ieee754 import float16_from_bits, float16_to_bits

_MAX_FINITE = Fraction(65504)
_OVERFLOW = Fraction(65520)          # halfway between 65504 and 2**16: ties go to infinity


def reference_round(x: float) -> float:
    """x rounded to the nearest binary16 value, ties to even (exact arithmetic)."""
    if x != x or x in (math.inf, -math.inf) or x == 0:
        return x
    sign = -1.0 if x < 0 else 1.0
    a = abs(Fraction(x))
    if a >= _OVERFLOW:
        return sign * math.inf
    exponent = max(math.floor(math.log2(a)), -14)
    # log2 of a Fraction may be off by one at exact powers of two: fix it up exactly
    while Fraction(2) ** exponent > a and exponent > -14:
        exponent -= 1
    while Fraction(2) ** (exponent + 1) <= a:
        exponent += 1
    quantum = Fraction(2) ** (exponent - 10)
    q, rem = divmod(a, quantum)
    if rem * 2 > quantum or (rem * 2 == quantum and q % 2 == 1):
        q += 1
    result = q * quantum
    assert result <= _MAX_FINITE
    return math.copysign(float(result), sign)


def reference_bits(x: float) -> int:
    """The binary16 encoding of reference_round(x) (NaN: the quiet NaN 0x7e00)."""
    r = reference_round(x)
    sign = 0x8000 if math.copysign(1.0, r) < 0 else 0
    if r != r:
        return 0x7E00
    a = abs(r)
    if a == math.inf:
        return sign | 0x7C00
    if a < 2.0 ** -14:                                   # subnormal (or zero)
        return sign | int(Fraction(a) / Fraction(2) ** -24)
    exponent = math.frexp(a)[1] - 1
    mantissa = int((Fraction(a) / Fraction(2) ** exponent - 1) * 1024)
    return sign | ((exponent + 15) << 10) | mantissa


def reference_value(bits: int) -> float:
    """The Number a binary16 encoding stands for, from its sign, exponent and fraction fields."""
    sign = -1.0 if bits & 0x8000 else 1.0
    exponent = (bits >> 10) & 0x1F
    fraction = bits & 0x3FF
    if exponent == 0x1F:
        return sign * math.inf if fraction == 0 else math.nan
    if exponent == 0:
        return sign * fraction * 2.0 ** -24
    return sign * (1 + fraction / 1024) * 2.0 ** (exponent - 15)


def _samples() -> list[float]:
    rng = random.Random(20250625)
    values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, -65520.0, 1e10,
              2.0 ** -24, 2.0 ** -25, 1.5 * 2.0 ** -25, 2.0 ** -14, 2.0 ** -14 - 2.0 ** -25,
              1 + 2.0 ** -11, 1 + 3 * 2.0 ** -11, 5e-324, math.inf, -math.inf]
    for _ in range(400):                                 # random doubles over the whole range
        values.append(rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 17))
    for _ in range(200):                                 # exact ties between two binary16 values
        e = rng.randint(-14, 15)
        m = rng.randint(0, 1023)
        values.append((1 + (2 * m + 1) / 2048) * 2.0 ** e * rng.choice((1, -1)))
    for _ in range(100):                                 # ties between subnormals
        values.append((2 * rng.randint(0, 1023) + 1) * 2.0 ** -25)
    return values


SAMPLES = _samples()


@pytest.fixture(scope="module")
def engine():
    return api.Engine()


def _js_list(values) -> str:
    def lit(v):
        if v != v:
            return "NaN"
        if v in (math.inf, -math.inf):
            return "Infinity" if v > 0 else "-Infinity"
        return "-0" if v == 0 and math.copysign(1.0, v) < 0 else repr(v)
    return "[" + ", ".join(lit(v) for v in values) + "]"


def test_reference_itself():
    assert reference_round(1.1) == 1.099609375
    assert reference_round(65520.0) == math.inf and reference_round(65519.99) == 65504.0
    assert reference_round(2.0 ** -25) == 0.0 and reference_round(1.5 * 2.0 ** -25) == 2.0 ** -24
    assert reference_bits(1.5) == 0x3E00 and reference_bits(-2.0) == 0xC000


def test_runtime_encoding_matches_reference():
    for x in SAMPLES + [math.nan]:
        assert float16_to_bits(x) == reference_bits(x), x
        r = float16_from_bits(reference_bits(x))
        assert r == reference_value(reference_bits(x)) or r != r
        assert (r != r and x != x) or (r == reference_round(x) and
                                       math.copysign(1, r) == math.copysign(1, reference_round(x)))


def test_float16array_elements_match_reference(engine):
    got = engine.evaluate(f"Array.from(new Float16Array({_js_list(SAMPLES)}))")
    for x, g in zip(SAMPLES, got, strict=True):
        want = reference_round(x)
        assert g == want and math.copysign(1, g) == math.copysign(1, want), x


def test_math_f16round_is_the_element_conversion(engine):
    got = engine.evaluate(f"{_js_list(SAMPLES)}.map(Math.f16round)")
    assert got == [reference_round(x) for x in SAMPLES]


def test_data_view_float16_bits_match_reference(engine):
    got = engine.evaluate(f"""
        var dv = new DataView(new ArrayBuffer(2));
        {_js_list(SAMPLES)}.map(function (x, i) {{
            dv.setFloat16(0, x, i % 2 === 0);
            return i % 2 === 0 ? dv.getUint16(0, true) : dv.getUint16(0);
        }})""")
    assert got == [float(reference_bits(x)) for x in SAMPLES]
    # reading back: every one of the 2**16 encodings decodes to the value it stands for
    decoded = engine.evaluate("""
        var u = new Uint16Array(65536); for (var i = 0; i < 65536; i++) u[i] = i;
        Array.from(new Float16Array(u.buffer))""")
    for bits in range(0, 65536, 7):
        want = reference_value(bits)
        g = decoded[bits]
        assert (g != g and want != want) or (g == want and math.copysign(1, g) ==
                                             math.copysign(1, want)), hex(bits)
    big_endian = engine.evaluate("""
        var d = new DataView(new ArrayBuffer(4)); d.setUint16(0, 0x3e00); d.setUint16(2, 0x003e);
        [d.getFloat16(0), d.getFloat16(2, true), d.getFloat16(2)]""")
    assert big_endian == [1.5, 1.5, reference_value(0x003E)]
