"""Accumulator and register loads: Lda*, Ldar, Star, Mov."""
from __future__ import annotations

from scopejs.bytecode.constant_pool import BigIntLiteral
from scopejs.bytecode.opcodes import Op
from scopejs.interpreter.dispatch import handler
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, JSBigInt


def _load_value(value):
    def make(d):
        n = d.next

        def run(f):
            f.acc = value
            return n
        return run
    return make


handler(Op.LdaZero)(_load_value(0.0))
handler(Op.LdaUndefined)(_load_value(UNDEFINED))
handler(Op.LdaNull)(_load_value(NULL))
handler(Op.LdaTheHole)(_load_value(HOLE))
handler(Op.LdaTrue)(_load_value(True))
handler(Op.LdaFalse)(_load_value(False))


@handler(Op.LdaSmi)
def lda_smi(d, imm):
    return _load_value(float(imm))(d)


@handler(Op.LdaConstant)
def lda_constant(d, idx):
    value = d.constants[idx]
    if value.__class__ is BigIntLiteral:
        value = JSBigInt(value.value)
    elif value.__class__ is int:
        value = float(value)
    return _load_value(value)(d)


@handler(Op.Ldar)
def ldar(d, src):
    n = d.next

    def run(f):
        f.acc = f.regs[src]
        return n
    return run


@handler(Op.Star)
def star(d, dst):
    n = d.next

    def run(f):
        f.regs[dst] = f.acc
        return n
    return run


@handler(Op.Mov)
def mov(d, src, dst):
    n = d.next

    def run(f):
        regs = f.regs
        regs[dst] = regs[src]
        return n
    return run
