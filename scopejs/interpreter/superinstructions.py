"""Superinstructions: common straight-line sequences of the bytecode fused into one handler
closure at decode time (fewer dispatches in CPython).  Purely an interpreter detail: the
BytecodeArray is unchanged, the fused closure sits at the index of the sequence's first
instruction and returns the index after the sequence, and the instructions it covers stay in
place (never reached by fallthrough).  A sequence is fused only when none of its later
instructions is an entry point (jump target, handler, resume point, call return address).

Fused sequences (acc/register effects identical to running them one by one):
  Lda{Smi,Zero,Constant number} k; Test{LessThan,...} r; JumpIf{True,False} L
  Ldar r; {Inc,Dec}; Star r2
  Ldar r; {AddSmi,SubSmi} k; Star r2
  Ldar r; {Add,Sub} r2; Star r3
  Ldar r; Star r2
  GetNamedProperty r, k; Star r2
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import JUMP_OPS, Op
from scopejs.runtime.abstract_ops.testing_comparison import IsLessThan
from scopejs.runtime.abstract_ops.operators import Decrement, Increment, Add, Subtract

F = float

_COMPARE = {
    Op.TestLessThan: (lambda a, b: a < b, False, False),
    Op.TestGreaterThan: (lambda a, b: a > b, True, False),
    Op.TestLessThanOrEqual: (lambda a, b: a <= b, False, True),
    Op.TestGreaterThanOrEqual: (lambda a, b: a >= b, True, True),
}
_CALLISH = frozenset(op for op in Op if op.name.startswith(("Call", "Construct")))


def entry_points(bytecode):
    """Indices where execution can start other than by falling through."""
    entries = set()
    instructions = bytecode.instructions
    for i, (op, operands) in enumerate(instructions):
        if op in JUMP_OPS:
            from scopejs.bytecode.opcodes import SPEC_OF, OperandKind
            for kind, value in zip(SPEC_OF[op].operands, operands):
                if kind is OperandKind.JUMP:
                    entries.add(value)
        elif op is Op.SwitchOnSmiNoFeedback:
            table = bytecode.constants[operands[0]]
            entries.update(table.targets)
        if op in _CALLISH or op is Op.SuspendGenerator:
            entries.add(i + 1)
    for entry in bytecode.handler_table or ():
        entries.update((entry.start, entry.end, entry.handler))
    return entries


def _compare(cmp_op, k, r, jump_op, target, n):
    py_op, swap, or_equal = _COMPARE[cmp_op]
    jump_if = jump_op is Op.JumpIfTrue

    def run(f):
        x = f.regs[r]
        if x.__class__ is F:
            res = py_op(x, k)
        else:
            if not swap:
                res = IsLessThan(x, k, True) if not or_equal else IsLessThan(k, x, False)
            else:
                res = IsLessThan(k, x, False) if not or_equal else IsLessThan(x, k, True)
            res = (res is False) if or_equal else (res is True)
        f.acc = res
        return target if res is jump_if else n
    return run


def _inc(src, dst, step, slow, n):
    def run(f):
        regs = f.regs
        x = regs[src]
        v = x + step if x.__class__ is F else slow(x)
        regs[dst] = v
        f.acc = v
        return n
    return run


def _add_smi(src, k, dst, slow, n):
    def run(f):
        regs = f.regs
        x = regs[src]
        v = x + k if x.__class__ is F else slow(x, k)
        regs[dst] = v
        f.acc = v
        return n
    return run


def _mov(src, dst, n):
    def run(f):
        regs = f.regs
        v = regs[dst] = regs[src]
        f.acc = v
        return n
    return run


_BINARY = {Op.Add: Add, Op.Sub: Subtract}


def _binary(src, other, dst, op, n):
    slow = _BINARY[op]
    if op is Op.Add:
        def run(f):
            regs = f.regs
            x = regs[other]
            y = regs[src]
            cx = x.__class__
            v = x + y if cx is y.__class__ and (cx is F or cx is str) else slow(x, y)
            regs[dst] = v
            f.acc = v
            return n
    else:
        def run(f):
            regs = f.regs
            x = regs[other]
            y = regs[src]
            v = x - y if x.__class__ is F and y.__class__ is F else slow(x, y)
            regs[dst] = v
            f.acc = v
            return n
    return run


def _get_named_star(get_handler, dst, n):
    def run(f):
        get_handler(f)
        f.regs[dst] = f.acc
        return n
    return run


def fuse(bytecode, code):
    instructions = bytecode.instructions
    count = len(instructions)
    entries = entry_points(bytecode)
    constants = bytecode.constants
    for i in range(count - 1):
        op, ops = instructions[i]
        if i + 1 in entries:
            continue
        op2, ops2 = instructions[i + 1]
        third = i + 2 < count and i + 2 not in entries
        op3, ops3 = instructions[i + 2] if i + 2 < count else (None, ())
        k = None
        if op is Op.LdaSmi:
            k = float(ops[0])
        elif op is Op.LdaZero:
            k = 0.0
        elif op is Op.LdaConstant and constants[ops[0]].__class__ is F:
            k = constants[ops[0]]
        if k is not None and op2 in _COMPARE and third and op3 in (Op.JumpIfTrue,
                                                                    Op.JumpIfFalse):
            code[i] = _compare(op2, k, ops2[0], op3, ops3[0], i + 3)
            continue
        if op is Op.Ldar:
            src = ops[0]
            if op2 is Op.Star:
                code[i] = _mov(src, ops2[0], i + 2)
            elif third and op3 is Op.Star:
                if op2 is Op.Inc:
                    code[i] = _inc(src, ops3[0], 1.0, Increment, i + 3)
                elif op2 is Op.Dec:
                    code[i] = _inc(src, ops3[0], -1.0, Decrement, i + 3)
                elif op2 is Op.AddSmi:
                    code[i] = _add_smi(src, float(ops2[0]), ops3[0], Add, i + 3)
                elif op2 is Op.SubSmi:
                    code[i] = _add_smi(src, -float(ops2[0]), ops3[0],
                                       lambda x, k: Subtract(x, -k), i + 3)
                elif op2 in _BINARY:
                    code[i] = _binary(src, ops2[0], ops3[0], op2, i + 3)
        elif op is Op.GetNamedProperty and op2 is Op.Star:
            code[i] = _get_named_star(code[i], ops2[0], i + 2)
    return code
