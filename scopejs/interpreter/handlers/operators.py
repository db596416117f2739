"""Binary, unary and comparison operators, and conversions.

Fast paths handle two Numbers (Python floats) inline; everything else goes to the one
implementation of each abstract operation in runtime/abstract_ops (13.15.3
ApplyStringOrNumericBinaryOperator, 7.2.13 IsLessThan, ...).
"""
from __future__ import annotations

import math

from scopejs.bytecode.opcodes import TYPEOF_LITERALS, Op
from scopejs.interpreter.dispatch import handler
from scopejs.runtime.abstract_ops.testing_comparison import (
    IsLessThan, IsLooselyEqual, IsStrictlyEqual,
)
from scopejs.runtime.abstract_ops.type_conversion import (
    ToBoolean, ToNumber, ToNumeric, ToObject, ToPropertyKey, ToString,
)
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, is_object, type_of

F = float


from scopejs.runtime.abstract_ops.operators import (  # noqa: E402
    Add as _add_slow, BitwiseAnd as _and_slow, BitwiseOr as _or_slow, BitwiseXor as _xor_slow,
    Divide as _div_slow, Exponentiate as _exp_slow, InOperator, InstanceofOperator,
    LeftShift as _shl_slow, Multiply as _mul_slow, Remainder as _mod_slow,
    SignedRightShift as _sar_slow, Subtract as _sub_slow, UnsignedRightShift as _shr_slow,
)


def _int32(x):
    """ToInt32 of a float whose value is a safe integer (fast path)."""
    i = int(x) & 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


# ---- r OP acc ------------------------------------------------------------------------------

@handler(Op.Add)
def add(d, r):
    n = d.next

    def run(f):
        x = f.regs[r]
        y = f.acc
        cx = x.__class__
        if cx is y.__class__ and (cx is F or cx is str):
            f.acc = x + y
        else:
            f.acc = _add_slow(x, y)
        return n
    return run


def _float_op(py_op, slow):
    def make(d, r):
        n = d.next

        def run(f):
            x = f.regs[r]
            y = f.acc
            if x.__class__ is F and y.__class__ is F:
                f.acc = py_op(x, y)
            else:
                f.acc = slow(x, y)
            return n
        return run
    return make


handler(Op.Sub)(_float_op(float.__sub__, _sub_slow))
handler(Op.Mul)(_float_op(float.__mul__, _mul_slow))


@handler(Op.Div)
def div(d, r):
    n = d.next

    def run(f):
        x = f.regs[r]
        y = f.acc
        if x.__class__ is F and y.__class__ is F and y:
            f.acc = x / y
        else:
            f.acc = _div_slow(x, y)
        return n
    return run


def _fmod(x, y):
    return math.fmod(x, y)


@handler(Op.Mod)
def mod(d, r):
    n = d.next

    def run(f):
        x = f.regs[r]
        y = f.acc
        if x.__class__ is F and y.__class__ is F and y and x - x == 0.0:
            v = math.fmod(x, y)
            f.acc = v if v or x >= 0 else -0.0
        else:
            f.acc = _mod_slow(x, y)
        return n
    return run


handler(Op.Exp)(_float_op(_exp_slow, _exp_slow))


def _int_op(py_op, slow):
    def make(d, r):
        n = d.next

        def run(f):
            x = f.regs[r]
            y = f.acc
            if (x.__class__ is F and y.__class__ is F and -2147483648.0 <= x <= 2147483647.0
                    and -2147483648.0 <= y <= 2147483647.0 and x == int(x) and y == int(y)):
                f.acc = float(py_op(int(x), int(y)))
            else:
                f.acc = slow(x, y)
            return n
        return run
    return make


handler(Op.BitwiseOr)(_int_op(int.__or__, _or_slow))
handler(Op.BitwiseXor)(_int_op(int.__xor__, _xor_slow))
handler(Op.BitwiseAnd)(_int_op(int.__and__, _and_slow))
handler(Op.ShiftLeft)(_int_op(lambda a, b: _int32(a << (b & 31)), _shl_slow))
handler(Op.ShiftRight)(_int_op(lambda a, b: a >> (b & 31), _sar_slow))
handler(Op.ShiftRightLogical)(_int_op(lambda a, b: (a & 0xFFFFFFFF) >> (b & 31), _shr_slow))

# ---- acc OP imm ----------------------------------------------------------------------------

_SMI_OPS = {
    Op.AddSmi: (float.__add__, _add_slow),
    Op.SubSmi: (float.__sub__, _sub_slow),
    Op.MulSmi: (float.__mul__, _mul_slow),
    Op.DivSmi: (None, _div_slow),
    Op.ModSmi: (None, _mod_slow),
    Op.ExpSmi: (None, _exp_slow),
    Op.BitwiseOrSmi: (None, _or_slow),
    Op.BitwiseXorSmi: (None, _xor_slow),
    Op.BitwiseAndSmi: (None, _and_slow),
    Op.ShiftLeftSmi: (None, _shl_slow),
    Op.ShiftRightSmi: (None, _sar_slow),
    Op.ShiftRightLogicalSmi: (None, _shr_slow),
}


def _make_smi(op):
    py_op, slow = _SMI_OPS[op]

    def make(d, imm):
        n = d.next
        y = float(imm)
        if py_op is not None:
            def run(f):
                x = f.acc
                if x.__class__ is F:
                    f.acc = py_op(x, y)
                else:
                    f.acc = slow(x, y)
                return n
        else:
            def run(f):
                f.acc = slow(f.acc, y)
                return n
        return run
    return make


for _op in _SMI_OPS:
    handler(_op)(_make_smi(_op))

# ---- unary ---------------------------------------------------------------------------------


