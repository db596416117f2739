"""13.15.3 ApplyStringOrNumericBinaryOperator, unary operators, 13.10.2 InstanceofOperator,
the ``in`` operator and ``typeof`` -- the semantics behind the interpreter's operator opcodes.

Every binary operator has a fast path for two floats; the interpreter may inline those and
call these functions for everything else.
"""
from __future__ import annotations

from scopejs.runtime.abstract_ops.numeric_types import (
    BigInt_divide, BigInt_exponentiate, BigInt_leftShift, BigInt_remainder,
    BigInt_signedRightShift, Number_divide, Number_exponentiate, Number_remainder,
)
from scopejs.runtime.abstract_ops.object_operations import (
    Call, GetMethod, OrdinaryHasInstance, describe_for_error,
)
from scopejs.runtime.abstract_ops.type_conversion import (
    ToBoolean, ToInt32, ToNumeric, ToPrimitive, ToPropertyKey, ToString, ToUint32,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.length_limits import MAX_STRING_LENGTH, throw_invalid_string_length
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, SYMBOL_HAS_INSTANCE, UNDEFINED, JSBigInt, type_of

__all__ = [
    "ApplyStringOrNumericBinaryOperator", "Add", "Subtract", "Multiply", "Divide", "Remainder",
    "Exponentiate", "LeftShift", "SignedRightShift", "UnsignedRightShift", "BitwiseAnd",
    "BitwiseOr", "BitwiseXor", "UnaryMinus", "BitwiseNot", "Increment", "Decrement",
    "InstanceofOperator", "InOperator", "TypeofOperator", "BINARY_OPERATORS",
]

# also the TypedArray content-type mismatch (V8 says the same there)
MIX_BIGINT_MESSAGE = "Cannot mix BigInt and other types, use explicit conversions"


def _numeric_pair(left, right):
    lnum = ToNumeric(left)
    rnum = ToNumeric(right)
    if lnum.__class__ is not rnum.__class__:
        throw_type_error(MIX_BIGINT_MESSAGE)
    return lnum, rnum


def _concatenate(left: str, right: str) -> str:
    """6.1.4 string-concatenation, refused with node's RangeError beyond V8's maximum string
    length (checked before the new string is built)."""
    if len(left) + len(right) > MAX_STRING_LENGTH:
        throw_invalid_string_length()
    return left + right


# 13.15.3 ApplyStringOrNumericBinaryOperator ( lval, opText, rval ) for "+"
def Add(left, right):  # noqa: N802
    lc, rc = left.__class__, right.__class__
    if lc is float and rc is float:
        return left + right
    if lc is str:
        if rc is str:
            return _concatenate(left, right)
        if rc is float:
            return _concatenate(left, ToString(right))
    elif lc is float and rc is str:
        return _concatenate(ToString(left), right)
    lprim = ToPrimitive(left)
    rprim = ToPrimitive(right)
    if lprim.__class__ is str or rprim.__class__ is str:
        return _concatenate(ToString(lprim), ToString(rprim))
    lnum, rnum = _numeric_pair(lprim, rprim)
    if lnum.__class__ is JSBigInt:
        return JSBigInt(lnum.value + rnum.value)
    return lnum + rnum


def Subtract(left, right):  # noqa: N802
    if left.__class__ is float and right.__class__ is float:
        return left - right
    lnum, rnum = _numeric_pair(left, right)
    if lnum.__class__ is JSBigInt:
        return JSBigInt(lnum.value - rnum.value)
    return lnum - rnum


def Multiply(left, right):  # noqa: N802
    if left.__class__ is float and right.__class__ is float:
        return left * right
    lnum, rnum = _numeric_pair(left, right)
    if lnum.__class__ is JSBigInt:
        return JSBigInt(lnum.value * rnum.value)
    return lnum * rnum


def Divide(left, right):  # noqa: N802
    if left.__class__ is float and right.__class__ is float:
        if right != 0.0:
            return left / right
        return Number_divide(left, right)
    lnum, rnum = _numeric_pair(left, right)
    if lnum.__class__ is JSBigInt:
        return BigInt_divide(lnum, rnum)
    return Number_divide(lnum, rnum)


def Remainder(left, right):  # noqa: N802
    if left.__class__ is not float or right.__class__ is not float:
        left, right = _numeric_pair(left, right)
        if left.__class__ is JSBigInt:
            return BigInt_remainder(left, right)
    return Number_remainder(left, right)


def Exponentiate(left, right):  # noqa: N802
    if left.__class__ is not float or right.__class__ is not float:
        left, right = _numeric_pair(left, right)
        if left.__class__ is JSBigInt:
            return BigInt_exponentiate(left, right)
    return Number_exponentiate(left, right)


def LeftShift(left, right):  # noqa: N802
    if left.__class__ is not float or right.__class__ is not float:
        left, right = _numeric_pair(left, right)
        if left.__class__ is JSBigInt:
            return BigInt_leftShift(left, right)
    r = (ToInt32(left) << (ToUint32(right) & 31)) & 0xFFFFFFFF
    return float(r - 0x100000000 if r >= 0x80000000 else r)


def SignedRightShift(left, right):  # noqa: N802
    if left.__class__ is not float or right.__class__ is not float:
        left, right = _numeric_pair(left, right)
        if left.__class__ is JSBigInt:
            return BigInt_signedRightShift(left, right)
    return float(ToInt32(left) >> (ToUint32(right) & 31))


def UnsignedRightShift(left, right):  # noqa: N802
    if left.__class__ is not float or right.__class__ is not float:
        left, right = _numeric_pair(left, right)
        if left.__class__ is JSBigInt:
            throw_type_error("BigInts have no unsigned right shift, use >> instead")
    return float(ToUint32(left) >> (ToUint32(right) & 31))


def _bitwise(left, right, op):
    if left.__class__ is not float or right.__class__ is not float:
        left, right = _numeric_pair(left, right)
        if left.__class__ is JSBigInt:
            return JSBigInt(op(left.value, right.value))
    return float(op(ToInt32(left), ToInt32(right)))


def BitwiseAnd(left, right):  # noqa: N802
    return _bitwise(left, right, int.__and__)


def BitwiseOr(left, right):  # noqa: N802
    return _bitwise(left, right, int.__or__)


def BitwiseXor(left, right):  # noqa: N802
    return _bitwise(left, right, int.__xor__)


BINARY_OPERATORS = {
    "+": Add, "-": Subtract, "*": Multiply, "/": Divide, "%": Remainder, "**": Exponentiate,
    "<<": LeftShift, ">>": SignedRightShift, ">>>": UnsignedRightShift, "&": BitwiseAnd,
    "|": BitwiseOr, "^": BitwiseXor,
}


def ApplyStringOrNumericBinaryOperator(left, op_text: str, right):  # noqa: N802
    return BINARY_OPERATORS[op_text](left, right)


# 13.5.5 Unary - Operator
def UnaryMinus(value):  # noqa: N802
    n = value if value.__class__ is float else ToNumeric(value)
    if n.__class__ is JSBigInt:
        return JSBigInt(-n.value)
    return -n


# 13.5.6 Bitwise NOT Operator ( ~ )
def BitwiseNot(value):  # noqa: N802
    n = value if value.__class__ is float else ToNumeric(value)
    if n.__class__ is JSBigInt:
        return JSBigInt(~n.value)
    return float(~ToInt32(n))


# 13.4.2-5 ++ / -- on a numeric value (after ToNumeric)
def Increment(value):  # noqa: N802
    n = value if value.__class__ is float else ToNumeric(value)
    if n.__class__ is JSBigInt:
        return JSBigInt(n.value + 1)
    return n + 1.0


def Decrement(value):  # noqa: N802
    n = value if value.__class__ is float else ToNumeric(value)
    if n.__class__ is JSBigInt:
        return JSBigInt(n.value - 1)
    return n - 1.0


# 13.10.2 InstanceofOperator ( V, target )
def InstanceofOperator(value, target) -> bool:  # noqa: N802
    if target.__class__ is ECMAScriptFunction and target.proto is target.realm.function_prototype:
        # An ordinary function inheriting @@hasInstance from its realm's Function.prototype:
        # that property is non-writable and non-configurable (20.2.3.6), so GetMethod returns
        # the built-in, which is OrdinaryHasInstance; its "prototype" is a data property (not
        # configurable).  Taken only while nothing here can throw or run code (an object
        # "prototype", ordinary [[GetPrototypeOf]]s): else the steps below, from the start.
        props = target.props
        if SYMBOL_HAS_INSTANCE not in props:
            proto = props.get("prototype")
            if isinstance(proto, JSObject):
                if not isinstance(value, JSObject):
                    return False
                o = value
                while o.ordinary_get_set:
                    o = o.proto
                    if o is proto:
                        return True
                    if o is NULL:
                        return False
    if not isinstance(target, JSObject):
        throw_type_error("Right-hand side of 'instanceof' is not an object")
    inst_of_handler = GetMethod(target, SYMBOL_HAS_INSTANCE)
    if inst_of_handler is not UNDEFINED:
        return ToBoolean(Call(inst_of_handler, target, [value]))
    if not isinstance(target, JSFunctionBase):
        throw_type_error("Right-hand side of 'instanceof' is not callable")
    return OrdinaryHasInstance(target, value)


# 13.10.1 RelationalExpression : RelationalExpression in ShiftExpression
def InOperator(key, obj) -> bool:  # noqa: N802
    if not isinstance(obj, JSObject):
        throw_type_error(f"Cannot use 'in' operator to search for "
                         f"'{describe_for_error(key) if key.__class__ is not str else key}' "
                         f"in {describe_for_error(obj)}")
    return obj.HasProperty(ToPropertyKey(key))


# 13.5.3 The typeof Operator
def TypeofOperator(value) -> str:  # noqa: N802
    return type_of(value)


