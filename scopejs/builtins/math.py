"""21.3 The Math Object. Declaration order follows node's own keys (functions, then the value
properties). Python's libm raises where IEEE-754 (and the spec) give NaN or ±Infinity; each
function below maps those cases explicitly. Math.random is a seedable Mersenne Twister per
realm (``realm.host_defined["math_random"]``, seed ``MATH_RANDOM_SEED``), so runs are
reproducible."""
from __future__ import annotations

import math
import random
import struct

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.abstract_ops import Number_exponentiate, ToNumber, ToUint32
from scopejs.runtime.ieee754 import FLOAT16, FLOAT32, round_to_format

MATH_RANDOM_SEED = 0x5C0BE

MATH = intrinsic("%Math%", to_string_tag="Math", global_name="Math")

_INF = math.inf
_NAN = math.nan


def _num(x) -> float:
    return x if x.__class__ is float else ToNumber(x)


def _finite(x: float) -> bool:
    return x == x and x != _INF and x != -_INF


@MATH.method("abs", length=1)
def Math_abs(realm, this, x):
    """21.3.2.1 Math.abs ( x )"""
    return abs(_num(x))


@MATH.method("acos", length=1)
def Math_acos(realm, this, x):
    """21.3.2.2 Math.acos ( x )"""
    n = _num(x)
    return math.acos(n) if -1.0 <= n <= 1.0 else _NAN


@MATH.method("acosh", length=1)
def Math_acosh(realm, this, x):
    """21.3.2.3 Math.acosh ( x )"""
    n = _num(x)
    return math.acosh(n) if n >= 1.0 else _NAN


@MATH.method("asin", length=1)
def Math_asin(realm, this, x):
    """21.3.2.4 Math.asin ( x )"""
    n = _num(x)
    return math.asin(n) if -1.0 <= n <= 1.0 else _NAN


@MATH.method("asinh", length=1)
def Math_asinh(realm, this, x):
    """21.3.2.5 Math.asinh ( x )"""
    return math.asinh(_num(x))


@MATH.method("atan", length=1)
def Math_atan(realm, this, x):
    """21.3.2.6 Math.atan ( x )"""
    return math.atan(_num(x))


@MATH.method("atanh", length=1)
def Math_atanh(realm, this, x):
    """21.3.2.7 Math.atanh ( x )"""
    n = _num(x)
    if n == 1.0 or n == -1.0:
        return math.copysign(_INF, n)
    return math.atanh(n) if -1.0 < n < 1.0 else _NAN


@MATH.method("atan2", length=2)
def Math_atan2(realm, this, y, x):
    """21.3.2.8 Math.atan2 ( y, x )"""
    ny = _num(y)
    nx = _num(x)
    return math.atan2(ny, nx)


@MATH.method("ceil", length=1)
def Math_ceil(realm, this, x):
    """21.3.2.10 Math.ceil ( x )"""
    n = _num(x)
    if not _finite(n):
        return n
    r = float(math.ceil(n))
    return math.copysign(0.0, n) if r == 0.0 else r


@MATH.method("cbrt", length=1)
def Math_cbrt(realm, this, x):
    """21.3.2.9 Math.cbrt ( x )"""
    n = _num(x)
    return _fdlibm_cbrt(n) if _finite(n) and n != 0.0 else n


# The spec leaves cbrt's rounding to the implementation. glibc's cbrt (Python's math.cbrt) is
# one ulp off for cbrt(27); V8 uses the classic fdlibm algorithm, reproduced here so that our
# digits are node's: a bit-level first estimate, a polynomial step to 23 bits, one Newton step.
_CBRT_B1, _CBRT_B2 = 715094163, 696219795
_CBRT_P = (1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140,
           -0.758397934778766047437, 0.145996192886612446982)


