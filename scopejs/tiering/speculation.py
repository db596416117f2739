"""What the tier speculates on: which operands of an instruction it expects to be Numbers.

This is data about types, not semantics: the instruction's code is always its template (the one
definition, lowered by codegen); a guard placed before it deoptimizes when an operand is not a
Number, so the function goes back to the interpreter at that instruction and the site is not
speculated on again when the function is re-optimized (V8's eager deopt on a type-feedback
miss).  Numbers are Python floats, so no representation changes: -0, NaN and 2**53 behave as the
template says.
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op

# op -> the operands speculated to be Numbers: "acc" and/or "reg" (the first register operand)
NUMBER_OPERANDS = {
    **{op: ("reg", "acc") for op in (
        Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.BitwiseOr, Op.BitwiseXor, Op.BitwiseAnd,
        Op.ShiftLeft, Op.ShiftRight, Op.ShiftRightLogical, Op.TestLessThan, Op.TestGreaterThan,
        Op.TestLessThanOrEqual, Op.TestGreaterThanOrEqual)},
    **{op: ("acc",) for op in (
        Op.AddSmi, Op.SubSmi, Op.MulSmi, Op.DivSmi, Op.ModSmi, Op.BitwiseOrSmi,
        Op.BitwiseAndSmi, Op.ShiftLeftSmi, Op.ShiftRightSmi, Op.Inc, Op.Dec, Op.Negate)},
}


def guard_for(op, operands):
    """A Python condition that holds when the speculation holds, or None (no speculation)."""
    spec = NUMBER_OPERANDS.get(op)
    if spec is None:
        return None
    terms = []
    for which in spec:
        value = "acc" if which == "acc" else f"regs[{operands[0]}]"
        terms.append(f"{value}.__class__ is F")
    return " and ".join(terms)
