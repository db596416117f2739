"""6.1.6 Numeric Types: Number:: and BigInt:: operations (ES2025 numbering).

Numbers are Python floats (IEEE-754 doubles), so most Number:: operations are Python float
arithmetic; only the cases where Python differs from the spec are spelled out here.
"""
from __future__ import annotations

import math

from scopejs.runtime.completion import throw_range_error
from scopejs.runtime.values import JSBigInt

__all__ = [
    "NumberToString", "BigIntToString", "Number_exponentiate", "Number_divide",
    "Number_remainder", "BigInt_divide", "BigInt_remainder", "BigInt_exponentiate",
    "BigInt_leftShift", "BigInt_signedRightShift", "is_negative_zero",
]

_INF = math.inf
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_TWO_53 = 9007199254740992.0


def is_negative_zero(x: float) -> bool:
    return x == 0.0 and math.copysign(1.0, x) < 0


# 6.1.6.1.20 Number::toString ( x, radix )
def NumberToString(x: float, radix: int = 10) -> str:  # noqa: N802
    if x != x:
        return "NaN"
    if x == 0.0:
        return "0"
    if x < 0.0:
        return "-" + NumberToString(-x, radix)
    if x == _INF:
        return "Infinity"
    if radix != 10:
        return _to_radix_string(x, radix)
    if x < _TWO_53 and x.is_integer():
        return str(int(x))
    # repr gives the shortest round-trip digits; reformat them with the spec's rules.
    r = repr(x)
    mant, _, exp = r.partition("e")
    e = int(exp) if exp else 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    if fp == "0":
        fp = ""
    digits = (ip + fp).lstrip("0")
    # value = 0.digits * 10**n  where n is the position of the decimal point
    n = len(ip) + e if ip != "0" else e - (len(fp) - len(fp.lstrip("0")))
    digits = digits.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e1 = n - 1
    sign = "+" if e1 >= 0 else "-"
    if k == 1:
        return f"{digits}e{sign}{abs(e1)}"
    return f"{digits[0]}.{digits[1:]}e{sign}{abs(e1)}"


def _to_radix_string(value: float, radix: int) -> str:
    """V8's DoubleToRadixCString: digits up to the double's precision, rounding to even."""
    integer = math.floor(value)
    fraction = value - integer
    delta = 0.5 * (math.nextafter(value, _INF) - value)
    delta = max(math.nextafter(0.0, 1.0), delta)
    frac_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # round up, propagating the carry
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        d = frac_digits.pop()
                        if d + 1 < radix:
                            frac_digits.append(d + 1)
                            break
                    break
            if not fraction >= delta:
                break
    int_digits: list[str] = []
    integer = float(integer)
    while (integer / radix) >= _TWO_53:
        integer /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        int_digits.append(_DIGITS[int(remainder)])
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    s = "".join(reversed(int_digits))
    if frac_digits:
        s += "." + "".join(_DIGITS[d] for d in frac_digits)
    return s


# 6.1.6.2.21 BigInt::toString ( x, radix )
def BigIntToString(x: JSBigInt | int, radix: int = 10) -> str:  # noqa: N802
    v = x.value if isinstance(x, JSBigInt) else x
    if radix == 10:
        return str(v)
    if v == 0:
        return "0"
    neg = v < 0
    v = -v if neg else v
    out = []
    while v:
        v, d = divmod(v, radix)
        out.append(_DIGITS[d])
    return ("-" if neg else "") + "".join(reversed(out))


# 6.1.6.1.3 Number::exponentiate ( base, exponent )
def Number_exponentiate(base: float, exponent: float) -> float:  # noqa: N802
    if exponent != exponent:
        return math.nan
    if exponent == 0.0:
        return 1.0
    if base != base:
        return math.nan
    if (base == 1.0 or base == -1.0) and (exponent == _INF or exponent == -_INF):
        return math.nan
    try:
        return math.pow(base, exponent)
    except OverflowError:
        if base < 0 and exponent.is_integer() and int(exponent) % 2 == 1:
            return -_INF
        return _INF
    except ValueError:
        # negative base with non-integer exponent, or 0 ** negative
        if base == 0.0:
            if exponent.is_integer() and int(exponent) % 2 == 1 and is_negative_zero(base):
                return -_INF
            return _INF
        return math.nan


# 6.1.6.1.5 Number::divide ( x, y )
def Number_divide(x: float, y: float) -> float:  # noqa: N802
    try:
        return x / y
    except ZeroDivisionError:
        if x != x or x == 0.0:
            return math.nan
        neg = (x < 0) != is_negative_zero(y)
        return -_INF if neg else _INF


# 6.1.6.1.6 Number::remainder ( n, d )
def Number_remainder(n: float, d: float) -> float:  # noqa: N802
    if n != n or d != d or n == _INF or n == -_INF or d == 0.0:
        return math.nan
    if d == _INF or d == -_INF or n == 0.0:
        return n
    r = math.fmod(n, d)
    if r == 0.0:
        return math.copysign(0.0, n)
    return r


# 6.1.6.2.3 BigInt::exponentiate ( base, exponent )
def BigInt_exponentiate(base: JSBigInt, exponent: JSBigInt) -> JSBigInt:  # noqa: N802
    if exponent.value < 0:
        throw_range_error("Exponent must be non-negative")
    if exponent.value > 0x3FFFFFFF and abs(base.value) > 1:
        throw_range_error("Maximum BigInt size exceeded")
    return JSBigInt(base.value ** exponent.value)


# 6.1.6.2.5 BigInt::divide ( x, y )
def BigInt_divide(x: JSBigInt, y: JSBigInt) -> JSBigInt:  # noqa: N802
    if y.value == 0:
        throw_range_error("Division by zero")
    q = abs(x.value) // abs(y.value)
    return JSBigInt(q if (x.value < 0) == (y.value < 0) else -q)


# 6.1.6.2.6 BigInt::remainder ( n, d )
def BigInt_remainder(n: JSBigInt, d: JSBigInt) -> JSBigInt:  # noqa: N802
    if d.value == 0:
        throw_range_error("Division by zero")
    r = abs(n.value) % abs(d.value)
    return JSBigInt(-r if n.value < 0 else r)


# 6.1.6.2.9 BigInt::leftShift ( x, y )
def BigInt_leftShift(x: JSBigInt, y: JSBigInt) -> JSBigInt:  # noqa: N802
    s = y.value
    if s < 0:
        return JSBigInt(x.value >> -s)
    if s > 0x3FFFFFFF and x.value != 0:
        throw_range_error("Maximum BigInt size exceeded")
    return JSBigInt(x.value << s)


# 6.1.6.2.10 BigInt::signedRightShift ( x, y )
def BigInt_signedRightShift(x: JSBigInt, y: JSBigInt) -> JSBigInt:  # noqa: N802
    return BigInt_leftShift(x, JSBigInt(-y.value))