def _fdlibm_cbrt(x: float) -> float:
    bits = struct.unpack("<Q", struct.pack("<d", x))[0]
    high = (bits >> 32) & 0x7FFFFFFF
    sign = (bits >> 32) & 0x80000000
    if high < 0x00100000:   # subnormal: scale by 2**54 first
        t = x * 18014398509481984.0
        t_high = (struct.unpack("<Q", struct.pack("<d", t))[0] >> 32) & 0x7FFFFFFF
        t = struct.unpack("<d", struct.pack("<Q", (sign | (t_high // 3 + _CBRT_B2)) << 32))[0]
    else:
        t = struct.unpack("<d", struct.pack("<Q", (sign | (high // 3 + _CBRT_B1)) << 32))[0]
    p0, p1, p2, p3, p4 = _CBRT_P
    r = (t * t) * (t / x)
    t = t * ((p0 + r * (p1 + r * p2)) + ((r * r) * r) * (p3 + r * p4))
    rounded = (struct.unpack("<Q", struct.pack("<d", t))[0] + 0x80000000) & 0xFFFFFFFFC0000000
    t = struct.unpack("<d", struct.pack("<Q", rounded))[0]
    r = x / (t * t)
    r = (r - t) / (t + t + r)
    return t + t * r


@MATH.method("expm1", length=1)
def Math_expm1(realm, this, x):
    """21.3.2.15 Math.expm1 ( x )"""
    n = _num(x)
    try:
        return math.expm1(n)
    except OverflowError:
        return _INF


@MATH.method("clz32", length=1)
def Math_clz32(realm, this, x):
    """21.3.2.11 Math.clz32 ( x )"""
    return float(32 - ToUint32(x).bit_length())


@MATH.method("cos", length=1)
def Math_cos(realm, this, x):
    """21.3.2.12 Math.cos ( x )"""
    n = _num(x)
    return math.cos(n) if _finite(n) else _NAN


@MATH.method("cosh", length=1)
def Math_cosh(realm, this, x):
    """21.3.2.13 Math.cosh ( x )"""
    n = _num(x)
    try:
        return math.cosh(n)
    except OverflowError:
        return _INF


@MATH.method("exp", length=1)
def Math_exp(realm, this, x):
    """21.3.2.14 Math.exp ( x )"""
    n = _num(x)
    try:
        return math.exp(n)
    except OverflowError:
        return _INF


@MATH.method("floor", length=1)
def Math_floor(realm, this, x):
    """21.3.2.16 Math.floor ( x )"""
    n = _num(x)
    if not _finite(n):
        return n
    r = float(math.floor(n))
    return math.copysign(0.0, n) if r == 0.0 else r


def _round_to_format(x, fmt) -> float:
    n = _num(x)
    if not _finite(n):
        return n
    return round_to_format(n, fmt)


@MATH.method("fround", length=1)
def Math_fround(realm, this, x):
    """21.3.2.17 Math.fround ( x )"""
    return _round_to_format(x, FLOAT32)


@MATH.method("f16round", length=1)
def Math_f16round(realm, this, x):
    """21.3.2.18 Math.f16round ( x )"""
    return _round_to_format(x, FLOAT16)


@MATH.method("hypot", length=2)
def Math_hypot(realm, this, *args):
    """21.3.2.19 Math.hypot ( ...args )"""
    coerced = [_num(a) for a in args]
    if any(c == _INF or c == -_INF for c in coerced):
        return _INF
    if any(c != c for c in coerced):
        return _NAN
    if not coerced:
        return 0.0
    try:
        return math.hypot(*coerced)
    except OverflowError:
        return _INF


@MATH.method("imul", length=2)
def Math_imul(realm, this, x, y):
    """21.3.2.20 Math.imul ( x, y )"""
    a = ToUint32(x)
    b = ToUint32(y)
    product = (a * b) & 0xFFFFFFFF
    return float(product - 0x100000000 if product >= 0x80000000 else product)


def _log(fn, n: float, lower: float = 0.0) -> float:
    if n != n or n < lower:
        return _NAN
    if n == lower:
        return -_INF
    if n == _INF:
        return _INF
    return fn(n)


@MATH.method("log", length=1)
def Math_log(realm, this, x):
    """21.3.2.21 Math.log ( x )"""
    return _log(math.log, _num(x))


@MATH.method("log1p", length=1)
def Math_log1p(realm, this, x):
    """21.3.2.22 Math.log1p ( x )"""
    n = _num(x)
    if n == 0.0:
        return n
    return _log(math.log1p, n, -1.0)


@MATH.method("log2", length=1)
def Math_log2(realm, this, x):
    """21.3.2.24 Math.log2 ( x )"""
    return _log(math.log2, _num(x))


@MATH.method("log10", length=1)
def Math_log10(realm, this, x):
    """21.3.2.23 Math.log10 ( x )"""
    return _log(math.log10, _num(x))


@MATH.method("max", length=2)
def Math_max(realm, this, *args):
    """21.3.2.25 Math.max ( ...args )"""
    coerced = [_num(a) for a in args]
    result = -_INF
    for n in coerced:
        if n != n:
            return _NAN
        if n > result or (n == 0.0 and result == 0.0 and math.copysign(1.0, result) < 0):
            result = n
    return result


@MATH.method("min", length=2)
def Math_min(realm, this, *args):
    """21.3.2.26 Math.min ( ...args )"""
    coerced = [_num(a) for a in args]
    result = _INF
    for n in coerced:
        if n != n:
            return _NAN
        if n < result or (n == 0.0 and result == 0.0 and math.copysign(1.0, n) < 0):
            result = n
    return result


@MATH.method("pow", length=2)
def Math_pow(realm, this, base, exponent):
    """21.3.2.27 Math.pow ( base, exponent )"""
    return Number_exponentiate(_num(base), _num(exponent))


@MATH.method("random", length=0)
def Math_random(realm, this):
    """21.3.2.28 Math.random ( )"""
    rng = realm.host_defined.get("math_random")
    if rng is None:
        rng = realm.host_defined["math_random"] = random.Random(MATH_RANDOM_SEED)
    return rng.random()


@MATH.method("round", length=1)
def Math_round(realm, this, x):
    """21.3.2.29 Math.round ( x )"""
    n = _num(x)
    if not _finite(n) or n == 0.0:
        return n
    if 0.0 < n < 0.5:
        return 0.0
    if -0.5 <= n < 0.0:
        return -0.0
    if abs(n) >= 4503599627370496.0:      # 2**52: already an integer
        return n
    r = math.floor(n)
    if n - r >= 0.5:
        r += 1
    return float(r)


@MATH.method("sign", length=1)
def Math_sign(realm, this, x):
    """21.3.2.30 Math.sign ( x )"""
    n = _num(x)
    if n != n or n == 0.0:
        return n
    return 1.0 if n > 0 else -1.0


@MATH.method("sin", length=1)
def Math_sin(realm, this, x):
    """21.3.2.31 Math.sin ( x )"""
    n = _num(x)
    return math.sin(n) if _finite(n) else _NAN


@MATH.method("sinh", length=1)
def Math_sinh(realm, this, x):
    """21.3.2.32 Math.sinh ( x )"""
    n = _num(x)
    try:
        return math.sinh(n)
    except OverflowError:
        return math.copysign(_INF, n)


@MATH.method("sqrt", length=1)
def Math_sqrt(realm, this, x):
    """21.3.2.33 Math.sqrt ( x )"""
    n = _num(x)
    if n != n or n < 0.0:
        return _NAN
    return math.sqrt(n) if n != _INF else n


@MATH.method("tan", length=1)
def Math_tan(realm, this, x):
    """21.3.2.35 Math.tan ( x )"""
    n = _num(x)
    return math.tan(n) if _finite(n) else _NAN


@MATH.method("tanh", length=1)
def Math_tanh(realm, this, x):
    """21.3.2.36 Math.tanh ( x )"""
    return math.tanh(_num(x))


@MATH.method("trunc", length=1)
def Math_trunc(realm, this, x):
    """21.3.2.37 Math.trunc ( x )"""
    n = _num(x)
    if not _finite(n):
        return n
    return math.copysign(float(math.trunc(n)), n)


_CONSTANT = {"writable": False, "configurable": False}
MATH.value("E", math.e, **_CONSTANT)                        # 21.3.1.1
MATH.value("LN10", math.log(10), **_CONSTANT)               # 21.3.1.2
MATH.value("LN2", math.log(2), **_CONSTANT)                 # 21.3.1.3
MATH.value("LOG10E", 0.4342944819032518, **_CONSTANT)      # 21.3.1.4
MATH.value("LOG2E", 1.4426950408889634, **_CONSTANT)       # 21.3.1.5
MATH.value("PI", math.pi, **_CONSTANT)                      # 21.3.1.6
MATH.value("SQRT1_2", math.sqrt(0.5), **_CONSTANT)          # 21.3.1.7
MATH.value("SQRT2", math.sqrt(2), **_CONSTANT)              # 21.3.1.8
