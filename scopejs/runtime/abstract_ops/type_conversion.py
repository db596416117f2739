"""7.1 Type Conversion.

Integer-valued results (ToIntegerOrInfinity, ToInt32, ToLength, ToIndex ...) are Python ``int``
(ToIntegerOrInfinity may also return ``math.inf``/``-math.inf``); convert back to float before
they become JS values.
"""
from __future__ import annotations

import math
import re
from math import trunc

import scopejs.runtime.abstract_ops.object_operations as _oo
from scopejs.runtime.abstract_ops.numeric_types import BigIntToString, NumberToString
from scopejs.runtime.completion import (
    throw_range_error, throw_syntax_error, throw_type_error,
)
from scopejs.runtime.execution import current_realm
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.primitive_wrappers import (
    JSBigIntObject, JSBooleanObject, JSNumberObject, JSSymbolObject,
)
from scopejs.runtime.objects.string_exotic import JSStringObject
from scopejs.runtime.values import (
    NULL, SYMBOL_TO_PRIMITIVE, UNDEFINED, JSBigInt, JSSymbol,
)

__all__ = [
    "ToPrimitive", "OrdinaryToPrimitive", "ToBoolean", "ToNumeric", "ToNumber",
    "StringToNumber", "ToIntegerOrInfinity", "ToInt32", "ToUint32", "ToInt16", "ToUint16",
    "ToInt8", "ToUint8", "ToUint8Clamp", "ToBigInt", "StringToBigInt", "ToBigInt64",
    "ToBigUint64", "ToString", "ToObject", "ToPropertyKey", "ToLength", "ToIndex",
    "CanonicalNumericIndexString", "NumberToString", "BigIntToString", "is_primitive",
    "JS_WHITESPACE",
]

_NAN = math.nan
_INF = math.inf

# 12.2 White Space + 12.3 Line Terminators (StrWhiteSpaceChar)
JS_WHITESPACE = ("\u0009\u000b\u000c\u0020\u00a0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004"
                 "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
                 "\u000a\u000d\u2028\u2029")
_DECIMAL_RE = re.compile(r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|Infinity)")
_NON_DECIMAL_RE = re.compile(r"0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+")


def is_primitive(value) -> bool:
    return not isinstance(value, JSObject)


# 7.1.1 ToPrimitive ( input [ , preferredType ] )
def ToPrimitive(value, preferred_type: str | None = None):  # noqa: N802
    """``preferred_type`` is None, 'string' or 'number'."""
    if not isinstance(value, JSObject):
        return value
    exotic = _oo.GetMethod(value, SYMBOL_TO_PRIMITIVE)
    if exotic is not UNDEFINED:
        hint = "default" if preferred_type is None else preferred_type
        result = exotic.Call(value, [hint])
        if isinstance(result, JSObject):
            throw_type_error("Cannot convert object to primitive value")
        return result
    return OrdinaryToPrimitive(value, "number" if preferred_type is None else preferred_type)


# 7.1.1.1 OrdinaryToPrimitive ( O, hint )
def OrdinaryToPrimitive(obj, hint: str):  # noqa: N802
    names = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in names:
        method = obj.Get(name, obj)
        if isinstance(method, JSFunctionBase):
            result = method.Call(obj, [])
            if not isinstance(result, JSObject):
                return result
    throw_type_error("Cannot convert object to primitive value")


# 7.1.2 ToBoolean ( argument )
def ToBoolean(value) -> bool:  # noqa: N802
    c = value.__class__
    if c is bool:
        return value
    if c is float:
        return not (value == 0.0 or value != value)
    if c is str:
        return len(value) > 0
    if value is UNDEFINED or value is NULL:
        return False
    if c is JSBigInt:
        return value.value != 0
    if c is int:
        return value != 0
    return True  # symbols and objects


# 7.1.3 ToNumeric ( value )
def ToNumeric(value):  # noqa: N802
    """A float or a JSBigInt."""
    c = value.__class__
    if c is float or c is JSBigInt:
        return value
    if isinstance(value, JSObject):
        value = ToPrimitive(value, "number")
        if value.__class__ is JSBigInt:
            return value
    return ToNumber(value)


