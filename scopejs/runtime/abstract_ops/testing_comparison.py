"""7.2 Testing and Comparison Operations."""
from __future__ import annotations

import math
import re

from scopejs.runtime.abstract_ops.type_conversion import (
    StringToBigInt, ToBoolean, ToNumber, ToNumeric, ToPrimitive,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import (
    NULL, SYMBOL_MATCH, UNDEFINED, JSBigInt, JSSymbol, SameValue,
)

_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")

__all__ = [
    "RequireObjectCoercible", "IsArray", "IsCallable", "IsConstructor", "IsExtensible",
    "IsIntegralNumber", "IsRegExp", "IsStringWellFormedUnicode", "SameValue", "SameValueZero",
    "SameValueNonNumber", "IsLessThan", "IsLooselyEqual", "IsStrictlyEqual", "IsPropertyKey",
]


# 7.2.1 RequireObjectCoercible ( argument )
def RequireObjectCoercible(value, what: str | None = None):  # noqa: N802
    """``what`` names the method for node's message ("String.prototype.trim called on null or
    undefined")."""
    if value is UNDEFINED or value is NULL:
        if what:
            throw_type_error(f"{what} called on null or undefined")
        throw_type_error("Cannot convert undefined or null to object")
    return value


# 7.2.2 IsArray ( argument )
def IsArray(value) -> bool:  # noqa: N802
    if value.__class__ is JSArray:
        return True
    if not isinstance(value, JSObject):
        return False
    if isinstance(value, JSArray):
        return True
    is_array = getattr(value, "is_array_proxy", None)  # 10.5 Proxy: IsArray(target)
    if is_array is not None:
        return is_array()
    return False


# 7.2.3 IsCallable ( argument )
def IsCallable(value) -> bool:  # noqa: N802
    return isinstance(value, JSFunctionBase)


# 7.2.4 IsConstructor ( argument )
def IsConstructor(value) -> bool:  # noqa: N802
    return isinstance(value, JSFunctionBase) and value.is_constructor


# 7.2.5 IsExtensible ( O )
def IsExtensible(obj) -> bool:  # noqa: N802
    return obj.IsExtensible()


# IsIntegralNumber ( argument ) -- ES2023 7.2.6
def IsIntegralNumber(value) -> bool:  # noqa: N802
    return value.__class__ is float and math.isfinite(value) and value.is_integer()


# IsPropertyKey ( argument ) -- ES2023 7.2.7
def IsPropertyKey(value) -> bool:  # noqa: N802
    return value.__class__ is str or value.__class__ is JSSymbol


# 7.2.6 IsRegExp ( argument )
def IsRegExp(value) -> bool:  # noqa: N802
    if not isinstance(value, JSObject):
        return False
    matcher = value.Get(SYMBOL_MATCH, value)
    if matcher is not UNDEFINED:
        return ToBoolean(matcher)
    return hasattr(value, "original_source")  # [[RegExpMatcher]] slot of RegExp objects


# 7.2.7 Static Semantics: IsStringWellFormedUnicode ( string )
def IsStringWellFormedUnicode(s: str) -> bool:  # noqa: N802
    return _LONE_SURROGATE.search(s) is None


# 7.2.10 SameValueZero ( x, y )
def SameValueZero(x, y) -> bool:  # noqa: N802
    if x.__class__ is float and y.__class__ is float:
        return x == y or (x != x and y != y)
    return SameValue(x, y)


# 7.2.11 SameValueNonNumber ( x, y )
def SameValueNonNumber(x, y) -> bool:  # noqa: N802
    return SameValue(x, y)


# 7.2.12 IsLessThan ( x, y, LeftFirst )
def IsLessThan(x, y, left_first: bool = True):  # noqa: N802
    """True, False, or UNDEFINED (some operand is NaN)."""
    if x.__class__ is float and y.__class__ is float:
        if x != x or y != y:
            return UNDEFINED
        return x < y
    if left_first:
        px = ToPrimitive(x, "number")
        py = ToPrimitive(y, "number")
    else:
        py = ToPrimitive(y, "number")
        px = ToPrimitive(x, "number")
    if px.__class__ is str and py.__class__ is str:
        return px < py  # code-unit order: Python compares str by code point == code unit here
    if px.__class__ is JSBigInt and py.__class__ is str:
        ny = StringToBigInt(py)
        if ny is None:
            return UNDEFINED
        return px.value < ny.value
    if px.__class__ is str and py.__class__ is JSBigInt:
        nx = StringToBigInt(px)
        if nx is None:
            return UNDEFINED
        return nx.value < py.value
    nx = ToNumeric(px)
    ny = ToNumeric(py)
    if nx.__class__ is ny.__class__:
        if nx.__class__ is JSBigInt:
            return nx.value < ny.value
        if nx != nx or ny != ny:
            return UNDEFINED
        return nx < ny
    # one BigInt, one Number
    if nx.__class__ is float:
        if nx != nx:
            return UNDEFINED
        if nx == math.inf:
            return False
        if nx == -math.inf:
            return True
        return _cmp_num_big(nx, ny.value) < 0
    if ny != ny:
        return UNDEFINED
    if ny == math.inf:
        return True
    if ny == -math.inf:
        return False
    return _cmp_num_big(ny, nx.value) > 0


def _cmp_num_big(n: float, b: int) -> int:
    """Sign of (n - b) compared exactly (n finite)."""
    from fractions import Fraction
    d = Fraction(n) - b
    return (d > 0) - (d < 0)


# 7.2.13 IsLooselyEqual ( x, y )
def IsLooselyEqual(x, y) -> bool:  # noqa: N802
    cx, cy = x.__class__, y.__class__
    if cx is cy and not isinstance(x, JSObject):
        return IsStrictlyEqual(x, y)
    if isinstance(x, JSObject) and isinstance(y, JSObject):
        return x is y
    # 2-3. null == undefined
    x_nullish = x is NULL or x is UNDEFINED
    y_nullish = y is NULL or y is UNDEFINED
    if x_nullish or y_nullish:
        return x_nullish and y_nullish
    # 5-6. Number and String
    if cx is float and cy is str:
        return x == ToNumber(y)
    if cx is str and cy is float:
        return ToNumber(x) == y
    # 7-8. BigInt and String
    if cx is JSBigInt and cy is str:
        n = StringToBigInt(y)
        return n is not None and n.value == x.value
    if cx is str and cy is JSBigInt:
        return IsLooselyEqual(y, x)
    # 9-10. Booleans
    if cx is bool:
        return IsLooselyEqual(1.0 if x else 0.0, y)
    if cy is bool:
        return IsLooselyEqual(x, 1.0 if y else 0.0)
    # 11-12. Object vs primitive
    if isinstance(y, JSObject) and cx in (str, float, JSBigInt, JSSymbol):
        return IsLooselyEqual(x, ToPrimitive(y))
    if isinstance(x, JSObject) and cy in (str, float, JSBigInt, JSSymbol):
        return IsLooselyEqual(ToPrimitive(x), y)
    # 13. BigInt and Number
    if (cx is JSBigInt and cy is float) or (cx is float and cy is JSBigInt):
        n, b = (y, x.value) if cx is JSBigInt else (x, y.value)
        if n != n or n in (math.inf, -math.inf):
            return False
        return _cmp_num_big(n, b) == 0
    return False


# 7.2.14 IsStrictlyEqual ( x, y )
def IsStrictlyEqual(x, y) -> bool:  # noqa: N802
    if x is y:
        return x.__class__ is not float or x == x
    cx = x.__class__
    if cx is not y.__class__:
        return False
    if cx is float or cx is str or cx is bool:
        return x == y
    if cx is JSBigInt:
        return x.value == y.value
    return False
