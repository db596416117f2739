"""21.2 BigInt Objects: BigInt ( value ), BigInt.asIntN / asUintN, and
BigInt.prototype.toLocaleString / toString / valueOf. Values are ``JSBigInt`` (runtime-api)."""
from __future__ import annotations

import math

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.number import format_locale_number
from scopejs.runtime.abstract_ops import (
    BigIntToString, NumberToString, ToBigInt, ToIndex, ToIntegerOrInfinity, ToPrimitive,
)
from scopejs.runtime.completion import ThrowCompletion, throw_range_error, throw_type_error
from scopejs.runtime.execution import current_realm
from scopejs.runtime.objects.primitive_wrappers import JSBigIntObject
from scopejs.runtime.values import UNDEFINED, JSBigInt, JSSymbol

BIGINT_PROTOTYPE = intrinsic("%BigInt.prototype%", to_string_tag="BigInt")
BIGINT = constructor("%BigInt%", length=1, instance_prototype="%BigInt.prototype%")


# 21.2.1.1.1 NumberToBigInt ( number )
def NumberToBigInt(number: float) -> JSBigInt:  # noqa: N802
    if number != number or number in (math.inf, -math.inf) or number != math.floor(number):
        throw_range_error(f"The number {NumberToString(number)} cannot be converted to a BigInt "
                          "because it is not an integer")
    return JSBigInt(int(number))


@BIGINT.behavior
def BigInt(realm, new_target, value):
    """21.2.1.1 BigInt ( value )"""
    if new_target is not UNDEFINED:
        throw_type_error("BigInt is not a constructor")
    prim = ToPrimitive(value, "number")
    if prim.__class__ is float:
        return NumberToBigInt(prim)
    if prim.__class__ is JSSymbol:       # V8 words ToBigInt's symbol case like this here
        throw_type_error(f"Cannot convert {prim.descriptive_string()} to a BigInt")
    return ToBigInt(prim)


def _bits(value) -> int:
    try:
        return ToIndex(value)
    except ThrowCompletion as exc:
        error = exc.value
        proto = getattr(error, "proto", None)
        if proto is not None and proto is current_realm().intrinsics.get("%RangeError.prototype%"):
            throw_range_error("Invalid value: not (convertible to) a safe integer")
        raise


@BIGINT.method("asUintN", length=2)
def BigInt_asUintN(realm, this, bits, bigint):
    """21.2.2.2 BigInt.asUintN ( bits, bigint )"""
    n = _bits(bits)
    b = ToBigInt(bigint)
    return JSBigInt(b.value % (1 << n)) if n else JSBigInt(0)


@BIGINT.method("asIntN", length=2)
def BigInt_asIntN(realm, this, bits, bigint):
    """21.2.2.1 BigInt.asIntN ( bits, bigint )"""
    n = _bits(bits)
    b = ToBigInt(bigint)
    if n == 0:
        return JSBigInt(0)
    mod = b.value % (1 << n)
    return JSBigInt(mod - (1 << n) if mod >= 1 << (n - 1) else mod)


# 21.2.3.4.1 ThisBigIntValue ( value )
def ThisBigIntValue(value, method: str) -> JSBigInt:  # noqa: N802
    if value.__class__ is JSBigInt:
        return value
    if isinstance(value, JSBigIntObject):
        return value.bigint_data
    throw_type_error(f"BigInt.prototype.{method} requires that 'this' be a BigInt")


@BIGINT_PROTOTYPE.method("toLocaleString", length=0)
def BigInt_prototype_toLocaleString(realm, this):
    """21.2.3.2 BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )"""
    x = ThisBigIntValue(this, "toLocaleString").value
    return f"{x:,}" if abs(x) < 10 ** 21 else format_locale_number(float(x))


@BIGINT_PROTOTYPE.method("toString", length=0)
def BigInt_prototype_toString(realm, this, radix):
    """21.2.3.3 BigInt.prototype.toString ( [ radix ] )"""
    x = ThisBigIntValue(this, "toString")
    if radix is UNDEFINED:
        return BigIntToString(x, 10)
    r = ToIntegerOrInfinity(radix)
    if r < 2 or r > 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return BigIntToString(x, int(r))


@BIGINT_PROTOTYPE.method("valueOf", length=0)
def BigInt_prototype_valueOf(realm, this):
    """21.2.3.4 BigInt.prototype.valueOf ( )"""
    return ThisBigIntValue(this, "valueOf")