# 7.1.4 ToNumber ( argument )
def ToNumber(value) -> float:  # noqa: N802
    c = value.__class__
    if c is float:
        return value
    if c is str:
        return StringToNumber(value)
    if c is bool:
        return 1.0 if value else 0.0
    if value is UNDEFINED:
        return _NAN
    if value is NULL:
        return 0.0
    if c is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a number")
    if c is JSBigInt:
        throw_type_error("Cannot convert a BigInt value to a number")
    if c is int:
        return float(value)
    return ToNumber(ToPrimitive(value, "number"))


# 7.1.4.1.1 StringToNumber ( str )
def StringToNumber(text: str) -> float:  # noqa: N802
    cached = _STRING_NUMBER_CACHE.get(text)
    if cached is not None:
        return cached
    n = _string_to_number(text)
    if len(_STRING_NUMBER_CACHE) >= 4096:
        _STRING_NUMBER_CACHE.clear()
    _STRING_NUMBER_CACHE[text] = n
    return n


_STRING_NUMBER_CACHE: dict = {}


def _string_to_number(text: str) -> float:
    s = text.strip(JS_WHITESPACE)
    if not s:
        return 0.0
    if _DECIMAL_RE.fullmatch(s):
        if s[-1] == "y":  # [+-]Infinity
            return -_INF if s[0] == "-" else _INF
        try:
            return float(s)
        except (ValueError, OverflowError):
            return _NAN
    if _NON_DECIMAL_RE.fullmatch(s):
        base = {"x": 16, "o": 8, "b": 2}[s[1].lower()]
        return _int_to_float(int(s[2:], base))
    return _NAN


def _int_to_float(n: int) -> float:
    try:
        return float(n)
    except OverflowError:
        return _INF if n > 0 else -_INF


# 7.1.5 ToIntegerOrInfinity ( argument )
def ToIntegerOrInfinity(value):  # noqa: N802
    """An int, or math.inf / -math.inf."""
    n = value if value.__class__ is float else ToNumber(value)
    if n != n:
        return 0
    if n == _INF or n == -_INF:
        return n
    return trunc(n)   # (int() of a float, at a third of its cost)


# 7.1.6 ToInt32 ( argument )
def ToInt32(value) -> int:  # noqa: N802
    n = value if value.__class__ is float else ToNumber(value)
    if -2147483648.0 <= n <= 2147483647.0:
        return trunc(n)
    if n != n or n == _INF or n == -_INF:
        return 0
    i = trunc(n) & 0xFFFFFFFF
    return i - 0x100000000 if i >= 0x80000000 else i


# 7.1.7 ToUint32 ( argument )
def ToUint32(value) -> int:  # noqa: N802
    n = value if value.__class__ is float else ToNumber(value)
    if 0.0 <= n <= 4294967295.0:
        return trunc(n)
    if n != n or n == _INF or n == -_INF:
        return 0
    return trunc(n) & 0xFFFFFFFF


def _wrap(value, bits: int, signed: bool) -> int:
    n = value if value.__class__ is float else ToNumber(value)
    if n != n or n == _INF or n == -_INF:
        return 0
    i = int(n) & ((1 << bits) - 1)
    if signed and i >= 1 << (bits - 1):
        i -= 1 << bits
    return i


# 7.1.8 ToInt16 ( argument )
def ToInt16(value) -> int:  # noqa: N802
    return _wrap(value, 16, True)


# 7.1.9 ToUint16 ( argument )
def ToUint16(value) -> int:  # noqa: N802
    return _wrap(value, 16, False)


# 7.1.10 ToInt8 ( argument )
def ToInt8(value) -> int:  # noqa: N802
    return _wrap(value, 8, True)


# 7.1.11 ToUint8 ( argument )
def ToUint8(value) -> int:  # noqa: N802
    return _wrap(value, 8, False)


# 7.1.12 ToUint8Clamp ( argument )
def ToUint8Clamp(value) -> int:  # noqa: N802
    n = ToNumber(value)
    if n != n or n <= 0:
        return 0
    if n >= 255:
        return 255
    f = math.floor(n)
    if f + 0.5 < n:
        return int(f) + 1
    if n < f + 0.5:
        return int(f)
    return int(f) + 1 if int(f) % 2 else int(f)


# 7.1.13 ToBigInt ( argument )
def ToBigInt(value) -> JSBigInt:  # noqa: N802
    prim = ToPrimitive(value, "number")
    c = prim.__class__
    if c is JSBigInt:
        return prim
    if c is bool:
        return JSBigInt(1 if prim else 0)
    if c is str:
        n = StringToBigInt(prim)
        if n is None:
            throw_syntax_error(f"Cannot convert {prim} to a BigInt")
        return n
    if prim is UNDEFINED or prim is NULL:
        throw_type_error(f"Cannot convert {prim!r} to a BigInt")
    if c is float:
        throw_type_error(f"Cannot convert {NumberToString(prim)} to a BigInt")
    throw_type_error("Cannot convert a Symbol value to a BigInt")


