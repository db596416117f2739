"""21.1 Number Objects: the constructor, its constants and predicates, and
Number.prototype.toExponential/toFixed/toPrecision/toString/valueOf/toLocaleString.

toFixed / toExponential / toPrecision follow the spec's "pick the larger n" rule on the
exact binary value (decimal arithmetic with ROUND_HALF_UP on Decimal(x), which is exact), so
(1.005).toFixed(2) is "1.00" and (2.5).toFixed(0) is "3", as in node. toLocaleString mimics
node's ICU en-US default (grouping, at most 3 fraction digits, half-expand on the shortest
decimal form)."""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, localcontext

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import (
    GetPrototypeFromConstructor, NumberToString, ToIntegerOrInfinity, ToNumeric,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.primitive_wrappers import JSNumberObject
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt

NUMBER_PROTOTYPE = intrinsic("%Number.prototype%",
                             create=lambda realm: JSNumberObject(NULL, 0.0))
NUMBER = constructor("%Number%", length=1, instance_prototype="%Number.prototype%")


def bigint_to_number(value: int) -> float:
    """𝔽(ℝ(bigint)): the nearest float (ties to even), ±Infinity beyond the range."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


@NUMBER.behavior
def Number(realm, new_target, *args):
    """21.1.1.1 Number ( value )"""
    if args:
        prim = ToNumeric(args[0])
        n = bigint_to_number(prim.value) if prim.__class__ is JSBigInt else prim
    else:
        n = 0.0
    if new_target is UNDEFINED:
        return n
    proto = GetPrototypeFromConstructor(new_target, "%Number.prototype%")
    return JSNumberObject(proto, n)


@NUMBER.method("isFinite", length=1)
def Number_isFinite(realm, this, number):
    """21.1.2.2 Number.isFinite ( number )"""
    return number.__class__ is float and number == number and number not in (math.inf, -math.inf)


@NUMBER.method("isInteger", length=1)
def Number_isInteger(realm, this, number):
    """21.1.2.3 Number.isInteger ( number )"""
    return Number_isFinite(realm, this, number) and number == math.floor(number)


@NUMBER.method("isNaN", length=1)
def Number_isNaN(realm, this, number):
    """21.1.2.4 Number.isNaN ( number )"""
    return number.__class__ is float and number != number


@NUMBER.method("isSafeInteger", length=1)
def Number_isSafeInteger(realm, this, number):
    """21.1.2.5 Number.isSafeInteger ( number )"""
    return Number_isInteger(realm, this, number) and abs(number) <= 9007199254740991.0


NUMBER.value("parseFloat", ref="%parseFloat%")   # 21.1.2.12: the same function as the global
NUMBER.value("parseInt", ref="%parseInt%")       # 21.1.2.13: the same function as the global
_CONST = {"writable": False, "configurable": False}
NUMBER.value("MAX_VALUE", 1.7976931348623157e308, **_CONST)
NUMBER.value("MIN_VALUE", 5e-324, **_CONST)
NUMBER.value("NaN", math.nan, **_CONST)
NUMBER.value("NEGATIVE_INFINITY", -math.inf, **_CONST)
NUMBER.value("POSITIVE_INFINITY", math.inf, **_CONST)
NUMBER.value("MAX_SAFE_INTEGER", 9007199254740991.0, **_CONST)
NUMBER.value("MIN_SAFE_INTEGER", -9007199254740991.0, **_CONST)
NUMBER.value("EPSILON", 2.220446049250313e-16, **_CONST)


# -- 21.1.3 Properties of the Number Prototype Object -----------------------------------------


# 21.1.3.7.1 ThisNumberValue ( value )
def ThisNumberValue(value, method: str) -> float:  # noqa: N802
    if value.__class__ is float:
        return value
    if isinstance(value, JSNumberObject):
        return value.number_data
    throw_type_error(f"Number.prototype.{method} requires that 'this' be a Number")


def _digits_half_up(x: float, significant: int) -> tuple:
    """(digits string of length ``significant``, exponent e) with x ≈ digits × 10^(e+1-n),
    choosing the larger candidate on an exact tie (x > 0, finite)."""
    d = Decimal(x)                       # exact binary value
    e = d.adjusted()
    with localcontext() as ctx:
        ctx.prec = 1200
        q = d.scaleb(-(e - significant + 1)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    n = int(q)
    if n >= 10 ** significant:           # rounding carried into a new digit
        n //= 10
        e += 1
    return str(n), e


@NUMBER_PROTOTYPE.method("toExponential", length=1)
def Number_prototype_toExponential(realm, this, fraction_digits):
    """21.1.3.2 Number.prototype.toExponential ( fractionDigits )"""
    x = ThisNumberValue(this, "toExponential")
    f = ToIntegerOrInfinity(fraction_digits)
    if x != x or x in (math.inf, -math.inf):
        return NumberToString(x)
    if f < 0 or f > 100:
        throw_range_error("toExponential() argument must be between 0 and 100")
    sign = ""
    if x < 0:
        sign, x = "-", -x
    if x == 0:
        digits, e = "0" * (int(f) + 1), 0
    elif fraction_digits is UNDEFINED:
        digits, e = _shortest_digits(x)
    else:
        digits, e = _digits_half_up(x, int(f) + 1)
    m = digits if len(digits) == 1 else f"{digits[0]}.{digits[1:]}"
    return f"{sign}{m}e{'+' if e >= 0 else '-'}{abs(e)}"


def _shortest_digits(x: float) -> tuple:
    """The shortest round-trip digits of x > 0 and its exponent (as Number::toString)."""
    r = repr(x)
    mantissa, _, exp = r.partition("e")
    e = int(exp) if exp else 0
    int_part, _, frac = mantissa.partition(".")
    frac = "" if frac == "0" else frac
    digits = (int_part + frac).lstrip("0")
    e += len(int_part) - 1
    if int_part == "0":
        stripped = frac.lstrip("0")
        e = -(len(frac) - len(stripped)) - 1
        digits = stripped
    return digits.rstrip("0") or "0", e


@NUMBER_PROTOTYPE.method("toFixed", length=1)
def Number_prototype_toFixed(realm, this, fraction_digits):
    """21.1.3.3 Number.prototype.toFixed ( fractionDigits )"""
    x = ThisNumberValue(this, "toFixed")
    f = ToIntegerOrInfinity(fraction_digits)
    if f in (math.inf, -math.inf) or f < 0 or f > 100:
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    if x != x or x in (math.inf, -math.inf):
        return NumberToString(x)
    if abs(x) >= 1e21:
        return NumberToString(x)
    sign = ""
    if x < 0:
        sign, x = "-", -x
    with localcontext() as ctx:
        ctx.prec = 1200
        q = Decimal(abs(x)).quantize(Decimal(1).scaleb(-int(f)), rounding=ROUND_HALF_UP)
    return sign + f"{q:f}"


@NUMBER_PROTOTYPE.method("toPrecision", length=1)
def Number_prototype_toPrecision(realm, this, precision):
    """21.1.3.5 Number.prototype.toPrecision ( precision )"""
    x = ThisNumberValue(this, "toPrecision")
    if precision is UNDEFINED:
        return NumberToString(x)
    p = ToIntegerOrInfinity(precision)
    if x != x or x in (math.inf, -math.inf):
        return NumberToString(x)
    if p < 1 or p > 100:
        throw_range_error("toPrecision() argument must be between 1 and 100")
    p = int(p)
    sign = ""
    if x < 0:
        sign, x = "-", -x
    if x == 0:
        digits, e = "0" * p, 0
    else:
        digits, e = _digits_half_up(x, p)
        if e < -6 or e >= p:
            m = digits if p == 1 else f"{digits[0]}.{digits[1:]}"
            return f"{sign}{m}e{'+' if e >= 0 else '-'}{abs(e)}"
    if e == p - 1:
        return sign + digits
    if e >= 0:
        return f"{sign}{digits[:e + 1]}.{digits[e + 1:]}"
    return f"{sign}0.{'0' * (-(e + 1))}{digits}"


@NUMBER_PROTOTYPE.method("toString", length=1)
def Number_prototype_toString(realm, this, radix):
    """21.1.3.6 Number.prototype.toString ( [ radix ] )"""
    x = ThisNumberValue(this, "toString")
    if radix is UNDEFINED:
        return NumberToString(x)
    r = ToIntegerOrInfinity(radix)
    if r < 2 or r > 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return NumberToString(x, int(r))


@NUMBER_PROTOTYPE.method("valueOf", length=0)
def Number_prototype_valueOf(realm, this):
    """21.1.3.7 Number.prototype.valueOf ( )"""
    return ThisNumberValue(this, "valueOf")


def format_locale_number(x: float) -> str:
    """node's (ICU en-US) default number formatting."""
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "∞" if x > 0 else "-∞"
    sign = "-" if x < 0 or (x == 0 and math.copysign(1.0, x) < 0) else ""
    with localcontext() as ctx:
        ctx.prec = 400
        q = Decimal(repr(abs(x))).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    text = f"{q:f}"
    int_part, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(int_part):,}"
    return sign + grouped + (f".{frac}" if frac else "")


@NUMBER_PROTOTYPE.method("toLocaleString", length=0)
def Number_prototype_toLocaleString(realm, this):
    """21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )"""
    return format_locale_number(ThisNumberValue(this, "toLocaleString"))