@handler(Op.Inc)
def inc(d):
    n = d.next

    def run(f):
        x = f.acc
        if x.__class__ is F:
            f.acc = x + 1.0
        else:
            x = ToNumeric(x)
            f.acc = JSBigInt(x.value + 1) if x.__class__ is JSBigInt else x + 1.0
        return n
    return run


@handler(Op.Dec)
def dec(d):
    n = d.next

    def run(f):
        x = f.acc
        if x.__class__ is F:
            f.acc = x - 1.0
        else:
            x = ToNumeric(x)
            f.acc = JSBigInt(x.value - 1) if x.__class__ is JSBigInt else x - 1.0
        return n
    return run


@handler(Op.Negate)
def negate(d):
    n = d.next

    def run(f):
        x = f.acc
        if x.__class__ is not F:
            x = ToNumeric(x)
            if x.__class__ is JSBigInt:
                f.acc = JSBigInt(-x.value)
                return n
        f.acc = -x
        return n
    return run


@handler(Op.BitwiseNot)
def bitwise_not(d):
    n = d.next

    def run(f):
        x = ToNumeric(f.acc)
        if x.__class__ is JSBigInt:
            f.acc = JSBigInt(~x.value)
        else:
            from scopejs.runtime.abstract_ops.type_conversion import ToInt32
            f.acc = float(~ToInt32(x))
        return n
    return run


@handler(Op.ToBooleanLogicalNot)
def to_boolean_logical_not(d):
    n = d.next

    def run(f):
        v = f.acc
        if v is True:
            f.acc = False
        elif v is False:
            f.acc = True
        else:
            f.acc = not ToBoolean(v)
        return n
    return run


@handler(Op.LogicalNot)
def logical_not(d):
    n = d.next

    def run(f):
        f.acc = f.acc is not True
        return n
    return run


@handler(Op.TypeOf)
def typeof(d):
    n = d.next

    def run(f):
        f.acc = type_of(f.acc)
        return n
    return run


# ---- comparisons ---------------------------------------------------------------------------

@handler(Op.TestEqual)
def test_equal(d, r):
    n = d.next

    def run(f):
        x = f.regs[r]
        y = f.acc
        if x.__class__ is F and y.__class__ is F:
            f.acc = x == y
        else:
            f.acc = IsLooselyEqual(x, y)
        return n
    return run


@handler(Op.TestEqualStrict)
def test_equal_strict(d, r):
    n = d.next

    def run(f):
        x = f.regs[r]
        y = f.acc
        cx = x.__class__
        if cx is y.__class__ and (cx is F or cx is str):
            f.acc = x == y
        else:
            f.acc = IsStrictlyEqual(x, y)
        return n
    return run


def _compare(swap, or_equal, py_op):
    # 13.10.1 Runtime Semantics: Evaluation of relational operators
    def make(d, r):
        n = d.next

        def run(f):
            x = f.regs[r]
            y = f.acc
            cx = x.__class__
            if cx is y.__class__ and (cx is F or cx is str):
                f.acc = py_op(x, y)
                return n
            if not swap:
                res = IsLessThan(x, y, True) if not or_equal else IsLessThan(y, x, False)
            else:
                res = IsLessThan(y, x, False) if not or_equal else IsLessThan(x, y, True)
            if or_equal:
                f.acc = res is False
            else:
                f.acc = res is True
            return n
        return run
    return make


handler(Op.TestLessThan)(_compare(False, False, lambda a, b: a < b))
handler(Op.TestGreaterThan)(_compare(True, False, lambda a, b: a > b))
handler(Op.TestLessThanOrEqual)(_compare(False, True, lambda a, b: a <= b))
handler(Op.TestGreaterThanOrEqual)(_compare(True, True, lambda a, b: a >= b))


@handler(Op.TestReferenceEqual)
def test_reference_equal(d, r):
    n = d.next

    def run(f):
        f.acc = f.regs[r] is f.acc
        return n
    return run


@handler(Op.TestInstanceOf)
def test_instance_of(d, r):
    n = d.next

    def run(f):
        f.acc = InstanceofOperator(f.regs[r], f.acc)
        return n
    return run


@handler(Op.TestIn)
def test_in(d, r):
    n = d.next

    def run(f):
        f.acc = InOperator(f.regs[r], f.acc)
        return n
    return run


@handler(Op.TestUndetectable)
def test_undetectable(d):
    n = d.next

    def run(f):
        v = f.acc
        f.acc = v is NULL or v is UNDEFINED
        return n
    return run


@handler(Op.TestNull)
def test_null(d):
    n = d.next

    def run(f):
        f.acc = f.acc is NULL
        return n
    return run


@handler(Op.TestUndefined)
def test_undefined(d):
    n = d.next

    def run(f):
        f.acc = f.acc is UNDEFINED
        return n
    return run


@handler(Op.TestTypeOf)
def test_type_of(d, flag):
    n = d.next
    literal = TYPEOF_LITERALS[flag]

    def run(f):
        f.acc = type_of(f.acc) == literal
        return n
    return run


# ---- conversions ---------------------------------------------------------------------------

def _convert(fn, fast_class):
    def make(d):
        n = d.next

        def run(f):
            v = f.acc
            if v.__class__ is not fast_class:
                f.acc = fn(v)
            return n
        return run
    return make


handler(Op.ToNumber)(_convert(ToNumber, F))
handler(Op.ToNumeric)(_convert(ToNumeric, F))
handler(Op.ToString)(_convert(ToString, str))
handler(Op.ToName)(_convert(ToPropertyKey, str))
handler(Op.ToBoolean)(_convert(ToBoolean, bool))


@handler(Op.ToObject)
def to_object(d, dst):
    n = d.next

    def run(f):
        f.regs[dst] = ToObject(f.acc)
        return n
    return run