# 7.1.14 StringToBigInt ( str )
def StringToBigInt(text: str):  # noqa: N802
    """A JSBigInt, or None where the spec returns undefined."""
    s = text.strip(JS_WHITESPACE)
    if not s:
        return JSBigInt(0)
    if _NON_DECIMAL_RE.fullmatch(s):
        base = {"x": 16, "o": 8, "b": 2}[s[1].lower()]
        return JSBigInt(int(s[2:], base))
    if re.fullmatch(r"[+-]?[0-9]+", s):
        return JSBigInt(int(s))
    return None


# 7.1.15 ToBigInt64 ( argument )
def ToBigInt64(value) -> int:  # noqa: N802
    n = ToBigInt(value).value & 0xFFFFFFFFFFFFFFFF
    return n - (1 << 64) if n >= 1 << 63 else n


# 7.1.16 ToBigUint64 ( argument )
def ToBigUint64(value) -> int:  # noqa: N802
    return ToBigInt(value).value & 0xFFFFFFFFFFFFFFFF


# 7.1.17 ToString ( argument )
def ToString(value) -> str:  # noqa: N802
    c = value.__class__
    if c is str:
        return value
    if c is float:
        if value.is_integer() and -9007199254740992.0 < value < 9007199254740992.0:
            return str(trunc(value))
        return NumberToString(value)
    if c is bool:
        return "true" if value else "false"
    if value is UNDEFINED:
        return "undefined"
    if value is NULL:
        return "null"
    if c is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a string")
    if c is JSBigInt:
        return str(value.value)
    if c is int:
        return str(value)
    return ToString(ToPrimitive(value, "string"))


# 7.1.18 ToObject ( argument )
def ToObject(value) -> JSObject:  # noqa: N802
    if isinstance(value, JSObject):
        return value
    if value is UNDEFINED or value is NULL:
        throw_type_error("Cannot convert undefined or null to object")
    realm = current_realm()
    get = realm.intrinsics.get
    fallback = realm.object_prototype   # only until every wrapper prototype is declared
    c = value.__class__
    if c is str:
        return JSStringObject(get("%String.prototype%", fallback), value)
    if c is float:
        return JSNumberObject(get("%Number.prototype%", fallback), value)
    if c is bool:
        return JSBooleanObject(get("%Boolean.prototype%", fallback), value)
    if c is JSSymbol:
        return JSSymbolObject(get("%Symbol.prototype%", fallback), value)
    if c is JSBigInt:
        return JSBigIntObject(get("%BigInt.prototype%", fallback), value)
    if c is int:
        return JSNumberObject(get("%Number.prototype%", fallback), float(value))
    throw_type_error("Cannot convert value to object")


# 7.1.19 ToPropertyKey ( argument )
def ToPropertyKey(value):  # noqa: N802
    """A str or a JSSymbol (numbers become their canonical strings: 1.0 -> "1")."""
    c = value.__class__
    if c is str or c is JSSymbol:
        return value
    if c is float:
        if value.is_integer() and -9007199254740992.0 < value < 9007199254740992.0:
            return str(trunc(value))
        return NumberToString(value)
    key = ToPrimitive(value, "string")
    if key.__class__ is JSSymbol:
        return key
    return ToString(key)


# 7.1.20 ToLength ( argument )
def ToLength(value) -> int:  # noqa: N802
    n = ToIntegerOrInfinity(value)
    if n <= 0:
        return 0
    return min(n, 9007199254740991)


# 7.1.21 CanonicalNumericIndexString ( argument )
def CanonicalNumericIndexString(key: str):  # noqa: N802
    """A float, or None where the spec returns undefined."""
    if key == "-0":
        return -0.0
    n = ToNumber(key)
    if ToString(n) == key:
        return n
    return None


# 7.1.22 ToIndex ( value )
def ToIndex(value, message: str = "Invalid index") -> int:  # noqa: N802
    """``message``: the RangeError's (V8 words it per caller)."""
    integer = ToIntegerOrInfinity(value)
    if integer < 0 or integer > 9007199254740991:
        throw_range_error(message)
    return int(integer)


